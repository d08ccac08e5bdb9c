/**
 * People the knowledge base does not know, found by the way the press introduces them: a title right before
 * two or more capitalized words ("Deputy Prime Minister Viliame Gavoka", "le ministre Jean-Noël Barrot",
 * "министр обороны Украины Алексей Резников"), or a title in an apposition right after them ("Susan Booysen, a
 * political analyst"). Later, the surname alone names the same person ("Gavoka said"). A reader wants to know
 * who these people are as much as the famous ones; the card can only say what the article says, and says so.
 *
 * Precision first: the words must all be capitalized, unknown to the knowledge base as anything else, not
 * context words (places, institutions, months), not in a title-case or all-caps headline, and must end where
 * the capitals end (a longer capitalized run is a name of something else). Scripts without capitals give no such
 * evidence: Arabic and Persian are read by other evidence (unknown-people-arabic.ts), Hebrew and Chinese are left
 * alone. The titles it reads are in unknown-titles.ts, the clauses and name words in unknown-clauses.ts.
 * Pure: no DOM, no `browser`.
 */
import {
  W_ADJECTIVE,
  W_COUNTER_CUE,
  W_CREDIT,
  W_CUE,
  W_DATE_WORD,
  W_DEMONYM,
  W_GENERIC,
  W_GERMAN,
  W_GIVEN_NAME,
  W_KIND_NOUN,
  W_MONTH,
  W_ORG_HEAD,
  W_PARTICLE,
  W_PERSON_TITLE,
  W_PLACE_PREFIX,
  W_PLACE_SUFFIX,
  W_STOPWORD,
  W_STREET,
  W_TITLE,
} from './index-flags';
import { NAME_PARTICLES, PATRONYMIC_PARTICLES } from './particles';
import {
  hashFolded,
  hashWords,
  OPEN_QUOTES,
  PERIOD,
  T_AFTER_COMMA,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CYRILLIC,
  T_HAS_DIGIT,
  T_JOINABLE,
  T_SENT_START,
  type Tokens,
} from './tokenize';
import {
  acronymAfter,
  cyrillicSurname,
  givenNameInClause,
  groupsOwn,
  ledBy,
  pairedWithKnownPerson,
  partyAfter,
  patronymic,
  relativeBefore,
  saidAfter,
  whoAfter,
} from './unknown-clauses';
import { UNKNOWN_PREFIX } from './unknown-id';
import { TITLE_LINKS, titleAfter, titleBefore, titleBeforeComma } from './unknown-titles';

/** What the matcher knows about each token, for this pass. */
export interface NameContext {
  readonly text: string;
  readonly tokens: Tokens;
  /** W_* flags of each token. */
  readonly words: Uint32Array;
  /** Not 0 where an accepted mention of a known actor covers the token. */
  readonly covered: Uint8Array;
  /** The kind of the known actor whose mention covers token i, if one does. */
  coveredKind(i: number): string | undefined;
  /** The id of the known actor whose mention covers token i, if one does. */
  coveredId(i: number): string | undefined;
  /** The English name of a known actor, by id. */
  nameOf(id: string): string | undefined;
  /** Token i sits in a title-case headline, where capitals say nothing. */
  headline(i: number): boolean;
  /** Token i is a German compound office ("Außenministerin"), which the word list cannot hold. */
  germanOffice(i: number): boolean;
  /** The text is German: every noun is capitalized, so a name must open with a known given name. */
  readonly german: boolean;
  /** Italian, whose "al", "del", "della" are prepositions with an article ("Massimo Garavaglia al Turismo"). */
  readonly italian: boolean;
  /** Token i alone names a place the knowledge base knows ("Узбекистана"), even where the matcher left it. */
  place(i: number): boolean;
  /** Tokens `first`–`last` are a name of some known actor, which the matcher did not mark there. */
  knownName(first: number, last: number): boolean;
  /** The id of the one known person named by tokens `first` and `last` alone, if any. */
  knownPerson(first: number, last: number): string | undefined;
  /**
   * The id of the one known body of a country the story names whose acronym has the letters of `acronym` in another order
   * and whose English name shares a word's stem with `written`, the name the story defines the acronym for ("las
   * Fuerzas de Siria Democrática (FSD)" for the SDF, "la Ligue nationale pour la démocratie (LND)" for the NLD: the
   * press of another language defines its own), if any.
   */
  bodyByAcronymLetters(acronym: string, written: string): string | undefined;
}

export interface UnknownMention {
  start: number;
  end: number;
  /**
   * UNKNOWN_PREFIX + the full name as first written; or the id of a known person whose name this is with a
   * middle name the knowledge base does not write ("Lazarus McCarthy Chakwera").
   */
  id: string;
  /** The full name as first written. */
  name: string;
  /** The title the article gives the person where it names them in full ("Deputy Prime Minister"). */
  title?: string;
}

const NAME_PARTICLE_HASHES = hashWords([...NAME_PARTICLES]);

/** Articles that are also name particles elsewhere ("Joop den Uyl"). */
const GERMAN_ARTICLES = hashWords(['der', 'den', 'dem', 'des', 'die', 'das']);

/** Italian prepositions joined to an article that are also name particles elsewhere ("Mohammed al-Hassan"). */
const ITALIAN_ARTICLED_PREPOSITIONS = hashWords(['al', 'del', 'della']);

/** Words that join the names of a list ("the ministers X, Y and Z"), or two bodies' names. */
/**
 * Days of the week, which follow a name in a sentence ("the Ministry of Health on Monday") and are part of
 * none ("people Hossein Monday" is a given name and the day).
 */
export const WEEKDAYS = hashWords(`monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
  vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo montag dienstag mittwoch donnerstag
  freitag samstag sonntag`);

export const LIST_JOINS = hashWords(['and', 'e', 'y', 'et', 'und', 'i', 've', 'и', 'та']);

/**
 * The names listed after a titled name, each given to `add`: "os ministros Floriano de Azevedo Marques, André
 * Ramos Tavares, Cármen Lúcia e Alexandre de Moraes". Known names in the list are passed over. Returns the last
 * token of the list.
 */
function listAfter(n: NameContext, last: number, add: (first: number, last: number) => void): number {
  const t = n.tokens;
  for (;;) {
    let j = last + 1;
    if (j >= t.count) return last;
    const join = LIST_JOINS.has(word(n, j)) && t.flags[j]! & T_JOINABLE;
    if (!join && !(t.flags[j]! & T_AFTER_COMMA)) return last;
    if (join || (LIST_JOINS.has(word(n, j)) && j + 1 < t.count)) j++;
    if (j >= t.count || !(t.flags[j]! & T_CAP_FIRST)) return last;
    if (n.covered[j]) {
      while (j + 1 < t.count && n.covered[j + 1] && t.flags[j + 1]! & T_JOINABLE) j++;
      last = j;
      continue;
    }
    if (!nameWord(n, j)) return last;
    const end = nameEnd(n, j);
    if (end < 0) return last;
    add(j, end);
    last = end;
  }
}

/** A name is two to this many words (hyphenated parts count: "Ibok-Ete Ibas" is three). */
const MAX_NAME_TOKENS = 5;

/** In Cyrillic, given name, patronymic and surname at most: a longer run holds an inflected body's name. */
const MAX_CYRILLIC_NAME_TOKENS = 3;

/** Words that cannot be part of a person's name: they are context, institutions, places or common words. */
const NOT_NAME =
  W_TITLE |
  W_PERSON_TITLE |
  W_STOPWORD |
  W_MONTH |
  W_DEMONYM |
  W_ADJECTIVE |
  W_KIND_NOUN |
  W_GENERIC |
  W_ORG_HEAD |
  W_PLACE_SUFFIX |
  W_PLACE_PREFIX |
  W_CUE |
  W_COUNTER_CUE |
  W_CREDIT |
  W_DATE_WORD |
  W_GERMAN;

/** "Son of", "daughter of" in Arabic, Malay and Maghrebi names: what follows goes on the name before. */
const SON_OF = hashWords([...PATRONYMIC_PARTICLES, 'binti', 'ben']);

export function findUnknownPeople(n: NameContext): UnknownMention[] {
  const t = n.tokens;
  const out: UnknownMention[] = [];
  // Full names found, by the hash of their last word (the surname): the id, or an empty string when two people
  // share it.
  const bySurname = new Map<number, string>();
  const fullAt = new Set<number>();
  let coveredWords: Set<number> | undefined;
  // Where a person's name starts after an office's capitalized words (see below), or -1; and that office, when
  // it is the name's title.
  let officeEnd = -1;
  let officeTitle: string | undefined;
  for (let i = 0; i < t.count; i++) {
    if ((t.flags[i]! & (T_CAP_FIRST | T_ALL_CAPS)) !== T_CAP_FIRST || n.covered[i] || !nameWord(n, i)) continue;
    // A name starts after a non-name word: "Prime Minister Viliame Gavoka" is tried at "Viliame" only.
    if (i > 0 && t.flags[i]! & T_JOINABLE && !n.covered[i - 1] && nameWord(n, i - 1) && i !== officeEnd) continue;
    // "Mohammed bin Zayed Al Nahyan": a capitalized particle after a known name goes on with that name.
    if (i > 0 && n.covered[i - 1] && t.flags[i]! & T_JOINABLE && n.words[i]! & W_PARTICLE) continue;
    // "Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah": capitals right after a known person's name are the
    // rest of that name, not someone else's.
    if (i > 0 && t.flags[i]! & T_JOINABLE && n.coveredKind(i - 1) === 'person') continue;
    // "Prince Mohammed bin Salman bin Abdulaziz al-Saud": so too after "bin" ("son of"), which goes on a name.
    if (
      i > 1 &&
      (t.flags[i]! & t.flags[i - 1]! & T_JOINABLE) !== 0 &&
      SON_OF.has(word(n, i - 1)) &&
      n.coveredKind(i - 2) === 'person'
    )
      continue;
    // "Tan Sri Mohd Zuki Ali", "Puan Sri …", "Toh Puan …": Malaysia's courtesy titles of two words. Read as a pair:
    // "Sri" alone opens Indonesian given names ("Sri Wahyuni"), and "Tan" is a Chinese surname.
    if (
      i + 2 < t.count &&
      (t.flags[i + 1]! & t.flags[i + 2]! & T_JOINABLE) !== 0 &&
      MALAY_TITLE_PAIRS.has(word(n, i) * 31 + word(n, i + 1))
    ) {
      officeEnd = i + 2;
      officeTitle = n.text.slice(t.start[i], t.end[i + 1]);
      i++;
      continue;
    }
    const last = nameEnd(n, i);
    if (last < 0) continue;
    // "Director of Public Prosecutions Kathleen Roussel": two words or more before a given name the base knows end
    // an office's name; the person's name starts at the given name (and needs its own title). One word is a
    // name's own ("Kao Chin Su-mei", "P. Kevin Castel").
    if (last - i >= 3 && !(n.words[i]! & W_GIVEN_NAME)) {
      let k = i + 1;
      while (k < last && !(n.words[k]! & W_GIVEN_NAME)) k++;
      if (k < last && k - i >= 2) {
        officeEnd = k;
        officeTitle = undefined;
        i = k - 1;
        continue;
      }
    }
    // "il procuratore di Agrigento Luigi Patronaggio", "il presidente del Consiglio Conte": the capitalized word
    // right after an office's "of" is its place or body; a name, if any, starts after it.
    // Not a relative's "of" ("the son of Jaramogi Oginga Odinga"): a person follows it.
    // So is one after "and" there: "Minister of Culture and Information Hamza Baloul".
    const portfolio =
      i >= 4 &&
      (t.flags[i]! & t.flags[i - 1]! & t.flags[i - 2]! & T_JOINABLE) !== 0 &&
      LIST_JOINS.has(word(n, i - 1)) &&
      (t.flags[i - 2]! & T_CAP_FIRST) !== 0 &&
      TITLE_LINKS.has(word(n, i - 3)) &&
      (n.words[i - 4]! & W_PERSON_TITLE) !== 0;
    if (
      i >= 2 &&
      t.flags[i]! & T_JOINABLE &&
      t.flags[i - 1]! & T_JOINABLE &&
      ((TITLE_LINKS.has(word(n, i - 1)) && n.words[i - 2]! & W_PERSON_TITLE) || portfolio) &&
      !relativeBefore(n, i)
    ) {
      if (last - i >= 2) {
        officeEnd = i + 1;
        officeTitle = n.text.slice(t.start[portfolio ? i - 4 : i - 2], t.end[i]);
      }
      continue;
    }
    // "known as the 'Ley Bases'": capitals opened by a quotation mark name a bill, a plan or a slogan.
    if (i > 0 && OPEN_QUOTES.includes(n.text[t.start[i]! - 1]!)) continue;
    // "la alcaldía Miguel Hidalgo", "rue Victor Hugo": a person's name after a street's or a district's word is the
    // place named for them.
    if (i > 0 && t.flags[i]! & T_JOINABLE && n.words[i - 1]! & W_STREET) continue;
    // A Russian name of three words is given name, patronymic and surname: three capitals opening a sentence
    // whose middle is no patronymic start with an ordinary word ("Семья Салтанат Нукеновой").
    if (last - i === 2 && t.flags[i]! & T_CYRILLIC && t.flags[i]! & T_SENT_START && !patronymic(n, i + 1)) i++;
    const title =
      (i === officeEnd ? officeTitle : undefined) ??
      titleBefore(n, i) ??
      titleAfter(n, i, last) ??
      titleBeforeComma(n, i, last) ??
      saidAfter(n, i, last) ??
      whoAfter(n, i, last) ??
      partyAfter(n, i, last) ??
      groupsOwn(n, i) ??
      givenNameInClause(n, i, last) ??
      ledBy(n, i) ??
      pairedWithKnownPerson(n, i, last) ??
      cyrillicSurname(n, i, last);
    if (title === undefined || acronymAfter(n, i, last)) continue;
    // "Alexis McGill Johnson" in a story that names Boris Johnson: the surname names someone known. Unless a
    // relative is named so ("the son of Jaramogi Oginga Odinga", "his father, Nazar Mohamed"); the surname alone
    // stays the known person's.
    // Not a place's name written as a surname ("Gregory Rusland" in a story that says "Rusland" again).
    const surnameKnown =
      (coveredWords ??= wordsCovered(n)).has(word(n, last)) && !(last === i + 1 && surnameAfterGivenName(n, i, last));
    if (surnameKnown && !relativeBefore(n, i) && !otherGivenName(n, i, last)) continue;
    // "President Lazarus McCarthy Chakwera": a known person with a middle name the base does not write.
    const known = last - i >= 2 ? n.knownPerson(i, last) : undefined;
    // German capitalizes every noun; a name there must open with a given name the knowledge base has seen, and not
    // right after an article, where a capital opens a noun ("nach der Spendenaffäre der Ära Kohl").
    if (n.german && !(n.words[i]! & W_GIVEN_NAME)) continue;
    if (n.german && i > 0 && t.flags[i]! & T_JOINABLE && GERMAN_ARTICLES.has(word(n, i - 1))) continue;
    const add = (from: number, to: number, knownId: string | undefined, title?: string) => {
      const start = t.start[from]!;
      // "Reynaldo Santos Jr.": a generational suffix ends the name with its period; the surname is before it.
      const suffix = to > from + 1 && GENERATIONAL_SUFFIXES.has(word(n, to));
      const end = t.end[to]! + (suffix && n.text.charCodeAt(t.end[to]!) === PERIOD ? 1 : 0);
      const name = n.text.slice(start, end).replace(/\s+/g, ' ');
      const id = knownId ?? UNKNOWN_PREFIX + name;
      out.push(knownId || !title ? { start, end, id, name } : { start, end, id, name, title });
      for (let k = from; k <= to; k++) fullAt.add(k);
      const surname = word(n, suffix ? to - 1 : to);
      const had = bySurname.get(surname);
      bySurname.set(surname, had === undefined || had === id ? id : '');
      if (surnameKnown) bySurname.set(surname, '');
    };
    add(i, last, known, title);
    i = listAfter(n, last, (from, to) => add(from, to, to - from >= 2 ? n.knownPerson(from, to) : undefined));
  }
  if (!out.length) return out;
  const names = new Map(out.map((m) => [m.id, m.name]));
  // The surname alone, anywhere in the text (a headline may name the person before the first paragraph does).
  for (let i = 0; i < t.count; i++) {
    // Cheapest tests first: this loop reads every token of the page.
    if ((t.flags[i]! & (T_CAP_FIRST | T_ALL_CAPS)) !== T_CAP_FIRST || n.covered[i] || fullAt.has(i)) continue;
    const id = bySurname.get(word(n, i));
    if (!id) continue;
    // Not inside a longer capitalized name ("Gavoka Street", "Maria Gavoka").
    const prev = i - 1;
    if (prev >= 0 && t.flags[i]! & T_JOINABLE && t.flags[prev]! & T_CAP_FIRST && !(n.words[prev]! & W_TITLE)) continue;
    const next = i + 1;
    if (
      next < t.count &&
      t.flags[next]! & T_JOINABLE &&
      t.flags[next]! & T_CAP_FIRST &&
      !(t.flags[i]! & T_BEFORE_POSSESSIVE)
    )
      continue;
    out.push({ start: t.start[i]!, end: t.end[i]!, id, name: names.get(id)! });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Malaysia's courtesy titles of two words (see findUnknownPeople), as pairs of word hashes. */
const MALAY_TITLE_PAIRS = new Set(
  [
    ['tan', 'sri'],
    ['puan', 'sri'],
    ['toh', 'puan'],
  ].map(([a, b]) => hashFolded(a!) * 31 + hashFolded(b!)),
);

/** "Jr", "Sr" (and the Commonwealth press's "Jnr", "Snr"): they end a name, after its surname. */
const GENERATIONAL_SUFFIXES = hashWords('jr sr jnr snr');

/** The longest syllable of a romanized Korean or Chinese given name after its hyphen ("Young-chan", "Hyeon"). */
const MAX_SYLLABLE = 5;

/** Token j, after a hyphen in lower case, can be a given name's second syllable: short, no "-ed", no common word. */
function givenNameSyllable(n: NameContext, j: number): boolean {
  const t = n.tokens;
  const length = t.end[j]! - t.start[j]!;
  return length <= MAX_SYLLABLE && !n.text.endsWith('ed', t.end[j]) && !(n.words[j]! & W_STOPWORD);
}

/** Could token i be a word of a person's name: capitalized, unknown as a context word, no digits. */
function nameWord(n: NameContext, i: number): boolean {
  const f = n.tokens.flags[i]!;
  if (!(f & T_CAP_FIRST) || f & (T_ALL_CAPS | T_HAS_DIGIT)) return false;
  // A German compound office ("Generalsekretär") is a title, as the listed ones are.
  return (
    !(n.words[i]! & NOT_NAME) && !WEEKDAYS.has(n.tokens.hash[i]!) && !n.headline(i) && !n.place(i) && !n.germanOffice(i)
  );
}

/**
 * The last token of a name starting at `first`: two to MAX_NAME_TOKENS capitalized words, joined by spaces,
 * hyphens or particles ("Mohamed ould Ghazouani"), ending where the capitals end. -1 when it is too short, too
 * long, or runs into a known name or a capitalized word that cannot be a name's ("Gavoka Street").
 */
function nameEnd(n: NameContext, first: number): number {
  const t = n.tokens;
  // "(D-Calif.)", "R-N.Y.": a US lawmaker's party and state, not a name.
  if (t.end[first]! - t.start[first]! === 1 && first + 1 < t.count && t.flags[first + 1]! & T_AFTER_HYPHEN) return -1;
  let last = first;
  let words = 1;
  const max = t.flags[first]! & T_CYRILLIC ? MAX_CYRILLIC_NAME_TOKENS : MAX_NAME_TOKENS;
  for (let j = first + 1; j < t.count && t.flags[j]! & T_JOINABLE; j++) {
    if (t.flags[j - 1]! & T_BEFORE_POSSESSIVE) break;
    if (!n.covered[j] && nameWord(n, j)) {
      last = j;
      words++;
      if (words > max) return -1;
      continue;
    }
    // "Gregory Rusland" (Suriname's vice-president; "Rusland" is Dutch for Russia): a place's name right after a
    // given name that is no common word is a surname; the loop then ends the name there or gives it up.
    if (j === first + 1 && !n.covered[j] && surnameAfterGivenName(n, first, j)) {
      last = j;
      words++;
      continue;
    }
    // The lower-case second half of a hyphenated given name: "Yoon Young-chan", "Lee Jung-mi"; a syllable, not a
    // participle or a word ("London-listed Energean", "Paris-based").
    if (
      t.flags[j]! & T_AFTER_HYPHEN &&
      !(t.flags[j]! & (T_CAP_FIRST | T_HAS_DIGIT)) &&
      last === j - 1 &&
      givenNameSyllable(n, j)
    ) {
      last = j;
      continue;
    }
    // The rest of a word after an apostrophe inside it: "Mu'azu", "Ma'ruf" (not "Sa'id's" possessive "s", nor a
    // contraction's "'t", "'re").
    if (last === j - 1 && !(t.flags[j]! & (T_CAP_FIRST | T_HAS_DIGIT)) && inWordApostrophe(n, j)) {
      last = j;
      continue;
    }
    // A particle inside a name, with a name word after it.
    // Not German's articles: "mit Christoph Wiederkehr den Bildungsminister"; nor Italian's "al" ("Garavaglia al Turismo").
    if (
      !(t.flags[j]! & T_CAP_FIRST) &&
      NAME_PARTICLE_HASHES.has(word(n, j)) &&
      j + 1 < t.count &&
      !(n.german && GERMAN_ARTICLES.has(word(n, j))) &&
      !(n.italian && ITALIAN_ARTICLED_PREPOSITIONS.has(word(n, j)))
    ) {
      // Two particles run on ("Tom van der Lee", "Ursula von der Leyen", "María de la Cruz").
      let after = j + 1;
      while (
        after + 1 < t.count &&
        (t.flags[after]! & (T_JOINABLE | T_CAP_FIRST)) === T_JOINABLE &&
        NAME_PARTICLE_HASHES.has(word(n, after))
      )
        after++;
      if (t.flags[after]! & T_JOINABLE && !n.covered[after] && nameWord(n, after)) {
        j = after - 1;
        continue;
      }
      break;
    }
    // Anything else capitalized right after: part of a longer name of something else.
    if (t.flags[j]! & T_CAP_FIRST && !(n.words[j]! & W_PERSON_TITLE)) return -1;
    break;
  }
  return words >= 2 ? last : -1;
}

/** Token j, a place's name, is the surname of a person whose given name is token `given` before it. */
function surnameAfterGivenName(n: NameContext, given: number, j: number): boolean {
  const f = n.tokens.flags[j]!;
  return (
    (n.words[given]! & (W_GIVEN_NAME | W_STOPWORD)) === W_GIVEN_NAME &&
    (f & (T_CAP_FIRST | T_ALL_CAPS | T_HAS_DIGIT)) === T_CAP_FIRST &&
    !(n.words[j]! & NOT_NAME) &&
    !n.headline(j) &&
    n.place(j)
  );
}

/** Contractions and the possessive: what follows an apostrophe at a word's end, not inside a name. */
const CONTRACTIONS = hashWords('s t re ve ll d m');

/** Token j is a word's lower-case remainder after an apostrophe, with no space: the "azu" of "Mu'azu". */
function inWordApostrophe(n: NameContext, j: number): boolean {
  const t = n.tokens;
  const gap = t.start[j]! - t.end[j - 1]!;
  const c = n.text.charCodeAt(t.start[j]! - 1);
  // Turkish writes a name's case ending after an apostrophe ("Özerdağ'ın", "Karayılan'dan"); the 'ayn of an Arabic
  // name follows a short first syllable ("Mu'azu", "Ri'ayatuddin").
  return (
    gap === 1 &&
    (c === 39 || c === 0x2019 || c === 0x2bc) &&
    t.end[j - 1]! - t.start[j - 1]! <= 3 &&
    !CONTRACTIONS.has(t.hash[j]!)
  );
}

/** The last token of the name starting at `first` (or `first`). */
export function nameEndAt(n: NameContext, first: number): number {
  const end = nameEnd(n, first);
  return end < 0 ? first : end;
}

/**
 * "Representative Hal Rogers" in a story that names Representative Mike Rogers: a given name and a surname whose
 * known namesakes in the story all have given names of another initial are someone else (not "Mike" and
 * "Michael", nor an initial).
 */
function otherGivenName(n: NameContext, first: number, last: number): boolean {
  const t = n.tokens;
  if (last !== first + 1 || t.end[first]! - t.start[first]! < 2 || t.flags[last]! & T_AFTER_HYPHEN) return false;
  // "Per Rama è…": a capital opening a sentence may be any word, even one that is also a given name.
  if (t.flags[first]! & T_SENT_START) return false;
  const initial = n.text.charAt(t.start[first]!).toLowerCase();
  let people = 0;
  for (let j = 0; j < t.count; j++) {
    if (!n.covered[j] || t.hash[j] !== t.hash[last]) continue;
    if (n.coveredKind(j) !== 'person') return false;
    const id = n.coveredId(j);
    // Only a known person's surname, ending the name: "Pier Silvio" is no namesake of Silvio Berlusconi.
    if (j + 1 < t.count && n.covered[j + 1] && n.coveredId(j + 1) === id) return false;
    const name = id === undefined ? undefined : n.nameOf(id);
    if (name === undefined || name.charAt(0).toLowerCase() === initial) return false;
    people++;
  }
  return people > 0;
}

/** The words of the known actors' mentions. */
function wordsCovered(n: NameContext): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < n.tokens.count; i++) if (n.covered[i]) out.add(word(n, i));
  return out;
}

/** Token i's word, as the hash of its folded letters (the tokenizer's): compared without building a string. */
export function word(n: NameContext, i: number): number {
  return n.tokens.hash[i]!;
}
