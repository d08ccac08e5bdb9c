import { describe, expect, it } from 'vitest';
import {
  initialVowelAgrees,
  katakanaSurnamesBeforeOffices,
  latinKeys,
  surnameKeys,
} from '../../src/core/katakana-names';
import { JAPANESE_OFFICE_ENDINGS, MAX_JAPANESE_OFFICE } from '../../src/core/match-words';

const spans = (text: string) =>
  katakanaSurnamesBeforeOffices(text, JAPANESE_OFFICE_ENDINGS, MAX_JAPANESE_OFFICE).map(([s, e]) => text.slice(s, e));

describe('a foreigner’s surname alone in katakana before an office', () => {
  it('finds a katakana word before 氏, 党首 or an office in kanji', () => {
    expect(spans('ベルニエ氏の人民党は敗れた。ブランシェ党首率いる党が伸びた。ショーテン外相が述べた。')).toEqual([
      'ベルニエ',
      'ブランシェ',
      'ショーテン',
    ]);
  });

  it('not a part of a dotted name, a short word, or a word before 長 that opens another word', () => {
    expect(spans('マクシム・ベルニエ氏が述べた。')).toEqual([]);
    expect(spans('ガス氏')).toEqual([]);
    expect(spans('ミサイル長距離')).toEqual([]);
  });

  it('gives a surname the keys its English spelling may sound as', () => {
    expect(surnameKeys('Maxime Bernier')).toEqual(expect.arrayContaining(latinKeys('bernier')));
    expect(surnameKeys('Jody Wilson-Raybould')).toEqual(expect.arrayContaining(latinKeys('wilsonraybould')));
  });

  it('does not read a surname that opens with a consonant as one that opens with a vowel (Özdemir)', () => {
    // シュタインマイヤー's keys are Cem Özdemir's; the keys say nothing of a vowel before the first consonant.
    expect(initialVowelAgrees('シュタインマイヤー', 'Cem Özdemir')).toBe(false);
    expect(initialVowelAgrees('オランド', 'François Hollande')).toBe(true);
    expect(initialVowelAgrees('ベルニエ', 'Maxime Bernier')).toBe(true);
    expect(initialVowelAgrees('オズデミル', 'Cem Özdemir')).toBe(true);
  });
});
