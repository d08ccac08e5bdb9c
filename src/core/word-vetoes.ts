/**
 * Words around a candidate that make it something else: a date, a ship, a street, a security, a byline, a sentence's
 * first word. Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs them in order.
 */
import { arabicSplits } from './clitics';
import {
  W_ARTICLE,
  W_BUSINESS,
  W_DATE_WORD,
  W_DEMONYM,
  W_GIVEN_NAME,
  W_KIND_NOUN,
  W_MONTH,
  W_PARTICLE,
  W_STOPWORD,
  W_STREET,
} from './index-flags';
import type { Candidate, Context } from './match-types';
import {
  BUSINESS_WINDOW,
  GOVERNMENT_AFTER,
  GOVERNMENT_BEFORE,
  SAID,
  BYLINE_LAST_BLOCK,
  BYLINE_MAX_TOKENS,
  INDEX_WORDS,
  CLOSE_QUOTES,
  LIKENESS_OF,
  LIKENESS_WORDS,
  MAX_ABBREVIATED_TITLE,
  MAX_DATELINE_WORDS,
  OF_HASH,
  QUOTED_NAME_OPENERS,
  REGIME_WORDS,
  SECURITY_WORDS,
  SHIP_BEFORE,
  STATE_HASH,
  STOCK_AFTER,
} from './match-words';
import type { Matcher } from './matcher';
import { isTitle } from './offices';
import {
  CLOSE_PAREN,
  OPEN_PAREN,
  OPEN_QUOTES,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_ARABIC,
  T_BEFORE_POSSESSIVE,
  T_BLOCK_START,
  T_CAP_FIRST,
  T_CASED,
  T_CJK,
  T_HAS_DIGIT,
  T_JOINABLE,
  T_SENT_START,
  type Tokens,
} from './tokenize';

/**
 * "Ajay Rai … Rai said": a one-word name written in title case that the story first used as the surname of a
 * person the knowledge base does not know (a known given name before it, no name known to start there) is
 * that person's surname, not the broadcaster RAI. Not for places and people, which have their own rules,
 * nor for a name in capitals.
 */
export function unknownSurname(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  if (c.first !== c.last || t.flags[c.first]! & T_ALL_CAPS || matcher.isPlaceCandidate(c)) return false;
  for (let q = 0; q < c.entities.length; q++) if (matcher.isPerson(c.entities[q]!)) return false;
  if (!ctx.unknownSurnames) {
    const found = new Map<number, number>();
    for (let j = 1; j < t.count; j++) {
      const g = j - 1;
      if (!(t.flags[j]! & T_JOINABLE && t.flags[j]! & T_CAP_FIRST && t.flags[g]! & T_CAP_FIRST)) continue;
      // A given name of three letters or more that is not also an article or a demonym ("Im Bundestag", "O
      // Itamaraty", "the Afghan Taliban"), mid-sentence, outside a title-case headline.
      const w = matcher.wordFlags(g);
      if (!(w & W_GIVEN_NAME) || w & (W_ARTICLE | W_PARTICLE | W_DEMONYM) || ctx.knownStart[g]) continue;
      if (t.end[g]! - t.start[g]! < 3 || sentenceStart(matcher, t, g) || ctx.titleCaseBlock[ctx.blocks[g]!] === 1)
        continue;
      if (!found.has(t.hash[j]!)) found.set(t.hash[j]!, j);
    }
    ctx.unknownSurnames = found;
  }
  const at = ctx.unknownSurnames.get(t.hash[c.first]!);
  return at !== undefined && at <= c.first;
}

/**
 * A ship's prefix or the word for a carrier comes right before token `first`, or before the name it opens ("USS
 * Harry S. Truman" for "Truman"; a quotation mark may open the name): up to two name words between, capitalized
 * or in a script without capitals.
 */
export function shipBefore(matcher: Matcher, t: Tokens, first: number): boolean {
  // By hash first: this runs for every candidate, and the gap's test below reads the text.
  let ship = false;
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) ship ||= SHIP_BEFORE.has(t.hash[j]!);
  if (!ship) return false;
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    // The name may be quoted: حاملة الطائرات "هاري ترومان".
    if (!(t.flags[j + 1]! & T_JOINABLE) && !/^\s*["«“„]$/.test(matcher.text.slice(t.end[j], t.start[j + 1])))
      return false;
    if (SHIP_BEFORE.has(t.hash[j]!)) return true;
    if ((t.flags[j]! & (T_CASED | T_CAP_FIRST)) === T_CASED) return false;
  }
  return false;
}

/**
 * One capitalized word at a sentence start that the same text also writes in lower case ("Most of them…"
 * and "most analysts"): a common word, not the name it could be. Elsewhere capitals say it is a name.
 */
export function wordAtSentenceStart(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last || c.viaExact) return false;
  // A quoted sentence starts after its opening quote: «Che razza di musulmani sono?».
  const quoted = QUOTED_NAME_OPENERS.includes(matcher.text.charAt(t.start[c.first]! - 1));
  if (!(t.flags[c.first]! & T_SENT_START) && !quoted) return false;
  return seenLower(matcher, c.index, c.first);
}

/** The text also writes token j's word in lower case somewhere. */
export function seenLower(matcher: Matcher, k: number, j: number): boolean {
  const id = matcher.tokenIds[k]![j]!;
  return id >= 0 && matcher.lowerSeen[k]![id] === matcher.scan;
}

/**
 * "U.S. Treasury yields", "Treasury notes", "JGB bonds": a state body's name before a word for the debt it issues
 * names the debt, a security, not the body.
 */
export function securityName(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const next = c.last + 1;
  if (next >= t.count || !(t.flags[next]! & T_JOINABLE)) return false;
  // "the Nikkei average", "the Nikkei 225": a paper's name before a word for a stock index names the index.
  const kind = SECURITY_WORDS.has(t.hash[next]!) ? 'government-body' : INDEX_WORDS.has(t.hash[next]!) ? 'media' : '';
  if (!kind) return false;
  for (let q = 0; q < c.entities.length; q++) if (matcher.kindOf(c.entities[q]!) !== kind) return false;
  return c.entities.length > 0;
}

/**
 * "TRF-4", "Su-24", "MH-17": an acronym joined by a hyphen to a number is a designation (a court's region, an
 * aircraft), not the actor the letters alone would name.
 */
export function designation(t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last || !c.viaExact) return false;
  const next = hyphenedOnto(t, c);
  return next >= 0 && (t.flags[next]! & T_HAS_DIGIT) !== 0;
}

/** The word written onto the candidate with a hyphen and no space ("TRF-4", "Kremlin-style"), or -1. */
function hyphenedOnto(t: Tokens, c: Candidate): number {
  const next = c.last + 1;
  return next < t.count && t.flags[next]! & T_AFTER_HYPHEN && t.start[next] === t.end[c.last]! + 1 ? next : -1;
}

/** "a Kremlin-style vote": a name with a word of likeness written onto it describes something else, not the actor. */
export function likeness(t: Tokens, c: Candidate): boolean {
  const next = hyphenedOnto(t, c);
  return next >= 0 && LIKENESS_WORDS.has(t.hash[next]!);
}

/**
 * "C'est la fin de l'« Airbus du rail »", "the 'Uber of food delivery'": a company's or a world body's name opening
 * a quotation of a few words that goes on with "of" and a common noun is a likeness, not the actor. Only quoted:
 * unquoted, "accused the World Bank of trying", "the Eurogroup of eurozone finance ministers" are the actors.
 */
export function likenessOf(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  // The quotation mark first: this is asked of every candidate, and most stand in no quotation.
  const text = matcher.text;
  let p = c.start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
  if (p < 0 || !OPEN_QUOTES.includes(text[p]!)) return false;
  const of = c.last + 1;
  if (of + 1 >= t.count || !LIKENESS_OF.has(t.hash[of]!) || !(t.flags[of]! & T_JOINABLE)) return false;
  const noun = of + 1;
  if (t.flags[noun]! & (T_CAP_FIRST | T_ALL_CAPS) || matcher.wordFlags(noun) & W_STOPWORD) return false;
  if (!c.entities.every((e) => LIKENESS_KINDS.has(matcher.kindOf(e) ?? ''))) return false;
  // The quotation closes within three words of the noun.
  for (let j = noun; j < t.count && j <= noun + 3; j++) {
    let e = t.end[j]!;
    while (text[e] === ' ' || text[e] === '\u00a0') e++;
    if (CLOSE_QUOTES.includes(text[e]!)) return true;
    if (j + 1 < t.count && !(t.flags[j + 1]! & T_JOINABLE)) return false;
  }
  return false;
}

const LIKENESS_KINDS: ReadonlySet<string> = new Set(['organization', 'international-organization', 'media']);

/** A month that is also a name, used as a date: "in May", "May 2015", "since June", "May 12". */
export function isDate(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last || !(matcher.wordFlags(c.first) & W_MONTH)) return false;
  if (t.flags[c.first]! & T_BEFORE_POSSESSIVE) return false;
  const next = c.last + 1;
  if (next < t.count && t.flags[next]! & T_HAS_DIGIT && !(t.flags[next]! & T_BLOCK_START)) return true;
  const prev = c.first - 1;
  return prev >= 0 && !(t.flags[c.first]! & T_BLOCK_START) && (matcher.wordFlags(prev) & W_DATE_WORD) !== 0;
}

/**
 * Sentence start, not counting the period of an abbreviated title ("Mr. Biden", "Gen. Zuniga"). A title written
 * in full ends its sentence ("… de la vice-présidente. En Grèce").
 */
export function sentenceStart(matcher: Matcher, t: Tokens, j: number): boolean {
  if (!(t.flags[j]! & T_SENT_START)) return false;
  if (t.flags[j]! & T_BLOCK_START) return true;
  return !(j > 0 && t.end[j - 1]! - t.start[j - 1]! <= MAX_ABBREVIATED_TITLE && isTitle(matcher, t, j - 1));
}

/**
 * Token i names a street: right after a street's word, or after one and a first name ("rue Victor Hugo" at
 * "Hugo", "شارع الحبيب بورقيبة" at "بورقيبة").
 */
export function onStreet(matcher: Matcher, t: Tokens, i: number): boolean {
  if (i < 1 || !(t.flags[i]! & T_JOINABLE)) return false;
  if (matcher.wordFlags(i - 1) & W_STREET) return true;
  const f = t.flags[i - 1]!;
  const nameWord = (f & T_CAP_FIRST) !== 0 || (f & T_CASED) === 0;
  return i >= 2 && nameWord && (f & T_JOINABLE) !== 0 && (matcher.wordFlags(i - 2) & W_STREET) !== 0;
}

/**
 * A name written from a lower-case word ("the state department", "the Independent") that is something else
 * here: a description that goes on ("the state department of transportation"), a state's own ("the state
 * justice department"), or the start of a longer name ("the Independent Electoral Commission").
 */
export function lowerCaseDescription(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (!c.viaExact || c.last === c.first || (t.flags[c.first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
  // A capital inside the first word makes it a name, however it opens ("uMkhonto weSizwe Party of Jacob Zuma").
  const word = matcher.text.slice(t.start[c.first], t.end[c.first]);
  if (word !== word.toLowerCase()) return false;
  const next = c.last + 1 < t.count && (t.flags[c.last + 1]! & T_JOINABLE) !== 0 ? c.last + 1 : -1;
  return (
    (next >= 0 && isOf(matcher, t, next)) ||
    // "the Independent Electoral Commission": a capitalized name goes on.
    (next >= 0 && (t.flags[next]! & T_CAP_FIRST) !== 0 && (t.flags[c.last]! & T_CAP_FIRST) !== 0) ||
    (c.first > 0 && (t.flags[c.first]! & T_JOINABLE) !== 0 && t.hash[c.first - 1] === STATE_HASH)
  );
}

/**
 * The candidate stands in a byline or a closing credit: a line of a few words of its own, right after the
 * headline ("By NATION Reporters", "Redacción Política – EL TIEMPO", "Dawn Report") or at the very end
 * ("Published in Dawn, July 4th, 2019"). An outlet there is the outlet, whatever common word names it.
 */
export function inByline(t: Tokens, c: Candidate, ctx: Context): boolean {
  const block = ctx.blocks[c.first]!;
  const last = ctx.blocks[t.count - 1]!;
  if (block === 0 || (block > BYLINE_LAST_BLOCK && block !== last)) return false;
  // The block's extent, given up as soon as it is longer than a byline.
  let from = c.first;
  while (from > 0 && ctx.blocks[from - 1] === block) {
    from--;
    if (c.first - from > BYLINE_MAX_TOKENS) return false;
  }
  let to = c.last;
  while (to + 1 < t.count && ctx.blocks[to + 1] === block) {
    to++;
    if (to - from >= BYLINE_MAX_TOKENS) return false;
  }
  return true;
}

/**
 * "SANTIAGO, Chile (AP) — Chileans on Sunday…", "PARIS (AFP) -": alone in brackets after the dateline that opens
 * a paragraph (a few capitalized words) and before the dash that starts the story, a name is the agency's credit.
 */
export function datelineCredit(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const text = matcher.text;
  if (text.charCodeAt(c.start - 1) !== OPEN_PAREN || text.charCodeAt(c.end) !== CLOSE_PAREN) return false;
  let p = c.end + 1;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
  const dash = text.charCodeAt(p);
  if (dash !== 0x2014 && dash !== 0x2013 && dash !== 45) return false;
  const block = ctx.blocks[c.first]!;
  let from = c.first;
  while (from > 0 && ctx.blocks[from - 1] === block) {
    from--;
    if (c.first - from > MAX_DATELINE_WORDS) return false;
  }
  if (from === c.first) return false;
  for (let j = from; j < c.first; j++) if (!(t.flags[j]! & T_CAP_FIRST)) return false;
  return true;
}

/** Token `first` follows the Arabic word for forces, regime, government or army, with or without a clitic ("لقوات"). */
export function afterRegimeWord(matcher: Matcher, t: Tokens, first: number): boolean {
  const j = first - 1;
  if (j < 0 || !(t.flags[j]! & T_ARABIC) || !(t.flags[first]! & T_ARABIC)) return false;
  const start = t.start[j]!;
  const end = t.end[j]!;
  if (REGIME_WORDS.has(matcher.text.slice(start, end))) return true;
  const count = arabicSplits(matcher.text, start, end, matcher.splits);
  for (let q = 0; q < count; q++)
    if (!matcher.splits.article[q] && REGIME_WORDS.has(matcher.text.slice(start + matcher.splits.skip[q]!, end)))
      return true;
  return false;
}

/**
 * A capitalized surname alone after a word for a government that the European press writes before its head's name
 * ("gouvernement Bedoui", "governo Meloni", "Regierung Scholz", "kabinet-Rutte"), or before the English word for
 * one ("the Kishida cabinet", "the Sharif government").
 */
export function governmentNamedFor(t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last || !(t.flags[c.first]! & T_CAP_FIRST)) return false;
  const before = c.first - 1;
  if (before >= 0 && (t.flags[c.first]! & T_JOINABLE) !== 0 && GOVERNMENT_BEFORE.has(t.hash[before]!)) return true;
  const after = c.last + 1;
  return (
    after < t.count &&
    (t.flags[after]! & (T_JOINABLE | T_CAP_FIRST)) === T_JOINABLE &&
    GOVERNMENT_AFTER.has(t.hash[after]!)
  );
}

/** Whether token j is "of": by hash first, since it is asked of every short name's neighbour. */
export function isOf(matcher: Matcher, t: Tokens, j: number): boolean {
  return t.hash[j] === OF_HASH && matcher.tokenText(j) === 'of';
}

/**
 * Whether the gap before token j is a dash between spaces ("TOKYO -- Japan's ruling party", "Kyiv - Ukraine"):
 * the words either side belong to no common name unless the knowledge base has one written so ("Islamic State
 * – Sinai Province", matched whole).
 */
export function spacedDash(matcher: Matcher, t: Tokens, j: number): boolean {
  if (!(t.flags[j]! & T_AFTER_HYPHEN) || j === 0) return false;
  const end = t.end[j - 1]!;
  const start = t.start[j]!;
  return start - end >= 3 && matcher.text.charCodeAt(end) === 32 && matcher.text.charCodeAt(start - 1) === 32;
}

/**
 * A paper or company whose name, as written here, nothing tells from ordinary words: in a script without
 * capitals ("الشرق الأوسط", 'the Middle East') or in German, where every noun is capitalized ("Die Zeit").
 */
export function pressNamedByWords(matcher: Matcher, c: Candidate, t: Tokens): boolean {
  return (
    matcher.anyPress(c.entities) &&
    // Italian writes its institutions with a capital, and its papers are named by them: "fedele alla
    // Repubblica" is the Republic, "la Stampa" the press.
    (matcher.german ||
      (matcher.italian && c.first === c.last && c.entities.every((e) => matcher.isPress(e))) ||
      !(t.flags[c.first]! & (T_CASED | T_CJK)))
  );
}

/**
 * A word with any of `flags` (W_*) within `window` words of the candidate, outside it, in its paragraph: a cue word
 * near an ambiguous name, a counter-cue, a word of business.
 */
export function flaggedWordNear(
  matcher: Matcher,
  t: Tokens,
  c: Candidate,
  ctx: Context,
  window: number,
  flags: number,
): boolean {
  const block = ctx.blocks[c.first]!;
  const hi = Math.min(t.count - 1, c.last + window);
  for (let j = Math.max(0, c.first - window); j <= hi; j++) {
    if (j >= c.first && j <= c.last) continue;
    if (ctx.blocks[j] === block && matcher.wordFlags(j) & flags) return true;
  }
  return false;
}

/** A word naming what kind of actor follows or precedes ("newspaper", "صحيفة", "ארגון") right beside it. */
export function kindNounNear(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  for (let j = Math.max(0, c.first - 2); j <= Math.min(t.count - 1, c.last + 1); j++) {
    if (j >= c.first && j <= c.last) continue;
    if (matcher.wordFlags(j) & W_KIND_NOUN) return true;
    // With a clitic attached: "لصحيفة" ('to the newspaper').
    const clitic = matcher.cliticIds[c.index]![j]!;
    if (clitic >= 0 && matcher.indexes[c.index]!.tokFlags[clitic]! & W_KIND_NOUN) return true;
  }
  return false;
}

/**
 * A company's shared name among words of business, in its paragraph ("Shares in BP and Shell fell", "Ford said the
 * carmaker would cut jobs"): the company, not the word or the person of that name. Not in an all-caps headline, nor
 * opening a sentence but as said below, unless written as only the company writes it (an acronym: "BP"). Only where
 * its other readings are people or words.
 */
export function companyAmongBusinessWords(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  if (!c.viaExact && t.flags[c.first]! & T_ALL_CAPS) return false;
  // Opening a sentence, only before a possessive, a verb of saying or its stock, which a common word seldom has
  // ("Amazon said", "Shell's profits", "Apple shares fell"; "Total revenue rose" is the word).
  const next = c.last + 1;
  if (
    !c.viaExact &&
    t.flags[c.first]! & T_SENT_START &&
    !(t.flags[c.last]! & T_BEFORE_POSSESSIVE) &&
    !(next < t.count && t.flags[next]! & T_JOINABLE && (SAID.has(t.hash[next]!) || STOCK_AFTER.has(t.hash[next]!)))
  )
    return false;
  return companyOrPeople(matcher, c.entities) && flaggedWordNear(matcher, t, c, ctx, BUSINESS_WINDOW, W_BUSINESS);
}

/**
 * A company among the readings, and the others only people: a party's or a body's shared acronym ("ANC") is read by
 * the story's country, not by words of business or a list of companies.
 */
export function companyOrPeople(matcher: Matcher, entities: readonly number[]): boolean {
  let company = false;
  for (let q = 0; q < entities.length; q++) {
    const kind = matcher.kindOf(entities[q]!);
    if (kind === 'organization') company = true;
    else if (kind !== 'person') return false;
  }
  return company;
}
