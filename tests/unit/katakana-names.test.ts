/**
 * Foreigners' names in katakana, read by sound (src/core/katakana-names.ts): where the Japanese press writes a
 * name's parts, and whether a person's English name may sound as it.
 */
import { describe, expect, it } from 'vitest';
import {
  katakanaKey,
  katakanaNames,
  keysTell,
  latinKeys,
  nameKeyPairs,
  findKatakanaPeople,
  surnameVowelAgrees,
} from '../../src/core/katakana-names';

/** Each name's whole span, given name and surname, as written. */
function names(text: string): string[][] {
  return katakanaNames(text).map((n) => [
    text.slice(n.start, n.end),
    text.slice(n.givenStart, n.givenEnd),
    text.slice(n.surnameStart, n.surnameEnd),
  ]);
}

/** The key of a whole katakana string. */
const key = (kana: string) => katakanaKey(kana, 0, kana.length);

describe('katakana names', () => {
  it('finds a name of two parts or more written with middle dots, its halves joined with ＝', () => {
    expect(names('英国のペニー・モーダント氏は')).toEqual([['ペニー・モーダント', 'ペニー', 'モーダント']]);
    expect(names('ジャン＝マリー・ルペン氏')).toEqual([['ジャン＝マリー・ルペン', 'ジャン＝マリー', 'ルペン']]);
    expect(names('ムハンマド・ビン・サルマン皇太子')).toEqual([
      ['ムハンマド・ビン・サルマン', 'ムハンマド', 'サルマン'],
    ]);
  });

  it('ends a name at a dot before an office, and finds none in a part that is not katakana or too short', () => {
    expect(names('ナンシー・フェーザー・前内相')).toEqual([['ナンシー・フェーザー', 'ナンシー', 'フェーザー']]);
    expect(names('ジョン・F・ケネディ元大統領')).toEqual([]);
    expect(names('松野博一・前官房長官')).toEqual([]);
    expect(names('モーダント氏は語った')).toEqual([]);
  });

  it('gives a name in katakana the key that a spelling of the English name gives', () => {
    const pairs: [string, string][] = [
      ['モーダント', 'mordaunt'], // an r before a consonant unsaid
      ['フェーザー', 'faeser'],
      ['ランブレヒト', 'lambrecht'], // ン before b is an m; German ch is no k
      ['ジェームズ', 'james'],
      ['クリスティーネ', 'christine'],
      ['ムハンマド', 'mohammed'],
      ['ネタニヤフ', 'netanyahu'], // "hu" is フ
      ['ウォレス', 'wallace'],
      ['シューマー', 'schumer'],
      ['リンジー', 'lindsey'],
    ];
    for (const [kana, latin] of pairs) expect(latinKeys(latin), `${kana} ${latin}`).toContain(key(kana));
    // Different names stay apart.
    expect(latinKeys('mordaunt')).not.toContain(key('モーガン'));
    expect(latinKeys('john')).not.toContain(key('ベン'));
  });

  it('reads no person in keys too short to tell one ("ホワイト・ハウス")', () => {
    expect(keysTell(key('ホワイト'), key('ハウス'))).toBe(false);
    expect(keysTell(key('ペニー'), key('モーダント'))).toBe(true);
  });

  it('files a person under the keys of the given name and the surname, with a particle written onto it', () => {
    expect(nameKeyPairs('Jean-Marie Le Pen')).toContain(`${key('ジャン＝マリー')}|${key('ルペン')}`);
    expect(nameKeyPairs('Penny Mordaunt')).toContain(`${key('ペニー')}|${key('モーダント')}`);
    expect(nameKeyPairs('Charles III')).toEqual([]);
    expect(nameKeyPairs('Abdullah II of Jordan')).toEqual([]);
    expect(nameKeyPairs('習近平')).toEqual([]);
  });

  it('reads the surname alone as the person a full name named, and nothing that overlaps a mention', () => {
    const text = 'モーダント氏が出馬。ペニー・モーダント氏は英国の閣僚。モーダントン市、カール・モーダント氏。';
    const penny = 7;
    const people = (given: string, surname: string) =>
      given === key('ペニー') && surname === key('モーダント') ? [penny] : [];
    const found = findKatakanaPeople(
      text,
      people,
      (refs) => (refs.length === 1 ? refs[0]! : -1),
      () => true,
    );
    expect(found.map((m) => [text.slice(m.start, m.end), m.ref])).toEqual([
      ['モーダント', penny], // in the headline, before the full name
      ['ペニー・モーダント', penny],
    ]);
    // A span that overlaps a mention found before is left to it.
    const none = findKatakanaPeople(
      text,
      people,
      () => penny,
      () => false,
    );
    expect(none).toEqual([]);
  });

  it('tells apart by the first vowel surnames whose consonants sound alike', () => {
    expect(surnameVowelAgrees('モゲリーニ', 'Federica Mogherini')).toBe(true);
    expect(surnameVowelAgrees('モゲリーニ', 'Emmanuel Macron')).toBe(false);
    expect(surnameVowelAgrees('ミシェル', 'Charles Michel')).toBe(true);
    expect(surnameVowelAgrees('ミシェル', 'John Major')).toBe(false);
    // The vowels katakana adds after a consonant, and English spelling's other vowels.
    expect(surnameVowelAgrees('トラス', 'Liz Truss')).toBe(true);
    expect(surnameVowelAgrees('ウォレス', 'Ben Wallace')).toBe(true);
    expect(surnameVowelAgrees('ゲデス', 'Paulo Guedes')).toBe(true);
    expect(surnameVowelAgrees('ハイトカンプ', 'Heidi Heitkamp')).toBe(true);
  });
});
