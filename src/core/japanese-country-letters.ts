/**
 * The one-letter names the Japanese press gives countries before an office or a body, and in pairs: 米 (the United
 * States) in "米大統領", "米政府", "日米首脳会談"; 英, 仏, 独, 露, 豪, 韓 likewise. Each letter is also a common word or
 * part of one (米 'rice', 英語 'English', 仏教 'Buddhism', 独立 'independence', 露骨, 豪雨), and 欧米, 南米, 北米,
 * 中米 are the West and three Americas: a letter names its country only where the words around it say so — the
 * letter before it another country's (a pair) or none, and after it an office, a body, a side or another country.
 * Pure: no DOM, no `browser`.
 */
import { C_CJK, classOf } from './fold';

/** The letters and their countries' QIDs. */
const COUNTRY_LETTERS: ReadonlyMap<string, string> = new Map([
  ['米', 'Q30'],
  ['英', 'Q145'],
  ['仏', 'Q142'],
  ['独', 'Q183'],
  ['露', 'Q159'],
  ['豪', 'Q408'],
  ['韓', 'Q884'],
]);

/** Letters that stand for a country in a pair with one of the above ("日米", "米中", "英仏", "中露"). */
const PAIR_LETTERS = '日米英仏独露豪韓中朝印伊加比';
/** Words written right before a country's letter that keep it the country: "訪米" (visiting the US), "対米", "駐米". */
const BEFORE = '訪在親反対全駐渡来離知';
/**
 * First letters of what the press writes right after a country's letter: offices and bodies (大統領, 政府, 国防総省,
 * 軍, 首相, 外相, 議会, 上院, 下院, 当局, 紙, 最高裁, 民主党, 共和党, 労働党, 保守党, 高官, 報道官), "側" (side),
 * "関係" (relations), and another country's letter ("米英", "米中", "米朝").
 */
const AFTER =
  '大政国軍首外議上下当紙側司財連統副元前次情特高報民共与野通商労保社最海空陸関検警州両間企経' + PAIR_LETTERS;

/** A Han character, as the fold table classes it. */
function isHan(code: number): boolean {
  return (classOf(code) & 7) === C_CJK;
}

/** A country named by its one letter: the letter's offset and the country's QID. */
export interface CountryLetter {
  start: number;
  qid: string;
}

/** The QID of the country named by the letter at offset i (see the module's comment), or '' if it names none there. */
export function countryLetterAt(text: string, i: number): string {
  const qid = COUNTRY_LETTERS.get(text[i]!);
  if (!qid) return '';
  const prev = i > 0 ? text[i - 1]! : '';
  const next = i + 1 < text.length ? text[i + 1]! : '';
  // 中米 is Central America.
  if (prev === '中' && text[i] === '米') return '';
  // A pair: "日米", "英仏"; 日 itself only where it starts a word ("毎日英語" is no pair).
  const pair =
    prev !== '' &&
    PAIR_LETTERS.includes(prev) &&
    (prev !== '日' || i < 2 || !isHan(text.charCodeAt(i - 2)) || PAIR_LETTERS.includes(text[i - 2]!));
  const opens = prev === '' || !isHan(prev.charCodeAt(0)) || BEFORE.includes(prev) || pair;
  return pair || (opens && next !== '' && AFTER.includes(next)) ? qid : '';
}

/** The one-letter country names of a Japanese text (see the module's comment), in order. */
export function japaneseCountryLetters(text: string): CountryLetter[] {
  const out: CountryLetter[] = [];
  for (let i = 0; i < text.length; i++) {
    const qid = countryLetterAt(text, i);
    if (qid) out.push({ start: i, qid });
  }
  return out;
}
