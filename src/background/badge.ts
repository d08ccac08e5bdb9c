/** The toolbar badge: how many distinct actors the page names. MV3 has `action`, MV2 `browserAction`. */
import { browser } from 'wxt/browser';

/** Amber, the colour of the highlights. */
const BADGE_COLOR = '#b45309';

export async function setBadge(tabId: number, count: number): Promise<void> {
  const action = import.meta.env.MANIFEST_VERSION === 3 ? browser.action : browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}
