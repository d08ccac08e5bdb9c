/**
 * The real knowledge base, loaded from knowledge/ and compiled once per test file: what the extension
 * ships. Slow-ish (a few seconds), so only tests about the shipped data use it.
 */
import { MatchIndex } from '../../../src/core/match-index';
import { Matcher } from '../../../src/core/matcher';
import { buildCardView, type CardView } from '../../../src/knowledge/card-view';
import { readCard, type CardRecord } from '../../../src/knowledge/card-records';
import { compileKnowledge } from '../../../src/knowledge/compile';
import { loadKnowledge, type LoadedKnowledge } from '../../../scripts/kb/load';

export interface RealKb {
  kb: LoadedKnowledge;
  index: MatchIndex;
  matcher: Matcher;
  record: (id: string) => CardRecord | undefined;
  card: (id: string, date: string, pageIds?: string[]) => CardView | undefined;
}

let cached: RealKb | undefined;

export function realKb(): RealKb {
  if (cached) return cached;
  const kb = loadKnowledge();
  const compiled = compileKnowledge(kb.entities, kb.meta.asOf, { givenNames: kb.givenNames });
  const index = new MatchIndex(compiled.index);
  const matcher = new Matcher([index]);
  const record = (id: string) => {
    const e = index.indexOfId(id);
    return e < 0 ? undefined : readCard(compiled.cards, e);
  };
  const sources = Object.fromEntries(Object.entries(kb.sources).map(([k, s]) => [k, { name: s.label, url: s.url }]));
  const card = (id: string, date: string, pageIds: string[] = []) => {
    const r = record(id);
    return r
      ? buildCardView(r, {
          date,
          asOf: kb.meta.asOf,
          pageIds,
          nameOf: (other) => matcher.nameOf(other),
          incoming: r.incoming ?? [],
          sources,
        })
      : undefined;
  };
  cached = { kb, index, matcher, record, card };
  return cached;
}
