/**
 * People the knowledge base has, named in hangul or Chinese characters by a spelling it lacks, read by sound
 * (hangul-names.ts, han-names.ts) and added to a match's mentions. Pure functions of the matcher's state (the Matcher
 * passed first); matcher.ts runs them for a Korean or a Chinese text.
 */
import { findHanPeople } from './han-names';
import { findHangulPeople } from './hangul-names';
import { surnameVowelsAgree } from './katakana-names';
import { isMuted } from './match-helpers';
import type { MatchOptions, Matcher, Mention } from './matcher';
import { oneOf, storyCountries } from './unknown-pass';

/** South and North Korea, China, Taiwan, Japan, Vietnam. */
const EAST_ASIAN_COUNTRIES = ['Q884', 'Q423', 'Q148', 'Q865', 'Q17', 'Q881'];

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
  const countries = storyCountries(matcher, found);
  const foreign = notEastAsian(matcher);
  const added = findHangulPeople(
    text,
    (given, surname) => matcher.soundPeople([[given, surname]]),
    (refs, parts, vowels) =>
      oneOf(
        matcher,
        refs.filter((r) => foreign(r) && surnameVowelsAgree(vowels, matcher.englishName(r))),
        year,
        countries,
        dominantCountry,
        parts,
      ),
    freeIn(found),
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
  const countries = storyCountries(matcher, found);
  const foreign = notEastAsian(matcher);
  const added = findHanPeople(
    text,
    (given, surname) => matcher.soundPeople([[given, surname]]),
    (refs, parts) => oneOf(matcher, refs.filter(foreign), year, countries, dominantCountry, parts),
    freeIn(found),
  );
  return withAdded(matcher, text, found, added, options);
}

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
    // The first mention ending after `start`.
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo >= found.length || found[lo]!.start >= end;
  };
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
