/**
 * The one-letter names the Japanese press gives countries (src/core/japanese-country-letters.ts): read before an
 * office or a body and in pairs, not in the common words the same letters make.
 */
import { describe, expect, it } from 'vitest';
import { japaneseCountryLetters } from '../../src/core/japanese-country-letters';

/** [letter, QID] of each country the text names by one letter. */
function letters(text: string): [string, string][] {
  return japaneseCountryLetters(text).map(({ start, qid }) => [text[start]!, qid]);
}

describe('one-letter country names in Japanese', () => {
  it('reads a letter before an office or a body, after 訪/駐, and in a pair', () => {
    expect(letters('米政府は英首相と仏大統領に伝えた。')).toEqual([
      ['米', 'Q30'],
      ['英', 'Q145'],
      ['仏', 'Q142'],
    ]);
    expect(letters('日米首脳会談で米中関係を協議した。駐米大使も同席。')).toEqual([
      ['米', 'Q30'],
      ['米', 'Q30'],
      ['米', 'Q30'],
    ]);
  });

  it('reads none in the words the letters also make', () => {
    // The West, South America, new rice, the price of rice, Central America.
    expect(letters('欧米と南米、新米の米価、中米諸国。')).toEqual([]);
    // Independence, heavy rain, a single-party government, English every day, Buddhism.
    expect(letters('独立と豪雨、単独政権、毎日英語を学ぶ、仏教寺院。')).toEqual([]);
  });
});
