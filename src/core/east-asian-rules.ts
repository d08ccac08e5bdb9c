/**
 * What Chinese, Japanese and Korean writing does to a name: offices written onto it, runs of characters after it,
 * one-letter country names (katakana spellings read by sound are sound-people.ts's). Pure functions of the matcher's
 * state (the Matcher passed first); matcher.ts runs them in order.
 */
import { C_CJK, HIRAGANA, KATAKANA, classOf, kanaOf } from './fold';
import { japaneseCountryLetters } from './japanese-country-letters';
import { japaneseWireCredits } from './japanese-wire-credits';
import { isHangul, koreanOfficeAfter } from './korean';
import { isMuted } from './match-helpers';
import type { Candidate, Context } from './match-types';
import {
  CHINESE_OFFICES,
  CJK_RUN_RULES,
  COMPASS_POINTS,
  HEAD_CHAR_HASH,
  JAPANESE_AFTER_NAME,
  JAPANESE_CLERIC_HONORIFIC,
  JAPANESE_OFFICE_ENDINGS,
  MAX_CHINESE_OFFICE,
  MAX_CJK_LOOKAHEAD,
  MAX_JAPANESE_OFFICE,
} from './match-words';
import type { MatchOptions, Matcher, Mention } from './matcher';
import { T_CJK, type Tokens } from './tokenize';

/**
 * Adds the countries a Japanese text names by one letter ("米大統領", "日米", "英政府": japanese-country-letters.ts)
 * where no mention covers the letter; `found` is sorted and keeps its mentions.
 */
export function withCountryLetters(matcher: Matcher, text: string, found: Mention[], options: MatchOptions): Mention[] {
  const letters = japaneseCountryLetters(text);
  if (!letters.length) return found;
  const out = found.slice();
  let q = 0;
  for (const { start, qid } of letters) {
    while (q < found.length && found[q]!.end <= start) q++;
    if (q < found.length && found[q]!.start <= start) continue;
    if (matcher.refOf(qid) >= 0 && !isMuted(text, start, start + 1, qid, options))
      out.push({ start, end: start + 1, id: qid });
  }
  return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
}

/**
 * Adds the news agencies a Japanese text credits ("【ワシントン共同】", "（時事）": japanese-wire-credits.ts) where no
 * mention covers the word; `found` is sorted and keeps its mentions.
 */
export function withWireCredits(matcher: Matcher, text: string, found: Mention[], options: MatchOptions): Mention[] {
  const credits = japaneseWireCredits(text);
  if (!credits.length) return found;
  const out = found.slice();
  let q = 0;
  for (const { start, end, id } of credits) {
    while (q < found.length && found[q]!.end <= start) q++;
    if (q < found.length && found[q]!.start < end) continue;
    if (matcher.refOf(id) >= 0 && !isMuted(text, start, end, id, options)) out.push({ start, end, id });
  }
  return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
}

/** The candidate's last Chinese or Japanese character has "长" (長) written right after it. */
export function headTitleAfter(t: Tokens, c: Candidate): boolean {
  const next = c.last + 1;
  return (
    next < t.count &&
    (t.flags[c.last]! & t.flags[next]! & T_CJK) !== 0 &&
    t.start[next] === t.end[c.last] &&
    t.hash[next] === HEAD_CHAR_HASH
  );
}

/**
 * The Chinese or Japanese characters written on right after candidate `c`, itself in such characters, up to
 * `limit` of them; '' if none.
 */
export function cjkRunAfter(
  matcher: Matcher,
  t: Tokens,
  c: Candidate,
  limit = MAX_CJK_LOOKAHEAD,
  afterKana = false,
): string {
  if (!afterKana && !(t.flags[c.last]! & T_CJK)) return '';
  let j = c.last + 1;
  while (j < t.count && j - c.last <= limit && t.flags[j]! & T_CJK && t.start[j] === t.end[j - 1]) j++;
  return j === c.last + 1 ? '' : matcher.text.slice(t.start[c.last + 1], t.end[j - 1]);
}

/**
 * The office written after candidate `c`, in kanji in a Japanese text, where `c` opens a run of kanji that goes on
 * into an office ("石破総理大臣", "小泉農林水産大臣", "林官房長官"), else ''. Only at the start of the run: "林" of
 * "農林水産大臣" is no surname.
 */
export function japaneseOfficeAfter(matcher: Matcher, t: Tokens, c: Candidate): string {
  if (!matcher.japanese) return '';
  // A foreigner's surname in katakana, with the office in kanji written onto it: "マルコス大統領".
  const katakana = c.first === c.last && kanaOf(matcher.text.charCodeAt(c.start)) === KATAKANA;
  if (!katakana && !(t.flags[c.first]! & T_CJK)) return '';
  // A name in kanji written onto kanji before it is the end of a longer word; one in katakana is a word of its own
  // after an office in kanji ("最高指導者ハメネイ師").
  if (!katakana && c.first > 0 && t.flags[c.first - 1]! & T_CJK && t.end[c.first - 1] === t.start[c.first]) return '';
  // The whole run after it is the office: one character more than the longest office is a run too long.
  const run = cjkRunAfter(matcher, t, c, MAX_JAPANESE_OFFICE + 1, katakana);
  if (!run || run.length > MAX_JAPANESE_OFFICE) return '';
  if (run === JAPANESE_CLERIC_HONORIFIC) return run;
  for (const ending of JAPANESE_OFFICE_ENDINGS) if (run.endsWith(ending)) return run;
  // "デウバ首相率いる": the run's last kanji opens a verb written on in hiragana ("率いる", to lead); the office is
  // the run without it.
  // (The run is written right after the candidate: cjkRunAfter reads only characters without a gap.)
  const after = matcher.text.charCodeAt(t.end[c.last]! + run.length);
  if (run.length < 3 || kanaOf(after) !== HIRAGANA) return '';
  const office = run.slice(0, -1);
  for (const ending of JAPANESE_OFFICE_ENDINGS) if (office.endsWith(ending)) return office;
  return '';
}

/**
 * Candidate `c`, in Chinese characters in a text without kana, comes right after an office ("美国总统拜登",
 * "印度总理莫迪"): the Chinese press names a foreigner so, by a transliterated surname too short to stand alone.
 */
export function chineseOfficeBefore(matcher: Matcher, c: Candidate): string {
  if (matcher.japanese || (classOf(matcher.text.charCodeAt(c.start)) & 7) !== C_CJK) return '';
  const before = matcher.text.slice(Math.max(0, c.start - MAX_CHINESE_OFFICE), c.start);
  for (const office of CHINESE_OFFICES) if (before.endsWith(office)) return office;
  return '';
}

/**
 * Drops the readings of `c` that the characters written on after it (`after`, in the same run) rule out, by
 * CJK_RUN_RULES; false when none is left.
 */
export function cjkRunAllows(matcher: Matcher, c: Candidate, after: string): boolean {
  for (const [pattern, ruledOut] of CJK_RUN_RULES) {
    if (!pattern.test(after)) continue;
    c.entities = c.entities.filter((e) =>
      ruledOut === 'place'
        ? !matcher.isPlace(e)
        : ruledOut === 'person'
          ? !matcher.isPerson(e)
          : matcher.isPerson(e) || matcher.isPlace(e),
    );
    if (!c.entities.length) return false;
  }
  return true;
}

/**
 * Candidate `c`, a surname in kanji in a Japanese text, is followed in the same run by more kanji that are neither
 * an office nor a word said of a person: the run is another name ("林剣" after "林").
 */
export function kanjiNameGoesOn(matcher: Matcher, t: Tokens, c: Candidate, after: string): boolean {
  if (!matcher.japanese || c.first !== c.last || !after || !(t.flags[c.first]! & T_CJK)) return false;
  if ((classOf(after.charCodeAt(0)) & 7) !== C_CJK) return false;
  for (const word of JAPANESE_AFTER_NAME) if (after.startsWith(word)) return false;
  return !japaneseOfficeAfter(matcher, t, c);
}

/**
 * Which of several people of a surname named in full in the document a bare surname at token `at` means:
 * the one named in full just before ("Defense Minister Kim Yong-hyun … Kim said"); failing a recent full
 * mention, the one named in full most often (the story's subject), then the most prominent ("Kim" is Kim
 * Jong Un, whose official was named paragraphs ago). A relative named after someone ("Mugabe's wife, Grace
 * Mugabe") is not called by the bare surname the story already uses for that person, however recently named.
 */
/**
 * "이 대통령은" in a story naming "이재명 대통령" and "이준석 후보": of several named in full, the one whose full
 * name the same office followed, as the Korean press names a person first in full with the office, then by the
 * surname with it. Only where exactly one such person is named.
 */
export function koreanOfficeHolder(
  matcher: Matcher,
  t: Tokens,
  c: Candidate,
  named: readonly number[],
  ctx: Context,
): number | undefined {
  if (c.end - c.start !== 1 || !isHangul(matcher.text.charCodeAt(c.start))) return undefined;
  const office = koreanOfficeAfter(matcher.text, c.end);
  const holders = named.filter((e) =>
    (ctx.anchorAt.get(e) ?? []).some((p) => p < c.first && koreanOfficeOf(matcher, t.end[p]!) === office),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The office after a Korean name ending at `end`, or after one word more ("이재명 대선 후보", "… 민주당 대표"). */
export function koreanOfficeOf(matcher: Matcher, end: number): string | undefined {
  const office = koreanOfficeAfter(matcher.text, end);
  if (office || matcher.text.charCodeAt(end) !== 0x20) return office;
  let next = end + 1;
  while (next < matcher.text.length && isHangul(matcher.text.charCodeAt(next))) next++;
  return next > end + 1 ? koreanOfficeAfter(matcher.text, next) : undefined;
}

/** A Han compass point written right before the candidate, a place, and not the end of a known name. */
export function compassBefore(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const prev = c.first - 1;
  if (prev < 0 || !(t.flags[c.first]! & T_CJK) || t.end[prev] !== t.start[c.first] || ctx.knownEnd[prev]) return false;
  return (
    COMPASS_POINTS.includes(matcher.text.charAt(t.start[prev]!)) &&
    t.end[prev]! - t.start[prev]! === 1 &&
    matcher.isPlaceCandidate(c)
  );
}
