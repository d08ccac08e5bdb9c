/**
 * Whether Dramatis runs on a host, from the global switch, the pause, and the site list (a deny list by
 * default, or an allow list). A pattern "example.com" or "*.example.com" covers the host and every
 * subdomain. Lists hold sites without a leading "www." (see siteKey). Pure.
 */
import type { Preferences } from './preferences';
import type { PageState } from '../messaging/protocol';

/** Longest DNS name. */
const MAX_HOST_LENGTH = 253;
const PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/;

export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.replace(/^\*\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === p || h.endsWith(`.${p}`);
}

/**
 * The site a host belongs to, as the lists store it: the host without a leading "www.", so turning off
 * www.bbc.co.uk also covers bbc.co.uk and news.bbc.co.uk. Only when a dotted name remains ("www.example"
 * is not a subdomain of anything). The v2 settings migration rewrites older lists the same way.
 */
export function siteKey(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const wildcard = h.startsWith('*.') ? '*.' : '';
  const rest = h.slice(wildcard.length);
  const m = /^www\.(.+\..+)$/.exec(rest);
  return wildcard + (m ? m[1]! : rest);
}

/**
 * Reads what a user typed as a site: "bbc.co.uk", "*.gov.uk", "https://www.bbc.co.uk/news" or an
 * internationalized name ("bücher.de", stored as the browser reports it, xn--bcher-kva.de). Returns the
 * pattern to store, or undefined if it names no host.
 */
export function parseSitePattern(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (text.includes('://')) {
    try {
      text = new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  text = text.replace(/\/.*$/, '');
  const wildcard = text.startsWith('*.') ? '*.' : '';
  let rest = text.slice(wildcard.length);
  try {
    // The URL parser applies IDNA (punycode), as location.hostname does. Rules are compared with the
    // page's hostname, which has no port: "localhost:3000" is stored as "localhost" or it never matches.
    rest = new URL(`http://${rest}`).hostname;
  } catch {
    return undefined;
  }
  const pattern = siteKey(wildcard + rest);
  return pattern.length <= MAX_HOST_LENGTH && PATTERN.test(pattern) ? pattern : undefined;
}

/** Adds a pattern unless the list already has it (or its "*." twin, which covers the same hosts). */
export function addSitePattern(list: readonly string[], pattern: string): string[] {
  const bare = (p: string) => p.replace(/^\*\./, '');
  return list.some((p) => bare(p) === bare(pattern)) ? [...list] : [...list, pattern];
}

export function siteStatus(prefs: Preferences, host: string, now: number): PageState['status'] {
  if (!prefs.enabled) return 'disabled';
  if (prefs.pausedUntil > now) return 'paused';
  if (prefs.siteMode === 'allow')
    return prefs.allowedSites.some((p) => hostMatches(host, p)) ? 'active' : 'not-allowed';
  return prefs.deniedSites.some((p) => hostMatches(host, p)) ? 'site-disabled' : 'active';
}

/** Whether the site's own switch is on (whatever the global switch and the pause say). */
export function siteEnabled(prefs: Preferences, host: string): boolean {
  return prefs.siteMode === 'allow'
    ? prefs.allowedSites.some((p) => hostMatches(host, p))
    : !prefs.deniedSites.some((p) => hostMatches(host, p));
}

/**
 * Turns the current site on or off, whichever list mode is in use. Adding stores the site key; removing
 * drops every pattern that covers the host (a broader one too: the user asked for this site to change).
 */
export function setSiteEnabled(prefs: Preferences, host: string, on: boolean): void {
  const key = siteKey(host);
  if (prefs.siteMode === 'allow') {
    prefs.allowedSites = on
      ? addSitePattern(prefs.allowedSites, key)
      : prefs.allowedSites.filter((p) => !hostMatches(host, p));
  } else {
    prefs.deniedSites = on
      ? prefs.deniedSites.filter((p) => !hostMatches(host, p))
      : addSitePattern(prefs.deniedSites, key);
  }
}
