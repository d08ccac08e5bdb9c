/**
 * The titles that introduce a person the knowledge base does not know, before the name ("Deputy Prime Minister Viliame
 * Gavoka", an abbreviated "Capt.", a title before a comma) or after it in an apposition ("Susan Booysen, a political
 * analyst"); read by findUnknownPeople (unknown-people.ts).
 */
import { W_ADJECTIVE, W_DEMONYM, W_GENERIC, W_GIVEN_NAME, W_PERSON_TITLE, W_STOPWORD, W_TITLE } from './index-flags';
import {
  hashWords,
  isPossessiveS,
  PERIOD,
  T_AFTER_COMMA,
  T_ALL_CAPS,
  T_CAP_FIRST,
  T_CYRILLIC,
  T_JOINABLE,
  T_SENT_START,
} from './tokenize';
import { ageAt } from './unknown-clauses';
import { type NameContext, nameEndAt, word } from './unknown-people';

const SPACE = 32;

/**
 * Small words that may sit inside a title before a name ("Minister of Foreign Affairs", "ministre de l'Intérieur"),
 * and that join an office to what it is of ("presidenta de la Cámara", "ministro degli Esteri").
 */
export const TITLE_LINKS = hashWords('of de du des del da do dos das di della delle dei degli der l d'.split(' '));

/** How many words a title may span before the name ("Minister of Foreign Affairs"). */
export const MAX_TITLE_TOKENS = 6;

/** How many words after an apposition's comma may come before its title ("a senior political analyst"). */
export const MAX_APPOSITION_TOKENS = 5;

/** Nouns that say a person in an apposition ("Hazem Badawy, head of the NEA"), besides the titles. */
export const APPOSITION_HEADS = hashWords([
  'head',
  'chief',
  'deputy',
  'member',
  'wife',
  'husband',
  'son',
  'daughter',
  'official',
  'agent',
  'figure',
  'veteran',
  'partner',
]);

/** Articles an apposition opens with, before its title ("Susan Booysen, a political analyst"). */
export const APPOSITION_OPENER_WORDS = [
  'the',
  'a',
  'an',
  'le',
  'la',
  'l',
  'el',
  'o',
  'un',
  'une',
  'uno',
  'una',
  'um',
  'uma',
  'il',
  'lo',
  'der',
  'die',
  'ein',
  'eine',
  // Dutch: "Gregory Rusland, de voorzitter van de NPS".
  'de',
  'het',
  'een',
];

export const APPOSITION_OPENERS = hashWords(APPOSITION_OPENER_WORDS);

/**
 * The title right before token `first`, as written ("Deputy Prime Minister"), or undefined. Walks back over
 * the words of the title: other titles ("Deputy", "Prime", "Foreign"), institutional nouns ("Affairs"),
 * particles ("of"), known names ("of Kenya") and, in Cyrillic, the lower-case genitives of an office
 * ("министр иностранных дел России"); it must reach a word that announces a person.
 */
export function titleBefore(n: NameContext, first: number): string | undefined {
  const t = n.tokens;
  // "Su esposa, María Claudia Tarazona, confirmó": a title and a comma before a name set off by commas.
  const after = nameEndAt(n, first);
  if (
    first > 0 &&
    t.flags[first]! & T_AFTER_COMMA &&
    n.words[first - 1]! & W_PERSON_TITLE &&
    after + 1 < t.count &&
    t.flags[after + 1]! & T_AFTER_COMMA
  )
    return n.text.slice(t.start[first - 1], t.end[first - 1]);
  for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_TITLE_TOKENS; j--, steps++) {
    if (!(t.flags[j + 1]! & T_JOINABLE) && !abbreviatedTitle(n, j)) return undefined;
    const w = n.words[j]!;
    if (w & W_PERSON_TITLE || n.germanOffice(j)) {
      // The whole title: on back over the words that qualify it ("Deputy Prime").
      let from = j;
      while (
        from > 0 &&
        t.flags[from]! & T_JOINABLE &&
        n.words[from - 1]! & W_TITLE &&
        t.flags[from - 1]! & T_CAP_FIRST
      )
        from--;
      return n.text.slice(t.start[from], t.end[first - 1]);
    }
    const f = t.flags[j]!;
    // Known names, places and acronyms inside a title: "Председатель ЦИК Узбекистана", "Minister of Kenya".
    const between =
      w & (W_TITLE | W_GENERIC) ||
      TITLE_LINKS.has(word(n, j)) ||
      n.covered[j] ||
      n.place(j) ||
      f & T_ALL_CAPS ||
      (f & T_CYRILLIC && !(f & T_CAP_FIRST));
    if (!between) return undefined;
  }
  return undefined;
}

/** The longest abbreviated title ("Gov.", "Capt.", "Prof."), in letters. */
export const MAX_ABBREVIATION = 4;

/** Token j is a short title and its period, one space before the next word: "Gov. Ahn Hee-jung", "Mr. Smith". */
export function abbreviatedTitle(n: NameContext, j: number): boolean {
  const t = n.tokens;
  const end = t.end[j]!;
  return (
    (n.words[j]! & (W_TITLE | W_PERSON_TITLE)) !== 0 &&
    end - t.start[j]! <= MAX_ABBREVIATION &&
    n.text.charCodeAt(end) === PERIOD &&
    t.start[j + 1] === end + 2 &&
    n.text.charCodeAt(end + 1) === SPACE
  );
}

/** How far back a title may stand before a comma and the name it introduces. */
export const MAX_COMMA_TITLE_TOKENS = 8;

/** Determiners before such a title: "the ambassador …, Omar Hilale,", "l'ambassadeur …", "los ministros …". */
export const TITLE_DETERMINERS = hashWords([
  ...APPOSITION_OPENER_WORDS,
  'los',
  'las',
  'os',
  'as',
  'les',
  'its',
  'his',
  'her',
  'their',
  'su',
  'sus',
  'sa',
  'son',
  'ses',
  'seu',
  'sua',
]);

/**
 * A title a few words before a comma, the name set off by commas after it: "the ambassador to the United
 * Nations, Omar Hilale, said", "the mayor of the coastal city of Manta, Agustín Intriago, was shot", "Los
 * ministros de Economía, Kurt Burneo, y …". The title must follow a determiner, or the name open with a known
 * given name: "President Ruto visited Nairobi, Kisumu Town" is a list of places.
 */
export function titleBeforeComma(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  if (first === 0 || !(t.flags[first]! & T_AFTER_COMMA)) return undefined;
  const next = last + 1;
  if (next < t.count && !(t.flags[next]! & (T_AFTER_COMMA | T_SENT_START))) return undefined;
  for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_COMMA_TITLE_TOKENS; j--, steps++) {
    if (j < first - 1 && !(t.flags[j + 1]! & T_JOINABLE)) return undefined;
    if (!(n.words[j]! & W_PERSON_TITLE)) continue;
    // A possessive is a determiner too: "Haiti's ambassador to the United States, Bocchit Edmond, said".
    const determiner = j > 0 && (TITLE_DETERMINERS.has(word(n, j - 1)) || isPossessiveS(t, j - 1));
    if (!determiner && !(n.words[first]! & W_GIVEN_NAME)) return undefined;
    return n.text.slice(t.start[j], t.end[first - 1]);
  }
  return undefined;
}

/**
 * A title in an apposition after the name: "Viliame Gavoka, the deputy prime minister", "Juan Zapata, Ecuador's
 * interior minister". '' when found (the title is not kept: its words run on into the sentence), else undefined.
 * At a sentence start the name must open with a known given name: "Yesterday John Smith, a lawyer" is not one.
 */
export function titleAfter(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  const comma = last + 1;
  if (comma >= t.count || !(t.flags[comma]! & T_AFTER_COMMA)) return undefined;
  // At a sentence's start any word is capitalized, so the capitals say less: the apposition's title must follow
  // common words only ("Masanobu Sakamoto, head of", "Redwan Hussien, national security adviser").
  const sentenceStart = (t.flags[first]! & T_SENT_START) !== 0 && !(n.words[first]! & W_GIVEN_NAME);
  let opened = false;
  for (let j = comma, steps = 0; j < t.count && steps < MAX_APPOSITION_TOKENS; j++, steps++) {
    if (j > comma && !(t.flags[j]! & T_JOINABLE)) return undefined;
    const w = n.words[j]!;
    if (w & W_PERSON_TITLE || APPOSITION_HEADS.has(word(n, j))) return '';
    // "Tetsuya Yamagami, a 41-year-old": an age is a person's.
    if (opened && j === comma + 1 && ageAt(n, j)) return '';
    if (j === comma && APPOSITION_OPENERS.has(word(n, j))) {
      opened = true;
      continue;
    }
    // "the Code of Conduct for Public Officers, every public officer": a quantifier opens a clause, not a title.
    if (j === comma && QUANTIFIERS.has(word(n, j))) return undefined;
    // Qualifiers of the title: "deputy prime", "political", "Ecuador's interior"; not a clause ("who met the
    // minister"), whose common words end the search.
    if (w & W_STOPWORD) return undefined;
    // After an article, a place or a body the base does not know may qualify it: "the Cape York leader".
    if (
      t.flags[j]! & T_CAP_FIRST &&
      (!opened || sentenceStart) &&
      !n.covered[j] &&
      !(w & (W_TITLE | W_GENERIC | W_DEMONYM | W_ADJECTIVE))
    )
      return undefined;
  }
  return undefined;
}

/** Quantifiers, which open a clause after a comma rather than an apposition. */
export const QUANTIFIERS = hashWords(
  'every each all any no both either neither chaque tout toute tous toutes cada todo todos',
);
