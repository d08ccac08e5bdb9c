/** Reading and writing personal packs (kept apart from storage.ts so the content script need not load the schema). */
import { readPacks, type PackStore } from './packs';
import { packsItem, serialize } from './storage';

const queue = serialize();

export async function getPacks(): Promise<PackStore> {
  return readPacks(await packsItem.getValue());
}
export async function setPacks(packs: PackStore): Promise<void> {
  await packsItem.setValue(packs);
}
/** Read-modify-write, one at a time: an import and a form save in quick succession both land. */
export function updatePacks(change: (p: PackStore) => PackStore): Promise<PackStore> {
  return queue(async () => {
    const next = change(await getPacks());
    await setPacks(next);
    return next;
  });
}
export function watchPacks(callback: (p: PackStore) => void): () => void {
  return packsItem.watch((value) => callback(readPacks(value)));
}
