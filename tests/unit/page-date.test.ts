/** The article's date, from whatever metadata the page has; garbage never becomes a date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/content/page-date';
import { loadFixture, loadPage } from './helpers/dom';

const dateOf = (head: string, bodyHtml = '<p>Text</p>') =>
  pageDate(loadPage(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`));
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('meta tags', () => {
  it.each([
    '<meta property="article:published_time" content="2022-07-12T14:00:00Z">',
    '<meta name="article:published_time" content="2022-07-12T14:00:00+03:00">',
    '<meta property="og:published_time" content="2022-07-12">',
    '<meta itemprop="datePublished" content="2022-07-12T09:00">',
    '<meta name="pubdate" content="2022-07-12">',
    '<meta name="publishdate" content="2022-07-12">',
    '<meta name="date" content="2022-07-12">',
    '<meta name="dc.date" content="2022-07-12">',
    '<meta name="DC.date.issued" content="2022-07-12">',
    '<meta name="parsely-pub-date" content="2022-07-12T14:00:00Z">',
    '<meta name="sailthru.date" content=" 2022-07-12 14:00:00">',
  ])('reads %s', (meta) => {
    expect(dateOf(meta)).toBe('2022-07-12');
  });

  it('prefers article:published_time to the other sources', () => {
    expect(
      dateOf(
        `<meta name="date" content="2020-01-01">${ld('{"datePublished":"2021-01-01"}')}` +
          '<meta property="article:published_time" content="2022-07-12T14:00:00Z">',
        '<article><time datetime="2019-01-01">old</time></article>',
      ),
    ).toBe('2022-07-12');
  });
});

describe('JSON-LD', () => {
  it('reads datePublished of an article', () => {
    expect(
      dateOf(ld('{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-07-12T14:00:00Z"}')),
    ).toBe('2022-07-12');
  });

  it('finds datePublished inside @graph', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'NewsArticle', headline: 'x', datePublished: '2022-07-12T14:00:00Z' },
      ],
    });
    expect(dateOf(ld(json))).toBe('2022-07-12');
  });

  it('finds datePublished in a top-level array and in mainEntity', () => {
    expect(dateOf(ld('[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2022-07-12"}]'))).toBe(
      '2022-07-12',
    );
    expect(dateOf(ld('{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2022-07-12"}}'))).toBe(
      '2022-07-12',
    );
  });

  it('reads the date from invalid JSON-LD (single quotes, trailing commas)', () => {
    expect(
      dateOf(ld(`{"@type":"NewsArticle","headline":'A "quoted" title',"datePublished":"2022-07-12T14:00:00Z",}`)),
    ).toBe('2022-07-12');
  });

  it('goes on to the next block when one is unreadable or has no date', () => {
    expect(
      dateOf(ld('{ not json at all') + ld('{"@type":"Organization"}') + ld('{"datePublished":"2022-07-12"}')),
    ).toBe('2022-07-12');
  });

  it('ignores a garbage datePublished and falls back to <time>', () => {
    expect(
      dateOf(
        ld('{"datePublished":"yesterday"}'),
        '<article><time datetime="2022-07-12T08:00:00Z">Tuesday</time></article>',
      ),
    ).toBe('2022-07-12');
  });
});

describe('<time datetime>', () => {
  it('prefers a time in the article to one elsewhere on the page', () => {
    expect(
      dateOf(
        '',
        '<header><time datetime="2024-01-01">Today</time></header><article><time datetime="2022-07-12">12 July</time></article>',
      ),
    ).toBe('2022-07-12');
  });

  it('uses any dated <time> when the page has no article element', () => {
    expect(dateOf('', '<div><time datetime="2022-07-12T08:00">12 July</time></div>')).toBe('2022-07-12');
  });

  it('skips a <time> that holds no date (a time of day, a duration) and reads the next', () => {
    expect(
      dateOf(
        '',
        '<article><p>Reading time <time datetime="PT5M">5 min</time>, updated <time datetime="14:30">2:30 pm</time></p>' +
          '<p class="byline"><time datetime="2022-07-12">12 July 2022</time></p></article>',
      ),
    ).toBe('2022-07-12');
  });
});

describe('garbage', () => {
  it.each([
    ['empty', ''],
    ['words', 'yesterday'],
    ['a long-form date', 'July 12, 2022'],
    ['zeros', '0000-00-00'],
    ['month 13', '2022-13-01'],
    ['day 32', '2022-07-32'],
    ['30 February', '2022-02-30'],
    ['31 April', '2022-04-31'],
    ['a year too early', '1066-10-14'],
    ['a year too late', '9999-12-31'],
  ])('is no date: %s', (_name, value) => {
    expect(dateOf(`<meta property="article:published_time" content="${value}">`)).toBeUndefined();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(dateOf('<meta name="date" content="2024-02-29">')).toBe('2024-02-29');
    expect(dateOf('<meta name="date" content="2023-02-29">')).toBeUndefined();
  });

  it('falls through a garbage meta tag to a valid one', () => {
    expect(
      dateOf('<meta property="article:published_time" content="undefined"><meta name="pubdate" content="2022-07-12">'),
    ).toBe('2022-07-12');
  });

  it('is undefined on a page that says nothing (the caller uses today)', () => {
    expect(dateOf('<title>No date</title>', '<p>Published recently.</p>')).toBeUndefined();
  });
});

describe('the fixture pages', () => {
  const expected = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/expected.json'), 'utf8')) as Record<
    string,
    { published?: string }
  >;
  const pages = Object.entries(expected).filter(([name]) => name.endsWith('.html'));

  it.each(pages)('%s is dated as expected', (name, { published }) => {
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pageDate(loadFixture(name))).toBe(published);
  });

  it('reads the fixtures’ invalid JSON-LD on its own', () => {
    const doc = loadFixture('putin-to-visit-tehran.html');
    doc.querySelectorAll('meta, time').forEach((el) => el.remove());
    expect(pageDate(doc)).toBe('2022-07-12');
  });
});
