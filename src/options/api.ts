/**
 * What the options page needs from the background and the browser besides settings. An interface so the
 * sections render in tests without a browser.
 */
import { browser } from 'wxt/browser';
import { backgroundMessenger } from '../messaging/messengers';
import type { EntitySummary, KbInfo, PackCheckResult } from '../messaging/protocol';

export interface Shortcut {
  name: string;
  /** The keys as the browser shows them; empty when the user removed the shortcut. */
  shortcut: string;
}

export interface OptionsApi {
  kbInfo(): Promise<KbInfo>;
  /** Validates a pack's text against the schema and the bundled knowledge base. */
  checkPack(file: string, text: string): Promise<PackCheckResult>;
  summaries(ids: string[]): Promise<Record<string, EntitySummary>>;
  shortcuts(): Promise<Shortcut[]>;
  /** Opens the browser's own shortcut settings, where it can (Firefox 137+; Chrome's page by URL). */
  openShortcutSettings(): Promise<void>;
  /** Offers `text` as a file to save (no network: a blob URL). */
  download(fileName: string, text: string): void;
}

/** The browser's shortcut page; Firefox has an API for it, Chrome a page extensions may open. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
/** Revoking a blob URL at once can cancel its download in Firefox; a minute is ample for the save to start. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

export const browserOptionsApi: OptionsApi = {
  kbInfo: () => backgroundMessenger.sendMessage('kbInfo', undefined),
  checkPack: (file, text) => backgroundMessenger.sendMessage('checkPack', { file, text }),
  summaries: (ids) => backgroundMessenger.sendMessage('summaries', { ids }),
  shortcuts: async () =>
    (await browser.commands.getAll()).flatMap((c) =>
      c.name && !c.name.startsWith('_') ? [{ name: c.name, shortcut: c.shortcut ?? '' }] : [],
    ),
  openShortcutSettings: async () => {
    if (import.meta.env.FIREFOX) {
      // Not in the Chrome-derived types; present from Firefox 137 (the manifest asks for 140).
      const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
      await commands.openShortcutSettings?.();
    } else {
      await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
    }
  },
  download: (fileName, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  },
};
