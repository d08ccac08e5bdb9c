/**
 * Pass 2 of the matcher: what the document is about (its anchors, related entities, the dominant country), and the
 * ranking of entities that share a name. Pure functions of the matcher's state (the Matcher passed first); matcher.ts
 * runs them in order.
 */
import { insideLongerName } from './longer-names';
import { addBlockAnchor, ref, refEntity, refIndex } from './match-helpers';
import { KIND_CODES, W_COUNTER_CUE, W_CUE, W_DEMONYM, W_PARTICLE, W_STOPWORD } from './index-flags';
import { type Candidate, type Context, Level, type Related } from './match-types';
import {
  COUNTER_CUE_WINDOW,
  CUE_WINDOW,
  MIN_TOKEN_CAPACITY,
  TITLE_CASE_MAX_WORDS,
  TITLE_CASE_MIN_WORDS,
  TITLE_CASE_SHARE,
} from './match-words';
import type { Matcher } from './matcher';
import { officeBefore, recordHeads } from './offices';
import {
  PERIOD,
  T_BEFORE_POSSESSIVE,
  T_BLOCK_START,
  T_CAP_FIRST,
  T_CASED,
  T_SENT_START,
  type Tokens,
} from './tokenize';
import { flaggedWordNear, kindNounNear } from './word-vetoes';

/** Whether entity r was active (in office, or not yet dissolved) in the story's year; false without a date. */
export function activeAt(matcher: Matcher, r: number, year: number): boolean {
  const index = matcher.indexes[refIndex(r)]!;
  const to = index.entTo[refEntity(r)]!;
  return year > 0 && index.entFrom[refEntity(r)]! <= year && (to === 0 || to >= year);
}

/** A person whose last known office ended more than ten years before `year`. */
export function longGone(matcher: Matcher, r: number, year: number): boolean {
  const index = matcher.indexes[refIndex(r)]!;
  const to = index.entTo[refEntity(r)]!;
  return to > 0 && year - to > 10;
}

/**
 * A full name, in two words or more, of people of the past only: minor figures (prominence 2 or less) whose last office ended 40 years or more before the
 * story. Their full name in a story that names nothing of their country or their kin is likelier a namesake's: "Justice
 * Peter Fraser" of a 2024 story on the Post Office is the English judge, not New Zealand's prime minister of the 1940s.
 */
export function pastFiguresName(matcher: Matcher, c: Candidate, year: number): boolean {
  // In words: a one-word name (a surname, a name in hangul) is judged by the surname rules.
  if (c.first === c.last) return false;
  const entities = c.entities;
  for (let q = 0; q < entities.length; q++) {
    const r = entities[q]!;
    const to = matcher.indexes[refIndex(r)]!.entTo[refEntity(r)]!;
    if (
      !matcher.isPerson(r) ||
      matcher.prominence(r) > PAST_FIGURE_MAX_PROMINENCE ||
      !(to > 0 && year - to >= PAST_FIGURE_YEARS)
    )
      return false;
  }
  return entities.length > 0;
}

const PAST_FIGURE_MAX_PROMINENCE = 2;
const PAST_FIGURE_YEARS = 40;

/** Two people linked in the knowledge base (a spouse, a child, a sibling…). */
export function relatives(matcher: Matcher, a: number, b: number): boolean {
  if (a === b || refIndex(a) !== refIndex(b) || !matcher.isPerson(a) || !matcher.isPerson(b)) return false;
  const index = matcher.indexes[refIndex(a)]!;
  // Either may hold the relation: "Nadine Menendez, spouse of Bob Menendez" is written on hers only.
  return index.relates(refEntity(a), refEntity(b)) || index.relates(refEntity(b), refEntity(a));
}

/** Support for an ambiguous name: another actor in the same block, or a cue word near it, and no counter-cue. */
export function supported(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  const block = ctx.blocks[c.first]!;
  // Counter-cues ("county", "Republicans", "recipe") point a place name elsewhere ("Georgia Republicans" are
  // the US state's); they say nothing against a party, which may itself be one ("Republicans").
  if (matcher.isPlaceCandidate(c) && flaggedWordNear(matcher, t, c, ctx, COUNTER_CUE_WINDOW, W_COUNTER_CUE))
    return false;
  // "Representative Mike Rogers of Alabama": an office before a full name that the base shares with people it
  // does not know says a person is meant, and the one it knows is likelier than a stranger of that name.
  if (c.first < c.last && officeBefore(matcher, t, c.first) && c.entities.every((e) => matcher.isPerson(e)))
    return true;
  const anchors = ctx.blockAnchors.get(block);
  for (let q = 0; anchors && q < anchors.length; q += 2) {
    if (anchors[q + 1]! < c.first || anchors[q]! > c.last) return true;
  }
  // A country's demonym near a place name says the story is about countries: "the gas pipeline to Georgia will
  // end up on Azerbaijani territory".
  if (flaggedWordNear(matcher, t, c, ctx, CUE_WINDOW, matcher.isPlaceCandidate(c) ? W_CUE | W_DEMONYM : W_CUE))
    return true;
  // "des amerikanischen Konzerns Intel", "the chipmaker Intel": its kind named right beside it.
  return kindNounNear(matcher, t, c);
}

/**
 * How many anchors of the document each entity is related to, and how many anchors belong to each
 * country (a country named, or the country of a person or body named): "MIT" in an article naming
 * Erdoğan and Ankara is Turkey's intelligence agency.
 */
export function relatedCounts(
  matcher: Matcher,
  doc: ReadonlySet<number>,
  anchorAt: ReadonlyMap<number, number[]>,
): Related {
  const counts = new Map<number, number>();
  const countries = new Map<number, number>();
  const mentions = new Map<number, number>();
  const territories = new Map<number, number>();
  const bump = (map: Map<number, number>, r: number, by = 1) => map.set(r, (map.get(r) ?? 0) + by);
  doc.forEach((r) => {
    const k = refIndex(r);
    const index = matcher.indexes[k]!;
    const e = refEntity(r);
    const kind = KIND_CODES[index.entKind[e]!];
    const isCountry = kind === 'country';
    // A country is related to everyone and everything in it: its share is counted in `countries` below,
    // not by walking its thousands of links on every scan.
    if (!isCountry)
      for (let p = index.relStart[e]!; p < index.relStart[e + 1]!; p++) bump(counts, ref(k, index.relList[p]!));
    const country = isCountry ? r : index.entCountry[e]! >= 0 ? ref(k, index.entCountry[e]!) : -1;
    if (country < 0) return;
    if (!isCountry) bump(counts, country);
    bump(countries, country);
    // Which country the story is about is told by its political actors: a story on Australia's social-media
    // law names Meta, TikTok and X more often than Australia's ministers, and every story names its agency.
    const political = kind !== 'organization' && kind !== 'media';
    // An international organization counts once for its seat's country, however often it is named: a story on
    // the EU's summit names the Commission and the Council again and again, and is no more about Belgium for it.
    const weight = kind === 'international-organization' ? 1 : Math.max(1, anchorAt.get(r)?.length ?? 0);
    if (political) bump(mentions, country, weight);
    // A territory with bodies of its own (Hong Kong, Greenland, Puerto Rico) is their country too, besides
    // its own country's (see dominantTerritory).
    if (kind === 'territory') {
      bump(countries, r);
      bump(territories, r, weight);
    } else if (political && matcher.kindOf(country) === 'territory') bump(territories, country, weight);
  });
  return { counts, countries, mentions, territories };
}

/** Ranks entities sharing a surface: named in the document, related to it, active at its date, prominent. */
export function rank(
  matcher: Matcher,
  entities: number[],
  year: number,
  doc: ReadonlySet<number>,
  related: Related,
  dominantCountry: number,
  dominantTerritory: number,
): number[] {
  if (entities.length === 1) return entities;
  const score = (r: number) => {
    const index = matcher.indexes[refIndex(r)]!;
    const e = refEntity(r);
    let s = index.entProminence[e]!;
    if (doc.has(r)) s += 10;
    s += Math.min(6, 2 * (related.counts.get(r) ?? 0));
    const country = index.entCountry[e]!;
    if (country >= 0) s += Math.min(4, related.countries.get(ref(refIndex(r), country)) ?? 0);
    // A shared institutional name ("Congress", "the Constitutional Court") is most likely that of the
    // country the story is mostly about, even when a more prominent country's is named in passing.
    // Strong enough to outweigh a prominent foreign body that the story's other actors relate to (the US
    // Congress in a Brazilian story that names Trump), not a full mention of it (+10).
    // So is a territory's own ("the Democratic Party" in a story about Hong Kong), beside its country's.
    const own = country >= 0 ? ref(refIndex(r), country) : -1;
    if (own >= 0 && (own === dominantCountry || own === dominantTerritory) && matcher.isNational(r)) s += 8;
    const from = index.entFrom[e]!;
    const to = index.entTo[e]!;
    if (from || to) {
      if ((from === 0 || from <= year) && (to === 0 || to >= year)) s += 3;
      else if (from > year) s -= from - year <= 2 ? 1 : 6;
      else s -= year - to <= 3 ? 0 : 2;
    } else if (!matcher.isPerson(r)) {
      // A body without a founding year is not less likely to exist than one with ("Britain's parliament"
      // is Westminster's, not the Scottish Parliament founded in 1999). A person's years are those of their
      // offices, which do say who is meant.
      s += 3;
    }
    return s;
  };
  const scored = entities.map((r) => ({ r, s: score(r) }));
  scored.sort((a, b) => b.s - a.s || a.r - b.r);
  return scored.map((x) => x.r);
}

/**
 * Whether candidate q, a full name, is the start of a longer full name of someone else read from the same word:
 * "Ferdinand "Bongbong" Marcos" of "Ferdinand "Bongbong" Marcos Jr." (the father's name, quoted nickname
 * skipped, in the son's), "Donald Trump" of "Donald Trump Jr.". It names no one in the story, so it does not
 * count as a full mention (the bare "Marcos" after it is the son). A walk puts a word's readings side by side,
 * shortest first.
 */
export function shadowedAnchor(candidates: readonly Candidate[], q: number): boolean {
  const c = candidates[q]!;
  for (let r = q + 1; r < candidates.length && candidates[r]!.first === c.first; r++) {
    const d = candidates[r]!;
    if (d.level !== Level.Anchor || d.last <= c.last) continue;
    let shared = false;
    for (let x = 0; x < d.entities.length && !shared; x++) shared = c.entities.includes(d.entities[x]!);
    if (!shared) return true;
  }
  return false;
}

/** What the context rules need to know about the whole document, computed once per match. */
export function context(matcher: Matcher, t: Tokens, candidates: readonly Candidate[]): Context {
  const n = t.count;
  if (matcher.blocksBuf.length < n) {
    matcher.blocksBuf = new Int32Array(Math.max(2 * n, MIN_TOKEN_CAPACITY));
    matcher.knownStartBuf = new Uint8Array(matcher.blocksBuf.length);
    matcher.knownEndBuf = new Uint8Array(matcher.blocksBuf.length);
    matcher.namedSurnameBuf = new Uint8Array(matcher.blocksBuf.length);
    matcher.otherNameEndBuf = new Uint8Array(matcher.blocksBuf.length);
  }
  const blocks = matcher.blocksBuf;
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && t.flags[i]! & T_BLOCK_START) b++;
    blocks[i] = b;
  }
  const titleCaseBlock = new Uint8Array(b + 1);
  const cased = new Int32Array(b + 1);
  const capital = new Int32Array(b + 1);
  // Sentences after a block's first: a long block of several sentences is prose, however many names it holds.
  // A block that ends with a period is a sentence too (a list of ministers and their names, in one sentence).
  const sentences = new Int32Array(b + 1);
  for (let i = 0; i < n; i++) {
    const f = t.flags[i]!;
    if ((f & (T_SENT_START | T_BLOCK_START)) === T_SENT_START) sentences[blocks[i]!]!++;
    if ((i + 1 === n || t.flags[i + 1]! & T_BLOCK_START) && matcher.text.charCodeAt(t.end[i]!) === PERIOD)
      sentences[blocks[i]!]!++;
    if (!(f & T_CASED) || matcher.wordFlags(i) & (W_PARTICLE | W_STOPWORD)) continue;
    cased[blocks[i]!]!++;
    if (f & T_CAP_FIRST) capital[blocks[i]!]!++;
  }
  for (let k = 0; k <= b; k++) {
    if (sentences[k]! > 0 && cased[k]! > TITLE_CASE_MAX_WORDS) continue;
    if (cased[k]! >= TITLE_CASE_MIN_WORDS && capital[k]! >= cased[k]! * TITLE_CASE_SHARE) titleCaseBlock[k] = 1;
  }
  const knownStart = matcher.knownStartBuf.fill(0, 0, n);
  const knownEnd = matcher.knownEndBuf.fill(0, 0, n);
  const doc = new Set<number>();
  const heads = new Map<number, number>();
  const anchorAt = new Map<number, number[]>();
  const anchorsFrom = new Map<number, number[]>();
  const blockAnchors = new Map<number, number[]>();
  const countryEndingAt = new Map<number, number>();
  const countrySpans: number[] = [];
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q]!;
    // Only names that stand without context count as known neighbours: a surname ("Lake") may itself be
    // rejected later.
    if (c.level !== Level.Anchor && c.level !== Level.Standalone) continue;
    knownStart[c.first] = 1;
    knownEnd[c.last] = 1;
    if (c.level !== Level.Anchor || shadowedAnchor(candidates, q)) continue;
    if (c.last > c.first && c.entities.length === 1) recordHeads(matcher, t, c, heads);
    for (let x = 0; x < c.entities.length; x++) {
      const e = c.entities[x]!;
      doc.add(e);
      (anchorAt.get(e) ?? anchorAt.set(e, []).get(e)!).push(c.first);
      (anchorsFrom.get(c.first) ?? anchorsFrom.set(c.first, []).get(c.first)!).push(e);
      // A country's name ending at a possessive ("Kenya's", "South Korea's"): see ownBody.
      if (matcher.kindOf(e) !== 'country') continue;
      if (t.flags[c.last]! & T_BEFORE_POSSESSIVE) countryEndingAt.set(c.last, e);
      countrySpans.push(c.first, c.last, e);
    }
    addBlockAnchor(blockAnchors, blocks[c.first]!, c);
  }
  // A surname alone of a person the story names in full (or one that stands alone, "Biden"): across a hyphen
  // from another such it is that person, not half of a double-barrelled name ("the Biden-Harris
  // administration", "the Prabowo-Gibran ticket").
  const namedSurname = matcher.namedSurnameBuf.fill(0, 0, n);
  const otherNameEnd = matcher.otherNameEndBuf.fill(0, 0, n);
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q]!;
    if (!matcher.anyPlace(c.entities)) otherNameEnd[c.last] = 1;
    if ((c.level !== Level.Surname && c.level !== Level.Standalone) || c.first !== c.last) continue;
    for (let x = 0; x < c.entities.length; x++) {
      const e = c.entities[x]!;
      if ((c.level === Level.Standalone || anchorAt.has(e)) && matcher.isPerson(e)) namedSurname[c.first] = 1;
    }
  }
  const ctx: Context = {
    blocks,
    titleCaseBlock,
    knownStart,
    knownEnd,
    namedSurname,
    otherNameEnd,
    doc,
    anchorAt,
    anchorsFrom,
    blockAnchors,
    countryEndingAt,
    countrySpans,
    othersSurnames: new Set(),
    heads,
    unknownSurnames: undefined,
    bareSurnames: new Map(),
    dominantCountry: -1,
    dominantTerritory: -1,
    year: 0,
    related: { counts: new Map(), countries: new Map(), mentions: new Map(), territories: new Map() },
  };
  // A surname that stands alone ("Biden urged Congress") names its person for the context too, unless it
  // is part of a longer name ("Hunter Biden"); it does not count as a full mention (anchorAt).
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q]!;
    if (c.level !== Level.Standalone || c.entities.length !== 1 || insideLongerName(matcher, t, c, ctx)) continue;
    doc.add(c.entities[0]!);
    addBlockAnchor(blockAnchors, blocks[c.first]!, c);
  }
  return ctx;
}
