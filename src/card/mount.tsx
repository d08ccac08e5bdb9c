/**
 * Shows the card in the page: one host element (created on first use, removed when the card closes) with
 * a shadow root, so styles cannot leak in or out; positioned next to the mention by floating-ui, flipping
 * and shifting to stay in the viewport at any zoom and in fullscreen. Handles Escape, clicks outside,
 * pinning, and returns focus where it was.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardView } from '../knowledge/card-view';
import { UI_HOST_ATTRIBUTE } from '../content/extract';
import { CARD_UI_GLOBAL, type CardRequest, type CardUi } from './api';
import { Card } from './Card';
import { CARD_CSS } from './card-styles';

/** Gap between the mention and the card. */
const CARD_OFFSET_PX = 6;
/** Keep the card this far from the viewport's edges. */
const VIEWPORT_PADDING_PX = 8;
const MIN_CARD_HEIGHT_PX = 160;
const MAX_CARD_HEIGHT_PX = 560;
const TITLE_ID = 'dramatis-card-title';

export function createCardUi(doc: Document): CardUi {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let request: CardRequest | undefined;
  let history: CardView[] = [];
  let pinned = false;
  let stopAutoUpdate: (() => void) | undefined;
  let returnFocus: HTMLElement | undefined;
  const win = doc.defaultView!;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && request) {
      e.stopPropagation();
      close(true);
    }
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!request || pinned) return;
    if (host && e.composedPath().includes(host)) return;
    close(false);
  };

  function ensureHost(): HTMLElement {
    if (host) return host;
    host = doc.createElement('dramatis-card');
    host.setAttribute(UI_HOST_ATTRIBUTE, '');
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: block;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    container = doc.createElement('div');
    shadow.append(style, container);
    host.addEventListener('pointerenter', () => request?.callbacks.pointerInside(true));
    host.addEventListener('pointerleave', () => request?.callbacks.pointerInside(false));
    return host;
  }

  function draw(): void {
    if (!request || !container) return;
    const view = history[history.length - 1]!;
    const card = (
      <Card
        view={view}
        position={history.length > 1 ? { index: 0, total: 0 } : request.position}
        surface={request.surface}
        pinned={pinned}
        canGoBack={history.length > 1}
        titleId={TITLE_ID}
        onClose={() => close(true)}
        onPin={() => {
          pinned = !pinned;
          draw();
        }}
        onBack={() => {
          history.pop();
          draw();
        }}
        onOpenEntity={(id) => request?.callbacks.openEntity(id)}
        onStep={(d) => request?.callbacks.step(d)}
        onMute={(what) => {
          request?.callbacks.mute(what);
          close(true);
        }}
      />
    );
    render(card, container);
    container.firstElementChild?.classList.toggle('dark', request.theme === 'dark');
    void place();
  }

  async function place(): Promise<void> {
    if (!request || !host) return;
    const anchor = request.anchor;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.contextElement,
    };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: anchor.direction === 'rtl' ? 'bottom-end' : 'bottom-start',
      middleware: [
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight }) {
            const card = container?.firstElementChild as HTMLElement | null;
            if (card) {
              const h = Math.max(MIN_CARD_HEIGHT_PX, Math.min(MAX_CARD_HEIGHT_PX, availableHeight));
              card.style.maxHeight = `${h}px`;
            }
          },
        }),
      ],
    });
    host.style.left = `${Math.round(x)}px`;
    host.style.top = `${Math.round(y)}px`;
  }

  function close(notify: boolean): void {
    if (!request) return;
    const callbacks = request.callbacks;
    request = undefined;
    history = [];
    pinned = false;
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    if (container) render(null, container);
    host?.remove();
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
    if (notify) callbacks.closed();
  }

  return {
    show(next) {
      const wasOpen = !!request;
      request = next;
      history = [next.view];
      const h = ensureHost();
      // In fullscreen only the fullscreen element's subtree is painted.
      const parent = doc.fullscreenElement ?? doc.documentElement;
      if (h.parentNode !== parent) parent.append(h);
      if (!wasOpen) {
        doc.addEventListener('keydown', onKeyDown, true);
        doc.addEventListener('pointerdown', onPointerDown, true);
      }
      stopAutoUpdate?.();
      draw();
      stopAutoUpdate = autoUpdate(
        {
          getBoundingClientRect: () => next.anchor.getBoundingClientRect(),
          contextElement: next.anchor.contextElement,
        },
        h,
        () => void place(),
      );
      if (next.focus) {
        const active = doc.activeElement;
        if (!returnFocus && active instanceof win.HTMLElement && active !== h) returnFocus = active;
        const card = container?.firstElementChild as HTMLElement | null;
        card?.setAttribute('tabindex', '-1');
        card?.focus({ preventScroll: true });
      }
    },
    replace(view) {
      if (!request) return;
      history.push(view);
      draw();
    },
    hide: () => close(false),
    isOpen: () => !!request,
    isPinned: () => pinned,
  };
}

/** Registers the UI on the isolated world's global, once (the script may be injected again). */
export function installCardUi(doc: Document): void {
  const g = globalThis as Record<string, unknown>;
  if (!g[CARD_UI_GLOBAL]) g[CARD_UI_GLOBAL] = createCardUi(doc);
}
