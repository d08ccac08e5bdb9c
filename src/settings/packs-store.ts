/** Reading and writing personal packs (kept apart from storage.ts so the content script need not load the schema). */
import { readPacks, type PackStore } from './packs';
import { packsItem } from './storage';

export async function getPacks(): Promise<PackStore> {
  return readPacks(await packsItem.getValue());
}
export async function setPacks(packs: PackStore): Promise<void> {
  await packsItem.setValue(packs);
}
export function watchPacks(callback: (p: PackStore) => void): () => void {
  return packsItem.watch((value) => callback(readPacks(value)));
}
