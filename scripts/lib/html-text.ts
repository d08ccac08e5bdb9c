/**
 * Reads an HTML file the way the content script reads a page: parsed by happy-dom with scripts and styles
 * off, text extracted by src/content/extract.ts, dated by src/content/page-date.ts, its language read by
 * src/content/page-lang.ts.
 */
import { Window } from 'happy-dom';
import { extractText } from '../../src/content/extract';
import { pageDate } from '../../src/content/page-date';
import { pageLang } from '../../src/content/page-lang';

/** Text, date and declared language of an HTML document, read exactly as the content script reads them. */
export function readHtml(html: string): { text: string; date: string | undefined; lang: string | undefined } {
  const window = new Window({
    url: 'https://example.org/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const document = window.document;
  // Parse without running scripts or loading anything: the page is only read.
  document.write(html);
  const text = extractText(document as unknown as Document).text;
  const date = pageDate(document as unknown as Document);
  const lang = pageLang(document as unknown as Document);
  void window.happyDOM.close();
  return { text, date, lang };
}
