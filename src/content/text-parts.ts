/**
 * Cuts a page's text into parts small enough to send to the background in one message, at block breaks
 * (blank lines) so that no name is cut in two. A gigantic page (a log, a data dump, an endless feed) is
 * read part by part instead of being rejected whole. Pure.
 */

/** Characters per message: a long book chapter is ~100k; the background scans this much in tens of ms. */
export const MAX_PART_CHARS = 500_000;

export interface TextPart {
  start: number;
  end: number;
}

export function splitText(text: string, max = MAX_PART_CHARS): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    // The last block break before the limit, else the last line break, else the last space, else cut.
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    parts.push({ start, end: cut });
    start = cut;
  }
  parts.push({ start, end: text.length });
  return parts;
}
