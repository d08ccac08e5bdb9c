import { describe, expect, it } from 'vitest';
import { japaneseWireCredits } from '../../src/core/japanese-wire-credits';

const credited = (text: string) => japaneseWireCredits(text).map((c) => `${text.slice(c.start, c.end)}=${c.id}`);

describe("the Japanese press's credits to its news agencies", () => {
  it('reads the agency in a dateline, after one city or several', () => {
    expect(credited('【ワシントン共同】トランプ米大統領は')).toEqual(['共同=x-kyodo']);
    expect(credited('【ワシントン、ロンドン共同】')).toEqual(['共同=x-kyodo']);
    expect(credited('【パリ時事】フランスの')).toEqual(['時事=x-jiji-press']);
  });

  it('reads a credit in brackets, alone or after another agency', () => {
    expect(credited('会談する両首脳（共同）')).toEqual(['共同=x-kyodo']);
    expect(credited('抗議する人々（ロイター＝共同）')).toEqual(['共同=x-kyodo']);
  });

  it('leaves the words alone elsewhere: a joint statement, current affairs', () => {
    expect(credited('両首脳は共同声明を発表した。時事問題について')).toEqual([]);
    expect(credited('【共同声明の全文】')).toEqual([]);
  });
});
