/**
 * The one message protocol: every message name with its params and result, shared by both sides.
 * Incoming data is checked (background-schemas.ts, content-schemas.ts) before a handler sees it (messages arrive as
 * `unknown`: a page cannot send to us, but a stale content script from an older version can).
 */
import type * as v from 'valibot';
import type { BackgroundSchemas } from './background-schemas';
import type { RevealData, StepData } from './content-schemas';
import type { Mention } from '../core/matcher';
import type { CardView } from '../knowledge/card-view';
import type { EntityInput, EntityIssue } from '../knowledge/schema';
import type { KindGroup } from '../settings/kinds';

/** Who an entity is, in a word: what the popup's cast list and the content script need. */
export interface EntitySummary {
  name: string;
  kind: string;
  description: string;
}

export interface MatchResult {
  mentions: Mention[];
  entities: Record<string, EntitySummary>;
}

export interface KbInfo {
  asOf: string;
  entities: number;
  byKind: Record<string, number>;
  sources: { key: string; name: string; url: string; license: string }[];
  packEntities: number;
}

export interface BackgroundProtocol {
  ping(): { version: string };
  match(data: v.InferOutput<(typeof BackgroundSchemas)['match']>): MatchResult;
  card(data: v.InferOutput<(typeof BackgroundSchemas)['card']>): CardView | null;
  loadCardUi(): boolean;
  pageStatus(data: v.InferOutput<(typeof BackgroundSchemas)['pageStatus']>): void;
  kbInfo(): KbInfo;
  checkPack(data: v.InferOutput<(typeof BackgroundSchemas)['checkPack']>): PackCheckResult;
  pageSettings(data: v.InferOutput<(typeof BackgroundSchemas)['pageSettings']>): ContentSettings;
  mute(data: v.InferOutput<(typeof BackgroundSchemas)['mute']>): void;
  /** Known entities only: an id no longer in the knowledge base is left out. */
  summaries(data: v.InferOutput<(typeof BackgroundSchemas)['summaries']>): Record<string, EntitySummary>;
}

/** The settings a page's content script works with, read for it by the background. */
export interface ContentSettings {
  status: PageState['status'];
  /** When a pause ends (epoch ms; 0 when not paused), so the page resumes on time. */
  pausedUntil: number;
  kinds: Record<KindGroup, boolean>;
  highlightStyle: 'underline' | 'background' | 'hover';
  firstMentionOnly: boolean;
  /** Show the people and bodies the knowledge base does not know (ids "unknown:…", "unknown-body:…"). */
  unknownPeople: boolean;
  hoverDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
}

export interface PackCheckResult {
  /** Valid entities (empty when there is any problem: a pack is saved whole or not at all). */
  entities: EntityInput[];
  issues: EntityIssue[];
}

/** One actor on the page, as the popup lists it. */
export interface PageActor extends EntitySummary {
  id: string;
  count: number;
}

export interface PageState {
  host: string;
  /** Why nothing is marked, if nothing is: disabled globally, for this site, paused, or unsupported. */
  status: 'active' | 'disabled' | 'site-disabled' | 'paused' | 'not-allowed';
  actors: PageActor[];
}

export interface ContentProtocol {
  pageState(): PageState;
  reveal(data: RevealData): boolean;
  step(data: StepData): boolean;
}
