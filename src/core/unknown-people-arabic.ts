/**
 * People the knowledge base does not know, in Arabic and Persian text, where no capital letter tells a name from
 * a word (see unknown-people.ts for the scripts that have them). The evidence is the press's own: a title right
 * before the name ("وزير الدفاع الوطني إبراهيم البرتاجي", "الأمين العام للحزب وائل السقا") or after it, set off
 * by a comma ("علی عابدزاده، رئیس سازمان هواپیمایی"); the name must open with a given name the knowledge base
 * writes in Arabic script (W_ARABIC_GIVEN_NAME), and end where a name plainly ends: at punctuation, a small
 * function word, a title, or a surname with the article ("البرتاجي"). Anything less certain is left alone:
 * a missed name costs less than a phrase marked as a person. Pure: no DOM, no `browser`.
 */
import {
  W_ADJECTIVE,
  W_ARABIC_GIVEN_NAME,
  W_DEMONYM,
  W_GENERIC,
  W_KIND_NOUN,
  W_MONTH,
  W_ORG_HEAD,
  W_PERSON_TITLE,
  W_STREET,
  W_TITLE,
} from './index-flags';
import { arabicSplits, createSplits, startsWithArticle } from './clitics';
import { T_AFTER_COMMA, T_ARABIC, T_JOINABLE, hashWords } from './tokenize';
import type { NameContext, UnknownMention } from './unknown-people';
import { UNKNOWN_PREFIX } from './unknown-id';

/**
 * Words that announce a person named right after them or, after a comma, right before them: offices, ranks,
 * professions and family ties, in Arabic and Persian (folded as the tokenizer folds them, so "رئیس" and
 * "رئيس" are one word).
 */
const TITLES = hashWords(`وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة مدير مديرة المدير المديرة المتحدث
  المتحدثة الناطق الناطقة متحدث ناطق الأمين أمين السفير السفيرة سفير القاضي القاضية قاضي النائب النائبة نائب المبعوث
  مبعوث الموفد موفد قائد القائد الأمير الأميرة الشيخ الملك الملكة العميد اللواء العقيد الفريق المشير الجنرال الدكتور
  المحامي المحامية محامي الصحفي الصحفية الصحافي الصحافية المراسل المراسلة الناشط الناشطة المرشح المرشحة زعيم الزعيم
  مستشار مستشارة المستشار محافظ المحافظ عضو والد والدة نجل ابنة شقيق شقيقة زوجة زوج أرملة المراقب رجل الداعية
  المفوض مفوض المنسق منسق الحاكم حاكم
  وزیر رئیس مدیر سخنگوی سخنگو فرمانده خبرنگار نماینده سفیر قاضی دادستان رهبر معاون مشاور دبیر همسر پدر مادر پسر
  دختر برادر خواهر فعال وکیل نامزد سردار سرلشکر سرتیپ استاندار شهردار`);

/**
 * Small words that end a name: prepositions, conjunctions written apart, relative pronouns, "that" after verbs
 * of saying ("وائل السقا أن …"), and Persian ones, with the Persian courtesy titles, which come before a name and
 * are never inside one ("وزیر اطلاعات دولت آقای رئیسی", 'intelligence minister of Mr Raisi's government').
 */
const FUNCTION_WORDS = hashWords(`في من إلى الى عن أن إن ان مع بعد قبل خلال حول منذ عند لدى ضد بين دون عبر
  التي الذي الذين اللذين وفق حسب أمام إنه أنه إنها أنها لم لن قد كما ثم أو او لا ما هو هي يوم أمس اليوم
  و در از به با که را این آن برای تا بر هم نیز گفت گفته است بود شد کرد آقای خانم`);

const ALI = hashWords('علي');
/** "Son of", "daughter of": inside a name, after its given name. */
const NASAB = hashWords('بن ابن بنت');
const ALEF_MAKSURA = 0x649;

/** Token j is a function word; "على" ('on') folds as the name "علي" (Ali) does, and is told by its last letter. */
function functionWord(n: NameContext, j: number): boolean {
  const t = n.tokens;
  if (ALI.has(t.hash[j]!)) return n.text.charCodeAt(t.end[j]! - 1) === ALEF_MAKSURA;
  return FUNCTION_WORDS.has(t.hash[j]!);
}

/** Words inside a title that point back to its holder's office, besides words with the article ("باسمه"). */
const TITLE_LINKS = hashWords(`باسم باسمه باسمها عام العام`);

/** Second words of compound given names, which take the article and go on: "سيف الدين مخلوف", "عبد الله …". */
const COMPOUND_SECONDS = hashWords(`الدين الله الرحمن الرحيم الكريم العزيز اللطيف الجليل الغني الحميد الحي الإله`);

/** Word flags that no word of a person's name carries. */
const NOT_NAME =
  W_TITLE | W_PERSON_TITLE | W_KIND_NOUN | W_ORG_HEAD | W_GENERIC | W_DEMONYM | W_ADJECTIVE | W_MONTH | W_STREET;

/** A name is a given name and one to three more words ("عثمان عبد الجليل", "حسناء بن سليمان"). */
const MAX_NAME_TOKENS = 4;
/** How many words a title may have before the name ("الأمين العام للحزب", "وزير الدفاع الوطني"). */
const MAX_TITLE_TOKENS = 4;

export function findArabicScriptPeople(n: NameContext): UnknownMention[] {
  const t = n.tokens;
  const out: UnknownMention[] = [];
  // The surname (hash of the last word) of each name found, to its id; '' where two people share it.
  const surnames = new Map<number, string>();
  const inName = new Set<number>();
  for (let i = 0; i < t.count; i++) {
    // Cheapest tests first: this reads every token of a page, and most pages have no Arabic script.
    if (!(t.flags[i]! & T_ARABIC) || !(n.words[i]! & W_ARABIC_GIVEN_NAME) || n.covered[i]) continue;
    // "بن" ('son of') goes on a name that started before it ("يزيد بن فرحان"), which it never opens.
    if (NASAB.has(t.hash[i]!)) continue;
    // "باسم" is a given name (Basim) and "on behalf of" ("المتحدث باسم الحكومة"): only the second here.
    if (n.words[i]! & NOT_NAME || TITLES.has(t.hash[i]!) || functionWord(n, i) || TITLE_LINKS.has(t.hash[i]!)) continue;
    const last = nameEnd(n, i);
    if (last < 0) continue;
    const title = titleBefore(n, i) ?? titleAfter(n, last);
    if (title === undefined) continue;
    // A known actor's name the matcher left unmarked there is not someone new.
    if (n.knownName(i, last)) continue;
    const start = t.start[i]!;
    const end = t.end[last]!;
    const name = n.text.slice(start, end).replace(/\s+/g, ' ');
    // A known person with a middle name the base does not write ("عبد اللطيف جمال رشيد").
    const known = last - i >= 2 ? n.knownPerson(i, last) : undefined;
    out.push(known ? { start, end, id: known, name } : { start, end, id: UNKNOWN_PREFIX + name, name, title });
    if (!known) surnames.set(t.hash[last]!, surnames.has(t.hash[last]!) ? '' : UNKNOWN_PREFIX + name);
    for (let k = i; k <= last; k++) inName.add(k);
    i = last;
  }
  if (!surnames.size) return out;
  // The surname alone, later or earlier ("وأضاف السقا أن …"): a surname with the article, which no given name is,
  // and which two people of the article do not share.
  for (let i = 0; i < t.count; i++) {
    const id = surnames.get(t.hash[i]!);
    if (!id || inName.has(i) || n.covered[i] || !withArticle(n, i) || !(t.flags[i]! & T_ARABIC)) continue;
    out.push({ start: t.start[i]!, end: t.end[i]!, id, name: id.slice(UNKNOWN_PREFIX.length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether token j opens with the article ال ("البرتاجي"). */
function withArticle(n: NameContext, j: number): boolean {
  return startsWithArticle(n.text, n.tokens.start[j]!, n.tokens.end[j]!);
}

/** Scratch for arabicSplits, reused: this runs for every word a title may hold. */
const SPLITS = createSplits();

/** Token j has the article, alone or after a clitic ("الحزب", "للحزب", "بالنيابة"): a noun of a title, no name. */
function articleAfterClitic(n: NameContext, j: number): boolean {
  if (withArticle(n, j)) return true;
  const start = n.tokens.start[j]!;
  const end = n.tokens.end[j]!;
  const count = arabicSplits(n.text, start, end, SPLITS);
  for (let q = 0; q < count; q++)
    if (SPLITS.article[q] || startsWithArticle(n.text, start + SPLITS.skip[q]!, end)) return true;
  return false;
}

/** Token j could be a word of a name after its first: Arabic script, no known actor, nothing of NOT_NAME. */
function nameWord(n: NameContext, j: number): boolean {
  const f = n.tokens.flags[j]!;
  return (
    (f & (T_ARABIC | T_JOINABLE)) === (T_ARABIC | T_JOINABLE) &&
    !n.covered[j] &&
    !(n.words[j]! & NOT_NAME) &&
    !TITLES.has(n.tokens.hash[j]!) &&
    !functionWord(n, j) &&
    !n.place(j)
  );
}

/** Whether the name may end before token j: punctuation, the text's end, a function word or a title. */
function endsBefore(n: NameContext, j: number): boolean {
  const t = n.tokens;
  if (j >= t.count || !(t.flags[j]! & T_JOINABLE)) return true;
  return functionWord(n, j) || TITLES.has(t.hash[j]!) || n.covered[j] !== 0;
}

/**
 * The last token of the name opening at `first`, or -1: words that may be a name's, up to a plain end. A word
 * with the article is a surname and ends the name ("مراد العضايلة النتيجة"), unless it is the second half of a
 * compound given name ("سيف الدين"); without the article, the name goes on until it ends, or is given up.
 */
function nameEnd(n: NameContext, first: number): number {
  for (let j = first + 1; j < first + MAX_NAME_TOKENS && j < n.tokens.count; j++) {
    if (!nameWord(n, j)) return j - 1 > first && endsBefore(n, j) ? j - 1 : -1;
    if (withArticle(n, j) && !(j === first + 1 && COMPOUND_SECONDS.has(n.tokens.hash[j]!))) return j;
    if (endsBefore(n, j + 1)) return j;
  }
  return -1;
}

/**
 * The title right before the name, as written ("وزير الدفاع الوطني"): a title word, then up to a few words with
 * the article, its links ("باسمه") or known names ("وزير خارجية الأردن") between it and the name.
 */
function titleBefore(n: NameContext, first: number): string | undefined {
  const t = n.tokens;
  for (let j = first - 1; j >= 0 && j >= first - MAX_TITLE_TOKENS; j--) {
    if (!(t.flags[j + 1]! & T_JOINABLE)) return undefined;
    if (TITLES.has(t.hash[j]!)) return n.text.slice(t.start[j], t.end[first - 1]);
    // Between: words with the article, links, known names, and the noun a title governs ("وزير خارجية …").
    const governed = j > 0 && TITLES.has(t.hash[j - 1]!);
    if (
      !(t.flags[j]! & T_ARABIC) ||
      !(articleAfterClitic(n, j) || TITLE_LINKS.has(t.hash[j]!) || n.covered[j] || governed)
    )
      return undefined;
  }
  return undefined;
}

/** The title after the name and a comma ("علی عابدزاده، رئیس …"): its first word, as written. */
function titleAfter(n: NameContext, last: number): string | undefined {
  const t = n.tokens;
  const next = last + 1;
  if (next >= t.count || !(t.flags[next]! & T_AFTER_COMMA) || !TITLES.has(t.hash[next]!)) return undefined;
  return n.text.slice(t.start[next], t.end[next]);
}
