/**
 * The toolbar badge: how many distinct actors the page names. The content script reports its count
 * (pageStatus); turning the badge off in the settings clears it from every open tab at once, and turning
 * it back on asks each tab for its count again. MV3 has `action`, MV2 `browserAction`.
 */
import { browser } from 'wxt/browser';
import { getPreferences, watchPreferences } from '../settings/storage';

/** Amber, the colour of the highlights. */
const BADGE_COLOR = '#b45309';
/** Three digits fit the badge; more would be cut off anyway. */
const MAX_SHOWN = 999;

function action() {
  return import.meta.env.MANIFEST_VERSION === 3 ? browser.action : browser.browserAction;
}

export async function setBadge(tabId: number, count: number): Promise<void> {
  await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action().setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, MAX_SHOWN)) : '' });
}

/** Shows a tab's reported count, or nothing when the user turned the badge off. */
export async function showPageStatus(tabId: number, actors: number): Promise<void> {
  const prefs = await getPreferences();
  await setBadge(tabId, prefs.showBadge ? actors : 0);
}

/**
 * Follows the showBadge preference. `countOf` asks a tab's content script how many actors it shows
 * (undefined when there is none: a browser page, or a tab loaded before the extension).
 */
export function watchBadgePreference(countOf: (tabId: number) => Promise<number | undefined>): () => void {
  return watchPreferences((prefs, old) => {
    if (prefs.showBadge === old.showBadge) return;
    void browser.tabs.query({}).then((tabs) =>
      Promise.all(
        tabs.map(async ({ id }) => {
          if (id === undefined) return;
          const count = prefs.showBadge ? await countOf(id).catch(() => undefined) : 0;
          if (count !== undefined) await setBadge(id, count).catch(() => {});
        }),
      ),
    );
  });
}
