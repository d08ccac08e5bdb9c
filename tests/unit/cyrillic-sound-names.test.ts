import { describe, expect, it } from 'vitest';
import { latinReadings } from '../../src/core/cyrillic-sound-names';
import { soundsAs } from '../../src/core/latin-sound-names';

const readsAs = (cyrillic: string, english: string) =>
  latinReadings(cyrillic).some((reading) => soundsAs(reading, english, true));

describe('names in Cyrillic read by sound', () => {
  it('spells a Russian or Ukrainian name in English letters, г as g and as h', () => {
    expect(latinReadings('Гаррис Джонсон')).toEqual(['garris jonson', 'harris jonson']);
  });

  it('takes a case ending with a consonant off, and reads -ич also as the South Slavic -ić', () => {
    expect(readsAs('Горану Весичу', 'Goran Vesić')).toBe(true);
    expect(readsAs('Горана Весичем', 'Goran Vesić')).toBe(true);
    expect(readsAs('Володимиром Зеленським', 'Volodymyr Zelenskyy')).toBe(true);
  });

  it('hears a spelling the knowledge base does not have as the English name', () => {
    expect(readsAs('Дилма Руссефф', 'Dilma Rousseff')).toBe(true);
    expect(readsAs('Каролин Левитт', 'Karoline Leavitt')).toBe(true);
  });

  it('hears the y a Nordic or Slavic name writes as j, and skips an English middle initial', () => {
    expect(readsAs('Анна-Мая Генрікссон', 'Anna-Maja Henriksson')).toBe(true);
    expect(readsAs('Юссі Галла-ахо', 'Jussi Halla-aho')).toBe(true);
    expect(readsAs('Амин Насер', 'Amin H. Nasser')).toBe(true);
  });

  it('does not hear another name in it', () => {
    expect(readsAs('Юссі Галла-ахо', 'Jessi Halla-aho')).toBe(false);
    expect(readsAs('Амин Насер', 'Amin H. Nasrallah')).toBe(false);
    expect(readsAs('Дилма Руссефф', 'Dilma Ross')).toBe(false);
    expect(readsAs('Горан Весич', 'Goran Vasic')).toBe(false);
  });

  it('gives nothing for one word or a name not in Cyrillic', () => {
    expect(latinReadings('Путин')).toEqual([]);
    expect(latinReadings('Goran Vesić')).toEqual([]);
  });
});
