/**
 * Every storage item Dramatis keeps, with its area, version and migrations: the only module that names
 * storage keys. Preferences and mutes go to storage.sync (small, follows the user across browsers);
 * personal packs to storage.local (they can be large). Reading goes through the read* validators, so
 * garbage in storage becomes defaults, never an exception.
 *
 * Writes are read-modify-write, so they are queued one after another within a page: two quick clicks in
 * the popup must not each start from the same old value and let the second undo the first.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './keys';
import { PREFERENCES_MIGRATIONS, PREFERENCES_VERSION } from './migrations';
import { readMutes, type Mutes } from './mutes';
import { applyChange, readPreferences, type Preferences } from './preferences';

function itemKey(item: { area: 'sync' | 'local'; key: string }): `sync:${string}` | `local:${string}` {
  return `${item.area}:${item.key}`;
}

/** Stored form: only the fields the user changed (see preferences.ts). */
export const preferencesItem = storage.defineItem<Record<string, unknown>>(itemKey(STORAGE_KEYS.preferences), {
  fallback: {},
  version: PREFERENCES_VERSION,
  migrations: PREFERENCES_MIGRATIONS,
});
export const mutesItem = storage.defineItem<unknown>(itemKey(STORAGE_KEYS.mutes), { fallback: {}, version: 1 });
/** Personal packs; read and written through packs-store.ts (which carries the entity schema). */
export const packsItem = storage.defineItem<unknown>(itemKey(STORAGE_KEYS.packs), { fallback: {}, version: 1 });

/** Runs read-modify-write updates one at a time (a failed one does not block the next). */
export function serialize(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => {});
    return run;
  };
}
const queuePreferences = serialize();
const queueMutes = serialize();

export async function getPreferences(): Promise<Preferences> {
  return readPreferences(await preferencesItem.getValue());
}

/** Applies a change and writes back only the fields it touched (see applyChange). */
export function updatePreferences(change: (p: Preferences) => void): Promise<Preferences> {
  return queuePreferences(async () => {
    const stored = await preferencesItem.getValue();
    const before = readPreferences(stored);
    const after = structuredClone(before);
    change(after);
    await preferencesItem.setValue(applyChange(stored, before, after));
    return after;
  });
}

export function watchPreferences(callback: (p: Preferences, old: Preferences) => void): () => void {
  return preferencesItem.watch((value, old) => callback(readPreferences(value), readPreferences(old)));
}

export async function getMutes(): Promise<Mutes> {
  return readMutes(await mutesItem.getValue());
}
export async function setMutes(mutes: Mutes): Promise<void> {
  await mutesItem.setValue(mutes);
}
export function updateMutes(change: (m: Mutes) => Mutes): Promise<Mutes> {
  return queueMutes(async () => {
    const next = change(await getMutes());
    await setMutes(next);
    return next;
  });
}
export function watchMutes(callback: (m: Mutes) => void): () => void {
  return mutesItem.watch((value) => callback(readMutes(value)));
}
