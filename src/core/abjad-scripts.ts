/**
 * What abjad-names.ts needs to know of a script written by its consonants to read a foreigner's name by its sound: the
 * consonant class of each letter, the titles the press writes before a name, the article and the letters written onto
 * a word. Hebrew only: the same reading of Arabic and Persian, with their letters and titles, was tried on the corpus
 * and read ordinary words after titles as people (15 wrong, none right: "للجيش يصل", "روز اول"), so it was left out;
 * their letters (ARABIC_SOUNDS) read only the names the unknown-people pass has found (unknown-pass.ts).
 * Pure data; no DOM, no `browser`.
 */

/** A script written by its consonants, as abjad-names.ts reads names in it. */
export interface AbjadScript {
  /** Whether `code` is a letter of the script. */
  isLetter(code: number): boolean;
  /** Each letter's consonant classes (as katakana-names.ts's keys have them), alternatives split by '/', '' for none. */
  letters: Readonly<Record<string, string>>;
  /** Marks inside a word (geresh, gershayim, a hyphen, the zero-width non-joiner): kept in it, giving no class. */
  marks: ReadonlySet<number>;
  /** Letters whose class a geresh after them changes ('ג' j, 'ז' zh, 'צ' ch: all S). */
  withGeresh: string;
  /** Titles the press writes before a name, without a letter written onto them. */
  titles: ReadonlySet<string>;
  /** Letters a title may have written onto it ("והשר", "للرئيس"). */
  titlePrefixes: string;
  /** Letters a surname alone may have written onto it ("לריינולדס", "وبلينكن"). */
  prefixes: string;
  /** The definite article, written onto a word: a word with it is the title's, not a name's first word. */
  article: string;
  /** Words between a title and the name that belong to the title: "of", "former", the portfolios of Persian. */
  titleWords: ReadonlySet<string>;
  /** Words that are no part of a name. */
  notNames: ReadonlySet<string>;
  /** The comma of the script's press. */
  commas: string;
  /** The country whose people this press writes by their own names (which the base has): not read by sound. */
  ownCountry?: string;
  /**
   * Letters that open a word said with a vowel (Hebrew א and ע: "אילהאן", Ilhan; "עלי", Ali); a word opening with
   * another letter of a class opens with a consonant.
   */
  vowelOpeners?: string;
}

const HYPHEN = 0x2d;
const GERESH = 0x5f3;
const APOSTROPHES = [0x27, 0x2019];

/** Hebrew: ו may be a vowel or a v, ח kh or h, ת t or th. */
export const HEBREW: AbjadScript = {
  isLetter: (code) => code >= 0x5d0 && code <= 0x5ea,
  letters: {
    א: '',
    ב: 'P',
    ג: 'K',
    ד: 'T',
    ה: '',
    ו: '/P',
    ז: 'S',
    ח: 'K/',
    ט: 'T',
    י: '',
    כ: 'K',
    ך: 'K',
    ל: 'R',
    מ: 'M',
    ם: 'M',
    נ: 'N',
    ן: 'N',
    ס: 'S',
    ע: '',
    פ: 'P',
    ף: 'P',
    צ: 'S',
    ץ: 'S',
    ק: 'K',
    ר: 'R',
    ש: 'S',
    ת: 'T/S',
  },
  marks: new Set([GERESH, ...APOSTROPHES, 0x22, 0x5f4, HYPHEN]),
  withGeresh: 'גזצ',
  titles: new Set(
    `נשיא נשיאת ראש שר שרת השר השרה מנהיג מנהיגת יו"ר דובר דוברת מזכיר מזכירת שגריר שגרירת סגן סגנית מפקד מפקדת גנרל
    רב הרב שליח שליחת יועץ יועצת בראשות מושל מושלת קנצלר קנצלרית ח"כ מלך נסיך שופט שופטת מנכ"ל מנכ"לית עוזר עוזרת
    מועמד מועמדת`.split(/\s+/),
  ),
  // Not ב, מ, ש or כ: "בראש הממשלה יעמוד" is "at the head of the government will stand".
  titlePrefixes: 'והל',
  prefixes: 'והלבשמכ',
  article: 'ה',
  // And the portfolio after a minister's title written without the article ("שר חוץ חדש", a new foreign minister).
  titleWords: new Set(
    `של לשעבר בפועל חוץ ביטחון אוצר פנים משפטים בריאות חינוך כלכלה תחבורה אנרגיה תרבות תקשורת חקלאות`.split(/\s+/),
  ),
  notNames: new Set(
    `של את על עם אל לא כי גם אשר זה זו הוא היא הם אחרי לאחר בין כל אמר אמרה אמרו כך עוד רק כבר מאוד ביותר יותר לפי אם
    או אבל אותו אותה באותו באותה באותם כאשר שלו שלה לשעבר בפועל חדש חדשה חדשים למרות שלא כדי בגלל אך אולם
    ואילו אילו`.split(/\s+/),
  ),
  commas: ',',
  ownCountry: 'Q801',
  vowelOpeners: 'אע',
};

/**
 * The Arabic and Persian letters' consonant classes, for names the unknown-people pass found in those scripts
 * (unknown-people-arabic.ts) and the knowledge base has in English only ("أنطونيو جوتيريش", António Guterres, as the
 * Egyptian press writes him). ج is g in Egypt and j elsewhere; و and ي may be vowels; ح and ه h (no class) or kh.
 */
export const ARABIC_SOUNDS: Pick<AbjadScript, 'letters' | 'withGeresh'> = {
  letters: {
    ا: '',
    أ: '',
    إ: '',
    آ: '',
    ء: '',
    ؤ: '',
    ئ: '',
    ى: '',
    ي: '',
    ی: '',
    ة: '',
    ه: '',
    ع: '',
    ح: 'K/',
    و: '/P',
    ب: 'P',
    پ: 'P',
    ف: 'P',
    ت: 'T',
    د: 'T',
    ط: 'T',
    ض: 'T',
    ث: 'T/S',
    ذ: 'T/S',
    ج: 'K/S',
    چ: 'S',
    ز: 'S',
    ژ: 'S',
    س: 'S',
    ش: 'S',
    ص: 'S',
    ظ: 'S',
    خ: 'K',
    غ: 'K',
    ق: 'K',
    ك: 'K',
    ک: 'K',
    گ: 'K',
    ر: 'R',
    ل: 'R',
    م: 'M',
    ن: 'N',
  },
  withGeresh: '',
};

/**
 * Countries whose people the Arabic and Persian press writes by their own names, which the knowledge base has: the
 * Arab states, Iran and Afghanistan. Not read by sound: a name of theirs the base lacks is someone else's.
 */
export const ARABIC_SCRIPT_COUNTRIES = [
  'Q262',
  'Q398',
  'Q970',
  'Q977',
  'Q79',
  'Q796',
  'Q810',
  'Q817',
  'Q822',
  'Q1016',
  'Q1025',
  'Q1028',
  'Q842',
  'Q219060',
  'Q846',
  'Q851',
  'Q1045',
  'Q1049',
  'Q858',
  'Q948',
  'Q878',
  'Q805',
  'Q794',
  'Q889',
];
