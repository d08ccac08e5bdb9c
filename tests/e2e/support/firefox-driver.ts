/** The BrowserDriver for Debian's Firefox ESR with the MV2 build (puppeteer-core over WebDriver BiDi). */
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox } from '../../../scripts/lib/launch-browsers';
import type { BrowserDriver, OpenOptions, TabPage } from './driver';

/**
 * Lines of Firefox's output that report an error from web or extension code: uncaught errors and rejections
 * in a moz-extension:// or http page (the background page included), and console.error calls with a
 * message ("console.error: \"…\""). Firefox's own modules also print there, as resource:// errors or
 * prefixed loggers ("console.error: RSLoader: "): those are not the extension's.
 */
const FROM_EXTENSION_OR_PAGE = /^(JavaScript error: (moz-extension|https?):\/\/|console\.error: ")/;

/** Between two looks for a selector. */
const POLL_MS = 50;

/**
 * Waits for `selector` by polling. Puppeteer's own waitForSelector can fail outright (a BiDi "script.evaluate"
 * error) when it runs while an extension page replaces the tab's about:blank; a poll just tries again.
 */
export async function pollSelector(page: Page, selector: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector).catch(() => null);
    if (found) return;
    if (Date.now() > end) throw new Error(`no ${selector} in ${page.url()} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function wrap(page: Page): TabPage {
  return {
    get url() {
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    waitForSelector: (selector, timeout = 20_000) => pollSelector(page, selector, timeout),
    setInputFiles: async (selector, file) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    screenshot: async (path, clip) => {
      await page.screenshot({ path, ...(clip ? { clip } : {}) });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function firefoxDriver(options: { proxyPort?: number } = {}): Promise<BrowserDriver> {
  // The background page is no target puppeteer can watch: Firefox prints its console messages and uncaught
  // errors (with every other page's) on its own output instead, with this preference.
  const session = await launchFirefox({ ...options, prefs: { 'devtools.console.stdout.content': true } });
  const { browser, uuid } = session;
  const errors: string[] = [];
  const output = browser.process();
  let partial = '';
  const onOutput = (chunk: Buffer | string) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (FROM_EXTENSION_OR_PAGE.test(line)) errors.push(`firefox: ${line}`);
  };
  output?.stdout?.on('data', onOutput);
  output?.stderr?.on('data', onOutput);
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
  };
  const openExtensionPage = async (path: string, selector: string) => {
    const page = await browser.newPage();
    watch(page);
    // Puppeteer never sees an extension page's load event: start the navigation, wait for content.
    page.goto(`moz-extension://${uuid}/${path}`).catch(() => {});
    await pollSelector(page, selector, 20_000);
    return page;
  };
  let extPage: Promise<Page> | undefined;
  const extensionPage = () => (extPage ??= openExtensionPage('options.html', 'h1'));

  return {
    name: 'firefox',
    errors,
    openPage: async (url: string, opts: OpenOptions = {}) => {
      const page = await browser.newPage();
      watch(page);
      if (opts.init) await page.evaluateOnNewDocument(opts.init);
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage: async (path, selector) => wrap(await openExtensionPage(path, selector)),
    inExtension: async (fn, arg) => (await extensionPage()).evaluate(fn, arg as never),
    logBackgroundError: async (text) => {
      await (
        await extensionPage()
      ).evaluate(async (t) => {
        const api = (
          globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<{ console: Console }> } } }
        ).browser;
        (await api.runtime.getBackgroundPage()).console.error(t);
      }, text);
    },
    close: () => session.close(),
  };
}
