/**
 * The matcher timed inside Chromium, where the extension runs: a fresh headless browser per run (left 3 s to
 * finish starting) loads the bundled matcher into a page served from 127.0.0.1, fetches the index and the
 * article, and times load, the first scan, scans 2–31 and the warm scan (see match-page.ts). Returns
 * undefined when Chromium is missing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../lib/browser-paths';
import { CHROMIUM_QUIET_FLAGS } from '../lib/launch-browsers';
import type { PageResult, run } from './match-page';

/** How long a fresh browser is left to finish starting before the matcher is timed. */
const SETTLE_MS = 3000;

export async function benchInChromium(
  cacheDir: string,
  indexFile: string,
  textFile: string,
  runs: number,
): Promise<PageResult[] | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const bundle = join(cacheDir, 'bench-page.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'match-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: bundle,
    logLevel: 'warning',
  });
  const files: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', ''],
    '/bench-page.mjs': ['text/javascript', bundle],
    '/index.bin': ['application/octet-stream', join(cacheDir, indexFile)],
    '/article.txt': ['text/plain; charset=utf-8', join(cacheDir, textFile)],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0] });
    res.end(file[1] ? readFileSync(file[1]) : '<!doctype html><title>bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: PageResult[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_QUIET_FLAGS });
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/`);
        // A browser just started is still busy starting on both cores: measured at once, the first scan took
        // 2–3× longer. A worker reading its first page runs in a browser already up.
        await page.waitForTimeout(SETTLE_MS);
        results.push(
          await page.evaluate(async () => {
            // A URL served above, not a module path: kept in a variable so neither TypeScript nor a bundler resolves it.
            const url = '/bench-page.mjs';
            const page = (await import(url)) as { run: typeof run };
            return page.run('/index.bin', '/article.txt');
          }),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  return results;
}
