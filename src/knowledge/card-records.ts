/**
 * The card data bundled beside the index: one record per entity (names, roles, relations, sources, and the links other
 * entities make to it), packed into one buffer and read back by id. Pure.
 */
import { foldKey } from '../core/fold';
import type { LinkKey } from './card-view';
import type { EntityInput } from './schema';

export interface CardRecord {
  id: string;
  kind: string;
  name: string;
  description: string;
  native?: { lang: string; text: string };
  names?: Record<string, string>;
  aka?: string[];
  born?: string;
  died?: string;
  founded?: string;
  dissolved?: string;
  country?: string;
  roles?: EntityInput['roles'];
  relations?: EntityInput['relations'];
  designations?: EntityInput['designations'];
  ownership?: string;
  wikipedia?: string;
  website?: string;
  sources: string[];
  checked: string;
  /** Entities linking to this one (a role in it, a relation to it), for "how they relate" on the card. */
  incoming?: { id: string; label: string; key?: LinkKey }[];
}

export function cardRecord(e: EntityInput): CardRecord {
  const aka = (e.aliases ?? [])
    .map((a) => (typeof a === 'string' ? { text: a, type: 'name' } : a))
    .filter((a) => a.type !== 'surname' && a.text !== e.name)
    .map((a) => a.text)
    .slice(0, 6);
  const record: CardRecord = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    description: e.description,
    sources: e.sources,
    checked: e.checked,
  };
  if (e.native && e.names?.[e.native]) record.native = { lang: e.native, text: e.names[e.native]! };
  if (e.names) record.names = e.names;
  if (aka.length) record.aka = aka;
  for (const key of ['born', 'died', 'founded', 'dissolved', 'country', 'ownership', 'wikipedia', 'website'] as const) {
    if (e[key] !== undefined) record[key] = e[key];
  }
  if (e.roles?.length) record.roles = e.roles;
  if (e.relations?.length) record.relations = e.relations;
  if (e.designations?.length) record.designations = e.designations;
  return record;
}

export function withIncoming(record: CardRecord, incoming: NonNullable<CardRecord['incoming']>): CardRecord {
  if (incoming.length) record.incoming = incoming;
  return record;
}

/** Packs card JSON strings: [count][offsets × count+1][UTF-8 bytes]. */
export function packCards(records: CardRecord[]): ArrayBuffer {
  const encoder = new TextEncoder();
  const blobs = records.map((r) => encoder.encode(JSON.stringify(r)));
  const total = blobs.reduce((s, b) => s + b.length, 0);
  const headerBytes = 4 * (2 + records.length);
  const buffer = new ArrayBuffer(headerBytes + total);
  const header = new Uint32Array(buffer, 0, 2 + records.length);
  header[0] = records.length;
  let pos = 0;
  const bytes = new Uint8Array(buffer, headerBytes);
  blobs.forEach((b, i) => {
    header[1 + i] = pos;
    bytes.set(b, pos);
    pos += b.length;
  });
  header[1 + records.length] = pos;
  return buffer;
}

/** Reads one card record from a packed cards buffer. */
export function readCard(cards: ArrayBuffer, entity: number): CardRecord | undefined {
  const count = new Uint32Array(cards, 0, 1)[0]!;
  if (entity < 0 || entity >= count) return undefined;
  const offsets = new Uint32Array(cards, 4, count + 1);
  const base = 4 * (2 + count);
  const bytes = new Uint8Array(cards, base + offsets[entity]!, offsets[entity + 1]! - offsets[entity]!);
  return JSON.parse(new TextDecoder().decode(bytes)) as CardRecord;
}

/** Folded key of a surface, as the user's muted aliases are stored. */
export { foldKey };
