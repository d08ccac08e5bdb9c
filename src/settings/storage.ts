/**
 * Every storage item Dramatis keeps, with its area, version and migrations: the only module that names
 * storage keys. Preferences and mutes go to storage.sync (small, follows the user across browsers);
 * personal packs to storage.local (they can be large). Reading goes through the read* validators, so
 * garbage in storage becomes defaults, never an exception.
 */
import { storage } from 'wxt/utils/storage';
import { PREFERENCES_MIGRATIONS, PREFERENCES_VERSION } from './migrations';
import { readMutes, type Mutes } from './mutes';
import { changedPreferences, readPreferences, type Preferences } from './preferences';

/** Stored form: only the fields the user changed. */
export const preferencesItem = storage.defineItem<Record<string, unknown>>('sync:preferences', {
  fallback: {},
  version: PREFERENCES_VERSION,
  migrations: PREFERENCES_MIGRATIONS,
});
export const mutesItem = storage.defineItem<unknown>('sync:mutes', { fallback: {}, version: 1 });
/** Personal packs; read and written through packs-store.ts (which carries the entity schema). */
export const packsItem = storage.defineItem<unknown>('local:packs', { fallback: {}, version: 1 });

export async function getPreferences(): Promise<Preferences> {
  return readPreferences(await preferencesItem.getValue());
}

/** Applies a change and writes back only what differs from the defaults. */
export async function updatePreferences(change: (p: Preferences) => void): Promise<Preferences> {
  const prefs = await getPreferences();
  change(prefs);
  await preferencesItem.setValue(changedPreferences(prefs));
  return prefs;
}

export function watchPreferences(callback: (p: Preferences) => void): () => void {
  return preferencesItem.watch((value) => callback(readPreferences(value)));
}

export async function getMutes(): Promise<Mutes> {
  return readMutes(await mutesItem.getValue());
}
export async function setMutes(mutes: Mutes): Promise<void> {
  await mutesItem.setValue(mutes);
}
export function watchMutes(callback: (m: Mutes) => void): () => void {
  return mutesItem.watch((value) => callback(readMutes(value)));
}
