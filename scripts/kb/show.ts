/**
 * `npm run kb:show -- QUERY [--date YYYY-MM-DD]`: the full entry for an id, a name or an alias, and what
 * its card shows (at the knowledge base's date, or --date), so a reviewer can check facts quickly.
 */
import '../lib/quiet-pipe';
import { stringify } from 'yaml';
import { foldKey } from '../../src/core/fold';
import { aliasEntries } from '../../src/knowledge/aliases';
import { buildCardView } from '../../src/knowledge/card-view';
import { readCard } from '../../src/knowledge/card-records';
import { compileKnowledge } from '../../src/knowledge/compile';
import { MatchIndex } from '../../src/core/match-index';
import { loadKnowledge } from './load';
import { cardFormat } from '../../src/card/format';
import { english } from '../lib/english';

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
const query = args
  .filter((_a, i) => dateAt < 0 || (i !== dateAt && i !== dateAt + 1))
  .join(' ')
  .trim();
if (!query) {
  console.error('usage: npm run kb:show -- QUERY [--date YYYY-MM-DD]   (an id such as Q7747, a name or an alias)');
  process.exit(2);
}

const kb = loadKnowledge();
const byId = new Map(kb.items.map((i) => [i.entity.id, i]));
const key = foldKey(query);
const matches = byId.has(query)
  ? [byId.get(query)!]
  : kb.items.filter((i) => aliasEntries(i.entity).some((a) => foldKey(a.text) === key));
if (!matches.length) {
  console.error(`nothing in the knowledge base is called "${query}"`);
  process.exit(1);
}

const compiled = compileKnowledge(kb.entities, kb.meta.asOf, { givenNames: kb.givenNames });
const index = new MatchIndex(compiled.index);
const sources = Object.fromEntries(Object.entries(kb.sources).map(([k, s]) => [k, { name: s.label, url: s.url }]));
for (const { file, entity } of matches) {
  console.log(`# ${entity.name} (${entity.id}) — knowledge/${file}\n`);
  console.log(stringify(entity, { lineWidth: 120 }));
  const record = readCard(compiled.cards, index.indexOfId(entity.id))!;
  const view = buildCardView(record, {
    asOf: kb.meta.asOf,
    pageIds: [],
    nameOf: (id) => byId.get(id)?.entity.name,
    incoming: record.incoming ?? [],
    sources,
    ...(date ? { date } : {}),
  });
  console.log(`## Card${date ? ` for an article of ${date}` : ` (as of ${kb.meta.asOf})`}`);
  const f = cardFormat(english, 'en');
  const life = f.life(view);
  console.log(`${view.name}${view.native ? ` (${view.native.text})` : ''} — ${view.kind}${life ? `, ${life}` : ''}`);
  console.log(view.description);
  const roles = (label: string, list: typeof view.then) => {
    if (!list.length) return;
    const shown = list.map((r) => {
      const period = f.period(r);
      return `${f.roleTitle(r)}${period ? ` (${period})` : ''}`;
    });
    console.log(`${label}: ${shown.join('; ')}`);
  };
  roles(view.changed ? 'Then' : 'Then and now', view.then);
  if (view.changed && view.ended) console.log(`Since then: ${f.ended(view)}`);
  else if (view.changed) roles('Now', view.now);
  for (const d of view.designations) {
    const period = f.period(d);
    console.log(`Designated by ${f.designator(d.by)}${d.list ? ` (${d.list})` : ''}${period ? ` ${period}` : ''}`);
  }
  if (view.links.length) console.log(`Links: ${view.links.map((l) => `${f.chip(l)} → ${l.name}`).join('; ')}`);
  console.log(`Sources: ${view.sources.map((s) => s.name).join(', ')}; checked ${view.checked}\n`);
}
