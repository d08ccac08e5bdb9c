/**
 * Issue 5, the hover card (part of page-suite.ts): it opens on hover with the name and the roles at the
 * article's date, follows the page's theme, opens from the keyboard path with focus, closes with Escape
 * (focus back where it was), and adds nothing to the page but its host while shown.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendToTab } from './driver';
import { darkPath } from './extra-pages';
import {
  cardSettled,
  cardState,
  domAtParse,
  focusedElement,
  serializedDom,
  serializedDomWithoutUi,
  type CardState,
} from './page-probes';
import { escapeCard, hoverCard, openMarked, type OpenedPage, type TestSession } from './session';

/** A screenshot of the mention and its card together. */
async function screenshotCard(opened: OpenedPage, point: { x: number; y: number }, card: CardState, path: string) {
  await cardSettled(opened.page);
  const pad = 24;
  const x = Math.max(0, Math.min(point.x, card.box.x) - pad);
  const y = Math.max(0, Math.min(point.y, card.box.y) - pad - 20);
  const right = Math.max(point.x, card.box.x + card.box.width) + pad;
  const bottom = Math.max(point.y, card.box.y + card.box.height) + pad;
  await opened.page.screenshot(path, { x, y, width: right - x, height: bottom - y });
}

/** Perceived lightness (0–255) of a computed colour "rgb(r, g, b)". */
function lightness(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

export function describeCardChecks(session: () => TestSession): void {
  let s: TestSession;
  beforeAll(() => {
    s = session();
  });

  describe('the hover card', () => {
    it('opens on hover with the name and the roles at the article’s date; Escape closes it', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const atParse = await domAtParse(opened.page);
      expect(atParse).toBeTruthy();
      // Annotating changed nothing in the page's DOM.
      expect(await serializedDom(opened.page)).toBe(atParse);
      const focusBefore = await focusedElement(opened.page);

      const { card, point } = await hoverCard(opened, 'Ebrahim Raisi');
      expect(card.name).toBe('Ebrahim Raisi');
      expect(card.role).toBe('dialog');
      expect(card.labelledBy).toBe('Ebrahim Raisi');
      // The article is dated 18 July 2022: Raisi was president then, and died in May 2024. Dates are written
      // the way the browser's English is ("July 18, 2022" in en-US, "18 July 2022" elsewhere).
      const then = card.sections.find((x) =>
        /^At the time of this article \((18 July 2022|July 18, 2022)\)$/.test(x.label),
      );
      expect(then?.text).toContain('President of Iran');
      expect(card.sections.find((x) => x.label === 'Since then')?.text).toMatch(/^Died (19 May 2024|May 19, 2024)$/);
      expect(card.dark).toBe(false);
      expect(lightness(card.background)).toBeGreaterThan(200);
      expect(card.hosts).toBe(1);
      // Opened by the pointer, the card does not take the keyboard focus.
      expect(card.focused).toBe(false);

      // While the card is shown, its host is the only node added; nothing else changed.
      const shown = await serializedDomWithoutUi(opened.page);
      expect(shown.hosts).toBe(1);
      expect(shown.html).toBe(atParse);
      await screenshotCard(opened, point, card, join(s.artifacts, 'card-light.png'));

      await escapeCard(opened);
      expect(await cardState(opened.page)).toBeUndefined();
      expect(await serializedDom(opened.page)).toBe(atParse);
      expect(await focusedElement(opened.page)).toBe(focusBefore);
      await opened.page.close();
    });

    it('shows a role that has ended since the article as ended', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const { card } = await hoverCard(opened, 'Biden');
      expect(card.name).toBe('Joe Biden');
      const then = card.sections.find((x) => x.label.startsWith('At the time of this article'));
      expect(then?.text).toContain('President of the United States');
      // Not presented as his office now: the period shows it ended.
      expect(then?.text).toMatch(/President of the United States · January 2021 – January 2025/);
      expect(card.sections.some((x) => x.label.includes('and now') && x.text.includes('President'))).toBe(false);
      await escapeCard(opened);
      await opened.page.close();
    });

    it('follows a dark page with a dark card', async () => {
      const opened = await openMarked(s, darkPath('tehran-summit.html'));
      const { card, point } = await hoverCard(opened, 'Ebrahim Raisi');
      expect(card.name).toBe('Ebrahim Raisi');
      expect(card.dark).toBe(true);
      expect(lightness(card.background)).toBeLessThan(80);
      await screenshotCard(opened, point, card, join(s.artifacts, 'card-dark.png'));
      await escapeCard(opened);
      await opened.page.close();
    });

    it('opens from the keyboard path with focus, and Escape returns focus where it was', async () => {
      const opened = await openMarked(s, 'putin-to-visit-tehran.html');
      const atParse = await domAtParse(opened.page);
      await opened.page.bringToFront();
      await opened.page.evaluate(() => document.querySelector<HTMLElement>('nav a')?.focus());
      expect(await focusedElement(opened.page)).toBe('a:World');

      expect(await sendToTab(s.driver, opened.tabId, 'step', { direction: 1 })).toBe(true);
      const card = await cardState(opened.page);
      // The first mention from the top of the page: "Putin" in the headline.
      expect(card?.name).toBe('Vladimir Putin');
      expect(card?.focused).toBe(true);
      expect((await serializedDomWithoutUi(opened.page)).html).toBe(atParse);
      // Next, and back.
      await sendToTab(s.driver, opened.tabId, 'step', { direction: 1 });
      expect((await cardState(opened.page))?.name).toBe('Ebrahim Raisi');
      await sendToTab(s.driver, opened.tabId, 'step', { direction: -1 });
      expect((await cardState(opened.page))?.name).toBe('Vladimir Putin');

      await escapeCard(opened);
      expect(await focusedElement(opened.page)).toBe('a:World');
      expect(await serializedDom(opened.page)).toBe(atParse);
      await opened.page.close();
    });
  });
}
