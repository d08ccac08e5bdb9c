/**
 * Foreigners' names as the press of a script written by its consonants writes them ("ג'ונתן ריינולדס", Jonathan
 * Reynolds, in Hebrew), where the knowledge base lacks that spelling: read by sound, as katakana is
 * (katakana-names.ts). Each word is reduced to keys of consonant classes, with the readings a letter allows (ו as a
 * vowel or a v, ח as kh or h, ג' as j: abjad-scripts.ts), and a name of two or three words whose keys agree with one
 * person of a country the story names is that person; the surname alone after it names them too.
 *
 * Such a script has no capitals: only a name after a title written before it ("שר החוץ", "הרב הראשי של בריטניה,",
 * "בראשות") is read. Pure: no DOM, no `browser`.
 */
import type { AbjadScript } from './abjad-scripts';
import { keysTell, latinKeys } from './katakana-names';

/** More keys of one word than this are not followed. */
const MAX_KEYS = 16;

/** The fewest letters of a surname read by sound. */
const MIN_SURNAME_LETTERS = 3;

/** How many words a title may stand before the name ("שר החוץ האמריקני ...", "نشיא המפלגה, ..."). */
const MAX_TITLE_GAP = 4;

/** The geresh and apostrophes that make a Hebrew letter another (see AbjadScript.withGeresh). */
const GERESHES = new Set([0x5f3, 0x27, 0x2019]);

/** The keys a word may sound as: its letters' classes in turn, repeats merged. */
export function abjadKeys(word: string, script: Pick<AbjadScript, 'letters' | 'withGeresh'>): string[] {
  let keys = [''];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    let classes = script.letters[ch];
    if (classes === undefined) continue;
    if (GERESHES.has(word.charCodeAt(i + 1)) && script.withGeresh.includes(ch)) classes = 'S';
    // A t or d before an s is the one sound English keys read as s ("ריינולדס", Reynolds; "ds" as ズ).
    else if (classes === 'T' && script.letters[word[i + 1] ?? ''] === 'S') classes = 'T/';
    const next: string[] = [];
    for (const key of keys)
      for (const cls of classes.split('/')) {
        const k = !cls || key.endsWith(cls) ? key : key + cls;
        if (!next.includes(k)) next.push(k);
      }
    keys = next.slice(0, MAX_KEYS);
  }
  return keys;
}

/** How a word is said to open: with a vowel, or with a consonant. */
export type WordOpening = 'vowel' | 'consonant';

/**
 * How a word opening with `letter` is said to open, where the script tells (AbjadScript.vowelOpeners); undefined
 * for a letter that may be either (Hebrew ה, ח, ו, י) or a script that does not say.
 */
export function wordOpening(
  letter: string,
  script: Pick<AbjadScript, 'letters' | 'vowelOpeners'>,
): WordOpening | undefined {
  if (script.vowelOpeners === undefined) return undefined;
  if (script.vowelOpeners.includes(letter)) return 'vowel';
  const classes = script.letters[letter];
  return classes && !classes.split('/').includes('') ? 'consonant' : undefined;
}

/** What a name's written given name tells of its sound, besides its keys. */
export interface WrittenGiven {
  /** How it opens, where the script tells. */
  opens: WordOpening | undefined;
  /** The most consonant classes it may be read with. */
  consonants: number;
}

/**
 * Whether an English given name may be the one written: it opens alike ("Jerry", with a consonant, is no "עלי", said
 * with a vowel), and has at most one consonant more than the written one may be read with ("Olivier" is no "עלי"; a
 * key drops a letter katakana may leave unsaid, which these scripts write).
 */
export function givenAgrees(given: WrittenGiven, englishGiven: string): boolean {
  const vowel = /^[aeiou]/i.test(englishGiven);
  if (given.opens === 'vowel' && !vowel && !/^[hy]/i.test(englishGiven)) return false;
  if (given.opens === 'consonant' && vowel) return false;
  return Math.max(...latinKeys(englishGiven).map((k) => k.length)) <= given.consonants + 1;
}

/** A word of the script's letters (and the marks inside one), [start, end) in the text. */
interface Word {
  start: number;
  end: number;
}

/** A span of text that names a person of the knowledge base (the caller's reference). */
export interface AbjadMention {
  start: number;
  end: number;
  ref: number;
}

/**
 * The names in `text` that name people of the knowledge base: two or three words of `script` after a title and its
 * own words, whose keys `people` files a person under and of whom `choose` picks one (or -1); `free` says whether a
 * span overlaps no mention found before. And their surnames alone after them (with a letter before them or not).
 * Sorted by start.
 */
export function findAbjadPeople(
  text: string,
  script: AbjadScript,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number, given: WrittenGiven) => number,
  free: (start: number, end: number) => boolean,
): AbjadMention[] {
  const words = scriptWords(text, script);
  const out: AbjadMention[] = [];
  const surnames = new Map<string, number>();
  let after = -1;
  for (let w = 0; w < words.length; w++) {
    if (w <= after || !isTitle(text, words[w]!, script)) continue;
    for (let first = w + 1; first <= w + MAX_TITLE_GAP && first + 1 < words.length; first++) {
      // The title's own words go on up to the name: "השרה הראשית", "ראש הממשלה לשעבר", "הרב הראשי של בריטניה,".
      if (first > w + 1 && !titleWord(text, words[first - 1]!, script, free)) break;
      const found = nameAt(text, words, first, script, people, choose, free);
      if (!found) continue;
      out.push(found.mention);
      const surname = text.slice(words[found.last]!.start, words[found.last]!.end);
      if (!surnames.has(surname)) surnames.set(surname, found.mention.ref);
      after = found.last;
      break;
    }
  }
  if (!out.length) return out;
  const named = out.slice();
  for (const word of words) {
    if (word.start < named[0]!.end || named.some((m) => m.start <= word.start && word.start < m.end)) continue;
    const written = text.slice(word.start, word.end);
    let ref = surnames.get(written);
    let start = word.start;
    if (ref === undefined && script.prefixes.includes(written[0]!)) {
      ref = surnames.get(written.slice(1));
      start++;
    }
    if (ref !== undefined && free(start, word.end)) out.push({ start, end: word.end, ref });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The person named by two or three words from words[first] (the longer first), and the index of the last word. */
function nameAt(
  text: string,
  words: readonly Word[],
  first: number,
  script: AbjadScript,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number, given: WrittenGiven) => number,
  free: (start: number, end: number) => boolean,
): { mention: AbjadMention; last: number } | undefined {
  const given = words[first]!;
  // A word with the article is the title's, not a name's first.
  if (script.article && text.startsWith(script.article, given.start)) return undefined;
  for (let parts = 3; parts >= 2; parts--) {
    const last = first + parts - 1;
    if (last >= words.length) continue;
    // The words one space apart (a comma or a full stop ends a name).
    let apart = true;
    for (let q = first; q < last && apart; q++) apart = words[q + 1]!.start === words[q]!.end + 1;
    if (!apart || !free(given.start, words[last]!.end)) continue;
    // A word of two letters is a word ("בת", 'daughter', 'aged'), not a foreigner's surname.
    if (words[last]!.end - words[last]!.start < MIN_SURNAME_LETTERS) continue;
    let plain = true;
    for (let q = first; q <= last && plain; q++) {
      const written = text.slice(words[q]!.start, words[q]!.end);
      plain = !script.notNames.has(written) && !script.titleWords.has(written) && !isTitle(text, words[q]!, script);
    }
    if (!plain) continue;
    const refs: number[] = [];
    const givenKeys = abjadKeys(text.slice(given.start, given.end), script);
    for (const g of givenKeys)
      for (const s of abjadKeys(text.slice(words[last]!.start, words[last]!.end), script)) {
        if (!keysTell(g, s)) continue;
        for (const r of people(g, s)) if (!refs.includes(r)) refs.push(r);
      }
    if (!refs.length) continue;
    const ref = choose(refs, parts, {
      opens: wordOpening(text.charAt(given.start), script),
      consonants: Math.max(...givenKeys.map((k) => k.length)),
    });
    if (ref >= 0) return { mention: { start: given.start, end: words[last]!.end, ref }, last };
  }
  return undefined;
}

/**
 * Whether a word between a title and a name belongs to the title: a word with the article (with a letter before it or
 * not: "הממשלה", "והסחר"), one of the script's title words ("של", "former"), a word a mention has read (a country),
 * or one a comma ends.
 */
function titleWord(
  text: string,
  word: Word,
  script: AbjadScript,
  free: (start: number, end: number) => boolean,
): boolean {
  const written = text.slice(word.start, word.end);
  const { article } = script;
  return (
    (article !== '' &&
      (written.startsWith(article) || (script.prefixes.includes(written[0]!) && written.startsWith(article, 1)))) ||
    script.titleWords.has(written) ||
    script.commas.includes(text[word.end] ?? '') ||
    !free(word.start, word.end)
  );
}

/** Whether a word is a title of the script, with a letter written onto it or not. */
function isTitle(text: string, word: Word, script: AbjadScript): boolean {
  const written = text.slice(word.start, word.end);
  return (
    script.titles.has(written) || (script.titlePrefixes.includes(written[0]!) && script.titles.has(written.slice(1)))
  );
}

/** The words of `text` in the script's letters, with its marks inside one. */
function scriptWords(text: string, script: AbjadScript): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!script.isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (script.isLetter(text.charCodeAt(i)) ||
        (script.marks.has(text.charCodeAt(i)) &&
          (script.isLetter(text.charCodeAt(i + 1)) || GERESHES.has(text.charCodeAt(i)))))
    )
      i++;
    out.push({ start, end: i });
  }
  return out;
}
