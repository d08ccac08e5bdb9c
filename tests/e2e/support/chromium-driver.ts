/** The BrowserDriver for Debian's Chromium with the MV3 build (playwright-core). */
import type { Page, Worker } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/launch-browsers';
import type { BrowserDriver, OpenOptions, TabPage } from './driver';

function wrap(page: Page): TabPage {
  return {
    get url() {
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    waitForSelector: async (selector, timeout = 20_000) => {
      await page.waitForSelector(selector, { timeout, state: 'attached' });
    },
    setInputFiles: (selector, file) => page.setInputFiles(selector, file),
    screenshot: async (path, clip) => {
      // caret 'initial': Playwright otherwise hides carets by setting an inline style on the page's editable
      // elements, which leaves them an empty style attribute (and would fail the DOM-untouched checks).
      await page.screenshot({ path, caret: 'initial', ...(clip ? { clip } : {}) });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(options: { proxyPort?: number } = {}): Promise<BrowserDriver> {
  const session = await launchChromium(options);
  const { context, extensionId } = session;
  const errors: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.location().url}: ${m.text()}`);
  });
  context.on('weberror', (e) => errors.push(`${e.page()?.url() ?? '?'}: ${String(e.error())}`));
  // The background's service worker, and any later one (Chromium stops idle workers and starts new ones).
  const watchWorker = (worker: Worker) =>
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${worker.url()}: ${m.text()}`);
    });
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  let extPage: Promise<Page> | undefined;
  const extensionPage = () =>
    (extPage ??= (async () => {
      const page = await context.newPage();
      // The options page: an extension page that acts on no tab of its own.
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    })());

  return {
    name: 'chromium',
    errors,
    openPage: async (url: string, opts: OpenOptions = {}) => {
      const page = await context.newPage();
      if (opts.init) await page.addInitScript(opts.init);
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage: async (path, selector) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(selector, { timeout: 20_000, state: 'attached' });
      return wrap(page);
    },
    inExtension: async (fn, arg) => (await extensionPage()).evaluate(fn, arg as never),
    logBackgroundError: async (text) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate((t) => console.error(t), text);
    },
    close: () => session.close(),
  };
}
