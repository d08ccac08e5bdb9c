/**
 * Small pure helpers over tokens, text and the context that the matcher's rule modules share.
 */
import { C_APOS, C_CJK, C_IGNORE, classOf, codeAt, foldCode, foldSurface, hebrewQuote } from './fold';
import type { MatchIndex } from './match-index';
import type { Candidate, Context } from './match-types';
import {
  ALSO_HASH,
  AS_HASH,
  DOMINANT_MIN_ANCHORS,
  FINNISH_ENDINGS,
  KNOWN_HASH,
  MAX_ACRONYM_PART,
  MIN_WORD_AFTER_APOSTROPHE,
  REF_SHIFT,
  TURKISH_ENDINGS,
  TURKISH_POSSESSIVE_VOWELS,
} from './match-words';
import type { MatchOptions, Mention } from './matcher';
import {
  CLOSE_PAREN,
  FNV_OFFSET,
  FNV_PRIME,
  OPEN_PAREN,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BLOCK_START,
  T_CAP_FIRST,
  T_CASED,
  type Tokens,
  finishHash,
} from './tokenize';
import { LINKS } from './unknown-bodies';

export const ref = (index: number, entity: number) => index * (1 << REF_SHIFT) + entity;

export const refIndex = (r: number) => Math.floor(r / (1 << REF_SHIFT));

export const refEntity = (r: number) => r % (1 << REF_SHIFT);

/**
 * The country a document is mostly about: the one whose actors it names most often, counting every full
 * mention (a Russian-language story about Kazakhstan names more Russian bodies once each than Kazakh ones, but
 * names Kazakhstan and Tokayev again and again). It must have at least two of its actors named.
 */
export function dominant(mentions: ReadonlyMap<number, number>, actors: ReadonlyMap<number, number>): number {
  let best = -1;
  let bestCount = 0;
  let tie = false;
  // Of two named as often, the one with more of its actors named: Saudi Arabia, whose company, agency, paper,
  // princes and alliances a story on the attack on Aramco names, over the United States named as often.
  let bestActors = 0;
  for (const [country, count] of mentions) {
    const named = actors.get(country) ?? 0;
    if (count > bestCount || (count === bestCount && named > bestActors)) {
      best = country;
      bestCount = count;
      bestActors = named;
      tie = false;
    } else if (count === bestCount && named === bestActors) tie = true;
  }
  return best >= 0 && bestActors >= DOMINANT_MIN_ANCHORS && !tie ? best : -1;
}

/** Records a name that stands without context in its block, as support for ambiguous names there. */
export function addBlockAnchor(blockAnchors: Map<number, number[]>, block: number, c: Candidate): void {
  const list = blockAnchors.get(block);
  if (list) list.push(c.first, c.last);
  else blockAnchors.set(block, [c.first, c.last]);
}

/** The entities of `list` named in the document: `list` itself when all are (most often, one of one). */
export function inDoc(list: number[], doc: ReadonlySet<number>): number[] {
  let named = 0;
  for (let q = 0; q < list.length; q++) if (doc.has(list[q]!)) named++;
  if (named === list.length) return list;
  const out: number[] = [];
  for (let q = 0; named && q < list.length; q++) if (doc.has(list[q]!)) out.push(list[q]!);
  return out;
}

/** Of `entities`, the one with a full mention nearest before token `at` (else the first after it). */
export function nearestBefore(
  entities: readonly number[],
  at: number,
  anchorAt: ReadonlyMap<number, number[]>,
): number {
  let best = entities[0]!;
  let bestScore = -Infinity;
  for (const e of entities) {
    for (const pos of anchorAt.get(e) ?? []) {
      // Before `at`: the nearer the better; after it: always worse than any before.
      const score = pos < at ? pos : -1e9 - pos;
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
  }
  return best;
}

/**
 * An entity named in full starting at a token from `first` to `last` for which `test` holds, the nearest to
 * `first`, or -1. Read by token (anchorsFrom), not by walking every anchor of the document: asked for most
 * candidates, it was a tenth of a warm scan.
 */
export function anchoredBetween(ctx: Context, first: number, last: number, test: (e: number) => boolean): number {
  // Most short names have no name right after them: then the document's mentions need not be walked.
  for (let j = first; j <= last && j < ctx.knownStart.length; j++) {
    if (!ctx.knownStart[j]) continue;
    const entities = ctx.anchorsFrom.get(j);
    for (let q = 0; entities && q < entities.length; q++) if (test(entities[q]!)) return entities[q]!;
  }
  return -1;
}

/** The mention that holds offset `at`, in mentions sorted by start and not overlapping (binary search). */
export function mentionAt(mentions: readonly Mention[], at: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (at < m.start) hi = mid - 1;
    else if (at >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** "…, known as MIT", "…, also known as MIT": the token of the acronym after name token `last`, or -1. */
export function knownAsAt(text: string, t: Tokens, last: number): number {
  const j = last + (t.hash[last + 1] === ALSO_HASH ? 4 : 3);
  if (j >= t.count || t.hash[j - 2] !== KNOWN_HASH || t.hash[j - 1] !== AS_HASH) return -1;
  return /^,?\s+(?:also\s+)?known\s+as\s+$/.test(text.slice(t.end[last], t.start[j])) ? j : -1;
}

/** Whether `acronym` is the first letters of the capitalized words of tokens first–last. */
export function spellsInitials(text: string, t: Tokens, first: number, last: number, acronym: string): boolean {
  const initials = capitalInitials(text, t, first, last);
  if (initials.length < 2) return false;
  if (foldSurface(initials) === foldSurface(acronym)) return true;
  // "National Super Alliance (NASA)": the first letters of each capitalized word, one to MAX_ACRONYM_PART of
  // them, in order; a small word between them may give its first letter or none ("Department of Justice (DOJ)").
  const words: string[] = [];
  const optional: boolean[] = [];
  for (let j = first; j <= last; j++) {
    const small = !(t.flags[j]! & T_CAP_FIRST);
    if (small && !LINKS.has(t.hash[j]!)) continue;
    words.push(foldSurface(text.slice(t.start[j], t.end[j])));
    optional.push(small);
  }
  return spellsPrefixes(words, optional, 0, foldSurface(acronym), 0);
}

/**
 * `acronym` from `at` is made of one to MAX_ACRONYM_PART first letters of each of words[w…], in order; an
 * optional word gives its first letter or nothing.
 */
export function spellsPrefixes(
  words: readonly string[],
  optional: readonly boolean[],
  w: number,
  acronym: string,
  at: number,
): boolean {
  if (w === words.length) return at === acronym.length;
  const word = words[w]!;
  if (optional[w]) {
    if (spellsPrefixes(words, optional, w + 1, acronym, at)) return true;
    return at < acronym.length && word[0] === acronym[at] && spellsPrefixes(words, optional, w + 1, acronym, at + 1);
  }
  for (let k = 1; k <= MAX_ACRONYM_PART && k <= word.length && at + k <= acronym.length; k++) {
    if (word[k - 1] !== acronym[at + k - 1]) return false;
    if (spellsPrefixes(words, optional, w + 1, acronym, at + k)) return true;
  }
  return false;
}

/** Token i stands alone in brackets: "(PCA)". */
export function inBrackets(text: string, t: Tokens, i: number): boolean {
  return i > 0 && text.charCodeAt(t.start[i]! - 1) === OPEN_PAREN && text.charCodeAt(t.end[i]!) === CLOSE_PAREN;
}

/**
 * The lower-case words that end at token `last`, one for each letter of the acronym, spell it: "prompt corrective
 * action" for PCA, "non-governmental organisation" for NGO. A short function word between them may be spelled or
 * not ("freedom of information" for FOI, "weapons of mass destruction" for WMD): the small words an acronym
 * skips in a body's name too (unknown-bodies' LINKS).
 */
export function lowerWordsSpell(text: string, t: Tokens, last: number, acronym: string): boolean {
  const spells = (j: number, k: number): boolean => {
    if (k < 0) return true;
    if (j < 0 || (t.flags[j]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
    if (foldCode(text.charCodeAt(t.start[j]!)) === foldCode(acronym.charCodeAt(k)) && spells(j - 1, k - 1)) return true;
    return k < acronym.length - 1 && LINKS.has(t.hash[j]!) && spells(j - 1, k);
  };
  return acronym.length >= 2 && spells(last, acronym.length - 1);
}

/** The first letters of the capitalized words among tokens `first`–`last`. */
export function capitalInitials(text: string, t: Tokens, first: number, last: number): string {
  let initials = '';
  for (let j = first; j <= last; j++) if (t.flags[j]! & T_CAP_FIRST) initials += text.charAt(t.start[j]!);
  return initials;
}

/**
 * The letters of the acronym text[start, end) are, but for one, the initials of the capitalized words of tokens
 * `first`–`last` in any order: a translated name's native acronym ("National Electoral Council" → CNE).
 */
export function initialsShuffled(
  text: string,
  t: Tokens,
  first: number,
  last: number,
  start: number,
  end: number,
): boolean {
  const length = end - start;
  if (length < 2 || length > 6 || last === first) return false;
  const initials = [...capitalInitials(text, t, first, last)].map((c) => foldCode(c.charCodeAt(0)));
  let found = 0;
  for (let i = start; i < end; i++) {
    const at = initials.indexOf(foldCode(text.charCodeAt(i)));
    if (at < 0) continue;
    initials[at] = -1;
    found++;
  }
  return found >= 2 && found >= length - 1;
}

/**
 * Token j ends at an apostrophe inside a longer word, as a transliteration writes one ("Ri'ayatuddin"): it is no
 * surname of its own ("Ri" is not Ri Song-hak). The rest must be a long word: Turkish writes a name's endings after
 * an apostrophe ("Putin'in", "Erdoğan'ın"), and English its possessive.
 */
export function apostropheInWord(text: string, t: Tokens, j: number): boolean {
  const next = j + 1;
  return (
    next < t.count &&
    t.start[next] === t.end[j]! + 1 &&
    (classOf(text.charCodeAt(t.end[j]!)) & 7) === C_APOS &&
    t.end[next]! - t.start[next] >= MIN_WORD_AFTER_APOSTROPHE &&
    (t.flags[next]! & (T_CASED | T_CAP_FIRST)) === T_CASED
  );
}

/** The katakana middle dot at `i` between two kanji: "松野博一・前官房長官", a name then its office. */
export function kanjiApposition(text: string, i: number): boolean {
  const han = (code: number) => (classOf(code) & 7) === C_CJK;
  return text.charCodeAt(i) === 0x30fb && han(codeAt(text, i - 1)) && han(codeAt(text, i + 1));
}

export function parseYear(date: string | undefined): number {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 0 ? y : new Date().getUTCFullYear();
}

export function isTitlecase(t: Tokens, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const f = t.flags[j]!;
    if (f & T_CASED && (!(f & T_CAP_FIRST) || f & T_ALL_CAPS)) return false;
  }
  return true;
}

/** An all-caps word right before or after: a shouted headline, where "US" may just be "us". */
export function inAllCapsRun(t: Tokens, first: number, last: number): boolean {
  const caps = (j: number) =>
    j >= 0 && j < t.count && (t.flags[j]! & (T_ALL_CAPS | T_CASED)) === (T_ALL_CAPS | T_CASED);
  // "the EU-US deal", "UK-US talks": two acronyms joined by a hyphen are a pair, not a shout; look past the other.
  let prev = first - 1;
  if (t.flags[first]! & T_AFTER_HYPHEN && caps(prev) && !(t.flags[prev]! & T_BLOCK_START)) prev--;
  let next = last + 1;
  if (next < t.count && t.flags[next]! & T_AFTER_HYPHEN && caps(next)) next++;
  return (
    (prev >= 0 && !(t.flags[prev + 1]! & T_BLOCK_START) && caps(prev)) ||
    (next < t.count && !(t.flags[next]! & T_BLOCK_START) && caps(next))
  );
}

/**
 * The index's word for a capitalized Finnish word without its case ending, or -1: "Putinille" → "Putin",
 * "Orpon" → "Orpo", "Suomen" → "Suomi" (a final -i turns to -e- before an ending). The stem keeps three letters.
 */
export function finnishStem(index: MatchIndex, text: string, start: number, end: number): number {
  for (const ending of FINNISH_ENDINGS) {
    const stop = end - ending.length;
    if (stop - start < 3 || !text.endsWith(ending, end)) continue;
    let id = lookupPart(index, text, start, stop);
    const last = text.charCodeAt(stop - 1);
    if (id < 0 && last === 0x69 /* i */ && stop - 1 - start >= 3) id = lookupPart(index, text, start, stop - 1);
    if (id < 0 && last === 0x65 /* e */) {
      const word = `${text.slice(start, stop - 1)}i`;
      id = lookupPart(index, word, 0, word.length);
    }
    if (id >= 0) return id;
  }
  return -1;
}

/**
 * The index's word for a capitalized Turkish word without the case ending after its possessive, or -1:
 * "Bakanlığına" → "Bakanlığı", "Mahkemesinin" → "Mahkemesi". The stem keeps three letters and ends in the vowel.
 */
export function turkishStem(index: MatchIndex, text: string, start: number, end: number): number {
  for (const ending of TURKISH_ENDINGS) {
    const stop = end - ending.length;
    if (stop - start < 3 || !text.endsWith(ending, end)) continue;
    if (!TURKISH_POSSESSIVE_VOWELS.includes(text[stop - 1]!)) continue;
    const id = lookupPart(index, text, start, stop);
    if (id >= 0) return id;
  }
  return -1;
}

/** The token that starts at offset `start`, or -1 (binary search: tokens are in text order). */
export function tokenAt(t: Tokens, start: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = t.start[mid]!;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Whether two names, in two languages, share a word's first four letters, folded ("Democrática" and "Democratic";
 * "nationale" and "National"; y read as i: "Siria", "Syrian").
 */
export function sharesStem(a: string, b: string): boolean {
  const stems = (name: string) =>
    new Set(
      foldSurface(name)
        .replace(/y/g, 'i')
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4)
        .map((w) => w.slice(0, 4)),
    );
  const theirs = stems(b);
  for (const stem of stems(a)) if (theirs.has(stem)) return true;
  return false;
}

/** Whether the user muted the actor `id`, or the surface text[start, end) (MatchOptions). */
export function isMuted(text: string, start: number, end: number, id: string, options: MatchOptions): boolean {
  if (options.mutedIds?.has(id)) return true;
  return !!options.mutedSurfaces?.size && options.mutedSurfaces.has(foldSurface(text.slice(start, end)));
}

/** Every order of the letters of `word`, each once. */
export function letterOrders(word: string): Set<string> {
  if (word.length <= 1) return new Set([word]);
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++)
    for (const rest of letterOrders(word.slice(0, i) + word.slice(i + 1))) out.add(word[i]! + rest);
  return out;
}

/** The dictionary id of part of a token (a clitic or an ending cut off), with `prefix` put before it. */
export function lookupPart(index: MatchIndex, text: string, start: number, end: number, prefix = ''): number {
  return index.lookup(text, start, end, hashRange(text, start, end, prefix), prefix);
}

/**
 * The country of the name in `ctx.countrySpans` that starts (`side` 0) or ends (`side` 1) at token `token`, or -1.
 */
export function countrySpanAt(ctx: Context, token: number, side: 0 | 1): number {
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3) if (spans[q + side] === token) return spans[q + 2]!;
  return -1;
}

export function hashRange(text: string, start: number, end: number, prefix: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) hash = Math.imul(hash ^ prefix.charCodeAt(i), FNV_PRIME);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // As the tokenizer hashes a word: without the marks it ignores, nor the gershayim of a Hebrew acronym ("צה\"ל"
    // in "בצה\"ל").
    if ((classOf(code) & 7) === C_IGNORE || (code === 34 && hebrewQuote(text, i))) continue;
    hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
  }
  return finishHash(hash);
}

/** The index of the first mention of `found` (sorted, its mentions apart) that ends after `at`; found.length if none. */
export function firstEndingAfter(found: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
