/**
 * Validates knowledge/ and writes the compiled knowledge base to .cache/kb/ (index.bin, cards.bin,
 * meta.json). Used by the WXT build hook, the annotate CLI, the benchmarks and the tests. A broken
 * knowledge base throws with every problem listed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKnowledge, type KnowledgeStats } from '../../src/knowledge/compile';
import { formatIssue } from '../../src/knowledge/schema';
import { KNOWLEDGE_DIR, loadKnowledge, type SourceInfo } from './load';

export const CACHE_DIR = join(import.meta.dirname, '..', '..', '.cache', 'kb');

export interface KnowledgeMetaFile {
  asOf: string;
  version: number;
  stats: KnowledgeStats;
  sources: Record<string, SourceInfo>;
  /** Old local id → the entity's id now (see `formerIds` in schema.ts). */
  formerIds: Record<string, string>;
}

export class KnowledgeError extends Error {}

export function compileKnowledgeToDir(
  dir = CACHE_DIR,
  source = KNOWLEDGE_DIR,
): { path: string; relativeDest: string }[] {
  const kb = loadKnowledge(source);
  // While editing, DRAMATIS_KB_PARTIAL=1 builds from the entries that are valid and warns about the rest.
  // Never for releases: `npm run build`/`zip` and CI run without it and fail on any problem.
  if (kb.issues.length && process.env.DRAMATIS_KB_PARTIAL === '1') {
    const bad = new Set(kb.issues.map((i) => i.entity));
    console.warn(
      `knowledge base: ${kb.issues.length} problem(s); building without ${bad.size} entries (DRAMATIS_KB_PARTIAL)`,
    );
    kb.entities = kb.entities.filter((e) => !bad.has(e.id));
    kb.issues = [];
  }
  if (kb.issues.length) {
    const shown = kb.issues.slice(0, 50).map(formatIssue).join('\n  ');
    const more = kb.issues.length > 50 ? `\n  … and ${kb.issues.length - 50} more (npm run kb:check)` : '';
    throw new KnowledgeError(`knowledge base has ${kb.issues.length} problem(s):\n  ${shown}${more}`);
  }
  const compiled = compileKnowledge(kb.entities, kb.meta.asOf, { givenNames: kb.givenNames });
  const meta: KnowledgeMetaFile = {
    asOf: kb.meta.asOf,
    version: kb.meta.version,
    stats: compiled.stats,
    sources: kb.sources,
    formerIds: Object.fromEntries(
      kb.entities
        .flatMap((e) => (e.formerIds ?? []).map((old) => [old, e.id] as const))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
  mkdirSync(dir, { recursive: true });
  const files = [
    { name: 'index.bin', data: new Uint8Array(compiled.index) },
    { name: 'cards.bin', data: new Uint8Array(compiled.cards) },
    { name: 'meta.json', data: JSON.stringify(meta) },
  ];
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
  return files.map((f) => ({ path: join(dir, f.name), relativeDest: `kb/${f.name}` }));
}
