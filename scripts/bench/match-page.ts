/**
 * The measured run of `npm run bench:match` inside Chromium: bench-match.ts bundles this file for the
 * browser, serves it with the index and the article, and calls run() in a fresh browser each time.
 * Same steps as match-child.ts, minus the second and third articles.
 */
import { MatchIndex } from '../../src/core/match-index';
import { Matcher } from '../../src/core/matcher';

export interface PageResult {
  load: number;
  first: number;
  early: number;
  warm: number;
  mentions: number;
}

const DATE = '2022-07-18';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(indexUrl: string, textUrl: string): Promise<PageResult> {
  const buffer = await (await fetch(indexUrl)).arrayBuffer();
  const text = await (await fetch(textUrl)).text();
  const t0 = performance.now();
  const matcher = new Matcher([new MatchIndex(buffer)]);
  const t1 = performance.now();
  const mentions = matcher.match(text, { date: DATE }).length;
  const t2 = performance.now();
  const timed = (repeats: number) => {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const s = performance.now();
      matcher.match(text, { date: DATE });
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const early = timed(30);
  timed(70);
  const warm = timed(30);
  return { load: t1 - t0, first: t2 - t1, early, warm, mentions };
}
