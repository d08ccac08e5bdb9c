/**
 * What a real-browser test reads in a web page, from its main world: the ranges registered in the CSS
 * highlight registry (the text a user sees marked), the card's shadow root (open, see src/card/mount.tsx),
 * focus, and the page's serialized DOM. Every function passed to `evaluate` is self-contained: it is
 * serialized and run in the browser.
 */
import type { TabPage } from './driver';

/** The registry names the content script uses (src/content/highlights.ts). */
export const MAIN_HIGHLIGHT = 'dramatis-underline';
export const ACTIVE_HIGHLIGHT = 'dramatis-active';
/** One of these holds the marks, depending on the highlight style the user chose. */
export const STYLE_HIGHLIGHTS = [MAIN_HIGHLIGHT, 'dramatis-background', 'dramatis-hover'];
/** Elements whose text a user reads as one unit: a trap sentence, a paragraph, a list item. */
const BLOCK_SELECTOR = 'p,li,h1,h2,h3,h4,figcaption,td,th,blockquote,div,section,article,aside,header,footer,title';

export interface MarkedRange {
  text: string;
  /** Text of the nearest block around the range (to find trap sentences). */
  block: string;
  /** Which of the `never` selectors the range is inside. */
  inside: string[];
  connected: boolean;
  /** Where the range starts in document coordinates ("top,left"): tells two ranges of the same words apart. */
  at: string;
}

/** Ranges registered under `name`, in registration order. */
export function markedRanges(page: TabPage, never: string[] = [], name = MAIN_HIGHLIGHT): Promise<MarkedRange[]> {
  return page.evaluate(
    ({ never, name, blockSelector }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights;
      const out: MarkedRange[] = [];
      for (const r of registry.get(name) ?? []) {
        const connected = r.startContainer.isConnected && r.endContainer.isConnected;
        const range = document.createRange();
        let text = '';
        let at = '';
        if (connected) {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
          const box = range.getClientRects()[0];
          at = `${Math.round((box?.top ?? 0) + window.scrollY)},${Math.round((box?.left ?? 0) + window.scrollX)}`;
        }
        const el = r.startContainer.parentElement;
        const endEl = r.endContainer.parentElement;
        out.push({
          text,
          block: el?.closest(blockSelector)?.textContent ?? '',
          inside: never.filter((s) => !!el?.closest(s) || !!endEl?.closest(s)),
          connected,
          at,
        });
      }
      return out;
    },
    { never, name, blockSelector: BLOCK_SELECTOR },
  );
}

/** How many ranges each highlight name holds. */
export function highlightSizes(page: TabPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights)
      out[name] = h.size;
    return out;
  });
}

export async function markedCount(page: TabPage): Promise<number> {
  return (await highlightSizes(page))[MAIN_HIGHLIGHT] ?? 0;
}

/** Text of the range shown as active (the mention whose card is open). */
export async function activeText(page: TabPage): Promise<string | undefined> {
  return (await markedRanges(page, [], ACTIVE_HIGHLIGHT))[0]?.text;
}

export interface CardState {
  /** The card's heading. */
  name: string;
  /** All the card's text, its parts separated by newlines. */
  text: string;
  /** Labels of the role sections with their content: "At the time of this article (…)" → "President of Iran · …". */
  sections: { label: string; text: string }[];
  dark: boolean;
  /** The card's computed background colour. */
  background: string;
  /** Keyboard focus is inside the card. */
  focused: boolean;
  /** The card's accessible role and name. */
  role: string | null;
  labelledBy: string;
  /** The card's box in the viewport. */
  box: { x: number; y: number; width: number; height: number };
  /** How many UI hosts the page has (there must be one at most). */
  hosts: number;
}

/** The open card, read from the `dramatis-card` host's shadow root; undefined when no card is shown. */
export function cardState(page: TabPage): Promise<CardState | undefined> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('dramatis-card');
    const host = hosts[0];
    const root = host?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!host || !root || !card) return undefined;
    const r = card.getBoundingClientRect();
    const title = card.getAttribute('aria-labelledby') ?? '';
    return {
      name: root.querySelector('h2')?.textContent ?? '',
      text: card.innerText,
      sections: [...card.querySelectorAll('.roles')].map((s) => ({
        label: s.querySelector('.roles-label')?.textContent ?? '',
        text: [...s.querySelectorAll('li, .ended')].map((li) => li.textContent ?? '').join('\n'),
      })),
      dark: card.classList.contains('dark'),
      background: getComputedStyle(card).backgroundColor,
      focused: document.activeElement === host && !!root.activeElement && card.contains(root.activeElement),
      role: card.getAttribute('role'),
      labelledBy: root.getElementById(title)?.textContent ?? '',
      box: { x: r.left, y: r.top, width: r.width, height: r.height },
      hosts: hosts.length,
    };
  });
}

/** Waits until the card's opening animation has finished (a screenshot mid-fade shows it half transparent). */
export function cardSettled(page: TabPage): Promise<void> {
  return page.evaluate(async () => {
    const card = document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card');
    await Promise.all((card?.getAnimations() ?? []).map((a) => a.finished));
  });
}

/**
 * Scrolls the `nth` marked range reading `surface` into the middle of the viewport and returns the
 * centre of its first line box, or undefined when no marked range reads so.
 */
export function mentionPoint(page: TabPage, surface: string, nth = 0): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ({ surface, nth, names }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights;
      const main = names.map((n) => registry.get(n)).find(Boolean);
      let seen = 0;
      for (const r of main ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== surface || seen++ < nth) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return undefined;
    },
    { surface, nth, names: STYLE_HIGHLIGHTS },
  );
}

/** The whole document as markup. */
export function serializedDom(page: TabPage): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/**
 * The document as markup without Dramatis's UI host (the one node it may add while a card is shown).
 * The host's markup is cut out of the page's: serializing a clone instead would not do, as Chromium
 * clones editable elements with an empty style attribute they do not have.
 */
export function serializedDomWithoutUi(page: TabPage): Promise<{ html: string; hosts: number }> {
  return page.evaluate(() => {
    let html = document.documentElement.outerHTML;
    const hosts = document.querySelectorAll('dramatis-card');
    hosts.forEach((h) => (html = html.replace(h.outerHTML, '')));
    return { html, hosts: hosts.length };
  });
}

/**
 * An init script: records the document's markup when it has been parsed (DOMContentLoaded, before any
 * content script at document_idle runs) in `window.__dramatisBefore`.
 */
export function recordDomAtParse(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      (window as unknown as { __dramatisBefore: string }).__dramatisBefore = document.documentElement.outerHTML;
    },
    { once: true },
  );
}

export function domAtParse(page: TabPage): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __dramatisBefore?: string }).__dramatisBefore);
}

/** The element with keyboard focus in the page: its tag and text. */
export function focusedElement(page: TabPage): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}` : '';
  });
}
