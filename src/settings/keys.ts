/**
 * Where each storage item lives: its area and key. storage.ts defines the items on these; the content
 * script only listens for changes to them (it reads settings through the background, so it carries no
 * storage or validation library).
 */
export const STORAGE_KEYS = {
  preferences: { area: 'sync', key: 'preferences' },
  mutes: { area: 'sync', key: 'mutes' },
  packs: { area: 'local', key: 'packs' },
} as const;
