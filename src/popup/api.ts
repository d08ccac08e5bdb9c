/**
 * What the popup needs from the browser besides settings: the tab it is about, that tab's content
 * script, and the options page. An interface so the components render in tests without a browser.
 */
import { browser } from 'wxt/browser';
import { contentMessenger } from '../messaging/messengers';
import type { PageState } from '../messaging/protocol';

export interface PopupApi {
  /** The tab the popup is about; undefined if there is none. */
  tabId(): Promise<number | undefined>;
  /** The tab's URL, when the browser tells us (http and https pages). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The content script's view of the page; null when no content script answers. */
  pageState(tabId: number): Promise<PageState | null>;
  /** Scrolls the page to an actor's first mention and opens its card. */
  reveal(tabId: number, id: string): Promise<boolean>;
  openOptions(): Promise<void>;
  /** Closes the popup after an action that moves the user to the page (not when opened as a tab). */
  done(): void;
}

/** `?tab=<id>`: the popup opened as a page of its own (keyboard users, the real-browser tests). */
function tabFromQuery(): number | undefined {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
}

export const browserPopupApi: PopupApi = {
  tabId: async () => {
    const fromQuery = tabFromQuery();
    if (fromQuery !== undefined) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  pageState: (tabId) => contentMessenger.sendMessage('pageState', undefined, tabId).catch(() => null),
  reveal: (tabId, id) => contentMessenger.sendMessage('reveal', { id }, tabId).catch(() => false),
  openOptions: () => browser.runtime.openOptionsPage(),
  done: () => {
    if (tabFromQuery() === undefined) window.close();
  },
};
