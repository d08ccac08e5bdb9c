/**
 * The match index: one ArrayBuffer of typed arrays, built at build time (and at runtime for personal packs)
 * and read without parsing. It holds
 * - a token dictionary: folded token strings in a hash table whose slots keep each token's hash (exact
 *   compare, no false hits),
 * - a trie over token ids: the root's children indexed by token, every other node's children as a sorted
 *   list of (token, child) pairs,
 * - terminal records per node (which entity an alias names, with the flags the matcher needs),
 * - per-entity facts for disambiguation (kind, prominence, active years, country, related entities),
 * - ids and English names as one UTF-8 blob with an offset table, decoded on demand, and the entities in the
 *   byte order of their ids, so an id is found by binary search (no map of every id to build on the first scan),
 * - the per-character fold table the build used (see fold.ts), so the runtime folds exactly as the build did
 *   and the first page need not compute it.
 * This file reads it; build-index.ts writes it, with the flags of index-flags.ts. Pure: no DOM, no `browser`.
 */
import {
  C_CJK,
  C_IGNORE,
  C_LETTER,
  C_PERIOD,
  CLASSES,
  classOf,
  FOLDED,
  gershayimAt,
  hebrewQuote,
  isDottedAcronymStep,
  PLUS_SIGN,
  primeFoldTable,
} from './fold';
import { keyPairHash } from './katakana-names';

export const MAGIC = 0x314d5244; // "DRM1"

export const VERSION = 11; // 11: people filed by the sound of their names (katakana-names.ts)

export const HEADER_WORDS = 48;

/** The header word after the section table holding the number of demonym pairs. */
export const DEMONYM_COUNT_WORD = 47;

/** The header word holding the number of (key hash, person) pairs of the sound-key section. */
export const SOUND_COUNT_WORD = 46;

const UTF8 = new TextDecoder();

const UTF8_ENCODER = new TextEncoder();

/** Entries of the fold table: every UTF-16 code unit. */
export const FOLD_SIZE = 65536;

/** A node with more children than this is binary-searched; fewer are scanned. */
const SCAN_CHILDREN = 8;

/**
 * Byte-wise order of `bytes[from, to)` and `key`, two UTF-8 strings: the code point order of the strings they
 * encode.
 */
export function compareBytes(bytes: Uint8Array, from: number, to: number, key: Uint8Array): number {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) if (bytes[from + i] !== key[i]) return bytes[from + i]! - key[i]!;
  return to - from - key.length;
}

/** A read-only view over an index buffer. Construction costs no parsing beyond the id/name strings. */
export class MatchIndex {
  readonly tokenCount: number;
  readonly entityCount: number;
  readonly termCount: number;
  private readonly dictMask: number;
  private readonly tokOffsets: Uint32Array;
  private readonly tokChars: Uint16Array;
  readonly tokFlags: Uint32Array;
  /** The token dictionary, two words a slot: the token's hash, and its id + 1 (0 = empty). */
  private readonly dict: Uint32Array;
  /**
   * The trie. The root's child for each token is one array read (every word of a text asks for it); below the
   * root, each node's children are contiguous pairs (token, child) sorted by token, so following an edge reads
   * one or two cache lines, where a hash table of megabytes costs a miss per probe.
   */
  private readonly rootChild: Int32Array;
  private readonly childStart: Uint32Array;
  private readonly childPairs: Uint32Array;
  readonly nodeTermStart: Uint32Array;
  readonly termEntity: Uint32Array;
  readonly termFlags: Uint16Array;
  private readonly termExact: Uint32Array;
  private readonly exactChars: Uint16Array;
  readonly entKind: Uint8Array;
  readonly entProminence: Uint8Array;
  readonly entFrom: Uint16Array;
  readonly entTo: Uint16Array;
  readonly entCountry: Int32Array;
  readonly relStart: Uint32Array;
  readonly relList: Uint32Array;
  /** Pairs (token, country entity) sorted by token. */
  private readonly demonyms: Uint32Array;
  private readonly strings: Uint8Array;
  private readonly strStart: Uint32Array;
  /** Ids and names decoded so far (most scans name a few hundred of the thousands of entities). */
  private readonly idCache: (string | undefined)[];
  private readonly nameCache: (string | undefined)[] = [];
  /** Entity indices in the byte order of their ids. */
  private readonly idOrder: Uint32Array;
  /** (key pair hash, person) pairs sorted by hash: people by the sound of their names. */
  private readonly sound: Uint32Array;
  /** All ids as one string, decoded on first use. */
  private idText: string | undefined;
  /** Whether every id is ASCII (byte offsets are then character offsets in idText); known once decoded. */
  private idsAscii = false;

  constructor(buffer: ArrayBuffer) {
    if (buffer.byteLength < HEADER_WORDS * 4) throw new Error('match index: file too short');
    const h = new Uint32Array(buffer, 0, HEADER_WORDS);
    if (h[0] !== MAGIC) throw new Error('match index: not a Dramatis index');
    if (h[1] !== VERSION) throw new Error(`match index: version ${h[1]}, expected ${VERSION}`);
    const [tokens, tokCharsLen, dictMask, edgeCount, nodeCount, T, E, exactLen, relLen, strLen] = [
      h[2]!,
      h[3]!,
      h[4]!,
      h[5]!,
      h[6]!,
      h[7]!,
      h[8]!,
      h[9]!,
      h[10]!,
      h[11]!,
    ];
    const at = (i: number) => {
      const o = h[12 + i]!;
      if (o > buffer.byteLength) throw new Error('match index: corrupt section table');
      return o;
    };
    this.tokenCount = tokens;
    this.entityCount = E;
    this.termCount = T;
    this.dictMask = dictMask;
    this.tokOffsets = new Uint32Array(buffer, at(0), tokens + 1);
    this.tokChars = new Uint16Array(buffer, at(1), tokCharsLen);
    this.tokFlags = new Uint32Array(buffer, at(2), tokens);
    this.dict = new Uint32Array(buffer, at(3), (dictMask + 1) * 2);
    this.rootChild = new Int32Array(buffer, at(4), tokens);
    this.childStart = new Uint32Array(buffer, at(5), nodeCount + 1);
    this.childPairs = new Uint32Array(buffer, at(6), edgeCount * 2);
    this.nodeTermStart = new Uint32Array(buffer, at(7), nodeCount + 1);
    this.termEntity = new Uint32Array(buffer, at(8), T);
    this.termFlags = new Uint16Array(buffer, at(9), T);
    this.termExact = new Uint32Array(buffer, at(10), T);
    this.exactChars = new Uint16Array(buffer, at(11), exactLen);
    this.entKind = new Uint8Array(buffer, at(12), E);
    this.entProminence = new Uint8Array(buffer, at(13), E);
    this.entFrom = new Uint16Array(buffer, at(14), E);
    this.entTo = new Uint16Array(buffer, at(15), E);
    this.entCountry = new Int32Array(buffer, at(16), E);
    this.relStart = new Uint32Array(buffer, at(17), E + 1);
    this.relList = new Uint32Array(buffer, at(18), relLen);
    this.strings = new Uint8Array(buffer, at(19), strLen);
    // Preallocated: filling a growing array at scattered indices would turn it into a slow dictionary.
    this.idCache = new Array<string | undefined>(E).fill(undefined);
    this.strStart = new Uint32Array(buffer, at(20), 2 * E + 1);
    if (this.strStart[2 * E] !== strLen) throw new Error('match index: corrupt string table');
    primeFoldTable(new Uint8Array(buffer, at(21), FOLD_SIZE), new Uint16Array(buffer, at(22), FOLD_SIZE));
    this.demonyms = new Uint32Array(buffer, at(23), h[DEMONYM_COUNT_WORD]! * 2);
    this.idOrder = new Uint32Array(buffer, at(24), E);
    this.sound = new Uint32Array(buffer, at(25), h[SOUND_COUNT_WORD]! * 2);
  }

  /**
   * The people whose English names may sound as these katakana keys (katakana-names.ts), by binary search. Two key
   * pairs may share a 32-bit hash: rarely, a person more than the keys say.
   */
  soundPeople(givenKey: string, surnameKey: string): number[] {
    return soundLookup(this.sound, keyPairHash(givenKey, surnameKey));
  }

  /** Whether any person is filed by the sound of their name (a gazetteer of names alone files none). */
  get hasSoundKeys(): boolean {
    return this.sound.length > 0;
  }

  /** The country entity a demonym token names ("kenyan" → Kenya), or -1. Read rarely: binary search. */
  demonymCountry(token: number): number {
    const pairs = this.demonyms;
    let lo = 0;
    let hi = pairs.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = pairs[2 * mid]!;
      if (t === token) return pairs[2 * mid + 1]!;
      if (t < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Entity `e` holds a relation to entity `other` (its own list: the relation may be written on one side only). */
  relates(e: number, other: number): boolean {
    for (let p = this.relStart[e]!; p < this.relStart[e + 1]!; p++) if (this.relList[p] === other) return true;
    return false;
  }

  /** The id of entity `e` (a Wikidata QID where it has one). */
  id(e: number): string {
    const cached = this.idCache[e];
    if (cached !== undefined) return cached;
    // All ids are decoded in one native call the first time one is needed (a scan names hundreds);
    // each is then a substring of that text. Ids are ASCII, so byte offsets are character offsets.
    if (this.idText === undefined) {
      const bytes = this.strStart[this.entityCount]!;
      this.idText = UTF8.decode(this.strings.subarray(0, bytes));
      this.idsAscii = this.idText.length === bytes;
    }
    const id = this.idsAscii ? this.idText.slice(this.strStart[e], this.strStart[e + 1]) : this.decode(e);
    this.idCache[e] = id;
    return id;
  }

  /** The English name of entity `e`. */
  name(e: number): string {
    return (this.nameCache[e] ??= this.decode(this.entityCount + e));
  }

  private decode(i: number): string {
    return UTF8.decode(this.strings.subarray(this.strStart[i], this.strStart[i + 1]));
  }

  /**
   * Token id of text[start, end) folded (skipping ignorable characters and acronym periods), with an
   * optional folded prefix (used to re-attach the Arabic article after stripping a clitic), or -1.
   */
  lookup(text: string, start: number, end: number, hash: number, prefix = ''): number {
    let slot = hash & this.dictMask;
    for (;;) {
      const entry = this.dict[2 * slot + 1]!;
      if (entry === 0) return -1;
      // The stored hash turns away other words without reading their letters elsewhere in the buffer.
      if (this.dict[2 * slot] === hash && this.sameToken(entry - 1, text, start, end, prefix)) return entry - 1;
      slot = (slot + 1) & this.dictMask;
    }
  }

  private sameToken(id: number, text: string, start: number, end: number, prefix: string): boolean {
    let p = this.tokOffsets[id]!;
    const stop = this.tokOffsets[id + 1]!;
    for (let i = 0; i < prefix.length; i++) if (p >= stop || this.tokChars[p++] !== prefix.charCodeAt(i)) return false;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      let k = CLASSES[code]!;
      if (k === 0) k = classOf(code);
      const cls = k & 7;
      if (cls === C_LETTER || cls === C_CJK) {
        if (p >= stop || this.tokChars[p++] !== FOLDED[code]) return false;
        continue;
      }
      if (cls === C_IGNORE) continue;
      if (cls === C_PERIOD && isDottedAcronymStep(text, i)) continue;
      if (code === 46) continue; // the closing period of a dotted acronym
      if (code === PLUS_SIGN) {
        // The plus of "OPEC+" (tokenize keeps it in the word).
        if (p >= stop || this.tokChars[p++] !== PLUS_SIGN) return false;
        continue;
      }
      if (code === 34 && hebrewQuote(text, i)) continue;
      return false;
    }
    return p === stop;
  }

  /** Child of `node` along token `token`, or -1. */
  child(node: number, token: number): number {
    if (node === 0) return this.rootChild[token]!;
    const pairs = this.childPairs;
    let lo = this.childStart[node]!;
    let hi = this.childStart[node + 1]!;
    // Keep [lo, hi) holding the first child whose token is >= `token`, halving it while it is long.
    while (hi - lo > SCAN_CHILDREN) {
      const mid = (lo + hi) >>> 1;
      if (pairs[2 * mid]! < token) lo = mid + 1;
      else hi = mid + 1;
    }
    for (; lo < hi; lo++) {
      const tok = pairs[2 * lo]!;
      if (tok === token) return pairs[2 * lo + 1]!;
      if (tok > token) return -1;
    }
    return -1;
  }

  /** Whether trie node `node` ends at least one alias (-1, no node, ends none). */
  hasTerms(node: number): boolean {
    return node >= 0 && this.nodeTermStart[node + 1]! > this.nodeTermStart[node]!;
  }

  /** True when the letters of text[start, end) equal the exact-case form of term `t`. */
  exactMatches(t: number, text: string, start: number, end: number): boolean {
    const packed = this.termExact[t]!;
    if (packed === 0xffffffff) return true;
    let p = packed >>> 8;
    const stop = p + (packed & 0xff);
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      const cls = classOf(code) & 7;
      // A Hebrew acronym's gershayim count, as '"', however typed ("חד"ש", "חד״ש"): the build keeps them so.
      if (gershayimAt(text, i)) code = 0x22;
      else if (cls !== C_LETTER && cls !== C_CJK) continue;
      if (p >= stop || this.exactChars[p++] !== code) return false;
    }
    return p === stop;
  }

  /** The entity whose id is `id`, or -1. A binary search over the ids' bytes: nothing is decoded or kept. */
  indexOfId(id: string): number {
    const key = UTF8_ENCODER.encode(id);
    let lo = 0;
    let hi = this.entityCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const e = this.idOrder[mid]!;
      const order = compareBytes(this.strings, this.strStart[e]!, this.strStart[e + 1]!, key);
      if (order === 0) return e;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** The entities filed under `hash` in a section of (hash, entity) pairs sorted by hash: binary search. */
function soundLookup(pairs: Uint32Array, hash: number): number[] {
  let lo = 0;
  let hi = pairs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[2 * mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; 2 * i < pairs.length && pairs[2 * i] === hash; i++) out.push(pairs[2 * i + 1]!);
  return out;
}
