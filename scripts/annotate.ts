/**
 * `npm run --silent annotate -- [--json] [--known-only] [--date YYYY-MM-DD] [--lang TAG] FILE...`
 * Finds the actors in .txt and .html files with the same matcher and knowledge base as the extension. HTML
 * text is extracted with the content script's own rules (src/content/extract.ts), and dated and given its
 * language from its metadata (src/content/page-date.ts, page-lang.ts) unless --date or --lang is given. Without --json: a table of mentions grouped by entity. Actors the knowledge
 * base does not know, found by the way the article names them, have the id "unknown:<name>" (people) or
 * "unknown-body:<name>" (bodies) and `"inKnowledgeBase": false`; --known-only leaves them out.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readHtml } from './lib/html-text';
import { MatchIndex } from '../src/core/match-index';
import { LANGUAGE_TAG } from '../src/core/language-tag';
import { Matcher } from '../src/core/matcher';
import { unknownKind, unknownName } from '../src/core/unknown-id';
import { readCard } from '../src/knowledge/card-records';
import { compileKnowledgeToDir, CACHE_DIR } from './kb/compile-to-dir';

interface Args {
  json: boolean;
  /** Only actors in the knowledge base: not the people and bodies it does not know (src/core/unknown-*.ts). */
  knownOnly?: boolean;
  date?: string;
  /** The documents' language (BCP 47), as a page declares it: see MatchOptions.lang. */
  lang?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--known-only') args.knownOnly = true;
    else if (a === '--date') args.date = argv[++i];
    else if (a.startsWith('--date=')) args.date = a.slice(7);
    else if (a === '--lang') args.lang = argv[++i];
    else if (a.startsWith('--lang=')) args.lang = a.slice(7);
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: npm run --silent annotate -- [--json] [--known-only] [--date YYYY-MM-DD] [--lang TAG] FILE...',
      );
      process.exit(0);
    } else args.files.push(a);
  }
  if (args.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(args.date)) {
    throw new Error(`--date must be YYYY-MM-DD, got "${args.date}"`);
  }
  if (args.lang !== undefined && !LANGUAGE_TAG.test(args.lang)) {
    throw new Error(`--lang must be a language tag such as de or pt-BR, got "${args.lang}"`);
  }
  if (!args.files.length) throw new Error('no input files (usage: annotate [--json] [--date YYYY-MM-DD] FILE...)');
  return args;
}

function loadBuffers(): { index: ArrayBuffer; cards: ArrayBuffer } {
  compileKnowledgeToDir();
  const read = (name: string) => {
    const b = readFileSync(join(CACHE_DIR, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return { index: read('index.bin'), cards: read('cards.bin') };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { index, cards } = loadBuffers();
  const matchIndex = new MatchIndex(index);
  const matcher = new Matcher([matchIndex]);
  const kindOf = (id: string) => readCard(cards, matchIndex.indexOfId(id))?.kind ?? '';
  const results: Record<string, { text: string; mentions: object[] }> = {};
  const tables: string[] = [];
  for (const file of args.files) {
    const raw = readFileSync(file, 'utf8');
    const isHtml = ['.html', '.htm'].includes(extname(file).toLowerCase());
    const { text, date, lang } = isHtml ? readHtml(raw) : { text: raw, date: undefined, lang: undefined };
    const when = args.date ?? date;
    const language = args.lang ?? lang;
    const options = {
      ...(when ? { date: when } : {}),
      ...(language ? { lang: language } : {}),
      unknownPeople: !args.knownOnly,
    };
    const mentions = matcher.match(text, options).map((m) => {
      // An actor the knowledge base does not know: the name as the article writes it, and a person's title there.
      const unknown = unknownName(m.id);
      return {
        start: m.start,
        end: m.end,
        surface: text.slice(m.start, m.end),
        id: m.id,
        name: unknown ?? matcher.nameOf(m.id) ?? m.id,
        type: unknownKind(m.id) ?? kindOf(m.id),
        ...(m.alts ? { alternatives: m.alts } : {}),
        ...(unknown !== undefined ? { inKnowledgeBase: false, ...(m.title ? { title: m.title } : {}) } : {}),
      };
    });
    results[file] = { text, mentions };
    if (!args.json) tables.push(table(file, when, mentions));
  }
  if (args.json) {
    const out = args.files.length === 1 ? results[args.files[0]!] : results;
    process.stdout.write(JSON.stringify(out) + '\n');
  } else process.stdout.write(tables.join('\n'));
}

function table(
  file: string,
  date: string | undefined,
  mentions: { surface: string; id: string; name: string; type: string }[],
): string {
  const groups = new Map<string, { name: string; type: string; surfaces: Map<string, number> }>();
  for (const m of mentions) {
    const g = groups.get(m.id) ?? { name: m.name, type: m.type, surfaces: new Map<string, number>() };
    g.surfaces.set(m.surface, (g.surfaces.get(m.surface) ?? 0) + 1);
    groups.set(m.id, g);
  }
  const lines = [`${file}  (date: ${date ?? 'unknown'}; ${mentions.length} mentions of ${groups.size} entities)`];
  lines.push(`  ${'Entity'.padEnd(40)} ${'Id'.padEnd(34)} ${'Kind'.padEnd(27)} Mentions`);
  for (const [id, g] of groups) {
    const count = [...g.surfaces.values()].reduce((a, b) => a + b, 0);
    const forms = [...g.surfaces].map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(', ');
    lines.push(`  ${g.name.padEnd(40)} ${id.padEnd(34)} ${g.type.padEnd(27)} ${count}: ${forms}`);
  }
  return lines.join('\n') + '\n';
}

try {
  main();
} catch (err) {
  console.error(`annotate: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
