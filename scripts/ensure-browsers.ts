/**
 * Makes sure Chromium and Firefox are installed for the demo and the real-browser tests. When one is
 * missing and we are root on a Debian-like system, installs Debian's `chromium` / `firefox-esr` with apt
 * (nothing is downloaded from anywhere but the distribution); otherwise stops with instructions.
 * Usage: tsx scripts/ensure-browsers.ts [--chromium-only]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from './lib/browser-paths';

const chromiumOnly = process.argv.includes('--chromium-only');
const missing: string[] = [];
if (!findChromium()) missing.push('chromium');
if (!chromiumOnly && !findFirefox()) missing.push('firefox-esr');

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROME_PATH && !process.env.FIREFOX_PATH) {
  console.log(`Installing ${missing.join(' and ')} from Debian's packages (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if ((!chromiumOnly && !findFirefox()) || !findChromium()) {
    console.error('apt-get finished but a browser is still missing.');
    process.exit(1);
  }
  process.exit(0);
}

console.error(
  [
    `Dramatis needs ${missing.join(' and ')} for this command, and could not install ${missing.length > 1 ? 'them' : 'it'}.`,
    'Either install them yourself, e.g. on Debian/Ubuntu:',
    `  sudo apt-get install ${missing.join(' ')}`,
    'or point Dramatis at existing browsers:',
    '  CHROME_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test',
  ].join('\n'),
);
process.exit(1);
