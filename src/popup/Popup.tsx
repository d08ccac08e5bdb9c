/** The toolbar popup: whether Dramatis runs here, and the cast of the current page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { contentMessenger } from '../messaging/messengers';
import type { PageState } from '../messaging/protocol';

async function activeTabId(): Promise<number | undefined> {
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
