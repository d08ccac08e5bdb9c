/**
 * Compiles validated entities into what the extension loads: the binary match index (aliases expanded
 * into every form the matcher should find) and the card records (one JSON per entity, read on hover).
 * Pure, so the build, the CLI tools and the background (for personal packs) share it.
 */
import { contextWords, isStopword } from '../core/context-words';
import { foldKey, foldTokens, gershayimAt, lowerCaseWords } from '../core/fold';
import { inflectName, isCyrillic } from '../core/inflect-cyrillic';
import { inflectPolishName } from '../core/inflect-polish';
import { inflectGreekName } from '../core/inflect-greek';
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
  W_ARABIC_GIVEN_NAME,
  W_GENERIC,
  W_GIVEN_NAME,
  W_PARTICLE,
  W_PERSON_TITLE,
  W_TITLE,
  buildIndex,
  type IndexEntity,
  type IndexTerm,
} from '../core/match-index';
import { COMMON_WORD_ACRONYMS } from './acronym-words';
import { aliasEntries, ambiguousFoldKeys, inEnglish, type AliasEntry } from './aliases';
import {
  derivedAmbiguousName,
  derivedName,
  derivedShortName,
  genericMinistryForms,
  otherInterior,
} from './ministry-forms';
import { FAMILY_NAME_FIRST } from './surnames';
import { INCOMING_LABELS, roleKey, roleLabel, type LinkKey } from './card-view';
import type { EntityInput } from './schema';

/** Poland's QID: its actors' untagged names are Polish, and decline. */
const POLAND = 'Q36';
/** Czechia, Slovakia, Ukraine, Belarus, Lithuania, Germany, Hungary, Russia: the Polish press's neighbours. */
const POLISH_PRESS_NEIGHBOURS = new Set(['Q213', 'Q214', 'Q212', 'Q184', 'Q37', 'Q183', 'Q28', 'Q159']);

/** Kinds whose one-word names a person's surname may share ("Montenegro", "Jordan"). */
const PLACE_KINDS = new Set(['country', 'territory', 'city']);

/**
 * A ministry's generic name in Japanese, Korean and Turkish, written after a country's name (with the space each
 * language puts there): by the English generic form genericMinistryForms gives.
 */
const MINISTRY_FORMS: readonly (readonly [string, readonly (readonly [string, readonly string[]])[]])[] = [
  [
    'Foreign Ministry',
    [
      ['ja', ['外務省']],
      ['ko', [' 외교부', ' 외무부']],
      ['tr', [' Dışişleri Bakanlığı']],
    ],
  ],
  [
    'Defence Ministry',
    [
      ['ja', ['国防省']],
      ['ko', [' 국방부']],
      ['tr', [' Savunma Bakanlığı']],
    ],
  ],
  [
    'Interior Ministry',
    [
      ['ja', ['内務省']],
      ['ko', [' 내무부']],
      ['tr', [' İçişleri Bakanlığı']],
    ],
  ],
];

/** The word for a country's parliament in the press of other languages (see parliamentForms). */
const FOREIGN_PARLIAMENT_WORDS: readonly (readonly [string, string])[] = [
  ['fr', 'Parlement'],
  ['es', 'Parlamento'],
  ['it', 'Parlamento'],
  ['pt', 'Parlamento'],
  ['de', 'Parlament'],
  ['nl', 'parlement'],
];

/**
 * Languages whose names are matched in text. Names in the other languages (country names come in 40+)
 * are shown on cards but not matched: a name in a language the page is unlikely to be in is more likely
 * to be an unrelated word of the page's language than a mention.
 */
export const MATCH_LANGS = new Set([
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'be',
  // Bulgarian: its press names its own actors in Cyrillic ("Мария Габриел", "Народното събрание", "ГЕРБ").
  'bg',
  'ar',
  'fa',
  'ur',
  'tr',
  'he',
  'zh',
  'ja',
  'ko',
  // Indonesian and Malay: one press language of some 300 million readers.
  'id',
  'ms',
  'el',
  // Swedish, Danish and Norwegian (Bokmål, Nynorsk): names of countries and institutions as their press writes
  // them ("Sverige", "Folketinget", "Stortinget"), genitives read in Scandinavian text (token-reading.ts).
  'sv',
  'da',
  'nb',
  'nn',
  'no',
  // Finnish: names as its press writes them ("Suomi", "Venäjä", "Yhdysvallat"), case endings read in Finnish
  // text (token-reading.ts).
  'fi',
]);

/** Default prominence by kind when an entry gives none. */
const DEFAULT_PROMINENCE: Record<string, number> = { country: 3, person: 2 };
const ONGOING = 9999;

export interface CompiledKnowledge {
  index: ArrayBuffer;
  cards: ArrayBuffer;
  stats: KnowledgeStats;
}

export interface KnowledgeStats {
  entities: number;
  byKind: Record<string, number>;
  languages: Record<string, number>;
  aliases: number;
  terms: number;
}

const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : 0);

function activeYears(e: EntityInput, asOfYear: number): [number, number] {
  if (e.kind === 'person') {
    const starts = (e.roles ?? []).map((r) => year(r.start)).filter(Boolean);
    let to = 0;
    for (const r of e.roles ?? []) {
      const end = r.end ? year(r.end) : r.confirmed ? year(r.confirmed) : ONGOING;
      to = Math.max(to, end);
    }
    let from = starts.length ? Math.min(...starts) : e.born ? year(e.born) + 18 : 0;
    if (e.died) to = Math.min(to || ONGOING, year(e.died));
    if (!to) to = e.died ? year(e.died) : 0;
    if (from > asOfYear) from = asOfYear;
    return [from, to];
  }
  return [year(e.founded), e.dissolved ? year(e.dissolved) : 0];
}

/** Kinds named "… Movement", "… Party", "… Front" whose last word the press writes in lower case. */
const GROUP_KINDS = new Set(['political-party', 'armed-group', 'organization']);

/** First words that only French names of institutions and parties begin with. */
const FRENCH_BODY_HEAD =
  /^(?:Haute|Cour|Conseil|Assemblée|Tribunal|Sénat|Ministère|Agence|Autorité|Banque|Comité|Parquet|Gendarmerie|Armée|Mouvement|Rassemblement|Parti|Congrès|Direction|Garde)\s/u;

/** "Arabie Saoudite" → "Arabie saoudite"; "Afrique du Sud" and "Royaume-Uni" stay (a noun after "du", a hyphen). */
function frenchCountryCase(name: string): string {
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
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** A monarch's or a patriarch's style with the see or country after it: "Abdullah II of Jordan", "Felipe VI de España". */
const REGNAL_OF = /^(\p{Lu}\S*(?: \p{Lu}\S*)* [IVXL]+) (?:of|de|di|von|van) (?:the )?\p{Lu}/u;

/** The other spelling of the Arabic article in a transliterated name ("al-Faki", "El Faki"). */
const OTHER_ARTICLE: Record<string, string> = { al: 'el', el: 'al', Al: 'El', El: 'Al' };

/** A generational suffix's other spelling: "Jr." and "Jnr", "Sr." and "Snr". */
const GENERATIONAL_SPELLINGS: Record<string, string> = { Jr: 'Jnr', Jnr: 'Jr.', Sr: 'Snr', Snr: 'Sr.' };

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
  // "Bashar al-Assad" is also written "Bashar Assad".
  if (kind === 'person' && /\s(?:al|el)-\p{Lu}/u.test(a.text)) add(a.text.replace(/\s(?:al|el)-(?=\p{Lu})/gu, ' '));
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
function lowerMask(text: string, tokens: string[], words: ReadonlyMap<string, number>): number {
  const lower = lowerCaseWords(text);
  if (lower.length !== tokens.length) return 0;
  let mask = 0;
  for (let j = 1; j < lower.length && j < A_LOWER_MAX + 1; j++) if (lower[j]) mask |= 1 << (j - 1);
  if (lower[0] && tokens.length > 1 && (words.get(tokens[0]!) ?? 0) & W_GENERIC) mask |= 1 << A_LOWER_FIRST_BIT;
  return mask << A_LOWER_SHIFT;
}

/** A Hebrew acronym: written with gershayim, or the double quote typed for them, as the runtime reads them. */
function hebrewAcronym(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (gershayimAt(text, i)) return true;
  return false;
}

/** `surnames`: people's surnames (folded), which an acronym written like a word may not be read as. */
function termFlags(a: AliasEntry, derived: boolean, folded: string, surnames: ReadonlySet<string>): number {
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
    !surnames.has(folded) &&
    !COMMON_WORD_ACRONYMS.has(letters)
  )
    flags |= A_TITLECASE_OK;
  return flags;
}

export interface CardRecord {
  id: string;
  kind: string;
  name: string;
  description: string;
  native?: { lang: string; text: string };
  names?: Record<string, string>;
  aka?: string[];
  born?: string;
  died?: string;
  founded?: string;
  dissolved?: string;
  country?: string;
  roles?: EntityInput['roles'];
  relations?: EntityInput['relations'];
  designations?: EntityInput['designations'];
  ownership?: string;
  wikipedia?: string;
  website?: string;
  sources: string[];
  checked: string;
  /** Entities linking to this one (a role in it, a relation to it), for "how they relate" on the card. */
  incoming?: { id: string; label: string; key?: LinkKey }[];
}

function cardRecord(e: EntityInput): CardRecord {
  const aka = (e.aliases ?? [])
    .map((a) => (typeof a === 'string' ? { text: a, type: 'name' } : a))
    .filter((a) => a.type !== 'surname' && a.text !== e.name)
    .map((a) => a.text)
    .slice(0, 6);
  const record: CardRecord = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    description: e.description,
    sources: e.sources,
    checked: e.checked,
  };
  if (e.native && e.names?.[e.native]) record.native = { lang: e.native, text: e.names[e.native]! };
  if (e.names) record.names = e.names;
  if (aka.length) record.aka = aka;
  for (const key of ['born', 'died', 'founded', 'dissolved', 'country', 'ownership', 'wikipedia', 'website'] as const) {
    if (e[key] !== undefined) record[key] = e[key];
  }
  if (e.roles?.length) record.roles = e.roles;
  if (e.relations?.length) record.relations = e.relations;
  if (e.designations?.length) record.designations = e.designations;
  return record;
}

function withIncoming(record: CardRecord, incoming: NonNullable<CardRecord['incoming']>): CardRecord {
  if (incoming.length) record.incoming = incoming;
  return record;
}

/** Packs card JSON strings: [count][offsets × count+1][UTF-8 bytes]. */
export function packCards(records: CardRecord[]): ArrayBuffer {
  const encoder = new TextEncoder();
  const blobs = records.map((r) => encoder.encode(JSON.stringify(r)));
  const total = blobs.reduce((s, b) => s + b.length, 0);
  const headerBytes = 4 * (2 + records.length);
  const buffer = new ArrayBuffer(headerBytes + total);
  const header = new Uint32Array(buffer, 0, 2 + records.length);
  header[0] = records.length;
  let pos = 0;
  const bytes = new Uint8Array(buffer, headerBytes);
  blobs.forEach((b, i) => {
    header[1 + i] = pos;
    bytes.set(b, pos);
    pos += b.length;
  });
  header[1 + records.length] = pos;
  return buffer;
}

export interface CompileOptions {
  /**
   * Common given names no known person need bear (knowledge/given-names.txt): the first word of a name the base
   * does not know ("Gladys Gonzalo said").
   */
  givenNames?: readonly string[];
}

export function compileKnowledge(
  entities: readonly EntityInput[],
  asOf: string,
  options: CompileOptions = {},
): CompiledKnowledge {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexOf = new Map(sorted.map((e, i) => [e.id, i]));
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const asOfYear = year(asOf);

  // Relations count both ways for context: Hezbollah near "Nasrallah" supports either.
  const related = sorted.map(() => new Set<number>());
  sorted.forEach((e, i) => {
    const link = (id: string | undefined) => {
      const j = id === undefined ? undefined : indexOf.get(id);
      if (j === undefined || j === i) return;
      related[i]!.add(j);
      related[j]!.add(i);
    };
    link(e.country);
    e.roles?.forEach((r) => link(r.of));
    e.relations?.forEach((r) => link(r.target));
  });

  const incoming = sorted.map(() => [] as NonNullable<CardRecord['incoming']>);
  sorted.forEach((e) => {
    for (const r of e.roles ?? []) {
      const j = r.of === undefined ? undefined : indexOf.get(r.of);
      if (j !== undefined && r.of !== e.id) {
        const key = roleKey(r);
        incoming[j]!.push({ id: e.id, label: roleLabel(r), ...(key ? { key } : {}) });
      }
    }
    for (const rel of e.relations ?? []) {
      const j = indexOf.get(rel.target);
      if (j !== undefined)
        incoming[j]!.push({ id: e.id, key: `inc:${rel.type}`, label: INCOMING_LABELS[rel.type] ?? rel.type });
    }
  });

  const demonyms = demonymsOf(sorted);
  const words = new Map<string, number>();
  for (const [word, flags] of contextWords()) {
    // A hyphenated or joined word ("пресс-секретарь", "رئیس‌جمهور") counts by its last part, the one right
    // before a name; its other parts are not context words on their own.
    const last = foldTokens(word).at(-1);
    if (last) words.set(last, (words.get(last) ?? 0) | flags);
  }

  const indexEntities: IndexEntity[] = [];
  const terms: IndexTerm[] = [];
  const languages: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let aliasCount = 0;
  const entries = sorted.map((e) =>
    aliasEntries(e, e.country ? byId.get(e.country)?.iso2 : e.iso2).filter(
      (a) => !a.langs.length || a.langs.some((l) => MATCH_LANGS.has(l.slice(0, 2))),
    ),
  );
  militaryForms(sorted).forEach((form, i) => entries[i]!.push(derivedShortName(form, ['en'])));
  // "Parliament", and the word the French, Spanish, Italian, Portuguese, German and Dutch press use for any country's:
  // "le Parlement" of Le Monde's story on Myanmar is Myanmar's, as "Parliament" of an English one would be.
  parliamentForms(sorted, entries).forEach((i) => {
    entries[i]!.push(derivedShortName('Parliament', ['en']));
    for (const [lang, form] of FOREIGN_PARLIAMENT_WORDS)
      if (!entries[i]!.some((a) => foldKey(a.text) === foldKey(form))) entries[i]!.push(derivedShortName(form, [lang]));
  });
  const indexOfId = new Map(sorted.map((e, i) => [e.id, i]));
  /** A country's names in one language: its name there and its aliases of that language ("ロシア", "米国"). */
  const countryNamesIn = (country: string, lang: string): string[] => {
    const forms = new Set<string>();
    const name = byId.get(country)?.names?.[lang];
    if (name) forms.add(name);
    for (const a of entries[indexOfId.get(country) ?? -1] ?? [])
      if (a.langs.includes(lang) && a.type === 'name') forms.add(a.text);
    return [...forms];
  };
  sorted.forEach((e, i) => {
    const countryName = e.country ? byId.get(e.country)?.name : undefined;
    // A form the entity does not have yet, under any spelling.
    const addNew = (entry: AliasEntry) => {
      if (!entries[i]!.some((a) => foldKey(a.text) === foldKey(entry.text))) entries[i]!.push(entry);
    };
    // "a request the Presidency turned down" (Punch, on Nigeria), "the Office of the President issued a statement"
    // (MercoPress, on Argentina): a head of state's office by the short names the English press gives any
    // country's, read as the story's country's. Capitalized only: "wins Argentina's presidency" is the office won.
    if (isPresidency(e, countryName))
      for (const form of ['Presidency', 'Office of the President'])
        addNew({ ...derivedShortName(form, ['en']), exactCase: true });
    // "洪都拉斯外交部", "俄罗斯国防部": the Chinese press names a country's foreign or defence ministry by the
    // country's name and the ministry's generic name run together.
    const countryZh = e.country ? byId.get(e.country)?.names?.zh : undefined;
    if (countryZh && e.kind === 'government-body') {
      const generic = genericMinistryForms([e.name, ...entries[i]!.filter(inEnglish).map((a) => a.text)]);
      if (generic.includes('Foreign Ministry')) addNew({ ...derivedName(`${countryZh}外交部`), langs: ['zh'] });
      if (generic.includes('Defence Ministry')) addNew({ ...derivedName(`${countryZh}国防部`), langs: ['zh'] });
    }
    // The same in Japanese ("アルメニア外務省"), Korean ("아르메니아 외교부") and Turkish ("Ermenistan Dışişleri
    // Bakanlığı"), by each of the country's names in that language: another country's ministry is named so, and
    // the generic name alone is the home country's.
    if (e.country && e.kind === 'government-body') {
      const generic = genericMinistryForms([e.name, ...entries[i]!.filter(inEnglish).map((a) => a.text)]);
      for (const [portfolio, forms] of MINISTRY_FORMS) {
        if (!generic.includes(portfolio)) continue;
        for (const [lang, joined] of forms)
          for (const country of countryNamesIn(e.country, lang))
            for (const ministry of joined) addNew({ ...derivedName(`${country}${ministry}`), langs: [lang] });
      }
    }
    // The name without its country, both ways of writing "the Interior" (see aliasEntries).
    const bare = withoutCountry(e, countryName);
    for (const form of bare ? new Set([bare, otherInterior(bare)]) : []) addNew(derivedAmbiguousName(form, ['en']));
  });
  // Names (not surnames) by folded text: a surname the build derives is dropped when it is another
  // entity's name ("Cameron" in Arabic script is Cameroon's name).
  const namedBy = new Map<string, { entity: number; langs: readonly string[] }>();
  // Every form but the spelling variants, by folded text: the entities that have it.
  const formsOf = new Map<string, number[]>();
  entries.forEach((list, i) => {
    for (const a of list) {
      if (a.spelling) continue;
      const key = foldKey(a.text);
      const had = formsOf.get(key);
      if (had) had.push(i);
      else formsOf.set(key, [i]);
    }
  });
  entries.forEach((list, i) => {
    for (const a of list)
      if (a.type !== 'surname' && !a.derived && !a.ambiguous)
        namedBy.set(foldKey(a.text), { entity: i, langs: a.langs });
  });
  // Given names: the first word of a person's name of two words or more (not a title or a particle, nor one
  // letter: "O" opens Portuguese sentences). The matcher reads them as the start of a name the base does not
  // know; a Spanish name's derived first surname that is one is not a surname ("Raúl" of José Raúl Mulino).
  const givenNames = new Set<string>();
  for (const e of sorted) {
    if (e.kind !== 'person') continue;
    // Not where the family name comes first: "No" of No Kwang-chol is no given name ("No Senado, …").
    if (e.country && FAMILY_NAME_FIRST.has(byId.get(e.country)?.iso2 ?? '')) continue;
    const tokens = foldTokens(e.name);
    const first = tokens[0];
    if (tokens.length < 2 || first === undefined || first.length < 2) continue;
    const flags = words.get(first) ?? 0;
    if (flags & (W_TITLE | W_PARTICLE)) continue;
    givenNames.add(first);
    words.set(first, flags | W_GIVEN_NAME);
  }
  // Common given names (options.givenNames) that no known person bears, unless the word is read in context or is
  // a one-word name of an actor other than a person, even an ambiguous one ("Jordan", "Georgia", "Chad").
  if (options.givenNames?.length) {
    const otherNames = new Set<string>(demonyms.keys());
    entries.forEach((list, i) => {
      if (sorted[i]!.kind === 'person') return;
      for (const a of list) {
        const key = foldKey(a.text);
        if (!key.includes(' ')) otherNames.add(key);
      }
    });
    for (const name of options.givenNames) {
      const tokens = foldTokens(name);
      const first = tokens[0];
      if (tokens.length !== 1 || first === undefined || first.length < 3 || otherNames.has(first)) continue;
      // `words` holds, so far, the context words and the base's own given names: either way, not this list's.
      if (words.has(first)) continue;
      words.set(first, W_GIVEN_NAME);
    }
  }
  // Given names in Arabic script, from the names the base writes in it (its own people's and the foreign ones'
  // as the Arabic and Persian press spells them): not a word with the article, which opens no given name.
  for (const e of sorted) {
    if (e.kind !== 'person') continue;
    for (const written of Object.values(e.names ?? {})) {
      if (!ARABIC_SCRIPT.test(written)) continue;
      const tokens = foldTokens(written);
      const first = tokens[0];
      if (tokens.length < 2 || first === undefined || first.length < 2 || first.startsWith('ال')) continue;
      const flags = words.get(first) ?? 0;
      if (flags & (W_TITLE | W_PARTICLE | W_PERSON_TITLE)) continue;
      words.set(first, flags | W_ARABIC_GIVEN_NAME);
    }
  }
  // People's surnames, for termFlags.
  const surnames = new Set<string>();
  entries.forEach((list, i) => {
    if (sorted[i]!.kind !== 'person') return;
    for (const a of list) if (a.type === 'surname') surnames.add(foldKey(a.text));
  });
  sorted.forEach((e, i) => {
    const [from, to] = activeYears(e, asOfYear);
    indexEntities.push({
      id: e.id,
      name: e.name,
      kind: e.kind,
      prominence: e.prominence ?? DEFAULT_PROMINENCE[e.kind] ?? 2,
      from,
      to,
      country: e.country !== undefined ? (indexOf.get(e.country) ?? -1) : -1,
      related: [...related[i]!],
    });
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    for (const lang of Object.keys(e.names ?? {})) languages[lang] = (languages[lang] ?? 0) + 1;
    const aliases = entries[i]!;
    aliasCount += aliases.length;
    // A form the build derives ("Raed Saleh" from "Raed al-Saleh") is as ambiguous as the same form given
    // (aliasEntries does this for the aliases themselves, not for the forms aliasForms derives from them).
    const ambiguousKeys = ambiguousFoldKeys(aliases);
    for (const a of aliases) {
      // A first surname that is a given name ("Raúl" of José Raúl Mulino; "Pedro Arnulfo" of Pedro Arnulfo Sánchez).
      if (a.paternal && givenNames.has(foldKey(a.text.split(' ').at(-1)!))) continue;
      // The other spelling of a name ("Department of Defence" from the Pentagon's "Department of Defense") is
      // dropped where another entity has that form in any way (Australia's "Department of Defence").
      if (a.spelling && formsOf.get(foldKey(a.text))?.some((other) => other !== i)) continue;
      if (a.derived && a.type === 'surname') {
        const named = namedBy.get(foldKey(a.text));
        const other = named?.entity;
        // Kept when the other is a place: "Montenegro" after "Luís Montenegro" is read as him where the story
        // names nothing else of the country (the matcher's namedPersonsSurname).
        // Kept when the other's name is another language's that folds alike: Ukraine's court is "Верховний Суд" in
        // Ukrainian, while the Russian press of Kazakhstan writes its own "Верховный суд".
        const otherLanguage =
          named !== undefined &&
          a.langs.length > 0 &&
          named.langs.length > 0 &&
          !a.langs.some((l) => named.langs.includes(l));
        if (
          other !== undefined &&
          other !== i &&
          !otherLanguage &&
          !(e.kind === 'person' && PLACE_KINDS.has(sorted[other]!.kind))
        )
          continue;
      }
      // The Polish press declines every person's name, a foreigner's too ("Donalda Trumpa", "Emmanuelem
      // Macronem", "Petra Fiali"): each person's Latin names are found in their case forms.
      // Only the name the press writes first and the surname it writes after, of people the Polish press
      // writes about often (the prominent, and its neighbours'), to keep the index small.
      const declined =
        e.kind === 'person' &&
        (a.type === 'surname' || a.text === e.name) &&
        ((e.prominence ?? 0) >= 3 || POLISH_PRESS_NEIGHBOURS.has(e.country ?? ''));
      // A foreigner's surname that the Polish name shares ("Władimir Putin"): "Putina", "Putinowi" stand alone
      // as "Putin" does. Other case forms need the person named in full: "Seselja" is the Australian Zed
      // Seselja in an English story, not Šešelj in the genitive.
      const polishSurname = a.type === 'surname' && (e.names?.pl?.endsWith(` ${a.text}`) ?? false);
      const guarded = declined && e.country !== POLAND && !polishSurname;
      // A place whose Polish name is its English one has no `pl` name to decline: "Serbia", "Iran", "Oman" are
      // found as "Serbii", "Iranu", "w Omanie" too.
      const polishPlace = PLACE_KINDS.has(e.kind) && e.names?.pl === undefined;
      for (const form of aliasForms(a, e.kind, e.country === POLAND || declined || polishSurname || polishPlace)) {
        const tokens = foldTokens(form.text);
        if (!tokens.length) continue;
        // "N+" folds to "n": a name of one Latin letter once its symbols go would be every initial ("N. Korea").
        // A name that is one letter as written ("X") stays.
        if (tokens.length === 1 && /^[a-z]$/.test(tokens[0]!) && form.text.trim().length > 1) continue;
        // For a surname, "ambiguous" says just that: no office before it ("Senator Seselja") names the person.
        const ambiguous = a.ambiguous || (form.derived && !a.exactCase && ambiguousKeys.has(tokens.join(' ')));
        const alias =
          guarded && form.declined
            ? { ...a, standalone: false, ambiguous: ambiguous || a.type === 'surname' }
            : ambiguous !== a.ambiguous
              ? { ...a, ambiguous }
              : a;
        const term: IndexTerm = {
          entity: i,
          tokens,
          flags: termFlags(alias, form.derived, tokens.join(' '), surnames) | lowerMask(form.text, tokens, words),
        };
        if (a.exactCase) term.exact = form.text.replace(/[^\p{L}\p{N}]/gu, '');
        // A Hebrew acronym written with gershayim ("חד"ש", Hadash) is read only so written: without them it is a
        // word ("חדש", 'new'; "מחדש", 'anew'). The quote is kept, as '"', among its letters (exactMatches).
        else if (hebrewAcronym(form.text)) {
          term.flags |= A_EXACT;
          term.exact = form.text.replace(/״/g, '"').replace(/[^\p{L}\p{N}"]/gu, '');
        }
        terms.push(term);
      }
    }
  });

  return {
    index: buildIndex({ entities: indexEntities, terms, words, demonyms }),
    cards: packCards(sorted.map((e, i) => withIncoming(cardRecord(e), incoming[i]!))),
    stats: { entities: sorted.length, byKind, languages, aliases: aliasCount, terms: terms.length },
  };
}

/**
 * "People's Party (Thailand)", "Channel 12 (Israel)": a name the knowledge base tells apart by its country in
 * brackets, as Wikipedia titles it; "Ministry of Interior and Safety of South Korea", a Factbook body's long name
 * with its country. The press writes it bare; bare, it is ambiguous, read for the country the story is about.
 * Brackets that are part of the name ("Janata Dal (United)") are not a country, and stay.
 */
function withoutCountry(e: EntityInput, countryName: string | undefined): string | undefined {
  if (!countryName) return undefined;
  // "Ministry of Interior and Safety of South Korea": a body's own long name, written with its country as the
  // Factbook's lists do. Five words or more, so that it is the body's own ("Ministry of Finance" is any country's).
  for (const suffix of [` of ${countryName}`, ` of the ${countryName}`]) {
    const own = e.name.endsWith(suffix) ? e.name.slice(0, -suffix.length) : '';
    if (own.split(' ').length >= 5 && e.kind !== 'person') return own;
  }
  const m = /^(.+) \(([^)]+)\)$/.exec(e.name);
  if (!m) return undefined;
  const note = m[2]!.replace(/,? \d{4}$/, '');
  return note === countryName ? m[1] : undefined;
}

/**
 * A head of state's office named for its country: "Presidency of Nigeria", "Presidency of the Republic of
 * Türkiye", "Office of the President of Ukraine", "Office of the President (Taiwan)". Not a body named "Presidency
 * of" something else ("Presidency of State Security", "Presidency of the Council of Ministers").
 */
function isPresidency(e: EntityInput, countryName: string | undefined): boolean {
  if (e.kind !== 'government-body' || !countryName) return false;
  return (
    e.name === `Presidency of ${countryName}` ||
    e.name === `Office of the President of ${countryName}` ||
    e.name === `Office of the President (${countryName})` ||
    /^Presidency of the (?:\S+ )?Republic(?: of \S+)?$/.test(e.name)
  );
}

/** A whole national legislature by its English name ("National Assembly of Hungary", "National Diet"). */
const LEGISLATURE_NAME =
  /^(?:(\S+) )?(?:National Assembly|National Congress|Congress|Federal Assembly|National Diet|Diet|Grand National Assembly|Supreme Council|Supreme Assembly|National Parliament|Legislative Assembly|House of Representatives|Islamic Consultative Assembly|Verkhovna Rada|Knesset|Sejm|Storting|Riksdag|Folketing|Althing|Eduskunta|Oireachtas|Jatiya Sangsad|Majlis)\b/;

/** Words that may open a national legislature's English name ("Grand National Assembly", "People's Majlis"). */
const LEGISLATURE_ADJECTIVES = new Set([
  'National',
  'Plurinational',
  "People's",
  'Grand',
  'Federal',
  'Transitional',
  'Oliy',
]);

/**
 * The press calls any country's legislature its parliament: "Hungary's parliament" is the National Assembly
 * of Hungary. The form goes to the one whole legislature of a country (not a chamber: nothing it is part of)
 * when no body of that country is already called "Parliament".
 */
function parliamentForms(entities: readonly EntityInput[], entries: readonly AliasEntry[][]): number[] {
  const taken = new Set<string>();
  const candidates = new Map<string, number[]>();
  const countryNames = new Map(entities.filter((e) => e.kind === 'country').map((e) => [e.id, e.name]));
  entities.forEach((e, i) => {
    if (e.kind !== 'government-body' || !e.country) return;
    if (entries[i]!.some((a) => foldKey(a.text) === 'parliament' || /^Parliament\b/.test(a.text))) taken.add(e.country);
    // A state's or a province's legislature is not the country's: "Arizona House of Representatives", "Kerala
    // Legislative Assembly". A word before the legislature's name is a generic one or the country's own
    // ("Argentine National Congress").
    const legislature = LEGISLATURE_NAME.exec(e.name);
    const before = legislature?.[1];
    const country = countryNames.get(e.country) ?? '';
    if (before && !LEGISLATURE_ADJECTIVES.has(before) && !country.startsWith(before.slice(0, 4))) return;
    if (!legislature || /Defen[cs]e|Security/.test(e.name) || e.relations?.some((r) => r.type === 'part-of')) return;
    (candidates.get(e.country) ?? candidates.set(e.country, []).get(e.country)!).push(i);
  });
  const out: number[] = [];
  for (const [country, list] of candidates) if (list.length === 1 && !taken.has(country)) out.push(list[0]!);
  return out;
}

/** A country's army, navy, air force and coast guard, by how their English names end ("Pakistan Army"). */
const FORCE_NAME = /^(?:\S+ ){0,2}(Army|Navy|Air Force|Coast Guard)$/;
/** Names of forces that are not a state's own, though named like one. */
const NOT_STATE_FORCE = /\b(?:Liberation|National Army|Self-Defense|Ground|Maritime|Rocket|Territorial|Space)\b/;

/**
 * The short names of each country's services named like "Pakistan Army", "Indian Navy", "Ukrainian Air
 * Force", "Japan Coast Guard": "Pakistan's army", "the Japanese coast guard". The matcher reads them only
 * right after their country (W_OWNER_ONLY). A short name two forces of one country would share names
 * neither. Not "military" or "armed forces": "Israel's military" describes more than it names, and the
 * press does not treat it as a name.
 */
function militaryForms(entities: readonly EntityInput[]): Map<number, string> {
  // By country and short name, the forces that have it.
  const owners = new Map<string, { form: string; forces: number[] }>();
  entities.forEach((e, i) => {
    if (e.kind !== 'military' || !e.country || NOT_STATE_FORCE.test(e.name)) return;
    const form = FORCE_NAME.exec(e.name)?.[1];
    if (!form) return;
    const key = `${e.country} ${form}`;
    (owners.get(key) ?? owners.set(key, { form, forces: [] }).get(key)!).forces.push(i);
  });
  const out = new Map<number, string>();
  for (const { form, forces } of owners.values()) if (forces.length === 1) out.set(forces[0]!, form);
  return out;
}

/**
 * One-word demonyms of countries, folded ("Kenyan" → "kenyan" → Kenya's entity number), for "the Kenyan
 * parliament". A word two countries share ("Congolese", "Korean") names neither, and is left out.
 */
function demonymsOf(entities: readonly EntityInput[]): Map<string, number> {
  const out = new Map<string, number>();
  const shared = new Set<string>();
  entities.forEach((e, i) => {
    if (e.kind !== 'country') return;
    for (const d of e.demonyms ?? []) {
      const tokens = foldTokens(d);
      if (tokens.length !== 1) continue;
      const word = tokens[0]!;
      if (out.has(word) && out.get(word) !== i) shared.add(word);
      else out.set(word, i);
    }
  });
  for (const word of shared) out.delete(word);
  return out;
}

/** Reads one card record from a packed cards buffer. */
export function readCard(cards: ArrayBuffer, entity: number): CardRecord | undefined {
  const count = new Uint32Array(cards, 0, 1)[0]!;
  if (entity < 0 || entity >= count) return undefined;
  const offsets = new Uint32Array(cards, 4, count + 1);
  const base = 4 * (2 + count);
  const bytes = new Uint8Array(cards, base + offsets[entity]!, offsets[entity + 1]! - offsets[entity]!);
  return JSON.parse(new TextDecoder().decode(bytes)) as CardRecord;
}

/** Folded key of a surface, as the user's muted aliases are stored. */
export { foldKey };
