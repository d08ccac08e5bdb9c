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
        importedAt: typeof pack.importedAt === 'number' ? pack.importedAt : 0,
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
