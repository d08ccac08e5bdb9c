/**
 * The names the build derives from an entity's own: the surnames the press of a language writes alone on second
 * reference (and nothing that is a word or a given name instead), and a national body's short name.
 */
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/knowledge/aliases';
import { nativeBodyForms } from '../../src/knowledge/body-forms';
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

describe("the Egyptian press's ج for a foreigner's g", () => {
  const arabic = (e: EntityInput, iso2?: string) =>
    aliasEntries(e, iso2)
      .filter((a) => a.langs.includes('ar'))
      .map((a) => `${a.type}:${a.text}${a.standalone ? '!' : ''}`);

  it('reads a foreigner\'s name and surname written with ج as with غ ("أنطونيو جوتيريش")', () => {
    const guterres = {
      ...person('António Guterres', { ar: 'أنطونيو غوتيريش' }),
      aliases: [{ text: 'Guterres', type: 'surname', standalone: true }],
    } as unknown as EntityInput;
    expect(arabic(guterres, 'PT')).toEqual(
      expect.arrayContaining(['name:أنطونيو غوتيريش', 'name:أنطونيو جوتيريش', 'surname:غوتيريش!', 'surname:جوتيريش!']),
    );
  });

  it('leaves a ghayn alone: an Arab\'s or an Iranian\'s name, or one whose English spelling has "gh"', () => {
    expect(arabic(person('Ghassan Salame', { ar: 'غسان سلامة' }), 'LB').join()).not.toContain('ج');
    expect(arabic(person('Gholam-Hossein Mohseni-Ejei', { ar: 'غلام حسين محسني إجئي' }), 'IR').join()).not.toMatch(
      /جلام/,
    );
    expect(arabic(person('Ashraf Ghani', { ar: 'أشرف غني' })).join()).not.toContain('جني');
  });
});

describe('Persian names typed with a space for the zero-width non-joiner', () => {
  it('finds "خامنه ای" as "خامنه‌ای": the full name and the surname', () => {
    const texts = aliasEntries(person('Ali Khamenei', { fa: 'علی خامنه‌ای' }), 'IR')
      .filter((a) => a.langs.includes('fa'))
      .map((a) => `${a.type}:${a.text}`);
    expect(texts).toEqual(expect.arrayContaining(['name:علی خامنه ای', 'surname:خامنه ای']));
  });
});

describe("a party's generic name in the Hebrew press", () => {
  const hebrew = (name: string, iso2: string) =>
    aliasEntries({ id: 'x-test', kind: 'political-party', name } as unknown as EntityInput, iso2)
      .filter((a) => a.langs.includes('he'))
      .map((a) => a.text);

  it('reads "הלייבור" as a foreign Labour party, never as Israel\'s (which Hebrew calls העבודה)', () => {
    expect(hebrew('Labour Party (Ireland)', 'IE')).toEqual(expect.arrayContaining(['הלייבור', 'מפלגת הלייבור']));
    expect(hebrew('Israeli Labor Party', 'IL')).not.toContain('הלייבור');
  });
});

describe("a national body's short name in its own language", () => {
  it('is the head its name opens with ("Ejército de Tierra" → "Ejército")', () => {
    expect(nativeBodyForms('Ejército de Tierra', 'es')).toEqual(['Ejército']);
    expect(nativeBodyForms('Senado de Chile', 'es')).toEqual(['Senado']);
  });

  it('is none for the air force, whose head the Spanish press uses for the army ("el Ejército")', () => {
    expect(nativeBodyForms('Ejército del Aire y del Espacio', 'es')).toEqual([]);
    expect(nativeBodyForms('Ejército del Aire', 'es')).toEqual([]);
  });
});
