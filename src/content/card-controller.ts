/**
 * When the card opens and closes: a pointer resting on a mention opens it after the hover delay; leaving
 * the mention closes it after a grace period unless the pointer reaches the card or it is pinned; the
 * keyboard command and the popup open it directly with focus. The card's code is loaded into the tab on
 * first use (see card/api.ts).
 */
import { CARD_UI_GLOBAL, type CardAnchor, type CardUi } from '../card/api';
import type { CardView } from '../knowledge/card-view';
import type { Annotator, PageMention } from './annotator';
import { caretAt, hitTest } from './hit-test';
import { pageTheme } from './theme';

/** Time to move the pointer from a mention onto its card before the card closes. */
export const CLOSE_GRACE_MS = 300;

export interface CardApi {
  loadCardUi(): Promise<boolean>;
  card(id: string, pageIds: string[], alts: string[]): Promise<CardView | null>;
  mute(what: 'entity' | 'alias', mention: PageMention): void;
}

export class CardController {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private hovered: PageMention | undefined;
  private open: PageMention | undefined;
  private insideCard = false;
  private ui: CardUi | undefined;
  private frame = 0;
  private lastPoint: { x: number; y: number } | undefined;
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly api: CardApi,
    private delayMs: number,
    private theme: 'auto' | 'light' | 'dark',
    signal: AbortSignal,
  ) {
    this.win = doc.defaultView!;
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      this.lastPoint = { x: e.clientX, y: e.clientY };
      // At most one hit test per frame.
      if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.onFrame());
    };
    doc.addEventListener('pointermove', onMove, { passive: true, signal });
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  configure(delayMs: number, theme: 'auto' | 'light' | 'dark'): void {
    this.delayMs = delayMs;
    this.theme = theme;
  }

  private onFrame(): void {
    this.frame = 0;
    const p = this.lastPoint;
    if (!p) return;
    const hit = hitTest(this.doc, p.x, p.y, this.annotator.nodeSpans, (m) => toRange(this.doc, m));
    const mention = hit?.shown ? hit : undefined;
    if (mention === this.hovered) return;
    this.hovered = mention;
    this.win.clearTimeout(this.openTimer);
    if (mention) {
      this.win.clearTimeout(this.closeTimer);
      if (mention === this.open) return;
      if (this.annotator.highlighter && this.styleIsHover()) this.annotator.highlighter.setActive(mention.range);
      this.openTimer = this.win.setTimeout(() => void this.show(mention, false), this.delayMs);
    } else {
      if (this.styleIsHover() && !this.open) this.annotator.highlighter.setActive(undefined);
      this.scheduleClose();
    }
  }

  private styleIsHover = () => false;
  setHoverStyle(isHover: boolean): void {
    this.styleIsHover = () => isHover;
  }

  private scheduleClose(): void {
    if (!this.open || this.insideCard || this.ui?.isPinned()) return;
    this.win.clearTimeout(this.closeTimer);
    this.closeTimer = this.win.setTimeout(() => {
      if (!this.insideCard && !this.ui?.isPinned() && this.hovered !== this.open) this.close();
    }, CLOSE_GRACE_MS);
  }

  private async ensureUi(): Promise<CardUi | undefined> {
    if (this.ui) return this.ui;
    const g = globalThis as Record<string, unknown>;
    if (!g[CARD_UI_GLOBAL] && !(await this.api.loadCardUi())) return undefined;
    this.ui = g[CARD_UI_GLOBAL] as CardUi | undefined;
    return this.ui;
  }

  /** Opens the card for a mention (also from the keyboard command and the popup, with focus). */
  async show(mention: PageMention, focus: boolean): Promise<void> {
    const ui = await this.ensureUi();
    if (!ui) return;
    const shown = this.annotator.shownMentions();
    const pageIds = [...new Set(shown.map((m) => m.id))];
    const view = await this.api.card(mention.id, pageIds, mention.alts);
    if (!view || (!focus && this.hovered !== mention)) return;
    const same = shown.filter((m) => m.id === mention.id);
    this.open = mention;
    this.insideCard = false;
    this.annotator.highlighter.setActive(mention.range);
    ui.show({
      view,
      anchor: anchorOf(this.doc, mention),
      position: { index: Math.max(0, same.indexOf(mention)), total: same.length },
      surface: mention.surface,
      focus,
      theme: this.theme === 'auto' ? pageTheme(this.doc) : this.theme,
      callbacks: {
        openEntity: (id) => void this.openInPlace(id),
        step: (d) => {
          const i = same.indexOf(mention);
          const next = same[(i + d + same.length) % same.length];
          if (next) void this.reveal(next, true);
        },
        mute: (what) => this.api.mute(what, mention),
        closed: () => this.afterClose(),
        pointerInside: (inside) => {
          this.insideCard = inside;
          if (inside) this.win.clearTimeout(this.closeTimer);
          else if (this.hovered !== this.open) this.scheduleClose();
        },
      },
    });
  }

  private async openInPlace(id: string): Promise<void> {
    const ui = this.ui;
    if (!ui) return;
    const pageIds = [...new Set(this.annotator.shownMentions().map((m) => m.id))];
    const view = await this.api.card(id, pageIds, []);
    if (view) ui.replace(view);
  }

  /** Scrolls a mention into view and opens its card with focus. */
  async reveal(mention: PageMention, focus: boolean): Promise<void> {
    const el = mention.range.startContainer.parentElement;
    const reduce = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.hovered = mention;
    await this.show(mention, focus);
  }

  /** The next or previous shown mention after the open one (or after the top of the viewport). */
  async step(direction: 1 | -1): Promise<boolean> {
    const shown = this.annotator.shownMentions();
    if (!shown.length) return false;
    let i = this.open ? shown.indexOf(this.open) : -1;
    if (i < 0) {
      const firstVisible = shown.findIndex((m) => toRange(this.doc, m).getBoundingClientRect().top >= 0);
      i =
        direction === 1
          ? (firstVisible < 0 ? shown.length : firstVisible) - 1
          : firstVisible < 0
            ? shown.length
            : firstVisible;
    }
    const next = shown[(i + direction + shown.length) % shown.length]!;
    await this.reveal(next, true);
    return true;
  }

  close(): void {
    this.win.clearTimeout(this.openTimer);
    this.win.clearTimeout(this.closeTimer);
    this.ui?.hide();
    this.afterClose();
  }

  private afterClose(): void {
    this.open = undefined;
    this.insideCard = false;
    this.annotator.highlighter.setActive(undefined);
  }

  /** For tests: is there a mention under this point? */
  mentionAt(x: number, y: number): PageMention | undefined {
    return caretAt(this.doc, x, y)
      ? hitTest(this.doc, x, y, this.annotator.nodeSpans, (m) => toRange(this.doc, m))
      : undefined;
  }
}

export function toRange(doc: Document, m: PageMention): Range {
  const r = doc.createRange();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

function anchorOf(doc: Document, m: PageMention): CardAnchor {
  const el = m.range.startContainer.parentElement ?? doc.documentElement;
  const dir = doc.defaultView?.getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
  return {
    getBoundingClientRect: () => toRange(doc, m).getBoundingClientRect(),
    getClientRects: () => [...toRange(doc, m).getClientRects()],
    direction: dir,
    contextElement: el,
  };
}
