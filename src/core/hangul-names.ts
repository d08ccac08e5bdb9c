/**
 * Foreigners' names as the Korean press writes them: in hangul, given name and surname apart with a space ("스콧
 * 베센트", Scott Bessent; "카마르 자베드 바지와"). The knowledge base has the hangul of a few thousand people; any
 * other such name is read by its sound, as katakana is (katakana-names.ts): each word reduced to the same key of
 * consonant classes that the build files every person's English name under, and a name whose given name and surname
 * agree with one person of a country the story names, and with the first vowel of that person's surname, is that
 * person; the surname alone after it ("베센트 장관은") names them too.
 *
 * Korean writes no mark of a foreign name (Japanese has its middle dot), so any two words may be read: only words of
 * hangul alone, a surname of two syllables or more, keys of some length, and the one person of the story's countries
 * the keys name (Matcher.oneOf). Pure: no DOM, no `browser`.
 */
import { keysTell } from './katakana-names';
import { isHangul, koreanParticleLengths } from './korean';

/** The classes of the 19 initial consonants, in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ); ㅇ and ㅎ say nothing, as katakana's vowels and h do. */
const INITIALS = ['K', 'K', 'N', 'T', 'T', 'R', 'M', 'P', 'P', 'S', 'S', '', 'S', 'S', 'S', 'K', 'T', 'P', ''];

/**
 * The classes of the 27 final consonants (after none): ㅅ is a t in a foreign name ("스콧", Scott), ㅇ the ng that
 * English spells with a g ("킹", King).
 */
const FINALS = [
  '',
  'K',
  'K',
  'K',
  'N',
  'N',
  'N',
  'T',
  'R',
  'K',
  'M',
  'R',
  'R',
  'R',
  'P',
  'R',
  'M',
  'P',
  'P',
  'T',
  'T',
  'NK',
  'T',
  'T',
  'K',
  'T',
  'P',
  '',
];

/**
 * The vowels each of the 21 medial vowels may stand for, as katakana's vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ
 * ㅠ ㅡ ㅢ ㅣ): ㅓ is the English u of "Trump" (트럼프) and the o of "Johnson" (존슨) alike.
 */
const MEDIALS = [
  'a',
  'e',
  'a',
  'e',
  'ao',
  'e',
  'oe',
  'e',
  'o',
  'a',
  'e',
  'e',
  'o',
  'u',
  'o',
  'e',
  'i',
  'u',
  'u',
  'i',
  'i',
];
/** ㅡ, the vowel Korean adds to a consonant cluster ("스콧", "트럼프"), as katakana adds u. */
const ADDED_VOWEL = 18;
const FIRST_SYLLABLE = 0xac00;

/** The key of the hangul in text[start, end): its consonant classes, repeats merged. */
export function hangulKey(text: string, start: number, end: number): string {
  let key = '';
  const add = (cls: string) => {
    for (const c of cls) if (key.charCodeAt(key.length - 1) !== c.charCodeAt(0)) key += c;
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isHangul(code)) continue;
    const s = code - FIRST_SYLLABLE;
    add(INITIALS[Math.floor(s / 588)]!);
    add(FINALS[s % 28]!);
  }
  return key;
}

/**
 * The vowels the first syllable of a hangul surname may stand for: its own, or, where it is the vowel Korean adds to
 * a cluster and has no final ("스", "브"), the next syllable's too.
 */
export function hangulFirstVowels(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isHangul(code)) continue;
    const s = code - FIRST_SYLLABLE;
    const medial = Math.floor((s % 588) / 28);
    out += MEDIALS[medial]!;
    if (medial !== ADDED_VOWEL || s % 28 !== 0) return out;
  }
  return out;
}

/** A word of hangul alone, as the press writes a part of a foreign name: [start, end) in the text. */
interface Word {
  start: number;
  end: number;
}

/** A span of text that names a person of the knowledge base (the caller's reference). */
export interface HangulMention {
  start: number;
  end: number;
  ref: number;
}

/** The shortest given name's key read (see nameAt). */
const MIN_GIVEN_KEY = 2;

/** The shortest surname read, in syllables: one syllable is a Korean family name or a word. */
const MIN_SURNAME_SYLLABLES = 2;

/**
 * Particles no transliterated name's syllable is: an object's, a topic's, a possessive's. A word ending in one is a
 * noun in the sentence, not a name's first part ("협의를 거쳐", 'through consultation', had sounded as a governor of
 * Spain's central bank).
 */
const NON_NAME_ENDINGS = '를을의는';

/** The word ends with a particle that no name's word does. */
function endsWithParticle(text: string, word: Word): boolean {
  return word.end - word.start >= 2 && NON_NAME_ENDINGS.includes(text.charAt(word.end - 1));
}

/**
 * The hangul names in `text` that name people of the knowledge base: two or three words of hangul alone, one space
 * apart, the last of two syllables or more before a particle; and their surnames alone after them wherever the text
 * writes them as a word of their own. `people` gives the people filed under a given name's and a surname's keys;
 * `choose` picks one person of those (or -1); `free` says whether a span overlaps no mention found before. Sorted by
 * start.
 */
export function findHangulPeople(
  text: string,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number, surnameVowels: string) => number,
  free: (start: number, end: number) => boolean,
): HangulMention[] {
  const words = hangulWords(text);
  const out: HangulMention[] = [];
  const surnames = new Map<string, number>();
  for (let w = 0; w + 1 < words.length; w++) {
    const given = words[w]!;
    // An office is no given name: "후보로 나서지" (to run as a candidate) had sounded as a Belgian banker.
    if (!free(given.start, given.end) || isOffice(text, given) || endsWithParticle(text, given)) continue;
    for (let parts = 2; parts <= 3 && w + parts - 1 < words.length; parts++) {
      // The words of the name one space apart.
      if (words[w + parts - 1]!.start !== words[w + parts - 2]!.end + 1) break;
      if (parts === 3 && (isOffice(text, words[w + 1]!) || endsWithParticle(text, words[w + 1]!))) break;
      const last = words[w + parts - 1]!;
      const found = nameAt(text, given, last, parts, people, choose);
      if (!found || !free(given.start, found.end) || !officeBeside(text, given.start, found.end)) continue;
      out.push({ start: given.start, end: found.end, ref: found.ref });
      const surname = text.slice(last.start, found.end);
      if (!surnames.has(surname)) surnames.set(surname, found.ref);
      w += parts - 1;
      break;
    }
  }
  if (!out.length) return out;
  // The surname alone, as a word of its own (before a particle), after its full name.
  const first = out[0]!.end;
  const named = out.slice();
  for (const word of words) {
    if (word.start < first || named.some((m) => m.start <= word.start && word.start < m.end)) continue;
    for (const end of [word.end, ...stemEnds(text, word)]) {
      const ref = surnames.get(text.slice(word.start, end));
      if (ref === undefined) continue;
      if (free(word.start, end)) out.push({ start: word.start, end, ref });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The person the words from `given` to `last` name, and the end of the surname before its particle; or undefined. */
function nameAt(
  text: string,
  given: Word,
  last: Word,
  parts: number,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number, surnameVowels: string) => number,
): { ref: number; end: number } | undefined {
  const givenKey = hangulKey(text, given.start, given.end);
  // A given name of one consonant ("한", 'one'; "그", 'he') is as likely a word.
  if (givenKey.length < MIN_GIVEN_KEY) return undefined;
  for (const end of [last.end, ...stemEnds(text, last)]) {
    if (end - last.start < MIN_SURNAME_SYLLABLES) continue;
    const surnameKey = hangulKey(text, last.start, end);
    if (!keysTell(givenKey, surnameKey)) continue;
    const refs = people(givenKey, surnameKey);
    if (!refs.length) continue;
    const ref = choose(refs, parts, hangulFirstVowels(text, last.start, end));
    if (ref >= 0) return { ref, end };
  }
  return undefined;
}

/**
 * Offices (and their last syllables, for compounds: "재무장관", "육군참모총장", "사무총장") the Korean press writes
 * beside a foreigner's name on first mention.
 */
const OFFICE_ENDINGS =
  `대통령 총리 장관 차관 총장 의장 대표 위원장 대사 대변인 사령관 총재 국왕 왕세자 장군 의원 후보 주석 총서기 특사
  보좌관 회장 부통령 지사 시장 당수 당대표 최고지도자 외무상 국방상 판사 검사 감독`.split(/\s+/);

/** The words the press puts between a name and its office: "전" (former), a country's one-syllable short name. */
const MAX_WORD_BETWEEN = 4;

/**
 * Whether an office is written beside the name in text[start, end): after it ("베센트 장관은", "부토 전 총리가",
 * "베센트 미 재무장관은", "바지와 육군참모총장의", with at most one short word between), or before it, as an
 * apposition ("사무총장인 아사드 우마르는") or a title ("국무장관 마코 루비오"). Korean has no mark of a foreign name:
 * two ordinary words may sound as one, so a name is read only where it is said to hold an office.
 */
function officeBeside(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 0x20) {
    let word = wordAt(text, end + 1);
    if (
      word &&
      !isOffice(text, word) &&
      word.end - word.start <= MAX_WORD_BETWEEN &&
      text.charCodeAt(word.end) === 0x20
    )
      word = wordAt(text, word.end + 1);
    if (word && isOffice(text, word)) return true;
  }
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  let from = start - 1;
  while (from > 0 && isHangul(text.charCodeAt(from - 1))) from--;
  if (from === start - 1) return false;
  // "사무총장인": the office and 인 ('who is').
  const stop = text.charCodeAt(start - 2) === 0xc778 ? start - 2 : start - 1;
  return stop > from && isOffice(text, { start: from, end: stop }, false);
}

/** The hangul word at text[at], or undefined. */
function wordAt(text: string, at: number): Word | undefined {
  let end = at;
  while (end < text.length && isHangul(text.charCodeAt(end))) end++;
  return end > at ? { start: at, end } : undefined;
}

/** Whether a word is an office or ends with one, itself or (with `particles`) before a particle. */
function isOffice(text: string, word: Word, particles = true): boolean {
  const ends = particles ? [word.end, ...stemEnds(text, word)] : [word.end];
  return ends.some((end) =>
    OFFICE_ENDINGS.some((office) => end - word.start >= office.length && text.startsWith(office, end - office.length)),
  );
}

/** The ends of a word's stems before the particles it may end with, longest particle first. */
function stemEnds(text: string, word: Word): number[] {
  const lengths: number[] = [];
  const count = koreanParticleLengths(text, word.start, word.end, lengths);
  return lengths.slice(0, count).map((length) => word.end - length);
}

/** The words of `text` made of hangul alone (a word with a digit, a Latin letter or a Han character is none). */
function hangulWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isHangul(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isHangul(text.charCodeAt(i))) i++;
    // A word that runs on into other letters ("LG전자", "G7정상") is not a name's part.
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = i < n ? text.charCodeAt(i) : 32;
    if (!isWordLetter(before) && !isWordLetter(after)) out.push({ start, end: i });
  }
  return out;
}

/** A letter or digit that would join a hangul run into one longer word. */
function isWordLetter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3131 && code <= 0x318e)
  );
}
