/**
 * The surnames the build derives from a person's names in other scripts: what the press of that language writes
 * alone on second reference, and nothing that is a word or a given name instead.
 */
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/knowledge/aliases';
import type { EntityInput } from '../../src/knowledge/schema';

const person = (name: string, names: Record<string, string>): EntityInput =>
  ({ id: 'x-test', kind: 'person', name, names }) as unknown as EntityInput;

const japaneseSurnames = (e: EntityInput, iso2?: string): string[] =>
  aliasEntries(e, iso2)
    .filter((a) => a.type === 'surname' && a.langs.includes('ja'))
    .map((a) => a.text);

describe('surnames derived from Japanese names', () => {
  it('reads the katakana after the last middle dot as the surname', () => {
    expect(japaneseSurnames(person('Alberto Fujimori', { ja: 'アルベルト・フジモリ' }), 'PE')).toEqual(['フジモリ']);
  });

  it('derives none where a particle comes before it ("ゴール" is "goal")', () => {
    expect(japaneseSurnames(person('Charles de Gaulle', { ja: 'シャルル・ド・ゴール' }), 'FR')).toEqual([]);
    expect(japaneseSurnames(person('Mohammed bin Salman', { ja: 'ムハンマド・ビン・サルマン' }), 'SA')).toEqual([]);
  });

  it('derives none for a name whose family name comes first ("クアンユー" is a given name)', () => {
    expect(japaneseSurnames(person('Lee Kuan Yew', { ja: 'リー・クアンユー' }), 'SG')).toEqual([]);
  });
});
