/**
 * The measured run of `npm run bench:match` inside Chromium: bench-match.ts bundles this file for the
 * browser, serves it with the index and the article, and calls run() in a fresh browser each time. The
 * steps are measure.ts's, minus the second and third articles.
 */
import { measureMatcher, type RunResult } from './measure';

export type PageResult = Omit<RunResult, 'newPage'>;

export async function run(indexUrl: string, textUrl: string): Promise<PageResult> {
  const buffer = await (await fetch(indexUrl)).arrayBuffer();
  const text = await (await fetch(textUrl)).text();
  const { newPage: _none, ...result } = measureMatcher(buffer, text);
  return result;
}
