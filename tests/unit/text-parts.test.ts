/** A gigantic page is sent to the background in parts that never cut a name in two. */
import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/content/text-parts';

describe('splitting a page’s text for matching', () => {
  it('keeps an ordinary page whole', () => {
    expect(splitText('Putin met Erdogan.', 100)).toEqual([{ start: 0, end: 18 }]);
  });

  it('cuts a long page at block breaks, covering every character once', () => {
    const block = 'Vladimir Putin met Recep Tayyip Erdogan in Tehran.';
    const text = Array.from({ length: 50 }, () => block).join('\n\n');
    const parts = splitText(text, 300);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(300);
      // Every part holds whole sentences: no name is cut.
      expect(
        text
          .slice(p.start, p.end)
          .trim()
          .split(/\n\n/)
          .every((b) => b === block),
      ).toBe(true);
    }
  });

  it('falls back to spaces, then to a hard cut, on text with no breaks', () => {
    const words = 'Putin '.repeat(100);
    const parts = splitText(words, 64);
    for (const p of parts)
      expect(
        words
          .slice(p.start, p.end)
          .trim()
          .split(' ')
          .every((w) => w === 'Putin'),
      ).toBe(true);
    const blob = 'x'.repeat(1000);
    expect(splitText(blob, 100)).toHaveLength(10);
  });
});
