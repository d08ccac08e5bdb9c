import { describe, expect, it } from 'vitest';
import { findHangulPeople, hangulFirstVowels, hangulKey } from '../../src/core/hangul-names';
import { latinKeys } from '../../src/core/katakana-names';

const key = (text: string) => hangulKey(text, 0, text.length);

describe('foreigners’ names in hangul read by sound', () => {
  it('gives a hangul word the consonant classes of the English spelling it writes', () => {
    expect(key('스콧')).toBe('SKT');
    expect(latinKeys('scott')).toContain(key('스콧'));
    expect(latinKeys('bessent')).toContain(key('베센트'));
    expect(latinKeys('bajwa')).toContain(key('바지와'));
  });

  it('reads the vowel Korean adds to a cluster as katakana’s added u, with the next syllable’s', () => {
    expect(hangulFirstVowels('트럼프', 0, 3)).toBe('uao');
    expect(hangulFirstVowels('베센트', 0, 3)).toBe('e');
  });

  // One person filed under Scott Bessent's keys; `choose` takes the first.
  const people = (given: string, surname: string) => (given === 'SKT' && surname === 'PSNT' ? [7] : []);
  const find = (text: string) =>
    findHangulPeople(
      text,
      people,
      (refs) => refs[0] ?? -1,
      () => true,
    ).map((m) => text.slice(m.start, m.end));

  it('reads a name with an office after it, and its surname alone later', () => {
    expect(find('스콧 베센트 미 재무장관은 말했다. 베센트 장관은 협상했다.')).toEqual(['스콧 베센트', '베센트']);
  });

  it('reads a name after an office in apposition', () => {
    expect(find('재무부 재무장관인 스콧 베센트는 말했다.')).toEqual(['스콧 베센트']);
  });

  /** What `text` reads by sound when someone is filed under exactly the keys of its words `given` and `surname`. */
  const readAsSomeone = (text: string, given: string, surname: string) => {
    const at = (word: string) => hangulKey(text, text.indexOf(word), text.indexOf(word) + word.length);
    return findHangulPeople(
      text,
      (g, s) => (g === at(given) && s === at(surname) ? [7] : []),
      (refs) => refs[0] ?? -1,
      () => true,
    );
  };

  it('reads no word ending with an object, topic or possessive particle as a given name', () => {
    // "협의를 거쳐" (through consultation), before an office ("총리").
    expect(readAsSomeone('국왕이 각 정당 대표들과 협의를 거쳐 총리 후보를 지명한다.', '협의를', '거쳐')).toEqual([]);
  });

  it('reads no office as a given name, whatever it sounds as', () => {
    // "후보로 나서지" (to run as a candidate), after an office ("대표").
    expect(readAsSomeone('그는 당 대표 후보로 나서지 않겠다고 밝혔다.', '후보로', '나서지')).toEqual([]);
  });

  it('reads no name without an office beside it: two ordinary words may sound as one', () => {
    expect(find('스콧 베센트는 말했다.')).toEqual([]);
  });
});
