/**
 * Wires the content script: asks the background whether and how to run on this page, starts the annotator
 * and the card controller, answers the popup, and follows changes of settings, mutes, packs and the SPA
 * route. Everything hangs off the script context's signal, so an extension update tears it down.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundMessenger, contentMessenger } from '../messaging/messengers';
import { ContentChecks } from '../messaging/content-schemas';
import type { ContentProtocol, PageState } from '../messaging/protocol';
import { registerHandlers, type HandlerMap } from '../messaging/router';
import type { ContentSettings } from '../messaging/protocol';
import { fetchSettings, onSettingsChange } from './settings-client';
import { Annotator } from './annotator';
import { CardController } from './card-controller';
import { pageDate } from './page-date';
import { pageLang } from './page-lang';

/** Batch badge updates: a live page reports many small changes. */
const STATUS_DEBOUNCE_MS = 250;

interface Session {
  controller: AbortController;
  annotator: Annotator;
  cards: CardController;
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const win = window;
  const host = () => win.location.hostname;
  let prefs: ContentSettings;
  try {
    prefs = await fetchSettings(host());
  } catch {
    // No answer from the background (the extension is being updated): this page stays as it is.
    return;
  }
  let session: Session | undefined;
  let statusTimer: number | undefined;
  let pauseTimer: number | undefined;
  const date = () => pageDate(doc) ?? new Date().toISOString().slice(0, 10);

  const reportStatus = () => {
    win.clearTimeout(statusTimer);
    statusTimer = win.setTimeout(() => {
      const actors = session?.annotator.actors().length ?? 0;
      backgroundMessenger.sendMessage('pageStatus', { actors }).catch(() => {});
    }, STATUS_DEBOUNCE_MS);
  };

  const annotatorOptions = (p: ContentSettings) => ({
    kinds: p.kinds,
    firstMentionOnly: p.firstMentionOnly,
    unknownPeople: p.unknownPeople,
    style: p.highlightStyle,
  });

  const stop = () => {
    session?.controller.abort();
    session = undefined;
    reportStatus();
  };

  const start = () => {
    stop();
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    const annotator = new Annotator(
      doc,
      {
        // The language read again for every batch, as the date is: a single-page app may change both.
        match: (text, d, contextIds) =>
          backgroundMessenger.sendMessage('match', { text, date: d, lang: pageLang(doc), contextIds }),
      },
      date,
      annotatorOptions(prefs),
      controller.signal,
    );
    annotator.onChange = reportStatus;
    const cards = new CardController(
      doc,
      annotator,
      {
        loadCardUi: () => backgroundMessenger.sendMessage('loadCardUi', undefined),
        card: async (id, pageIds, alts) => {
          const view = await backgroundMessenger.sendMessage('card', { id, date: date(), pageIds, alts });
          return view;
        },
        mute: (what, mention) =>
          void backgroundMessenger.sendMessage('mute', { what, id: mention.id, surface: mention.surface }),
      },
      prefs.hoverDelayMs,
      prefs.theme,
      controller.signal,
    );
    cards.setHoverStyle(prefs.highlightStyle === 'hover');
    session = { controller, annotator, cards };
    // A failed read (the background restarting after an update) leaves the page unmarked, without noise
    // in the page's console; the next settings change or navigation tries again.
    annotator.start().catch(() => {});
  };

  const apply = (next: ContentSettings, restart = false) => {
    const wasActive = !!session;
    prefs = next;
    win.clearTimeout(pauseTimer);
    if (prefs.status === 'paused')
      pauseTimer = win.setTimeout(() => void refresh(), Math.max(0, prefs.pausedUntil - Date.now()) + 50);
    if (prefs.status !== 'active') return stop();
    if (!wasActive || restart) return start();
    session!.annotator.setOptions(annotatorOptions(prefs));
    session!.cards.configure(prefs.hoverDelayMs, prefs.theme);
    session!.cards.setHoverStyle(prefs.highlightStyle === 'hover');
  };

  /** Reads the settings again and applies them; `restart` reads the page again (mutes or packs changed). */
  const refresh = async (restart = false) => {
    try {
      apply(await fetchSettings(host()), restart);
    } catch {
      // The extension was updated or reloaded: this script's context is gone, nothing to do.
    }
  };

  const handlers: HandlerMap<ContentProtocol> = {
    pageState: (): PageState => ({
      host: host(),
      status: prefs.status,
      actors: session?.annotator.actors() ?? [],
    }),
    reveal: async ({ id }) => {
      const mention = session?.annotator.shownMentions().find((m) => m.id === id);
      if (!mention || !session) return false;
      await session.cards.reveal(mention, true);
      return true;
    },
    step: ({ direction }) => session?.cards.step(direction) ?? false,
  };
  const unregister = registerHandlers(contentMessenger, handlers, ContentChecks);
  ctx.onInvalidated(unregister);

  onSettingsChange((what) => void refresh(what === 'knowledge'), ctx.signal);
  // Single-page apps: a new route is a new article.
  ctx.addEventListener(win, 'wxt:locationchange', () => apply(prefs, true));
  apply(prefs);
}
