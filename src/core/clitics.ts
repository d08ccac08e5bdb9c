/**
 * Prefixes written attached to the next word, which a name lookup must look through: Arabic و ف ب ل ك
 * and the article ال ("وبوتين", "بالرياض", "للرياض"), Hebrew ו ה ב ל מ ש כ ("לנתניהו"). Pure.
 *
 * The splits are written into caller-owned typed arrays: the matcher asks for them on every Arabic and
 * Hebrew token, and allocating per token showed up as garbage-collection pauses on the first page.
 */

/** Arabic proclitic sequences, longest first; `article` re-attaches ال after ل + ال contracted to لل. */
const ARABIC: { prefix: string; article: boolean }[] = [
  { prefix: 'وبال', article: false },
  { prefix: 'وال', article: false },
  { prefix: 'بال', article: false },
  { prefix: 'فال', article: false },
  { prefix: 'كال', article: false },
  { prefix: 'ولل', article: true },
  { prefix: 'لل', article: true },
  { prefix: 'وب', article: false },
  { prefix: 'ول', article: false },
  { prefix: 'وك', article: false },
  { prefix: 'فب', article: false },
  { prefix: 'فل', article: false },
  { prefix: 'و', article: false },
  { prefix: 'ف', article: false },
  { prefix: 'ب', article: false },
  { prefix: 'ل', article: false },
  { prefix: 'ك', article: false },
];
/** The letters any Arabic proclitic starts with: other tokens need no further test. */
const ARABIC_FIRST = new Set(ARABIC.map((p) => p.prefix.charCodeAt(0)));
/** The Arabic article, written attached (ال); put back before a stem after ل + ال contracted to لل. */
export const ARABIC_ARTICLE = 'ال';
const HEBREW_LETTERS = 'ובהלמשכ';
/** Prefixes that swallow a following article ה. */
const HEBREW_ARTICLE_DROPPERS = 'בלכ';

/** The Hebrew prefix letter `letter` swallows an article ה after it ("בבית" is ב + "הבית"). */
export function swallowsArticle(letter: string): boolean {
  return HEBREW_ARTICLE_DROPPERS.includes(letter);
}
/** The Hebrew article, written attached. */
export const HEBREW_ARTICLE = 'ה';
/** `Splits.article` for a Hebrew split that puts the article back (1 puts back Arabic ال). */
export const HEBREW_WITH_ARTICLE = 2;
/** A stem shorter than this after stripping is too likely to be a different word. */
const MIN_STEM = 3;
/** The most splits a token can have (every Arabic prefix matching, some twice; Hebrew's are fewer). */
export const MAX_SPLITS = 3 * ARABIC.length;

/**
 * Where the splits of a token go: `skip[q]` code units are stripped from its start, and when `article[q]` is
 * 1 the Arabic article ال is put back before the rest for the lookup (ل + ال is written لل); when it is
 * HEBREW_WITH_ARTICLE, the Hebrew article ה.
 */
export interface Splits {
  skip: Int32Array;
  article: Uint8Array;
}

export function createSplits(): Splits {
  return { skip: new Int32Array(MAX_SPLITS), article: new Uint8Array(MAX_SPLITS) };
}

function startsWith(text: string, start: number, end: number, prefix: string): boolean {
  if (end - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** text[start, end) opens with the Arabic article and has more after it. */
export function startsWithArticle(text: string, start: number, end: number): boolean {
  return end - start > ARABIC_ARTICLE.length && startsWith(text, start, end, ARABIC_ARTICLE);
}

/**
 * Ways to split the Arabic-script token text[start, end), longest prefix first, written into `out`.
 * Returns how many.
 */
export function arabicSplits(text: string, start: number, end: number, out: Splits): number {
  if (!ARABIC_FIRST.has(text.charCodeAt(start))) return 0;
  const length = end - start;
  let n = 0;
  const push = (skip: number, article: boolean) => {
    out.skip[n] = skip;
    out.article[n++] = article ? 1 : 0;
  };
  for (let p = 0; p < ARABIC.length; p++) {
    const { prefix, article } = ARABIC[p]!;
    if (!startsWith(text, start, end, prefix) || length - prefix.length < MIN_STEM - (article ? 1 : 0)) continue;
    push(prefix.length, false);
    if (article) push(prefix.length, true);
    // "والرياض" → also try the article kept: "الرياض".
    if (prefix.endsWith(ARABIC_ARTICLE)) push(prefix.length - 2, false);
  }
  return n;
}

/**
 * Ways to split the Hebrew token text[start, end): up to three prefix letters. After ב, ל or כ the article ה is
 * dropped in writing ("בבית היהודי" is ב + "הבית היהודי"): those splits are also tried with it put back
 * (`article` HEBREW_WITH_ARTICLE). Returns how many.
 */
export function hebrewSplits(text: string, start: number, end: number, out: Splits): number {
  let n = 0;
  for (let k = 1; k <= 3 && k < end - start; k++) {
    const letter = text.charAt(start + k - 1);
    if (!HEBREW_LETTERS.includes(letter)) break;
    // The prefixes come in order: ו ('and') only first, the article ה only last ("השמאלי" is ה + "שמאלי", 'the
    // leftist', never ה + ש + "מאלי", Mali).
    if (k > 1 && (letter === 'ו' || text.charAt(start + k - 2) === 'ה')) break;
    if (end - start - k >= MIN_STEM) {
      out.skip[n] = k;
      out.article[n++] = 0;
      if (swallowsArticle(letter)) {
        out.skip[n] = k;
        out.article[n++] = HEBREW_WITH_ARTICLE;
      }
    }
  }
  return n;
}
