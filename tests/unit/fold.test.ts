/** Folding keeps what distinguishes words and drops what does not. */
import { describe, expect, it } from 'vitest';
import { foldKey, foldSurface, foldTokens } from '../../src/core/fold';
import { HAN_FOLD_PAIRS } from '../../src/core/han-fold';
import { hanFoldPairs } from '../../scripts/kb/gen-han-fold';

describe('fold', () => {
  it('drops Latin, Greek and Cyrillic diacritics and case', () => {
    expect(foldKey('Erdoğan Orbán Σεβαστή Ёлкин')).toBe('erdogan orban σεβαστη елкин');
  });

  it('reads traditional Chinese characters, and Taiwan’s and Hong Kong’s variants, as simplified, one for one', () => {
    expect(foldKey('美國總統')).toBe(foldKey('美国总统'));
    expect(foldKey('臺灣')).toBe(foldKey('台湾'));
    expect(foldKey('蔡英文')).toBe('蔡 英 文');
    // One character for one: offsets into the page stay those of its own characters.
    expect(foldTokens('國防部')).toEqual(['国', '防', '部']);
  });

  it('carries exactly the pairs OpenCC’s dictionaries give (src/core/han-fold.ts is regenerated, not edited)', () => {
    expect(HAN_FOLD_PAIRS).toBe(
      hanFoldPairs()
        .map(([a, b]) => a + b)
        .join(''),
    );
  });

  it('unifies Arabic and Persian letter variants and drops harakat and tatweel', () => {
    expect(foldKey('رئیسی')).toBe(foldKey('رئيسي'));
    expect(foldKey('کرملین')).toBe(foldKey('كرملين'));
    expect(foldKey('حماة')).toBe(foldKey('حماه'));
    expect(foldKey('مُحَمَّد')).toBe(foldKey('محمد'));
    expect(foldKey('مـحـمـد')).toBe(foldKey('محمد'));
  });

  it('reads the Ukrainian, Belarusian and Russian spellings of a name alike', () => {
    expect(foldKey('Ігоря Додона')).toBe(foldKey('Игоря Додона'));
    expect(foldKey('Молдови')).toBe(foldKey('Молдовы'));
    expect(foldKey('Васіле Костюка')).toBe(foldKey('Василе Костюка'));
    expect(foldKey('Ігор')).toBe(foldKey('Игорь'));
    expect(foldKey('Євген')).toBe(foldKey('Евген'));
    // Different names stay different.
    expect(foldKey('Додон')).not.toBe(foldKey('Додан'));
  });

  it('keeps Indic vowel signs, which tell words apart', () => {
    expect(foldKey('टोगो')).not.toBe(foldKey('टोंगा'));
  });

  it('keeps a plus written onto the end of a word in it ("OPEC+" is not "OPEC"), and only there', () => {
    expect(foldTokens('OPEC+ group')).toEqual(['opec+', 'group']);
    expect(foldTokens('ОПЕК+')).toEqual(['опек+']);
    expect(foldTokens('OPEC + Russia')).toEqual(['opec', 'russia']);
    expect(foldTokens('C+D')).toEqual(['c', 'd']);
  });

  it('keeps kana runs as words and Han characters as single tokens', () => {
    expect(foldTokens('プーチン大統領')).toEqual(
      ['プチン', '大', '统', '领'] /* kanji fold as Chinese ones do; the long vowel mark is dropped */,
    );
    expect(foldKey('グテーレス')).toBe(foldKey('グテレス'));
    expect(foldTokens('タイム')).toEqual(['タイム']);
  });

  it('reads dotted acronyms as one token', () => {
    expect(foldTokens('U.S. and U.N. officials')).toEqual(['us', 'and', 'un', 'officials']);
    // Spanish plurals double each letter: "EE.UU." reads as "EEUU", but not a tripled or lower-case run.
    expect(foldTokens('los EE.UU., las FF.AA.')).toEqual(['los', 'eeuu', 'las', 'ffaa']);
    expect(foldTokens('EEE.UU. ee.uu.')).toEqual(['eee', 'uu', 'ee', 'uu']);
  });

  it('folds a surface the way muted aliases are stored', () => {
    expect(foldSurface('SULLIVAN')).toBe('sullivan');
    expect(foldSurface('Amir-Abdollahian')).toBe('amir abdollahian');
  });
});
