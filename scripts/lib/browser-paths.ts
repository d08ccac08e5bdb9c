/**
 * Where the browsers are: CHROME_PATH / FIREFOX_PATH if set, else Debian's packages. Used by the
 * real-browser tests, the demo and ensure-browsers.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

function which(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function find(envVar: string, candidates: string[], names: string[]): string | undefined {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((p) => existsSync(p)) ?? names.map(which).find(Boolean);
}

export function findChromium(): string | undefined {
  return find('CHROME_PATH', CHROMIUM_CANDIDATES, ['chromium', 'chromium-browser', 'google-chrome']);
}
export function findFirefox(): string | undefined {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES, ['firefox-esr', 'firefox']);
}

export function chromiumPath(): string {
  const p = findChromium();
  if (!p) throw new Error('Chromium not found: run `npx tsx scripts/ensure-browsers.ts` or set CHROME_PATH');
  return p;
}
export function firefoxPath(): string {
  const p = findFirefox();
  if (!p) throw new Error('Firefox not found: run `npx tsx scripts/ensure-browsers.ts` or set FIREFOX_PATH');
  return p;
}
