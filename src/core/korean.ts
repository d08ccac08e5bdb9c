/**
 * Korean writes its case particles onto the noun: "헌법재판소가" (the Constitutional Court + subject), "국회의"
 * (of the National Assembly), "중국은", "북한을". A name is the word without its particle. Pure: no DOM, no
 * `browser`.
 */

/**
 * Particles (and the commonest stacked pairs), longest first, so "에서는" is tried before "는"; and the copula, which
 * Korean writes onto a noun as well ("의장국은 말레이시아입니다", "말레이시아였다").
 */
const PARTICLES = [
  '입니다',
  '이었다',
  '이라고',
  '에서는',
  '에서도',
  '에게서',
  '으로는',
  '으로서',
  '으로써',
  '께서는',
  '이라는',
  '에서',
  '에게',
  '께서',
  '으로',
  '까지',
  '부터',
  '보다',
  '처럼',
  '와의',
  '과의',
  '에는',
  '에도',
  '이나',
  '라는',
  '이란',
  '하고',
  '이다',
  '이며',
  '였다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
];

/** Whether code unit `code` is a Hangul syllable. */
export function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * Lengths (code units) of the particles text[start, end) may end with, longest first, each leaving a stem of two
 * syllables or more. Written into `out`; returns how many.
 */
export function koreanParticleLengths(text: string, start: number, end: number, out: number[]): number {
  let count = 0;
  for (const p of PARTICLES) {
    if (end - start - p.length < 2) continue;
    if (text.startsWith(p, end - p.length)) out[count++] = p.length;
  }
  return count;
}

/**
 * Offices and forms of address the Korean press writes after a surname on second reference ("윤 대통령", "이 대표",
 * "김 여사", "한 총리"). Not those that are also common nouns after "이" ('this'): 시장 (mayor, market), 소장 (chief,
 * complaint), 대사 (ambassador, a line of dialogue).
 */
const KOREAN_OFFICES = new Set(
  `대통령 대통령실장 대표 당대표 원내대표 대표이사 총리 부총리 장관 차관 여사 의원 비대위원장 최고위원 후보 후보자 당선인
  당선자 씨 부장판사 판사 검사 검사장 검찰총장 총장 청장 지사 실장 비서실장 대변인 의장 국무위원장 위원장 권한대행 대행 사령관
  회장 부회장 원장 대법원장 감사원장 처장 특보 수석 주석 총서기 국무장관 장군`.split(/\s+/),
);

/** Syllables that are surnames but, before an office, words: 전 'former', 현 'current', 모 'a certain', 각 'each', 양 'both'. */
export const KOREAN_NOT_SURNAMES = new Set(['전', '현', '모', '각', '양']);

/**
 * The office after text[end] following a space ("윤 대통령은" → "대통령", "문 전 대통령" → "대통령"; a particle may
 * end it), or undefined: the one place where a Korean surname alone names its person, since a syllable such as
 * "이" is also a word ('this'). The same office after a full name earlier ("이재명 대통령") says whose surname it is.
 */
export function koreanOfficeAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 0x20) return undefined;
  let start = end + 1;
  // "문 전 대통령", "박 前 장관": a former holder.
  if ((text.startsWith('전 ', start) || text.startsWith('前 ', start)) && isHangul(text.charCodeAt(start + 2)))
    start += 2;
  return nounAt(text, start, KOREAN_OFFICES);
}

/**
 * The word of `nouns` that the Hangul word at text[start] is, itself or with a particle written onto it ("대통령은" →
 * "대통령"), or undefined ("군사" is no "군").
 */
function nounAt(text: string, start: number, nouns: ReadonlySet<string>): string | undefined {
  let stop = start;
  while (stop < text.length && isHangul(text.charCodeAt(stop))) stop++;
  if (stop === start) return undefined;
  const word = text.slice(start, stop);
  if (nouns.has(word)) return word;
  for (const p of PARTICLES) {
    const stem = word.slice(0, -p.length);
    if (word.length > p.length && word.endsWith(p) && nouns.has(stem)) return stem;
  }
  return undefined;
}

/** Words the Korean press writes after a country's name that a common noun would not take: its government, army, war. */
const KOREAN_COUNTRY_WORDS = new Set(
  `정부 정부군 군 군부 내전 대통령 총리 국왕 수도 국민 난민 사태 외교부 대사관 국경 북부 남부 동부 서부 전역 반군 과도정부
  총선 대선 주재`.split(/\s+/),
);

/**
 * Whether a word said of a country follows text[end] ("수단 정부", "오만의 수도", "수단 내전"): what makes a Korean
 * word that is also a country's name (수단 'means', 오만 'arrogance', 피지 'sebum') the country.
 */
export function koreanCountryWordAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 0xc758) i++; // 의, 'of'
  return text.charCodeAt(i) === 0x20 && nounAt(text, i + 1, KOREAN_COUNTRY_WORDS) !== undefined;
}
