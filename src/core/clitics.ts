/**
 * Prefixes written attached to the next word, which a name lookup must look through: Arabic و ف ب ل ك
 * and the article ال ("وبوتين", "بالرياض", "للرياض"), Hebrew ו ה ב ל מ ש כ ("לנתניהו"). Tried only when a
 * token is not found as written. Pure.
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
const HEBREW_LETTERS = 'ובהלמשכ';
/** A stem shorter than this after stripping is too likely to be a different word. */
const MIN_STEM = 3;

export interface CliticSplit {
  /** Code units stripped from the start of the token. */
  skip: number;
  /** Folded text to put before the rest when looking it up (the Arabic article). */
  prefix: string;
}

/** Ways to split an Arabic-script token (already known not to be in the dictionary), longest prefix first. */
export function arabicSplits(token: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  for (const { prefix, article } of ARABIC) {
    if (token.startsWith(prefix) && token.length - prefix.length >= MIN_STEM - (article ? 1 : 0)) {
      out.push({ skip: prefix.length, prefix: '' });
      if (article) out.push({ skip: prefix.length, prefix: 'ال' });
      // "والرياض" → also try the article kept: "الرياض".
      if (prefix.endsWith('ال')) out.push({ skip: prefix.length - 2, prefix: '' });
    }
  }
  return out;
}

/** Ways to split a Hebrew token: up to three prefix letters. */
export function hebrewSplits(token: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  for (let k = 1; k <= 3 && k < token.length; k++) {
    if (!HEBREW_LETTERS.includes(token[k - 1]!)) break;
    if (token.length - k >= MIN_STEM) out.push({ skip: k, prefix: '' });
  }
  return out;
}
