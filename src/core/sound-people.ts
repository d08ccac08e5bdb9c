/**
 * People the knowledge base has, named by a spelling it lacks and read by their sound (hangul-names.ts, han-names.ts,
 * abjad-names.ts, katakana-names.ts), added to a match's mentions. Pure functions of the matcher's state (the Matcher
 * passed first); matcher.ts runs each only for a text in its script.
 */
import { type WrittenGiven, findAbjadPeople, givenAgrees } from './abjad-names';
import type { AbjadScript } from './abjad-scripts';
import { findHanPeople, isHanNameDot } from './han-names';
import { findHangulPeople } from './hangul-names';
import {
  findKatakanaPeople,
  initialVowelAgrees,
  isKatakanaLetter,
  katakanaKey,
  katakanaSurnamesBeforeOffices,
  nameWords,
  surnameKeys,
  surnameVowelAgrees,
  surnameVowelsAgree,
} from './katakana-names';
import { JAPANESE_OFFICE_ENDINGS, MAX_JAPANESE_OFFICE } from './match-words';
import { firstEndingAfter, isMuted } from './match-helpers';
import type { MatchOptions, Matcher, Mention } from './matcher';
import { activeAt, longGone } from './story-context';
import { oneOf, storyCountries, vowelAgrees } from './unknown-pass';

/** South and North Korea, China, Taiwan, Japan, Vietnam. */
const EAST_ASIAN_COUNTRIES = ['Q884', 'Q423', 'Q148', 'Q865', 'Q17', 'Q881'];

/** What a finder of names by sound is given: who is filed under two keys, which one to take, which spans are free. */
interface SoundLookup {
  people: (givenKey: string, surnameKey: string) => readonly number[];
  /** The one of `refs` to take (or -1), of those `allowed` keeps and, if given, `keep` too (the name's own test). */
  choose: (refs: readonly number[], parts: number, keep?: (r: number) => boolean) => number;
  free: (start: number, end: number) => boolean;
}

/**
 * The lookup of the people a name's keys sound as, of whom `allowed` keeps some and Matcher.oneOf takes the one of a
 * country the story names (its countries read from `found` only once a name is found).
 */
function soundLookup(
  matcher: Matcher,
  found: readonly Mention[],
  year: number,
  dominantCountry: number,
  allowed: (r: number) => boolean,
): SoundLookup {
  let countries: ReadonlySet<number> | undefined;
  return {
    people: (given, surname) => matcher.soundPeople([[given, surname]]),
    choose: (refs, parts, keep) =>
      oneOf(
        matcher,
        refs.filter((r) => allowed(r) && (keep === undefined || keep(r))),
        year,
        (countries ??= storyCountries(matcher, found)),
        dominantCountry,
        parts,
      ),
    free: freeIn(found),
  };
}

/**
 * Adds the people a Korean text names in hangul by a spelling the base does not have ("스콧 베센트"), and their
 * surnames alone; `found` is sorted and keeps its mentions.
 */
export function withHangulPeople(
  matcher: Matcher,
  text: string,
  found: Mention[],
  year: number,
  dominantCountry: number,
  options: MatchOptions,
): Mention[] {
  const { people, choose, free } = soundLookup(matcher, found, year, dominantCountry, notEastAsian(matcher));
  const added = findHangulPeople(
    text,
    people,
    // Of the people the keys name, those whose surname's first vowel agrees.
    (refs, parts, vowels) => choose(refs, parts, (r) => surnameVowelsAgree(vowels, matcher.englishName(r))),
    free,
  );
  return withAdded(matcher, text, found, added, options);
}

/**
 * Adds the people a Chinese text names with a middle dot by a spelling the base does not have ("弗朗西斯科·萨加斯蒂"),
 * and their surnames alone; `found` is sorted and keeps its mentions.
 */
export function withHanPeople(
  matcher: Matcher,
  text: string,
  found: Mention[],
  year: number,
  dominantCountry: number,
  options: MatchOptions,
): Mention[] {
  const { people, choose, free } = soundLookup(matcher, found, year, dominantCountry, notEastAsian(matcher));
  // A dotted name takes the place of the mentions after its given name ("贝亚特里斯·桑切斯": its surname had been
  // read alone as Pedro Sánchez's), as a katakana one does; not of one from its first character on.
  const replaced = new Set<Mention>();
  const takes = (start: number, end: number): boolean => {
    let dot = start;
    while (dot < end && !isHanNameDot(text.charCodeAt(dot))) dot++;
    if (dot < end) return replacesAfter(found, start, end, dot, replaced);
    return free(start, end) || replacesBareSurname(matcher, found, start, end, replaced);
  };
  const added = findHanPeople(text, people, choose, takes);
  const kept = replaced.size ? found.filter((m) => !replaced.has(m)) : found;
  return withAdded(matcher, text, kept, added, options);
}

/**
 * Adds the people a Hebrew text names after a title by a spelling the base does not have ("מזכיר העסקים והסחר,
 * ג'ונתן ריינולדס"), and their surnames alone; `found` is sorted and keeps its mentions.
 */
export function withAbjadPeople(
  matcher: Matcher,
  script: AbjadScript,
  text: string,
  found: Mention[],
  year: number,
  dominantCountry: number,
  options: MatchOptions,
): Mention[] {
  // Not a person of the press's own country: it writes their own names, which the base has, and ordinary words sound
  // as many.
  const own = script.ownCountry ? matcher.refOf(script.ownCountry) : -2;
  const { people, choose, free } = soundLookup(
    matcher,
    found,
    year,
    dominantCountry,
    (r) => matcher.countryOf(r) !== own,
  );
  // Of the people the keys name, those whose given name opens as the written one does ("עלי" is no Jerry, nor
  // Olivier).
  const agreeing = (refs: readonly number[], parts: number, given: WrittenGiven) =>
    choose(refs, parts, (r) => givenAgrees(given, nameWords(matcher.englishName(r))[0] ?? ''));
  return withAdded(matcher, text, found, findAbjadPeople(text, script, people, agreeing, free), options);
}

/**
 * Adds the people of the knowledge base that the text names in katakana by a spelling the base does not have
 * ("ペニー・モーダント"), read by sound (katakana-names.ts), and their surnames alone; `found` is sorted and
 * keeps its mentions, but those a full name takes the place of (its surname, read as another person's).
 */
export function withKatakanaPeople(
  matcher: Matcher,
  text: string,
  found: Mention[],
  year: number,
  dominantCountry: number,
  options: MatchOptions,
): Mention[] {
  // Not one whose last office ended long before the story: "ムーサ・ファキ" (the AU's Moussa Faki, whom the base has
  // in English only) sounds as James Baker, of a country a 2019 story names.
  const { people, choose } = soundLookup(matcher, found, year, dominantCountry, (r) => !longGone(matcher, r, year));
  const replaced = new Set<Mention>();
  const added = findKatakanaPeople(
    text,
    people,
    (refs, parts, surname) => choose(refs, parts, (r) => vowelAgrees(matcher, surname, r)),
    // A full name may take the place of mentions after its first letter; a surname alone of none.
    (start, end, inside) => replacesAfter(found, start, end, inside ? start : end, replaced),
  );
  const kept = replaced.size ? found.filter((m) => !replaced.has(m)) : found;
  return withAdded(matcher, text, kept, added, options);
}

/**
 * Adds the people a Japanese text names by their surname alone in katakana before an office or 氏 ("保守党のシーア党首",
 * "ベルニエ氏"), where the base lacks that katakana: the one person of the country the story is about whose surname sounds
 * so (keys, first vowel, and a vowel or a consonant first) and who held an office or a role that year; that word
 * elsewhere names them too. Of the story's own country alone: a surname's keys are coarse, and another country's
 * people ("シュレーダー" in a story on Germany sounds as an American senator's) would be read for the country's own.
 * `found` is sorted and keeps its mentions.
 */
export function withKatakanaSurnames(
  matcher: Matcher,
  text: string,
  found: Mention[],
  year: number,
  dominantCountry: number,
  options: MatchOptions,
): Mention[] {
  if (dominantCountry < 0) return found;
  const spans = katakanaSurnamesBeforeOffices(text, JAPANESE_OFFICE_ENDINGS, MAX_JAPANESE_OFFICE);
  if (!spans.length) return found;
  const free = freeIn(found);
  const foreign = notEastAsian(matcher);
  const named = new Map<string, number>();
  for (const [start, end] of spans) {
    const written = text.slice(start, end);
    if (named.has(written) || !free(start, end)) continue;
    const key = katakanaKey(text, start, end);
    if (key.length < MIN_SURNAME_KEY) continue;
    const refs: number[] = [];
    for (const r of matcher.peopleOf(dominantCountry)) {
      const name = matcher.englishName(r);
      if (
        foreign(r) &&
        activeAt(matcher, r, year) &&
        surnameKeys(name).includes(key) &&
        surnameVowelAgrees(written, name) &&
        initialVowelAgrees(written, name)
      )
        refs.push(r);
    }
    if (refs.length === 1) named.set(written, refs[0]!);
  }
  if (!named.size) return found;
  const added: { start: number; end: number; ref: number }[] = [];
  for (const [written, ref] of named)
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (isKatakanaLetter(text.charCodeAt(at - 1)) || isKatakanaLetter(text.charCodeAt(end))) continue;
      if (free(at, end)) added.push({ start: at, end, ref });
    }
  return withAdded(matcher, text, found, added, options);
}

/** A surname key shorter than this says too little ("ケリー" gives KR, as Kavala does). */
const MIN_SURNAME_KEY = 3;

/**
 * Whether a person is not of an East Asian country: the Korean and Chinese press write those people's own names, which
 * the base has, and the English spelling of such a name says little of how it sounds there.
 */
function notEastAsian(matcher: Matcher): (r: number) => boolean {
  const east = new Set(EAST_ASIAN_COUNTRIES.map((qid) => matcher.refOf(qid)));
  return (r) => !east.has(matcher.countryOf(r));
}

/** Whether text[start, end) overlaps no mention of `found` (sorted, its mentions apart). */
function freeIn(found: readonly Mention[]): (start: number, end: number) => boolean {
  return (start, end) => {
    const q = firstEndingAfter(found, start);
    return q >= found.length || found[q]!.start >= end;
  };
}

/**
 * Whether a name read by sound in text[start, end) may take the place of the mentions it overlaps: each starts after
 * `after` and ends by `end` (a mention after the given name, read as another person's surname; not one from the name's
 * first letter on, which read the whole name). If so, those mentions are added to `replaced`. `found` is sorted.
 */
function replacesAfter(
  found: readonly Mention[],
  start: number,
  end: number,
  after: number,
  replaced: Set<Mention>,
): boolean {
  const lo = firstEndingAfter(found, start);
  let q = lo;
  for (; q < found.length && found[q]!.start < end; q++)
    if (found[q]!.start <= after || found[q]!.end > end) return false;
  for (let r = lo; r < q; r++) replaced.add(found[r]!);
  return true;
}

/**
 * Whether a surname alone read by sound in text[start, end) may take the place of the one mention there: the same
 * word read as another person's ("桑切斯" as Pedro Sánchez's) whom the story never names in full. It is then the
 * surname of the person the story does name so. If so, that mention is added to `replaced`.
 */
function replacesBareSurname(
  matcher: Matcher,
  found: readonly Mention[],
  start: number,
  end: number,
  replaced: Set<Mention>,
): boolean {
  const m = found[firstEndingAfter(found, start)];
  if (!m || m.start !== start || m.end !== end) return false;
  const other = matcher.refOf(m.id);
  if (other < 0 || !matcher.isPerson(other) || found.some((x) => x.id === m.id && x.end - x.start > end - start))
    return false;
  replaced.add(m);
  return true;
}

/** `found` with the people read by sound added, unless the user muted them; sorted. */
function withAdded(
  matcher: Matcher,
  text: string,
  found: Mention[],
  added: readonly { start: number; end: number; ref: number }[],
  options: MatchOptions,
): Mention[] {
  if (!added.length) return found;
  const out = found.slice();
  for (const m of added) {
    const id = matcher.idOf(m.ref);
    if (!isMuted(text, m.start, m.end, id, options)) out.push({ start: m.start, end: m.end, id });
  }
  return out.sort((a, b) => a.start - b.start);
}
