/**
 * Paints mentions with the CSS Custom Highlight API: StaticRanges registered under a named Highlight,
 * styled by `::highlight(...)` rules in the content script's stylesheet. Nothing is inserted in the page.
 *
 * Changing a Highlight reprocesses all its ranges and live Ranges slow every later page mutation, so:
 * StaticRanges only, and on pages with many mentions only those in blocks near the viewport are
 * registered (an IntersectionObserver watches the mentions' block elements; observing changes nothing).
 * Without the API (old engines), nothing is painted; hover lookups still work.
 */

/** Registry names, one per highlight style; the stylesheet styles each. */
export const HIGHLIGHT_NAMES = {
  underline: 'dramatis-underline',
  background: 'dramatis-background',
  hover: 'dramatis-hover',
  active: 'dramatis-active',
} as const;
export type HighlightStyle = 'underline' | 'background' | 'hover';

/** Below this many mentions, register all at once: cheaper than observing. */
const REGISTER_ALL_BELOW = 300;
/** How far outside the viewport a block counts as near (so scrolling finds ranges already painted). */
const NEAR_VIEWPORT_MARGIN = '800px 0px';

export interface Paintable {
  range: StaticRange;
  /** The element the mention sits in, observed for visibility. */
  block: Element;
  visible: boolean;
}

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Set<AbstractRange>;
}

export class Highlighter {
  private readonly registry: Map<string, Set<AbstractRange>> | undefined;
  private readonly HighlightClass: HighlightCtor | undefined;
  private main: Set<AbstractRange> | undefined;
  private active: Set<AbstractRange> | undefined;
  private style: HighlightStyle = 'underline';
  private observer: IntersectionObserver | undefined;
  private readonly byBlock = new Map<Element, Paintable[]>();
  private readonly nearBlocks = new Set<Element>();
  private observing = false;

  constructor(private readonly win: Window) {
    const css = (win as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS;
    this.registry = css?.highlights;
    this.HighlightClass = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  }

  get supported(): boolean {
    return !!this.registry && !!this.HighlightClass;
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style && this.main) return;
    this.style = style;
    if (!this.supported) return;
    for (const name of [HIGHLIGHT_NAMES.underline, HIGHLIGHT_NAMES.background, HIGHLIGHT_NAMES.hover])
      this.registry!.delete(name);
    // The same Highlight moves to the new style's name. Copying its ranges into a new one iterated it, which
    // Firefox refuses in a content script ("Xray wrapping of iterators not supported"): every mark vanished
    // when the user changed the highlight style.
    this.main ??= new this.HighlightClass!();
    this.registry!.set(HIGHLIGHT_NAMES[style], this.main);
  }

  /** Adds mentions; on big pages only those near the viewport get registered. */
  add(items: Paintable[]): void {
    if (!this.supported) return;
    if (!this.main) this.setStyle(this.style);
    for (const item of items) {
      const list = this.byBlock.get(item.block);
      if (list) list.push(item);
      else this.byBlock.set(item.block, [item]);
    }
    const total = [...this.byBlock.values()].reduce((s, l) => s + l.length, 0);
    if (!this.observing && total < REGISTER_ALL_BELOW) {
      for (const item of items) this.show(item);
      return;
    }
    if (!this.observing) this.startObserving();
    for (const item of items) {
      if (this.nearBlocks.has(item.block)) this.show(item);
      this.observer!.observe(item.block);
    }
  }

  /** Removes mentions (text that left the page, a muted entity, a filtered kind). */
  remove(items: Iterable<Paintable>): void {
    for (const item of items) {
      this.hide(item);
      const list = this.byBlock.get(item.block);
      if (!list) continue;
      const i = list.indexOf(item);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) {
        this.byBlock.delete(item.block);
        this.observer?.unobserve(item.block);
      }
    }
  }

  /** Emphasizes one range (the mention whose card is open, or the one hovered in "hover" style). */
  setActive(range: AbstractRange | undefined): void {
    if (!this.supported) return;
    // Clearing never registers anything: the card closes after clear() when Dramatis is turned off for the
    // site, and creating the highlight here left an (empty) "dramatis-active" in the page's registry.
    if (!range) {
      this.active?.clear();
      return;
    }
    if (!this.active) {
      this.active = new this.HighlightClass!();
      this.registry!.set(HIGHLIGHT_NAMES.active, this.active);
    }
    this.active.clear();
    if (range) this.active.add(range);
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observing = false;
    this.byBlock.clear();
    this.nearBlocks.clear();
    if (!this.supported) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry!.delete(name);
    this.main = undefined;
    this.active = undefined;
  }

  /** How many ranges are registered now (for tests and the benchmark). */
  get registered(): number {
    return this.main?.size ?? 0;
  }

  private show(item: Paintable): void {
    if (item.visible) return;
    item.visible = true;
    this.main!.add(item.range);
  }

  private hide(item: Paintable): void {
    if (!item.visible) return;
    item.visible = false;
    this.main?.delete(item.range);
  }

  private startObserving(): void {
    this.observing = true;
    // Everything registered so far becomes visibility-driven.
    for (const list of this.byBlock.values()) for (const item of list) this.hide(item);
    const Observer = (this.win as unknown as typeof globalThis).IntersectionObserver;
    this.observer = new Observer(
      (entries) => {
        for (const entry of entries) {
          const list = this.byBlock.get(entry.target) ?? [];
          if (entry.isIntersecting) {
            this.nearBlocks.add(entry.target);
            for (const item of list) this.show(item);
          } else {
            this.nearBlocks.delete(entry.target);
            for (const item of list) this.hide(item);
          }
        }
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    for (const block of this.byBlock.keys()) this.observer.observe(block);
  }
}
