/**
 * The knowledge base as the background holds it: the bundled index and cards (loaded once per worker
 * start, no parsing beyond a small string table) plus the user's personal packs, compiled in memory.
 * No `browser` calls: the entry point passes the bytes in, so tests load the same files from disk.
 */
import { MatchIndex } from '../core/match-index';
import { Matcher, type MatchOptions, type Mention } from '../core/matcher';
import { buildCardView, unknownActorView, type CardView } from '../knowledge/card-view';
import { unknownKind, unknownName } from '../core/unknown-id';
import { readCard, type CardRecord } from '../knowledge/card-records';
import { compileKnowledge, type KnowledgeStats } from '../knowledge/compile';
import type { EntityInput } from '../knowledge/schema';
import type { EntitySummary, KbInfo } from '../messaging/protocol';

export interface KnowledgeMeta {
  asOf: string;
  version: number;
  stats: KnowledgeStats;
  sources: Record<string, { label: string; name: string; url: string; license: string; note?: string }>;
  /** Old local id → the entity's id now: an entity whose QID was verified after a user saved its old id. */
  formerIds?: Record<string, string>;
}

interface Layer {
  index: MatchIndex;
  cards: ArrayBuffer;
}

/** Parsed card records kept for reuse; a page names tens of entities, a session a few hundred. */
const RECORD_CACHE_SIZE = 500;
/** Titles of the people not in the knowledge base that recent pages named, for their cards. */
const UNKNOWN_TITLES_SIZE = 1000;

export class KnowledgeStore {
  private layers: Layer[];
  private matcher: Matcher;
  private readonly records = new Map<string, CardRecord>();
  private readonly unknownTitles = new Map<string, string>();
  private packCount = 0;

  constructor(
    bundled: { index: ArrayBuffer; cards: ArrayBuffer },
    readonly meta: KnowledgeMeta,
  ) {
    this.layers = [{ index: new MatchIndex(bundled.index), cards: bundled.cards }];
    this.matcher = new Matcher(this.layers.map((l) => l.index));
  }

  /** Replaces the personal-pack layer (validated entities of every installed pack). */
  setPackEntities(entities: readonly EntityInput[]): void {
    const bundled = this.layers[0]!;
    const fresh = entities.filter((e) => bundled.index.indexOfId(e.id) < 0);
    this.layers = [bundled];
    if (fresh.length) {
      const compiled = compileKnowledge(fresh, this.meta.asOf);
      this.layers.push({ index: new MatchIndex(compiled.index), cards: compiled.cards });
    }
    this.packCount = fresh.length;
    this.matcher = new Matcher(this.layers.map((l) => l.index));
    this.records.clear();
  }

  /** In the bundled knowledge base (not a personal pack). */
  isBundled(id: string): boolean {
    return this.layers[0]!.index.indexOfId(id) >= 0;
  }

  has(id: string): boolean {
    return this.layers.some((l) => l.index.indexOfId(id) >= 0);
  }

  match(text: string, options: MatchOptions): Mention[] {
    const muted = options.mutedIds;
    const mutedIds = muted && this.meta.formerIds ? new Set([...muted].map((id) => this.currentId(id))) : muted;
    const mentions = this.matcher.match(text, mutedIds === muted ? options : { ...options, mutedIds });
    for (const m of mentions) {
      if (!m.title) continue;
      if (this.unknownTitles.size >= UNKNOWN_TITLES_SIZE)
        this.unknownTitles.delete(this.unknownTitles.keys().next().value!);
      this.unknownTitles.set(m.id, m.title);
    }
    return mentions;
  }

  /** The title a page gave a person not in the knowledge base, if a recent page named them with one. */
  unknownTitle(id: string): string | undefined {
    return this.unknownTitles.get(id);
  }

  /** The id an entity has now, for an id saved under an earlier knowledge base (a muted entity). */
  currentId(id: string): string {
    const formerIds = this.meta.formerIds;
    return formerIds && Object.hasOwn(formerIds, id) ? formerIds[id]! : id;
  }

  record(saved: string): CardRecord | undefined {
    const id = this.currentId(saved);
    const cached = this.records.get(id);
    if (cached) return cached;
    for (const layer of this.layers) {
      const e = layer.index.indexOfId(id);
      if (e < 0) continue;
      const record = readCard(layer.cards, e);
      if (!record) return undefined;
      if (this.records.size >= RECORD_CACHE_SIZE) this.records.delete(this.records.keys().next().value!);
      this.records.set(id, record);
      return record;
    }
    return undefined;
  }

  /** An actor not in the knowledge base gets an empty description: the caller words it in the UI's language. */
  summary(id: string): EntitySummary | undefined {
    const unknown = unknownName(id);
    if (unknown !== undefined) return { name: unknown, kind: unknownKind(id)!, description: '' };
    const r = this.record(id);
    return r && { name: r.name, kind: r.kind, description: r.description };
  }

  nameOf(id: string): string | undefined {
    return unknownName(id) ?? this.matcher.nameOf(this.currentId(id));
  }

  card(id: string, date: string | undefined, pageIds: readonly string[]): CardView | null {
    if (unknownName(id) !== undefined) return unknownActorView(id, this.unknownTitles.get(id), date, this.meta.asOf);
    const record = this.record(id);
    if (!record) return null;
    const ctx = {
      asOf: this.meta.asOf,
      pageIds,
      nameOf: (other: string) => this.nameOf(other),
      incoming: record.incoming ?? [],
      sources: Object.fromEntries(
        Object.entries(this.meta.sources).map(([key, src]) => [key, { name: src.label, url: src.url }]),
      ),
      ...(date ? { date } : {}),
    };
    return buildCardView(record, ctx);
  }

  info(): KbInfo {
    return {
      asOf: this.meta.asOf,
      entities: this.meta.stats.entities,
      byKind: this.meta.stats.byKind,
      sources: Object.entries(this.meta.sources).map(([key, s]) => ({
        key,
        name: s.name,
        url: s.url,
        license: s.license,
      })),
      packEntities: this.packCount,
    };
  }
}
