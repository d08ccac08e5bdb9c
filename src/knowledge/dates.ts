/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). Pure. */

/**
 * Compares partial ISO dates by their common precision: "2022" equals "2022-07-18" (neither is known to
 * come first), so a year-precision end never contradicts a day-precision start in the same year.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
