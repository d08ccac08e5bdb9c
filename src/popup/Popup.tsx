/** The toolbar popup: whether Dramatis runs here, and the cast of the current page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { contentMessenger } from '../messaging/messengers';
import type { PageState } from '../messaging/protocol';

/**
 * The tab the popup is about: the active tab of the window it was opened from, or `?tab=<id>` when the
 * popup is opened as a page of its own (keyboard users, the real-browser tests).
 */
async function activeTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [state, setState] = useState<PageState | null | undefined>(undefined);
  useEffect(() => {
    void activeTabId().then(async (tabId) => {
      if (tabId === undefined) return setState(null);
      setState(await contentMessenger.sendMessage('pageState', undefined, tabId).catch(() => null));
    });
  }, []);
  return (
    <main>
      <h1>
        <img src="/icon/32.png" alt="" /> Dramatis
      </h1>
      {state === undefined && <p class="status">Reading this page…</p>}
      {state === null && <p class="status">Dramatis does not run on this page.</p>}
      {state && (
        <>
          <p class="status">
            {state.host} · {state.actors.length} actors
          </p>
          <ul class="actors">
            {state.actors.map((a) => (
              <li key={a.id}>
                <button type="button">
                  <span class="name">{a.name}</span>
                  <span class="count">×{a.count}</span>
                  <div class="desc">{a.description}</div>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
