/**
 * One measured run of `npm run bench:match`, in a fresh process. bench-match.ts bundles this file with
 * esbuild and runs the bundle with plain node, so the matcher is timed as the extension ships it: one
 * scope-hoisted module. (Run through tsx, every imported constant becomes a getter call, which made the
 * scan look 3-4× slower than the shipped code.)
 *
 *   node bench-child.mjs real|real-short|synthetic|regex-real|regex-synthetic CACHE_DIR
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, measureMatcher, type RunResult } from './measure';

export interface RegexResult {
  compile: number;
  first: number;
  warm: number;
  matches: number;
}

function measureRegex(aliases: string[], text: string): RegexResult {
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const t0 = performance.now();
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const t1 = performance.now();
  const first = [...text.matchAll(re)].length;
  const t2 = performance.now();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    void [...text.matchAll(re)].length;
    warm.push(performance.now() - s);
  }
  return { compile: t1 - t0, first: t2 - t1, warm: median(warm), matches: first };
}

function readBuffer(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

function run(mode: string, dir: string): RunResult | RegexResult {
  const synthetic = mode === 'synthetic' || mode === 'regex-synthetic';
  const textFile =
    mode === 'real-short' ? 'bench-short-article.txt' : synthetic ? 'bench-synthetic-article.txt' : 'bench-article.txt';
  const text = readFileSync(join(dir, textFile), 'utf8');
  const train = readFileSync(join(dir, 'bench-train-article.txt'), 'utf8');
  const other = readFileSync(join(dir, 'bench-other-article.txt'), 'utf8');
  if (mode === 'real' || mode === 'real-short')
    return measureMatcher(readBuffer(join(dir, 'index.bin')), text, train, other);
  if (mode === 'synthetic') return measureMatcher(readBuffer(join(dir, 'bench-synthetic.bin')), text, train, other);
  const file = mode === 'regex-real' ? 'bench-real-aliases.json' : 'bench-synthetic-aliases.json';
  return measureRegex(JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[], text);
}

/**
 * A fixed piece of native work (SHA-256 of 8 MB), timed after the run: it costs the same every time and does
 * not depend on the JIT, so its spread across runs shows how steady the machine was.
 */
function steadiness(): number {
  const data = Buffer.alloc(8 << 20, 7);
  const s = performance.now();
  createHash('sha256').update(data).digest();
  return performance.now() - s;
}

const result = run(process.argv[2]!, process.argv[3]!);
process.stdout.write(JSON.stringify({ ...result, steady: steadiness() }));
