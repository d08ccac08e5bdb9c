/** Reading preferences never loses a valid choice to a corrupted neighbour; writing stores only what changed. */
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changedPreferences,
  DEFAULT_PREFERENCES,
  readPreferences,
  type Preferences,
} from '../../src/settings/preferences';

const prefs = (changes: Partial<Preferences> = {}): Preferences => ({
  ...structuredClone(DEFAULT_PREFERENCES),
  ...changes,
});

describe('readPreferences', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [{ enabled: false }]],
    ['an empty object', {}],
  ])('reads %s as the defaults', (_name, stored) => {
    expect(readPreferences(stored)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps every valid field and drops each invalid one on its own', () => {
    const read = readPreferences({
      enabled: 'no',
      pausedUntil: -5,
      siteMode: 'allow',
      highlightStyle: 'blink',
      hoverDelayMs: 450,
      theme: 'dark',
      firstMentionOnly: 1,
      showBadge: false,
    });
    expect(read).toEqual(prefs({ siteMode: 'allow', hoverDelayMs: 450, theme: 'dark', showBadge: false }));
  });

  it.each([
    ['a fraction', 300.5],
    ['below the minimum', -1],
    ['above the maximum', 60_000],
    ['a numeric string', '300'],
    ['NaN', Number.NaN],
  ])('falls back to the default hover delay for %s', (_name, hoverDelayMs) => {
    expect(readPreferences({ hoverDelayMs, theme: 'light' })).toEqual(prefs({ theme: 'light' }));
  });

  it('reads kind filters one by one', () => {
    const read = readPreferences({ kinds: { people: false, media: 'off', places: false, newKind: false } });
    expect(read.kinds).toEqual({ ...DEFAULT_PREFERENCES.kinds, people: false, places: false });
  });

  it.each([
    ['an array', [false]],
    ['null', null],
    ['a string', 'people'],
  ])('reads kinds that are %s as all on', (_name, kinds) => {
    expect(readPreferences({ kinds }).kinds).toEqual(DEFAULT_PREFERENCES.kinds);
  });

  it('keeps the valid sites of a list with a bad entry, normalized and without duplicates', () => {
    const read = readPreferences({
      deniedSites: ['bbc.co.uk', 42, 'not a host!', ' RT.com ', '*.gov.uk', null, 'rt.com', 'localhost:8080'],
      allowedSites: 'bbc.co.uk',
    });
    expect(read.deniedSites).toEqual(['bbc.co.uk', 'rt.com', '*.gov.uk', 'localhost:8080']);
    expect(read.allowedSites).toEqual([]);
  });

  it('ignores fields it does not know', () => {
    expect(readPreferences({ fromTheFuture: true, theme: 'dark' })).toEqual(prefs({ theme: 'dark' }));
  });

  it('returns a fresh object: changing it cannot change the defaults', () => {
    const read = readPreferences(undefined);
    read.kinds.people = false;
    read.deniedSites.push('example.com');
    expect(DEFAULT_PREFERENCES.kinds.people).toBe(true);
    expect(DEFAULT_PREFERENCES.deniedSites).toEqual([]);
  });
});

describe('changedPreferences', () => {
  it('is empty for the defaults', () => {
    expect(changedPreferences(prefs())).toEqual({});
  });

  it('holds only the fields that differ from the defaults', () => {
    const p = prefs({ theme: 'dark', deniedSites: ['rt.com'] });
    p.kinds.media = false;
    expect(changedPreferences(p)).toEqual({
      theme: 'dark',
      deniedSites: ['rt.com'],
      kinds: { ...DEFAULT_PREFERENCES.kinds, media: false },
    });
  });
});

describe('applyChange', () => {
  const change = (stored: unknown, edit: (p: Preferences) => void) => {
    const before = readPreferences(stored);
    const after = structuredClone(before);
    edit(after);
    return applyChange(stored, before, after);
  };

  it('writes only the field that changed', () => {
    expect(change({}, (p) => (p.theme = 'dark'))).toEqual({ theme: 'dark' });
  });

  it('removes a field set back to its default', () => {
    expect(change({ theme: 'dark', hoverDelayMs: 500 }, (p) => (p.theme = 'auto'))).toEqual({ hoverDelayMs: 500 });
  });

  it('keeps fields from a newer version and values this version cannot read', () => {
    const stored = { theme: 'dark', fontScale: 1.2, highlightStyle: 'sparkle' };
    expect(change(stored, (p) => (p.showBadge = false))).toEqual({ ...stored, showBadge: false });
  });

  it('keeps kind groups a newer version added when a known group changes', () => {
    const stored = { kinds: { people: true, weather: false } };
    expect(change(stored, (p) => (p.kinds.media = false))).toEqual({
      kinds: { ...DEFAULT_PREFERENCES.kinds, media: false, weather: false },
    });
  });

  it('removes kinds from storage when every group is back on, whatever order they were stored in', () => {
    const stored = { kinds: { media: false }, theme: 'dark' };
    expect(change(stored, (p) => (p.kinds.media = true))).toEqual({ theme: 'dark' });
  });

  it('changes nothing when nothing changed', () => {
    const stored = { theme: 'dark', somethingElse: [1, 2] };
    expect(change(stored, () => {})).toEqual(stored);
  });

  it('starts from nothing when the stored value is garbage', () => {
    expect(change('garbage', (p) => (p.enabled = false))).toEqual({ enabled: false });
    expect(change([1, 2], (p) => (p.enabled = false))).toEqual({ enabled: false });
  });
});
