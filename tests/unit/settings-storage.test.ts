/** The storage layer over WXT storage (fake browser): garbage reads as defaults, writes are minimal and ordered. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PREFERENCES_VERSION } from '../../src/settings/migrations';
import { DEFAULT_PREFERENCES } from '../../src/settings/preferences';
import { getMutes, getPreferences, updateMutes, updatePreferences, watchPreferences } from '../../src/settings/storage';
import { muteAlias, muteId } from '../../src/settings/mutes';

const stored = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading', () => {
  it('reads nothing stored as the defaults', async () => {
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await getMutes()).toEqual({ ids: [], aliases: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 12],
    ['an array', [true, 'x']],
    ['a boolean', false],
  ])('reads preferences stored as %s as the defaults, without throwing', async (_name, value) => {
    await fakeBrowser.storage.sync.set({ preferences: value, mutes: value });
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await getMutes()).toEqual({ ids: [], aliases: [] });
  });

  it('keeps the valid fields of partly corrupted preferences', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { theme: 'dark', hoverDelayMs: 'slow', deniedSites: ['rt.com', 5] },
    });
    expect(await getPreferences()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', deniedSites: ['rt.com'] });
  });
});

describe('writing', () => {
  it('stores only what the user changed', async () => {
    const after = await updatePreferences((p) => void (p.theme = 'dark'));
    expect(after.theme).toBe('dark');
    expect(await stored('preferences')).toEqual({ theme: 'dark' });
  });

  it('leaves fields it did not touch exactly as stored, even ones it cannot read', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { hoverDelayMs: 'slow', fromTheFuture: 3, theme: 'dark' } });
    await updatePreferences((p) => void (p.showBadge = false));
    expect(await stored('preferences')).toEqual({
      hoverDelayMs: 'slow',
      fromTheFuture: 3,
      theme: 'dark',
      showBadge: false,
    });
  });

  it('lands two quick updates both, the second starting from the first', async () => {
    const first = updatePreferences((p) => void (p.deniedSites = [...p.deniedSites, 'rt.com']));
    const second = updatePreferences((p) => void (p.deniedSites = [...p.deniedSites, 'sputnik.com']));
    const third = updatePreferences((p) => void (p.theme = 'light'));
    await Promise.all([first, second, third]);
    expect(await getPreferences()).toMatchObject({ deniedSites: ['rt.com', 'sputnik.com'], theme: 'light' });
  });

  it('runs the next update after one that failed', async () => {
    const failing = updatePreferences(() => {
      throw new Error('boom');
    });
    const next = updatePreferences((p) => void (p.enabled = false));
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(await stored('preferences')).toEqual({ enabled: false });
  });

  it('removes a value set back to its default', async () => {
    await updatePreferences((p) => void (p.hoverDelayMs = 800));
    await updatePreferences((p) => void (p.hoverDelayMs = DEFAULT_PREFERENCES.hoverDelayMs));
    expect(await stored('preferences')).toEqual({});
  });

  it('tells watchers about a change, read and validated', async () => {
    const seen = vi.fn();
    const unwatch = watchPreferences(seen);
    await updatePreferences((p) => void (p.highlightStyle = 'background'));
    unwatch();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0]).toMatchObject({ highlightStyle: 'background' });
    expect(seen.mock.calls[0]![1]).toEqual(DEFAULT_PREFERENCES);
  });

  it('lands quick mutes both', async () => {
    await Promise.all([updateMutes((m) => muteId(m, 'Q7747')), updateMutes((m) => muteAlias(m, 'Sullivan'))]);
    expect(await getMutes()).toEqual({ ids: ['Q7747'], aliases: ['sullivan'] });
  });
});

describe('migration on read', () => {
  /** A fresh load of the settings module, as when the popup or a tab starts (migrations run then). */
  const freshStorage = async () => {
    vi.resetModules();
    return import('../../src/settings/storage');
  };

  it('migrates version 1 preferences before they are read, and records the version', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { deniedSites: ['www.bbc.co.uk', 'bbc.co.uk', 'www.rt.com'], theme: 'dark' },
    });
    const storage = await freshStorage();
    expect(await storage.getPreferences()).toMatchObject({ deniedSites: ['bbc.co.uk', 'rt.com'], theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get(['preferences', 'preferences$'])).toEqual({
      preferences: { deniedSites: ['bbc.co.uk', 'rt.com'], theme: 'dark' },
      preferences$: { v: PREFERENCES_VERSION },
    });
  });

  it('does not migrate preferences already at the current version again', async () => {
    const current = { deniedSites: ['www.example'], theme: 'dark' };
    await fakeBrowser.storage.sync.set({ preferences: current, preferences$: { v: PREFERENCES_VERSION } });
    const storage = await freshStorage();
    expect((await storage.getPreferences()).deniedSites).toEqual(['www.example']);
  });

  it('marks a first write with the current version, so it is never migrated as version 1', async () => {
    const storage = await freshStorage();
    await storage.updatePreferences((p) => void (p.deniedSites = ['www.example']));
    expect(await stored('preferences$')).toEqual({ v: PREFERENCES_VERSION });
  });
});
