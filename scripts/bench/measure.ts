/**
 * The timed steps of `npm run bench:match`, shared by the Node child (match-child.ts) and the page in
 * Chromium (match-page.ts), so both measure the same thing. No Node or DOM calls: it runs in either.
 */
import { MatchIndex } from '../../src/core/match-index';
import { Matcher } from '../../src/core/matcher';

export const DATE = '2022-07-18';
/** Scans after the first, timed as the JIT ramps up (the next pages a freshly started worker reads). */
const EARLY_REPEATS = 30;
/** Scans run untimed after those, so that "warm" is the steady state of a worker that has read pages. */
const SETTLE_REPEATS = 70;
const WARM_REPEATS = 30;

export interface RunResult {
  load: number;
  first: number;
  /** Median of scans 2–31. */
  early: number;
  /** Median of 30 scans after 100. */
  warm: number;
  /** Then one scan of a third article, whose new words the matcher has not read before (NaN without one). */
  newPage: number;
  mentions: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Loads the index and times the scans of `text`. Settling alternates with `train` (as a worker reads many
 * pages, so the JIT has seen more than one text); `other`, if given, is then scanned once as a new page.
 */
export function measureMatcher(buffer: ArrayBuffer, text: string, train = text, other?: string): RunResult {
  const t0 = performance.now();
  const matcher = new Matcher([new MatchIndex(buffer)]);
  const t1 = performance.now();
  const mentions = matcher.match(text, { date: DATE }).length;
  const t2 = performance.now();
  const timed = (repeats: number, texts = [text]) => {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const s = performance.now();
      matcher.match(texts[i % texts.length]!, { date: DATE });
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const early = timed(EARLY_REPEATS);
  timed(SETTLE_REPEATS, [text, train]);
  const warm = timed(WARM_REPEATS);
  let newPage = NaN;
  if (other !== undefined) {
    const t3 = performance.now();
    matcher.match(other, { date: DATE });
    newPage = performance.now() - t3;
  }
  return { load: t1 - t0, first: t2 - t1, early, warm, newPage, mentions };
}
