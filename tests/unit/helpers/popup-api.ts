/** A fake PopupApi: one tab on a news page whose content script reports the cast of a Tehran summit article. */
import { vi } from 'vitest';
import type { PageActor, PageState } from '../../../src/messaging/protocol';
import type { PopupApi } from '../../../src/popup/api';

export const TAB_ID = 7;
export const PAGE_URL = 'https://www.bbc.co.uk/news/world-middle-east-62190209';

export const ACTORS: PageActor[] = [
  { id: 'Q39259', name: 'Recep Tayyip Erdoğan', kind: 'person', description: 'President of Turkey', count: 4 },
  { id: 'Q7747', name: 'Vladimir Putin', kind: 'person', description: 'President of Russia', count: 6 },
  { id: 'Q5947347', name: 'Ebrahim Raisi', kind: 'person', description: 'President of Iran 2021–2024', count: 2 },
  { id: 'Q794', name: 'Iran', kind: 'country', description: 'Country in Western Asia', count: 9 },
  { id: 'Q159', name: 'Russia', kind: 'country', description: 'Country in Eastern Europe', count: 7 },
  {
    id: 'x-irna',
    name: 'Islamic Republic News Agency',
    kind: 'media',
    description: 'Iranian state news agency',
    count: 1,
  },
  { id: 'Q7184', name: 'NATO', kind: 'international-organization', description: 'Military alliance', count: 1 },
];

export const ACTIVE_PAGE: PageState = { host: 'www.bbc.co.uk', status: 'active', actors: ACTORS };

export function fakePopupApi(page: PageState | null = ACTIVE_PAGE, url: string | undefined = PAGE_URL) {
  return {
    tabId: vi.fn(() => Promise.resolve<number | undefined>(TAB_ID)),
    tabUrl: vi.fn(() => Promise.resolve(url)),
    pageState: vi.fn(() => Promise.resolve(page)),
    reveal: vi.fn(() => Promise.resolve(true)),
    openOptions: vi.fn(() => Promise.resolve()),
    done: vi.fn(),
  } satisfies PopupApi;
}
