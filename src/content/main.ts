/**
 * Wires the content script: decides whether to run on this page from the preferences, starts the
 * annotator and the card controller, answers the popup, and restarts when settings, mutes, packs or the
 * SPA route change. Everything hangs off the script context's signal, so an extension update tears it down.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundMessenger, contentMessenger } from '../messaging/messengers';
import { ContentSchemas } from '../messaging/content-schemas';
import type { ContentProtocol, PageState } from '../messaging/protocol';
import { registerHandlers, type HandlerMap } from '../messaging/router';
import { muteAlias, muteId } from '../settings/mutes';
import type { Preferences } from '../settings/preferences';
import { siteStatus } from '../settings/site-rules';
import { getMutes, getPreferences, packsItem, setMutes, watchMutes, watchPreferences } from '../settings/storage';
import { Annotator } from './annotator';
import { CardController } from './card-controller';
import { pageDate } from './page-date';

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
  let prefs = await getPreferences();
  let session: Session | undefined;
  let statusTimer: number | undefined;
  let pauseTimer: number | undefined;
  const host = () => win.location.hostname;
  const date = () => pageDate(doc) ?? new Date().toISOString().slice(0, 10);

  const reportStatus = () => {
    win.clearTimeout(statusTimer);
    statusTimer = win.setTimeout(() => {
      const actors = session?.annotator.actors().length ?? 0;
      backgroundMessenger.sendMessage('pageStatus', { actors }).catch(() => {});
    }, STATUS_DEBOUNCE_MS);
  };

  const annotatorOptions = (p: Preferences) => ({
    kinds: p.kinds,
    firstMentionOnly: p.firstMentionOnly,
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
      { match: (text, d, contextIds) => backgroundMessenger.sendMessage('match', { text, date: d, contextIds }) },
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
          void getMutes().then((m) =>
            setMutes(what === 'entity' ? muteId(m, mention.id) : muteAlias(m, mention.surface)),
          ),
      },
      prefs.hoverDelayMs,
      prefs.theme,
      controller.signal,
    );
    cards.setHoverStyle(prefs.highlightStyle === 'hover');
    session = { controller, annotator, cards };
    void annotator.start();
  };

  const apply = (next: Preferences, restart = false) => {
    const wasActive = !!session;
    prefs = next;
    const status = siteStatus(prefs, host(), Date.now());
    win.clearTimeout(pauseTimer);
    if (status === 'paused') pauseTimer = win.setTimeout(() => apply(prefs), prefs.pausedUntil - Date.now() + 50);
    if (status !== 'active') return stop();
    if (!wasActive || restart) return start();
    session!.annotator.setOptions(annotatorOptions(prefs));
    session!.cards.configure(prefs.hoverDelayMs, prefs.theme);
    session!.cards.setHoverStyle(prefs.highlightStyle === 'hover');
  };

  const handlers: HandlerMap<ContentProtocol> = {
    pageState: (): PageState => ({
      host: host(),
      status: siteStatus(prefs, host(), Date.now()),
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
  const unregister = registerHandlers(contentMessenger, handlers, ContentSchemas);
  ctx.onInvalidated(unregister);

  const unwatch = [
    watchPreferences((p) => apply(p)),
    watchMutes(() => apply(prefs, true)),
    packsItem.watch(() => apply(prefs, true)),
  ];
  ctx.onInvalidated(() => unwatch.forEach((u) => u()));
  // Single-page apps: a new route is a new article.
  ctx.addEventListener(win, 'wxt:locationchange', () => apply(prefs, true));
  apply(prefs);
}
