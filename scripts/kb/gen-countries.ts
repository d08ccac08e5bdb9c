/**
 * `npm run kb:gen-countries` writes knowledge/countries/<region>.yaml: every country and territory, from
 *   - @rapideditor/country-coder (ISC): which places exist, their Wikidata QIDs, ISO codes, M49 regions, parents;
 *   - i18n-iso-countries (MIT): names in ~80 languages;
 *   - knowledge/raw/factbook-countries.json (public domain): capital and UN membership from the final World
 *     Factbook (2026-01-22);
 *   - knowledge/overrides/countries.yaml (hand-written): English aliases, ambiguity flags, press names, native
 *     languages, prominence, descriptions for dependencies and contested places.
 * The output is deterministic (sorted everywhere) so a regeneration shows up in review only where data changed.
 *
 * `npm run kb:gen-countries -- --refresh-raw <factbook dir>` re-extracts knowledge/raw/factbook-countries.json
 * from a checkout of github.com/factbook/factbook.json (flat <gec>.json files). The normal run never reads
 * outside the repository, so the build does not depend on where that checkout lives.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { borders } from '@rapideditor/country-coder';
import { parse } from 'yaml';
import { foldKey } from '../../src/core/fold';
import { MATCH_LANGS } from '../../src/knowledge/compile';
import type { AliasInput, EntityInput } from '../../src/knowledge/schema';
import { fbText, toYaml } from './generated-yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWLEDGE = join(ROOT, 'knowledge');
const OUT_DIR = join(KNOWLEDGE, 'countries');
const RAW_FACTBOOK = join(KNOWLEDGE, 'raw', 'factbook-countries.json');
const OVERRIDES = join(KNOWLEDGE, 'overrides', 'countries.yaml');
const CHECKED = '2026-11-21';
/** The UN has 193 members; the Factbook-derived count must match it exactly or the run fails. */
const UN_MEMBERS = 193;

// ---------------------------------------------------------------------------------------------------------
// Factbook extraction (only with --refresh-raw)

interface FactbookRow {
  gec: string;
  /** ISO 3166-1 alpha-2 from the profile's ccTLD (the Factbook has no ISO field). */
  iso2: string | null;
  name: string;
  /** Government › Capital › name, verbatim (HTML entities and notes are cleaned at generation). */
  capital: string | null;
  /** "member" when International organization participation lists "UN", "observer" for "UN (observer)". */
  un: 'member' | 'observer' | null;
  /** People and Society › Nationality › adjective, verbatim ("Kenyan"; "Saudi or Saudi Arabian"). */
  adjective?: string | null;
}

function refreshRaw(factbookDir: string): void {
  const rows: FactbookRow[] = [];
  for (const file of readdirSync(factbookDir).sort()) {
    if (!/^[a-z]{2}\.json$/.test(file) || file === 'xx.json') continue;
    const profile: unknown = JSON.parse(readFileSync(join(factbookDir, file), 'utf8'));
    const cctld = fbText(profile, 'Communications', 'Internet country code') ?? '';
    // France's field lists every overseas department; its own code is .fr. The UK uses .uk, ISO says GB.
    let tld = /\.([a-z]{2})\b/.exec(cctld)?.[1] ?? null;
    if (file === 'fr.json') tld = 'fr';
    if (tld === 'uk') tld = 'gb';
    const orgs = (fbText(profile, 'Government', 'International organization participation') ?? '')
      .split(',')
      .map((s) => s.trim());
    rows.push({
      gec: file.slice(0, 2),
      iso2: tld ? tld.toUpperCase() : null,
      name: fbText(profile, 'Government', 'Country name', 'conventional short form') ?? '',
      capital: fbText(profile, 'Government', 'Capital', 'name') ?? null,
      un: orgs.includes('UN') ? 'member' : orgs.includes('UN (observer)') ? 'observer' : null,
      adjective: fbText(profile, 'People and Society', 'Nationality', 'adjective') ?? null,
    });
  }
  writeFileSync(RAW_FACTBOOK, JSON.stringify(rows, null, 1) + '\n');
  console.log(`wrote ${rows.length} Factbook rows to ${RAW_FACTBOOK}`);
}

// ---------------------------------------------------------------------------------------------------------
// Overrides

interface EntityOverride {
  /** Only for places outside ISO 3166-1 (keyed by QID): country-coder has them but they must be asked for. */
  include?: boolean;
  kind?: 'country' | 'territory';
  name?: string;
  description?: string;
  /** For dependencies: the phrase before "in <region>" ("British overseas territory"). */
  status?: string;
  /** M49 code to use where country-coder gives none (its country-level features of FR, GB, US… have no region). */
  m49?: string;
  capital?: string;
  /** Replace or add names by language (the i18n value is then dropped). */
  names?: Record<string, string>;
  aliases?: AliasInput[];
  /** i18n-iso-countries values that are wrong or misleading for this place (matched by folded text). */
  drop?: string[];
  sources?: string[];
}

interface Overrides {
  /** Main official language by ISO2/QID (from the Factbook Languages field), where i18n-iso-countries has it. */
  native: Record<string, string>;
  /** Ids by prominence, 1–5; everything else gets the default for its kind. */
  prominence: Record<string, string[]>;
  /** English Wikipedia titles that differ from the entity's name. */
  wikipedia: Record<string, string>;
  /** Entries with no Wikipedia article under a predictable title are listed here to get none. */
  noWikipedia: string[];
  /** Values dropped from i18n-iso-countries in every language: acronyms that mean something else in English. */
  drop: string[];
  /** i18n-iso-countries locales not used at all (checked and found unreliable). */
  excludeLanguages: string[];
  places: Record<string, EntityOverride>;
}

const overrides = parse(readFileSync(OVERRIDES, 'utf8')) as Overrides;

// ---------------------------------------------------------------------------------------------------------
// country-coder

/** The feature properties used here (typed by hand: the package's types need @types/geojson). */
interface Props {
  id: string;
  iso1A2?: string;
  iso1A3?: string;
  wikidata: string;
  nameEn: string;
  /** ISO2 of the sovereign country, for territories. */
  country?: string;
  /** Ids of every group the feature is in: M49 regions, unions, landforms. */
  groups: string[];
  level: string;
  isoStatus?: string;
}
const features = (borders as unknown as { features: { properties: Props }[] }).features;
const byId = new Map<string, Props>();
for (const f of features) byId.set(f.properties.id, f.properties);
const prop = (id: string): Props => {
  const p = byId.get(id);
  if (!p) throw new Error(`country-coder has no feature ${id}`);
  return p;
};

/**
 * The most specific M49 region of a feature: intermediate regions (Caribbean, Western Africa) read better
 * than their parents (Latin America and the Caribbean, Sub-Saharan Africa), which read better than continents.
 */
const REGION_LEVELS = ['intermediateRegion', 'subregion', 'region'];
function regionOf(p: Props, override?: string): string | undefined {
  if (override) return override;
  const regions = p.groups
    .map((g) => byId.get(g))
    .filter((g): g is Props => !!g && REGION_LEVELS.includes(g.level) && g.id !== '419' && g.id !== '202');
  regions.sort((a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level));
  return regions[0]?.id;
}

/** Region names as they read in "Country in …". */
const REGION_LABEL: Record<string, string> = {
  '021': 'North America',
  '003': 'North America',
  '029': 'the Caribbean',
  '830': 'the Channel Islands',
  '053': 'Oceania',
};
const regionLabel = (code: string) => REGION_LABEL[code] ?? prop(code).nameEn;

/** Output file by continent; Western Asia (the Middle East and the Caucasus) gets its own file. */
function fileOf(code: string): string {
  const chain = [code, ...prop(code).groups];
  if (chain.includes('145')) return 'western-asia';
  if (chain.includes('142')) return 'asia';
  if (chain.includes('150')) return 'europe';
  if (chain.includes('002')) return 'africa';
  if (chain.includes('019')) return 'americas';
  if (chain.includes('009')) return 'oceania';
  throw new Error(`no file for region ${code}`);
}

// ---------------------------------------------------------------------------------------------------------
// i18n-iso-countries

const i18nDir = join(dirname(createRequire(import.meta.url).resolve('i18n-iso-countries/package.json')), 'langs');
/**
 * Every locale's values, official form and alias forms alike: a value is a string or a list whose first entry
 * is the official name (`getNames(lang, { select: 'official' })`) and whose others are the short forms the
 * press uses (`select: 'alias'`, "Россия" beside "Российская Федерация"). All of them are read.
 *
 * English first, then the languages whose names are matched in text (MATCH_LANGS), then the rest: a form
 * that several languages share is written once, tagged with the first language that has it, and a form
 * tagged only with a language that is not matched (Kyrgyz "Россия") would never be matched in Russian text.
 */
const i18n = new Map<string, Record<string, string | string[]>>();
const localeRank = (l: string) => (l === 'en' ? 0 : MATCH_LANGS.has(l.slice(0, 2)) ? 1 : 2);
const locales = readdirSync(i18nDir)
  .map(
    (file) =>
      JSON.parse(readFileSync(join(i18nDir, file), 'utf8')) as {
        locale: string;
        countries: Record<string, string | string[]>;
      },
  )
  .sort((a, b) => localeRank(a.locale) - localeRank(b.locale) || a.locale.localeCompare(b.locale));
for (const data of locales) i18n.set(data.locale, data.countries);

/**
 * Chinese as Taiwan and Hong Kong write it, from the Unicode CLDR (npm cldr-localenames-modern 45, Unicode
 * License v3), which i18n-iso-countries lacks: the fold table reads traditional characters as simplified, but not
 * the other transliterations ("瓜地馬拉" in Taipei is "危地马拉" in Beijing). A form that folds to one already
 * taken (most: "美國" is "美国") adds nothing.
 */
const CLDR_LOCALES = ['zh-Hant', 'zh-Hant-HK'];
const cldrDir = join(dirname(createRequire(import.meta.url).resolve('cldr-localenames-modern/package.json')), 'main');
/** Both locales' forms under one language, zh-Hant: Taiwan's first (the name), Hong Kong's after (aliases). */
const hant: Record<string, string[]> = {};
for (const locale of CLDR_LOCALES) {
  const file = JSON.parse(readFileSync(join(cldrDir, locale, 'territories.json'), 'utf8')) as {
    main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
  };
  const territories = file.main[locale]!.localeDisplayNames.territories;
  for (const [key, value] of Object.entries(territories)) {
    const iso2 = /^[A-Z]{2}(?=$|-alt-(?:short|variant)$)/.exec(key)?.[0];
    if (iso2 && !hant[iso2]?.includes(value)) (hant[iso2] ??= []).push(value);
  }
}
i18n.set('zh-Hant', hant);
const CLDR = new Set(['zh-Hant']);
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** An all-capitals short form in a cased script: matched only as written, so it becomes an acronym alias. */
function isAcronym(text: string): boolean {
  const letters = text.replace(/[.\s]/g, '');
  return (
    letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/**
 * A foreign name of under four letters in a cased script ("Nga", "Ý", "Mön", "Çin") is a syllable of
 * countless other words and names, capitalized at every sentence start; only the native form is kept.
 */
function tooShort(text: string): boolean {
  const cased = text !== text.toLowerCase() || text !== text.toUpperCase();
  return cased && foldKey(text).replace(/ /g, '').length < 4;
}

interface I18nForms {
  names: string[];
  acronyms: string[];
}

/**
 * Turns one i18n value into matchable forms. ISO-style inversions ("Moldova, Republic of", "Taiwan, Province
 * of China") are dropped: no text says them, and some are not neutral. A trailing parenthesis is a qualifier
 * ("Sint Maarten (Dutch part)", "Конго (Киншаса)") or an old name, so only the part before it is kept —
 * except where that part is an acronym and the parenthesis spells it out ("КНР (Китайская Народная Республика)").
 */
function formsOf(value: string, commaAllowed: boolean): I18nForms {
  const out: I18nForms = { names: [], acronyms: [] };
  const v = value.trim();
  if (v.includes(',') && !commaAllowed) return out;
  const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(v);
  if (m) {
    const [, outer, inner] = m as unknown as [string, string, string];
    if (isAcronym(outer) && !isAcronym(inner)) {
      out.acronyms.push(outer);
      out.names.push(inner);
    } else if (!isAcronym(outer)) out.names.push(outer);
    return out;
  }
  if (isAcronym(v)) out.acronyms.push(v);
  else out.names.push(v);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Factbook capitals

const ENTITIES: Record<string, string> = {
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  atilde: 'ã',
  ccedil: 'ç',
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (all, name: string) => {
      const ch = ENTITIES[name.toLowerCase()];
      if (ch === undefined) throw new Error(`unknown HTML entity ${all}`);
      return ch;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The capital as a reader wants it: "Baku (Baki, Baky)" → "Baku", "Santiago; note - …" → "Santiago".
 * Places with several capitals or a caveat must be written in the overrides; this refuses to guess.
 */
function cleanCapital(raw: string | null, where: string): string | undefined {
  if (!raw) return undefined;
  if (/capital\b.*\bcapital|\bin (Romanian|Russian)\b/i.test(raw))
    throw new Error(`${where}: capital "${raw}" needs an override`);
  const text = decodeHtml(raw)
    .replace(/;?\s*note\s*[-–—].*$/i, '')
    .replace(/\s*\([^)]*\)/g, '')
    .trim();
  if (!text || /^none$/i.test(text)) return undefined;
  if (/capital|;|administered|\bno\b/i.test(text)) throw new Error(`${where}: capital "${raw}" needs an override`);
  return text;
}

// ---------------------------------------------------------------------------------------------------------
// Building the entities

interface Place {
  key: string; // ISO2, or the QID for places outside ISO 3166-1
  feature: Props; // the feature giving QID and region
  iso2?: string;
  iso3?: string;
  parent?: string; // ISO2 of the sovereign country, for dependencies
  kind: 'country' | 'territory';
}

/**
 * country-coder's DK and NL features are the Kingdoms (Q756617, Q29999), which include Greenland and the
 * Caribbean islands; news means the countries Q35 Denmark and Q55 Netherlands, which it has as parts.
 */
const COUNTRY_PART: Record<string, string> = { DK: 'Q35', NL: 'Q55' };

/**
 * Western Sahara is a level-"country" feature in country-coder, but Q6250 is the disputed territory (a UN
 * non-self-governing territory), not the Sahrawi Republic that claims it: a territory with no parent.
 */
const TERRITORY_NOT_STATE = new Set(['EH']);

function places(): Place[] {
  const out: Place[] = [];
  for (const f of features) {
    const p = f.properties;
    if (!p.iso1A2 || (p.level !== 'country' && p.level !== 'territory')) continue;
    if (p.isoStatus !== 'official' && p.iso1A2 !== 'XK') continue;
    const feature = COUNTRY_PART[p.iso1A2] ? prop(COUNTRY_PART[p.iso1A2]!) : p;
    out.push({
      key: p.iso1A2,
      feature,
      iso2: p.iso1A2,
      iso3: p.iso1A3,
      parent: p.country,
      kind: p.level === 'country' && !TERRITORY_NOT_STATE.has(p.iso1A2) ? 'country' : 'territory',
    });
  }
  for (const [key, o] of Object.entries(overrides.places)) {
    if (!o.include) continue;
    const p = prop(key);
    out.push({ key, feature: p, parent: p.country, kind: o.kind ?? (p.level === 'country' ? 'country' : 'territory') });
  }
  return out;
}

interface Built {
  file: string;
  entity: EntityInput;
  /** Folded forms taken from i18n-iso-countries (not from the overrides), with the language they came from. */
  i18nKeys: Map<string, string>;
}

let factbook: FactbookRow[] = [];
const factbookByIso = new Map<string, FactbookRow>();
function loadFactbook(): void {
  factbook = JSON.parse(readFileSync(RAW_FACTBOOK, 'utf8')) as FactbookRow[];
  for (const row of factbook) {
    // Gaza Strip and West Bank both carry .ps; neither has a capital or UN status, so either will do.
    if (row.iso2 && !factbookByIso.has(row.iso2)) factbookByIso.set(row.iso2, row);
  }
}

const globalDrop = new Set(overrides.drop.map(foldKey));
const prominenceOf = new Map<string, number>();
for (const [level, keys] of Object.entries(overrides.prominence))
  for (const k of keys) prominenceOf.set(k, Number(level));

function build(place: Place, englishNameOf: (iso2: string) => string): Built {
  const o = overrides.places[place.key] ?? {};
  const p = place.feature;
  const row = place.iso2 ? factbookByIso.get(place.iso2) : undefined;
  const where = `${place.key} ${p.nameEn}`;

  // Names: the first clean i18n form per language is the name in that language, the rest are aliases.
  const name = o.name ?? p.nameEn;
  // Only a place whose own name has a comma ("Saint Helena, Ascension and Tristan da Cunha") keeps them.
  const commaAllowed = name.includes(',');
  const drop = new Set([...(o.drop ?? []).map(foldKey)]);
  const names: Record<string, string> = {};
  const extra: AliasInput[] = [];
  const i18nKeys = new Map<string, string>();
  const seen = new Set<string>([foldKey(name)]);
  const native = overrides.native[place.key];
  const overriddenLangs = new Set(Object.keys(o.names ?? {}));
  let fromCldr = false;
  if (place.iso2) {
    for (const [lang, countries] of i18n) {
      if (overriddenLangs.has(lang) || overrides.excludeLanguages.includes(lang)) continue;
      const forms = asList(countries[place.iso2]).map((v) => formsOf(v, commaAllowed));
      const langNames = forms
        .flatMap((f) => f.names)
        .filter((n) => !drop.has(foldKey(n)) && !globalDrop.has(foldKey(n)) && (lang === native || !tooShort(n)));
      const acronyms = forms
        .flatMap((f) => f.acronyms)
        .filter((n) => !drop.has(foldKey(n)) && !globalDrop.has(foldKey(n)));
      langNames.forEach((n, i) => {
        const key = foldKey(n);
        if (CLDR.has(lang)) {
          if (seen.has(key)) return;
          fromCldr = true;
        }
        if (i === 0 && lang !== 'en' && (n !== name || lang === native)) names[lang] = n;
        else if (!seen.has(key)) extra.push({ text: n, lang });
        seen.add(key);
        if (!i18nKeys.has(key)) i18nKeys.set(key, lang);
      });
      for (const a of acronyms) {
        const key = 'case:' + a;
        if (!seen.has(key)) extra.push({ text: a, type: 'acronym', lang });
        seen.add(key);
        if (!i18nKeys.has(key)) i18nKeys.set(key, lang);
      }
    }
  }
  for (const [lang, n] of Object.entries(o.names ?? {})) {
    names[lang] = n;
    seen.add(foldKey(n));
  }

  // Aliases written in the overrides come first and win: they carry the ambiguity and acronym flags.
  const aliases: AliasInput[] = [...(o.aliases ?? [])];
  const written = new Set(aliases.map((a) => (typeof a === 'string' ? foldKey(a) : foldKey(a.text))));
  for (const a of extra) if (typeof a !== 'string' && !written.has(foldKey(a.text))) aliases.push(a);

  const region = regionOf(p, o.m49);
  if (!region) throw new Error(`${where}: no M49 region; add m49 to the overrides`);
  let description = o.description;
  if (!description) {
    const capital = o.capital ?? (place.kind === 'country' ? cleanCapital(row?.capital ?? null, where) : undefined);
    if (place.kind === 'country')
      description = `Country in ${regionLabel(region)}${capital ? `, capital ${capital}` : ''}`;
    else {
      const status = o.status ?? (place.parent ? `Territory of ${englishNameOf(place.parent)}` : undefined);
      if (!status) throw new Error(`${where}: territory without parent needs a description`);
      description = `${status} in ${regionLabel(region)}`;
    }
  }

  const sortedNames = Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)));
  const demonyms = parseDemonyms(row?.adjective);
  const wikipedia = overrides.noWikipedia.includes(place.key) ? undefined : (overrides.wikipedia[place.key] ?? name);
  const sources = ['country-coder'];
  if (Object.keys(names).length && place.iso2) sources.push('i18n-iso-countries');
  if (fromCldr) sources.push('cldr');
  if (row) sources.push('factbook-2026');
  if (wikipedia) sources.push('wikipedia');
  for (const s of o.sources ?? []) if (!sources.includes(s)) sources.push(s);

  const entity: EntityInput = {
    id: p.wikidata,
    kind: place.kind,
    name,
    ...(Object.keys(sortedNames).length ? { names: sortedNames } : {}),
    ...(native && sortedNames[native] ? { native } : {}),
    ...(aliases.length ? { aliases } : {}),
    description,
    ...(place.parent && place.kind === 'territory' ? { country: parentQid(place.parent) } : {}),
    ...(place.iso2 ? { iso2: place.iso2 } : {}),
    ...(place.iso3 ? { iso3: place.iso3 } : {}),
    ...(place.kind === 'country' ? { unMember: row?.un === 'member' } : {}),
    ...(place.kind === 'country' && demonyms.length ? { demonyms } : {}),
    prominence: prominenceOf.get(place.key) ?? (place.kind === 'country' ? 3 : 2),
    ...(wikipedia ? { wikipedia } : {}),
    sources,
    checked: CHECKED,
  };
  if (native && !sortedNames[native]) console.warn(`${where}: native ${native} has no name`);
  return { file: fileOf(region), entity, i18nKeys };
}

/**
 * The demonyms of a Factbook adjective field: "Kenyan" → [Kenyan]; "Saudi or Saudi Arabian" → [Saudi,
 * Saudi Arabian]; "Taiwan (or Taiwanese)" → [Taiwan, Taiwanese]. Notes after "note" and qualifiers in
 * parentheses ("(colloquial)", "(plural)") are dropped; "Chinese/Hong Kong" is two.
 */
function parseDemonyms(adjective: string | null | undefined): string[] {
  if (!adjective) return [];
  const text = adjective
    .replace(/;?\s*note\b.*$/i, '')
    .replace(/\((?:or\s+)?([^()]*)\)/g, (_, inner: string) =>
      /^(singular|plural|colloquial|former term)$/i.test(inner.trim()) ? '' : `, ${inner}`,
    );
  const out = text
    .split(/,|;|\/|\bor\b/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => /^\p{Lu}[\p{L}' -]*$/u.test(part));
  return [...new Set(out)];
}

function parentQid(iso2: string): string {
  return COUNTRY_PART[iso2] ?? prop(iso2).wikidata;
}

/**
 * A name i18n-iso-countries gives to two places identifies neither ("Virgin Islands", "Конго"): it is removed
 * from both unless the overrides write it on each as an ambiguous alias. Returns what was removed, for the log.
 */
function dropSharedNames(built: Built[]): string[] {
  const owners = new Map<string, Set<string>>();
  const formsOf = (b: Built): Set<string> => {
    const e = b.entity;
    const keys = new Set<string>([foldKey(e.name), ...Object.values(e.names ?? {}).map(foldKey)]);
    for (const a of e.aliases ?? []) {
      if (typeof a === 'string') keys.add(foldKey(a));
      else keys.add(a.type === 'acronym' ? 'case:' + a.text : foldKey(a.text));
    }
    return keys;
  };
  for (const b of built) for (const k of formsOf(b)) owners.set(k, (owners.get(k) ?? new Set()).add(b.entity.id));
  const log: string[] = [];
  for (const b of built) {
    const e = b.entity;
    const writtenAmbiguous = new Set(
      (overrides.places[b.entity.iso2 ?? e.id]?.aliases ?? [])
        .filter((a) => typeof a !== 'string' && a.ambiguous)
        .map((a) => foldKey((a as { text: string }).text)),
    );
    const shared = (text: string, acronym = false) => {
      const key = acronym ? 'case:' + text : foldKey(text);
      return (owners.get(key)?.size ?? 0) > 1 && b.i18nKeys.has(key) && !writtenAmbiguous.has(key);
    };
    for (const [lang, n] of Object.entries(e.names ?? {})) {
      if (shared(n)) {
        log.push(`${e.name}: names.${lang} "${n}"`);
        delete e.names![lang];
      }
    }
    if (e.names && !Object.keys(e.names).length) delete e.names;
    if (e.native && !e.names?.[e.native]) delete e.native;
    e.aliases = (e.aliases ?? []).filter((a) => {
      if (typeof a === 'string') return true;
      if (a.lang && shared(a.text, a.type === 'acronym')) {
        log.push(`${e.name}: alias (${a.lang}) "${a.text}"`);
        return false;
      }
      return true;
    });
    if (!e.aliases.length) delete e.aliases;
  }
  return log;
}

function checkUnMembers(built: Built[]): void {
  const members = built.filter((b) => b.entity.unMember);
  const members2 = factbook.filter((r) => r.un === 'member');
  const missing = members2.filter((r) => !built.some((b) => b.entity.iso2 === r.iso2));
  if (members.length !== UN_MEMBERS || missing.length) {
    throw new Error(
      `UN members: ${members.length} entities, ${members2.length} in the Factbook; unmatched: ${missing.map((r) => r.gec).join(' ')}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Output

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--refresh-raw') {
    if (!args[1]) throw new Error('usage: --refresh-raw <factbook dir>');
    refreshRaw(args[1]);
    return;
  }
  loadFactbook();
  const list = places();
  const englishName = new Map<string, string>();
  for (const pl of list) if (pl.iso2) englishName.set(pl.iso2, overrides.places[pl.key]?.name ?? pl.feature.nameEn);
  for (const key of Object.keys(overrides.places)) {
    if (!list.some((pl) => pl.key === key)) throw new Error(`overrides: ${key} is not a generated place`);
  }
  const built = list.map((pl) => build(pl, (iso2) => englishName.get(iso2) ?? iso2));
  const dropped = dropSharedNames(built);
  checkUnMembers(built);

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const files = [...new Set(built.map((b) => b.file))].sort();
  const header =
    '# GENERATED by `npm run kb:gen-countries` (scripts/kb/gen-countries.ts) from @rapideditor/country-coder,\n' +
    '# i18n-iso-countries, knowledge/raw/factbook-countries.json and knowledge/overrides/countries.yaml.\n' +
    '# Do not edit by hand: edit the overrides and regenerate.\n';
  for (const file of files) {
    const entities = built
      .filter((b) => b.file === file)
      .map((b) => b.entity)
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
    writeFileSync(join(OUT_DIR, `${file}.yaml`), toYaml(entities, header));
  }
  const count = (k: string) => built.filter((b) => b.entity.kind === k).length;
  console.log(
    `${built.length} places (${count('country')} countries, ${count('territory')} territories) in ${files.length} files; ` +
      `${built.filter((b) => b.entity.unMember).length} UN members`,
  );
  if (dropped.length)
    console.log(`dropped ${dropped.length} names shared by several places:\n  ${dropped.join('\n  ')}`);
}

main();
