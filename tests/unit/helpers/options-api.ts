/** A fake OptionsApi: the bundled knowledge base's answers, and the real pack check. */
import { vi } from 'vitest';
import type { EntitySummary, KbInfo } from '../../../src/messaging/protocol';
import type { OptionsApi } from '../../../src/options/api';
import { check, KB_AS_OF } from './packs';

export const SUMMARIES: Record<string, EntitySummary> = {
  Q7747: { name: 'Vladimir Putin', kind: 'person', description: 'President of Russia' },
  Q39259: { name: 'Recep Tayyip Erdoğan', kind: 'person', description: 'President of Turkey' },
};

export const KB_INFO: KbInfo = {
  asOf: KB_AS_OF,
  entities: 4210,
  byKind: { person: 3000, country: 210, 'armed-group': 1000 },
  sources: [{ key: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', license: 'CC0' }],
  packEntities: 0,
};

export function fakeOptionsApi() {
  return {
    kbInfo: vi.fn(() => Promise.resolve(KB_INFO)),
    checkPack: vi.fn((file: string, text: string) => Promise.resolve(check(file, text))),
    summaries: vi.fn((ids: string[]) =>
      Promise.resolve(Object.fromEntries(ids.flatMap((id) => (SUMMARIES[id] ? [[id, SUMMARIES[id]]] : [])))),
    ),
    shortcuts: vi.fn(() => Promise.resolve([{ name: 'next-actor', shortcut: 'Alt+Shift+N' }])),
    openShortcutSettings: vi.fn(() => Promise.resolve()),
    download: vi.fn<(fileName: string, text: string) => void>(),
  } satisfies OptionsApi;
}
