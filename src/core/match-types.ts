/**
 * The matcher's shared shapes: a candidate, the levels of support a name needs, the document's context.
 */
import { refIndex } from './match-helpers';
import type { Tokens } from './tokenize';

/** Shared empty lists for candidates that need none (most of them): no allocation per candidate. */
export const NO_WEAKER: Candidate['weaker'] = [];

export const NO_RANKING: number[] = [];

/** How a candidate's name needs to be supported, most certain first. */
export const Level = { Anchor: 0, Standalone: 1, Surname: 2, Ambiguous: 3 } as const;

export type Level = (typeof Level)[keyof typeof Level];

/** A candidate: a span of tokens and the alias terms (in one index) that end there. */
export interface Candidate {
  first: number; // first token
  last: number; // last token (inclusive)
  start: number; // char offset (after a stripped clitic)
  end: number;
  index: number; // which MatchIndex
  level: Level;
  /** Reached through an exact-case term (an acronym such as US, UK). */
  viaExact: boolean;
  /** Entities (refs) named at `level` by the terms that passed the case checks. */
  entities: number[];
  /** Entities reached only through weaker terms, with their levels: tried if `level` is rejected. */
  weaker: { level: Level; entities: number[] }[];
  chosen: number;
  ranked: number[];
  /** The entity the context settles on (the nearest full mention of a surname), ranked first; -1 if none. */
  preferred: number;
  /**
   * Its last word is in the German genitive ("Putins") or carries a Korean particle ("국회의"): like a
   * possessive, that ends the name.
   */
  genitive: boolean;
  /**
   * A body's short name written in lower case after a country's possessive or demonym ("Kenya's
   * parliament", "the Brazilian central bank"): read only as a body of that country (see ownBody).
   */
  lowerAfterOwner: boolean;
  /**
   * "the parliament" in lower case: read only as the parliament of the country the story is about (see
   * storysOwnBody).
   */
  lowerStory: boolean;
  /** Entities this surname form names only where the document names them in full (no office rule). */
  onlyInFull: readonly number[];
}

export const NO_REFS: readonly number[] = [];

/** A mention of one word that the context settled on (a defined acronym, a royal's given name). */
/** Token `i` is inside one of the `accepted` mentions. */
export function coveredAt(accepted: readonly Candidate[], i: number): boolean {
  for (let q = 0; q < accepted.length; q++) if (accepted[q]!.first <= i && accepted[q]!.last >= i) return true;
  return false;
}

export function oneWordAnchor(t: Tokens, i: number, r: number, viaExact: boolean): Candidate {
  return {
    first: i,
    last: i,
    start: t.start[i]!,
    end: t.end[i]!,
    index: refIndex(r),
    level: Level.Anchor,
    viaExact,
    entities: [r],
    weaker: NO_WEAKER,
    chosen: r,
    ranked: [r],
    preferred: -1,
    genitive: false,
    lowerAfterOwner: false,
    lowerStory: false,
    onlyInFull: NO_REFS,
  };
}

export interface Related {
  /** Anchors of the document related to each entity (relations, country). */
  counts: Map<number, number>;
  /** Anchors of the document belonging to each country. */
  countries: Map<number, number>;
  /** Full mentions of each country and of its actors (an actor named without an anchor counts once). */
  mentions: Map<number, number>;
  /** The same of each territory (Hong Kong, Greenland) and of its own actors. */
  territories: Map<number, number>;
}

export interface Context {
  blocks: Int32Array;
  /**
   * The institutional nouns ("commission", "assembly") of the bodies the story names in full, each with the one
   * body it names (NO_HEAD_OWNER when two bodies share it) and the token of its first full mention (see
   * recordHeads).
   */
  heads: Map<number, number>;
  titleCaseBlock: Uint8Array;
  /** Tokens where a non-ambiguous candidate starts / ends: a neighbour that is itself a known name. */
  knownStart: Uint8Array;
  knownEnd: Uint8Array;
  /** Tokens that are the surname alone of a person named in full in the story (see context()). */
  namedSurname: Uint8Array;
  /** Tokens where a candidate that names no place ends, whatever its level ("SPD" in "Union, SPD, Grüne"). */
  otherNameEnd: Uint8Array;
  /** Entities named by anchors anywhere in the document. */
  doc: Set<number>;
  /** Token positions of each entity's anchors, in document order. */
  anchorAt: Map<number, number[]>;
  /** By first token, the entities named in full from there. */
  anchorsFrom: Map<number, number[]>;
  /** The country most of the document is about (see dominant()), or -1. */
  dominantCountry: number;
  /** The territory with its own bodies most of the document is about (Hong Kong), or -1. */
  dominantTerritory: number;
  /** The document's year. */
  year: number;
  related: Related;
  /** Per block, the first and last token of each anchor in it, flat: [first, last, first, last, …]. */
  blockAnchors: Map<number, number[]>;
  /** At the last token of a country's name followed by a possessive ("Kenya's"): that country. */
  countryEndingAt: Map<number, number>;
  /** Every country named in full: [first token, last token, country, …]. */
  countrySpans: number[];
  /** Surnames in Chinese characters the story gives to another country's office-holder ("洪都拉斯外长雷纳"). */
  othersSurnames: Set<string>;
  /** Made when first asked: by hash, the first token of each unknown person's surname (see unknownSurname). */
  unknownSurnames: Map<number, number> | undefined;
  /** Each person a bare surname was read as, and the token where that was first done (see surnameOwner). */
  bareSurnames: Map<number, number>;
}
