/** Where Dramatis runs: site patterns as users type them, and the one-click site switch in both list modes. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/settings/preferences';
import {
  addSitePattern,
  hostMatches,
  parseSitePattern,
  setSiteEnabled,
  siteEnabled,
  siteKey,
  siteStatus,
} from '../../src/settings/site-rules';

const NOW = Date.UTC(2026, 0, 22, 12);
const prefs = (changes: Partial<Preferences> = {}): Preferences => ({
  ...structuredClone(DEFAULT_PREFERENCES),
  ...changes,
});

describe('hostMatches', () => {
  it.each([
    ['bbc.co.uk', 'bbc.co.uk', true],
    ['www.bbc.co.uk', 'bbc.co.uk', true],
    ['news.bbc.co.uk', '*.bbc.co.uk', true],
    ['bbc.co.uk', '*.bbc.co.uk', true],
    ['WWW.BBC.CO.UK', 'bbc.co.uk', true],
    ['notbbc.co.uk', 'bbc.co.uk', false],
    ['bbc.co.uk.evil.com', 'bbc.co.uk', false],
    ['co.uk', 'bbc.co.uk', false],
    ['example.com', 'example.org', false],
  ])('%s is covered by %s: %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});

describe('siteKey', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['WWW.NYTimes.com', 'nytimes.com'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['www.example', 'www.example'],
    ['*.www.gov.uk', '*.gov.uk'],
    ['bbc.co.uk.', 'bbc.co.uk'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });
});

describe('parseSitePattern', () => {
  it.each([
    ['bbc.co.uk', 'bbc.co.uk'],
    ['  BBC.co.uk  ', 'bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/news/world-62190209?at=1#x', 'bbc.co.uk'],
    ['http://example.com:8080/path', 'example.com'],
    ['localhost:3000', 'localhost'],
    ['bbc.co.uk/news', 'bbc.co.uk'],
    ['*.gov.uk', '*.gov.uk'],
    ['*.www.gov.uk', '*.gov.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://www.spiegel.de', 'spiegel.de'],
    ['россия.рф', 'xn--h1alffa9f.xn--p1ai'],
    ['192.168.1.10', '192.168.1.10'],
  ])('reads %j as %s', (input, pattern) => {
    expect(parseSitePattern(input)).toBe(pattern);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a bare wildcard', '*'],
    ['a wildcard with no name', '*.'],
    ['a wildcard in the middle', 'news.*.com'],
    ['spaces', 'bbc co uk'],
    ['a broken URL', 'https://'],
    ['punctuation', 'bbc!.com'],
    ['an IPv6 address', '[::1]'],
    ['a name too long', `${'a'.repeat(60)}.`.repeat(5) + 'com'],
  ])('rejects %s', (_name, input) => {
    expect(parseSitePattern(input)).toBeUndefined();
  });

  it('gives patterns that match the hosts pages report', () => {
    for (const [input, host] of [
      ['http://example.com:8080/path', 'example.com'],
      ['bücher.de', 'xn--bcher-kva.de'],
      ['https://www.bbc.co.uk/news', 'www.bbc.co.uk'],
    ] as const) {
      // The host a page reports: location.hostname (no port, punycode).
      expect(new URL(`http://${host}/`).hostname).toBe(host);
      expect(hostMatches(host, parseSitePattern(input)!)).toBe(true);
    }
  });
});

describe('addSitePattern', () => {
  it('adds a new site and not one the list already covers the same way', () => {
    expect(addSitePattern(['bbc.co.uk'], 'rt.com')).toEqual(['bbc.co.uk', 'rt.com']);
    expect(addSitePattern(['bbc.co.uk'], '*.bbc.co.uk')).toEqual(['bbc.co.uk']);
    expect(addSitePattern(['*.bbc.co.uk'], 'bbc.co.uk')).toEqual(['*.bbc.co.uk']);
  });
});

describe('siteStatus', () => {
  it('is active by default', () => {
    expect(siteStatus(prefs(), 'www.bbc.co.uk', NOW)).toBe('active');
  });

  it('is disabled when the global switch is off, whatever else is set', () => {
    expect(siteStatus(prefs({ enabled: false, pausedUntil: NOW + 1000 }), 'bbc.co.uk', NOW)).toBe('disabled');
  });

  it('is paused until the pause ends, then active again', () => {
    const p = prefs({ pausedUntil: NOW + 60_000 });
    expect(siteStatus(p, 'bbc.co.uk', NOW)).toBe('paused');
    expect(siteStatus(p, 'bbc.co.uk', NOW + 60_000)).toBe('active');
  });

  it('is off on a denied site and its subdomains only', () => {
    const p = prefs({ deniedSites: ['bbc.co.uk'] });
    expect(siteStatus(p, 'www.bbc.co.uk', NOW)).toBe('site-disabled');
    expect(siteStatus(p, 'news.bbc.co.uk', NOW)).toBe('site-disabled');
    expect(siteStatus(p, 'theguardian.com', NOW)).toBe('active');
  });

  it('in allow mode, runs only on allowed sites', () => {
    const p = prefs({ siteMode: 'allow', allowedSites: ['*.nytimes.com'], deniedSites: ['theguardian.com'] });
    expect(siteStatus(p, 'www.nytimes.com', NOW)).toBe('active');
    expect(siteStatus(p, 'bbc.co.uk', NOW)).toBe('not-allowed');
    // The deny list is kept but not used in allow mode.
    expect(siteStatus(p, 'theguardian.com', NOW)).toBe('not-allowed');
  });
});

describe('setSiteEnabled', () => {
  it('deny mode: turning a site off adds it without www., turning it on removes it', () => {
    const p = prefs({ deniedSites: ['rt.com'] });
    setSiteEnabled(p, 'www.bbc.co.uk', false);
    expect(p.deniedSites).toEqual(['rt.com', 'bbc.co.uk']);
    expect(siteEnabled(p, 'news.bbc.co.uk')).toBe(false);
    setSiteEnabled(p, 'www.bbc.co.uk', true);
    expect(p.deniedSites).toEqual(['rt.com']);
    expect(siteStatus(p, 'www.bbc.co.uk', NOW)).toBe('active');
  });

  it('deny mode: turning a site on removes a broader pattern that covered it', () => {
    const p = prefs({ deniedSites: ['*.bbc.co.uk', 'rt.com'] });
    setSiteEnabled(p, 'news.bbc.co.uk', true);
    expect(p.deniedSites).toEqual(['rt.com']);
    expect(siteEnabled(p, 'news.bbc.co.uk')).toBe(true);
  });

  it('deny mode: turning an already-off site off again changes nothing', () => {
    const p = prefs({ deniedSites: ['bbc.co.uk'] });
    setSiteEnabled(p, 'www.bbc.co.uk', false);
    expect(p.deniedSites).toEqual(['bbc.co.uk']);
  });

  it('allow mode: turning a site on allows it, off removes every pattern that allowed it', () => {
    const p = prefs({ siteMode: 'allow', allowedSites: ['*.nytimes.com'] });
    setSiteEnabled(p, 'www.lemonde.fr', true);
    expect(p.allowedSites).toEqual(['*.nytimes.com', 'lemonde.fr']);
    expect(siteStatus(p, 'www.lemonde.fr', NOW)).toBe('active');
    setSiteEnabled(p, 'cooking.nytimes.com', false);
    expect(p.allowedSites).toEqual(['lemonde.fr']);
    expect(p.deniedSites).toEqual([]);
  });
});
