/**
 * Release packaging: `npm run zip` makes the Chrome zip, the Firefox zip and the Firefox sources zip;
 * the Firefox build passes `web-ext lint` with no errors; and the sources zip, unpacked in a clean folder
 * and built the way a store reviewer would, reproduces the Firefox build byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/launch-browsers';

const OUT = join(ROOT, '.output');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The environment of a user's shell: vitest's own variables (NODE_ENV=test, VITEST…) would change the build. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'),
);
const run = (cmd: string, args: string[], cwd = ROOT) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

let scratch: string;
// Full builds (each compiles the knowledge base): about a minute for two on an idle two-core machine, but a CI
// run on a busy one took over the suite's default two minutes. Six minutes leaves room without hiding a hang.
const BUILDS_TIMEOUT = 360_000;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'dramatis-release-'));
  run('npx', ['wxt', 'zip']);
  run('npx', ['wxt', 'zip', '-b', 'firefox']);
}, BUILDS_TIMEOUT);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('release packaging', () => {
  it('produces the Chrome zip, the Firefox zip and the sources zip', () => {
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
    expect(zips).toEqual(
      expect.arrayContaining([
        `dramatis-${version}-chrome.zip`,
        `dramatis-${version}-firefox.zip`,
        `dramatis-${version}-sources.zip`,
      ]),
    );
  });

  it('passes web-ext lint with no errors', () => {
    let output: string;
    try {
      output = run('npx', [
        'web-ext',
        'lint',
        '--source-dir',
        join(OUT, 'firefox-mv2'),
        '--output',
        'json',
        '--no-config-discovery',
      ]);
    } catch (err) {
      output = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it(
    'rebuilds the Firefox package byte for byte from the sources zip',
    async () => {
      const zip = await JSZip.loadAsync(readFileSync(join(OUT, `dramatis-${version}-sources.zip`)));
      const src = join(scratch, 'src');
      for (const entry of Object.values(zip.files)) {
        if (entry.dir) continue;
        const target = join(src, entry.name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, await entry.async('nodebuffer'));
      }
      // Exactly what the README tells a reviewer to run.
      run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], src);
      run('npx', ['wxt', 'build', '-b', 'firefox'], src);
      const built = join(OUT, 'firefox-mv2');
      const rebuilt = join(src, '.output', 'firefox-mv2');
      const names = files(built)
        .map((f) => relative(built, f))
        .sort();
      expect(
        files(rebuilt)
          .map((f) => relative(rebuilt, f))
          .sort(),
      ).toEqual(names);
      const differing = names.filter((n) => !readFileSync(join(built, n)).equals(readFileSync(join(rebuilt, n))));
      expect(differing).toEqual([]);
    },
    BUILDS_TIMEOUT,
  );
});
