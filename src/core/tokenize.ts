/**
 * Splits page text into folded tokens in reusable typed arrays, keeping each token's offsets in the input
 * (UTF-16 code units) so matches map straight back to the page. Folding is per character (see fold.ts), so
 * this is one linear pass with no allocation per token. Pure.
 */
import { isHangul } from './korean';
import {
  C_APOS,
  C_CJK,
  C_HYPHEN,
  C_IGNORE,
  C_LETTER,
  C_PERIOD,
  CLASSES,
  F_DIGIT,
  F_LOWER,
  F_UPPER,
  FOLDED,
  classOf,
  codeAt,
  foldCode,
  foldTokens,
  HIRAGANA_FIRST,
  PLUS_SIGN,
  PROLONGED_SOUND,
  hebrewQuote,
  isDottedAcronymStep,
  kanaOf,
  isDoubledCapital,
  plusEndsWord,
} from './fold';

/** Token flags. */
export const T_CAP_FIRST = 1 << 0; // first letter upper case
export const T_ALL_CAPS = 1 << 1; // every cased letter upper case (and at least two letters)
export const T_CASED = 1 << 2; // contains letters that have case
export const T_CJK = 1 << 3; // a CJK character token
export const T_SENT_START = 1 << 4; // first token of a sentence or block
export const T_BLOCK_START = 1 << 5; // first token after a block break (blank line)
export const T_JOINABLE = 1 << 6; // the gap before it may sit inside a name (space, hyphen, apostrophe…)
export const T_AFTER_COMMA = 1 << 7; // a comma sits in the gap before it
export const T_DOTTED = 1 << 8; // a dotted acronym ("U.S.")
export const T_ARABIC = 1 << 9; // first letter in Arabic script (Arabic, Persian, Urdu)
export const T_HEBREW = 1 << 10;
export const T_CYRILLIC = 1 << 11;
export const T_HAS_DIGIT = 1 << 12;
export const T_AFTER_HYPHEN = 1 << 13; // joined to the previous token by a hyphen
export const T_BEFORE_POSSESSIVE = 1 << 14; // followed by ’s / 's
export const T_AFTER_BRACKET = 1 << 15; // right after " (": a name may go on ("Communist Party of India (Marxist)")

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/**
 * Token hashes are cut to 30 bits (the top two folded in) so that V8 keeps every one as a small integer, which sets
 * and maps of hashes compare without boxing. Chrome's small integers have 31 bits, so a full 32-bit hash was a heap
 * number three times in four (in Node, half the time): the benchmark's warm scan took some 15% longer.
 */
const HASH_MASK = 0x3fffffff;

/** A token's hash from its FNV-1a state: the top two bits folded into the 30 that are kept (see HASH_MASK). */
export function finishHash(hash: number): number {
  return (hash ^ (hash >>> 30)) & HASH_MASK;
}
/** Seed and multiplier of the second hash, of the code units as written (see word-cache.ts). */
const RAW_SEED = 0x9747b28c;
const RAW_PRIME = 0x5bd1e995;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Uint32Array;
  /**
   * A second hash, of the token's code units as written (case, marks and all), independent of `hash`: the two
   * together name a written word for the word cache, with no comparison of its letters.
   */
  raw: Uint32Array;
  flags: Uint16Array;
}

export function createTokens(capacity = 1024): Tokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Uint32Array(capacity),
    raw: new Uint32Array(capacity),
    flags: new Uint16Array(capacity),
  };
}

function grow(t: Tokens): void {
  const cap = t.start.length * 2;
  const s = new Int32Array(cap);
  s.set(t.start);
  const e = new Int32Array(cap);
  e.set(t.end);
  const h = new Uint32Array(cap);
  h.set(t.hash);
  const r = new Uint32Array(cap);
  r.set(t.raw);
  const f = new Uint16Array(cap);
  f.set(t.flags);
  t.start = s;
  t.end = e;
  t.hash = h;
  t.raw = r;
  t.flags = f;
}

const NEWLINE = 10;
const SLASH = 47;
const AMPERSAND = 38;
export const COMMA = 44; // ","
export const PERIOD = 46; // "."
const ARABIC_COMMA = 0x060c; // "،"

/** Quotation marks that may open a quoted name, in the press of several languages (the English press opens one with an apostrophe). */
export const OPEN_QUOTES = '"«“„‘\'‹「『';
export const OPEN_PAREN = 40; // "("
export const CLOSE_PAREN = 41; // ")"
/** Characters after which the next word starts a sentence. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0x061f || code === 0x2026;
}
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 13;
}
function scriptFlag(code: number): number {
  if (code >= 0x0600 && code <= 0x06ff) return T_ARABIC;
  if (code >= 0x0750 && code <= 0x077f) return T_ARABIC;
  if (code >= 0xfb50 && code <= 0xfeff) return T_ARABIC;
  if (code >= 0x0590 && code <= 0x05ff) return T_HEBREW;
  if (code >= 0x0400 && code <= 0x052f) return T_CYRILLIC;
  return 0;
}

/**
 * A middle dot between two East Asian characters (Han, kana): it separates the given name from the family
 * name of a foreign name, which stays one name. Between Latin words it is a list's separator ("World · Europe"),
 * and so between Korean names ("장동혁·김재원·인요한", the Korean press's list of people).
 */
export function eastAsianNameDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 0xb7 && code !== 0x30fb && code !== 0xff65 && code !== 0x2027) return false;
  const before = codeAt(text, i - 1);
  const after = codeAt(text, i + 1);
  return before >= 0x2e80 && after >= 0x2e80 && !isHangul(before) && !isHangul(after);
}

/**
 * "EE. UU.", as Spanish style guides write Estados Unidos: a doubled capital at [start, end), a period and a
 * space, then another doubled capital and its period. That period neither ends a sentence nor breaks the name.
 */
function spacedDoubledPair(text: string, start: number, end: number): boolean {
  return (
    isDoubledCapital(text, start) &&
    codeAt(text, end) === 46 &&
    isSpace(codeAt(text, end + 1)) &&
    isDoubledCapital(text, end + 2) &&
    codeAt(text, end + 4) === 46
  );
}

/** The longest top-level domain read as part of a site's name ("ru", "com", "news"). */
const MAX_DOMAIN = 4;

/**
 * The period at i joins a word to a domain written right after it, in lower case or as a site writes its own
 * ("Lenta.ru", "Газета.Ru", "Politico.eu", "Фонтанка.ру"): a letter before it, and after it two to four Latin or
 * Cyrillic letters (the Russian press writes ".ру", ".рф"), only the first of them possibly a capital, ending the word.
 */
function domainDot(text: string, i: number): boolean {
  if ((classOf(codeAt(text, i - 1)) & 7) !== C_LETTER) return false;
  let k = i + 1;
  for (; k < text.length && k - i - 1 <= MAX_DOMAIN; k++) {
    const c = text.charCodeAt(k);
    const lower = (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f);
    const upperFirst = k === i + 1 && ((c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f));
    if (!lower && !upperFirst) break;
  }
  const length = k - i - 1;
  return length >= 2 && length <= MAX_DOMAIN && (classOf(codeAt(text, k)) & 7) !== C_LETTER;
}

/**
 * A short capitalized word's period at `i` with a lower-case word after it: an abbreviation inside a phrase
 * ("Solar Energy Corp. of India", "Apple Inc. said"), not a sentence's end, since no sentence opens in lower case.
 */
function abbreviationInPhrase(text: string, i: number): boolean {
  return codeAt(text, i) === 46 && isSpace(codeAt(text, i + 1)) && (classOf(codeAt(text, i + 2)) & F_LOWER) !== 0;
}

/**
 * Tokenizes `text` into `out` (reused between calls). Gap flags describe the characters between a token
 * and the previous one; a blank line (two newlines) is a block break.
 */
export function tokenize(text: string, out: Tokens = createTokens()): Tokens {
  let n = 0;
  const len = text.length;
  let i = 0;
  // Gap state since the previous token.
  let gapSentenceEnd = true;
  let gapNewlines = 2;
  let gapOnlyJoin = false; // only spaces/hyphens/apostrophes/acronym periods
  let gapHyphen = false;
  let gapComma = false;
  let gapOther = false;
  let gapBracket = false;
  // A closing bracket then a dash: the end of a dateline's credit ("Luanda (Lusa) – O Tribunal…").
  let gapCredit = false;
  let prevDotted = false;

  while (i < len) {
    const code = text.charCodeAt(i);
    // A plain space changes nothing in the gap state (see the end of the loop): the commonest character,
    // skipped first.
    if (code === 32) {
      i++;
      continue;
    }
    let cls = CLASSES[code]!;
    if (cls === 0) cls = classOf(code);
    const kind = cls & 7;
    if (kind === C_LETTER || kind === C_CJK) {
      if (n === out.start.length) grow(out);
      const start = i;
      let hash = FNV_OFFSET;
      let raw = RAW_SEED;
      let flags = 0;
      // The class bits of every letter, OR-ed: upper, lower, digit. Cheaper per character than counting.
      let seen = 0;
      let letters = 0;
      let dotted = false;
      if (kind === C_CJK) {
        hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
        raw = Math.imul(raw ^ code, RAW_PRIME);
        flags |= T_CJK;
        i++;
      } else {
        flags |= scriptFlag(code);
        const kana = kanaOf(code);
        for (; i < len; i++) {
          const c = text.charCodeAt(i);
          let k = CLASSES[c]!;
          if (k === 0) k = classOf(c);
          const kk = k & 7;
          // Japanese writes no spaces: a change between hiragana, katakana and other letters ends a word
          // ("ペルーのアルベルト" is "ペルー", "の", "アルベルト"; "NATOの" is "NATO", "の").
          if (c >= HIRAGANA_FIRST && kanaOf(c) !== kana && c !== PROLONGED_SOUND) break;
          if (kk === C_LETTER) {
            hash = Math.imul(hash ^ FOLDED[c]!, FNV_PRIME);
            letters++;
            seen |= k;
          } else if (kk === C_IGNORE || (c === 34 && hebrewQuote(text, i))) {
            // nothing to fold, but part of the word as written
          } else if (kk === C_PERIOD && isDottedAcronymStep(text, i)) {
            dotted = true;
          } else if (c === PLUS_SIGN && plusEndsWord(text, i)) {
            // "OPEC+", "ОПЕК+", "LGBT+": a plus written onto a word, ending it, is part of the name (OPEC+ is not OPEC).
            hash = Math.imul(hash ^ PLUS_SIGN, FNV_PRIME);
            raw = Math.imul(raw ^ c, RAW_PRIME);
            i++;
            break;
          } else break;
          raw = Math.imul(raw ^ c, RAW_PRIME);
        }
        // Keep the closing period of a dotted acronym in the token ("U.S." not "U.S").
        if (dotted && i < len && text.charCodeAt(i) === 46) {
          raw = Math.imul(raw ^ 46, RAW_PRIME);
          i++;
        }
        if (seen & F_DIGIT) flags |= T_HAS_DIGIT;
        if (seen & F_UPPER) {
          flags |= T_CASED;
          let first = classOf(text.charCodeAt(start));
          // A name may open with digits: "1Malaysia Development Berhad", "1MDB". Its first letter counts.
          for (let k = start + 1; first & F_DIGIT && k < i; k++) first = classOf(text.charCodeAt(k));
          if (first & F_UPPER) flags |= T_CAP_FIRST;
          if (!(seen & F_LOWER) && (letters >= 2 || dotted)) flags |= T_ALL_CAPS;
        } else if (seen & F_LOWER && !(classOf(text.charCodeAt(start)) & F_DIGIT)) {
          // Not an ordinal or a number with a unit ("3rd", "82nd", "1990s"): those have no case of their own, so
          // "the 3rd Assault Brigade" may open with one and "the 20th Central Committee" stays a name after one.
          flags |= T_CASED;
        }
        if (dotted) flags |= T_DOTTED;
      }
      if (gapNewlines >= 2 || n === 0) flags |= T_BLOCK_START | T_SENT_START;
      else if (gapSentenceEnd && !prevDotted) flags |= T_SENT_START;
      else if (gapNewlines === 1) flags |= T_SENT_START;
      else if (gapCredit && gapHyphen) flags |= T_SENT_START;
      if (n > 0 && gapOnlyJoin && !gapOther && gapNewlines === 0) flags |= T_JOINABLE;
      if (gapHyphen) flags |= T_AFTER_HYPHEN;
      if (gapComma) flags |= T_AFTER_COMMA;
      if (gapBracket && text.charCodeAt(start - 1) === OPEN_PAREN) flags |= T_AFTER_BRACKET;
      out.start[n] = start;
      out.end[n] = i;
      out.hash[n] = finishHash(hash);
      out.raw[n] = (raw ^ (i - start)) & HASH_MASK;
      out.flags[n] = flags;
      n++;
      // An initial ("S. Jaishankar", "Joseph R. Biden", Montsame's "U.Khurelsukh"): its period neither ends a
      // sentence nor breaks a name.
      const initial =
        letters === 1 &&
        (seen & F_UPPER) !== 0 &&
        i + 2 < len &&
        text.charCodeAt(i) === 46 &&
        ((isSpace(text.charCodeAt(i + 1)) && (classOf(text.charCodeAt(i + 2)) & F_UPPER) !== 0) ||
          ((classOf(text.charCodeAt(i + 1)) & F_UPPER) !== 0 && (classOf(text.charCodeAt(i + 2)) & F_LOWER) !== 0));
      // A lower-case one ("4 p.m. He told…", "e.g.") ends its sentence like any word: only "U.S." may go on a name.
      prevDotted =
        (dotted && (seen & F_UPPER) !== 0) ||
        initial ||
        (letters === 2 && spacedDoubledPair(text, start, i)) ||
        (letters <= 4 && (seen & F_UPPER) !== 0 && abbreviationInPhrase(text, i));
      // The period a lower-case dotted abbreviation keeps ("p.m.") may end the sentence as well.
      gapSentenceEnd = dotted && (seen & F_UPPER) === 0 && text.charCodeAt(i - 1) === 46;
      gapNewlines = 0;
      gapOnlyJoin = true;
      gapHyphen = false;
      gapComma = false;
      gapOther = gapSentenceEnd;
      gapBracket = false;
      gapCredit = false;
      // Possessive: ’s / 's directly after the token.
      if (i + 1 < len && (classOf(text.charCodeAt(i)) & 7) === C_APOS) {
        const s = text.charCodeAt(i + 1);
        const after = i + 2 < len ? classOf(text.charCodeAt(i + 2)) & 7 : 1;
        if ((s === 115 || s === 83) && after !== C_LETTER) out.flags[n - 1]! |= T_BEFORE_POSSESSIVE;
        // "Wilders' party": the apostrophe alone after a final s.
        const last = text.charCodeAt(i - 1);
        if ((last === 115 || last === 83) && (classOf(s) & 7) !== C_LETTER) out.flags[n - 1]! |= T_BEFORE_POSSESSIVE;
      }
      continue;
    }
    // A gap character.
    if (code === NEWLINE) gapNewlines++;
    else if (code === 46 && domainDot(text, i)) {
      // "Lenta.ru", "Газета.Ru", "Gazeta.pl": a site's name joins its domain, as a space would.
    } else if (isSentenceEnd(code)) {
      gapSentenceEnd = true;
      // A period right after a dotted acronym or an initial may still sit inside a name.
      if (!(code === 46 && prevDotted)) gapOther = true;
    } else if (kind === C_HYPHEN) {
      gapHyphen = true;
    } else if (
      kind === C_APOS ||
      kind === C_IGNORE ||
      isSpace(code) ||
      code === SLASH ||
      code === AMPERSAND ||
      code === PLUS_SIGN ||
      eastAsianNameDot(text, i)
    ) {
      // A slash or an ampersand joins the parts of some names: "RFE/RL", "CDU/CSU", "Bündnis 90/Die Grünen",
      // "S&D", "Mail & Guardian"; so does a plus ("LGBT+ Rights Ghana"); a middle dot those of a foreign name in
      // Chinese and Japanese ("唐纳德·特朗普", "アルベルト・フジモリ").
      // joinable
    } else if (
      code === OPEN_PAREN &&
      n > 0 &&
      out.end[n - 1] === i &&
      (classOf(codeAt(text, i + 1)) & 7) === C_LETTER
    ) {
      // A bracket inside a word is part of the name: "CPI(M)", "JD(U)", India's parties.
    } else if (code === OPEN_PAREN) {
      // After a space, the bracket does not join (a name followed by a bracketed word is not a longer name),
      // but an alias may go on through it (T_AFTER_BRACKET).
      gapBracket = !gapOther && gapNewlines === 0;
      gapOther = true;
    } else {
      // The Arabic script's comma ("،") separates as the Latin one does.
      if (code === COMMA || code === ARABIC_COMMA) gapComma = true;
      if (code === CLOSE_PAREN) gapCredit = true;
      gapOther = true;
    }
    i++;
  }
  out.count = n;
  return out;
}

/** Hash of a folded string exactly as `tokenize` hashes a token. */
export function hashFolded(folded: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), FNV_PRIME);
  return finishHash(hash);
}

/**
 * A set of words' hashes as `tokenize` hashes tokens, each folded first, so a list is written as the language
 * writes it ("bakanlığı", "comité") and matches with or without diacritics. A string is split at whitespace.
 */
export function hashWords(words: string | readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const w of typeof words === 'string' ? words.split(/\s+/) : words) {
    const folded = foldTokens(w).at(-1);
    if (folded) out.add(hashFolded(folded));
  }
  return out;
}

/** Token j is the "s" of a possessive "'s" (a token of its own: "Kenya's" is "Kenya", "s"). */
export function isPossessiveS(t: Tokens, j: number): boolean {
  return j >= 1 && t.end[j]! - t.start[j]! === 1 && (t.flags[j - 1]! & T_BEFORE_POSSESSIVE) !== 0;
}

/** Token i follows a possessive "'s" ("Kenya's parliament"). */
export function afterPossessive(t: Tokens, i: number): boolean {
  return i >= 2 && isPossessiveS(t, i - 1);
}
