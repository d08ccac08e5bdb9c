/** Text extraction: what is read, where blocks end, and how offsets lead back to the page's text nodes. */
import { describe, expect, it } from 'vitest';
import {
  BLOCK_BREAK,
  Extraction,
  extractText,
  insideSkipped,
  nodeAt,
  UI_HOST_ATTRIBUTE,
  type ExtractedText,
} from '../../src/content/extract';
import { body, loadFixture, loadPage } from './helpers/dom';

const read = (html: string) => extractText(document, body(html)).text;

/** Where offsets [start, end) of the extracted text are on the page: node and offset in it, both ends. */
function locate(x: ExtractedText, start: number, end: number) {
  const a = nodeAt(x, start);
  const b = nodeAt(x, end - 1);
  return {
    startNode: x.nodes[a]!,
    startOffset: start - x.starts[a]!,
    endNode: x.nodes[b]!,
    endOffset: end - x.starts[b]!,
  };
}

/** The page text between two located points, read from the DOM itself. */
function domText(loc: ReturnType<typeof locate>): string {
  const range = document.createRange();
  range.setStart(loc.startNode, loc.startOffset);
  range.setEnd(loc.endNode, loc.endOffset);
  return range.toString();
}

function allIndexes(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
}

describe('what is read', () => {
  it.each([
    ['script', '<script>var who = "Putin";</script>'],
    ['style', '<style>.Putin { color: red }</style>'],
    ['noscript', '<noscript>Putin</noscript>'],
    ['template', '<template><p>Putin</p></template>'],
    ['code', '<p>Run <code>Putin()</code></p>'],
    ['pre', '<pre>Putin</pre>'],
    ['textarea', '<textarea>Putin</textarea>'],
    ['select', '<select><option>Putin</option></select>'],
    ['button', '<button>Putin</button>'],
    ['contenteditable', '<div contenteditable="true"><p>Putin</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable>Putin</div>'],
    ['contenteditable plaintext-only', '<div contenteditable="plaintext-only">Putin</div>'],
    ['hidden attribute', '<p hidden>Putin</p>'],
    ['display: none', '<p style="display: none">Putin</p>'],
    ['visibility: hidden', '<p style="visibility: hidden">Putin</p>'],
    ["Dramatis's own UI host", `<div ${UI_HOST_ATTRIBUTE}><p>Putin</p></div>`],
  ])('skips %s', (_name, html) => {
    const text = read(`<p>Visible before.</p>${html}<p>Visible after.</p>`);
    expect(text).toContain('Visible before.');
    expect(text).toContain('Visible after.');
    expect(text).not.toContain('Putin');
  });

  it("skips the site's menus, banner and footer, not the story's own header and footer", () => {
    const text = read(
      '<header><a>Home</a> <a>Sign in</a> <a>Reuters Plus</a></header>' +
        '<nav><a>World</a> <a>Ukraine</a></nav>' +
        '<div role="navigation"><a>Israel</a></div>' +
        '<main><article><header><h1>Erdogan meets Zelensky</h1></header>' +
        '<p>Peskov said.</p><footer>Reporting by Reuters</footer></article>' +
        '<aside><ul><li>Putin says</li></ul></aside></main>' +
        '<footer>Follow us: <a>Facebook</a> <a>YouTube</a> © Reuters</footer>' +
        '<div role="contentinfo">Instagram</div>',
    );
    expect(text).toContain('Erdogan meets Zelensky');
    expect(text).toContain('Peskov said.');
    expect(text).toContain('Reporting by Reuters');
    expect(text).toContain('Putin says');
    for (const chrome of [
      'Home',
      'Sign in',
      'World',
      'Ukraine',
      'Israel',
      'Facebook',
      'YouTube',
      '© Reuters',
      'Instagram',
    ])
      expect(text).not.toContain(chrome);
  });

  it("reads a page-level header that holds the story's headline", () => {
    const text = read('<header class="hero"><h1>Putin visits Tehran</h1></header><article><p>Body.</p></article>');
    expect(text).toContain('Putin visits Tehran');
    expect(read('<div role="banner"><h1>Putin visits Tehran</h1></div>')).toContain('Putin visits Tehran');
    expect(read('<div role="banner"><a>Putin</a></div><p>Body.</p>')).not.toContain('Putin');
  });

  it('reads text inside a display: contents wrapper, which browsers report as not visible', () => {
    const root = body('<div style="display: contents"><p>Putin arrived.</p><p hidden>Erdogan</p></div>');
    // What Chromium answers (CSSOM View: an element with no box of its own is not "visible"); happy-dom
    // answers true.
    (root.firstElementChild as HTMLElement).checkVisibility = () => false;
    const text = extractText(document, root).text;
    expect(text).toContain('Putin arrived.');
    expect(text).not.toContain('Erdogan');
  });

  it('reads no input value as page text', () => {
    expect(read('<p>Say <input value="Putin"> here</p>')).not.toContain('Putin');
  });

  it('reads text inside contenteditable="false" and inline formatting', () => {
    const text = read('<p>The <b>Kremlin</b> said</p><div contenteditable="false">Putin left.</div>');
    expect(text).toContain('The Kremlin said');
    expect(text).toContain('Putin left.');
  });

  it('reads only the head-less body: the title is not article text', () => {
    loadPage('<html><head><title>Putin title</title></head><body><p>Body text</p></body></html>');
    expect(extractText(document).text).toBe('Body text');
  });

  it('knows when a node found later (by a mutation observer) is inside skipped content', () => {
    const root = body('<p>Said <code>x = <b>Putin</b></code> and <i>Erdogan</i></p>');
    const inCode = root.querySelector('b')!.firstChild!;
    const normal = root.querySelector('i')!.firstChild!;
    expect(insideSkipped(inCode, root)).toBe(true);
    expect(insideSkipped(normal, root)).toBe(false);
  });
});

describe('block boundaries', () => {
  it.each([
    ['paragraphs', '<p>talks with Putin</p><p>Erdogan said</p>'],
    ['list items', '<ul><li>talks with Putin</li><li>Erdogan said</li></ul>'],
    ['table cells', '<table><tr><td>talks with Putin</td><td>Erdogan said</td></tr></table>'],
    ['table rows', '<table><tr><td>talks with Putin</td></tr><tr><td>Erdogan said</td></tr></table>'],
    ['a heading and a paragraph', '<h2>talks with Putin</h2><p>Erdogan said</p>'],
    ['divs', '<div>talks with Putin</div><div>Erdogan said</div>'],
    ['a line break', '<p>talks with Putin<br>Erdogan said</p>'],
    ['a nested block ending', '<div><div>talks with Putin</div>Erdogan said</div>'],
    ['a definition list', '<dl><dt>talks with Putin</dt><dd>Erdogan said</dd></dl>'],
    ['a caption and its figure', '<figure><figcaption>talks with Putin</figcaption></figure>Erdogan said'],
  ])('never joins the last word of one block to the first of the next: %s', (_name, html) => {
    const text = read(html);
    expect(text).toContain(`Putin${BLOCK_BREAK}Erdogan`);
    expect(text.split(/\s+/)).toEqual(expect.arrayContaining(['Putin', 'Erdogan']));
  });

  it('adds nothing between inline elements: a word split by markup stays one word', () => {
    expect(read('<p>Vladimir <a href="#">Pu<b>tin</b></a>’s visit</p>')).toBe('Vladimir Putin’s visit');
  });

  it('turns line breaks and tabs inside a node into spaces of the same length', () => {
    const text = read('<p>Putin\n\tmet\r\nErdogan</p>');
    expect(text).toBe('Putin  met  Erdogan');
  });
});

describe('offsets lead back to the page', () => {
  it('maps every node to its own text', () => {
    const x = extractText(document, body('<p>One <b>two</b> three</p><ul><li>four</li><li>five</li></ul>'));
    x.nodes.forEach((node, i) => {
      expect(x.text.slice(x.starts[i], x.starts[i]! + node.data.length)).toBe(node.data);
    });
  });

  it('finds the node and offset of a name inside a node, at a node start, and across nodes', () => {
    const x = extractText(document, body('<p>Russian President Vladimir <b>Putin</b> met <i>Erdogan</i>.</p>'));
    const at = (word: string) => x.text.indexOf(word);

    const inside = locate(x, at('Vladimir'), at('Vladimir') + 'Vladimir'.length);
    expect(inside.startNode.data).toBe('Russian President Vladimir ');
    expect(inside.startOffset).toBe(18);
    expect(domText(inside)).toBe('Vladimir');

    const whole = locate(x, at('Putin'), at('Putin') + 5);
    expect(whole.startNode.parentElement!.tagName).toBe('B');
    expect([whole.startOffset, whole.endOffset]).toEqual([0, 5]);

    const across = locate(x, at('Vladimir'), at('Putin') + 5);
    expect(across.startNode).not.toBe(across.endNode);
    expect(domText(across)).toBe('Vladimir Putin');
  });

  it('maps every occurrence of a name on a real page back to that name in the DOM', () => {
    loadFixture('putin-to-visit-tehran.html');
    const x = extractText(document);
    const found = allIndexes(x.text, 'Sullivan');
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const i of found) expect(domText(locate(x, i, i + 'Sullivan'.length))).toBe('Sullivan');
    const jake = x.text.indexOf('Jake Sullivan');
    expect(domText(locate(x, jake, jake + 'Jake Sullivan'.length))).toBe('Jake Sullivan');
  });
});

describe('the fixture pages', () => {
  it.each(['tehran-summit.html', 'putin-to-visit-tehran.html'])('%s: reads the article, none of the traps', (page) => {
    loadFixture(page);
    const { text } = extractText(document);
    for (const p of document.querySelectorAll('article > p')) {
      expect(text).toContain(p.textContent.replace(/[\n\t]/g, ' '));
    }
    expect(text).toContain('Most read');
    for (const trap of ['Putin and Erdogan in one room', 'Draft reply', 'embed code', 'font:', '@context']) {
      expect(text).not.toContain(trap);
    }
    // Paragraphs and list items are separate blocks (the source's indentation between them is kept).
    const between = (a: string, b: string) => text.slice(text.indexOf(a) + a.length, text.indexOf(b));
    const paragraphs = [...document.querySelectorAll('article > p')].map((p) => p.textContent);
    expect(between(paragraphs[1]!, paragraphs[2]!)).toMatch(/^\s*\n\n\s*$/);
    const items = [...document.querySelectorAll('aside li')].map((li) => li.textContent);
    expect(between(items[0]!, items[1]!)).toMatch(/^\s*\n\n\s*$/);
  });
});

describe('slicing with a deadline', () => {
  function longPage(): HTMLElement {
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}: <b>Putin</b> met <a href="#">Erdogan</a> in <i>Tehran</i>.</p>` +
      `<ul><li>Item ${i}</li><li><code>skip ${i}</code> kept ${i}</li></ul>`;
    return body(Array.from({ length: 30 }, (_, i) => paragraph(i)).join(''));
  }

  it('gives the same result in many slices as in one pass', () => {
    const root = longPage();
    const once = extractText(document, root);

    const sliced = new Extraction(document, root);
    let slices = 1;
    while (!sliced.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    const result = sliced.result();
    expect(result.text).toBe(once.text);
    expect(result.starts).toEqual(once.starts);
    expect(result.nodes).toEqual(once.nodes);
    expect(result.nodes.every((n, i) => n === once.nodes[i])).toBe(true);
  });

  it('stops when the deadline expires and continues where it stopped', () => {
    const root = longPage();
    let calls = 0;
    const x = new Extraction(document, root);
    // The deadline expires after a few checks, as a time budget would.
    expect(x.run(() => ++calls > 3)).toBe(false);
    const partial = x.result().text;
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(extractText(document, root).text.length);
    expect(x.run()).toBe(true);
    expect(x.result().text).toBe(extractText(document, root).text);
    // Finished: further calls change nothing.
    expect(x.run(() => true)).toBe(true);
    expect(x.result().text).toBe(extractText(document, root).text);
  });
});

describe('reading an added part of the page', () => {
  it('reads an added element on its own', () => {
    const root = body('<p>Old text.</p>');
    const added = document.createElement('p');
    added.innerHTML = 'Live: <b>Putin</b> lands in Tehran.';
    root.append(added);
    expect(extractText(document, added).text).toBe('Live: Putin lands in Tehran.');
  });

  it('reads an added text node (a live blog appending text to a paragraph)', () => {
    const root = body('<p>Old text.</p>');
    const added = document.createTextNode(' Update: Erdogan arrived.');
    root.querySelector('p')!.append(added);
    const x = extractText(document, added);
    expect(x.text).toBe(' Update: Erdogan arrived.');
    expect(x.nodes).toEqual([added]);
    expect(x.starts).toEqual([0]);
  });
});
