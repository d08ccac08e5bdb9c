/**
 * Watches the page for text that appears (live blogs, infinite scroll, comments), disappears or changes,
 * and reports it in batches: one MutationObserver, additions collected and debounced, nested additions
 * collapsed to their outermost root, a flood of additions treated as one rescan of the body.
 */
import { UI_HOST_ATTRIBUTE } from './extract';

/** Wait for a burst of DOM changes to settle before reading: frameworks insert in many small steps. */
export const MUTATION_DEBOUNCE_MS = 150;
/** More roots than this in one batch: cheaper to rescan the body than to read each. */
const FLOOD_ROOTS = 200;

export interface AdditionsCallbacks {
  added(roots: Node[]): void;
  removed(): void;
  changed(textNodes: Text[]): void;
}

export class AdditionsObserver {
  private readonly pendingAdded = new Set<Node>();
  private readonly pendingChanged = new Set<Text>();
  private pendingRemoved = false;
  private timer: number | undefined;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly callbacks: AdditionsCallbacks,
  ) {
    const win = doc.defaultView!;
    this.observer = new win.MutationObserver((records) => this.collect(records));
    this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener(
      'abort',
      () => {
        this.observer.disconnect();
        if (this.timer !== undefined) win.clearTimeout(this.timer);
      },
      { once: true },
    );
  }

  private ours(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${UI_HOST_ATTRIBUTE}]`);
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === 3 && !this.ours(r.target)) this.pendingChanged.add(r.target as Text);
        continue;
      }
      for (const node of r.addedNodes) {
        if ((node.nodeType === 1 || node.nodeType === 3) && !this.ours(node)) this.pendingAdded.add(node);
      }
      if (r.removedNodes.length && !this.ours(r.target)) this.pendingRemoved = true;
    }
    if (this.timer === undefined && (this.pendingAdded.size || this.pendingChanged.size || this.pendingRemoved)) {
      this.timer = this.doc.defaultView!.setTimeout(() => this.flush(), MUTATION_DEBOUNCE_MS);
    }
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pendingRemoved) {
      this.pendingRemoved = false;
      this.callbacks.removed();
    }
    const found = outermost([...this.pendingAdded].filter((n) => n.isConnected));
    this.pendingAdded.clear();
    const roots = found.length > FLOOD_ROOTS ? [this.doc.body] : found;
    if (this.pendingChanged.size) {
      // Text that changed inside an added root (streamed into a new item) is read with that root: reported
      // as changed too, it would be read and marked twice.
      const changed = [...this.pendingChanged].filter((n) => n.isConnected && !roots.some((r) => r.contains(n)));
      this.pendingChanged.clear();
      if (changed.length) this.callbacks.changed(changed);
    }
    if (roots.length) this.callbacks.added(roots);
  }
}

/** Drops nodes contained in another node of the list. */
export function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
