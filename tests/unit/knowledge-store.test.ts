/**
 * The knowledge base as the background holds it, compiled from knowledge/ as the build does: an entity whose
 * local id gave way to its Wikidata QID is still found, named and kept muted under the id a user saved.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKnowledgeToDir } from '../../scripts/kb/compile-to-dir';
import { KnowledgeStore, type KnowledgeMeta } from '../../src/background/knowledge-store';

let dir: string;
let store: KnowledgeStore;
let meta: KnowledgeMeta;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dramatis-store-'));
  compileKnowledgeToDir(dir);
  const bytes = (name: string) => {
    const b = readFileSync(join(dir, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as KnowledgeMeta;
  store = new KnowledgeStore({ index: bytes('index.bin'), cards: bytes('cards.bin') }, meta);
  // The whole base compiled, while other files compile it too on two cores: 20–70 s.
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Singapore Foreign Minister Vivian Balakrishnan met his Chinese counterpart in Beijing.';

describe('an entity whose id changed', () => {
  it('is listed in the compiled meta with its id now', () => {
    expect(meta.formerIds?.['x-vivian-balakrishnan']).toBe('Q7937671');
  });

  it('is named under the old id, as the options page lists what the user muted', () => {
    expect(store.summary('x-vivian-balakrishnan')?.name).toBe('Vivian Balakrishnan');
    expect(store.nameOf('x-vivian-balakrishnan')).toBe('Vivian Balakrishnan');
  });

  it('stays muted when the user muted it under the old id', () => {
    const found = (mutedIds: string[]) => store.match(TEXT, { mutedIds: new Set(mutedIds) }).map((m) => m.id);
    expect(found([])).toContain('Q7937671');
    expect(found(['x-vivian-balakrishnan'])).not.toContain('Q7937671');
    expect(found(['x-vivian-balakrishnan'])).toContain('Q334');
  });
});
