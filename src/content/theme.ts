/**
 * Light or dark, to match the page: the luminance of the page's background colour (body, then html),
 * and the system's colour scheme when the page leaves its background transparent. Reads styles only.
 */

/** Relative luminance below which a background counts as dark (WCAG scale, 0–1). */
const DARK_LUMINANCE = 0.4;

export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Parses "rgb(r, g, b)" / "rgba(r, g, b, a)"; undefined for transparent. */
export function parseColor(value: string): [number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function pageTheme(doc: Document): 'light' | 'dark' {
  const win = doc.defaultView!;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgb) return luminance(...rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
