/**
 * The language a page declares: `<html lang>`, else a Content-Language meta, else `og:locale` ("de_DE").
 * The matcher tells a text's language from its function words; a declaration settles the short texts that
 * have too few of them (a headline, a few lines added by a live blog). Reads only; takes the document as a
 * parameter.
 */
import { LANGUAGE_TAG } from '../core/language-tag';

export function pageLang(doc: Document): string | undefined {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    contentLanguage(doc),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    // "en, fr" (Content-Language may list several): the first; og:locale's "de_DE" is "de-DE"; "x-default", "und",
    // "" say nothing.
    const tag = raw?.split(',')[0]!.trim().replace(/_/g, '-');
    if (tag && LANGUAGE_TAG.test(tag) && !/^(?:und|mul|zxx)\b/i.test(tag)) return tag;
  }
  return undefined;
}

/** A `<meta http-equiv="Content-Language">`'s content, the attribute's value in any case. */
function contentLanguage(doc: Document): string | null | undefined {
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')!.toLowerCase() === 'content-language') return meta.getAttribute('content');
  }
  return undefined;
}
