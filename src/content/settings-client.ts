/**
 * The settings as the content script sees them: read through the background (which validates what is
 * stored and applies the site rules), and a signal when any of them changes. No storage or validation
 * library in the script that runs on every page.
 */
import { browser } from 'wxt/browser';
import { backgroundMessenger } from '../messaging/messengers';
import type { ContentSettings } from '../messaging/protocol';
import { STORAGE_KEYS } from '../settings/keys';

export function fetchSettings(host: string): Promise<ContentSettings> {
  return backgroundMessenger.sendMessage('pageSettings', { host });
}

/**
 * Calls back when the preferences change ('preferences'), or what is matched changes: muted names or
 * personal packs ('knowledge').
 */
export function onSettingsChange(callback: (what: 'preferences' | 'knowledge') => void, signal: AbortSignal): void {
  const changed = (item: { area: string; key: string }, area: string, changes: object) =>
    area === item.area && item.key in changes;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (changed(STORAGE_KEYS.preferences, area, changes)) callback('preferences');
    if (changed(STORAGE_KEYS.mutes, area, changes) || changed(STORAGE_KEYS.packs, area, changes)) callback('knowledge');
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
