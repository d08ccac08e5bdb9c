/** Loading pages into happy-dom's document: the fixture pages from disk, or a hand-made body. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(process.cwd(), 'tests/fixtures/pages');

export function fixtureHtml(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

/**
 * Replaces the test document's head and body, and its root's attributes (`lang`), with those of `html` (a
 * whole page) and returns the document.
 */
export function loadPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const attr of parsed.documentElement.attributes) root.setAttribute(attr.name, attr.value);
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

export function loadFixture(name: string): Document {
  return loadPage(fixtureHtml(name));
}

/** Sets the body's HTML and returns the body. */
export function body(html: string): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document.body;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
