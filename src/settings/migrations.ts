/**
 * Numbered upgrades of the stored preferences. Each takes the stored object of the previous version and
 * returns the next; each has a before/after fixture test (tests/unit/settings-migrations.test.ts).
 *
 * A migration is frozen once released: it keeps its own copy of any rule it applies (it must turn a v1
 * object into exactly what v2 meant, whatever later versions of site-rules.ts do). It never throws and
 * never drops what it does not understand: garbage is left for readPreferences to ignore, so a migration
 * cannot lose a setting the reader would have kept.
 */
export const PREFERENCES_VERSION = 2;

type Stored = Record<string, unknown>;

/** v2's site key: "www.bbc.co.uk" → "bbc.co.uk", keeping a leading "*." (see site-rules.ts siteKey). */
function v2SitePattern(pattern: string): string {
  const p = pattern.trim().toLowerCase();
  const wildcard = p.startsWith('*.') ? '*.' : '';
  const rest = p.slice(wildcard.length);
  // Only when a name with a dot remains: "www.example" stays, it is not a subdomain of a site.
  const m = /^www\.(.+\..+)$/.exec(rest);
  return wildcard + (m ? m[1]! : rest);
}

/** Rewrites a site list in v2 form; "x" and "*.x" cover the same hosts, so they count as one (first kept). */
function v2SiteList(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      out.push(item);
      continue;
    }
    const pattern = v2SitePattern(item);
    const key = pattern.replace(/^\*\./, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pattern);
  }
  return out;
}

export const PREFERENCES_MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  /**
   * v1 → v2: the popup's one-click site switch added the exact host ("www.bbc.co.uk"), which misses
   * bbc.co.uk and its other subdomains. v2 adds the site without a leading "www."; stored lists are
   * rewritten the same way and deduplicated.
   */
  2: (old) => {
    if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
    const next: Stored = { ...old };
    if ('deniedSites' in old) next.deniedSites = v2SiteList(old.deniedSites);
    if ('allowedSites' in old) next.allowedSites = v2SiteList(old.allowedSites);
    return next;
  },
};
