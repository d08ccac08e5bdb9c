/**
 * The article's publication date, from the page's metadata: `article:published_time` and its variants,
 * JSON-LD `datePublished`, then a `<time>` element. Undefined when the page says nothing (the caller
 * falls back to today). Reads only; takes the document as a parameter.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** A plausible calendar date at the start of a string: "2022-07-12T14:00:00Z" → "2022-07-12". */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A day the calendar has: "2022-02-30" is a CMS default or a typo, not a date to judge roles by.
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    try {
      const found = findDatePublished(JSON.parse(raw) as unknown, 0);
      if (found) return found;
    } catch {
      // Sites ship invalid JSON-LD (single quotes, trailing commas): read the field directly.
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(raw);
      const day = isoDay(m?.[1]);
      if (day) return day;
    }
  }
  return undefined;
}

function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > 6 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  const day = typeof obj.datePublished === 'string' ? isoDay(obj.datePublished) : undefined;
  if (day) return day;
  return findDatePublished(obj['@graph'], depth + 1) ?? findDatePublished(obj.mainEntity, depth + 1);
}

export function pageDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  // The first <time> holding a date: a reading time ("PT5M") or a time of day ("14:30") comes first on some pages.
  for (const selector of ['article time[datetime], main time[datetime]', 'time[datetime]']) {
    for (const time of doc.querySelectorAll(selector)) {
      const day = isoDay(time.getAttribute('datetime'));
      if (day) return day;
    }
  }
  return undefined;
}
