/**
 * Personal pack files for the import tests (schema: src/knowledge/schema.ts, wrapper: src/knowledge/pack-check.ts):
 * a valid pack adding one fictional envoy, and a broken version of the same pack with one problem per
 * entity, each of which the options page must list with its file, entity and field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACK_ENTITY_NAME } from './extra-pages';

export const PACK_NAME = 'Test envoys';
export const PACK_ENTITY_ID = 'x-zorblax-quinterra';
const SOURCE = 'https://example.org/dramatis-test-pack';

const envoy = {
  id: PACK_ENTITY_ID,
  kind: 'person',
  name: PACK_ENTITY_NAME,
  aliases: [{ text: 'Quinterra', type: 'surname', standalone: true }],
  description: 'Fictional envoy, used by the Dramatis browser tests',
  roles: [{ title: 'Special Envoy of Nowhere', category: 'diplomat', start: '2021-03-01' }],
  sources: [SOURCE],
  checked: '2025-01-10',
};

export const VALID_PACK = { name: PACK_NAME, entities: [envoy] };

export const BROKEN_FILE = 'test-envoys-v2.json';
/** The same pack name: a failed import must not replace the installed pack. */
export const BROKEN_PACK = {
  name: PACK_NAME,
  entities: [
    { ...envoy, roles: [{ title: 'Special Envoy of Nowhere', start: '2021-03-01', end: '2020-01-01' }] },
    { ...envoy, id: 'x-no-description', name: 'No Description', description: undefined },
    { ...envoy, id: 'Q7747', name: 'Vladimir Putin' },
    { ...envoy, id: 'x-wizard', name: 'A Wizard', kind: 'wizard' },
  ],
};

/** Every problem the broken pack has, as "file: entity: field" (the message follows). */
export const BROKEN_ISSUES = [
  `${BROKEN_FILE}: ${PACK_ENTITY_ID}: roles.0.end:`,
  `${BROKEN_FILE}: x-no-description: description:`,
  `${BROKEN_FILE}: Q7747: id:`,
  `${BROKEN_FILE}: x-wizard: kind:`,
];

/** Writes the two pack files into a fresh temporary folder; returns their paths. */
export function writePackFiles(): { valid: string; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-packs-'));
  const valid = join(dir, 'test-envoys.json');
  const broken = join(dir, BROKEN_FILE);
  writeFileSync(valid, JSON.stringify(VALID_PACK, null, 2));
  writeFileSync(broken, JSON.stringify(BROKEN_PACK, null, 2));
  return { valid, broken };
}
