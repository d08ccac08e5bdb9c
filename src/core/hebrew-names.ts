/**
 * Foreigners' names as the Hebrew press writes them, by their consonants ("ג'ונתן ריינולדס", Jonathan Reynolds;
 * "סמריטי אירני", Smriti Irani), where the knowledge base lacks that Hebrew: read by sound, as katakana is
 * (katakana-names.ts). Each word is reduced to keys of consonant classes, with the readings a letter allows (ו as a
 * vowel or a v, ח as kh or h, ג' as j), and a name of two or three words whose keys agree with one person of a
 * country the story names is that person; the surname alone after it names them too.
 *
 * Hebrew has no capitals: only a name after a title written before it ("שר החוץ", "נשיא המפלגה, ...", "בראשות") is
 * read. Pure: no DOM, no `browser`.
 */
import { keysTell } from './katakana-names';

/** The classes of each Hebrew letter (U+05D0–U+05EA), alternatives split by '/', '' for none (א, ה, ע, a vowel). */
const LETTER_CLASSES: Readonly<Record<string, string>> = {
  א: '',
  ב: 'P',
  ג: 'K',
  ד: 'T',
  ה: '',
  // ו is o or u as often as v or w ("מירוויס", "ריינולדס").
  ו: '/P',
  ז: 'S',
  ח: 'K/',
  ט: 'T',
  י: '',
  כ: 'K',
  ך: 'K',
  ל: 'R',
  מ: 'M',
  ם: 'M',
  נ: 'N',
  ן: 'N',
  ס: 'S',
  ע: '',
  פ: 'P',
  ף: 'P',
  צ: 'S',
  ץ: 'S',
  ק: 'K',
  ר: 'R',
  ש: 'S',
  ת: 'T/S',
};

/** The geresh (׳ or an apostrophe) that makes ג a j, ז a zh, צ a ch: all of class S. */
const GERESH = new Set([0x5f3, 0x27, 0x2019]);

/** More keys of one word than this are not followed. */
const MAX_KEYS = 16;

/** Whether `code` is a Hebrew letter. */
export function isHebrewLetter(code: number): boolean {
  return code >= 0x5d0 && code <= 0x5ea;
}

/** The keys a Hebrew word may sound as: its letters' classes in turn, repeats merged; [] if it has no letter. */
export function hebrewKeys(word: string): string[] {
  let keys = [''];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    let classes = LETTER_CLASSES[ch];
    if (classes === undefined) continue;
    if (GERESH.has(word.charCodeAt(i + 1)) && (ch === 'ג' || ch === 'ז' || ch === 'צ')) classes = 'S';
    // A t or d before an s is the one sound English keys read as s ("ריינולדס", Reynolds; "ds" as ズ).
    else if ((ch === 'ד' || ch === 'ט' || ch === 'ת') && LETTER_CLASSES[word[i + 1] ?? ''] === 'S') classes = 'T/';
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

/**
 * Titles the Hebrew press writes before a name, without the letter it may have before it (ה, ל, ו, ב, ש, מ): a head of
 * state or government, a minister, a party's head, a spokesperson, an envoy, "led by".
 */
const TITLES = new Set(
  `נשיא נשיאת ראש שר שרת השר השרה מנהיג מנהיגת יו"ר דובר דוברת מזכיר מזכירת שגריר שגרירת סגן סגנית מפקד מפקדת גנרל
  רב הרב שליח שליחת יועץ יועצת בראשות מושל מושלת קנצלר קנצלרית ח"כ מלך נסיך שופט שופטת מנכ"ל מנכ"לית עוזר עוזרת
  מועמד מועמדת פרופ' ד"ר`.split(/\s+/),
);

/** One letter the Hebrew press writes onto a word: and, the, to, in, that, from, as. */
const PREFIXES = 'והלבשמכ';

/** Words that end a title before a name: former, acting. */
const AFTER_TITLE = new Set(['לשעבר', 'בפועל']);

/** Words that are no part of a name: of, the object marker, on, with, to, not, that, also, he, she, said. */
const NOT_NAMES = new Set(
  `של את על עם אל לא כי גם אשר זה זו הוא היא הם אחרי לאחר בין כל אמר אמרה אמרו כך עוד רק כבר מאוד ביותר יותר לפי אם או
  אבל אותו אותה שלו שלה לשעבר בפועל`.split(/\s+/),
);

/** How many words a title may stand before the name ("שר החוץ האמריקני ...", "נשיא המפלגה, ..."). */
const MAX_TITLE_GAP = 4;

/** A word of Hebrew letters (and the marks inside a name: geresh, gershayim, a hyphen), [start, end) in the text. */
interface Word {
  start: number;
  end: number;
}

/** A span of text that names a person of the knowledge base (the caller's reference). */
export interface HebrewMention {
  start: number;
  end: number;
  ref: number;
}

/**
 * The names in `text` that name people of the knowledge base: two or three Hebrew words within a few words after a
 * title, whose keys `people` files a person under and of whom `choose` picks one (or -1); `free` says whether a span
 * overlaps no mention found before. And their surnames alone after them (with a letter before them or not). Sorted.
 */
export function findHebrewPeople(
  text: string,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number) => number,
  free: (start: number, end: number) => boolean,
): HebrewMention[] {
  const words = hebrewWords(text);
  const out: HebrewMention[] = [];
  const surnames = new Map<string, number>();
  let after = -1;
  for (let w = 0; w < words.length; w++) {
    if (w <= after || !isTitle(text, words[w]!)) continue;
    for (let first = w + 1; first <= w + MAX_TITLE_GAP && first + 1 < words.length; first++) {
      // The title's own words go on up to the name: "השרה הראשית", "ראש הממשלה לשעבר", "הרב הראשי של בריטניה, ...".
      if (first > w + 1 && !titleWord(text, words[first - 1]!, free)) break;
      const found = nameAt(text, words, first, people, choose, free);
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
    if (ref === undefined && PREFIXES.includes(written[0]!)) {
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
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number) => number,
  free: (start: number, end: number) => boolean,
): { mention: HebrewMention; last: number } | undefined {
  const given = words[first]!;
  // A word with the article (ה) is the title's, not a name's; nor is a word of NOT_NAMES.
  if (text[given.start] === 'ה') return undefined;
  for (let parts = 3; parts >= 2; parts--) {
    const last = first + parts - 1;
    if (last >= words.length) continue;
    // The words one space apart (a comma or a full stop ends a name).
    let apart = true;
    for (let q = first; q < last && apart; q++) apart = words[q + 1]!.start === words[q]!.end + 1;
    if (!apart || !free(given.start, words[last]!.end)) continue;
    let plain = true;
    for (let q = first; q <= last && plain; q++)
      plain = !NOT_NAMES.has(text.slice(words[q]!.start, words[q]!.end)) && !isTitle(text, words[q]!);
    if (!plain) continue;
    const refs: number[] = [];
    for (const g of hebrewKeys(text.slice(given.start, given.end)))
      for (const s of hebrewKeys(text.slice(words[last]!.start, words[last]!.end))) {
        if (!keysTell(g, s)) continue;
        for (const r of people(g, s)) if (!refs.includes(r)) refs.push(r);
      }
    if (!refs.length) continue;
    const ref = choose(refs, parts);
    if (ref >= 0) return { mention: { start: given.start, end: words[last]!.end, ref }, last };
  }
  return undefined;
}

/**
 * Whether a word between a title and a name belongs to the title: a word with the article (with a letter before it or
 * not: "הממשלה", "והסחר"), "of", "former", a word a mention has read (a country), or one a comma ends.
 */
function titleWord(text: string, word: Word, free: (start: number, end: number) => boolean): boolean {
  const written = text.slice(word.start, word.end);
  return (
    written[0] === 'ה' ||
    (PREFIXES.includes(written[0]!) && written[1] === 'ה') ||
    written === 'של' ||
    AFTER_TITLE.has(written) ||
    text[word.end] === ',' ||
    !free(word.start, word.end)
  );
}

/** Whether a word is a title (see TITLES), with a letter before it or not. */
function isTitle(text: string, word: Word): boolean {
  const written = text.slice(word.start, word.end);
  // Not after ב, מ, ש or כ: "בראש הממשלה יעמוד" is "at the head of the government will stand".
  return TITLES.has(written) || ('והל'.includes(written[0]!) && TITLES.has(written.slice(1)));
}

/** The words of `text` in Hebrew letters, with a geresh, gershayim or hyphen inside one. */
function hebrewWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isHebrewLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (isHebrewLetter(text.charCodeAt(i)) ||
        ((GERESH.has(text.charCodeAt(i)) || text[i] === '"' || text[i] === '-' || text[i] === '״') &&
          (isHebrewLetter(text.charCodeAt(i + 1)) || GERESH.has(text.charCodeAt(i)))))
    )
      i++;
    out.push({ start, end: i });
  }
  return out;
}
