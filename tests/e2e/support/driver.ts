/**
 * One interface over the two browser drivers (playwright-core for Chromium, puppeteer-core over WebDriver
 * BiDi for Firefox), so each real-browser check is written once and run in both. A driver owns one
 * browser with the built extension, records every console error and page error of every page it opens,
 * and talks to the extension's APIs from one of the extension's own pages (tabs, storage, messages to a
 * tab's content script): the same way the popup does.
 */
import type { PageState } from '../../../src/messaging/protocol';

export type BrowserName = 'chromium' | 'firefox';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tab, web page or extension page. Functions given to `evaluate` run in the page's main world. */
export interface TabPage {
  readonly url: string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  setInputFiles(selector: string, file: string): Promise<void>;
  screenshot(path: string, clip?: Clip): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs in the page's main world before any of its scripts (and before the content script). */
  init?: () => void;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** Opens a web page and waits for its load event. */
  openPage(url: string, options?: OpenOptions): Promise<TabPage>;
  /** Opens an extension page (popup.html, options.html…) and waits until `selector` is in it. */
  openExtensionPage(path: string, selector: string): Promise<TabPage>;
  /** Calls the extension's APIs from an extension page; `fn` gets `browser` (or Chrome's `chrome`). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Error-level console messages and uncaught errors seen so far (pages, content scripts, background). */
  readonly errors: string[];
  /** Logs an error from the extension's background (to prove that `errors` would see one). */
  logBackgroundError(text: string): Promise<void>;
  close(): Promise<void>;
}

/** The extension API object as an extension page sees it (MV3 `chrome.*` returns promises too). */
export interface ExtensionApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: { get(keys: null): Promise<Record<string, unknown>> };
    sync: { get(keys: null): Promise<Record<string, unknown>> };
  };
}

/** The id of the (only) tab whose URL is `url`. */
export async function tabIdOf(driver: BrowserDriver, url: string): Promise<number> {
  const id = await driver.inExtension(async (target) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Sends a message of the content protocol (src/messaging/protocol.ts) to a tab, in @webext-core/messaging's
 * envelope, and unwraps the reply.
 */
export async function sendToTab<R>(driver: BrowserDriver, tabId: number, type: string, data?: unknown): Promise<R> {
  const reply = await driver.inExtension(
    async ({ tabId, type, data }) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = g.browser ?? g.chrome;
      return (await api.tabs.sendMessage(tabId, { id: Date.now(), type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: { message?: string };
      } | null;
    },
    { tabId, type, data },
  );
  if (!reply) throw new Error(`no reply to "${type}" from tab ${tabId}`);
  if (reply.err) throw new Error(`"${type}" failed in tab ${tabId}: ${reply.err.message ?? 'error'}`);
  return reply.res as R;
}

export function pageState(driver: BrowserDriver, tabId: number): Promise<PageState> {
  return sendToTab<PageState>(driver, tabId, 'pageState');
}

/** Everything in storage.local and storage.sync, as the extension sees it. */
export function storageSnapshot(
  driver: BrowserDriver,
): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
  return driver.inExtension(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    return { local: await api.storage.local.get(null), sync: await api.storage.sync.get(null) };
  });
}
