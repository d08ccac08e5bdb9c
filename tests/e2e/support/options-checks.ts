/**
 * Issue 6, the options page (part of popup-suite.ts): a card theme chosen there applies to open pages at
 * once; a valid pack's entity is marked at once; an invalid pack lists every problem with its file, entity
 * and field, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, storageSnapshot, type TabPage } from './driver';
import { PACK_ENTITY_NAME, PACK_PAGE } from './extra-pages';
import { BROKEN_ISSUES, PACK_ENTITY_ID, PACK_NAME, writePackFiles } from './packs';
import {
  ANNOTATE_TIMEOUT_MS,
  CARD_TIMEOUT_MS,
  escapeCard,
  hoverCard,
  openMarked,
  sortedMarks,
  type OpenedPage,
  type TestSession,
} from './session';

export function describeOptionsChecks(session: () => TestSession): void {
  let s: TestSession;
  beforeAll(() => {
    s = session();
  });

  describe('card settings on the options page', () => {
    it('applies a dark theme chosen there to the cards of open pages at once', async () => {
      const opened = await openMarked(s, 'tehran-summit.html');
      const options = await s.driver.openExtensionPage('options.html', 'input[name="theme"][value="dark"]');
      const hover = async () => {
        const { card } = await hoverCard(opened, 'Ebrahim Raisi');
        await escapeCard(opened);
        return card;
      };
      // A light page: the automatic theme is light.
      expect((await hover()).dark).toBe(false);
      await options.click('input[name="theme"][value="dark"]');
      await expect.poll(async () => (await hover()).dark, { timeout: ANNOTATE_TIMEOUT_MS }).toBe(true);
      await options.click('input[name="theme"][value="auto"]');
      await expect.poll(async () => (await hover()).dark, { timeout: ANNOTATE_TIMEOUT_MS }).toBe(false);
      await options.close();
      await opened.page.close();
    });
  });

  describe('personal packs on the options page', () => {
    const files = writePackFiles();
    let options: TabPage;
    let packPage: OpenedPage;

    const packNames = () =>
      options.evaluate(() => [...document.querySelectorAll('.pack-list .packs li .name')].map((e) => e.textContent));
    const issues = () =>
      options.evaluate(() => [...document.querySelectorAll('.issues li')].map((e) => e.textContent ?? ''));

    beforeAll(async () => {
      // A page naming the pack's entity, open before the import.
      packPage = await openMarked(s, PACK_PAGE);
      options = await s.driver.openExtensionPage('options.html', '#pack-file');
    });
    afterAll(async () => {
      await options?.close();
      await packPage?.page.close();
    });

    it('imports a valid pack, whose entity is marked at once on open pages', async () => {
      expect(await sortedMarks(packPage)).toEqual(['Kremlin', 'Vladimir Putin']);
      await options.setInputFiles('#pack-file', files.valid);
      await expect.poll(packNames, { timeout: CARD_TIMEOUT_MS }).toEqual([PACK_NAME]);
      expect(await issues()).toEqual([]);
      await expect
        .poll(() => sortedMarks(packPage), { timeout: ANNOTATE_TIMEOUT_MS })
        .toEqual(['Kremlin', 'Vladimir Putin', PACK_ENTITY_NAME].sort());
      const state = await pageState(s.driver, packPage.tabId);
      expect(state.actors.find((a) => a.name === PACK_ENTITY_NAME)?.id).toBe(PACK_ENTITY_ID);
    });

    it('lists every problem of an invalid pack with its file, entity and field, and changes nothing', async () => {
      await expect.poll(packNames, { timeout: CARD_TIMEOUT_MS }).toEqual([PACK_NAME]);
      const stored = await storageSnapshot(s.driver);
      const listedBefore = await options.evaluate(() => document.querySelector('.pack-list')?.textContent);

      await options.setInputFiles('#pack-file', files.broken);
      await expect.poll(() => issues().then((l) => l.length), { timeout: CARD_TIMEOUT_MS }).toBeGreaterThan(0);
      const shown = await issues();
      for (const prefix of BROKEN_ISSUES) expect(shown.some((line) => line.startsWith(prefix))).toBe(true);
      expect(shown).toHaveLength(BROKEN_ISSUES.length);

      expect(await storageSnapshot(s.driver)).toEqual(stored);
      expect(await options.evaluate(() => document.querySelector('.pack-list')?.textContent)).toBe(listedBefore);
      // The installed pack still works on the page.
      expect(await sortedMarks(packPage)).toContain(PACK_ENTITY_NAME);
    });
  });
}
