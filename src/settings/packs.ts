/**
 * Personal knowledge packs: entity lists in the same schema as knowledge/, imported from JSON files or
 * written in the options page. Stored in storage.local. Reading re-validates every entity, so a corrupted
 * store loses only the entries that no longer validate, never the rest. Pure.
 */
import { validateEntities, type EntityInput } from '../knowledge/schema';

export interface Pack {
  /** Local id of the pack (not an entity id). */
  id: string;
  name: string;
  importedAt: number;
  entities: EntityInput[];
}

export interface PackStore {
  packs: Pack[];
  /** Entries the user wrote in the options form (exported as "my entries"). */
  own: EntityInput[];
}

/** Epoch milliseconds a Date can hold: the options page formats the import date, and an invalid one throws. */
const isTime = (x: unknown): x is number => typeof x === 'number' && Math.abs(x) <= 8.64e15;

export function readPacks(stored: unknown): PackStore {
  const out: PackStore = { packs: [], own: [] };
  if (!stored || typeof stored !== 'object') return out;
  const r = stored as Record<string, unknown>;
  if (Array.isArray(r.packs)) {
    for (const p of r.packs) {
      if (!p || typeof p !== 'object') continue;
      const pack = p as Record<string, unknown>;
      if (typeof pack.id !== 'string' || typeof pack.name !== 'string') continue;
      const { entities } = validateEntities(pack.entities, pack.name);
      out.packs.push({
        id: pack.id,
        name: pack.name,
        importedAt: isTime(pack.importedAt) ? pack.importedAt : 0,
        entities,
      });
    }
  }
  out.own = validateEntities(r.own ?? [], 'my entries').entities;
  return out;
}

/** Every entity the packs contribute; the user's own entries win over imported ones with the same id. */
export function packEntities(store: PackStore): EntityInput[] {
  const byId = new Map<string, EntityInput>();
  for (const pack of store.packs) for (const e of pack.entities) byId.set(e.id, e);
  for (const e of store.own) byId.set(e.id, e);
  return [...byId.values()];
}

/** The "file" the user's own entries are reported under (validation issues, export). */
export const OWN_ENTRIES = 'my entries';
/** Longest pack name kept (from the pack's "name" or its file name). */
const MAX_PACK_NAME = 80;

/** A pack's display name: its own "name" field, else the file name without ".json". */
export function packName(raw: unknown, fileName: string): string {
  const own = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { name?: unknown }).name : undefined;
  const name = typeof own === 'string' && own.trim() ? own.trim() : fileName.replace(/\.json$/i, '');
  return name.slice(0, MAX_PACK_NAME) || 'pack';
}

/** Which ids the store defines, and where ("my entries" or a pack's name), leaving out what is replaced. */
export function definedIds(store: PackStore, except: { packName?: string; ownId?: string } = {}): Map<string, string> {
  const out = new Map<string, string>();
  for (const pack of store.packs) {
    if (pack.name === except.packName) continue;
    for (const e of pack.entities) out.set(e.id, pack.name);
  }
  for (const e of store.own) if (e.id !== except.ownId) out.set(e.id, OWN_ENTRIES);
  return out;
}

/** Adds a pack, replacing one of the same name (importing a newer version of the same file). */
export function addPack(store: PackStore, pack: Pack): PackStore {
  return { ...store, packs: [...store.packs.filter((p) => p.name !== pack.name), pack] };
}
export function removePack(store: PackStore, packId: string): PackStore {
  return { ...store, packs: store.packs.filter((p) => p.id !== packId) };
}
/** Adds or replaces one of the user's own entries (`previousId` when an edit changed the id). */
export function putOwn(store: PackStore, entity: EntityInput, previousId?: string): PackStore {
  const replaced = previousId ?? entity.id;
  const at = store.own.findIndex((e) => e.id === replaced);
  const own = store.own.filter((e) => e.id !== replaced && e.id !== entity.id);
  own.splice(at < 0 ? own.length : Math.min(at, own.length), 0, entity);
  return { ...store, own };
}
export function removeOwn(store: PackStore, id: string): PackStore {
  return { ...store, own: store.own.filter((e) => e.id !== id) };
}
/** The user's own entries as an importable pack file (see docs/packs.md). */
export function exportOwn(store: PackStore): string {
  return `${JSON.stringify({ name: OWN_ENTRIES, entities: store.own }, null, 2)}\n`;
}
