/**
 * Language tags as documents declare them (BCP 47: "de", "pt-BR", "zh-Hant-TW"): the one shape the page reader, the
 * message schema, the annotate CLI and the matcher accept. Pure: no DOM, no `browser`.
 */

/** A BCP 47 tag: a primary language subtag of two or three letters and up to four more subtags. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/** "de" of "de-AT" or "DE_at": a declared language's primary subtag, lower case; '' if there is none. */
export function primaryLanguage(lang: string | undefined): string {
  const m = lang ? /^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)/.exec(lang) : null;
  return m ? m[1]!.toLowerCase() : '';
}
