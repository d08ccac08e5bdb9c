/**
 * How each alias becomes index terms: its folded forms (French country cases, regnal names, generational spellings,
 * Hebrew acronyms) and the flags the matcher reads (case, acronym, ambiguity). Pure; compile.ts reads them.
 */
import { isStopword } from '../core/context-words';
import { gershayimAt, lowerCaseWords } from '../core/fold';
import { inflectName, isCyrillic } from '../core/inflect-cyrillic';
import { inflectGreekName } from '../core/inflect-greek';
import { inflectPolishName } from '../core/inflect-polish';
import {
  A_ACRONYM,
  A_AMBIGUOUS,
  A_DERIVED,
  A_EXACT,
  A_LOWER_FIRST_BIT,
  A_LOWER_MAX,
  A_LOWER_SHIFT,
  A_METONYM,
  A_STANDALONE,
  A_SURNAME,
  A_TITLECASE_OK,
  A_WORDLIKE,
  W_GENERIC,
} from '../core/index-flags';
import { COMMON_WORD_ACRONYMS } from './acronym-words';
import { type AliasEntry, inEnglish } from './aliases';

/** Kinds named "… Movement", "… Party", "… Front" whose last word the press writes in lower case. */
const GROUP_KINDS = new Set(['political-party', 'armed-group', 'organization']);

/** First words that only French names of institutions and parties begin with. */
export const FRENCH_BODY_HEAD =
  /^(?:Haute|Cour|Conseil|Assemblée|Tribunal|Sénat|Ministère|Agence|Autorité|Banque|Comité|Parquet|Gendarmerie|Armée|Mouvement|Rassemblement|Parti|Congrès|Direction|Garde)\s/u;

/** "Arabie Saoudite" → "Arabie saoudite"; "Afrique du Sud" and "Royaume-Uni" stay (a noun after "du", a hyphen). */
export function frenchCountryCase(name: string): string {
  const words = name.split(' ');
  return words
    .map((w, i) =>
      i === 0 || w.includes('-') || /^(du|de|des|d'|la|le|l')$/i.test(words[i - 1]!) ? w : w.toLocaleLowerCase('fr'),
    )
    .join(' ');
}

/** Every token sequence an alias should be found as. */
/** A written form of an alias; `declined` when it is a Polish case form made only because `polish` asked. */
export interface AliasForm {
  text: string;
  derived: boolean;
  declined: boolean;
}

/** A letter of the Arabic script (Arabic, Persian, Urdu). */
export const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** A monarch's or a patriarch's style with the see or country after it: "Abdullah II of Jordan", "Felipe VI de España". */
export const REGNAL_OF = /^(\p{Lu}\S*(?: \p{Lu}\S*)* [IVXL]+) (?:of|de|di|von|van) (?:the )?\p{Lu}/u;

/** The other spelling of the Arabic article in a transliterated name ("al-Faki", "El Faki"). */
export const OTHER_ARTICLE: Record<string, string> = { al: 'el', el: 'al', Al: 'El', El: 'Al' };

/** A generational suffix's other spelling: "Jr." and "Jnr", "Sr." and "Snr". */
export const GENERATIONAL_SPELLINGS: Record<string, string> = { Jr: 'Jnr', Jnr: 'Jr.', Sr: 'Snr', Snr: 'Sr.' };

export function aliasForms(a: AliasEntry, kind: string, polish = false): AliasForm[] {
  // "King Abdullah II of Jordan": the writers of every corpus read the king and the country apart, as a reader
  // does; the name is matched as far as the numeral, and the country on its own.
  const regnal = kind === 'person' ? REGNAL_OF.exec(a.text)?.[1] : undefined;
  const forms: AliasForm[] = [{ text: regnal ?? a.text, derived: false, declined: false }];
  const add = (text: string, declined = false) => {
    if (text && !forms.some((f) => f.text === text)) forms.push({ text, derived: true, declined });
  };
  // "Amir-Abdollahian" is also written "Amirabdollahian"; "Kata'ib" also "Kataib".
  if (/\p{L}[-’'ʼ]\p{L}/u.test(a.text)) add(a.text.replace(/(\p{L})[-’'ʼ](?=\p{L})/gu, (_m, c: string) => c));
  // The Urdu and Persian izafat is written "-e-" or "-i-" ("Tehreek-e-Insaf", Dawn's "Tehreek-i-Insaf";
  // "Lashkar-e-Taiba", "Lashkar-i-Taiba"): each spelling gives the other.
  if (/\p{L}-[ei]-\p{L}/u.test(a.text))
    add(a.text.replace(/(\p{L})-([ei])-(?=\p{L})/gu, (_m, c: string, v: string) => `${c}-${v === 'e' ? 'i' : 'e'}-`));
  // South Asian names with an Arabic article in the middle are also written with it joined to the word before
  // ("Anwaar-ul-Haq Kakar" and "Anwaarul Haq Kakar", "Fazl-ur-Rehman" and "Fazlur Rehman", "Zia-ul-Haq" and
  // "Ziaul Haq").
  if (kind === 'person' && /\p{L}-u[lrds]-\p{Lu}/u.test(a.text))
    add(a.text.replace(/(\p{L})-(u[lrds])-(?=\p{Lu})/gu, (_m, c: string, article: string) => `${c}${article} `));
  // "the Sinaloa cartel": the English press writes a cartel's last word in lower case.
  if (kind === 'armed-group' && / Cartel$/.test(a.text)) add(a.text.replace(/ Cartel$/, ' cartel'));
  // "the Sadrist movement", "the Houthi movement", "the Labour party": so too a movement's or a party's.
  if (
    GROUP_KINDS.has(kind) &&
    a.type !== 'acronym' &&
    /^\p{Lu}\S*(?: \S+)* (?:Movement|Party|Front|Alliance|Coalition)$/u.test(a.text)
  )
    add(a.text.replace(/ (Movement|Party|Front|Alliance|Coalition)$/, (m) => m.toLowerCase()));
  // French writes a country's adjectives in lower case ("Arabie saoudite", "Émirats arabes unis"), where the
  // data has "Arabie Saoudite".
  if ((kind === 'country' || kind === 'territory') && a.langs.includes('fr')) add(frenchCountryCase(a.text));
  // So too an institution's adjectives ("Haute Cour constitutionnelle", "Assemblée nationale"), where a source
  // (the Factbook) capitalizes every word: a French name is told by its first word.
  if (kind !== 'person' && a.type !== 'acronym' && FRENCH_BODY_HEAD.test(a.text)) add(frenchCountryCase(a.text));
  // "Ferdinand Marcos Jr." is the Commonwealth press's "Ferdinand Marcos Jnr" (SCMP, Sky News), and "Snr" its
  // "Sr.": each spelling gives the other.
  if (kind === 'person' && / (?:Jr|Sr|Jnr|Snr)\.?$/.test(a.text))
    add(a.text.replace(/ (Jr|Sr|Jnr|Snr)\.?$/, (_m, s: string) => ` ${GENERATIONAL_SPELLINGS[s]!}`));
  // "Bashar al-Assad" is also written "Bashar Assad", and "Hanafy El Gebaly" Egypt Today's "Hanafy Gebaly".
  if (kind === 'person' && /\s(?:al|el)-\p{Lu}/u.test(a.text)) add(a.text.replace(/\s(?:al|el)-(?=\p{Lu})/gu, ' '));
  if (kind === 'person' && /\s(?:Al|El) \p{Lu}/u.test(a.text)) add(a.text.replace(/\s(?:Al|El) (?=\p{Lu})/gu, ' '));
  // The article is written "al-" or "el-" as the paper transliterates ("Mohamed al-Faki Suleiman" is Dabanga's
  // "Mohamed El Faki Suleiman", "Abdel Fattah el-Sisi" Reuters' "al-Sisi"): each spelling gives the other.
  if (kind === 'person' && /(?:^|\s)(?:al|el|Al|El)-\p{L}/u.test(a.text))
    add(
      a.text.replace(
        /(^|\s)(al|el|Al|El)-(?=\p{L})/gu,
        (_m, space: string, article: string) => space + OTHER_ARTICLE[article] + '-',
      ),
    );
  // Arabic sound masculine plurals take -ين after a preposition or as an object: "الحوثيون" → "الحوثيين",
  // "الإخوان المسلمون" → "الإخوان المسلمين". Only a word with the article, where -ون is a plural ending (a loanword
  // like "التلفزيون" gets a form no text writes, which costs nothing).
  if (/(?:^|\s)ال[\u0600-\u06FF]{2,}ون(?=\s|$)/u.test(a.text))
    add(a.text.replace(/((?:^|\s)ال[\u0600-\u06FF]{2,})ون(?=\s|$)/gu, '$1ين'));
  // "عبد الله" and "عبدالله", "عبد العزيز" and "عبدالعزيز": Arabic writes the servant-of names with or without
  // the space.
  if (/(?:^|\s)عبد\s?ال/u.test(a.text)) {
    if (/(?:^|\s)عبد\sال/u.test(a.text)) add(a.text.replace(/((?:^|\s)عبد)\s(?=ال)/gu, '$1'));
    else add(a.text.replace(/((?:^|\s)عبد)(?=ال)/gu, '$1 '));
  }
  // Polish declines names as Russian does ("Polsce", "Andrzeja Dudy", "Komisji Europejskiej"): a Polish name (one
  // tagged Polish, or a Polish actor's name that is untagged or its English one, often the same: "Andrzej Duda",
  // "Sejm") is found in its case forms too.
  if (
    a.type !== 'acronym' &&
    !a.exactCase &&
    (a.langs.includes('pl') || (polish && inEnglish(a))) &&
    /\p{Script=Latin}/u.test(a.text)
  )
    for (const f of inflectPolishName(a.text, kind === 'person')) add(f, !a.langs.includes('pl'));
  // Every written variant declines: "Центрально-Африканская Республика" and its joined form
  // "Центральноафриканская Республика" both give "…ой Республике".
  if (isCyrillic(a.text))
    for (const base of forms.map((f) => f.text)) for (const f of inflectName(base, kind === 'person')) add(f);
  // So does Greek ("Αλέξη Τσίπρα", "Νέας Δημοκρατίας").
  if (a.type !== 'acronym') for (const f of inflectGreekName(a.text, kind === 'person')) add(f);
  return forms;
}

/**
 * The A_LOWER bits: words 2–7 of the alias that it writes in lower case, and its first word when that is an
 * institutional noun (W_GENERIC) the alias writes in lower case ("armée israélienne").
 */
export function lowerMask(text: string, tokens: string[], words: ReadonlyMap<string, number>): number {
  const lower = lowerCaseWords(text);
  if (lower.length !== tokens.length) return 0;
  let mask = 0;
  for (let j = 1; j < lower.length && j < A_LOWER_MAX + 1; j++) if (lower[j]) mask |= 1 << (j - 1);
  if (lower[0] && tokens.length > 1 && (words.get(tokens[0]!) ?? 0) & W_GENERIC) mask |= 1 << A_LOWER_FIRST_BIT;
  return mask << A_LOWER_SHIFT;
}

/** A Hebrew acronym: written with gershayim, or the double quote typed for them, as the runtime reads them. */
export function hebrewAcronym(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (gershayimAt(text, i)) return true;
  return false;
}

/**
 * `otherName(folded)`: the word is a person's surname or another entity's name, which an acronym written like a word
 * may not be read as.
 */
export function termFlags(
  a: AliasEntry,
  derived: boolean,
  folded: string,
  otherName: (folded: string) => boolean,
): number {
  let flags = 0;
  if (a.exactCase) flags |= A_EXACT;
  if (a.ambiguous) flags |= A_AMBIGUOUS;
  if (a.type === 'surname') flags |= A_SURNAME;
  if (a.standalone) flags |= A_STANDALONE;
  if (a.type === 'acronym') flags |= A_ACRONYM;
  if (a.type === 'metonym') flags |= A_METONYM;
  if (derived || a.derived) flags |= A_DERIVED;
  if (a.exactCase && isStopword(folded)) flags |= A_WORDLIKE;
  // Word-like acronyms of four or more letters are also written as words in the British press (Nato, Opec),
  // unless the word is a person's surname ("Sadr" is Muqtada al-Sadr, not SADR, the Sahrawi Republic) or a
  // common word ("Plan" in German is the word, not PLAN, China's navy).
  const letters = a.text.replace(/[^\p{L}]/gu, '');
  if (
    a.type === 'acronym' &&
    !a.ambiguous &&
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    !otherName(folded) &&
    !COMMON_WORD_ACRONYMS.has(letters)
  )
    flags |= A_TITLECASE_OK;
  return flags;
}
