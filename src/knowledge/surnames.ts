/**
 * How a person's surname is derived from a full name, in the name orders and particles of many languages, and which
 * surnames stand alone. Pure; aliases.ts reads them.
 */
import { ARABIC_ARTICLES, NAME_PARTICLES } from '../core/particles';

/** Particles that belong to a surname ("al-Assad", "von der Leyen") or must not stand alone. */
export const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, ...ARABIC_ARTICLES, 'das', 'la', 'le', 'ben']);

export const ARTICLE = `(?:${ARABIC_ARTICLES.join('|')})`;

/** An Arabic article hyphenated to the word after it: "al-" of "al-Assad". */
export const ARTICLE_HYPHEN = new RegExp(`^${ARTICLE}-`, 'i');

/** A surname made of an article and a capitalized word: "al-Assad", "al Assad". */
export const ARTICLE_AND_NAME = new RegExp(`^${ARTICLE}[-\\s](\\p{Lu}.+)$`, 'u');

/**
 * Languages whose press writes a world-famous person's surname alone, as the English does: in other scripts, and in
 * the European press's own spellings ("Poutine a dit", "Łukaszenka ogłosił").
 */
export const STANDALONE_SURNAME_LANGS = new Set([
  'ru',
  'uk',
  'ar',
  'fa',
  'he',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'tr',
]);

/** Name particles as the Japanese press writes them in katakana: "ド・ゴール", "フォン・デア・ライエン", "ビン・サルマン". */
export const JAPANESE_PARTICLES = new Set(
  'ド デ ダ ディ デル デア ドス ダス フォン ファン ヴァン ラ ル ビン アル エル'.split(' '),
);

/** Where a person's name opens with the family name, in English usage too, or where no surname exists. */
export const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN', 'KH', 'MN', 'MM', 'SG']);

export const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * A surname for a Western- or Middle-Eastern-order full name: the last word with its particles
 * ("Bashar al-Assad" → "al-Assad"). None for patronymic chains ("Mohammed bin Salman"), monarchs
 * ("Charles III"), one-word names, or names whose family name comes first.
 */
export function deriveSurname(name: string, countryIso2: string | undefined): string | undefined {
  // Vietnamese names open with the family name, but the press calls people by the last word, their given
  // name ("Nguyen Phu Trong" → "Mr Trong", "To Lam" → "Lam"), as it would a surname.
  if (countryIso2 === 'VN') return lastGivenName(name);
  if (countryIso2 && FAMILY_NAME_FIRST.has(countryIso2)) {
    const family = familyNameFirst(name, countryIso2);
    // An English-style name of Singapore, Hong Kong, Taiwan or Macau ("Lawrence Wong", "John Lee", "William
    // Lai") ends with the family name, as in the West: "Mr Wong".
    if (family || !ENGLISH_STYLE_TOO.has(countryIso2) || name.split(/\s+/).length !== 2) return family;
  }
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/,$/, ''))) words.pop();
  if (words.length < 2) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => w === 'bin' || w === 'ibn' || w === 'bint' || w === 'of')) return undefined;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last.replace(ARTICLE_HYPHEN, ''))) return undefined;
  let i = words.length - 1;
  while (i > 1 && SURNAME_PARTICLES.has(lower[i - 1]!)) i--;
  const surname = words.slice(i).join(' ');
  return surname.length >= 3 ? surname : undefined;
}

export function lastGivenName(name: string): string | undefined {
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  return words.length >= 2 && last && /^\p{Lu}\p{Ll}+$/u.test(last) && last.length >= 3 ? last : undefined;
}

/** Places where many people also go by an English given name before the family name. */
export const ENGLISH_STYLE_TOO = new Set(['SG', 'HK', 'TW', 'MO']);

/** Where the press names people by a family name written first: "Yoon" after "Yoon Suk Yeol", "Xi". */
export const FAMILY_FIRST_SURNAMED = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG']);

/**
 * The family name of a name written family name first: its first word, when the name is clearly in that
 * order ("Yoon Suk Yeol", "Lai Ching-te", "Xi Jinping"). Not for English-style names of the same places
 * ("Carrie Lam", "William Lai"), nor where the press uses the given name (Vietnam, Cambodia, Myanmar).
 */
export function familyNameFirst(name: string, countryIso2: string): string | undefined {
  if (!FAMILY_FIRST_SURNAMED.has(countryIso2)) return undefined;
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return undefined;
  const clearly =
    words.length >= 3 || words.slice(1).some((w) => w.includes('-')) || ['CN', 'KP'].includes(countryIso2);
  return clearly ? words[0] : undefined;
}

/** Strips a leading Arabic article for the bare form readers also use ("al-Assad" → "Assad"). */
export function withoutArticle(surname: string): string | undefined {
  const m = ARTICLE_AND_NAME.exec(surname);
  return m ? m[1] : undefined;
}

/** Scripts whose names put the family name first or have no spaces: no surname is derived from them. */
export const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words that make a name a patronymic chain (bin, ibn, bint) rather than given name + surname. */
export const PATRONYMIC = /^(bin|ibn|bint|бин|ибн|بن|ابن|بنت|בן|בת)$/i;

/** The last word of a name written in another language, as a surname; none for family-name-first scripts. */
/**
 * Last words that are not surnames: ordinals of monarchs and popes ("عبد الله الثاني", "بنديكت السادس عشر",
 * "פליפה השישי"), "the elder"/"the younger" (Bush "الأب"), and surnames that are everyday Arabic words
 * ("أركان" 'staff' in "رئيس أركان", "جامع" 'mosque', "أمين" in "الأمين العام"; "الوزير" 'the minister' of Kamel
 * El-Wazir, "الشيخ" 'the sheikh', "السلام" 'peace' of Belaid Abdessalam, "مادي" 'material' of Hamada Madi, "نجم" 'star',
 * "نمر" 'tiger', "بشارة" 'good news', "الشعار" 'the slogan', "البدوي" 'the Bedouin', "مرسل" 'sent'…).
 */
export const NOT_SURNAMES = new Set(
  `الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر الأب الابن الأكبر الأصغر
الأولى الثانية الثالثة
أركان جامع مصدر أمين بين
الوزير الشيخ السلام الأمير الرئيس مادي بشارة نمر نجم الشعار لوح البدوي المحمود السالك مرسل
اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم پدر پسر
הראשון השני השלישי הרביעי החמישי השישי השביעי השמיני התשיעי העשירי האב הבן`.split(/\s+/),
);

/**
 * The commonest Arabic given names: an Arabic name often ends with the grandfather's given name ("موسى فكي
 * محمد"), which would make "الرئيس محمد" ('President Mohammed') that person. Such a surname is written by hand
 * where the press uses it.
 */
export const COMMON_GIVEN_NAMES = new Set(
  `محمد أحمد احمد محمود مصطفى علي حسن حسين إبراهيم ابراهيم يوسف عمر خالد سعيد عثمان سليمان عبدالله
محمّد`.split(/\s+/),
);

export function deriveForeignSurname(name: string, lang: string, countryIso2?: string): string | undefined {
  if (lang === 'en' || FAMILY_FIRST_SCRIPT.test(name)) return undefined;
  // Chinese, Korean and Vietnamese names written out in Arabic, Persian or Cyrillic letters end with a
  // syllable of the given name ("وانغ هو نينغ"), not a surname.
  if (countryIso2 && FAMILY_NAME_FIRST.has(countryIso2)) return undefined;
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || words.some((w) => PATRONYMIC.test(w))) return undefined;
  // Monarchs ("Carlos III", German "Charles III.", Turkish "III. Charles", "Philippe de Belgique") and names with
  // particles ("Lula da Silva") are left to the aliases written by hand: their last word is a numeral, a country or
  // a shared family name.
  if (words.some((w) => /^[IVXLC]+\.?$/.test(w) || /^\p{Ll}/u.test(w))) return undefined;
  let last = words[words.length - 1]!;
  if (NOT_SURNAMES.has(last) || COMMON_GIVEN_NAMES.has(last)) return undefined;
  // Arabic theophoric endings belong to the word before: "نصر الله", "عز الدين"; so does a Turkish surname's "-oğlu"
  // written apart ("إمام أوغلو", "جاويش أوغلو": "أوغلو" alone is every such name's).
  if (/^(الله|الدين|[أا]وغلو|[اأ]وغلی|אוגלו)$/.test(last)) last = `${words[words.length - 2]!} ${last}`;
  if (last.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  return last;
}
