/** Card views built the way the background builds them: compiled card records, then buildCardView. */
import { buildCardView, type CardView } from '../../../src/knowledge/card-view';
import { readCard, type CardRecord } from '../../../src/knowledge/card-records';
import { compileKnowledge } from '../../../src/knowledge/compile';
import type { EntityInput } from '../../../src/knowledge/schema';
import { MINI_KB } from './mini-kb';

export const AS_OF = '2026-01-22';

export const SOURCES = { wikidata: { name: 'Wikidata', url: 'https://www.wikidata.org/' } };

/** Card records by id, as the extension reads them from its packed cards. */
export function cardRecords(entities: readonly EntityInput[] = MINI_KB): Map<string, CardRecord> {
  const { cards } = compileKnowledge(entities, AS_OF);
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((e, i) => [e.id, readCard(cards, i)!]));
}

export interface ViewOptions {
  /** The article's date. */
  date?: string;
  /** Other actors on the page. */
  pageIds?: string[];
  entities?: readonly EntityInput[];
}

export function cardViewOf(id: string, options: ViewOptions = {}): CardView {
  const entities = options.entities ?? MINI_KB;
  const records = cardRecords(entities);
  const record = records.get(id);
  if (!record) throw new Error(`no entity ${id}`);
  return buildCardView(record, {
    ...(options.date ? { date: options.date } : {}),
    asOf: AS_OF,
    pageIds: options.pageIds ?? [],
    nameOf: (other) => records.get(other)?.name,
    incoming: record.incoming ?? [],
    sources: SOURCES,
  });
}

/** MINI_KB with some entries completed (fields the matcher tests do not need). */
export function withChanges(changes: Record<string, Partial<EntityInput>>): EntityInput[] {
  return MINI_KB.map((e) => (changes[e.id] ? { ...e, ...changes[e.id] } : e));
}
