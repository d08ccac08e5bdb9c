/**
 * Offices and titles around a name: a portfolio, a minister's title, the head of a body, the speaker of a ministry.
 * Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs them in order.
 */
import { isInitial } from './candidate-walk';
import { anchoredBetween, ref, refEntity, refIndex } from './match-helpers';
import { W_GIVEN_NAME, W_HONORIFIC, W_ORG_HEAD, W_PARTICLE, W_PERSON_TITLE, W_TITLE } from './index-flags';
import type { Candidate, Context } from './match-types';
import {
  ACCORDING_HASH,
  BY_HASH,
  CS_HASH,
  GERMAN_OFFICE,
  MAX_TITLE_WORDS,
  MINISTER_WORDS,
  NO_HEAD_OWNER,
  PERSON_AFTER_BODY,
  PORTFOLIO_LINKS,
  PRESS_REPORTED,
  STATE_HASH,
  THE_HASH,
  TITLE_PREFIXES,
  TOLD_HASH,
  TO_HASH,
  WATER_HEADS,
  MEMBER_HEADS,
  PORTFOLIO_WORDS,
} from './match-words';
import type { Matcher } from './matcher';
import { bodiesOf } from './own-bodies';
import { T_AFTER_BRACKET, T_ALL_CAPS, T_CAP_FIRST, T_JOINABLE, type Tokens } from './tokenize';
import { TITLE_LINKS } from './unknown-titles';
import { isOf } from './word-vetoes';

export function isTitle(matcher: Matcher, t: Tokens, j: number): boolean {
  if (j < 0 || j >= t.count) return false;
  if (matcher.wordFlags(j) & W_TITLE) return true;
  // German joins the office to its noun ("Finanzminister Lindner", "Bundeskanzler Scholz"): a capitalized
  // word ending in an office is a title, not the first part of a longer name.
  return matcher.german && t.flags[j]! & T_CAP_FIRST ? GERMAN_OFFICE.test(matcher.tokenText(j)) : false;
}

/**
 * A minister's title and its portfolio end right before token `first`: "minister van Buitenlandse Zaken Lavrov",
 * "el ministro de Asuntos Exteriores Lavrov", "Minister of Foreign Affairs Lavrov". The portfolio's capitalized
 * words are the office's, not the start of a longer name. Only a person's name, and not after a given name
 * ("Minister of Defence Ahmed Lavrov" names another Lavrov); not a body's ("chair of the U.S. Sentencing Commission").
 */
export function portfolioBefore(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const first = c.first;
  if (first < 3 || matcher.wordFlags(first - 1) & W_GIVEN_NAME || !matcher.anyPerson(c.entities)) return false;
  for (let j = first - 1, steps = 0; j >= 0 && steps <= MAX_TITLE_WORDS; j--, steps++) {
    if (!(t.flags[j + 1]! & T_JOINABLE)) return false;
    const w = matcher.wordFlags(j);
    // The title, then a particle right after it ("minister van", "ministro de", "Minister of").
    if (w & W_TITLE && !(w & W_HONORIFIC) && steps > 1) return (matcher.wordFlags(j + 1) & W_PARTICLE) !== 0;
    if (!(w & W_PARTICLE) && !(t.flags[j]! & T_CAP_FIRST)) return false;
  }
  return false;
}

/** Token `last` is followed by a capitalized word or a bracket, as a title before a name is. */
export function titleBeforeName(t: Tokens, last: number): boolean {
  const next = last + 1;
  return (
    next < t.count &&
    ((t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) ||
      (t.flags[next]! & T_AFTER_BRACKET) !== 0)
  );
}

/**
 * An office title right before token `first`, possibly several words long: "President", "Foreign
 * Minister", "Secretary of State", "Minister of Foreign Affairs". Walks back over the capitalized words
 * and particles of the title; a courtesy title alone (Mr, Dr) does not count. In a title-case headline, where
 * every word is capitalized, a word that only qualifies an office ("Foreign", "Deputy") names none across other
 * words: "Parliament Adopts Foreign Agents Law".
 */
export function officeBefore(matcher: Matcher, t: Tokens, first: number, headline = false): boolean {
  for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_TITLE_WORDS; j--, steps++) {
    if (!(t.flags[j + 1]! & T_JOINABLE)) return false;
    const w = matcher.wordFlags(j);
    if (w & W_TITLE) {
      // "Climate Finance Deal": a portfolio is an office only with its title after it ("Finance Minister").
      if (steps === 0 && PORTFOLIO_WORDS.has(t.hash[j]!)) return false;
      if (headline && steps > 0 && !(w & W_PERSON_TITLE)) return false;
      return !(w & W_HONORIFIC) || steps > 0;
    }
    const capitalized = (t.flags[j]! & T_CAP_FIRST) !== 0;
    if (!capitalized && !(w & W_PARTICLE)) return false;
  }
  return false;
}

/**
 * Token `first` comes after words that only a paper or a broadcaster follows: "told The Australian", "reported by
 * The Australian", "according to The Australian".
 */
export function afterPressWords(t: Tokens, first: number): boolean {
  if (first < 1 || !(t.flags[first]! & T_JOINABLE)) return false;
  const prev = t.hash[first - 1]!;
  if (prev === TOLD_HASH) return true;
  if (first < 2 || !(t.flags[first - 1]! & T_JOINABLE)) return false;
  const before = t.hash[first - 2]!;
  return (prev === BY_HASH && PRESS_REPORTED.has(before)) || (prev === TO_HASH && before === ACCORDING_HASH);
}

/**
 * Token `first` comes right after an office's "of", with only small words between ("presidenta de la Cámara",
 * "Speaker of Parliament"): it is what the office is of, a body or a place, not a person.
 */
export function officeOfBefore(matcher: Matcher, t: Tokens, first: number): boolean {
  for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_TITLE_WORDS; j--, steps++) {
    if (!(t.flags[j + 1]! & T_JOINABLE) || t.flags[j]! & T_CAP_FIRST) return false;
    if (!(matcher.wordFlags(j) & W_PARTICLE)) return false;
    if (j > 0 && TITLE_LINKS.has(t.hash[j]!) && matcher.wordFlags(j - 1) & W_TITLE) return true;
  }
  return false;
}

/**
 * A surname that is itself a title word, used as the title: before a name or a bracket ("Prime Minister Justice
 * (retd) Nasirul Mulk"), after a word that makes a compound title of it ("the Chief Justice", "Lord Justice"), or
 * before "of" ("the most senior Justice of the Supreme Court"). None of these is Jim Justice.
 */
export function titleWordAsTitle(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (titleBeforeName(t, c.last)) return true;
  const before = c.first - 1;
  if (before >= 0 && t.flags[c.first]! & T_JOINABLE && TITLE_PREFIXES.has(t.hash[before]!)) return true;
  const after = c.last + 1;
  return after < t.count && (t.flags[after]! & T_JOINABLE) !== 0 && isOf(matcher, t, after);
}

/** A title word that is also a surname, used as a title: "Major General Ahmed al-Asiri". */
export function isRank(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last || !(matcher.wordFlags(c.first) & W_TITLE)) return false;
  const next = c.last + 1;
  return next < t.count && (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST);
}

/**
 * "Bank of Zambia", "Pontifical Catholic University of Peru": a country after "of" and the capitalized head of
 * an institution's name ends that name, one the knowledge base does not know; the country is not named there.
 * Nor in a water's name ("the Sea of Japan", "the Gulf of Mexico") or a members' body's ("the Communications Workers of
 * America").
 */
export function afterOrgHeadOf(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const head = c.first - 2;
  return (
    head >= 0 &&
    isOf(matcher, t, c.first - 1) &&
    (t.flags[head]! & T_CAP_FIRST) !== 0 &&
    ((matcher.wordFlags(head) & W_ORG_HEAD) !== 0 ||
      WATER_HEADS.has(t.hash[head]!) ||
      MEMBER_HEADS.has(t.hash[head]!)) &&
    (t.flags[c.first - 1]! & T_JOINABLE) !== 0 &&
    (t.flags[c.first]! & T_JOINABLE) !== 0
  );
}

/** Token `first` follows "the" (a body's short name is written so), or an office's title. */
export function officeOrThe(matcher: Matcher, t: Tokens, first: number): boolean {
  return (
    (first > 0 && t.hash[first - 1] === THE_HASH && (t.flags[first]! & T_JOINABLE) !== 0) ||
    officeBefore(matcher, t, first)
  );
}

/**
 * Narrows the candidate to the bodies of the speaker's country and says whether there were any; not for a
 * speaker whose own body, named in the story, is another. -1 (no speaker) narrows nothing.
 */
export function speakersBodies(matcher: Matcher, c: Candidate, speaker: number, ctx: Context): boolean {
  if (speaker < 0 || holdsOfficeInOther(matcher, speaker, c.entities, ctx)) return false;
  const own = bodiesOf(matcher, c.entities, matcher.countryOf(speaker));
  if (!own.length) return false;
  c.entities = own;
  return true;
}

/** Token `last` is followed by "CS", as the Kenyan press writes a Cabinet Secretary's title. */
export function beforeCabinetSecretary(t: Tokens, last: number): boolean {
  const next = last + 1;
  return (
    next < t.count &&
    t.hash[next] === CS_HASH &&
    (t.flags[next]! & (T_ALL_CAPS | T_JOINABLE)) === (T_ALL_CAPS | T_JOINABLE)
  );
}

/** Token i follows a minister's title and one to three joining words ("ministre de la", "minister for the"). */
export function afterMinisterOf(matcher: Matcher, t: Tokens, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    // An initial is no elided article: "Prime Minister L.Oyun-Erdene" is not "ministre de l'…".
    if (!(t.flags[j + 1]! & T_JOINABLE) || isInitial(matcher.text, t, j)) return false;
    if (MINISTER_WORDS.has(t.hash[j]!)) return j < i - 1;
    // "Minister of State for Foreign Affairs" (its "State" after "of", never a portfolio's first word).
    if (t.hash[j] === STATE_HASH && j < i - 1 && j >= 2 && PORTFOLIO_LINKS.has(t.hash[j - 1]!)) continue;
    if (!PORTFOLIO_LINKS.has(t.hash[j]!)) return false;
  }
  return false;
}

/** A person named within the same phrase right after the candidate (no punctuation between), or -1. */
export function personInPhrase(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): number {
  let last = c.last;
  while (last < c.last + PERSON_AFTER_BODY && last + 1 < t.count && t.flags[last + 1]! & T_JOINABLE) last++;
  return last > c.last
    ? anchoredBetween(ctx, c.last + 1, last, (e) => matcher.isPerson(e) && matcher.countryOf(e) >= 0)
    : -1;
}

/** A person named in full within a few words after candidate c ("Foreign Ministry spokesperson Wang Wenbin"), or -1. */
export function personRightAfter(matcher: Matcher, c: Candidate, ctx: Context): number {
  return anchoredBetween(
    ctx,
    c.last + 1,
    c.last + PERSON_AFTER_BODY,
    (e) => matcher.isPerson(e) && matcher.countryOf(e) >= 0,
  );
}

/**
 * "the Chairman of the State Committee for National Security (SCNS) Kamchybek Tashiev": of the bodies a shared name may
 * be, the one the person named right after it holds an office of (or is otherwise linked to in the knowledge base);
 * -1 where that is not exactly one.
 */
export function bodyOfPersonAfter(matcher: Matcher, c: Candidate, ctx: Context): number {
  const person = personRightAfter(matcher, c, ctx);
  if (person < 0) return -1;
  const index = matcher.indexes[refIndex(person)]!;
  let found = -1;
  for (let q = 0; q < c.entities.length; q++) {
    const e = c.entities[q]!;
    if (refIndex(e) !== refIndex(person) || !index.relates(refEntity(person), refEntity(e))) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/** A person who held a known office at some time up to `year`. */
export function heldOfficeBy(matcher: Matcher, r: number, year: number): boolean {
  const from = matcher.indexes[refIndex(r)]!.entFrom[refEntity(r)]!;
  return from > 0 && from <= year;
}

/** Person `person` is linked to a body the document names that is none of `entities`. */
export function holdsOfficeInOther(
  matcher: Matcher,
  person: number,
  entities: readonly number[],
  ctx: Context,
): boolean {
  const index = matcher.indexes[refIndex(person)]!;
  const e = refEntity(person);
  for (let p = index.relStart[e]!; p < index.relStart[e + 1]!; p++) {
    const body = ref(refIndex(person), index.relList[p]!);
    if (!matcher.isPerson(body) && matcher.kindOf(body) !== 'country' && ctx.doc.has(body) && !entities.includes(body))
      return true;
  }
  return false;
}

/**
 * Records the institutional nouns of `c`, a body named in full ("Election Commission of India"): a later "the
 * Commission" is most likely it (see namedBodysHead, which reads where it was first named from anchorAt).
 */
export function recordHeads(matcher: Matcher, t: Tokens, c: Candidate, heads: Map<number, number>): void {
  const e = c.entities[0]!;
  if (matcher.isPerson(e) || matcher.isPlace(e)) return;
  for (let j = c.first; j <= c.last; j++) {
    if (!(matcher.wordFlags(j) & W_ORG_HEAD) || !(t.flags[j]! & T_CAP_FIRST)) continue;
    const h = t.hash[j]!;
    const owner = heads.get(h);
    heads.set(h, owner === undefined || owner === e ? e : NO_HEAD_OWNER);
  }
}

/**
 * "According to the Election Commission of India … the Commission's figures": a body's institutional noun alone,
 * capitalized, after the story has named in full one body with that noun, is that body, whatever other bodies
 * of the knowledge base answer to the word ("Commission" is the European Commission's short name).
 */
export function namedBodysHead(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): number {
  if (c.first !== c.last || !(t.flags[c.first]! & T_CAP_FIRST) || t.flags[c.first]! & T_ALL_CAPS) return -1;
  const e = ctx.heads.get(t.hash[c.first]!);
  if (e === undefined || e === NO_HEAD_OWNER || c.entities.includes(e)) return -1;
  if ((ctx.anchorAt.get(e)?.[0] ?? Infinity) >= c.first) return -1;
  // Only where the word reads as a body's name everywhere (no reading is a person, a place or a paper).
  const entities = c.entities;
  return matcher.anyPerson(entities) || matcher.anyPlace(entities) || matcher.anyPress(entities) ? -1 : e;
}
