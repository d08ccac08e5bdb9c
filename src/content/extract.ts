/**
 * Reads a page's text without touching it: a TreeWalker collects text nodes outside scripts, code, form
 * fields, editable regions, hidden elements, the site's menus, banner and footer, and our own UI, and concatenates them into one string with a
 * table mapping offsets back to nodes. Block elements are separated by a blank line so a name at the end
 * of one paragraph never joins the first word of the next. Offsets are 1:1 with the nodes' data: line
 * breaks and tabs inside a node become spaces of the same length (source indentation is not a sentence
 * break).
 *
 * Takes the document as a parameter and never writes to it. Work can be sliced by a deadline so long
 * pages never block the main thread.
 */

/** Elements whose text is never read. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Attribute marking Dramatis's own UI host, whose content is never read. */
export const UI_HOST_ATTRIBUTE = 'data-dramatis-ui';
export const BLOCK_BREAK = '\n\n';

export interface ExtractedText {
  text: string;
  /** Text nodes in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

/** Roles of the page's own chrome: its menus, and the site's banner and footer. */
const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar', 'contentinfo']);
/** Elements inside which a header or footer is a part's own (ARIA: it is then no banner or contentinfo). */
const SECTIONING = new Set(['ARTICLE', 'ASIDE', 'MAIN', 'NAV', 'SECTION']);

/**
 * The site's own navigation, banner and footer (the landmarks ARIA names navigation, banner and contentinfo),
 * not the story: their menus and "Follow us on Facebook · X · YouTube" links name no actor of it. A header or
 * footer is the page's only outside the sectioning elements, as ARIA reads it (an article's header holds its
 * headline, its footer the credits). A banner holding the page's headline (an h1) is the story's heading.
 */
function isPageChrome(el: Element, tag: string): boolean {
  if (tag === 'NAV') return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (role === 'banner') return el.querySelector('h1') === null;
  if (tag !== 'HEADER' && tag !== 'FOOTER') return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (SECTIONING.has(p.tagName.toUpperCase())) return false;
    const r = p.getAttribute('role');
    if (r === 'article' || r === 'main' || r === 'region') return false;
  }
  return tag === 'FOOTER' || el.querySelector('h1') === null;
}

/** True for an element whose subtree is skipped entirely. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return true;
  if (isPageChrome(el, tag)) return true;
  if (el.hasAttribute(UI_HOST_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.getAttribute('role') === 'presentation') return true;
  // checkVisibility is missing in some engines: then visibility is not checked.
  const visible = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof visible.checkVisibility === 'function' && !visible.checkVisibility({ visibilityProperty: true }))
    // It is also false for `display: contents` (no box of its own), whose children are shown: frameworks
    // wrap whole articles in such elements (Astro islands). Those children are checked one by one.
    return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
  return false;
}

/** Is any ancestor of `node` (up to `root`) skipped? For nodes found by a mutation observer. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * An extraction in progress over one root. `run(deadline)` works until `deadline()` returns true and says
 * whether it finished; call it again to continue.
 */
export class Extraction {
  private readonly walker: TreeWalker;
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreak = false;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private done = false;

  constructor(
    private readonly doc: Document,
    private readonly root: Node,
  ) {
    const view = doc.defaultView;
    const NodeFilterCtor = view?.NodeFilter ?? NodeFilter;
    this.walker = doc.createTreeWalker(root, NodeFilterCtor.SHOW_ELEMENT | NodeFilterCtor.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === 1 && node !== root && isSkipped(node as Element)
          ? NodeFilterCtor.FILTER_REJECT
          : NodeFilterCtor.FILTER_ACCEPT,
    });
  }

  run(deadline: () => boolean = () => false): boolean {
    if (this.done) return true;
    // A TreeWalker never returns its root: a text node added on its own (a live blog appending to a
    // paragraph; the mutation observer reports it as a root) is read here, or it would never be.
    if (this.root.nodeType === 3) {
      this.addText(this.root as Text);
      this.done = true;
      return true;
    }
    let steps = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      if (node.nodeType === 3) this.addText(node as Text);
      else if (BLOCKS.has((node as Element).tagName.toUpperCase()) || (node as Element).tagName === 'BR') {
        this.pendingBreak = true;
      }
      if (++steps % 64 === 0 && deadline()) return false;
    }
    this.done = true;
    return true;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    // Blocks also end where their element closes: a text node following a block's last child starts anew.
    const parentBlock = blockAncestor(node, this.root);
    if (this.lastBlock !== undefined && parentBlock !== this.lastBlock) this.pendingBreak = true;
    this.lastBlock = parentBlock;
    if (this.pendingBreak && this.length > 0) {
      this.parts.push(BLOCK_BREAK);
      this.length += BLOCK_BREAK.length;
    }
    this.pendingBreak = false;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data.replace(/[\n\r\t\f\v]/g, ' '));
    this.length += data.length;
  }

  private lastBlock: Node | undefined;

  result(): ExtractedText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }
}

function blockAncestor(node: Node, root: Node): Node {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCKS.has(el.tagName.toUpperCase()) || el === root) return el;
  }
  return root;
}

/** Extracts all at once (tests, the annotate CLI, small additions). */
export function extractText(doc: Document, root: Node = doc.body ?? doc.documentElement): ExtractedText {
  const x = new Extraction(doc, root);
  x.run();
  return x.result();
}

/** Index of the node containing text offset `offset` (the last node starting at or before it). */
export function nodeAt(extracted: ExtractedText, offset: number): number {
  const { starts } = extracted;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
