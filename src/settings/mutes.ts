/**
 * Entities and aliases the user muted from a card's "Not this one?". Aliases are kept folded (case and
 * diacritics removed) so muting "Sullivan" also mutes "SULLIVAN". Pure.
 */
import { foldSurface } from '../core/fold';

export interface Mutes {
  /** Entity ids never marked. */
  ids: string[];
  /** Folded surfaces never marked, whatever they name. */
  aliases: string[];
}

/** Generous but bounded: storage.sync allows 8 KB per item. */
export const MAX_MUTES = 300;

export function readMutes(stored: unknown): Mutes {
  const out: Mutes = { ids: [], aliases: [] };
  if (!stored || typeof stored !== 'object') return out;
  const r = stored as Record<string, unknown>;
  const strings = (x: unknown, max: number) =>
    Array.isArray(x)
      ? [...new Set(x.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= max))]
      : [];
  out.ids = strings(r.ids, 64)
    .filter((s) => /^(Q\d+|x-[a-z0-9-]+)$/.test(s))
    .slice(0, MAX_MUTES);
  // Deduplicated once folded: "Erdoğan" and "ERDOGAN" are one muted word, listed once in the options.
  out.aliases = [...new Set(strings(r.aliases, 120).map(foldSurface).filter(Boolean))].slice(0, MAX_MUTES);
  return out;
}

export function muteId(m: Mutes, id: string): Mutes {
  return { ...m, ids: m.ids.includes(id) ? m.ids : [...m.ids, id].slice(-MAX_MUTES) };
}
export function muteAlias(m: Mutes, surface: string): Mutes {
  const folded = foldSurface(surface);
  return {
    ...m,
    aliases: m.aliases.includes(folded) || !folded ? m.aliases : [...m.aliases, folded].slice(-MAX_MUTES),
  };
}
export function unmuteId(m: Mutes, id: string): Mutes {
  return { ...m, ids: m.ids.filter((x) => x !== id) };
}
export function unmuteAlias(m: Mutes, alias: string): Mutes {
  return { ...m, aliases: m.aliases.filter((x) => x !== alias) };
}
