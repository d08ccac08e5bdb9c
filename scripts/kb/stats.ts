/**
 * `npm run --silent kb:stats [-- --json]`: how big the knowledge base is — entities by kind, names per
 * language, aliases, and its as-of date. With --json: {"entities", "byKind", "languages", "aliases", "asOf"}.
 */
import { compileKnowledge } from '../../src/knowledge/compile';
import { formatIssue } from '../../src/knowledge/schema';
import { loadKnowledge } from './load';

const kb = loadKnowledge();
if (kb.issues.length) {
  console.error(kb.issues.slice(0, 20).map(formatIssue).join('\n'));
  console.error(`knowledge base has ${kb.issues.length} problem(s); run npm run kb:check`);
  process.exit(1);
}
const { stats } = compileKnowledge(kb.entities, kb.meta.asOf, { givenNames: kb.givenNames });
const sortDesc = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
const out = {
  entities: stats.entities,
  byKind: sortDesc(stats.byKind),
  languages: sortDesc(stats.languages),
  aliases: stats.aliases,
  asOf: kb.meta.asOf,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(out));
} else {
  const row = (k: string, v: number | string) => `  ${k.padEnd(28)} ${String(v).padStart(6)}`;
  console.log(`Dramatis knowledge base, as of ${out.asOf}`);
  console.log(row('entities', out.entities));
  console.log(row('aliases (names and forms)', out.aliases));
  console.log('\nBy kind');
  for (const [k, v] of Object.entries(out.byKind)) console.log(row(k, v));
  const langs = Object.entries(out.languages);
  console.log(`\nNames in other languages (${langs.length} languages; top 20)`);
  for (const [k, v] of langs.slice(0, 20)) console.log(row(k, v));
}
