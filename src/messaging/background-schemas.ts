/** Schemas of the messages the background handles (see protocol.ts). */
import * as v from 'valibot';
import { LANGUAGE_TAG } from '../core/language-tag';

export const id = v.pipe(v.string(), v.maxLength(64));
export const isoDate = v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)));
/** Text of one page or one added batch; bigger pages are sent in parts by the content script. */
export const MAX_TEXT_LENGTH = 4_000_000;

/** Messages handled by the background. */
export const BackgroundSchemas = {
  ping: v.undefined(),
  match: v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
    date: isoDate,
    /** The language the page declares (BCP 47), which settles short texts' (see MatchOptions.lang). */
    lang: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG))),
    /** Entities already found elsewhere on the page: they resolve surnames in added text. */
    contextIds: v.optional(v.pipe(v.array(id), v.maxLength(5000))),
  }),
  card: v.strictObject({
    id,
    date: isoDate,
    pageIds: v.pipe(v.array(id), v.maxLength(5000)),
    /** Other entities the words could name (the mention's alternatives). */
    alts: v.optional(v.pipe(v.array(id), v.maxLength(20))),
  }),
  loadCardUi: v.undefined(),
  pageStatus: v.strictObject({ actors: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  kbInfo: v.undefined(),
  /** Validates a personal pack against the schema and the knowledge base (before the options page saves it). */
  checkPack: v.strictObject({
    file: v.pipe(v.string(), v.maxLength(200)),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
  }),
  /** What the content script of a page on this host needs of the settings. */
  pageSettings: v.strictObject({ host: v.pipe(v.string(), v.maxLength(253)) }),
  /** "Not this one?" on a card: never mark this entity, or these words. */
  mute: v.strictObject({
    what: v.picklist(['entity', 'alias']),
    id,
    surface: v.pipe(v.string(), v.maxLength(200)),
  }),
  /** Names and descriptions of entities (the options page lists muted entities by name). */
  summaries: v.strictObject({ ids: v.pipe(v.array(id), v.maxLength(1000)) }),
} as const;
