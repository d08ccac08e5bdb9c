/**
 * Issue 6 in a real browser: the popup (opened as a page for a tab, `popup.html?tab=<id>`) and the options
 * page acting on the pages a user has open. The same checks run in Chromium and Firefox
 * (chromium-popup.test.ts, firefox-popup.test.ts), one browser per file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOptionsChecks } from './options-checks';
import { pageState, tabIdOf, type BrowserDriver, type TabPage } from './driver';
import { APPENDING_ADDED, APPENDING_FIRST, APPENDING_PAGE } from './extra-pages';
import { cardState, highlightSizes, markedRanges } from './page-probes';
import {
  ANNOTATE_TIMEOUT_MS,
  CARD_TIMEOUT_MS,
  escapeCard,
  extensionErrors,
  hoverCard,
  openMarked,
  sortedMarks,
  probeProxy,
  startSession,
  stopSession,
  waitForStatus,
  walkMentions,
  type OpenedPage,
  type TestSession,
} from './session';

interface ListedActor {
  id: string;
  name: string;
  count: number;
}

/** The popup's "On this page" list, as shown. */
function listedActors(popup: TabPage): Promise<ListedActor[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.actors button[data-id]')].map((b) => ({
      id: b.dataset.id ?? '',
      name: b.querySelector('.name')?.textContent ?? '',
      count: Number(b.querySelector('.count')?.textContent?.replace('×', '') ?? 0),
    })),
  );
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Highlight names Dramatis has registered in the page (none when it is off there). */
async function dramatisHighlights(opened: OpenedPage): Promise<string[]> {
  return Object.keys(await highlightSizes(opened.page)).filter((n) => n.startsWith('dramatis-'));
}

/** The toolbar badge of a tab (MV3 `action`, MV2 `browserAction`). */
function badgeText(s: TestSession, tabId: number): Promise<string> {
  return s.driver.inExtension(async (tabId) => {
    type Action = { getBadgeText(d: { tabId: number }): Promise<string> };
    const g = globalThis as unknown as { browser?: { action?: Action; browserAction?: Action } };
    const api = g.browser?.action ?? g.browser?.browserAction;
    return api!.getBadgeText({ tabId });
  }, tabId);
}

function openPopup(s: TestSession, tabId: number): Promise<TabPage> {
  return s.driver.openExtensionPage(`popup.html?tab=${tabId}`, '.site-switch input');
}

function siteSwitchOn(popup: TabPage): Promise<boolean> {
  return popup.evaluate(() => document.querySelector<HTMLInputElement>('.site-switch input')!.checked);
}

export function describePopupTests(launch: (o: { proxyPort: number }) => Promise<BrowserDriver>): void {
  let s: TestSession;
  beforeAll(async () => {
    s = await startSession(launch);
  });
  afterAll(() => stopSession(s));

  describe('the popup', () => {
    it('lists exactly the actors marked on the page, with their mention counts', async () => {
      const opened = await openMarked(s, 'putin-to-visit-tehran.html');
      const count = (await markedRanges(opened.page)).length;
      // Who each mark is, from the card the keyboard opens on it: independent of the cast the popup reads.
      const walked = await walkMentions(s, opened, count);
      const marked = new Map<string, number>();
      for (const m of walked) marked.set(m.name, (marked.get(m.name) ?? 0) + 1);

      const popup = await openPopup(s, opened.tabId);
      await expect
        .poll(() => listedActors(popup).then((l) => l.length), { timeout: CARD_TIMEOUT_MS })
        .toBe(marked.size);
      const listed = await listedActors(popup);
      expect(listed.map(({ name, count }) => ({ name, count })).sort(byName)).toEqual(
        [...marked].map(([name, count]) => ({ name, count })).sort(byName),
      );
      expect(listed.find((a) => a.name === 'Vladimir Putin')?.id).toBe('Q7747');
      // The toolbar badge counts them.
      expect(await badgeText(s, opened.tabId)).toBe(String(marked.size));

      // Choosing one opens its card on the page, at its first mention, with focus.
      await opened.page.press('Escape');
      const peskov = listed.find((a) => a.name === 'Dmitry Peskov')!;
      await popup.click(`.actors button[data-id="${peskov.id}"]`);
      await expect
        .poll(() => cardState(opened.page).then((c) => c?.name), { timeout: CARD_TIMEOUT_MS })
        .toBe('Dmitry Peskov');
      expect((await cardState(opened.page))?.focused).toBe(true);
      const first = walked.findIndex((m) => m.name === 'Dmitry Peskov');
      const [active] = await markedRanges(opened.page, [], 'dramatis-active');
      expect(active?.block).toBe(walked[first]!.block);
      await popup.close();
      await opened.page.close();
    });

    it('follows the page as it adds text', async () => {
      const opened = await openMarked(s, APPENDING_PAGE);
      const popup = await openPopup(s, opened.tabId);
      await expect
        .poll(() => listedActors(popup).then((l) => l.map((a) => a.name)), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual(APPENDING_FIRST);
      // The reader sees the page (a real popup hangs over it; here the popup is a tab of its own, and
      // browsers slow the timers of hidden tabs to one a second).
      await opened.page.bringToFront();
      await opened.page.evaluate(() => (window as unknown as { start(): void }).start());
      await expect
        .poll(() => listedActors(popup).then((l) => l.map((a) => a.name).sort()), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual([...APPENDING_FIRST, ...APPENDING_ADDED].sort());
      await popup.close();
      await opened.page.close();
    });

    it('turns the site off, which unmarks its open pages, and on again, which marks them again', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const before = await sortedMarks(opened);
      const popup = await openPopup(s, opened.tabId);
      await popup.waitForSelector('.actors li');
      expect(await siteSwitchOn(popup)).toBe(true);

      await popup.click('.site-switch');
      await opened.page.bringToFront();
      await expect.poll(() => dramatisHighlights(opened), { timeout: ANNOTATE_TIMEOUT_MS }).toEqual([]);
      expect(await siteSwitchOn(popup)).toBe(false);
      // The popup says so, and lists no one.
      await expect.poll(() => listedActors(popup), { timeout: CARD_TIMEOUT_MS }).toEqual([]);
      expect((await pageState(s.driver, opened.tabId)).status).toBe('site-disabled');
      await expect.poll(() => badgeText(s, opened.tabId), { timeout: CARD_TIMEOUT_MS }).toBe('');
      // Another page of the same site stays unmarked too.
      const other = await s.driver.openPage(`${s.server.url('putin-to-visit-tehran.html')}?while-off`);
      await waitForStatus(s, await tabIdOf(s.driver, other.url), 'site-disabled');
      expect(Object.keys(await highlightSizes(other)).filter((n) => n.startsWith('dramatis-'))).toEqual([]);
      await other.close();

      await popup.click('.site-switch');
      await opened.page.bringToFront();
      await expect.poll(() => sortedMarks(opened), { timeout: ANNOTATE_TIMEOUT_MS }).toEqual(before);
      expect(await siteSwitchOn(popup)).toBe(true);
      await expect
        .poll(() => listedActors(popup).then((l) => l.length), { timeout: CARD_TIMEOUT_MS })
        .toBeGreaterThan(0);
      // The restored marks work: a card opens on hover.
      expect((await hoverCard(opened, 'Ebrahim Raisi')).card.name).toBe('Ebrahim Raisi');
      await popup.close();
      await opened.page.close();
    });
  });

  describe('kind filters in the popup', () => {
    it('unmarks the people of open pages when people are turned off, and marks them again', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const before = await sortedMarks(opened);
      const popup = await openPopup(s, opened.tabId);
      await popup.waitForSelector('#group-people');
      const people = ['Vladimir Putin', 'Ebrahim Raisi', 'Biden', 'Jake Sullivan'];
      for (const name of people) expect(before).toContain(name);

      await popup.click('input[name="kind"][value="people"]');
      await opened.page.bringToFront();
      await expect
        .poll(async () => (await sortedMarks(opened)).filter((t) => people.includes(t)), {
          timeout: ANNOTATE_TIMEOUT_MS,
        })
        .toEqual([]);
      // Countries and the rest stay marked; the popup's cast has no people left.
      expect(await sortedMarks(opened)).toEqual(expect.arrayContaining(['Iran', 'Russia', 'NATO', 'Hezbollah']));
      await expect
        .poll(() => popup.evaluate(() => !!document.querySelector('#group-people')), { timeout: CARD_TIMEOUT_MS })
        .toBe(false);

      await popup.click('input[name="kind"][value="people"]');
      await opened.page.bringToFront();
      await expect.poll(() => sortedMarks(opened), { timeout: ANNOTATE_TIMEOUT_MS }).toEqual(before);
      await popup.close();
      await opened.page.close();
    });
  });

  describe('highlight style in the popup', () => {
    it('restyles the marks of open pages at once, keeping every one of them', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const count = (await markedRanges(opened.page)).length;
      const popup = await openPopup(s, opened.tabId);
      await popup.waitForSelector('.actors li');
      /** Which style's highlight holds the marks (the page's ::highlight() rules draw each differently). */
      const styled = async () =>
        Object.entries(await highlightSizes(opened.page)).filter(([n, size]) => n !== 'dramatis-active' && size > 0);
      for (const style of ['background', 'hover', 'underline']) {
        await popup.click(`input[name="highlightStyle"][value="${style}"]`);
        await expect.poll(styled, { timeout: ANNOTATE_TIMEOUT_MS }).toEqual([[`dramatis-${style}`, count]]);
        // Marked or not until hovered, a mention still opens its card.
        expect((await hoverCard(opened, 'Ebrahim Raisi')).card.name).toBe('Ebrahim Raisi');
        await escapeCard(opened);
      }
      expect(extensionErrors(s)).toEqual([]);
      await popup.close();
      await opened.page.close();
    });
  });

  describeOptionsChecks(() => s);

  describe('hygiene', () => {
    it('logs no errors from the extension', () => {
      expect(extensionErrors(s)).toEqual([]);
    });

    it('sends no request anywhere but the test server', async () => {
      expect(s.proxy.seen).toEqual([]);
      expect(await probeProxy(s)).toBe(true);
    });
  });
}
