/**
 * What the content script of a tab accepts (see protocol.ts). Checked by hand: three small messages do not
 * justify a validation library in a script that runs on every page.
 */
import type { Check } from './router';

export interface RevealData {
  id: string;
}
export interface StepData {
  direction: 1 | -1;
}

/** Longest entity id accepted (QIDs and local ids are far shorter). */
const MAX_ID = 64;

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const onlyKeys = (x: Record<string, unknown>, keys: string[]) => Object.keys(x).every((k) => keys.includes(k));

export const ContentChecks: Record<'pageState' | 'reveal' | 'step', Check> = {
  pageState: (d) => (d === undefined ? { ok: true, value: undefined } : { ok: false, error: 'data: expected none' }),
  reveal: (d) =>
    isRecord(d) && onlyKeys(d, ['id']) && typeof d.id === 'string' && d.id.length > 0 && d.id.length <= MAX_ID
      ? { ok: true, value: { id: d.id } satisfies RevealData }
      : { ok: false, error: 'id: expected an entity id' },
  step: (d) =>
    isRecord(d) && onlyKeys(d, ['direction']) && (d.direction === 1 || d.direction === -1)
      ? { ok: true, value: { direction: d.direction } satisfies StepData }
      : { ok: false, error: 'direction: expected 1 or -1' },
};
