/**
 * The built extension in Debian's Firefox ESR (MV2, installed as a temporary add-on over WebDriver
 * BiDi): it loads, annotates the fixture pages, the background answers, the popup renders, and nothing
 * is sent anywhere.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchFirefox, type FirefoxSession } from '../../scripts/lib/launch-browsers';
import { pollSelector } from './support/firefox-driver';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { startServer, type TestServer } from '../../scripts/lib/page-server';

let server: TestServer;
let proxy: RecordingProxy;
let session: FirefoxSession;
const outDir = join(ARTIFACTS, 'firefox');

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  server = await startServer();
  proxy = await startRecordingProxy();
  session = await launchFirefox({ proxyPort: proxy.port });
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights)
      out[name] = h.size;
    return out;
  });
}

async function openFixture(name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url(name));
  await expect
    .poll(async () => (await highlightSizes(page))['dramatis-underline'] ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(5);
  return page;
}

/**
 * Extension pages never fire a load event Puppeteer sees: start the navigation, then wait for content, by
 * polling (Puppeteer's waitForSelector can fail outright while the page replaces about:blank).
 */
async function openExtensionPage(path: string, selector: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.goto(`moz-extension://${session.uuid}/${path}`).catch(() => {});
  await pollSelector(page, selector, 20_000);
  return page;
}

describe('Firefox: the extension', () => {
  it('annotates a news page with highlights', async () => {
    const page = await openFixture('putin-to-visit-tehran.html');
    expect((await highlightSizes(page))['dramatis-underline']).toBeGreaterThan(10);
    expect(await page.$('dramatis-card')).toBeNull();
    await page.screenshot({ path: join(outDir, 'annotated-page.png'), fullPage: true });
    await page.close();
  });

  it('answers a message from the background, and opens the popup', async () => {
    const popup = await openExtensionPage('popup.html', 'h1');
    const reply = await popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).browser.runtime.sendMessage({
        id: 1,
        type: 'ping',
        data: undefined,
        timestamp: Date.now(),
      }),
    );
    expect(reply).toEqual({ res: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown } });
    expect(await popup.$eval('h1', (h) => h.textContent)).toContain('Dramatis');
    await popup.close();
  });

  it('lists the page’s actors in the popup', async () => {
    const article = await openFixture('tehran-summit.html');
    const popup = await openExtensionPage('popup.html', 'h1');
    const tabId = await popup.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).browser;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url?.includes('tehran-summit'))?.id;
    });
    await popup.close();
    const listed = await openExtensionPage(`popup.html?tab=${tabId}`, '.actors li');
    const names = await listed.$$eval('.actors .name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('Recep Tayyip Erdoğan');
    await listed.screenshot({ path: join(outDir, 'popup.png') });
    await listed.close();
    await article.close();
  });

  it('sends no request anywhere but the test server', async () => {
    const probe = await session.browser.newPage();
    await probe.goto('http://dramatis-proxy-probe.invalid/').catch(() => {});
    await probe.close();
    expect(proxy.seen.some((r) => r.includes('dramatis-proxy-probe.invalid'))).toBe(true);
    const before = proxy.seen.length;
    const page = await openFixture('tehran-summit.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(proxy.seen.slice(before)).toEqual([]);
    expect(server.requests.filter((p) => !p.endsWith('.html') && p !== '/favicon.ico')).toEqual([]);
    await page.close();
  });
});
