/**
 * The built extension in Debian's Chromium (MV3): it loads, its content script annotates the fixture
 * pages, the background answers, the popup renders the page's actors, and nothing is sent anywhere.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, type ChromiumSession } from '../../scripts/lib/launch-browsers';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { startServer, type TestServer } from '../../scripts/lib/page-server';

let server: TestServer;
let proxy: RecordingProxy;
let session: ChromiumSession;
const outDir = join(ARTIFACTS, 'chromium');

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  server = await startServer();
  proxy = await startRecordingProxy();
  session = await launchChromium({ proxyPort: proxy.port });
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

/** Ranges registered in the page's highlight registry, per name. */
async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights)
      out[name] = h.size;
    return out;
  });
}

async function openFixture(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(name));
  await expect
    .poll(async () => (await highlightSizes(page))['dramatis-underline'] ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(5);
  return page;
}

describe('Chromium: the extension', () => {
  it('loads as an MV3 extension with the expected manifest', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.textContent('body')) ?? '{}') as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    await page.close();
  });

  it('annotates a news page with highlights and leaves its text alone', async () => {
    const page = await openFixture('putin-to-visit-tehran.html');
    const sizes = await highlightSizes(page);
    expect(sizes['dramatis-underline']).toBeGreaterThan(10);
    expect(await page.locator('dramatis-card').count()).toBe(0);
    await page.screenshot({ path: join(outDir, 'annotated-page.png'), fullPage: true });
    await page.close();
  });

  it('answers a message from the background', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const reply = await page.evaluate(
      () =>
        new Promise((resolve) =>
          chrome.runtime.sendMessage({ id: 1, type: 'ping', data: undefined, timestamp: Date.now() }, resolve),
        ),
    );
    expect(reply).toEqual({ res: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown } });
    await page.close();
  });

  it('opens the popup, which lists the actors of the page', async () => {
    const article = await openFixture('putin-to-visit-tehran.html');
    const tabId = await session.context.serviceWorkers()[0]!.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes('putin-to-visit-tehran'))?.id;
    });
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.actors li').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    const names = await popup.locator('.actors .name').allTextContents();
    expect(names).toContain('Vladimir Putin');
    await popup.screenshot({ path: join(outDir, 'popup.png') });
    await popup.close();
    await article.close();
  });

  it('sends no request anywhere but the test server', async () => {
    // The proxy must see traffic when there is some: a page outside loopback goes through it.
    const probe = await session.context.newPage();
    await probe.goto('http://dramatis-proxy-probe.invalid/').catch(() => {});
    await probe.close();
    expect(proxy.seen.some((r) => r.includes('dramatis-proxy-probe.invalid'))).toBe(true);
    const before = proxy.seen.length;
    const page = await openFixture('tehran-summit.html');
    await page.waitForTimeout(1500);
    expect(proxy.seen.slice(before)).toEqual([]);
    // The test server saw only page loads (and the browser's own favicon request).
    expect(server.requests.filter((p) => !p.endsWith('.html') && p !== '/favicon.ico')).toEqual([]);
    await page.close();
  });
});
