import { describe, expect, it } from 'vitest';
import { findHanPeople, hanKeys } from '../../src/core/han-names';
import { latinKeys } from '../../src/core/katakana-names';

const keys = (text: string) => hanKeys(text, 0, text.length) ?? [];

describe('foreigners’ names in Chinese characters read by sound', () => {
  it('gives a transliteration the consonant classes of the English spelling it writes', () => {
    expect(keys('萨加斯蒂')).toEqual(expect.arrayContaining(latinKeys('sagasti')));
    expect(keys('梅里诺')).toEqual(expect.arrayContaining(latinKeys('merino')));
    // An n before a p is the m of "Trump".
    expect(keys('特朗普')).toContain('TRMP');
    expect(latinKeys('trump')).toContain('TRMP');
  });

  it('has no key for characters outside the transliteration table', () => {
    expect(hanKeys('选举', 0, 2)).toBeUndefined();
  });

  // One person filed under Francisco Sagasti's keys; `choose` takes the first.
  const sagasti = new Set(latinKeys('sagasti'));
  const francisco = new Set(latinKeys('francisco'));
  const people = (given: string, surname: string) => (francisco.has(given) && sagasti.has(surname) ? [3] : []);
  const find = (text: string) =>
    findHanPeople(
      text,
      people,
      (refs) => refs[0] ?? -1,
      () => true,
    ).map((m) => text.slice(m.start, m.end));

  it('reads a dotted name inside running text, and its surname alone after it', () => {
    expect(find('秘鲁国会选举弗朗西斯科·萨加斯蒂为临时总统。萨加斯蒂表示。')).toEqual([
      '弗朗西斯科·萨加斯蒂',
      '萨加斯蒂',
    ]);
  });

  it('ends a name at a word written right after it, though its character transliterates too', () => {
    // "以" (with) and "与" (and) are in the table (yi, yu); the surname and the given name stop before them.
    expect(find('弗朗西斯科·萨加斯蒂以约20%的票数当选。萨加斯蒂表示。')).toEqual(['弗朗西斯科·萨加斯蒂', '萨加斯蒂']);
    expect(find('议长与弗朗西斯科·萨加斯蒂会谈。')).toEqual(['弗朗西斯科·萨加斯蒂']);
  });

  it('reads no name without the dot', () => {
    expect(find('萨加斯蒂表示将稳定局势。')).toEqual([]);
  });

  it('does not cut a hyphenated surname after one character of its second part', () => {
    // A lookup that knows only the cut form "弗洛雷斯－阿" finds nothing in "弗洛雷斯－阿劳斯".
    const cut = new Set(keys('弗洛雷斯阿'));
    const cutOnly = (_: string, surname: string) => (cut.has(surname) ? [4] : []);
    const text = '总理安特罗·弗洛雷斯－阿劳斯辞职。';
    expect(
      findHanPeople(
        text,
        cutOnly,
        (refs) => refs[0] ?? -1,
        () => true,
      ),
    ).toEqual([]);
  });
});
