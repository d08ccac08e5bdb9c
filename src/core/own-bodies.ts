/**
 * A country's own bodies: the parliament, the ministry, the state bodies the story's country has, and those a
 * possessive or demonym gives. Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs them
 * in order.
 */
import { accept } from './accept';
import { anchoredBetween, refEntity, refIndex } from './match-helpers';
import { W_DEMONYM, W_STOPWORD } from './index-flags';
import { type Candidate, type Context, Level, NO_RANKING } from './match-types';
import {
  MAX_GIVEN_NAMES,
  MINISTRY_HASH,
  OTHER_PARLIAMENTS,
  PARLIAMENT_HASH,
  PARLIAMENT_PLACES,
  PARLIAMENT_WORD,
  PORTFOLIOS,
  THE_HASH,
} from './match-words';
import type { Matcher } from './matcher';
import { storyCountryOf } from './story-countries';
import { T_AFTER_COMMA, T_CAP_FIRST, T_CASED, T_JOINABLE, type Tokens, afterPossessive } from './tokenize';
import { LIST_JOINS } from './unknown-people';
import { isOf } from './word-vetoes';

/**
 * A weaker reading of the candidate names a body of `country`: at `level` ("Assemblée nationale" as a short
 * name), or at any level.
 */
export function weakerBodyOf(matcher: Matcher, c: Candidate, country: number, level?: Level): boolean {
  for (let q = 0; q < c.weaker.length; q++) {
    const w = c.weaker[q]!;
    if (level !== undefined && w.level !== level) continue;
    if (w.entities.some((e) => !matcher.isPerson(e) && matcher.countryOf(e) === country)) return true;
  }
  return false;
}

/**
 * A person's full name that is also the surname of a person the story named in full before it, and names
 * no one else earlier: "Amira Mohamed Ali … auch Mohamed Ali hatte" is her, not the boxer. Accepted as that
 * surname if it can be; otherwise `c` is left as it was.
 */
export function acceptAsNamedSurname(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  const named = (e: number) => (ctx.anchorAt.get(e)?.[0] ?? Infinity) < c.first;
  let own: number[] | undefined;
  for (let q = 0; q < c.weaker.length && !own; q++) {
    const w = c.weaker[q]!;
    if (w.level === Level.Surname) own = w.entities.filter((e) => matcher.isPerson(e) && named(e));
  }
  if (!own?.length) return false;
  // The full name of the one is read inside the other's ("Amira [Mohamed Ali]"): that names no one.
  const insideOwn = (p: number) => own.some((e) => ctx.anchorAt.get(e)!.some((f) => f < p && p - f <= MAX_GIVEN_NAMES));
  for (let q = 0; q < c.entities.length; q++) {
    const e = c.entities[q]!;
    if (!matcher.isPerson(e) || (ctx.anchorAt.get(e) ?? []).some((p) => p < c.first && !insideOwn(p))) return false;
  }
  const { level, entities } = c;
  c.level = Level.Surname;
  c.entities = own;
  if (accept(matcher, c, t, ctx)) return true;
  c.level = level;
  c.entities = entities;
  return false;
}

/**
 * "The Joint Chiefs of Staff (JCS)" in a Yonhap story, "the CDU" in a Portuguese one: one country's full name of a
 * body, party or paper that another country's actor answers to as a shared name is that other actor's where the
 * story names its country more (twice at least).
 */
export function preferStorysOwn(matcher: Matcher, c: Candidate, ctx: Context): void {
  if (!matcher.allNational(c.entities)) return;
  const country = storyCountryOf(matcher, c.weaker, c.entities, ctx);
  if (country < 0) return;
  const own: number[] = [];
  for (let q = 0; q < c.weaker.length; q++) {
    const w = c.weaker[q]!.entities;
    for (let k = 0; k < w.length; k++) {
      // Not a reading that names its actor only once named in full ("AFP" of the Australian Federal Police, in
      // a Pacific story datelined "Wellington (AFP)"), unless it was.
      if (c.onlyInFull.includes(w[k]!) && !ctx.doc.has(w[k]!)) continue;
      if (matcher.isNational(w[k]!) && matcher.countryOf(w[k]!) === country && !own.includes(w[k]!)) own.push(w[k]!);
    }
  }
  if (own.length) c.entities = own;
}

/** Every entity is a state body of a country: a ministry, a court, a force, a security service. */
export function allStateBodies(matcher: Matcher, entities: readonly number[]): boolean {
  for (let q = 0; q < entities.length; q++) {
    const kind = matcher.kindOf(entities[q]!);
    if (!(kind === 'government-body' || kind === 'military' || kind === 'security-service')) return false;
    if (matcher.countryOf(entities[q]!) < 0) return false;
  }
  return entities.length > 0;
}

/**
 * "the parliament", "passed parliament", "the new parliament", in lower case: as the English press names its
 * story's own parliament. Not after a word that makes it another ("the state parliament", "the European
 * parliament").
 */
export function theParliament(t: Tokens, first: number, last: number): boolean {
  if (first !== last || first === 0 || t.hash[first] !== PARLIAMENT_HASH) return false;
  if ((t.flags[first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
  // "the parliament building" is the place.
  if (first + 1 < t.count && t.flags[first + 1]! & T_JOINABLE && PARLIAMENT_PLACES.has(t.hash[first + 1]!))
    return false;
  if (!(t.flags[first]! & T_JOINABLE)) return true;
  const prev = first - 1;
  if (t.hash[prev] === THE_HASH) return true;
  return !(t.flags[prev]! & T_CAP_FIRST) && !OTHER_PARLIAMENTS.has(t.hash[prev]!);
}

/**
 * "the interior ministry", "the foreign ministry", in lower case after "the": as the English press names its
 * story's own country's ministries. Not one that goes on ("the foreign ministry of Iran", "the foreign ministry
 * spokesman Lin Jian" is still the ministry).
 */
export function theMinistry(matcher: Matcher, t: Tokens, first: number, last: number): boolean {
  if (last !== first + 1 || first === 0 || t.hash[last] !== MINISTRY_HASH || !PORTFOLIOS.has(t.hash[first]!))
    return false;
  if ((t.flags[first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED || !(t.flags[first]! & T_JOINABLE)) return false;
  if (t.hash[first - 1] !== THE_HASH) return false;
  const next = last + 1;
  return !(next < t.count && t.flags[next]! & T_JOINABLE && isOf(matcher, t, next));
}

/**
 * The one body among the candidate's that belongs to the country the story is about, when the story names no
 * other parliament ("the parliament" in a story about Thailand that also names the European Parliament is
 * either).
 */
export function storysOwnBody(matcher: Matcher, c: Candidate, ctx: Context): boolean {
  if (ctx.dominantCountry < 0) return false;
  let own = bodiesOf(matcher, c.entities, ctx.dominantCountry);
  // "The parliament" of a British or an Australian story is the country's, not Scotland's or Victoria's: of
  // several, the one more prominent than the others.
  if (own.length > 1) own = mostProminent(matcher, own);
  if (own.length !== 1) return false;
  for (let q = 0; q < c.entities.length; q++) if (c.entities[q] !== own[0] && ctx.doc.has(c.entities[q]!)) return false;
  // Nor a parliament of another country or of none (the European Parliament), whatever its name's kind.
  for (const r of ctx.doc)
    if (r !== own[0] && !matcher.isPerson(r) && PARLIAMENT_WORD.test(matcher.indexes[refIndex(r)]!.name(refEntity(r))))
      return false;
  c.entities = own;
  return true;
}

/**
 * The candidate stands in a list next to a known name of which `test` holds: a one-word name right before it
 * or after it, after a comma or "and" ("Niger, Guinea", "Guinea and Gabon").
 */
export function listedWith(t: Tokens, c: Candidate, ctx: Context, test: (e: number) => boolean): boolean {
  let before = c.first - 1;
  const joined = before > 0 && LIST_JOINS.has(t.hash[before]!) && t.flags[before]! & T_JOINABLE;
  if (joined) before--;
  if ((joined || t.flags[c.first]! & T_AFTER_COMMA) && before >= 0 && ctx.knownStart[before]) {
    if (anchoredBetween(ctx, before, before, test) >= 0) return true;
  }
  let next = c.last + 1;
  if (next < t.count && LIST_JOINS.has(t.hash[next]!) && t.flags[next]! & T_JOINABLE) next++;
  else if (!(next < t.count && t.flags[next]! & T_AFTER_COMMA)) return false;
  return next < t.count && anchoredBetween(ctx, next, next, test) >= 0;
}

/** The entities of the highest prominence among `entities`. */
export function mostProminent(matcher: Matcher, entities: readonly number[]): number[] {
  let top = -1;
  for (let q = 0; q < entities.length; q++) top = Math.max(top, matcher.prominence(entities[q]!));
  return entities.filter((e) => matcher.prominence(e) === top);
}

/**
 * A name an international body shares with national ones ("the Security Council"): the international body where
 * the story names more of what is tied to it (the UN) than of what is tied to the story's country's own body
 * (its chairman, its secretary), else that own body. Returns whether it narrowed `c`.
 */
export function ownBodyOverInternational(matcher: Matcher, c: Candidate, ctx: Context): boolean {
  if (ctx.dominantCountry < 0) return false;
  const tied = (e: number) => ctx.related.counts.get(e) ?? 0;
  const international = c.entities.filter((e) => matcher.kindOf(e) === 'international-organization');
  const own = international.length ? bodiesOf(matcher, c.entities, ctx.dominantCountry) : NO_RANKING;
  if (!own.length) return false;
  const most = (list: readonly number[]) => list.reduce((m, e) => Math.max(m, tied(e)), 0);
  c.entities = most(international) > most(own) ? international : own;
  return true;
}

export function bodiesOf(matcher: Matcher, entities: readonly number[], country: number): number[] {
  return entities.filter((e) => !matcher.isPerson(e) && matcher.countryOf(e) === country);
}

/** The country whose possessive is one or two lower-case words before token i ("Kenya's new parliament"). */
export function ownerAcrossWords(t: Tokens, i: number, ctx: Context): number | undefined {
  for (let j = i - 1; j >= i - 2 && j >= 2; j--) {
    const f = t.flags[j]!;
    if (!(f & T_JOINABLE) || f & T_CAP_FIRST || !(f & T_CASED)) return undefined;
    if (afterPossessive(t, j)) return ctx.countryEndingAt.get(j - 2);
  }
  return undefined;
}

/** Token i follows a possessive or a country's demonym: a body's short name there may be that country's. */
export function afterOwner(matcher: Matcher, t: Tokens, i: number): boolean {
  return afterPossessive(t, i) || afterDemonym(matcher, t, i);
}

/**
 * Token i follows a country's one-word demonym ("Kenyan parliament"), which does not end a longer one
 * ("South Sudanese", "Bissau-Guinean"): a capitalized word before it other than "The" says it might.
 */
export function afterDemonym(matcher: Matcher, t: Tokens, i: number): boolean {
  if (i < 1 || !(matcher.tokenWords[i - 1]! & W_DEMONYM) || !(t.flags[i]! & T_JOINABLE)) return false;
  if (!(t.flags[i - 1]! & T_CAP_FIRST)) return false;
  const before = i - 2;
  return (
    before < 0 ||
    !(t.flags[i - 1]! & T_JOINABLE) ||
    !(t.flags[before]! & T_CAP_FIRST) ||
    (matcher.tokenWords[before]! & W_STOPWORD) !== 0
  );
}

/**
 * "India's Supreme Court", "Kenya's parliament": a body's short name after a country's possessive names
 * that country's body, whatever else the document is about. The country keeps its own mention: the
 * reader may want either card.
 */
export function ownBody(matcher: Matcher, c: Candidate, owner: number): boolean {
  const bodies: number[] = [];
  for (let q = 0; q < c.entities.length; q++) {
    const e = c.entities[q]!;
    if (!matcher.isPerson(e) && matcher.countryOf(e) === owner) bodies.push(e);
  }
  if (!bodies.length) return false;
  c.entities = bodies;
  return true;
}
