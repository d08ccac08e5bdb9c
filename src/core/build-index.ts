/**
 * Writes the match index at build time: the dictionary of folded words, the token trie of every alias, the terms at its
 * nodes, the entities, the exact-case forms, the people filed by sound, all in one ArrayBuffer that match-index.ts
 * reads without parsing. Pure.
 */
import { classOf, F_LOWER, foldCode } from './fold';
import { A_EXACT, KIND_CODES, W_DEMONYM, W_LOWER_EXACT } from './index-flags';
import { keyPairHash, nameKeyPairs } from './katakana-names';
import {
  compareBytes,
  DEMONYM_COUNT_WORD,
  FOLD_SIZE,
  HEADER_WORDS,
  MAGIC,
  SOUND_COUNT_WORD,
  VERSION,
} from './match-index';
import { hashFolded } from './tokenize';

export interface IndexTerm {
  entity: number;
  tokens: string[];
  flags: number;
  /** Letters of the alias as written, for exact-case terms. */
  exact?: string;
}

export interface IndexEntity {
  id: string;
  name: string;
  kind: (typeof KIND_CODES)[number];
  prominence: number;
  /** First and last year the entity was active (0 = unknown; 9999 = ongoing). */
  from: number;
  to: number;
  country: number;
  related: number[];
}

export interface IndexInput {
  entities: IndexEntity[];
  terms: IndexTerm[];
  /** Extra words with W_* flags (titles, particles, cue words). */
  words: Map<string, number>;
  /** Folded one-word demonyms and the entity (a country) each names ("kenyan" → Kenya). */
  demonyms?: ReadonlyMap<string, number>;
}

export function nextPow2(n: number): number {
  let p = 16;
  while (p < n) p *= 2;
  return p;
}

/** Builds the binary index. Deterministic for the same input. */
export function buildIndex(input: IndexInput): ArrayBuffer {
  const tokenIds = new Map<string, number>();
  const tokenList: string[] = [];
  const wordFlags: number[] = [];
  const tokenId = (t: string) => {
    let id = tokenIds.get(t);
    if (id === undefined) {
      id = tokenList.length;
      tokenIds.set(t, id);
      tokenList.push(t);
      wordFlags.push(0);
    }
    return id;
  };
  for (const [word, flags] of [...input.words].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    wordFlags[tokenId(word)]! |= flags;
  }
  const demonymPairs: [number, number][] = [];
  for (const [word, entity] of [...(input.demonyms ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const id = tokenId(word);
    wordFlags[id]! |= W_DEMONYM;
    demonymPairs.push([id, entity]);
  }
  demonymPairs.sort((a, b) => a[0] - b[0]);
  // People by the sound of their names, for names the press writes in katakana (katakana-names.ts).
  const soundPairs: [number, number][] = [];
  input.entities.forEach((e, i) => {
    if (e.kind !== 'person') return;
    for (const pair of nameKeyPairs(e.name)) {
      const bar = pair.indexOf('|');
      soundPairs.push([keyPairHash(pair.slice(0, bar), pair.slice(bar + 1)), i]);
    }
  });
  soundPairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  // Trie with Map children while building.
  const children: Map<number, number>[] = [new Map<number, number>()];
  const nodeTerms: number[][] = [[]];
  const terms = [...input.terms].sort((a, b) => a.entity - b.entity || a.flags - b.flags);
  terms.forEach((term, t) => {
    let node = 0;
    for (const tok of term.tokens) {
      const id = tokenId(tok);
      let child = children[node]!.get(id);
      if (child === undefined) {
        child = children.length;
        children.push(new Map<number, number>());
        nodeTerms.push([]);
        children[node]!.set(id, child);
      }
      node = child;
    }
    nodeTerms[node]!.push(t);
  });

  for (const term of terms) {
    if (!(term.flags & A_EXACT) || !term.tokens.length) continue;
    // Without its letters as written an exact term matches any case: its first word may be in lower case too.
    const first = term.exact?.charCodeAt(0);
    if (first === undefined || classOf(first) & F_LOWER) wordFlags[tokenId(term.tokens[0]!)]! |= W_LOWER_EXACT;
  }

  const tokCharsLen = tokenList.reduce((s, t) => s + t.length, 0);
  const dictSize = nextPow2(tokenList.length * 2);
  // Edges below the root, as each node's children sorted by token (the root's are indexed by token).
  const edgeCount = children.reduce((s, m, node) => s + (node === 0 ? 0 : m.size), 0);
  const nodeCount = children.length;
  const exactCharsLen = terms.reduce((s, t) => s + (t.exact?.length ?? 0), 0);
  const relatedLen = input.entities.reduce((s, e) => s + e.related.length, 0);
  const E = input.entities.length;
  // Ids, then names, back to back; strStart[i] is where string i starts (ids 0..E-1, names E..2E-1).
  const encoder = new TextEncoder();
  const encoded = [...input.entities.map((e) => e.id), ...input.entities.map((e) => e.name)].map((x) =>
    encoder.encode(x),
  );
  const strings = new Uint8Array(encoded.reduce((sum, b) => sum + b.length, 0));
  const strStart = new Uint32Array(2 * E + 1);
  encoded.forEach((b, i) => {
    strings.set(b, strStart[i]);
    strStart[i + 1] = strStart[i]! + b.length;
  });
  const T = terms.length;

  // Section sizes in bytes, each padded to 4.
  const sections: [string, number][] = [
    ['tokOffsets', (tokenList.length + 1) * 4],
    ['tokChars', tokCharsLen * 2],
    ['tokFlags', tokenList.length * 4],
    ['dict', dictSize * 8],
    ['rootChild', tokenList.length * 4],
    ['childStart', (nodeCount + 1) * 4],
    ['childPairs', edgeCount * 8],
    ['nodeTermStart', (nodeCount + 1) * 4],
    ['termEntity', T * 4],
    ['termFlags', T * 2],
    ['termExact', T * 4],
    ['exactChars', exactCharsLen * 2],
    ['entKind', E],
    ['entProminence', E],
    ['entFrom', E * 2],
    ['entTo', E * 2],
    ['entCountry', E * 4],
    ['relStart', (E + 1) * 4],
    ['relList', relatedLen * 4],
    ['strings', strings.length],
    ['strStart', strStart.byteLength],
    ['foldClasses', FOLD_SIZE],
    ['foldChars', FOLD_SIZE * 2],
    ['demonyms', demonymPairs.length * 8],
    ['idOrder', E * 4],
    ['soundKeys', soundPairs.length * 8],
  ];
  // The section table is header words 12 on; the counts after it must stay clear of it.
  if (12 + sections.length > SOUND_COUNT_WORD) throw new Error('match index: header too small for its sections');
  const offsets: number[] = [];
  let pos = HEADER_WORDS * 4;
  for (const [, size] of sections) {
    offsets.push(pos);
    pos += (size + 3) & ~3;
  }
  const buffer = new ArrayBuffer(pos);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    VERSION,
    tokenList.length,
    tokCharsLen,
    dictSize - 1,
    edgeCount,
    nodeCount,
    T,
    E,
    exactCharsLen,
    relatedLen,
    strings.length,
  ]);
  offsets.forEach((o, i) => (header[12 + i] = o));
  header[DEMONYM_COUNT_WORD] = demonymPairs.length;
  header[SOUND_COUNT_WORD] = soundPairs.length;
  const at = (i: number) => offsets[i]!;

  const tokOffsets = new Uint32Array(buffer, at(0), tokenList.length + 1);
  const tokChars = new Uint16Array(buffer, at(1), tokCharsLen);
  const tokFlags = new Uint32Array(buffer, at(2), tokenList.length);
  const dict = new Uint32Array(buffer, at(3), dictSize * 2);
  let c = 0;
  tokenList.forEach((tok, id) => {
    tokOffsets[id] = c;
    for (let k = 0; k < tok.length; k++) tokChars[c++] = tok.charCodeAt(k);
    tokFlags[id] = wordFlags[id]!;
    const hash = hashFolded(tok);
    let slot = hash & (dictSize - 1);
    while (dict[2 * slot + 1] !== 0) slot = (slot + 1) & (dictSize - 1);
    dict[2 * slot] = hash;
    dict[2 * slot + 1] = id + 1;
  });
  tokOffsets[tokenList.length] = c;

  const rootChild = new Int32Array(buffer, at(4), tokenList.length).fill(-1);
  for (const [tok, child] of children[0]!) rootChild[tok] = child;
  const childStart = new Uint32Array(buffer, at(5), nodeCount + 1);
  const childPairs = new Uint32Array(buffer, at(6), edgeCount * 2);
  let e = 0;
  children.forEach((map, node) => {
    childStart[node] = e;
    if (node === 0) return;
    for (const [tok, child] of [...map].sort((a, b) => a[0] - b[0])) {
      childPairs[2 * e] = tok;
      childPairs[2 * e + 1] = child;
      e++;
    }
  });
  childStart[nodeCount] = e;

  const nodeTermStart = new Uint32Array(buffer, at(7), nodeCount + 1);
  const termEntity = new Uint32Array(buffer, at(8), T);
  const termFlags = new Uint16Array(buffer, at(9), T);
  const termExact = new Uint32Array(buffer, at(10), T);
  const exactChars = new Uint16Array(buffer, at(11), exactCharsLen);
  // Terms are re-laid out so each node's terms are contiguous.
  let k = 0;
  let x = 0;
  for (let node = 0; node < nodeCount; node++) {
    nodeTermStart[node] = k;
    for (const t of nodeTerms[node]!) {
      const term = terms[t]!;
      termEntity[k] = term.entity;
      termFlags[k] = term.flags;
      if (term.exact) {
        termExact[k] = (x << 8) | term.exact.length;
        for (let q = 0; q < term.exact.length; q++) exactChars[x++] = term.exact.charCodeAt(q);
      } else termExact[k] = 0xffffffff;
      k++;
    }
  }
  nodeTermStart[nodeCount] = k;

  const entKind = new Uint8Array(buffer, at(12), E);
  const entProminence = new Uint8Array(buffer, at(13), E);
  const entFrom = new Uint16Array(buffer, at(14), E);
  const entTo = new Uint16Array(buffer, at(15), E);
  const entCountry = new Int32Array(buffer, at(16), E);
  const relStart = new Uint32Array(buffer, at(17), E + 1);
  const relList = new Uint32Array(buffer, at(18), relatedLen);
  let r = 0;
  input.entities.forEach((e, i) => {
    entKind[i] = KIND_CODES.indexOf(e.kind);
    entProminence[i] = e.prominence;
    entFrom[i] = e.from;
    entTo[i] = e.to;
    entCountry[i] = e.country;
    relStart[i] = r;
    for (const rel of [...e.related].sort((a, b) => a - b)) relList[r++] = rel;
  });
  relStart[E] = r;
  new Uint8Array(buffer, at(19), strings.length).set(strings);
  new Uint32Array(buffer, at(20), strStart.length).set(strStart);
  const foldClasses = new Uint8Array(buffer, at(21), FOLD_SIZE);
  const foldChars = new Uint16Array(buffer, at(22), FOLD_SIZE);
  for (let code = 0; code < FOLD_SIZE; code++) {
    foldClasses[code] = classOf(code);
    foldChars[code] = foldCode(code);
  }
  const demonyms = new Uint32Array(buffer, at(23), demonymPairs.length * 2);
  demonymPairs.forEach(([id, entity], i) => demonyms.set([id, entity], 2 * i));
  const sound = new Uint32Array(buffer, at(25), soundPairs.length * 2);
  soundPairs.forEach(([hash, entity], i) => sound.set([hash, entity], 2 * i));
  const idOrder = new Uint32Array(buffer, at(24), E);
  idOrder.set(
    Array.from({ length: E }, (_, i) => i).sort(
      (a, b) => compareBytes(strings, strStart[a]!, strStart[a + 1]!, encoded[b]!) || a - b,
    ),
  );
  return buffer;
}
