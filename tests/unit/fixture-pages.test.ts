/**
 * The sample news pages, read as the content script reads them and matched with the shipped knowledge
 * base: every required actor is found under each listed surface as the right entity, no look-alike trap
 * is marked, and nothing is read from fields, editable regions, code or the title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../scripts/lib/html-text';
import { realKb } from './helpers/real-kb';

interface Expected {
  published: string;
  required: { entity: string; qid: string; surfaces: string[]; names?: string[] }[];
  forbidden: { surface: string; context: string; not: string }[];
  never_inside: string[];
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Expected | string>;
const pages = Object.entries(expected).filter((e): e is [string, Expected] => typeof e[1] === 'object');
const { matcher } = realKb();

describe.each(pages)('%s', (page, exp) => {
  const html = readFileSync(join(FIXTURES, 'pages', page), 'utf8');
  const { text, date } = readHtml(html);
  const mentions = matcher.match(text, { date: date! }).map((m) => ({
    ...m,
    surface: text.slice(m.start, m.end),
    name: matcher.nameOf(m.id),
  }));

  it('is dated from its metadata', () => {
    expect(date).toBe(exp.published);
  });

  it.each(exp.required.map((r) => [r.entity, r] as const))('finds %s under every listed surface', (_name, r) => {
    const accepted = new Set([r.entity, ...(r.names ?? [])]);
    const isIt = (m: (typeof mentions)[number]) => (r.qid ? m.id === r.qid : false) || accepted.has(m.name ?? '');
    for (const surface of r.surfaces) {
      expect(
        mentions.some((m) => m.surface === surface && isIt(m)),
        `"${surface}" as ${r.entity}; marked: ${JSON.stringify(mentions.filter((m) => m.surface === surface).map((m) => m.name))}`,
      ).toBe(true);
    }
  });

  it('marks none of the look-alikes', () => {
    for (const f of exp.forbidden) {
      const at = text.indexOf(f.context);
      expect(at, `context "${f.context}" is in the page text`).toBeGreaterThanOrEqual(0);
      const inContext = mentions.filter((m) => m.start >= at && m.end <= at + f.context.length);
      expect(
        inContext.filter((m) => m.surface.toLowerCase() === f.surface.toLowerCase() && m.name === f.not),
        `"${f.surface}" in "${f.context}"`,
      ).toEqual([]);
    }
  });

  it('reads nothing from fields, editable regions, code or the title', () => {
    // Each of these elements holds actor names in the fixture pages; none of their text may be read.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const excluded = exp.never_inside.flatMap((selector) =>
      [...doc.querySelectorAll(selector)].map((el) => ({ selector, inner: (el.textContent ?? '').trim() })),
    );
    // Text also shown elsewhere on the page (the <title> repeats the headline) may be read from there.
    for (const el of doc.querySelectorAll(exp.never_inside.join(','))) el.remove();
    const elsewhere = doc.body.textContent ?? '';
    for (const { selector, inner } of excluded) {
      if (inner.length < 12 || elsewhere.includes(inner)) continue;
      expect(text.includes(inner), `${selector}: "${inner.slice(0, 60)}"`).toBe(false);
    }
    expect(excluded.filter((e) => e.inner.length >= 12 && !elsewhere.includes(e.inner)).length).toBeGreaterThan(2);
  });
});
