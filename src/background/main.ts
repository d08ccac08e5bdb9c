/**
 * Wires the background: loads the knowledge base on first use (one copy for all tabs), answers the
 * content scripts and the popup, injects the card UI on demand, sets the toolbar badge, and relays the
 * keyboard commands to the active tab.
 */
import { browser } from 'wxt/browser';
import { backgroundMessenger, contentMessenger } from '../messaging/messengers';
import { BackgroundSchemas } from '../messaging/background-schemas';
import type { BackgroundProtocol } from '../messaging/protocol';
import { registerHandlers, type HandlerMap } from '../messaging/router';
import { valibotChecks } from '../messaging/check-valibot';
import { packEntities } from '../settings/packs';
import { getPacks, watchPacks } from '../settings/packs-store';
import { getMutes, getPreferences, updateMutes, watchMutes } from '../settings/storage';
import { muteAlias, muteId, type Mutes } from '../settings/mutes';
import { siteStatus } from '../settings/site-rules';
import { checkPack } from '../knowledge/pack-check';
import { KnowledgeStore, type KnowledgeMeta } from './knowledge-store';
import { showPageStatus, watchBadgePreference } from './badge';
import { injectCardUi } from './card-ui-injector';
import { unknownName } from '../core/unknown-id';
import { t } from '../i18n';
import type { EntitySummary } from '../messaging/protocol';

/** Who an actor is, in a line; a person not in the knowledge base is described by what the page said. */
function summaryOf(s: KnowledgeStore, id: string): EntitySummary | undefined {
  const summary = s.summary(id);
  if (!summary || unknownName(id) === undefined) return summary;
  const title = s.unknownTitle(id);
  return { ...summary, description: title ? t('unknownNamedAs', title) : t('unknownNamed') };
}

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  // The kb/ files are added to the build by a hook, so WXT's PublicPath type does not list them.
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`cannot load ${path}: ${response.status}`);
  return response.arrayBuffer();
}

async function loadStore(): Promise<KnowledgeStore> {
  const [index, cards, metaBytes] = await Promise.all([
    fetchBytes('/kb/index.bin'),
    fetchBytes('/kb/cards.bin'),
    fetchBytes('/kb/meta.json'),
  ]);
  const meta = JSON.parse(new TextDecoder().decode(metaBytes)) as KnowledgeMeta;
  const store = new KnowledgeStore({ index, cards }, meta);
  store.setPackEntities(packEntities(await getPacks()));
  return store;
}

export function startBackground(): void {
  let storePromise: Promise<KnowledgeStore> | undefined;
  const store = () => (storePromise ??= loadStore());
  let mutes: Promise<Mutes> = getMutes();
  watchMutes((m) => (mutes = Promise.resolve(m)));
  watchPacks((p) => void store().then((s) => s.setPackEntities(packEntities(p))));

  const handlers: HandlerMap<BackgroundProtocol> = {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    match: async ({ text, date, lang, contextIds }) => {
      const [s, m] = await Promise.all([store(), mutes]);
      const mentions = s.match(text, {
        ...(date ? { date } : {}),
        ...(lang ? { lang } : {}),
        ...(contextIds ? { contextIds } : {}),
        mutedIds: new Set(m.ids),
        mutedSurfaces: new Set(m.aliases),
      });
      const entities: Record<string, { name: string; kind: string; description: string }> = {};
      for (const mention of mentions) {
        if (entities[mention.id]) continue;
        const summary = summaryOf(s, mention.id);
        if (summary) entities[mention.id] = summary;
      }
      return { mentions, entities };
    },
    card: async ({ id, date, pageIds, alts }) => {
      const s = await store();
      const view = s.card(id, date, pageIds);
      if (view && alts?.length) {
        view.alternatives = alts.flatMap((a) => {
          const name = s.nameOf(a);
          return name ? [{ id: a, name }] : [];
        });
      }
      return view;
    },
    loadCardUi: async (_data, sender) => {
      if (sender.tabId === undefined) return false;
      await injectCardUi(sender.tabId, sender.frameId ?? 0);
      return true;
    },
    pageStatus: async ({ actors }, sender) => {
      if (sender.tabId === undefined || sender.frameId) return;
      await showPageStatus(sender.tabId, actors);
    },
    kbInfo: async () => (await store()).info(),
    checkPack: async ({ file, text }) => {
      const s = await store();
      return checkPack(text, file, {
        asOf: s.meta.asOf,
        isBundled: (id) => s.isBundled(id),
        sourceKeys: new Set(Object.keys(s.meta.sources)),
      });
    },
    pageSettings: async ({ host }) => {
      const p = await getPreferences();
      return {
        status: siteStatus(p, host, Date.now()),
        pausedUntil: p.pausedUntil,
        kinds: p.kinds,
        highlightStyle: p.highlightStyle,
        firstMentionOnly: p.firstMentionOnly,
        unknownPeople: p.unknownPeople,
        hoverDelayMs: p.hoverDelayMs,
        theme: p.theme,
      };
    },
    mute: async ({ what, id, surface }) => {
      await updateMutes((m) => (what === 'entity' ? muteId(m, id) : muteAlias(m, surface)));
    },
    summaries: async ({ ids }) => {
      const s = await store();
      return Object.fromEntries(
        ids.flatMap((id) => {
          const summary = summaryOf(s, id);
          return summary ? [[id, summary]] : [];
        }),
      );
    },
  };
  registerHandlers(backgroundMessenger, handlers, valibotChecks(BackgroundSchemas));
  watchBadgePreference(
    async (tabId) => (await contentMessenger.sendMessage('pageState', undefined, tabId)).actors.length,
  );

  browser.commands.onCommand.addListener((command) => {
    const direction = command === 'next-actor' ? 1 : command === 'previous-actor' ? -1 : 0;
    if (!direction) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) contentMessenger.sendMessage('step', { direction }, tab.id).catch(() => {});
    });
  });
}
