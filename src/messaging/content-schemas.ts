/** Schemas of the messages a tab's content script handles (see protocol.ts). */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.maxLength(64));

/** Messages handled by the content script of a tab. */
export const ContentSchemas = {
  pageState: v.undefined(),
  reveal: v.strictObject({ id }),
  step: v.strictObject({ direction: v.picklist([1, -1]) }),
} as const;
