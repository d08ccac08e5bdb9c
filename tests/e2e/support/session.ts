/**
 * What every real-browser test file sets up once: the test web server (fixtures and extra pages), the
 * recording proxy that catches any request to the outside world, one browser with the extension, and the
 * artifacts folder for its screenshots. Plus the waits and walks the suites share.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ARTIFACTS } from '../../../scripts/lib/launch-browsers';
import { startServer, type TestServer } from '../../../scripts/lib/page-server';
import { pageState, sendToTab, tabIdOf, type BrowserDriver, type TabPage } from './driver';
import { addExtraPages } from './extra-pages';
import {
  ACTIVE_HIGHLIGHT,
  activeText,
  cardState,
  markedCount,
  markedRanges,
  mentionPoint,
  recordDomAtParse,
  type CardState,
} from './page-probes';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

/** Generous bounds for conditions that normally hold within a second: CI machines can be slow. */
export const ANNOTATE_TIMEOUT_MS = 20_000;
export const CARD_TIMEOUT_MS = 10_000;
/** Between two reads of a condition. */
const POLL_MS = 50;

export interface TestSession {
  server: TestServer;
  proxy: RecordingProxy;
  driver: BrowserDriver;
  /** test-artifacts/<browser>/ */
  artifacts: string;
}

export async function startSession(launch: (o: { proxyPort: number }) => Promise<BrowserDriver>): Promise<TestSession> {
  const server = await startServer();
  addExtraPages(server);
  const proxy = await startRecordingProxy();
  const driver = await launch({ proxyPort: proxy.port });
  const artifacts = join(ARTIFACTS, driver.name);
  mkdirSync(artifacts, { recursive: true });
  return { server, proxy, driver, artifacts };
}

export async function stopSession(s: TestSession | undefined): Promise<void> {
  await s?.driver.close();
  await s?.proxy.close();
  await s?.server.close();
}

/**
 * Polls `read` until `ok` holds, else throws with the last value. For hooks, where vitest's expect.poll
 * is not available.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

let opens = 0;

export interface OpenedPage {
  page: TabPage;
  url: string;
  tabId: number;
}

/**
 * Opens a page (recording its markup as parsed, before the content script runs) and waits until the
 * content script has marked it.
 */
export async function openMarked(s: TestSession, path: string): Promise<OpenedPage> {
  // A query of its own, so the tab is found by its URL even when the same page is open in another.
  const url = `${s.server.url(path)}?open=${++opens}`;
  const page = await s.driver.openPage(url, { init: recordDomAtParse });
  await until(
    () => markedCount(page),
    (n) => n > 0,
    `marks on ${path}`,
    ANNOTATE_TIMEOUT_MS,
  );
  return { page, url, tabId: await tabIdOf(s.driver, url) };
}

/** Waits until the tab's content script answers and reports a status (it runs there, active or not). */
export async function waitForStatus(s: TestSession, tabId: number, status: string): Promise<void> {
  await expect
    .poll(
      () =>
        pageState(s.driver, tabId).then(
          (p) => p.status,
          () => 'no answer',
        ),
      { timeout: ANNOTATE_TIMEOUT_MS },
    )
    .toBe(status);
}

/** The words marked on a page, in alphabetical order. */
export async function sortedMarks(opened: OpenedPage): Promise<string[]> {
  return (await markedRanges(opened.page)).map((r) => r.text).sort();
}

export interface WalkedMention {
  /** The marked words, as the page shows them. */
  text: string;
  /** The sentence or block they are in. */
  block: string;
  /** Where they are (see MarkedRange.at). */
  at: string;
  /** The name on the card the keyboard step opened for them. */
  name: string;
}

/**
 * Steps through `count` mentions with the content script's `step` message (the path of the "next actor"
 * keyboard command: the command itself cannot be pressed in a headless browser), reading after each step
 * which range is shown as active and whose card is open.
 */
export async function walkMentions(s: TestSession, opened: OpenedPage, count: number): Promise<WalkedMention[]> {
  const out: WalkedMention[] = [];
  for (let i = 0; i < count; i++) {
    const moved = await sendToTab<boolean>(s.driver, opened.tabId, 'step', { direction: 1 });
    if (!moved) throw new Error(`step ${i + 1} of ${count} found no mention`);
    const [active] = await markedRanges(opened.page, [], ACTIVE_HIGHLIGHT);
    const card = await cardState(opened.page);
    out.push({
      text: active?.text ?? '(no active range)',
      block: active?.block ?? '',
      at: active?.at ?? '',
      name: card?.name ?? '(no card)',
    });
  }
  return out;
}

/** Left of the viewport, where no test page has text: the pointer rests there between hovers. */
const BLANK_X = 2;

/**
 * Hovers the first marked range reading `surface` as a reader would (from the blank margin along its line)
 * and waits for the card opened on that very mention.
 */
export async function hoverCard(
  opened: OpenedPage,
  surface: string,
): Promise<{ card: CardState; point: { x: number; y: number } }> {
  // A reader hovers the tab they see: a hidden tab gets no animation frames (the content script hit-tests
  // in one), so a tab left behind another one (popup, options) would answer late.
  await opened.page.bringToFront();
  const point = await mentionPoint(opened.page, surface);
  if (!point) throw new Error(`no marked "${surface}" on ${opened.url}`);
  await opened.page.mouseMove(BLANK_X, point.y);
  await opened.page.mouseMove(point.x, point.y, 4);
  const card = await until(
    async () => ((await activeText(opened.page)) === surface ? cardState(opened.page) : undefined),
    (c) => c !== undefined,
    `the card of "${surface}"`,
    CARD_TIMEOUT_MS,
  );
  return { card: card!, point };
}

/** Closes the card with Escape and waits until its host has left the page. */
export async function escapeCard(opened: OpenedPage): Promise<void> {
  await opened.page.press('Escape');
  await until(
    () => opened.page.evaluate(() => document.querySelectorAll('dramatis-card').length),
    (n) => n === 0,
    'the card to close',
    CARD_TIMEOUT_MS,
  );
}

/** Console and page errors so far, without the browser's own noise (the favicon the server does not have). */
export function extensionErrors(s: TestSession): string[] {
  return s.driver.errors.filter((e) => !/\/favicon\.ico: .*404/.test(e));
}

/** A probe that any error in a content-script world reaches `driver.errors` (else the errors check proves nothing). */
export async function injectContentWorldError(s: TestSession, tabId: number, text: string): Promise<void> {
  await s.driver.inExtension(
    async ({ tabId, text }) => {
      const g = globalThis as unknown as {
        chrome: { scripting?: { executeScript(o: object): Promise<unknown> } };
        browser?: { tabs: { executeScript?(tabId: number, o: object): Promise<unknown> } };
      };
      if (g.chrome.scripting)
        await g.chrome.scripting.executeScript({
          target: { tabId },
          func: (t: string) => console.error(t),
          args: [text],
        });
      else await g.browser!.tabs.executeScript!(tabId, { code: `console.error(${JSON.stringify(text)})` });
    },
    { tabId, text },
  );
}

/** Loads a page outside loopback: the proxy must record it (so an empty record means no traffic). */
export async function probeProxy(s: TestSession): Promise<boolean> {
  const host = 'dramatis-proxy-probe.invalid';
  const page = await s.driver.openPage(`http://${host}/`).catch(() => undefined);
  await page?.close();
  return s.proxy.seen.some((r) => r.includes(host));
}
