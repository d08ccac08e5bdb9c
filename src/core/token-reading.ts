/**
 * How each token of a page is read against an index: its dictionary word, the names it opens, its reading after a
 * clitic, its genitive; and which language the text is in. Pure functions of the matcher's state (the Matcher passed
 * first); matcher.ts runs them in order.
 */
import {
  ARABIC_ARTICLE,
  HEBREW_ARTICLE,
  HEBREW_WITH_ARTICLE,
  arabicSplits,
  hebrewSplits,
  startsWithArticle,
} from './clitics';
import { kanaOf } from './fold';
import { isHangul, koreanParticleLengths } from './korean';
import { finnishStem, lookupPart, turkishStem } from './match-helpers';
import { W_FINNISH, W_GERMAN, W_ITALIAN, W_NORDIC, W_SPANISH, W_STOPWORD, W_TURKISH } from './index-flags';
import { type MatchIndex } from './match-index';
import {
  ENGLISH_JUDGED_WORDS,
  ENGLISH_MIN_SHARE,
  LANGUAGE_JUDGED_WORDS,
  LANGUAGE_MIN_SHARE,
  LANGUAGE_MIN_WORDS,
  MIN_TOKEN_CAPACITY,
  NORDIC_LANGUAGES,
} from './match-words';
import type { Matcher } from './matcher';
import { T_ALL_CAPS, T_ARABIC, T_CAP_FIRST, T_CASED, T_CJK, T_HAS_DIGIT, T_HEBREW, type Tokens } from './tokenize';

/** Resolves every token to a dictionary id in each index (and a clitic-stripped id when not found). */
export function lookupTokens(matcher: Matcher, text: string, t: Tokens): void {
  const n = t.count;
  if (matcher.cliticSkip.length < n) {
    // Room for a page twice as long: growing again would also throw the compiled loop away (a branch it
    // has never taken), making the next page slow.
    const cap = Math.max(2 * n, MIN_TOKEN_CAPACITY);
    matcher.tokenIds = matcher.indexes.map(() => new Int32Array(cap));
    matcher.rootNodes = matcher.indexes.map(() => new Int32Array(cap));
    matcher.cliticIds = matcher.indexes.map(() => new Int32Array(cap));
    matcher.genitiveIds = matcher.indexes.map(() => new Int32Array(cap));
    matcher.suffixTrim = new Uint8Array(cap);
    matcher.cliticSkip = new Uint8Array(cap);
    matcher.tokenWords = new Uint32Array(cap);
  }
  const cliticSkip = matcher.cliticSkip.fill(0, 0, n);
  const words = matcher.tokenWords.fill(0, 0, n);
  // The scan's stamp in lowerSeen: 1–255, the table cleared when it wraps (a byte a word keeps it small).
  matcher.scan = (matcher.scan % 255) + 1;
  if (matcher.lowerSeen.length !== matcher.indexes.length)
    matcher.lowerSeen = matcher.indexes.map((index) => new Uint8Array(index.tokenCount));
  if (matcher.scan === 1) for (const seen of matcher.lowerSeen) seen.fill(0);
  const scan = matcher.scan;
  // Arrays read into locals: the first page runs before the JIT has compiled this loop, and there every
  // property read costs.
  const { hash: hashes, raw: raws, flags } = t;
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    const tokFlags = index.tokFlags;
    const cache = matcher.wordCaches[k]!;
    const ids = matcher.tokenIds[k]!;
    const roots = matcher.rootNodes[k]!;
    const clitic = matcher.cliticIds[k]!;
    const lowerSeen = matcher.lowerSeen[k]!;
    for (let i = 0; i < n; i++) {
      const hash = hashes[i]!;
      const raw = raws[i]!;
      // A word read before, on this page or an earlier one ("the", "Putin" …), is read the same way again.
      let word = cache.read(hash, raw, i, ids, roots, clitic, cliticSkip);
      if (word < 0) {
        readWord(matcher, text, t, index, k, i);
        word = ids[i]! >= 0 ? tokFlags[ids[i]!]! : 0;
        cache.store(hash, raw, ids[i]!, roots[i]!, clitic[i]!, cliticSkip[i]!, word);
      }
      if (word) words[i]! |= word;
      // Written in lower case here: at a sentence start elsewhere, the same word is likely a word too.
      if ((flags[i]! & (T_CASED | T_CAP_FIRST)) === T_CASED && ids[i]! >= 0) lowerSeen[ids[i]!] = scan;
    }
  }
  readLanguage(matcher, t);
  lookupGenitives(matcher, text, t);
}

/** Reads token i in index k: its dictionary id, its trie node as a first word, its reading after a clitic. */
export function readWord(matcher: Matcher, text: string, t: Tokens, index: MatchIndex, k: number, i: number): void {
  const ids = matcher.tokenIds[k]!;
  const clitic = matcher.cliticIds[k]!;
  const start = t.start[i]!;
  const end = t.end[i]!;
  const id = index.lookup(text, start, end, t.hash[i]!);
  ids[i] = id;
  matcher.rootNodes[k]![i] = id >= 0 ? index.child(0, id) : -1;
  clitic[i] = -1;
  // Even a token found as written may also be a clitic + a name: "للأمم" is a word of a longer alias
  // ("الجمعية العامة للأمم المتحدة") and also ل + "الأمم".
  if (!(t.flags[i]! & (T_ARABIC | T_HEBREW))) return;
  const splits = matcher.splits;
  const count =
    t.flags[i]! & T_ARABIC ? arabicSplits(text, start, end, splits) : hebrewSplits(text, start, end, splits);
  // Longest prefix first, but a split that leaves a whole name beats one that leaves only a word of a
  // longer name: "والجزائر" is و + "الجزائر" (Algeria), not وال + "جزائر" (of "جزائر القمر", Comoros); and one
  // that leaves a name's first word beats one that leaves a word no name opens with: "والولايات المتحدة" is
  // و + "الولايات" (of "الولايات المتحدة"), not وال + "ولايات".
  let best = -1;
  for (let q = 0; q < count; q++) {
    const skip = splits.skip[q]!;
    const article = splits.article[q]!;
    const part = lookupPart(
      index,
      text,
      start + skip,
      end,
      article === HEBREW_WITH_ARTICLE ? HEBREW_ARTICLE : article ? ARABIC_ARTICLE : '',
    );
    if (part < 0) continue;
    const node = index.child(0, part);
    const rank = node < 0 ? 0 : index.hasTerms(node) ? 2 : 1;
    // Of two that open names, the one that keeps the article: Arabic names are written with it ("للقوات" is
    // ل + "القوات", the article's alif dropped, not لل + "قوات").
    const keepsArticle =
      rank === 1 && rank === best && (splits.article[q] === 1 || startsWithArticle(text, start + skip, end));
    if (rank > best || keepsArticle) {
      best = rank;
      clitic[i] = part;
      matcher.cliticSkip[i] = skip;
    }
    if (rank === 2) break;
  }
}

/**
 * Whether the text is German, Italian, Scandinavian, Finnish, Turkish or Spanish: enough of the language's
 * function words ("und", "nicht"; "della", "anche"; "için"; "según"), as a count and as a share of the cased words.
 */
export function readLanguage(matcher: Matcher, t: Tokens): void {
  let german = 0;
  let italian = 0;
  let nordic = 0;
  let finnish = 0;
  let turkish = 0;
  let spanish = 0;
  let english = 0;
  let words = 0;
  let korean = false;
  let japanese = false;
  let arabic = false;
  let hebrew = false;
  let han = false;
  for (let i = 0; i < t.count; i++) {
    const flags = t.flags[i]!;
    if (!(flags & T_CASED)) {
      const code = matcher.text.charCodeAt(t.start[i]!);
      korean ||= isHangul(code);
      japanese ||= kanaOf(code) !== 0;
      arabic ||= (flags & T_ARABIC) !== 0;
      hebrew ||= (flags & T_HEBREW) !== 0;
      han ||= (flags & T_CJK) !== 0;
      continue;
    }
    words++;
    const w = matcher.tokenWords[i]!;
    if (w & W_GERMAN) german++;
    if (w & W_ITALIAN) italian++;
    if (w & W_NORDIC) nordic++;
    if (w & W_FINNISH) finnish++;
    if (w & W_TURKISH) turkish++;
    if (w & W_SPANISH) spanish++;
    if (w & W_STOPWORD) english++;
  }
  // Told by its function words, or declared and not belied by a text long enough to show its language.
  const lang = matcher.declaredLang;
  const judged = words >= LANGUAGE_JUDGED_WORDS;
  const reads = (count: number, declared: boolean) =>
    (count >= LANGUAGE_MIN_WORDS && count >= words * LANGUAGE_MIN_SHARE) ||
    (declared && (!judged || count >= LANGUAGE_MIN_WORDS));
  matcher.german = reads(german, lang === 'de');
  matcher.italian = reads(italian, lang === 'it');
  matcher.nordic = reads(nordic, NORDIC_LANGUAGES.has(lang));
  matcher.finnish = reads(finnish, lang === 'fi');
  matcher.turkish = reads(turkish, lang === 'tr');
  matcher.spanish = reads(spanish, lang === 'es');
  // English's commonest words are a quarter to two fifths of its cased words, and one in ten at most of another
  // language's ("a", "in", "no", "do" are theirs too). Too short a text to tell is read as it declares itself.
  matcher.foreignLatin =
    words >= ENGLISH_JUDGED_WORDS ? english < words * ENGLISH_MIN_SHARE : lang !== '' && lang !== 'en';
  matcher.korean = korean;
  matcher.japanese = japanese;
  matcher.arabicScript = arabic;
  matcher.hebrew = hebrew;
  matcher.han = han;
}

/**
 * In a German text, a capitalized word ending in -s or -es may be a name in the genitive ("Putins Rede",
 * "Donald Trumps Zölle", "des Bundestages"), and in a Scandinavian one ending in -s ("Putins tal",
 * "Sveriges regering"): its id without the ending, for a name to end on. Elsewhere "Trumps" is a family and
 * "Mays" another surname, so other languages get none.
 */
export function lookupGenitives(matcher: Matcher, text: string, t: Tokens): void {
  const n = t.count;
  const korean = matcher.korean;
  matcher.suffixed = matcher.german || matcher.nordic || matcher.finnish || matcher.turkish || korean;
  if (!matcher.suffixed) return; // genitiveIds are read only in German, Scandinavian, Finnish, Turkish and Korean text
  for (const g of matcher.genitiveIds) g.fill(-1, 0, n);
  matcher.suffixTrim.fill(0, 0, n);
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    const ids = matcher.tokenIds[k]!;
    const gen = matcher.genitiveIds[k]!;
    // A name as written is not a genitive of another ("Hamas" is not Hama's), nor a stem with a particle.
    const isName = (id: number) => id >= 0 && index.hasTerms(index.child(0, id));
    for (let i = 0; i < n; i++) {
      const f = t.flags[i]!;
      const start = t.start[i]!;
      const end = t.end[i]!;
      if (korean && isHangul(text.charCodeAt(start))) {
        if (isName(ids[i]!)) continue;
        // "헌법재판소가" → "헌법재판소": the longest particle that leaves a word the index knows.
        const count = koreanParticleLengths(text, start, end, matcher.particleLengths);
        for (let q = 0; q < count; q++) {
          const id = lookupPart(index, text, start, end - matcher.particleLengths[q]!);
          if (id < 0) continue;
          gen[i] = id;
          matcher.suffixTrim[i] = matcher.particleLengths[q]!;
          break;
        }
        continue;
      }
      if (!matcher.german && !matcher.nordic && !matcher.finnish && !matcher.turkish) continue;
      if (!(f & T_CAP_FIRST) || f & (T_ALL_CAPS | T_HAS_DIGIT) || end - start < 4) continue;
      if (matcher.finnish) {
        if (!isName(ids[i]!)) gen[i] = finnishStem(index, text, start, end);
        continue;
      }
      if (matcher.turkish) {
        if (!isName(ids[i]!)) gen[i] = turkishStem(index, text, start, end);
        continue;
      }
      if (isName(ids[i]!) || text.charCodeAt(end - 1) !== 0x73 /* s */) continue;
      // "Bundestags" → "Bundestag"; "Bundestages" → "Bundestag"; never "Lars" → "Lar" for a 3-letter stem.
      // Swedish, Danish and Norwegian add only -s, to the definite form too ("Moderaternas" → "Moderaterna").
      let id = lookupPart(index, text, start, end - 1);
      if (id < 0 && matcher.german && end - start >= 6 && text.charCodeAt(end - 2) === 0x65 /* e */)
        id = lookupPart(index, text, start, end - 2);
      gen[i] = id;
    }
  }
}
