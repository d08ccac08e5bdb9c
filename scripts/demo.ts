/**
 * `npm start`: builds both targets and shows Dramatis on the bundled sample news pages.
 * - With a display: opens Chromium with the extension loaded on a sample page, until you close it.
 * - Without one (servers, CI): runs headless and writes into demo-output/ a screenshot of each annotated
 *   page, of an open hover card (light and dark), and the list of actors found, then prints where.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageState } from '../src/messaging/protocol';
import { ROOT, launchChromium, type ChromiumSession } from './lib/launch-browsers';
import { PAGES_DIR, startServer, type TestServer } from './lib/page-server';

const OUT = join(ROOT, 'demo-output');
/** Each sample page, and the name whose card the demo opens. */
const SAMPLES = [
  { page: 'tehran-summit.html', hover: 'Ebrahim Raisi' },
  { page: 'putin-to-visit-tehran.html', hover: 'Dmitry Peskov' },
];
/** A dark page: the same article with a dark background, to show the card's dark theme. */
const DARK_STYLE = '<style>html,body{background:#15161a!important;color:#e8e8ea!important}a{color:#8ab4f8}</style>';

function step(title: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
}

async function waitForHighlights(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('dramatis-underline')?.size ?? 0) >
      0,
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(
    () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('dramatis-underline')!.size,
  );
}

/** Centre of the first highlighted range reading exactly `surface`. */
async function mentionPoint(page: Page, surface: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((wanted) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('dramatis-underline');
    for (const r of h ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== wanted) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, surface);
}

async function screenshotCard(page: Page, surface: string, path: string): Promise<boolean> {
  const point = await mentionPoint(page, surface);
  if (!point) return false;
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = page.locator('dramatis-card');
  try {
    await card.waitFor({ state: 'attached', timeout: 5000 });
    await page.waitForTimeout(250);
  } catch {
    return false;
  }
  const box = await card.evaluate((el) => {
    const r = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const pad = 24;
  const x = Math.max(0, Math.min(point.x, box.x) - pad);
  const y = Math.max(0, Math.min(point.y, box.y) - pad - 20);
  const right = Math.max(point.x, box.x + box.width) + pad;
  const bottom = Math.max(point.y, box.y + box.height) + pad;
  await page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } });
  await page.keyboard.press('Escape');
  return true;
}

async function pageState(session: ChromiumSession, url: string): Promise<PageState | undefined> {
  const worker = session.context.serviceWorkers()[0]!;
  return worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) return undefined;
    const reply = await chrome.tabs.sendMessage<unknown, { res?: PageState }>(tab.id, {
      id: 1,
      type: 'pageState',
      data: undefined,
      timestamp: Date.now(),
    });
    return reply.res;
  }, url);
}

function actorTable(state: PageState): string {
  const rows = state.actors.map(
    (a) => `${a.name.padEnd(38)} ${a.kind.padEnd(28)} ×${String(a.count).padEnd(3)} ${a.description}`,
  );
  return [`${'Actor'.padEnd(38)} ${'Kind'.padEnd(28)} ${'N'.padEnd(4)} Description`, ...rows].join('\n') + '\n';
}

async function headless(server: TestServer): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const session = await launchChromium();
  const written: string[] = [];
  try {
    for (const sample of SAMPLES) {
      const name = sample.page.replace(/\.html$/, '');
      const page = await session.context.newPage();
      await page.goto(server.url(sample.page));
      const count = await waitForHighlights(page);
      const annotated = join(OUT, `${name}-annotated.png`);
      await page.screenshot({ path: annotated, fullPage: true });
      written.push(annotated);
      const state = await pageState(session, server.url(sample.page));
      if (state) {
        writeFileSync(join(OUT, `${name}-actors.json`), JSON.stringify(state, null, 2) + '\n');
        writeFileSync(join(OUT, `${name}-actors.txt`), actorTable(state));
        written.push(join(OUT, `${name}-actors.txt`), join(OUT, `${name}-actors.json`));
        console.log(`\n${sample.page}: ${count} highlights, ${state.actors.length} actors\n${actorTable(state)}`);
      }
      const card = join(OUT, `${name}-card-light.png`);
      if (await screenshotCard(page, sample.hover, card)) written.push(card);
      await page.close();

      const dark = await session.context.newPage();
      await dark.goto(server.url(`dark/${sample.page}`));
      await waitForHighlights(dark);
      const darkCard = join(OUT, `${name}-card-dark.png`);
      if (await screenshotCard(dark, sample.hover, darkCard)) written.push(darkCard);
      await dark.close();
    }
  } finally {
    await session.close();
  }
  console.log('\nDemo output:');
  for (const f of written) console.log(`  ${relative(process.cwd(), f)}`);
}

async function headed(server: TestServer): Promise<void> {
  const session = await launchChromium({ headless: false });
  const page = await session.context.newPage();
  await page.goto(server.url(SAMPLES[0]!.page));
  console.log(`\nChromium is open with Dramatis on ${server.url(SAMPLES[0]!.page)}.`);
  console.log(`Other sample: ${server.url(SAMPLES[1]!.page)}. Hover a marked name; close the window to finish.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

async function main(): Promise<void> {
  step('Browser', 'npx', ['tsx', 'scripts/ensure-browsers.ts', '--chromium-only']);
  step('Build (Chrome MV3 and Firefox MV2)', 'npm', ['run', '--silent', 'build']);
  const server = await startServer();
  for (const sample of SAMPLES) {
    const html = readFileSync(join(PAGES_DIR, sample.page), 'utf8').replace('</head>', `${DARK_STYLE}</head>`);
    server.addPage(`dark/${sample.page}`, html);
  }
  try {
    const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
    if (display && !process.argv.includes('--headless')) await headed(server);
    else await headless(server);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
