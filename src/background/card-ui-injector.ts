/**
 * Injects the card UI script into a tab's frame on its first hover, so the content script that runs on
 * every page carries none of Preact, floating-ui or the card. MV3 uses scripting, MV2 tabs.executeScript.
 */
import { browser } from 'wxt/browser';

const CARD_UI_FILE = '/card-ui.js';

export async function injectCardUi(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: CARD_UI_FILE, frameId });
  }
}
