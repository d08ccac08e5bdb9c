/**
 * Issue 5 in a real browser: what a reader of a news page sees. The same checks run in Chromium and
 * Firefox (chromium-page.test.ts, firefox-page.test.ts), one browser per file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, sendToTab, type BrowserDriver } from './driver';
import { describeCardChecks } from './card-checks';
import { describeChangingPages } from './changing-pages';
import { acceptedNames, expectationsFor, FIXTURE_PAGES } from './expectations';
import { markedRanges } from './page-probes';
import {
  CARD_TIMEOUT_MS,
  escapeCard,
  extensionErrors,
  injectContentWorldError,
  openMarked,
  probeProxy,
  startSession,
  stopSession,
  walkMentions,
  type OpenedPage,
  type TestSession,
} from './session';

export function describePageTests(launch: (o: { proxyPort: number }) => Promise<BrowserDriver>): void {
  let s: TestSession;
  beforeAll(async () => {
    s = await startSession(launch);
  });
  afterAll(() => stopSession(s));

  describe.each(FIXTURE_PAGES)('%s', (fixture) => {
    const expected = expectationsFor(fixture);
    let opened: OpenedPage;
    let walked: Awaited<ReturnType<typeof walkMentions>>;
    let ranges: Awaited<ReturnType<typeof markedRanges>>;

    beforeAll(async () => {
      opened = await openMarked(s, fixture);
      ranges = await markedRanges(opened.page, expected.never_inside);
      // Every mention once, in order, each with the card the keyboard opens for it.
      walked = await walkMentions(s, opened, ranges.length);
    });
    afterAll(() => opened?.page.close());

    it('marks every required actor under each of its surfaces, as that entity', async () => {
      const missing: string[] = [];
      for (const actor of expected.required) {
        const names = acceptedNames(actor);
        for (const surface of actor.surfaces) {
          if (!walked.some((m) => m.text === surface && names.includes(m.name)))
            missing.push(`${surface} → ${actor.entity}`);
        }
      }
      expect(missing).toEqual([]);
      // The cast the content script reports has each of them, under its verified Wikidata id.
      const state = await pageState(s.driver, opened.tabId);
      const wrongIds = expected.required.flatMap((actor) => {
        const found = state.actors.find((a) => acceptedNames(actor).includes(a.name));
        if (!found) return [`${actor.entity}: not in the cast`];
        return actor.qid && found.id !== actor.qid ? [`${actor.entity}: ${found.id}, expected ${actor.qid}`] : [];
      });
      expect(wrongIds).toEqual([]);
    });

    it('steps through each marked range exactly once, then wraps around', async () => {
      const key = (m: { text: string; at: string }) => `${m.text}@${m.at}`;
      expect(new Set(ranges.map(key)).size).toBe(ranges.length);
      expect(walked.map(key).sort()).toEqual(ranges.map(key).sort());
      expect(walked.filter((m) => m.name === '(no card)')).toEqual([]);
      await sendToTab(s.driver, opened.tabId, 'step', { direction: 1 });
      const [again] = await markedRanges(opened.page, [], 'dramatis-active');
      expect(again && key(again)).toBe(key(walked[0]!));
      await escapeCard(opened);
    });

    it('marks none of the look-alike traps', async () => {
      // The traps are on the page (otherwise this test would prove nothing).
      const pageText = await opened.page.evaluate(() => document.body.textContent ?? '');
      for (const trap of expected.forbidden) expect(pageText).toContain(trap.context);
      const taken = walked.filter((m) =>
        expected.forbidden.some(
          (t) => m.block.includes(t.context) && m.text.toLowerCase() === t.surface.toLowerCase() && m.name === t.not,
        ),
      );
      expect(taken).toEqual([]);
    });

    it('marks nothing inside form fields, editable regions, code, scripts, styles or the title', async () => {
      // Names an unguarded reader would mark are there.
      const bait = await opened.page.evaluate(
        () =>
          `${document.title} ${document.querySelector('textarea')?.value} ${document.querySelector('[contenteditable]')?.textContent} ${document.querySelector('code')?.textContent}`,
      );
      expect(bait).toMatch(/Putin.*Erdogan.*Hezbollah.*Iran/s);
      expect(ranges.filter((r) => r.inside.length)).toEqual([]);
    });
  });

  describeCardChecks(() => s);
  describeChangingPages(() => s);

  describe('hygiene', () => {
    it('logs no errors from the extension', async () => {
      expect(extensionErrors(s)).toEqual([]);
      // The check can fail: an error in a content-script world is collected.
      const opened = await openMarked(s, 'putin-to-visit-tehran.html');
      await injectContentWorldError(s, opened.tabId, 'dramatis-error-probe');
      await expect
        .poll(() => extensionErrors(s).some((e) => e.includes('dramatis-error-probe')), { timeout: CARD_TIMEOUT_MS })
        .toBe(true);
      // …and so is one in the background.
      await s.driver.logBackgroundError('dramatis-background-probe');
      await expect
        .poll(() => extensionErrors(s).some((e) => e.includes('dramatis-background-probe')), {
          timeout: CARD_TIMEOUT_MS,
        })
        .toBe(true);
      await opened.page.close();
    });

    it('sends no request anywhere but the test server', async () => {
      expect(s.proxy.seen).toEqual([]);
      expect(s.server.requests.filter((p) => !p.endsWith('.html') && p !== '/favicon.ico')).toEqual([]);
      expect(await probeProxy(s)).toBe(true);
    });
  });
}
