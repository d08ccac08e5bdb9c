/**
 * `npx tsx scripts/corpus-link.ts [--write] [FOLDER...]`: after actors are added to the knowledge base, finds
 * the evaluation corpus's (tests/corpus, or each FOLDER) gold entries marked `missing:<Name>` that the knowledge base
 * now has (same folded name or alias, exactly one entity) and prints them; with --write, replaces those ids in place.
 * Review the printed list: a name shared with another actor is reported, never linked. Files are written as
 * prettier formats them, so `npm run check` stays clean.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { foldKey } from '../src/core/fold';
import { aliasEntries } from '../src/knowledge/aliases';
import { loadKnowledge } from './kb/load';

const write = process.argv.includes('--write');
const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const CORPUS_DIRS = folders.length ? folders : [join(import.meta.dirname, '..', 'tests', 'corpus')];

const kb = loadKnowledge();
const byKey = new Map<string, Set<string>>();
for (const e of kb.entities) {
  for (const a of aliasEntries(e)) {
    if (a.type === 'surname' || a.type === 'acronym') continue;
    const key = foldKey(a.text);
    (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(e.id);
  }
}
const nameOf = new Map(kb.entities.map((e) => [e.id, e.name]));

let linked = 0;
for (const path of CORPUS_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f)),
)) {
  const article = JSON.parse(readFileSync(path, 'utf8')) as { gold: { id: string; name: string }[] };
  let changed = false;
  for (const g of article.gold) {
    if (!g.id.startsWith('missing:')) continue;
    const ids = byKey.get(foldKey(g.id.slice('missing:'.length))) ?? byKey.get(foldKey(g.name));
    if (!ids) continue;
    if (ids.size > 1) {
      console.log(`${path}: ${g.name}: several candidates (${[...ids].join(', ')}), not linked`);
      continue;
    }
    const id = [...ids][0]!;
    console.log(`${path}: ${g.name} → ${id} (${nameOf.get(id)})`);
    g.id = id;
    changed = true;
    linked++;
  }
  if (changed && write)
    writeFileSync(
      path,
      await format(JSON.stringify(article, null, 2), { ...(await resolveConfig(path)), parser: 'json' }),
    );
}
console.log(`${linked} gold entries ${write ? 'linked' : 'can be linked (run with --write)'}`);
