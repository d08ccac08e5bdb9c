/**
 * How the matcher last read each word, kept from page to page: its dictionary id, its trie node as a
 * name's first word, and its reading after an attached clitic. News text is mostly the same few thousand
 * words ("the", "said", "minister"…), and reading one from here costs a compare of its letters as written
 * in a small table, where the dictionary costs cache misses in a table of megabytes. Each word may sit in
 * one of two slots chosen by its hash (with one, a quarter of a page's words evicted each other on every
 * page); a word longer than MAX_LENGTH code units is never kept. An index never changes once loaded, so
 * nothing here goes stale. Pure: no DOM, no `browser`.
 */

const SIZE = 16384; // a power of two
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
    const first = hash & (SIZE - 1);
    if (this.holds(first, text, start, end, hash)) return first;
    const second = secondSlot(hash);
    return this.holds(second, text, start, end, hash) ? second : -1;
  }

  private holds(slot: number, text: string, start: number, end: number, hash: number): boolean {
    const length = end - start;
    if (this.length[slot] !== length || this.hash[slot] !== hash) return false;
    const base = slot * MAX_LENGTH;
    for (let k = 0; k < length; k++) if (this.chars[base + k] !== text.charCodeAt(start + k)) return false;
    return true;
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
    // The first slot if free, else the second if free, else the second is replaced.
    let slot = hash & (SIZE - 1);
    if (this.length[slot] !== 0) slot = secondSlot(hash);
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

/** A word's other slot: from the hash's high bits, so words sharing a first slot mostly differ here. */
function secondSlot(hash: number): number {
  return (Math.imul(hash >>> 14, 0x9e3779b1) >>> 18) & (SIZE - 1);
}
