/** The language a page declares, from its markup; anything that is not a language tag is no language. */
import { describe, expect, it } from 'vitest';
import { pageLang } from '../../src/content/page-lang';
import { loadFixture, loadPage } from './helpers/dom';

const langOf = (htmlAttrs: string, head = '') =>
  pageLang(loadPage(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><p>Text</p></body></html>`));

describe('pageLang', () => {
  it('reads <html lang>', () => {
    expect(langOf('lang="de"')).toBe('de');
    expect(langOf('lang=" pt-BR "')).toBe('pt-BR');
    expect(langOf('lang="zh-Hant-TW"')).toBe('zh-Hant-TW');
  });

  it('falls back to Content-Language, then to og:locale written with an underscore', () => {
    expect(langOf('', '<meta http-equiv="Content-Language" content="es-MX, en">')).toBe('es-MX');
    expect(langOf('', '<meta property="og:locale" content="sv_SE">')).toBe('sv-SE');
    expect(langOf('lang="fr"', '<meta property="og:locale" content="en_US">')).toBe('fr');
  });

  it('gives nothing for an empty, undetermined or malformed declaration', () => {
    expect(langOf('')).toBeUndefined();
    expect(langOf('lang=""')).toBeUndefined();
    expect(langOf('lang="und"')).toBeUndefined();
    expect(langOf('lang="<script>"', '<meta property="og:locale" content="not a locale">')).toBeUndefined();
    // A bad <html lang> does not hide a good declaration after it.
    expect(langOf('lang="english please"', '<meta property="og:locale" content="en_GB">')).toBe('en-GB');
  });

  it('reads the fixture pages’ declared language', () => {
    expect(pageLang(loadFixture('putin-to-visit-tehran.html'))).toMatch(/^en\b/);
  });
});
