/**
 * The user's preferences: their type, defaults and validation. Pure.
 *
 * Only values the user changed are stored (in storage.sync, which is small and shared across their
 * browsers): defaults can then improve in a new version without overwriting anyone's choice. Reading is
 * forgiving: each field is validated on its own, so one corrupted value falls back to its default while
 * every other saved choice is kept.
 */
import * as v from 'valibot';

export { KIND_GROUPS, KIND_GROUP_OF, type KindGroup } from './kinds';
import { KIND_GROUPS, type KindGroup } from './kinds';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const SITE_MODES = ['deny', 'allow'] as const;

/** Wait before a card opens: long enough that sweeping the pointer across a line opens nothing
 * (Page Previews uses 500 ms; 10ten ~0), short enough to feel immediate when the reader stops on a name. */
export const DEFAULT_HOVER_DELAY_MS = 300;
export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 2000;
/** Host patterns are bounded so a sync quota (8 KB per item) cannot be exceeded by lists alone. */
const MAX_SITES = 300;

const host = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/),
);

export const PreferenceFields = {
  enabled: v.boolean(),
  /** Epoch ms until which annotation is paused; 0 = not paused. */
  pausedUntil: v.pipe(v.number(), v.integer(), v.minValue(0)),
  siteMode: v.picklist(SITE_MODES),
  deniedSites: v.pipe(v.array(host), v.maxLength(MAX_SITES)),
  allowedSites: v.pipe(v.array(host), v.maxLength(MAX_SITES)),
  kinds: v.strictObject(
    Object.fromEntries(KIND_GROUPS.map((k) => [k, v.boolean()])) as Record<KindGroup, v.BooleanSchema<undefined>>,
  ),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(MIN_HOVER_DELAY_MS), v.maxValue(MAX_HOVER_DELAY_MS)),
  theme: v.picklist(THEMES),
  firstMentionOnly: v.boolean(),
  showBadge: v.boolean(),
  /** Also mark people the knowledge base does not know, found by the titles the article gives them. */
  unknownPeople: v.boolean(),
};

export type Preferences = { [K in keyof typeof PreferenceFields]: v.InferOutput<(typeof PreferenceFields)[K]> };

export const DEFAULT_PREFERENCES: Preferences = {
  enabled: true,
  pausedUntil: 0,
  siteMode: 'deny',
  deniedSites: [],
  allowedSites: [],
  kinds: { people: true, organizations: true, armedGroups: true, government: true, media: true, places: true },
  highlightStyle: 'underline',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  theme: 'auto',
  firstMentionOnly: false,
  showBadge: true,
  unknownPeople: true,
};

/** Defaults overlaid with every valid stored field; invalid or unknown fields are ignored. */
export function readPreferences(stored: unknown): Preferences {
  const out: Preferences = structuredClone(DEFAULT_PREFERENCES);
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return out;
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(PreferenceFields) as (keyof Preferences)[]) {
    if (!(key in record)) continue;
    if (key === 'kinds') {
      // Kinds are read one by one too: a bad value for one group keeps the others.
      const kinds = record.kinds;
      if (kinds && typeof kinds === 'object') {
        for (const group of KIND_GROUPS) {
          const value = (kinds as Record<string, unknown>)[group];
          if (typeof value === 'boolean') out.kinds[group] = value;
        }
      }
      continue;
    }
    if (key === 'deniedSites' || key === 'allowedSites') {
      // One bad entry must not cost the user the rest of their list.
      const list = record[key];
      if (Array.isArray(list)) out[key] = readSiteList(list);
      continue;
    }
    const parsed = v.safeParse(PreferenceFields[key], record[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.output;
  }
  return out;
}

function readSiteList(list: unknown[]): string[] {
  const out = new Set<string>();
  for (const item of list) {
    const parsed = v.safeParse(host, item);
    if (parsed.success) out.add(parsed.output);
  }
  return [...out].slice(0, MAX_SITES);
}

/** The fields that differ from the defaults: what is written to storage. */
export function changedPreferences(prefs: Preferences): Partial<Preferences> {
  const out: Partial<Preferences> = {};
  for (const key of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) {
    if (!same(prefs[key], DEFAULT_PREFERENCES[key])) (out as Record<string, unknown>)[key] = prefs[key];
  }
  return out;
}

/** Deep equality; key order does not count (a stored object may list its keys in any order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * What to write after a change: the stored object with only the fields the change touched rewritten
 * (omitted when back at their default). Everything else is left as it was, including fields this
 * version does not know or cannot read: storage.sync is shared with the user's other browsers, which may
 * run a newer Dramatis, and an edit here must not erase a setting made there.
 */
export function applyChange(stored: unknown, before: Preferences, after: Preferences): Record<string, unknown> {
  const out: Record<string, unknown> = isPlainObject(stored) ? { ...stored } : {};
  for (const key of Object.keys(PreferenceFields) as (keyof Preferences)[]) {
    if (same(before[key], after[key])) continue;
    const previous = out[key];
    const next: unknown = after[key];
    // Nested groups keep the entries a newer version may have added.
    const value = isPlainObject(previous) && isPlainObject(next) ? { ...previous, ...next } : next;
    if (same(value, DEFAULT_PREFERENCES[key])) delete out[key];
    else out[key] = value;
  }
  return out;
}
