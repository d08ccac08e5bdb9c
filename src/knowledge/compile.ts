/**
 * Compiles validated entities into what the extension loads: the binary match index (aliases expanded
 * into every form the matcher should find) and the card records (one JSON per entity, read on hover).
 * Pure, so the build, the CLI tools and the background (for personal packs) share it. An alias's index terms
 * are made in alias-forms.ts, state bodies' derived names in state-body-forms.ts, card records in card-records.ts.
 */
import { contextWords } from '../core/context-words';
import { foldKey, foldTokens } from '../core/fold';
import { buildIndex, type IndexEntity, type IndexTerm } from '../core/build-index';
import { A_EXACT, W_ARABIC_GIVEN_NAME, W_GIVEN_NAME, W_PARTICLE, W_PERSON_TITLE, W_TITLE } from '../core/index-flags';
import { aliasForms, ARABIC_SCRIPT, hebrewAcronym, lowerMask, termFlags } from './alias-forms';
import { aliasEntries, type AliasEntry, ambiguousFoldKeys, inEnglish } from './aliases';
import { EAST_ASIAN_PRESS, eastAsianCountrylessForms } from './east-asian-body-forms';
import { cardRecord, type CardRecord, packCards, withIncoming } from './card-records';
import { INCOMING_LABELS, roleKey, roleLabel } from './card-view';
import { genitivesOf } from '../core/inflect-cyrillic';
import {
  CENTRAL_BANK_FORMS,
  CENTRAL_ELECTION_COMMISSION_FORMS,
  ELECTION_COMMISSION,
  ELECTION_COMMISSION_FORMS,
  type PressForms,
} from './body-heads';
import {
  cyrillicCountryMinistryForms,
  derivedAmbiguousName,
  derivedName,
  derivedShortName,
  genericMinistryForms,
  otherInterior,
} from './ministry-forms';
import type { EntityInput } from './schema';
import {
  demonymsOf,
  FOREIGN_PARLIAMENT_WORDS,
  isPresidency,
  militaryForms,
  MINISTRY_FORMS,
  parliamentForms,
  withoutCountry,
} from './state-body-forms';
import { FAMILY_NAME_FIRST } from './surnames';

/** Poland's QID: its actors' untagged names are Polish, and decline. */
const POLAND = 'Q36';

/** Czechia, Slovakia, Ukraine, Belarus, Lithuania, Germany, Hungary, Russia: the Polish press's neighbours. */
const POLISH_PRESS_NEIGHBOURS = new Set(['Q213', 'Q214', 'Q212', 'Q184', 'Q37', 'Q183', 'Q28', 'Q159']);

/** Kinds whose one-word names a person's surname may share ("Montenegro", "Jordan"). */
const PLACE_KINDS = new Set(['country', 'territory', 'city']);

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

/**
 * Articles of the languages the matcher reads in Latin letters: no given name, though a person's name may open with
 * one (Les Moonves), for then "Les Etats-Unis" would read as a name the base does not know, hiding the country.
 */
const ARTICLES = new Set([
  'les',
  'des',
  'la',
  'le',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'het',
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
  /** A country's names in Russian or Ukrainian as they follow a body's name there: in the genitive; read once each. */
  const genitives = new Map<string, string[]>();
  const countryGenitivesIn = (country: string, lang: 'ru' | 'uk'): string[] => {
    const key = `${country} ${lang}`;
    let forms = genitives.get(key);
    if (!forms) genitives.set(key, (forms = countryNamesIn(country, lang).flatMap((name) => genitivesOf(name, lang))));
    return forms;
  };
  // What the Chinese, Japanese and Korean press's own country's bodies are called there, by language.
  const ownForms = new Map<string, Set<string>>();
  for (const [lang, home] of Object.entries(EAST_ASIAN_PRESS)) {
    const forms = new Set<string>();
    sorted.forEach((e, i) => {
      if (!e.country || !home.includes(e.country)) return;
      for (const a of entries[i]!) if (a.langs.includes(lang)) forms.add(a.text);
    });
    ownForms.set(lang, forms);
  }
  // Each country's one central bank (its description says so) and one election commission (its English name says
  // so), for the press's short names of them below; -1 where a country has two.
  const centralBanks = new Map<string, number>();
  const electionCommissions = new Map<string, number>();
  sorted.forEach((e, i) => {
    if (e.kind !== 'government-body' || !e.country) return;
    if (/^(?:The )?[Cc]entral bank of\b/.test(e.description))
      centralBanks.set(e.country, centralBanks.has(e.country) ? -1 : i);
    if (ELECTION_COMMISSION.test(e.name.replace(/ \(.*\)$/, '')))
      electionCommissions.set(e.country, electionCommissions.has(e.country) ? -1 : i);
  });
  /** The press forms of entity i if it is its country's one central bank or election commission (body-heads.ts). */
  const oneBodyForms = (e: EntityInput, i: number): PressForms => {
    if (centralBanks.get(e.country!) === i) return CENTRAL_BANK_FORMS;
    if (electionCommissions.get(e.country!) !== i) return [];
    return /^Central /.test(e.name) ? CENTRAL_ELECTION_COMMISSION_FORMS : ELECTION_COMMISSION_FORMS;
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
    // "秘鲁国会" → "国会", "헝가리 의회" → "의회": the story's country's body in the East Asian press (see
    // east-asian-body-forms.ts). A surname, as the English "Congress" of a country is. Not an army or a police force:
    // "陸軍" alone is as often a rank's ("陸軍大尉") or an office's ("陆军司令").
    if (e.country && e.kind === 'government-body') {
      const named = entries[i]!.flatMap((a) => a.langs.map((l) => [l, a.text] as const));
      for (const [lang, form] of eastAsianCountrylessForms(
        named,
        (lang) => countryNamesIn(e.country!, lang),
        (lang) => ownForms.get(lang) ?? new Set(),
      ))
        addNew(derivedShortName(form, [lang]));
    }
    // "МИД Алжира", "Минобороны Израиля", "МЗС Сенегалу": the Russian and Ukrainian press's own name of the ministry,
    // then the country in the genitive. A name: it says whose ministry.
    if (e.country && e.kind === 'government-body') {
      const english = [e.name, ...entries[i]!.filter(inEnglish).map((a) => a.text)];
      for (const lang of ['ru', 'uk'] as const)
        for (const form of cyrillicCountryMinistryForms(english, lang, countryGenitivesIn(e.country, lang)))
          addNew({ ...derivedName(form), langs: [lang] });
    }
    // "瑞士央行", "トルコ中銀", "ЦБ Турции", "הבנק המרכזי של יפן": a country's central bank as the press of these
    // languages names it, by the country's name and the press's word for one; its election commission likewise
    // ("폴란드 선거관리위원회", "ЦИК Молдавии").
    if (e.country)
      for (const [lang, form] of oneBodyForms(e, i)) {
        const countries =
          lang === 'ru' || lang === 'uk' ? countryGenitivesIn(e.country, lang) : countryNamesIn(e.country, lang);
        for (const country of countries) addNew({ ...derivedName(form.replace('{}', country)), langs: [lang] });
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
  // One-word names of actors other than people, even ambiguous ones ("Jordan", "Georgia", "Chad", the Tories'
  // "Tory"), and demonyms. Of the common given names below, none is a given name. Of the base's own people's first
  // names, none but an acronym's letters ("Mira" Nair, Colombia's MIRA) is: a given name before a name makes it part
  // of a longer one, and "Tory China hawks" would lose China for Tory Whanau's sake.
  const otherNames = new Set<string>(demonyms.keys());
  const otherWords = new Set<string>(demonyms.keys());
  entries.forEach((list, i) => {
    if (sorted[i]!.kind === 'person') return;
    for (const a of list) {
      const key = foldKey(a.text);
      if (key.includes(' ')) continue;
      otherNames.add(key);
      if (a.type !== 'acronym') otherWords.add(key);
    }
  });
  for (const e of sorted) {
    if (e.kind !== 'person') continue;
    // Not where the family name comes first: "No" of No Kwang-chol is no given name ("No Senado, …").
    if (e.country && FAMILY_NAME_FIRST.has(byId.get(e.country)?.iso2 ?? '')) continue;
    const tokens = foldTokens(e.name);
    const first = tokens[0];
    if (tokens.length < 2 || first === undefined || first.length < 2) continue;
    const flags = words.get(first) ?? 0;
    if (flags & (W_TITLE | W_PARTICLE) || ARTICLES.has(first) || otherWords.has(first)) continue;
    givenNames.add(first);
    words.set(first, flags | W_GIVEN_NAME);
  }
  // Common given names (options.givenNames) that no known person bears, unless the word is read in context or is
  // a one-word name of an actor other than a person, even an ambiguous one ("Jordan", "Georgia", "Chad").
  if (options.givenNames?.length) {
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
  // People's surnames, and other entities' one-word names, for termFlags: an acronym written like a word is not
  // read as either ("Otan", Kazakhstan's ruling party's first name, is not NATO's "OTAN").
  const surnames = new Set<string>();
  /** One-word name (folded) → the entity that has it, or -1 where several do. */
  const wordNames = new Map<string, number>();
  entries.forEach((list, i) => {
    for (const a of list) {
      if (sorted[i]!.kind === 'person' && a.type === 'surname') surnames.add(foldKey(a.text));
      if (a.type === 'acronym' || a.type === 'surname') continue;
      const key = foldKey(a.text);
      if (key.includes(' ')) continue;
      const had = wordNames.get(key);
      wordNames.set(key, had === undefined || had === i ? i : -1);
    }
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
          flags:
            termFlags(alias, form.derived, tokens.join(' '), (k) => surnames.has(k) || (wordNames.get(k) ?? i) !== i) |
            lowerMask(form.text, tokens, words),
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
