/**
 * How the matcher last read each word, kept from page to page: its dictionary id, its trie node as a
 * name's first word, and its reading after an attached clitic. News text is mostly the same few thousand
 * words ("the", "said", "minister"…), and reading one from here costs a compare of its letters as written
 * in a small table, where the dictionary costs cache misses in a table of megabytes. Direct-mapped by the
 * word's hash; a word longer than MAX_LENGTH code units is never kept. An index never changes once
 * loaded, so nothing here goes stale. Pure: no DOM, no `browser`.
 */

const SIZE = 8192; // a power of two
const MAX_LENGTH = 16;

export class WordCache {
  private readonly hash = new Uint32Array(SIZE);
  /** Code units of the word as written; 0 = empty slot. */
  private readonly length = new Uint8Array(SIZE);
  private readonly chars = new Uint16Array(SIZE * MAX_LENGTH);
  readonly id = new Int32Array(SIZE);
  readonly root = new Int32Array(SIZE);
  readonly clitic = new Int32Array(SIZE);
  readonly cliticSkip = new Uint8Array(SIZE);

  /** The slot holding text[start, end) (whose folded hash is `hash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const slot = hash & (SIZE - 1);
    const length = end - start;
    if (this.length[slot] !== length || this.hash[slot] !== hash) return -1;
    const base = slot * MAX_LENGTH;
    for (let k = 0; k < length; k++) if (this.chars[base + k] !== text.charCodeAt(start + k)) return -1;
    return slot;
  }

  /** Keeps the reading of text[start, end), replacing whatever word had its slot. */
  store(
    text: string,
    start: number,
    end: number,
    hash: number,
    id: number,
    root: number,
    clitic: number,
    cliticSkip: number,
  ): void {
    const length = end - start;
    if (length > MAX_LENGTH || length === 0) return;
    const slot = hash & (SIZE - 1);
    const base = slot * MAX_LENGTH;
    for (let k = 0; k < length; k++) this.chars[base + k] = text.charCodeAt(start + k);
    this.hash[slot] = hash;
    this.length[slot] = length;
    this.id[slot] = id;
    this.root[slot] = root;
    this.clitic[slot] = clitic;
    this.cliticSkip[slot] = cliticSkip;
  }
}
