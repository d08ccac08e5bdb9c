/**
 * The contract between the content script and the card UI. The UI's code (Preact, floating-ui, the card)
 * is not in the content script: it is injected into the tab on the first hover and registers itself on
 * the isolated world's global, which both scripts share. Types only here, so the content script stays
 * tiny.
 */
import type { CardView } from '../knowledge/card-view';

export const CARD_UI_GLOBAL = '__dramatisCardUi';

export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRect[];
  /** Text direction of the mention's element, so the card aligns with it. */
  direction: 'ltr' | 'rtl';
  /** The element containing the mention (floating-ui watches its scroll parents). */
  contextElement: Element;
}

export interface CardCallbacks {
  /** A relation chip or an alternative was chosen: show that entity's card in place. */
  openEntity(id: string): void;
  /** Previous/next mention of this entity on the page. */
  step(direction: 1 | -1): void;
  mute(what: 'entity' | 'alias'): void;
  /** The card was closed (Escape, click outside, close button). */
  closed(): void;
  /** The pointer entered or left the card (the hover grace period depends on it). */
  pointerInside(inside: boolean): void;
}

export interface CardRequest {
  view: CardView;
  anchor: CardAnchor;
  /** "mentioned N times": this mention's position among the entity's mentions. */
  position: { index: number; total: number };
  /** The words on the page, for "Not this one?" (mute this alias). */
  surface: string;
  /** Move keyboard focus into the card (opened from the keyboard or the popup). */
  focus: boolean;
  theme: 'light' | 'dark';
  callbacks: CardCallbacks;
}

export interface CardUi {
  show(request: CardRequest): void;
  /** Replaces the card's content (another entity opened in place) keeping its place. */
  replace(view: CardView): void;
  hide(): void;
  isOpen(): boolean;
  isPinned(): boolean;
}
