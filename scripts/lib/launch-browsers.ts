/**
 * Launches Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi) with
 * the built extension (optionally behind a proxy). See browser-paths.ts for how the executables are found.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath, firefoxPath } from './browser-paths';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROME_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Flags that stop Chromium's own background traffic (it would otherwise reach out on every start). */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--no-pings',
  // Chromium's account service pings Google on start; point it at a closed local port instead.
  '--gaia-url=http://127.0.0.1:9',
  '--google-apis-url=http://127.0.0.1:9',
  // Components installed on demand still ask update.googleapis.com a few seconds after start, even with
  // --disable-component-update: send those checks to the closed port too (a test watching the proxy for
  // the whole session saw them).
  '--component-updater=url-source=http://127.0.0.1:9',
  // NetworkTimeServiceQuerying: the clock check to clients2.google.com/time, also a few seconds after start.
  '--disable-features=NetworkTimeServiceQuerying,Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions,AutofillServerCommunication,ChromeSignin,SigninInterceptBubbleV2,DiceWebSigninInterception',
];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(
  options: { proxyPort?: number; headless?: boolean } = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-chromium-'));
  const args = [`--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`, ...CHROMIUM_QUIET_FLAGS];
  if (options.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  close(): Promise<void>;
}

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

export async function launchFirefox(
  options: { proxyPort?: number; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    // A known moz-extension:// host, so the popup's URL is known in advance.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }),
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Firefox's own remote-settings sync would otherwise call out on start; send it to a closed local port
    // (release builds honour this pref only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set below).
    'services.settings.server': 'http://127.0.0.1:9/v1',
  };
  // Extra preferences a caller needs (the tests: console messages on stdout).
  Object.assign(prefs, options.prefs);
  if (options.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(FIREFOX_DIR);
  return { browser, uuid, close: () => browser.close() };
}
