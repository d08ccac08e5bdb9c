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
 * Pure: no DOM, no `browser`.
 */
import {
  C_CJK,
  C_IGNORE,
  C_LETTER,
  C_PERIOD,
  CLASSES,
  F_LOWER,
  FOLDED,
  classOf,
  foldCode,
  gershayimAt,
  hebrewQuote,
  isDottedAcronymStep,
  primeFoldTable,
} from './fold';
import { keyPairHash, nameKeyPairs } from './katakana-names';
import { hashFolded } from './tokenize';

const MAGIC = 0x314d5244; // "DRM1"
const VERSION = 11; // 11: people filed by the sound of their names (katakana-names.ts)
const HEADER_WORDS = 48;
/** The header word after the section table holding the number of demonym pairs. */
const DEMONYM_COUNT_WORD = 47;
/** The header word holding the number of (key hash, person) pairs of the sound-key section. */
const SOUND_COUNT_WORD = 46;
const UTF8 = new TextDecoder();
const UTF8_ENCODER = new TextEncoder();
/** Entries of the fold table: every UTF-16 code unit. */
const FOLD_SIZE = 65536;

/** Term (alias occurrence) flags. */
export const A_EXACT = 1 << 0; // compare letters case-sensitively with the alias as written
/**
 * A name others share: read only with support from the context. On a surname term: a shared form (a Polish case
 * of a foreigner's surname) that names its person only where the story names them in full, never after an office.
 */
export const A_AMBIGUOUS = 1 << 1;
export const A_SURNAME = 1 << 2;
export const A_STANDALONE = 1 << 3;
export const A_ACRONYM = 1 << 4;
export const A_DERIVED = 1 << 5; // a form the build derived (surname, inflection, joined hyphen)
export const A_WORDLIKE = 1 << 6; // an exact-case acronym that is also an English word in capitals (US, WHO)
export const A_METONYM = 1 << 7;
export const A_TITLECASE_OK = 1 << 8; // an acronym also written as a word (Nato, Opec)
/** Bits 9–14: which of the alias's words 2–7 it writes in lower case ("Assemblée nationale", "Белый дом"). */
export const A_LOWER_SHIFT = 9;
export const A_LOWER_MAX = 6;
/**
 * Bit 15 (bit A_LOWER_MAX of the lower-case mask): the alias starts with an institutional noun in lower case,
 * as French and Spanish write them ("armée israélienne", "département d'État", "ministerio de Defensa").
 */
export const A_LOWER_FIRST_BIT = A_LOWER_MAX;

/** Dictionary token flags: words the matcher looks for around a candidate. */
export const W_TITLE = 1 << 0; // honorific or office before a name (Mr, President, Sheikh)
export const W_PARTICLE = 1 << 1; // may be lower case inside a name (al, bin, von, of)
export const W_GIVEN_NAME = 1 << 2; // first word of a person's name in the knowledge base
export const W_CUE = 1 << 3; // world-affairs word that supports an ambiguous place name
export const W_COUNTER_CUE = 1 << 4; // word that points away from the world-affairs reading (county)
export const W_PLACE_SUFFIX = 1 << 5; // "County", "Street": a capitalized word that extends a proper name
export const W_STOPWORD = 1 << 6; // a common English word (for all-caps headlines)
export const W_HONORIFIC = 1 << 7; // a courtesy title (Mr, Dr, Sir): says "a person" but not which one
export const W_PLACE_PREFIX = 1 << 8; // "New", "Lake", "North": starts a longer place name, even at a sentence start
export const W_ADJECTIVE = 1 << 9; // "Iranian", "Shiite": capitalized, yet never part of the name that follows
export const W_GENERIC = 1 << 10; // "ministry", "army": may be lower case inside a name that starts capitalized
export const W_MONTH = 1 << 11; // a month name that is also a surname (May, June)
export const W_DATE_WORD = 1 << 12; // "in", "since", "early": before a month name, it is a date
export const W_ARTICLE = 1 << 13; // "al", "el": an Arabic article that may start a name in lower case (al-Qaeda)
export const W_KIND_NOUN = 1 << 14; // "newspaper", "صحيفة": names the kind of actor beside it
export const W_GERMAN = 1 << 15; // a German function word ("und", "nicht"): tells a German text
/**
 * Set by the build: the first word of an exact-case alias written in lower case ("dpa"). Any other name
 * needs a capital (or a particle or institutional noun) on its first word, so the matcher does not follow
 * the trie from a lower-case word without one of these flags.
 */
export const W_LOWER_EXACT = 1 << 16;
/** A country's one-word demonym ("Kenyan", "Brazilian"): `demonymCountry` tells which country. */
export const W_DEMONYM = 1 << 17;
/** First word of a force's short name ("army", "navy", "air force"): its country must be named right before it. */
export const W_OWNER_ONLY = 1 << 18;
/** A photo or video credit's word after an agency ("AP Photo", "AFP Video"): it does not lengthen the name. */
export const W_CREDIT = 1 << 19;
/** "Bank", "University", "Commission": before "of" and a country, the head of a longer name ("Bank of Zambia"). */
export const W_ORG_HEAD = 1 << 20;
/**
 * A word that announces a person's name right after it, in any language the matcher reads ("Minister",
 * "Senator", "judge", "ministre", "diputada", "министр"): with two capitalized unknown words after it, the
 * name of a person the knowledge base does not know (see unknown-people.ts).
 */
export const W_PERSON_TITLE = 1 << 21;
/** A street or square before the name it bears ("rue", "calle", "шارع", "улица"): a person's name there is a place. */
export const W_STREET = 1 << 22;
/** An Italian function word ("della", "anche"): tells an Italian text, whose press writes acronyms as words ("Onu"). */
export const W_ITALIAN = 1 << 23;
/**
 * The first word of a person's name written in Arabic script in the knowledge base ("إبراهيم", "علی"): with a
 * title beside it, the start of a name the base does not know (unknown-people-arabic.ts).
 */
export const W_ARABIC_GIVEN_NAME = 1 << 24;
/**
 * A Swedish, Danish or Norwegian function word ("och", "ikke"): tells a Scandinavian text, where a name takes a
 * genitive -s with no apostrophe ("Putins", "Sveriges", "Moderaternas").
 */
export const W_NORDIC = 1 << 25;
/**
 * A Finnish function word ("että", "myös"): tells a Finnish text, where a name takes case endings ("Putinin",
 * "Orpolle", "Suomen").
 */
export const W_FINNISH = 1 << 26;
/**
 * A Russian or Ukrainian word for a region ("области", "края", "району"): after it, the capitalized adjective before
 * it is a region's name ("с Украиной Курской области"), not the rest of the name before.
 */
export const W_REGION_WORD = 1 << 27;
/**
 * A Turkish function word ("için", "olarak"): tells a Turkish text, where a name ending in the possessive takes its
 * case ending with no apostrophe ("Dışişleri Bakanlığına", "Anayasa Mahkemesinin").
 */
export const W_TURKISH = 1 << 28;
/**
 * A Spanish function word ("los", "según"): tells a Spanish text, where "EU" is Estados Unidos (the European Union is
 * "UE").
 */
export const W_SPANISH = 1 << 29;

export const KIND_CODES = [
  'person',
  'country',
  'territory',
  'city',
  'government-body',
  'military',
  'security-service',
  'international-organization',
  'organization',
  'armed-group',
  'political-party',
  'media',
] as const;

/** Kinds of actor that belong to one country, when the knowledge base gives them one. */
export const NATIONAL_KINDS: ReadonlySet<string> = new Set<(typeof KIND_CODES)[number]>([
  'political-party',
  'government-body',
  'military',
  'security-service',
  'media',
  'organization',
]);

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

function nextPow2(n: number): number {
  let p = 16;
  while (p < n) p *= 2;
  return p;
}

/** A node with more children than this is binary-searched; fewer are scanned. */
const SCAN_CHILDREN = 8;

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

/**
 * Byte-wise order of `bytes[from, to)` and `key`, two UTF-8 strings: the code point order of the strings they
 * encode.
 */
function compareBytes(bytes: Uint8Array, from: number, to: number, key: Uint8Array): number {
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
