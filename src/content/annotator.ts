/**
 * The page's mentions: extracts the text in slices, asks the background for mentions, turns them into
 * StaticRanges, paints them, keeps them in step with the page (added text, removed text, SPA
 * navigation) and answers "what is under the pointer" and "what is next". Everything it starts is tied
 * to the AbortSignal it is given.
 */
import type { EntitySummary, MatchResult, PageActor } from '../messaging/protocol';
import { KIND_GROUP_OF, type KindGroup } from '../settings/kinds';
import { unknownName } from '../core/unknown-id';
import { Extraction, insideSkipped, isSkipped, nodeAt, type ExtractedText } from './extract';
import { Highlighter, type HighlightStyle, type Paintable } from './highlights';
import type { NodeSpan } from './hit-test';
import { AdditionsObserver } from './additions';
import { runSliced } from './scheduler';
import { splitText } from './text-parts';

export interface PageApi {
  match(text: string, date: string, contextIds: string[]): Promise<MatchResult>;
}

export interface PageMention {
  id: string;
  alts: string[];
  surface: string;
  range: StaticRange;
  paint: Paintable;
  /** Shown (kind and first-mention filters) or not. */
  shown: boolean;
}

export interface AnnotatorOptions {
  kinds: Record<KindGroup, boolean>;
  firstMentionOnly: boolean;
  /** Show the people and bodies the knowledge base does not know (see unknown-id.ts); the background always finds them. */
  unknownPeople: boolean;
  style: HighlightStyle;
}

export class Annotator {
  readonly highlighter: Highlighter;
  private mentions: PageMention[] = [];
  private readonly entities = new Map<string, EntitySummary>();
  private byNode = new WeakMap<Node, NodeSpan<PageMention>[]>();
  private additions: AdditionsObserver | undefined;
  private ordered = true;
  /** Called after each batch of mentions is applied (badge, popup, tests). */
  onChange: () => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly api: PageApi,
    /** The article's date, read again for every batch: a single-page app updates it after the route. */
    private readonly date: () => string,
    private options: AnnotatorOptions,
    private readonly signal: AbortSignal,
  ) {
    const win = doc.defaultView!;
    this.highlighter = new Highlighter(win);
    this.highlighter.setStyle(options.style);
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /** Reads the whole page, and watches for added text. */
  async start(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    // Watch from before the first read, and handle what changed once it is applied: text the page adds
    // while it is read and the background answers was otherwise never read. A single-page app that changes
    // its URL and then renders the new article lost the whole article (the restart read the old one).
    // Batches run one after another: two batches reading the same text while the background answers
    // would otherwise both apply their mentions, and count each twice.
    let queue: Promise<void> = Promise.resolve();
    const after = (task: () => Promise<void> | void) => {
      // A failed batch (the extension was updated meanwhile) must not stop the ones after it.
      queue = queue.then(task).catch(() => {});
    };
    this.additions = new AdditionsObserver(this.doc, this.signal, {
      added: (roots) => after(() => this.annotateAll(roots)),
      removed: () => after(() => this.dropDisconnected()),
      changed: (nodes) =>
        after(() => {
          this.dropNodes(nodes);
          return this.annotateAll(nodes.map((n) => n.parentElement).filter((e): e is HTMLElement => !!e));
        }),
    });
    const firstRead = this.annotate(body);
    queue = firstRead.catch(() => {});
    await firstRead;
  }

  private async annotateAll(roots: Node[]): Promise<void> {
    for (const root of roots) {
      if (this.signal.aborted) return;
      if (root.nodeType === 1 && isSkipped(root as Element)) continue;
      if (insideSkipped(root, this.doc.body)) continue;
      // A root already read (a node re-added by a framework) is read again from scratch.
      this.dropWithin(root);
      await this.annotate(root);
    }
  }

  private async annotate(root: Node): Promise<void> {
    const win = this.doc.defaultView!;
    const extraction = new Extraction(this.doc, root);
    const finished = await runSliced(win, this.signal, (deadline) => extraction.run(deadline));
    if (!finished) return;
    const extracted = extraction.result();
    if (!/\S/.test(extracted.text)) return;
    // Part by part on gigantic pages; each part knows the actors of the parts before (surnames resolve).
    for (const part of splitText(extracted.text)) {
      const text = extracted.text.slice(part.start, part.end);
      const result = await this.api.match(text, this.date(), [...this.entities.keys()]);
      if (this.signal.aborted) return;
      for (const [id, summary] of Object.entries(result.entities)) this.entities.set(id, summary);
      const mentions = result.mentions.map((m) => ({ ...m, start: m.start + part.start, end: m.end + part.start }));
      this.apply(extracted, { ...result, mentions });
    }
  }

  private apply(extracted: ExtractedText, result: MatchResult): void {
    const added: PageMention[] = [];
    for (const m of result.mentions) {
      const a = nodeAt(extracted, m.start);
      const b = nodeAt(extracted, m.end - 1);
      const startNode = extracted.nodes[a]!;
      const endNode = extracted.nodes[b]!;
      // A node may have changed since it was read; skip mentions whose text no longer matches.
      const startOffset = m.start - extracted.starts[a]!;
      const endOffset = m.end - extracted.starts[b]!;
      if (!startNode.isConnected || endOffset > endNode.data.length) continue;
      const range = new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
      const block = blockOf(startNode);
      const mention: PageMention = {
        id: m.id,
        alts: m.alts ?? [],
        surface: extracted.text.slice(m.start, m.end),
        range,
        paint: { range, block, visible: false },
        shown: false,
      };
      added.push(mention);
      for (let k = a; k <= b; k++) {
        const node = extracted.nodes[k]!;
        const start = k === a ? startOffset : 0;
        const end = k === b ? endOffset : node.data.length;
        const spans = this.byNode.get(node);
        const span = { start, end, item: mention };
        if (spans) spans.push(span);
        else this.byNode.set(node, [span]);
      }
    }
    if (!added.length) return;
    if (this.mentions.length) this.ordered = false;
    this.mentions.push(...added);
    this.refresh();
  }

  /** Re-applies the kind and first-mention filters; paints what is shown. */
  private refresh(): void {
    this.sortIfNeeded();
    const seen = new Set<string>();
    const show: Paintable[] = [];
    const hide: Paintable[] = [];
    for (const m of this.mentions) {
      const kind = this.entities.get(m.id)?.kind ?? '';
      const group = KIND_GROUP_OF[kind];
      let shown = group ? this.options.kinds[group] : true;
      if (shown && !this.options.unknownPeople && unknownName(m.id) !== undefined) shown = false;
      if (shown && this.options.firstMentionOnly && seen.has(m.id)) shown = false;
      if (shown) seen.add(m.id);
      if (shown && !m.shown) show.push(m.paint);
      if (!shown && m.shown) hide.push(m.paint);
      m.shown = shown;
    }
    this.highlighter.remove(hide);
    this.highlighter.add(show);
    this.onChange();
  }

  setOptions(options: AnnotatorOptions): void {
    this.options = options;
    this.highlighter.setStyle(options.style);
    this.refresh();
  }

  private sortIfNeeded(): void {
    if (this.ordered) return;
    this.mentions.sort((x, y) => {
      if (x.range.startContainer === y.range.startContainer) return x.range.startOffset - y.range.startOffset;
      const pos = x.range.startContainer.compareDocumentPosition(y.range.startContainer);
      return pos & 4 ? -1 : pos & 2 ? 1 : 0;
    });
    this.ordered = true;
  }

  private dropWhere(test: (m: PageMention) => boolean): void {
    const gone = this.mentions.filter(test);
    if (!gone.length) return;
    this.highlighter.remove(gone.map((m) => m.paint));
    this.mentions = this.mentions.filter((m) => !test(m));
    for (const m of gone) {
      for (const node of [m.range.startContainer, m.range.endContainer]) {
        const spans = this.byNode.get(node);
        if (spans)
          this.byNode.set(
            node,
            spans.filter((s) => s.item !== m),
          );
      }
    }
    this.onChange();
  }

  private dropDisconnected(): void {
    this.dropWhere((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected);
  }

  private dropNodes(nodes: Node[]): void {
    const set = new Set(nodes);
    this.dropWhere((m) => set.has(m.range.startContainer) || set.has(m.range.endContainer));
  }

  private dropWithin(root: Node): void {
    this.dropWhere((m) => root.contains(m.range.startContainer));
  }

  /** Stops watching and unpaints everything (turned off, site disabled, navigation). */
  clear(): void {
    this.highlighter.clear();
    this.mentions = [];
    this.byNode = new WeakMap();
    this.onChange();
  }

  get nodeSpans(): WeakMap<Node, NodeSpan<PageMention>[]> {
    return this.byNode;
  }

  /** Mentions currently shown, in document order. */
  shownMentions(): PageMention[] {
    this.sortIfNeeded();
    return this.mentions.filter((m) => m.shown);
  }

  summary(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  /** The cast list: shown entities with their mention counts, in order of first appearance. */
  actors(): PageActor[] {
    const out = new Map<string, PageActor>();
    for (const m of this.shownMentions()) {
      const s = this.entities.get(m.id);
      if (!s) continue;
      const a = out.get(m.id);
      if (a) a.count++;
      else out.set(m.id, { id: m.id, ...s, count: 1 });
    }
    return [...out.values()];
  }
}

/** The nearest element that lays out as a block-ish container of the node (for visibility observing). */
function blockOf(node: Node): Element {
  let el = node.parentElement!;
  while (
    el.parentElement &&
    [
      'A',
      'SPAN',
      'B',
      'I',
      'EM',
      'STRONG',
      'SMALL',
      'ABBR',
      'CITE',
      'Q',
      'TIME',
      'MARK',
      'SUB',
      'SUP',
      'U',
      'S',
    ].includes(el.tagName)
  ) {
    el = el.parentElement;
  }
  return el;
}
