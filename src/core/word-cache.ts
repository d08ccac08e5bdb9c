/**
 * How the matcher last read each word, kept from page to page: its dictionary id, its trie node as a
 * name's first word, and its reading after an attached clitic. News text is mostly the same few thousand
 * words ("the", "said", "minister"…), and reading one from here costs one cache line, where the dictionary
 * costs cache misses in a table of megabytes and a comparison of letters.
 *
 * A word is known here by two independent 30-bit hashes the tokenizer computes anyway (of its folded letters,
 * and of its code units as written, length mixed in), so a hit compares no letters: two different words would
 * have to agree on all 60 bits. Each word may sit in one of two slots chosen by its hash (with one, a quarter
 * of a page's words evicted each other on every page). A slot's fields sit side by side in one array, so a
 * lookup touches one line of memory. An index never changes once loaded, so nothing here goes stale. Pure: no
 * DOM, no `browser`.
 */

const SIZE = 16384; // a power of two
/** Int32 fields per slot (32 bytes): hash, raw hash, id, root, clitic, clitic skip, used, the word's W_* flags. */
const STRIDE = 8;
const HASH = 0;
const RAW = 1;
const ID = 2;
const ROOT = 3;
const CLITIC = 4;
const SKIP = 5;
const USED = 6;
const WORD = 7;

export class WordCache {
  private readonly slots = new Int32Array(SIZE * STRIDE);

  /**
   * Reads the word with hashes `hash` (folded) and `raw` (as written) into position i of the arrays, if it is
   * here (the clitic skip only when it has a clitic reading, as readWord leaves it), and returns its W_* flags
   * (the index's tokFlags of its id); -1 if it is not here.
   */
  read(
    hash: number,
    raw: number,
    i: number,
    ids: Int32Array,
    roots: Int32Array,
    clitics: Int32Array,
    skips: Uint8Array,
  ): number {
    const s = this.slots;
    let at = (hash & (SIZE - 1)) * STRIDE;
    if (!this.holds(at, hash, raw)) {
      at = secondSlot(hash) * STRIDE;
      if (!this.holds(at, hash, raw)) return -1;
    }
    ids[i] = s[at + ID]!;
    roots[i] = s[at + ROOT]!;
    const clitic = s[at + CLITIC]!;
    clitics[i] = clitic;
    if (clitic >= 0) skips[i] = s[at + SKIP]!;
    return s[at + WORD]! >>> 0;
  }

  /** The slot at offset `at` holds the word with these hashes. */
  private holds(at: number, hash: number, raw: number): boolean {
    const s = this.slots;
    return s[at + HASH] === (hash | 0) && s[at + RAW] === (raw | 0) && s[at + USED] === 1;
  }

  /** Keeps the reading of the word with these hashes, replacing whatever word had its slot. */
  store(
    hash: number,
    raw: number,
    id: number,
    root: number,
    clitic: number,
    cliticSkip: number,
    wordFlags: number,
  ): void {
    const s = this.slots;
    // The first slot if free, else the second if free, else the second is replaced.
    let at = (hash & (SIZE - 1)) * STRIDE;
    if (s[at + USED] === 1) at = secondSlot(hash) * STRIDE;
    s[at + HASH] = hash;
    s[at + RAW] = raw;
    s[at + ID] = id;
    s[at + ROOT] = root;
    s[at + CLITIC] = clitic;
    s[at + SKIP] = cliticSkip;
    s[at + USED] = 1;
    s[at + WORD] = wordFlags;
  }
}

/** A word's other slot: from the hash's high bits, so words sharing a first slot mostly differ here. */
function secondSlot(hash: number): number {
  return (Math.imul(hash >>> 14, 0x9e3779b1) >>> 18) & (SIZE - 1);
}
