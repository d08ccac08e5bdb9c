/**
 * Cooperative slicing: long work runs in slices of a few milliseconds and yields between them, so the
 * page never has a long task from us (the target: no task over 50 ms, even on a 1 MB page at 4× CPU
 * throttling). Uses scheduler.yield() where available, a macrotask otherwise.
 */

/** Work per slice: leaves the frame budget (16 ms) to the page. */
export const SLICE_MS = 8;

export function yieldToMain(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** A deadline function for one slice starting now. */
export function sliceDeadline(win: Window, ms = SLICE_MS): () => boolean {
  const end = win.performance.now() + ms;
  return () => win.performance.now() >= end;
}

/** Runs `step(deadline)` in slices until it returns true or the signal aborts. */
export async function runSliced(
  win: Window,
  signal: AbortSignal,
  step: (deadline: () => boolean) => boolean,
): Promise<boolean> {
  for (;;) {
    if (signal.aborted) return false;
    if (step(sliceDeadline(win))) return true;
    await yieldToMain(win);
  }
}
