/**
 * Which country a body's short name belongs to: the country before it, beside it, its adjective, the story's own. Pure
 * functions of the matcher's state (the Matcher passed first); matcher.ts runs them in order.
 */
import { C_CJK, classOf, foldSurface } from './fold';
import { countryLetterAt } from './japanese-country-letters';
import { anchoredBetween, countrySpanAt } from './match-helpers';
import { type Candidate, type Context, Level } from './match-types';
import {
  ADJECTIVE_BEFORE,
  ARABIC_ARTICLE_START,
  ARABIC_NISBA,
  BESIDE_NONE,
  BESIDE_OTHER,
  BESIDE_OWN,
  CHINESE_AND,
  CJK_OF,
  DOMINANT_MIN_ANCHORS,
  ROMANCE_ADJECTIVE_AFTER,
} from './match-words';
import type { Matcher } from './matcher';
import { allStateBodies } from './own-bodies';
import { T_CAP_FIRST, T_CASED, T_CJK, T_CYRILLIC, T_JOINABLE, type Tokens } from './tokenize';
import { isOf } from './word-vetoes';
import { W_GENERIC, W_PERSON_TITLE, W_STOPWORD, W_TITLE } from './index-flags';

/**
 * Whether the story could mean one of these entities by their country: true when one has no country (nothing
 * to check), otherwise whether the story names one of their countries or its actors.
 */
export function countryInStory(matcher: Matcher, entities: readonly number[], ctx: Context): boolean {
  let any = false;
  for (let q = 0; q < entities.length; q++) {
    // An international body's country is only its seat: the ICC is no Dutch group.
    if (matcher.countryOf(entities[q]!) < 0 || matcher.kindOf(entities[q]!) === 'international-organization')
      return true;
    if (countryNamed(matcher, entities[q]!, ctx)) any = true;
  }
  return any;
}

/** Whether the story names entity e's country or an actor of it. */
export function countryNamed(matcher: Matcher, e: number, ctx: Context): boolean {
  return (ctx.related.countries.get(matcher.countryOf(e)) ?? 0) > 0;
}

/**
 * The country whose name ends at offset `end` of the text ("洪都拉斯" before "外长"), or -1; after a conjunction,
 * the country of the office and name before it ("澳洲外長黃英賢及內政部長奧尼爾": both are Australia's).
 */
export function countryNameEndingAt(matcher: Matcher, t: Tokens, end: number, ctx: Context): number {
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3) if (t.end[spans[q + 1]!] === end) return spans[q + 2]!;
  // The office may be longer than the word it ends with ("內政部長" for "部長").
  let and = end;
  while (and > 0 && end - and < 4 && !CHINESE_AND.includes(matcher.text[and - 1]!)) {
    if ((classOf(matcher.text.charCodeAt(and - 1)) & 7) !== C_CJK) return -1;
    and--;
  }
  if (and < 1 || !CHINESE_AND.includes(matcher.text[and - 1]!)) return -1;
  // The nearest country's name before the conjunction, in the same clause and at most 12 characters before it.
  let country = -1;
  let at = -1;
  for (let q = 0; q < spans.length; q += 3) {
    const to = t.end[spans[q + 1]!]!;
    if (to < and - 13 || to >= and - 1 || to <= at) continue;
    at = to;
    country = spans[q + 2]!;
  }
  return country >= 0 && !/[。，；：！？,;:]/.test(matcher.text.slice(at, and)) ? country : -1;
}

/**
 * Of the countries whose national actors the readings in `weaker` name, the one the story names most, if it
 * names it at least twice, more than any other of them and more than the country of any of `current`; or -1.
 */
export function storyCountryOf(
  matcher: Matcher,
  weaker: Candidate['weaker'],
  current: readonly number[],
  ctx: Context,
): number {
  const { mentions, countries } = ctx.related;
  let floor = 0;
  for (let q = 0; q < current.length; q++) floor = Math.max(floor, mentions.get(matcher.countryOf(current[q]!)) ?? 0);
  let best = -1;
  let bestCount = floor;
  let tie = false;
  for (let q = 0; q < weaker.length; q++) {
    const w = weaker[q]!.entities;
    for (let k = 0; k < w.length; k++) {
      if (!matcher.isNational(w[k]!)) continue;
      const country = matcher.countryOf(w[k]!);
      const count = mentions.get(country) ?? 0;
      if (country === best || (countries.get(country) ?? 0) < DOMINANT_MIN_ANCHORS) continue;
      if (count > bestCount) {
        best = country;
        bestCount = count;
        tie = false;
      } else if (count === bestCount && best >= 0) tie = true;
    }
  }
  return tie ? -1 : best;
}

/** Every entity is a country other than the story's, none of whose actors the story names. */
export function foreignCountriesOnly(matcher: Matcher, entities: readonly number[], ctx: Context): boolean {
  for (let q = 0; q < entities.length; q++) {
    const e = entities[q]!;
    if (matcher.kindOf(e) !== 'country' || e === ctx.dominantCountry) return false;
    if ((ctx.related.countries.get(e) ?? 0) > 0) return false;
  }
  return entities.length > 0;
}

/** Whether a weaker reading of candidate c is a place. */
export function placeReading(matcher: Matcher, c: Candidate): boolean {
  for (let q = 0; q < c.weaker.length; q++) if (matcher.anyPlace(c.weaker[q]!.entities)) return true;
  return false;
}

/**
 * "Luís Montenegro … Montenegro said", "Jim Jordan … Jordan said": a place's one-word name is the surname of a
 * person the document names in full, and the document names nothing else of that place. Then the surname
 * reading (tried next) is taken.
 */
export function namedPersonsSurname(matcher: Matcher, c: Candidate, ctx: Context): boolean {
  if (c.first !== c.last) return false;
  let person = false;
  for (let q = 0; q < c.weaker.length && !person; q++) {
    const w = c.weaker[q]!;
    if (w.level !== Level.Surname) continue;
    for (let x = 0; x < w.entities.length; x++) {
      const e = w.entities[x]!;
      if (matcher.isPerson(e) && ctx.anchorAt.has(e)) person = true;
    }
  }
  if (!person) return false;
  for (let q = 0; q < c.entities.length; q++) {
    if ((ctx.related.countries.get(c.entities[q]!) ?? 0) > 1) return false;
  }
  return true;
}

/**
 * "The National Guard of Uzbekistan": a body's shared name followed by "of" and a country is that country's
 * body, never another's; keeps only the candidate's entities of that country (false when none is).
 */
export function fitsCountryAfterOf(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const of = c.last + 1;
  if (of + 1 >= t.count || !isOf(matcher, t, of) || !matcher.allNational(c.entities)) return true;
  const country = anchoredBetween(ctx, of + 1, of + 1, (e) => matcher.kindOf(e) === 'country');
  if (country < 0) return !unknownPlaceAfterOf(matcher, t, of + 1, ctx);
  c.entities = c.entities.filter((e) => matcher.countryOf(e) === country);
  return c.entities.length > 0;
}

/**
 * "the Supreme Court of British Columbia", "the Supreme Court of Victoria": after a national body's shared name and
 * "of", two capitalized words the base does not know name a province's or a state's own body. Not a portfolio or a
 * body's own word ("Court of Appeal", "Ministry of Foreign Affairs"): those are one word, or institutional.
 */
function unknownPlaceAfterOf(matcher: Matcher, t: Tokens, j: number, ctx: Context): boolean {
  const unknownName = (k: number) =>
    k < t.count &&
    (t.flags[k]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE) &&
    !ctx.knownStart[k] &&
    !ctx.knownEnd[k] &&
    !(matcher.wordFlags(k) & (W_GENERIC | W_TITLE | W_PERSON_TITLE | W_STOPWORD));
  return unknownName(j) && unknownName(j + 1);
}

/**
 * A state body's name written against another country's name is that country's body, not the one the name is of
 * at home: in Chinese or Japanese the country comes before, or before の/的 ("イスラエルの外務省報道官", 'the
 * spokesman of Israel's foreign ministry', is not Japan's 外務省); in Russian and Ukrainian after it, in the
 * genitive ("ГКНБ Таджикистана" is Tajikistan's committee, not Kyrgyzstan's ГКНБ).
 */
export function otherCountrysBody(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  let country = -1;
  if (t.flags[c.first]! & T_CYRILLIC) {
    const next = c.last + 1;
    if (next < t.count && t.flags[next]! & T_JOINABLE && ctx.knownStart[next]) country = countrySpanAt(ctx, next, 0);
  } else {
    const end = nameWrittenOnto(t, c, ctx);
    if (end >= 0) country = countrySpanAt(ctx, end, 1);
  }
  if (country < 0) country = countryLetterBefore(matcher, t, c);
  return (
    country >= 0 && allStateBodies(matcher, c.entities) && !c.entities.some((e) => matcher.countryOf(e) === country)
  );
}

/**
 * In Chinese or Japanese, the last token of a known name written onto the candidate, directly or through の or 的
 * ("中國外交部", "ロシアの下院"), or -1. Written on, with nothing between the words: "澳洲。 中國外交部" is China's.
 */
function nameWrittenOnto(t: Tokens, c: Candidate, ctx: Context): number {
  if (c.first < 1 || !(t.flags[c.first]! & T_CJK)) return -1;
  const end = c.first >= 2 && CJK_OF.has(t.hash[c.first - 1]!) ? c.first - 2 : c.first - 1;
  return ctx.knownEnd[end] && t.end[end] === t.start[end + 1] && t.end[c.first - 1] === t.start[c.first] ? end : -1;
}

/** The country whose one letter the Japanese press writes right before the candidate ("英首相官邸"), as a ref, or -1. */
function countryLetterBefore(matcher: Matcher, t: Tokens, c: Candidate): number {
  if (!matcher.japanese || c.start === 0 || !(t.flags[c.first]! & T_CJK)) return -1;
  const qid = countryLetterAt(matcher.text, c.start - 1);
  return qid ? matcher.refOf(qid) : -1;
}

/**
 * "МВД Казахстана", "MSZ Rosji", "Irans Außenministerium", "İran Dışişleri Bakanlığı": a state body's short or
 * shared name right before or after a country's name is that country's body, never another's. BESIDE_OWN keeps
 * the candidate's bodies of that country; after the short name, the country in the genitive is part of the
 * body's name as written ("МВД Казахстана"), and the mention takes it in. BESIDE_OTHER when none is of that
 * country; BESIDE_NONE when no country's name is right beside it.
 */
export function countryBeside(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): number {
  const next = c.last + 1;
  // A country's name is a known name: most candidates have none beside them, told by two array reads.
  const after = next < t.count && (t.flags[next]! & T_JOINABLE) !== 0 && ctx.knownStart[next] === 1;
  let beforeEnd = c.first - 1;
  let before = c.first > 0 && (t.flags[c.first]! & T_JOINABLE) !== 0 && ctx.knownEnd[beforeEnd] === 1;
  // "ロシアの下院", "俄罗斯的议会": in Chinese and Japanese the country's name and the possessive particle are
  // written onto the short name, which is then that country's body ("the lower house" of a Russian story is no
  // American one).
  if (!before) {
    beforeEnd = nameWrittenOnto(t, c, ctx);
    before = beforeEnd >= 0;
  }
  if (!after && !before) {
    // "英首相官邸": a country's one letter written onto the name in Japanese (see japanese-country-letters.ts).
    const letter = countryLetterBefore(matcher, t, c);
    if (letter < 0 || !allStateBodies(matcher, c.entities)) return BESIDE_NONE;
    const own = c.entities.filter((e) => matcher.countryOf(e) === letter);
    if (!own.length) return BESIDE_OTHER;
    c.entities = own;
    return BESIDE_OWN;
  }
  // A party too: "a New Zealand Labour government" is New Zealand's Labour Party.
  if (
    !allStateBodies(matcher, c.entities) &&
    !c.entities.every((e) => matcher.kindOf(e) === 'political-party' && matcher.countryOf(e) >= 0)
  )
    return BESIDE_NONE;
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3) {
    const first = spans[q]!;
    const last = spans[q + 1]!;
    if (!((after && first === next) || (before && last === beforeEnd))) continue;
    const country = spans[q + 2]!;
    const own = c.entities.filter((e) => matcher.countryOf(e) === country);
    if (!own.length) return BESIDE_OTHER;
    c.entities = own;
    if (first === next) {
      c.last = last;
      c.end = t.end[last]!;
    }
    return BESIDE_OWN;
  }
  return BESIDE_NONE;
}

/**
 * "российский МИД", "das iranische Außenministerium", "rosyjskie MSZ", "وزارة الخارجية الإيرانية": a country's
 * adjective beside a state body's short name makes it that country's body. Adjectives are told by their endings
 * (Russian, Ukrainian, Polish and German ones before the name, Arabic ones after it), and their country by the
 * story's own names of it: "казахстанское МВД" after "Казахстан", "الداخلية السورية" after "سوريا". Keeps the
 * bodies of a country the adjective is of; false when it is of none of theirs.
 */
export function fitsCountryAdjective(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  if (!allStateBodies(matcher, c.entities)) return true;
  let adjective = -1;
  const prev = c.first - 1;
  const next = c.last + 1;
  if (prev >= 0 && t.flags[c.first]! & T_JOINABLE && t.flags[prev]! & T_CASED) {
    if (ADJECTIVE_BEFORE.test(matcher.tokenText(prev))) adjective = prev;
  }
  if (adjective < 0 && next < t.count && t.flags[next]! & T_JOINABLE && !(t.flags[next]! & T_CASED)) {
    if (ARABIC_NISBA.test(matcher.tokenText(next))) adjective = next;
  }
  if (adjective < 0) return true;
  const word = matcher.tokenText(adjective).replace(ARABIC_ARTICLE_START, '');
  const own = c.entities.filter((e) => countryNamedAs(matcher, matcher.countryOf(e), word, ctx));
  if (!own.length) return false;
  c.entities = own;
  return true;
}

/**
 * "el Ejército sirio", "l'armée syrienne", "o Exército israelense": the Romance press writes a country's adjective
 * after a state body's short name, in lower case. Where it starts like a country the story names and some of the
 * bodies are that country's, it keeps those and says so; "el Ejército ha dicho" has no such adjective.
 */
export function romanceAdjectiveAfter(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const next = c.last + 1;
  if (
    next >= t.count ||
    (t.flags[next]! & (T_JOINABLE | T_CASED | T_CAP_FIRST)) !== (T_JOINABLE | T_CASED) ||
    !allStateBodies(matcher, c.entities)
  )
    return false;
  const word = matcher.tokenText(next);
  if (!ROMANCE_ADJECTIVE_AFTER.test(word)) return false;
  const folded = foldSurface(word);
  const own = c.entities.filter((e) => countryNamedAs(matcher, matcher.countryOf(e), folded, ctx, true));
  if (!own.length) return false;
  c.entities = own;
  return true;
}

/** Whether a folded adjective starts like the name of some country the story names (see countryNamedAs). */
export function storyCountryAdjective(matcher: Matcher, adjective: string, ctx: Context): boolean {
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3)
    if (spanNamedAs(matcher, spans[q]!, spans[q + 1]!, adjective, true)) return true;
  return false;
}

/** Whether the story names `country` by a word that `adjective` starts like ("Казахстан", "казахстанское"). */
export function countryNamedAs(
  matcher: Matcher,
  country: number,
  adjective: string,
  ctx: Context,
  folded = false,
): boolean {
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3)
    if (spans[q + 2] === country && spanNamedAs(matcher, spans[q]!, spans[q + 1]!, adjective, folded)) return true;
  return false;
}

/**
 * Whether a word of tokens first..last (a country's name in the story) and `adjective` open with the same four letters,
 * or the whole of a shorter name. Folded where accents differ between the name and its adjective ("Irán", "iraní").
 */
export function spanNamedAs(
  matcher: Matcher,
  first: number,
  last: number,
  adjective: string,
  folded: boolean,
): boolean {
  for (let j = first; j <= last; j++) {
    const name = folded ? foldSurface(matcher.tokenText(j)) : matcher.tokenText(j).replace(ARABIC_ARTICLE_START, '');
    let same = 0;
    while (same < name.length && same < adjective.length && name[same] === adjective[same]) same++;
    if (name.length >= 3 && same >= Math.min(4, name.length)) return true;
  }
  return false;
}
