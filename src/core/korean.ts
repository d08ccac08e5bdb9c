/**
 * Korean writes its case particles onto the noun: "헌법재판소가" (the Constitutional Court + subject), "국회의"
 * (of the National Assembly), "중국은", "북한을". A name is the word without its particle. Pure: no DOM, no
 * `browser`.
 */

/** Particles (and the commonest stacked pairs), longest first, so "에서는" is tried before "는". */
const PARTICLES = [
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
