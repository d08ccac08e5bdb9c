/**
 * Pass 1 of the matcher: every trie path from every token, each end of a name made a candidate. Pure functions of the
 * matcher's state (the Matcher passed first); matcher.ts runs them in order.
 */
import { casedMask, institutionalTail } from './candidate-case';
import { HEBREW_ARTICLE, swallowsArticle } from './clitics';
import { inAllCapsRun, isTitlecase, lookupPart, ref } from './match-helpers';
import {
  A_ACRONYM,
  A_AMBIGUOUS,
  A_EXACT,
  A_LOWER_SHIFT,
  A_STANDALONE,
  A_SURNAME,
  A_TITLECASE_OK,
  A_WORDLIKE,
  W_ARTICLE,
  W_GENERIC,
  W_GIVEN_NAME,
  W_LOWER_EXACT,
  W_PARTICLE,
} from './index-flags';
import { type MatchIndex } from './match-index';
import { type Candidate, Level, NO_RANKING, NO_REFS, NO_WEAKER } from './match-types';
import { CLOSE_QUOTES, MAX_ALIAS_TOKENS, NOT_CASED } from './match-words';
import type { Matcher } from './matcher';
import { afterOwner, theMinistry, theParliament } from './own-bodies';
import {
  CLOSE_PAREN,
  COMMA,
  OPEN_PAREN,
  OPEN_QUOTES,
  T_AFTER_BRACKET,
  T_AFTER_COMMA,
  T_ALL_CAPS,
  T_CAP_FIRST,
  T_CASED,
  T_CYRILLIC,
  T_HAS_DIGIT,
  T_HEBREW,
  T_JOINABLE,
  T_SENT_START,
  type Tokens,
} from './tokenize';
import { seenLower } from './word-vetoes';

/** The accepted candidates of one token, by token. */
export function singleTokenCandidates(accepted: readonly Candidate[]): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.first === c.last && (!out.has(c.first) || c.level < out.get(c.first)!.level)) out.set(c.first, c);
  }
  return out;
}

/**
 * In Italian, an acronym written as a word ("l'Onu", "la Bce"): not opening a sentence, where a capital says
 * nothing, nor a given name or part of a longer name ("la ministra Ana Palacio" is no ANA, Afghanistan's army).
 */
export function italianAcronym(matcher: Matcher, t: Tokens, first: number, last: number): boolean {
  if (t.flags[first]! & T_SENT_START || matcher.tokenWords[first]! & W_GIVEN_NAME) return false;
  const capitalJoined = (j: number) => (t.flags[j]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE);
  return (
    !(first > 0 && t.flags[first]! & T_JOINABLE && t.flags[first - 1]! & T_CAP_FIRST) &&
    !(last + 1 < t.count && capitalJoined(last + 1))
  );
}

/** Pass 1: every trie path from every token, with terms filtered by case. */
export function collect(matcher: Matcher, text: string, t: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const n = t.count;
  const suffixed = matcher.suffixed;
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    const roots = matcher.rootNodes[k]!;
    const clitic = matcher.cliticIds[k]!;
    const genitive = matcher.genitiveIds[k]!;
    for (let i = 0; i < n; i++) {
      if (roots[i]! >= 0 && mayStartName(matcher, t, i)) walk(matcher, text, t, index, k, i, roots[i]!, 0, out);
      if (clitic[i]! >= 0) {
        const found = out.length;
        walk(matcher, text, t, index, k, i, index.child(0, clitic[i]!), matcher.cliticSkip[i]!, out);
        if (out.length === found && t.flags[i]! & T_HEBREW)
          walkWithArticle(matcher, text, t, index, k, i, clitic[i]!, out);
      }
      if (suffixed && genitive[i]! >= 0) genitiveEnd(matcher, text, t, index, k, i, i, 0, out);
    }
  }
  return out;
}

/**
 * A Hebrew word keeps one reading after its prefix (readWord), and where both the bare word and the word with the
 * swallowed article open names, the bare one: "בבית" is read as ב + "בית" (of "בית המשפט העליון"). When no name
 * follows that reading, the other is tried: "בבית היהודי" is ב + "הבית היהודי", the Jewish Home.
 */
export function walkWithArticle(
  matcher: Matcher,
  text: string,
  t: Tokens,
  index: MatchIndex,
  k: number,
  i: number,
  reading: number,
  out: Candidate[],
): void {
  const skip = matcher.cliticSkip[i]!;
  const start = t.start[i]! + skip;
  if (!swallowsArticle(text.charAt(start - 1))) return;
  const part = lookupPart(index, text, start, t.end[i]!, HEBREW_ARTICLE);
  if (part < 0 || part === reading) return;
  const node = index.child(0, part);
  if (node >= 0) walk(matcher, text, t, index, k, i, node, skip, out);
}

/**
 * Whether a name can start at token i as written: a word in lower case in a cased script starts one only
 * as a particle ("al-Qaeda", "von der Leyen"), an institutional noun ("ministère des Affaires étrangères")
 * or an exact-case alias written so ("dpa"). casedMask and the exact-case check would reject every other
 * such start; skipping it saves following the trie from "the", "of" and "in" into thousands of names.
 */
export function mayStartName(matcher: Matcher, t: Tokens, i: number): boolean {
  return (
    (t.flags[i]! & (T_CASED | T_CAP_FIRST)) !== T_CASED ||
    (matcher.tokenWords[i]! & (W_ARTICLE | W_PARTICLE | W_GENERIC | W_LOWER_EXACT)) !== 0 ||
    afterOwner(matcher, t, i)
  );
}

/** Follows the trie from token `i` (whose word is trie node `first`), adding a candidate at every node with terms. */
export function walk(
  matcher: Matcher,
  text: string,
  t: Tokens,
  index: MatchIndex,
  k: number,
  i: number,
  first: number,
  skip: number,
  out: Candidate[],
): void {
  const ids = matcher.tokenIds[k]!;
  const n = t.count;
  let node = first;
  // The tokens of a quoted nickname skipped inside the name, if any.
  let gapFrom = -1;
  let gapTo = -1;
  // The last token a quote may stand before: a nickname the alias itself writes ('Christopher "Bong" Go').
  let quotedTo = -1;
  // The token after a comma the name runs across (commaInName), or -1.
  let commaAt = -1;
  for (let j = i; node >= 0 && j < n && j - i < MAX_ALIAS_TOKENS;) {
    const termStart = index.nodeTermStart[node]!;
    const termEnd = index.nodeTermStart[node + 1]!;
    // Across a comma, at least two words more: "Economy, Trade and Industry", not a list's "Bosnia, Herzegovina".
    if (termEnd > termStart && (commaAt < 0 || j > commaAt)) {
      const c = candidate(matcher, text, t, index, k, i, j, skip, termStart, termEnd, false, gapFrom, gapTo);
      if (c) out.push(c);
    }
    j++;
    if (j >= n) break;
    // A break in the name, or a single quote that may open a nickname ("Mohamed 'Hemedti' Hamdan Dagalo") though it
    // leaves the words joined, as an apostrophe would.
    const joined = (t.flags[j]! & (T_JOINABLE | T_AFTER_BRACKET)) !== 0;
    if (j > quotedTo && (!joined || singleQuoteBefore(text, t, j))) {
      if (!joined && commaInName(text, t, j)) {
        commaAt = j;
        node = ids[j]! >= 0 ? index.child(node, ids[j]!) : -1;
        continue;
      }
      // A nickname in quotes inside the name: 'Ronald "Bato" dela Rosa', 'Christopher "Bong" Go'. The name
      // goes on after it, with or without the nickname among its words.
      const close = t.flags[j]! & T_CAP_FIRST ? nicknameEnd(text, t, j) : -1;
      const after = close >= 0 && ids[close + 1]! >= 0 ? index.child(node, ids[close + 1]!) : -1;
      if (after >= 0) {
        gapFrom = j;
        gapTo = close;
        j = close + 1;
        node = after;
        continue;
      }
      // Otherwise a break ends the name, and the trie walks on through a nickname's words as through any others; a
      // joined word after an apostrophe is read as any joined word.
      if (!joined) {
        if (close < 0) break;
        quotedTo = close + 1;
      }
    }
    if (matcher.suffixed && matcher.genitiveIds[k]![j]! >= 0) genitiveEnd(matcher, text, t, index, k, i, j, node, out);
    const next = ids[j]! >= 0 ? index.child(node, ids[j]!) : -1;
    // A middle initial the alias does not write: "Sergey V. Lavrov", "Mahmoud A. Abbas".
    if (next < 0 && j + 1 < n && isInitial(text, t, j) && t.flags[j + 1]! & T_JOINABLE && ids[j + 1]! >= 0) {
      const after = index.child(node, ids[j + 1]!);
      if (after >= 0) {
        j++;
        node = after;
        continue;
      }
    }
    node = next;
  }
}

/**
 * A comma and a space between two capitalized words, which a name may write: "Ministry of Economy, Trade and
 * Industry". The trie decides whether the name goes on (no alias runs across a list's commas).
 */
export function commaInName(text: string, t: Tokens, j: number): boolean {
  const f = t.flags[j]!;
  return (
    (f & (T_AFTER_COMMA | T_CAP_FIRST)) === (T_AFTER_COMMA | T_CAP_FIRST) &&
    (t.flags[j - 1]! & T_CAP_FIRST) !== 0 &&
    t.start[j]! - t.end[j - 1]! === 2 &&
    text.charCodeAt(t.end[j - 1]!) === COMMA
  );
}

/**
 * The last token of a quoted nickname of one to three words opening at token j (a space and an opening quote
 * before it, a closing quote and a space after it), or -1. The trie decides whether the name goes on.
 */
export function nicknameEnd(text: string, t: Tokens, j: number): number {
  const open = t.start[j]! - 1;
  if (j < 1 || open - 1 !== t.end[j - 1]! || text.charCodeAt(open - 1) !== 32) return -1;
  if (!OPEN_QUOTES.includes(text.charAt(open))) return -1;
  for (let m = j; m < t.count - 1 && m < j + 3; m++) {
    if (m > j && !(t.flags[m]! & T_JOINABLE)) return -1;
    const close = t.end[m]!;
    if (t.start[m + 1] === close + 2 && CLOSE_QUOTES.includes(text.charAt(close)) && text.charCodeAt(close + 1) === 32)
      return m;
  }
  return -1;
}

/** A straight or curly single quote right before token `j`, after a space. */
function singleQuoteBefore(text: string, t: Tokens, j: number): boolean {
  const q = text.charCodeAt(t.start[j]! - 1);
  return (q === 39 || q === 0x2018) && text.charCodeAt(t.start[j]! - 2) === 32;
}

/** A capital letter and a period: an initial ("V." of "Sergey V. Lavrov"). */
export function isInitial(text: string, t: Tokens, j: number): boolean {
  return t.end[j]! - t.start[j]! === 1 && (t.flags[j]! & T_CAP_FIRST) !== 0 && text.charCodeAt(t.end[j]!) === 46;
}

/** A name whose last word, token `last`, is in the genitive ("Donald Trumps"); `node` holds the words before. */
export function genitiveEnd(
  matcher: Matcher,
  text: string,
  t: Tokens,
  index: MatchIndex,
  k: number,
  first: number,
  last: number,
  node: number,
  out: Candidate[],
): void {
  const end = index.child(node, matcher.genitiveIds[k]![last]!);
  if (end < 0) return;
  const termStart = index.nodeTermStart[end]!;
  const termEnd = index.nodeTermStart[end + 1]!;
  if (termEnd === termStart) return;
  const c = candidate(matcher, text, t, index, k, first, last, 0, termStart, termEnd, true);
  if (c) out.push(c);
}

export function candidate(
  matcher: Matcher,
  text: string,
  t: Tokens,
  index: MatchIndex,
  k: number,
  first: number,
  last: number,
  skip: number,
  termStart: number,
  termEnd: number,
  genitive = false,
  gapFrom = -1,
  gapTo = -1,
): Candidate | undefined {
  const start = t.start[first]! + skip;
  // A Korean particle is no part of the name: "국회의" marks "국회".
  let end = t.end[last]! - (genitive ? matcher.suffixTrim[last]! : 0);
  // "CPI(M)": the bracket opened inside the name closes it.
  if (last > first && text.charCodeAt(t.start[last]! - 1) === OPEN_PAREN && text.charCodeAt(end) === CLOSE_PAREN) end++;
  const lowerWords = casedMask(matcher, t, index, k, first, last, gapFrom, gapTo);
  // A lower-case first word right after a country's possessive or demonym: "Kenya's parliament". Asked only
  // when a term fails the case check (most candidates pass it).
  let ownerBefore: boolean | undefined;
  let lowerAfterOwner = false;
  let lowerStory = false;
  // Each entity at the most certain level any of its terms reaches here (a node has few terms).
  // Scratch lists reused across calls: only the first `count` entries are this call's.
  const refs = matcher.scratchRefs;
  const levels = matcher.scratchLevels;
  const onlyInFull = matcher.scratchOnlyInFull;
  let count = 0;
  let anyOnlyInFull = false;
  let viaExact = false;
  let best: number = Level.Ambiguous + 1;
  // "a former IRA commander": three capitals or fewer amid mixed-case text are an acronym, not a place's or a
  // person's name folded from other letters ("Irã", Iran's Portuguese name, folds to "ira"). Asked once, for the
  // first such term.
  let shortCaps: boolean | undefined;
  for (let term = termStart; term < termEnd; term++) {
    const flags = index.termFlags[term]!;
    if (!(flags & (A_EXACT | A_ACRONYM))) {
      shortCaps ??=
        first === last &&
        (t.flags[first]! & (T_ALL_CAPS | T_HAS_DIGIT)) === T_ALL_CAPS &&
        t.end[first]! - t.start[first]! <= 3 &&
        !inAllCapsRun(t, first, last);
      if (shortCaps) {
        const e = ref(k, index.termEntity[term]!);
        if (matcher.isPlace(e) || matcher.isPerson(e)) continue;
      }
    }
    // This term is read from a name capitalized only at its first word (see below).
    let lowerTail = false;
    // Acronyms take no genitive -s as one word ("des BND"): "ANCs" is a plural, not a name.
    if (genitive && flags & (A_EXACT | A_ACRONYM)) continue;
    if (flags & A_EXACT) {
      const exact = index.exactMatches(term, text, start, end);
      // "Nato" for NATO; but "Dans" opening a French sentence is the word "dans" written elsewhere in lower
      // case, not DANS, Bulgaria's security agency.
      // The Italian press writes every acronym so ("l'Onu", "la Bce", "gli Usa"), though not opening a
      // sentence, where a capital says nothing.
      const titled =
        ((flags & A_TITLECASE_OK) !== 0 ||
          (matcher.italian && flags & A_ACRONYM && italianAcronym(matcher, t, first, last))) &&
        isTitlecase(t, first, last) &&
        // At a sentence's start, a word the text also writes in lower case is that word. Russian declines it
        // elsewhere ("ударом", "удара"), so its lower case is not seen as written: "Удар" ('a blow') is the word.
        !(
          first === last &&
          t.flags[first]! & T_SENT_START &&
          (t.flags[first]! & T_CYRILLIC || seenLower(matcher, k, first))
        );
      if (!exact && !titled) continue;
      if (flags & A_WORDLIKE && inAllCapsRun(t, first, last)) continue;
      viaExact = true;
    } else if (lowerWords === NOT_CASED || lowerWords & ~(flags >>> A_LOWER_SHIFT)) {
      // The Guardian's style: a body's name capitalized only at its first word ("the UN security council",
      // "the Labour party", "the European court of human rights"). Read as a shared name, which the story
      // must support; never a person's.
      if (
        lowerWords !== NOT_CASED &&
        last > first &&
        t.flags[first]! & T_CAP_FIRST &&
        !(flags & (A_SURNAME | A_EXACT)) &&
        !matcher.isPerson(ref(k, index.termEntity[term]!)) &&
        institutionalTail(matcher, t, first, last)
      ) {
        lowerTail = true;
      } else {
        // Only a short name (a surname-like term) of a body may be written so; people and full names may not.
        if ((flags & (A_SURNAME | A_STANDALONE)) !== A_SURNAME) continue;
        ownerBefore ??= (t.flags[first]! & (T_CASED | T_CAP_FIRST)) === T_CASED && afterOwner(matcher, t, first);
        if (ownerBefore) lowerAfterOwner = true;
        else if (theParliament(t, first, last) || theMinistry(matcher, t, first, last)) lowerStory = true;
        else continue;
      }
    }
    // A surname needs its person named in full (or an office title), even when it is also a common word
    // ("May"); only other names that are ambiguous fall back to support from the surrounding text.
    const level =
      flags & A_SURNAME
        ? flags & A_STANDALONE
          ? Level.Standalone
          : Level.Surname
        : flags & A_AMBIGUOUS || lowerTail
          ? Level.Ambiguous
          : Level.Anchor;
    const r = ref(k, index.termEntity[term]!);
    // A shared surname form ("Seselja", a Polish case of Šešelj's) names its person only once named in full.
    const inFull = level === Level.Surname && (flags & A_AMBIGUOUS) !== 0;
    let at = 0;
    while (at < count && refs[at] !== r) at++;
    if (at === count) {
      refs[count] = r;
      onlyInFull[count] = inFull;
      anyOnlyInFull ||= inFull;
      levels[count++] = level;
    } else {
      if (level < levels[at]!) levels[at] = level;
      if (!inFull) onlyInFull[at] = false;
    }
    if (level < best) best = level;
  }
  if (!count) return undefined;
  // A surface that is a full name of X and only a surname of Y names X; Y is kept in case X is rejected.
  // Most candidates name one entity at one level: no list of weaker readings is made for them.
  const entities: number[] = count === 1 ? [refs[0]!] : [];
  let weaker: Candidate['weaker'] = NO_WEAKER;
  for (let q = 0; count > 1 && q < count; q++) {
    const level = levels[q]!;
    if (level === best) {
      entities.push(refs[q]!);
      continue;
    }
    if (weaker === NO_WEAKER) weaker = [];
    let group = 0;
    while (group < weaker.length && weaker[group]!.level !== level) group++;
    if (group < weaker.length) weaker[group]!.entities.push(refs[q]!);
    else weaker.push({ level, entities: [refs[q]!] });
  }
  if (weaker.length > 1) weaker.sort((a, b) => a.level - b.level);
  const found: Candidate = {
    first,
    last,
    start,
    end,
    index: k,
    level: best as Level,
    viaExact,
    entities,
    weaker,
    chosen: -1,
    ranked: NO_RANKING,
    preferred: -1,
    genitive,
    lowerAfterOwner,
    lowerStory,
    onlyInFull: anyOnlyInFull ? refs.slice(0, count).filter((_, q) => onlyInFull[q]) : NO_REFS,
  };
  return found;
}
