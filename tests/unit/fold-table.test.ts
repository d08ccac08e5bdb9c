/**
 * The fold table a match index carries (built with the build's Unicode data) fills the runtime's table, so
 * both fold alike; it never changes a character the runtime has already read. Its own file: building an
 * index computes the whole table, which would hide what priming does.
 */
import { describe, expect, it } from 'vitest';
import { C_LETTER, C_SEP, classOf, foldCode, primeFoldTable } from '../../src/core/fold';

describe('fold table from an index', () => {
  it('takes the fold table an index carries only for characters not yet read', () => {
    const a = 'a'.charCodeAt(0);
    const rare = 0xa78b; // Latin capital Saltillo: read nowhere else in this file
    expect(classOf(a) & 7).toBe(C_LETTER);
    const classes = new Uint8Array(65536);
    const folded = new Uint16Array(65536);
    classes[a] = C_SEP; // a table that disagrees about a character already read is ignored for it
    classes[rare] = C_LETTER;
    folded[rare] = 'x'.charCodeAt(0);
    primeFoldTable(classes, folded);
    expect(classOf(a) & 7).toBe(C_LETTER);
    expect(classOf(rare) & 7).toBe(C_LETTER);
    expect(String.fromCharCode(foldCode(rare))).toBe('x');
  });
});
