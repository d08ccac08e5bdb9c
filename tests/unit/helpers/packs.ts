/** Personal-pack test data: valid entities as a user writes them, and the background's pack check. */
import { checkPack } from '../../../src/knowledge/pack-check';
import type { EntityInput } from '../../../src/knowledge/schema';
import type { PackCheckResult } from '../../../src/messaging/protocol';

export const KB_AS_OF = '2026-01-22';
/** Entities of the bundled knowledge base, as far as these tests need it. */
export const BUNDLED = new Set(['Q7747', 'Q159', 'Q794', 'Q212']);
export const SOURCE_KEYS = new Set(['wikidata', 'wikipedia']);

/** A valid local entity (a person the bundled knowledge base does not know). */
export function localEntity(id: string, name: string, extra: Partial<EntityInput> = {}): EntityInput {
  return {
    id,
    kind: 'person',
    name,
    description: 'Mayor of Kharkiv since 2010',
    sources: ['https://www.city.kharkiv.ua/'],
    checked: '2026-01-10',
    ...extra,
  };
}

/** The background's checkPack, as the options page calls it. */
export function check(file: string, text: string): PackCheckResult {
  return checkPack(text, file, { asOf: KB_AS_OF, isBundled: (id) => BUNDLED.has(id), sourceKeys: SOURCE_KEYS });
}

export const packFile = (name: string, entities: unknown[], packName?: string) => ({
  name,
  text: JSON.stringify(packName ? { name: packName, entities } : entities),
});
