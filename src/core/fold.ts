/**
 * Per-character folding that keeps offsets 1:1 with the page text.
 *
 * Unicode `toLowerCase` + `normalize('NFKD')` over a whole string runs at ~32 MB/s and changes its length;
 * folding one UTF-16 code unit at a time through a table runs at ~160 MB/s and lets a token's offsets in the
 * folded text be its offsets in the page. The table is filled lazily: a code unit is normalized the first
 * time it is seen, then looked up. The build folds aliases with this same module, so both sides agree.
 * Pure: no DOM, no `browser`.
 */

import { HAN_FOLD_PAIRS } from './han-fold';

/** Character classes; the low bits of `classOf`. */
export const C_UNSEEN = 0;
/** Ends a token (space, punctuation, symbols). */
export const C_SEP = 1;
/** Part of a token. */
export const C_LETTER = 2;
/** Dropped inside a token (combining marks, Arabic harakat and tatweel, soft hyphen, ZWNJ). */
export const C_IGNORE = 3;
/** A token on its own (Han ideographs: Chinese and Japanese have no spaces between words). */
export const C_CJK = 4;
/** Apostrophes and ʿayn/hamza signs: end a token, but mark possessives and elisions. */
export const C_APOS = 5;
/** Hyphens and dashes. */
export const C_HYPHEN = 6;
/** Full stop: ends a token; "U.S." style acronyms are rebuilt from it. */
export const C_PERIOD = 7;
/** Set on letters that are upper case in the source. */
export const F_UPPER = 8;
/** Set on letters that are lower case and have an upper-case form (not on uncased scripts). */
export const F_LOWER = 16;
/** Set on the ASCII digits 0–9. */
export const F_DIGIT = 32;

const classes = new Uint8Array(65536);
const folded = new Uint16Array(65536);
/**
 * The tables themselves, for hot loops: read `CLASSES[c]` and call `classOf(c)` only when it is 0 (not yet
 * computed); after that `FOLDED[c]` is valid. Saves two calls per character, which matters most on the
 * first scan, before the JIT has compiled anything.
 */
export const CLASSES: Readonly<Uint8Array> = classes;
export const FOLDED: Readonly<Uint16Array> = folded;

/** Letters NFKD does not decompose but readers treat as their base letter. */
const SPECIAL: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ς: 'σ',
  // Ukrainian, Belarusian and Russian spell the same names with different letters ("Ігоря Додона" and "Игоря
  // Додона", "Молдови" and "Молдовы", "Вороніна" and "Воронина"): read alike, as their readers read them.
  і: 'и',
  ы: 'и',
  э: 'е',
  є: 'е',
  ґ: 'г',
  ў: 'у',
  // Arabic and Persian letter variants that are written interchangeably.
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  // Hebrew final forms.
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
};

// U+05F3, the Hebrew geresh, marks a foreign sound inside a word ("ג׳ו ביידן"); Hebrew sites also type it as an
// apostrophe ("ג'ו ביידן"): both split alike.
const APOSTROPHES = "'\u2018\u2019\u02BC\u02BB\u02BE\u02BF\u0060\u00B4\u2032\uFF07\u05F3";
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D';
/**
 * Cyrillic soft and hard signs, dropped inside a token as marks are: Ukrainian and Russian write them in
 * different places of the same name ("Ігор" and "Игорь", "Васіле" and "Василе").
 */
const SOFT_SIGNS = 'ьъЬЪ';
/**
 * Hebrew gershayim, which marks an acronym inside the word ("צה״ל", "ארה״ב"): dropped, so the acronym is one
 * token. Hebrew sites often type it as a straight double quote; that one is dropped only between two Hebrew
 * letters (hebrewQuote).
 */
const GERSHAYIM = '\u05F4';
const HEBREW_FIRST = 0x05d0;
const HEBREW_LAST = 0x05ea;

/** Gershayim at `i`, or a straight double quote typed for them (hebrewQuote). */
export function gershayimAt(text: string, i: number): boolean {
  return text[i] === GERSHAYIM || hebrewQuote(text, i);
}

/** A straight double quote typed as gershayim: between two Hebrew letters ("צה"ל", "כ"ץ"). */
export function hebrewQuote(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 34) return false;
  const before = codeAt(text, i - 1);
  const after = codeAt(text, i + 1);
  return before >= HEBREW_FIRST && before <= HEBREW_LAST && after >= HEBREW_FIRST && after <= HEBREW_LAST;
}

/** Format characters that split words rather than sit inside them. */
const SPLITTING_FORMAT = '\u200B\u2060\uFEFF';

const LETTER_RE = /[\p{L}\p{N}]/u;
/**
 * Marks dropped inside a token: diacritics of Latin, Greek and Cyrillic, Hebrew points, Arabic harakat,
 * tatweel and format characters. Other marks (Indic vowel signs, Thai…) carry meaning and stay in the
 * token, or "Togo" and "Tonga" would fold alike in Hindi.
 */
const MARK_RE =
  // eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, meant one by one
  /[\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0640\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\p{Cf}]/u;
const OTHER_MARK_RE = /\p{M}/u;
/** Han characters are tokens of their own (Chinese has no spaces); kana runs form words. */
const CJK_RE = /\p{sc=Han}/u;

export const HIRAGANA_FIRST = 0x3040;
const KATAKANA_FIRST = 0x30a0;
const KATAKANA_LAST = 0x30ff;
/**
 * "ー", which lengthens a vowel in katakana and hiragana alike. Folding drops it inside a token, as it drops marks:
 * the Japanese press writes a foreigner's long vowels one way or another ("グテーレス" and "グテレス"), and a name is
 * the same name either way.
 */
export const PROLONGED_SOUND = 0x30fc;
/** kanaOf's answers for hiragana and katakana. */
export const HIRAGANA = 1;
export const KATAKANA = 2;
/** 1 for hiragana, 2 for katakana, 0 for any other character: Japanese words end where these change. */
export function kanaOf(code: number): number {
  if (code < HIRAGANA_FIRST || code > KATAKANA_LAST) return 0;
  return code < KATAKANA_FIRST ? HIRAGANA : KATAKANA;
}

let hanPairs: Map<number, number> | undefined;
/**
 * A traditional Chinese character's simplified form ("國" → "国"; see han-fold.ts): Taiwan's and Hong Kong's press
 * then match the names the knowledge base writes the mainland's way, and the other way round. Only the build
 * computes this (the index carries the table), so the pairs cost the page nothing.
 */
function hanFold(code: number): number {
  if (!hanPairs) {
    hanPairs = new Map();
    for (let i = 0; i + 1 < HAN_FOLD_PAIRS.length; i += 2)
      hanPairs.set(HAN_FOLD_PAIRS.charCodeAt(i), HAN_FOLD_PAIRS.charCodeAt(i + 1));
  }
  return hanPairs.get(code) ?? code;
}

/** Whether any entry has been filled (computed or primed). */
let computed = false;

function compute(code: number): void {
  computed = true;
  const ch = String.fromCharCode(code);
  let cls = C_SEP;
  let out = code;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Astral characters (emoji, rare ideographs) separate tokens.
    cls = C_SEP;
  } else if (APOSTROPHES.includes(ch)) {
    cls = C_APOS;
  } else if (HYPHENS.includes(ch)) {
    cls = C_HYPHEN;
  } else if (ch === '.' || ch === '\uFF0E') {
    cls = C_PERIOD;
  } else if (SPLITTING_FORMAT.includes(ch)) {
    cls = C_SEP;
  } else if (
    MARK_RE.test(ch) ||
    ch === '\u00AD' ||
    ch === GERSHAYIM ||
    SOFT_SIGNS.includes(ch) ||
    code === PROLONGED_SOUND
  ) {
    // Before letters: tatweel is a "letter" to Unicode, but only stretches the word it sits in.
    cls = C_IGNORE;
  } else if (CJK_RE.test(ch)) {
    cls = C_CJK;
    out = hanFold(code);
  } else if (LETTER_RE.test(ch)) {
    cls = C_LETTER;
    if (code >= 48 && code <= 57) cls |= F_DIGIT;
    const lower = ch.toLowerCase();
    if (lower !== ch) cls |= F_UPPER;
    else if (ch.toUpperCase() !== ch) cls |= F_LOWER;
    let base = lower.length === 1 ? lower : ch;
    base = SPECIAL[base] ?? base;
    const decomposed = base.normalize('NFKD');
    // Keep the base letter when the rest are marks; otherwise (ligatures, ß) keep the letter itself.
    if (decomposed.length >= 1 && [...decomposed.slice(1)].every((c) => MARK_RE.test(c))) {
      const first = decomposed[0]!.toLowerCase();
      base = first.length === 1 ? (SPECIAL[first] ?? first) : base;
    }
    out = base.charCodeAt(0);
  } else if (OTHER_MARK_RE.test(ch)) {
    cls = C_LETTER;
  }
  classes[code] = cls;
  folded[code] = out;
}

/**
 * Fills the table from one the build computed (a match index carries it): the runtime then folds exactly as
 * the build did, whatever the browser's Unicode data, and the first page skips computing it (~200
 * characters, 5-8 ms cold). Entries already computed are kept, so a later index cannot change a folding
 * that tokens were already read with.
 */
export function primeFoldTable(fromClasses: Uint8Array, fromFolded: Uint16Array): void {
  if (!computed && fromClasses.length === classes.length) {
    classes.set(fromClasses);
    folded.set(fromFolded);
    computed = true;
    return;
  }
  for (let code = 0; code < classes.length && code < fromClasses.length; code++) {
    if (classes[code] !== C_UNSEEN || fromClasses[code] === C_UNSEEN) continue;
    classes[code] = fromClasses[code]!;
    folded[code] = fromFolded[code]!;
  }
}

/** Class of a UTF-16 code unit, with `F_UPPER` set on upper-case letters. */
export function classOf(code: number): number {
  let c = classes[code]!;
  if (c === C_UNSEEN) {
    compute(code);
    c = classes[code]!;
  }
  return c;
}

/** Folded form of a code unit (meaningful for letters and CJK). */
export function foldCode(code: number): number {
  if (classes[code] === C_UNSEEN) compute(code);
  return folded[code]!;
}

/**
 * Splits text into folded tokens the way the matcher does, for building keys at build time and in tests.
 * "U.S." and "U.N." become one token each ("us", "un"); apostrophes, hyphens and spaces split.
 */
export function foldTokens(text: string): string[] {
  const tokens: string[] = [];
  let cur = '';
  let curKana = 0;
  const flush = () => {
    if (cur) tokens.push(cur);
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(code) & 7;
    if (cls === C_LETTER) {
      // As the tokenizer does: a change between hiragana, katakana and other letters ends a word.
      const kana = kanaOf(code);
      if (cur && code >= HIRAGANA_FIRST && kana !== curKana && code !== PROLONGED_SOUND) flush();
      if (!cur) curKana = kana;
      cur += String.fromCharCode(foldCode(code));
    } else if (cls === C_IGNORE || hebrewQuote(text, i)) continue;
    else if (cls === C_CJK) {
      flush();
      tokens.push(String.fromCharCode(foldCode(code)));
    } else if (cls === C_PERIOD && isDottedAcronymStep(text, i)) {
      // "U.S." → "us": a single letter followed by a period and another single letter.
      continue;
    } else if (code === PLUS_SIGN && cur && plusEndsWord(text, i)) {
      // "OPEC+": a plus written onto a word, ending it, is part of it (as tokenize reads it).
      cur += '+';
      flush();
    } else flush();
  }
  flush();
  return tokens;
}

/** "+", which is part of a word it ends ("OPEC+", "LGBT+"): tokenize, foldTokens and the index read it alike. */
export const PLUS_SIGN = 43;

/** The plus at `i`, written onto a word, ends it: no letter or Chinese or Japanese character follows it. */
export function plusEndsWord(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  const cls = classOf(text.charCodeAt(i + 1)) & 7;
  return cls !== C_LETTER && cls !== C_CJK;
}

/**
 * Which of the words `foldTokens(text)` returns are written in lower case in `text` (first letter has case
 * and is lower). Same splitting as foldTokens.
 */
export function lowerCaseWords(text: string): boolean[] {
  const out: boolean[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    const kind = cls & 7;
    if (kind === C_LETTER) {
      if (!inWord) out.push((cls & F_LOWER) !== 0);
      inWord = true;
    } else if (kind === C_IGNORE || hebrewQuote(text, i)) continue;
    else if (kind === C_CJK) {
      out.push(false);
      inWord = false;
    } else if (kind === C_PERIOD && isDottedAcronymStep(text, i)) continue;
    else inWord = false;
  }
  return out;
}

/**
 * text.charCodeAt(i), NaN outside the text, read with a bounds check of our own: an optimized charCodeAt that
 * reads past the end throws its compiled code away, and the tokenizer's look-ahead at a text's last letters
 * would do that on the first page a worker scans.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

/**
 * True at a period inside a dotted acronym: one letter before it, one letter after it then a period ("U.S.");
 * or, as Spanish writes plurals, a doubled capital before it and a doubled capital after it ("EE.UU.",
 * "FF.AA."), so that "EE.UU." is one token like "EEUU".
 */
export function isDottedAcronymStep(text: string, i: number): boolean {
  const prev = codeAt(text, i - 1);
  const prev2 = i >= 2 ? text.charCodeAt(i - 2) : 32;
  const next = codeAt(text, i + 1);
  const next2 = codeAt(text, i + 2);
  const letter = (code: number) => !Number.isNaN(code) && (classOf(code) & 7) === C_LETTER;
  if (i >= 1 && letter(prev) && !letter(prev2) && letter(next) && !letter(next2)) return true;
  return isDoubledCapitalStep(text, i);
}

/** text[at] and text[at + 1] are the same capital letter, as Spanish abbreviates plurals ("EE", "UU"). */
export function isDoubledCapital(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return (
    codeAt(text, at + 1) === code && !Number.isNaN(code) && (classOf(code) & (7 | F_UPPER)) === (C_LETTER | F_UPPER)
  );
}

/** "EE.UU.": a doubled capital (not part of a longer word) on each side of the period at i. */
function isDoubledCapitalStep(text: string, i: number): boolean {
  if (i < 2 || !isDoubledCapital(text, i - 2) || !isDoubledCapital(text, i + 1)) return false;
  const before = i >= 3 ? text.charCodeAt(i - 3) : 32;
  const after = codeAt(text, i + 3);
  // Before: the start of the token or the period of an earlier pair; after: a period or the token's end.
  const beforeOk = before === 46 || (classOf(before) & 7) !== C_LETTER;
  const afterOk = Number.isNaN(after) || after === 46 || (classOf(after) & 7) !== C_LETTER;
  return beforeOk && afterOk;
}

/** The folded key of an alias: its tokens joined by single spaces. */
export function foldKey(text: string): string {
  return foldTokens(text).join(' ');
}

/** The folded form of a surface, as muted surfaces are stored. */
export function foldSurface(surface: string): string {
  let out = '';
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    const cls = classOf(code) & 7;
    if (cls === C_IGNORE) continue;
    out += cls === C_LETTER || cls === C_CJK ? String.fromCharCode(foldCode(code)) : ' ';
  }
  return out.trim().replace(/\s+/g, ' ');
}
