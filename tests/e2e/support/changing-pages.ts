/**
 * Issue 5, pages that change (part of page-suite.ts): text appended after loading, a live blog that posts,
 * trims and rewrites, a single-page app that navigates, and a page too long to register at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pageState } from './driver';
import {
  APPENDING_ADDED,
  APPENDING_BAIT,
  APPENDING_FIRST,
  APPENDING_PAGE,
  LIVE_ADDED,
  LIVE_BLOG_PAGE,
  LIVE_FIRST,
  LIVE_GONE,
  LONG_PAGE,
  LONG_PARAGRAPHS,
  SPA_FIRST,
  SPA_PAGE,
  SPA_SECOND,
} from './extra-pages';
import { markedCount, markedRanges } from './page-probes';
import { ANNOTATE_TIMEOUT_MS, escapeCard, hoverCard, openMarked, type OpenedPage, type TestSession } from './session';

/** Elements a dynamic page's bait goes into: their text must never be marked. */
const NEVER_INSIDE = ['textarea', '[contenteditable]', 'pre', 'code', 'script', 'style', 'title'];

async function markedTexts(opened: OpenedPage): Promise<string[]> {
  return (await markedRanges(opened.page)).map((r) => r.text);
}

export function describeChangingPages(session: () => TestSession): void {
  let s: TestSession;
  beforeAll(() => {
    s = session();
  });

  describe('pages that change', () => {
    it('marks paragraphs a page appends after loading, and nothing appended into fields or code', async () => {
      const opened = await openMarked(s, APPENDING_PAGE);
      expect(await markedTexts(opened)).toEqual(APPENDING_FIRST);
      await opened.page.evaluate(() => (window as unknown as { start(): void }).start());
      await expect
        .poll(() => markedTexts(opened), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual([...APPENDING_FIRST, ...APPENDING_ADDED]);
      // The bait went in with the paragraphs, and stays unmarked.
      const text = await opened.page.evaluate(() => document.documentElement.innerHTML);
      for (const b of APPENDING_BAIT) expect(text).toContain(b);
      expect((await markedRanges(opened.page, NEVER_INSIDE)).filter((r) => r.inside.length)).toEqual([]);
      // An appended mention has its card.
      const { card } = await hoverCard(opened, 'Volodymyr Zelensky');
      expect(card.name).toBe('Volodymyr Zelensky');
      await escapeCard(opened);

      // Text the page removes loses its marks.
      await opened.page.evaluate(() => document.getElementById('late-1')?.remove());
      await expect
        .poll(() => markedTexts(opened), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual([...APPENDING_FIRST, 'Antony Blinken', 'Volodymyr Zelensky']);
      expect((await markedRanges(opened.page)).every((r) => r.connected)).toBe(true);
      await opened.page.close();
    });

    it('keeps a live blog marked as it posts, trims old posts and rewrites its ticker', async () => {
      const opened = await openMarked(s, LIVE_BLOG_PAGE);
      await expect
        .poll(async () => (await markedTexts(opened)).sort(), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual([...LIVE_FIRST].sort());
      await opened.page.evaluate(() => (window as unknown as { start(): void }).start());
      const expectedNow = [...LIVE_FIRST.filter((n) => !LIVE_GONE.includes(n)), ...LIVE_ADDED].sort();
      await expect
        .poll(async () => (await markedTexts(opened)).sort(), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual(expectedNow);
      const ranges = await markedRanges(opened.page);
      expect(ranges.every((r) => r.connected)).toBe(true);
      // The content script's cast follows the page too.
      const state = await pageState(s.driver, opened.tabId);
      expect(state.actors.map((a) => a.name).sort()).toEqual(expectedNow);
      const { card } = await hoverCard(opened, 'Keir Starmer');
      expect(card.name).toBe('Keir Starmer');
      await escapeCard(opened);
      await opened.page.close();
    });
  });

  describe('single-page apps', () => {
    it('marks the new article after a navigation that renders it at once', async () => {
      const opened = await openMarked(s, SPA_PAGE);
      expect(await markedTexts(opened)).toEqual(SPA_FIRST);
      await opened.page.evaluate(() => (window as unknown as { start(): void }).start());
      await expect.poll(() => markedTexts(opened), { timeout: ANNOTATE_TIMEOUT_MS }).toEqual(SPA_SECOND);
      const { card } = await hoverCard(opened, 'Olaf Scholz');
      expect(card.name).toBe('Olaf Scholz');
      await escapeCard(opened);
      await opened.page.close();
    });
  });

  describe('long pages', () => {
    it('paints the mentions near the viewport, and those further down once the reader scrolls there', async () => {
      const opened = await openMarked(s, LONG_PAGE);
      const state = await pageState(s.driver, opened.tabId);
      const total = state.actors.reduce((n, a) => n + a.count, 0);
      expect(state.actors.map((a) => [a.name, a.count])).toEqual([
        ['Vladimir Putin', LONG_PARAGRAPHS],
        ['Recep Tayyip Erdoğan', LONG_PARAGRAPHS],
      ]);
      const last = `Paragraph ${LONG_PARAGRAPHS}.`;
      const atLast = async () => (await markedRanges(opened.page)).filter((r) => r.block.startsWith(last)).length;
      // Not all of them at first (else scrolling would test nothing)…
      expect(await markedCount(opened.page)).toBeLessThan(total);
      expect(await atLast()).toBe(0);
      // …but the ones at the end as soon as they come near.
      await opened.page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );
      await expect.poll(atLast, { timeout: ANNOTATE_TIMEOUT_MS }).toBe(2);
      const { card } = await hoverCard(opened, 'Recep Tayyip Erdogan');
      expect(card.name).toBe('Recep Tayyip Erdoğan');
      await escapeCard(opened);
      await opened.page.close();
    });
  });
}
