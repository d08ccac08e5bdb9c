/**
 * The last pass: people the knowledge base does not know (unknown-people.ts), and known people named in another
 * spelling (read by sound). Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs them in
 * order.
 */
import { foldSurface } from './fold';
import { abjadKeys } from './abjad-names';
import { ARABIC_SCRIPT_COUNTRIES, ARABIC_SOUNDS } from './abjad-scripts';
import { keysTell, surnameVowelAgrees } from './katakana-names';
import { CYRILLIC_WORD, latinReadings } from './cyrillic-sound-names';
import { soundsAs, writtenNameKeyPairs } from './latin-sound-names';
import {
  isMuted,
  letterOrders,
  lookupPart,
  mentionAt,
  ref,
  refEntity,
  refIndex,
  sharesStem,
  tokenAt,
} from './match-helpers';
import { A_ACRONYM, KIND_CODES } from './index-flags';
import type { Context } from './match-types';
import { FUNCTION_WORDS, GERMAN_OFFICE, MAX_RUN, MIN_TOKEN_CAPACITY } from './match-words';
import type { MatchOptions, Matcher, Mention } from './matcher';
import { activeAt, longGone } from './story-context';
import { T_ALL_CAPS, T_CAP_FIRST, T_HAS_DIGIT, T_JOINABLE, type Tokens } from './tokenize';
import { findUnknownBodies } from './unknown-bodies';
import { UNKNOWN_PREFIX } from './unknown-id';
import { type NameContext, type UnknownMention, findUnknownPeople } from './unknown-people';
import { findArabicScriptPeople } from './unknown-people-arabic';

/** Katakana `surname` may be the surname of person r by its first vowel too (katakana-names.ts). */
export function vowelAgrees(matcher: Matcher, surname: string, r: number): boolean {
  return surnameVowelAgrees(surname, matcher.indexes[refIndex(r)]!.name(refEntity(r)));
}

/**
 * The one person of `refs` a name read by sound is taken for: of those from a country the story names (or whose
 * actors it names) or holding an office of an international organization it names, the only one; else the only one of the story's own country; else the only one in office in the
 * story's year; else -1. Keys are coarse ("Priti Patel" and "Farhad Abdullayev" share theirs): a person of no
 * country or organization the story names is never taken, nor for a name of three parts or more one whose English name has fewer
 * words ("アンドリュー・ギラム・タラハシー", Tallahassee's mayor, is no Andrei Troshev).
 */
export function oneOf(
  matcher: Matcher,
  refs: readonly number[],
  year: number,
  countries: ReadonlySet<number>,
  dominantCountry: number,
  parts: number,
): number {
  const pool = refs.filter(
    (r) =>
      (countries.has(matcher.countryOf(r)) || ofStoryOrganization(matcher, r, countries)) &&
      (parts < 3 || matcher.indexes[refIndex(r)]!.name(refEntity(r)).split(' ').length >= parts),
  );
  if (pool.length <= 1) return pool.length ? pool[0]! : -1;
  const home = pool.filter((r) => matcher.countryOf(r) === dominantCountry);
  if (home.length === 1) return home[0]!;
  let one = -1;
  for (const r of pool) {
    if (!activeAt(matcher, r, year)) continue;
    if (one >= 0) return -1;
    one = r;
  }
  return one;
}

/**
 * The one person whose name in the knowledge base is tokens `first` and `last` alone ("Lazarus Chakwera" for
 * "Lazarus McCarthy Chakwera"), or `first` and the last two ("Fernando Sabag Montiel" for "Fernando André Sabag
 * Montiel"), or undefined.
 */
export function knownPerson(matcher: Matcher, first: number, last: number): string | undefined {
  let found: number | undefined;
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    const ids = matcher.tokenIds[k]!;
    // The surname is the last word, or the last two when a middle word is left between.
    const shortest = last - 1 > first + 1 ? last - 1 : last;
    for (let from = last; from >= shortest; from--) {
      let end = matcher.rootNodes[k]![first]!;
      for (let j = from; j <= last && end >= 0; j++) end = ids[j]! < 0 ? -1 : index.child(end, ids[j]!);
      if (end < 0) continue;
      for (let p = index.nodeTermStart[end]!; p < index.nodeTermStart[end + 1]!; p++) {
        const r = ref(k, index.termEntity[p]!);
        if (!matcher.isPerson(r) || r === found) continue;
        if (found !== undefined) return undefined;
        found = r;
      }
    }
  }
  return found === undefined ? undefined : matcher.idOf(found);
}

/**
 * The countries a story names, those of the actors it names, and the international organizations it names (`found`:
 * mentions put out): whose people a name read by sound may be (oneOf).
 */
export function storyCountries(matcher: Matcher, found: readonly Mention[]): Set<number> {
  const countries = new Set<number>();
  for (const m of found) {
    const r = matcher.refOf(m.id);
    if (r < 0) continue;
    const kind = matcher.kindOf(r);
    countries.add(kind === 'country' ? r : matcher.countryOf(r));
    // And the international organizations it names, whose officials are no country's in the story ("الأمين العام
    // للأمم المتحدة أنطونيو جوتيريش": Guterres is Portugal's, the story the UN's).
    if (kind === 'international-organization') countries.add(r);
  }
  countries.delete(-1);
  return countries;
}

/** Whether person `r` holds an office of (is linked to) an international organization among `refs`. */
function ofStoryOrganization(matcher: Matcher, r: number, refs: ReadonlySet<number>): boolean {
  const index = matcher.indexes[refIndex(r)]!;
  for (const o of refs)
    if (
      refIndex(o) === refIndex(r) &&
      matcher.kindOf(o) === 'international-organization' &&
      index.relates(refEntity(r), refEntity(o))
    )
      return true;
  return false;
}

/**
 * The id of the one known body of one of the story's countries whose acronym has the letters of `acronym` in another order
 * and whose English name shares a word's stem with `written`, the name the story defines it for (see
 * NameContext.bodyByAcronymLetters), or undefined. Up to five letters (120 orders).
 */
export function bodyByAcronymLetters(
  matcher: Matcher,
  acronym: string,
  written: string,
  countriesOfStory: () => ReadonlySet<number>,
): string | undefined {
  if (acronym.length < 3 || acronym.length > 5) return undefined;
  let found = -1;
  for (const order of letterOrders(acronym)) {
    if (order === acronym) continue;
    for (let k = 0; k < matcher.indexes.length; k++) {
      const index = matcher.indexes[k]!;
      const id = lookupPart(index, order, 0, order.length);
      const node = id >= 0 ? index.child(0, id) : -1;
      if (node < 0) continue;
      for (let p = index.nodeTermStart[node]!; p < index.nodeTermStart[node + 1]!; p++) {
        if (!(index.termFlags[p]! & A_ACRONYM)) continue;
        const r = ref(k, index.termEntity[p]!);
        if (r === found || matcher.isPlace(r) || matcher.isPerson(r) || !sharesStem(written, index.name(refEntity(r))))
          continue;
        // The story's countries last: they are read from all its mentions.
        if (!countriesOfStory().has(matcher.countryOf(r))) continue;
        if (found >= 0) return undefined;
        found = r;
      }
    }
  }
  return found >= 0 ? matcher.idOf(found) : undefined;
}

/** Tokens `first`–`last` are a name (a term) of some entity in some index. */
export function knownName(matcher: Matcher, first: number, last: number): boolean {
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    let node = matcher.rootNodes[k]![first]!;
    for (let q = first + 1; node >= 0 && q <= last; q++) {
      const word = matcher.tokenIds[k]![q]!;
      node = word < 0 ? -1 : index.child(node, word);
    }
    if (node >= 0 && index.nodeTermStart[node + 1]! > index.nodeTermStart[node]!) return true;
  }
  return false;
}

/** Token i alone is a name of a place (a country, a territory) in some index. */
export function knownPlace(matcher: Matcher, i: number): boolean {
  for (let k = 0; k < matcher.indexes.length; k++) {
    const index = matcher.indexes[k]!;
    const node = matcher.rootNodes[k]![i]!;
    if (node < 0) continue;
    for (let p = index.nodeTermStart[node]!; p < index.nodeTermStart[node + 1]!; p++)
      if (matcher.isPlace(ref(k, index.termEntity[p]!))) return true;
  }
  return false;
}

export function coveredBuf(matcher: Matcher, n: number): Uint8Array {
  if (matcher.covered.length < n) matcher.covered = new Uint8Array(Math.max(2 * n, MIN_TOKEN_CAPACITY));
  return matcher.covered.fill(0, 0, n);
}

/**
 * Adds the bodies (unknown-bodies.ts) and then the people (unknown-people.ts) the knowledge base does not know.
 * A body's name takes the place of a known place inside it ("Malawi" in "Malawi Law Society"); a person is
 * found only where no actor is marked.
 */
export function withUnknownPeople(
  matcher: Matcher,
  text: string,
  t: Tokens,
  ctx: Context,
  covered: Uint8Array,
  known: Mention[],
  options: MatchOptions,
  bare?: readonly number[],
): Mention[] {
  let countries: Set<number> | undefined;
  const n: NameContext = {
    text,
    tokens: t,
    words: matcher.tokenWords,
    covered,
    coveredKind: (i) => (covered[i] ? KIND_CODES[covered[i] - 1] : undefined),
    coveredId: (i) => (covered[i] ? mentionAt(known, t.start[i]!)?.id : undefined),
    nameOf: (id) => matcher.nameOf(id),
    headline: (i) => ctx.titleCaseBlock[ctx.blocks[i]!] === 1,
    germanOffice: (i) =>
      matcher.german && (t.flags[i]! & T_CAP_FIRST) !== 0 && GERMAN_OFFICE.test(matcher.tokenText(i)),
    german: matcher.german,
    italian: matcher.italian,
    knownPerson: (first, last) => knownPerson(matcher, first, last),
    knownName: (first, last) => knownName(matcher, first, last),
    place: (i) => knownPlace(matcher, i),
    // The story's countries, read from its mentions once, and only for an acronym that may be looked up.
    bodyByAcronymLetters: (acronym, written) =>
      acronym.length < 3 || acronym.length > 5
        ? undefined
        : bodyByAcronymLetters(matcher, acronym, written, () => (countries ??= storyCountries(matcher, known))),
  };
  // The bare surnames as mentions, not indexes: the bodies below drop the known mentions inside them.
  const bareMentions = bare?.length ? new Set(bare.map((q) => known[q]!)) : undefined;
  const bodies = findUnknownBodies(n);
  if (bodies.length) {
    let b = 0;
    known = known.filter((m) => {
      while (b < bodies.length && bodies[b]!.end <= m.start) b++;
      return !(b < bodies.length && bodies[b]!.start < m.end);
    });
    const code = KIND_CODES.indexOf('organization') + 1;
    for (let i = 0, b = 0; i < t.count && b < bodies.length; i++) {
      while (b < bodies.length && bodies[b]!.end <= t.start[i]!) b++;
      if (b < bodies.length && bodies[b]!.start <= t.start[i]!) covered[i] = code;
    }
  }
  const people = findUnknownPeople(n);
  // Names in the text's own spelling, in a text that is not English, where the index files people by sound.
  const bySoundToo = matcher.foreignLatin && matcher.readsBySound;
  if (bySoundToo && people.length) peopleBySound(matcher, people, known, ctx);
  // "Justice Nazar Akbar … Justice Akbar dissented": a surname the story gives in full only to a person the base
  // does not know is that person's, not a known namesake's never named in full.
  if (bareMentions) known = surnamesOfUnknown(text, known, bareMentions, people);
  if (people.length) known = placesAsSurnamesOfUnknown(matcher, text, t, ctx, known, people);
  // Arabic and Persian names, found by other evidence (no capitals), only where the text has those scripts.
  const arabic = matcher.arabicScript ? findArabicScriptPeople(n) : [];
  // Of them, a foreigner the base names in English only ("أنطونيو جوتيريش") is read by sound.
  if (arabic.length && matcher.readsBySound) peopleBySound(matcher, arabic, known, ctx);
  // Names the knowledge base spells the English way, written in the text's own spelling and read by no pass above.
  const bySound = bySoundToo ? namesBySound(matcher, t, covered, people, known, ctx) : [];
  const found =
    bodies.length || arabic.length || bySound.length ? [...bodies, ...people, ...arabic, ...bySound] : people;
  let added = false;
  for (const p of found) {
    if (isMuted(text, p.start, p.end, p.id, options)) continue;
    known.push(
      p.title ? { start: p.start, end: p.end, id: p.id, title: p.title } : { start: p.start, end: p.end, id: p.id },
    );
    added = true;
  }
  return added ? known.sort((a, b) => a.start - b.start) : known;
}

/**
 * Gives the people the unknown-people pass found to the known person whose English name theirs sounds as, in the
 * spelling of the story's language ("Mijail Kasiánov" is Mikhail Kasyanov, "Ahmed Schafik" Ahmed Shafik:
 * latin-sound-names.ts; "أنطونيو جوتيريش" António Guterres, by the letters' consonants: abjadPersonBySound), of a
 * country the story names (oneOf); their surnames alone follow them.
 */
export function peopleBySound(
  matcher: Matcher,
  people: UnknownMention[],
  known: readonly Mention[],
  ctx: Context,
): void {
  let countries: ReadonlySet<number> | undefined;
  const settled = new Map<string, string>();
  for (let q = 0; q < people.length; q++) {
    const p = people[q]!;
    if (!p.id.startsWith(UNKNOWN_PREFIX)) continue;
    let id = settled.get(p.id);
    if (id === undefined) {
      id = personBySound(matcher, p.name, ctx, () => (countries ??= storyCountries(matcher, known)));
      settled.set(p.id, id);
    }
    if (!id) continue;
    p.id = id;
    p.title = undefined;
  }
}

/**
 * In a text in Latin letters that is not English, the capitalized names of two or three words that no pass has read
 * and that sound as one known person's English name (personBySound: "Wiktar Babaryka", "Maria Kalesnikawa" in a
 * Polish story on Belarus), and that surname alone after them. Not a name inside a longer one.
 */
export function namesBySound(
  matcher: Matcher,
  t: Tokens,
  covered: Uint8Array,
  people: readonly UnknownMention[],
  known: readonly Mention[],
  ctx: Context,
): UnknownMention[] {
  const text = matcher.text;
  const n = t.count;
  // Tokens the unknown-people pass named (each of its mentions starts at a token).
  const taken = new Uint8Array(n);
  for (let q = 0; q < people.length; q++)
    for (let j = tokenAt(t, people[q]!.start); j >= 0 && j < n && t.start[j]! < people[q]!.end; j++) taken[j] = 1;
  // A capitalized word no pass has read, and no language's function word ("Der", "La" opening a sentence).
  const words = matcher.tokenWords;
  const free = (i: number) =>
    (t.flags[i]! & (T_CAP_FIRST | T_ALL_CAPS | T_HAS_DIGIT)) === T_CAP_FIRST &&
    !covered[i] &&
    !taken[i] &&
    (words[i]! & FUNCTION_WORDS) === 0 &&
    t.end[i]! - t.start[i]! >= 2;
  const capitalBeside = (j: number) => j >= 0 && j < n && (t.flags[j]! & T_CAP_FIRST) !== 0;
  let countries: ReadonlySet<number> | undefined;
  const countriesOfStory = () => (countries ??= storyCountries(matcher, known));
  const out: UnknownMention[] = [];
  const bySurname = new Map<number, UnknownMention>();
  for (let i = 0; i < n; i++) {
    if (!free(i)) continue;
    // A run of capitalized words no pass has read: the name is the run, or its last three or two words after a
    // title or a noun German capitalizes ("Kandidat Mussa Mustafa Mussa").
    let last = i;
    while (last + 1 < n && last - i < MAX_RUN && t.flags[last + 1]! & T_JOINABLE && free(last + 1)) last++;
    for (let from = Math.max(i, last - 2); from < last; from++) {
      const name = text.slice(t.start[from], t.end[last]);
      const id = personBySound(matcher, name, ctx, countriesOfStory);
      if (!id) continue;
      const m = { start: t.start[from]!, end: t.end[last]!, id, name };
      out.push(m);
      if (!bySurname.has(t.hash[last]!)) bySurname.set(t.hash[last]!, m);
      break;
    }
    i = last;
  }
  if (!out.length) return out;
  // The surname alone, after the full name, where nothing else has read it.
  const first = out[0]!.end;
  for (let i = 0; i < n; i++) {
    if (t.start[i]! < first || !free(i)) continue;
    const m = bySurname.get(t.hash[i]!);
    if (!m || t.start[i]! < m.end || out.some((o) => o.start <= t.start[i]! && t.start[i]! < o.end)) continue;
    if (
      (t.flags[i]! & T_JOINABLE && capitalBeside(i - 1)) ||
      (i + 1 < n && t.flags[i + 1]! & T_JOINABLE && capitalBeside(i + 1))
    )
      continue;
    out.push({ start: t.start[i]!, end: t.end[i]!, id: m.id, name: m.name });
  }
  return out;
}

/** The id of the one known person a name written as `name` sounds as (see peopleBySound), or ''. */
export function personBySound(
  matcher: Matcher,
  name: string,
  ctx: Context,
  countriesOfStory: () => ReadonlySet<number>,
): string {
  if (ARABIC_LETTER.test(name)) return abjadPersonBySound(matcher, name, ctx, countriesOfStory);
  // A name in Cyrillic is read as the Latin spellings it may stand for (cyrillic-sound-names.ts).
  const cyrillic = CYRILLIC_WORD.test(name);
  const readings = cyrillic ? latinReadings(name) : [name];
  const pairs = readings.flatMap(writtenNameKeyPairs);
  if (!pairs.length) return '';
  const refs: number[] = [];
  for (const r of matcher.soundPeople(pairs)) {
    if (refs.includes(r)) continue;
    const english = matcher.englishName(r);
    if (readings.some((reading) => soundsAs(reading, english, cyrillic))) refs.push(r);
  }
  if (!refs.length) return '';
  // Of a grandfather and a grandson of one name ("Georges Papandréou" in 2015), the one not long gone.
  const living = refs.filter((r) => !longGone(matcher, r, ctx.year));
  const pool = living.length ? living : refs;
  const r = oneOf(matcher, pool, ctx.year, countriesOfStory(), ctx.dominantCountry, name.split(/\s+/).length);
  return r >= 0 ? matcher.idOf(r) : '';
}

const ARABIC_LETTER = /[\u0620-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]/;

/**
 * personBySound for a name in Arabic or Persian letters: its first and last words' consonant keys (abjad-names.ts),
 * the people filed under them, not of a country whose press writes that script, living, of a country the story names.
 */
function abjadPersonBySound(
  matcher: Matcher,
  name: string,
  ctx: Context,
  countriesOfStory: () => ReadonlySet<number>,
): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return '';
  const pairs: [string, string][] = [];
  for (const g of abjadKeys(words[0]!, ARABIC_SOUNDS))
    for (const s of abjadKeys(words[words.length - 1]!, ARABIC_SOUNDS)) if (keysTell(g, s)) pairs.push([g, s]);
  if (!pairs.length) return '';
  const own = ARABIC_SCRIPT_COUNTRIES.map((q) => matcher.refOf(q));
  const refs = [...new Set(matcher.soundPeople(pairs))].filter(
    (r) => !own.includes(matcher.countryOf(r)) && !longGone(matcher, r, ctx.year),
  );
  const r = oneOf(matcher, refs, ctx.year, countriesOfStory(), ctx.dominantCountry, words.length);
  return r >= 0 ? matcher.idOf(r) : '';
}

/** Gives the known mentions in `bare` whose word is the surname of an unknown person in `people` to that person. */
export function surnamesOfUnknown(
  text: string,
  known: Mention[],
  bare: ReadonlySet<Mention>,
  people: readonly UnknownMention[],
): Mention[] {
  // Each unknown person's surname (the last word of the name as first written), folded, to the first such person.
  if (!people.length) return known;
  const owners = new Map<string, string>();
  for (let q = 0; q < people.length; q++) {
    const p = people[q]!;
    const surname = foldSurface(p.name.slice(p.name.lastIndexOf(' ') + 1));
    if (!owners.has(surname)) owners.set(surname, p.id);
  }
  return known.map((m) => {
    const owner = bare.has(m) ? owners.get(foldSurface(text.slice(m.start, m.end))) : undefined;
    return owner ? { start: m.start, end: m.end, id: owner } : m;
  });
}

/**
 * "Gregory Rusland, de voorzitter van de NPS … Simons en Rusland worden beëdigd": a country's one-word name that
 * is the surname of a person the story names in full, and the story names nothing else of that country, is that
 * person's surname ("Rusland" is Dutch for Russia), as namedPersonsSurname reads a known person's.
 */
export function placesAsSurnamesOfUnknown(
  matcher: Matcher,
  text: string,
  t: Tokens,
  ctx: Context,
  known: Mention[],
  people: readonly UnknownMention[],
): Mention[] {
  let owners: Map<string, string> | undefined;
  for (let q = 0; q < people.length; q++) {
    const p = people[q]!;
    const space = p.name.lastIndexOf(' ');
    if (space < 0 || p.end - p.start !== p.name.length) continue;
    // The surname as written in the text, where its token is a place's name.
    const surname = p.name.slice(space + 1);
    const i = tokenAt(t, p.end - surname.length);
    if (i < 0 || !knownPlace(matcher, i)) continue;
    (owners ??= new Map()).set(foldSurface(surname), p.id);
  }
  if (!owners) return known;
  return known.map((m) => {
    const owner = owners.get(foldSurface(text.slice(m.start, m.end)));
    if (!owner) return m;
    const r = matcher.refOf(m.id);
    if (r < 0 || !matcher.isPlace(r) || (ctx.related.countries.get(r) ?? 0) > 1) return m;
    return { start: m.start, end: m.end, id: owner };
  });
}
