/**
 * `npm run --silent eval:corpus -- [--json] [--verbose] [--known-only] [--with-lang] [FILE or FOLDER...]`
 * Precision and recall of the matcher on the evaluation articles in tests/corpus/ (or the files given),
 * with the real knowledge base, against each article's hand-made gold annotations. The scoring rules are
 * in lib/corpus-score.ts; this file only loads, runs and prints.
 */
import './lib/quiet-pipe';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileKnowledgeToDir, CACHE_DIR } from './kb/compile-to-dir';
import { MatchIndex } from '../src/core/match-index';
import { Matcher } from '../src/core/matcher';
import { readCard } from '../src/knowledge/card-records';
import { parseArticle, scoreArticle, sumScores, type ArticleScore } from './lib/corpus-score';

const CORPUS_DIR = join(import.meta.dirname, '..', 'tests', 'corpus');

function loadMatcher(): { matcher: Matcher; kindOf: (id: string) => string } {
  compileKnowledgeToDir();
  const read = (name: string) => {
    const b = readFileSync(join(CACHE_DIR, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  const index = new MatchIndex(read('index.bin'));
  const cards = read('cards.bin');
  return { matcher: new Matcher([index]), kindOf: (id) => readCard(cards, index.indexOfId(id))?.kind ?? '?' };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

function main(): void {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  // Known actors only: without the people found by their titles (unknown-people.ts).
  const knownOnly = argv.includes('--known-only');
  // Each article's language given to the matcher, as a page that declares its language gives it (page-lang.ts);
  // without, the matcher reads it from the text alone, as for a .txt file.
  const withLang = argv.includes('--with-lang');
  const args = argv.filter((a) => !a.startsWith('--'));
  // Files, or folders of them (tests/corpus by default; tests/corpus-holdout holds articles written after
  // the knowledge base was last extended from the corpus, to measure how it does on text it was not fitted to).
  const paths = (args.length ? args : [CORPUS_DIR]).flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  const { matcher, kindOf } = loadMatcher();
  const scores: ArticleScore[] = [];
  for (const path of paths) {
    const article = parseArticle(JSON.parse(readFileSync(path, 'utf8')) as unknown, basename(path));
    const mentions = matcher.match(article.text, {
      date: article.date,
      unknownPeople: !knownOnly,
      ...(withLang ? { lang: article.lang } : {}),
    });
    scores.push(scoreArticle(article, mentions, (id) => matcher.nameOf(id) ?? id));
  }
  const total = sumScores(scores);
  if (json) {
    process.stdout.write(`${JSON.stringify({ total, articles: scores }, null, 2)}\n`);
    return;
  }
  console.log(
    `${'article'.padEnd(46)} ${'lang'.padEnd(4)} ${'P(ent)'.padStart(7)} ${'R(ent)'.padStart(7)} ${'P(men)'.padStart(7)} ${'R(men)'.padStart(7)} traps`,
  );
  for (const s of scores) {
    console.log(
      `${s.file
        .replace(/\.json$/, '')
        .slice(0, 46)
        .padEnd(
          46,
        )} ${s.lang.padEnd(4)} ${pct(s.entities.precision).padStart(7)} ${pct(s.entities.recall).padStart(7)} ${pct(s.mentions.precision).padStart(7)} ${pct(s.mentions.recall).padStart(7)} ${s.trapHits.length}`,
    );
    if (!verbose) continue;
    for (const e of s.missedEntities) console.log(`    missed      ${e.name} (${e.id}) ${JSON.stringify(e.surfaces)}`);
    for (const e of s.wrongEntities)
      console.log(`    wrong       ${e.name} (${e.id}, ${kindOf(e.id)}) on ${JSON.stringify(e.surfaces)}`);
    for (const m of s.wrongMentions)
      console.log(
        `    wrong span  "${m.surface}" → ${m.name} (${m.id})${m.expected ? `, expected ${m.expected}` : ''}`,
      );
    for (const m of s.missedMentions) console.log(`    missed span "${m.surface}" (${m.expected})`);
    for (const t of s.trapHits) console.log(`    TRAP        "${t.surface}" → ${t.id}`);
  }
  console.log(
    `\n${scores.length} articles · entities: precision ${pct(total.entities.precision)}, recall ${pct(total.entities.recall)} ` +
      `(${total.entities.tp} right, ${total.entities.fp} wrong, ${total.entities.fn} missed, ${total.entities.missingFromKb} of the missed not in the knowledge base)` +
      `\n${''.padEnd(String(scores.length).length + 10)} mentions: precision ${pct(total.mentions.precision)}, recall ${pct(total.mentions.recall)} ` +
      `(${total.mentions.tp} right, ${total.mentions.fp} wrong, ${total.mentions.fn} missed) · trap hits: ${total.trapHits}`,
  );
}

try {
  main();
} catch (err) {
  console.error(`eval:corpus: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
