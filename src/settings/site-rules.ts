/**
 * Whether Dramatis runs on a host, from the global switch, the pause, and the site list (a deny list by
 * default, or an allow list). A pattern "example.com" or "*.example.com" covers the host and every
 * subdomain. Pure.
 */
import type { Preferences } from './preferences';
import type { PageState } from '../messaging/protocol';

export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.replace(/^\*\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === p || h.endsWith(`.${p}`);
}

export function siteStatus(prefs: Preferences, host: string, now: number): PageState['status'] {
  if (!prefs.enabled) return 'disabled';
  if (prefs.pausedUntil > now) return 'paused';
  if (prefs.siteMode === 'allow')
    return prefs.allowedSites.some((p) => hostMatches(host, p)) ? 'active' : 'not-allowed';
  return prefs.deniedSites.some((p) => hostMatches(host, p)) ? 'site-disabled' : 'active';
}

/** Turns the current site on or off, whichever list mode is in use. */
export function setSiteEnabled(prefs: Preferences, host: string, on: boolean): void {
  if (prefs.siteMode === 'allow') {
    prefs.allowedSites = on
      ? [...new Set([...prefs.allowedSites, host])]
      : prefs.allowedSites.filter((p) => !hostMatches(host, p));
  } else {
    prefs.deniedSites = on
      ? prefs.deniedSites.filter((p) => !hostMatches(host, p))
      : [...new Set([...prefs.deniedSites, host])];
  }
}
