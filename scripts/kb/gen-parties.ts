/**
 * `npm run kb:gen-parties` writes knowledge/parties/<country>.yaml: the main political parties of the G20
 * members and of the Middle East states, from
 *   - knowledge/raw/partyfacts-parties.csv (Party Facts, MIT): QIDs, English and native names, founding
 *     and dissolution years, English Wikipedia URLs;
 *   - knowledge/overrides/parties.yaml (hand-written): which parties to keep, descriptions, press aliases,
 *     corrections, and a few major parties Party Facts lacks;
 *   - knowledge/countries/*.yaml (generated): the country entities parties point to, and their names.
 * Output is deterministic (sorted) so that regenerating shows in review only what changed.
 *
 * `npm run kb:gen-parties -- --refresh-raw <dir>` rebuilds the raw CSV from Party Facts'
 * import/wikipedia/wikidata.csv and wikipedia.csv in <dir> (joined on partyfacts_id, countries in scope only).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { foldKey } from '../../src/core/fold';
import type { AliasInput, EntityInput } from '../../src/knowledge/schema';
import { toYaml } from './generated-yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWLEDGE = join(ROOT, 'knowledge');
const OUT_DIR = join(KNOWLEDGE, 'parties');
const RAW = join(KNOWLEDGE, 'raw', 'partyfacts-parties.csv');
const OVERRIDES = join(KNOWLEDGE, 'overrides', 'parties.yaml');
const CHECKED = '2026-11-21';

/**
 * Countries in scope (ISO 3166-1 alpha-3, as Party Facts has them) → ISO2, output file, and the language
 * of Party Facts' native names there. Qatar, the UAE and Oman have no parties; Saudi Arabia's two Party
 * Facts rows are an Afghan party and a dissolved one.
 */
const SCOPE: Record<string, { iso2: string; file: string; lang?: string }> = {
  ARG: { iso2: 'AR', file: 'argentina', lang: 'es' },
  AUS: { iso2: 'AU', file: 'australia' },
  BRA: { iso2: 'BR', file: 'brazil', lang: 'pt' },
  CAN: { iso2: 'CA', file: 'canada' }, // native names are French: kept as names.fr, not as `native`
  CHN: { iso2: 'CN', file: 'china', lang: 'zh' },
  FRA: { iso2: 'FR', file: 'france', lang: 'fr' },
  DEU: { iso2: 'DE', file: 'germany', lang: 'de' },
  IND: { iso2: 'IN', file: 'india', lang: 'hi' },
  IDN: { iso2: 'ID', file: 'indonesia', lang: 'id' },
  ITA: { iso2: 'IT', file: 'italy', lang: 'it' },
  JPN: { iso2: 'JP', file: 'japan', lang: 'ja' },
  MEX: { iso2: 'MX', file: 'mexico', lang: 'es' },
  RUS: { iso2: 'RU', file: 'russia', lang: 'ru' },
  SAU: { iso2: 'SA', file: 'saudi-arabia', lang: 'ar' },
  ZAF: { iso2: 'ZA', file: 'south-africa' },
  KOR: { iso2: 'KR', file: 'south-korea', lang: 'ko' },
  TUR: { iso2: 'TR', file: 'turkey', lang: 'tr' },
  GBR: { iso2: 'GB', file: 'united-kingdom' },
  USA: { iso2: 'US', file: 'united-states' },
  IRN: { iso2: 'IR', file: 'iran', lang: 'fa' },
  IRQ: { iso2: 'IQ', file: 'iraq', lang: 'ar' },
  ISR: { iso2: 'IL', file: 'israel', lang: 'he' },
  PSE: { iso2: 'PS', file: 'palestine', lang: 'ar' },
  LBN: { iso2: 'LB', file: 'lebanon', lang: 'ar' },
  SYR: { iso2: 'SY', file: 'syria', lang: 'ar' },
  JOR: { iso2: 'JO', file: 'jordan', lang: 'ar' },
  EGY: { iso2: 'EG', file: 'egypt', lang: 'ar' },
  YEM: { iso2: 'YE', file: 'yemen', lang: 'ar' },
  BHR: { iso2: 'BH', file: 'bahrain', lang: 'ar' },
  KWT: { iso2: 'KW', file: 'kuwait', lang: 'ar' },
  QAT: { iso2: 'QA', file: 'qatar', lang: 'ar' },
  ARE: { iso2: 'AE', file: 'united-arab-emirates', lang: 'ar' },
  OMN: { iso2: 'OM', file: 'oman', lang: 'ar' },
  CYP: { iso2: 'CY', file: 'cyprus', lang: 'el' },
};
/** Parties filed under another country by the overrides: Taiwan's KMT, Northern Cyprus' parties. */
const OTHER_PLACES: Record<string, { file: string; lang?: string }> = {
  TW: { file: 'taiwan', lang: 'zh-Hant' },
  Q23681: { file: 'cyprus', lang: 'tr' },
};

/**
 * The script a native name must be in for its language. Party Facts' "native" names are sometimes
 * transliterations ("Etelaf-e Milli", "Hizb el-Ghad"); those are not names in that language and are skipped.
 */
const SCRIPT: Record<string, RegExp> = {
  ar: /^[\p{Script=Arabic}\p{Zs}\p{P}\d]+$/u,
  fa: /^[\p{Script=Arabic}\p{Zs}\p{P}\d\u200c]+$/u,
  ckb: /^[\p{Script=Arabic}\p{Zs}\p{P}\d\u200c]+$/u,
  he: /^[\p{Script=Hebrew}\p{Zs}\p{P}\d]+$/u,
  ru: /^[\p{Script=Cyrillic}\p{Zs}\p{P}\d]+$/u,
  el: /^[\p{Script=Greek}\p{Zs}\p{P}\d]+$/u,
  zh: /^[\p{Script=Han}\p{Zs}\p{P}]+$/u,
  'zh-Hant': /^[\p{Script=Han}\p{Zs}\p{P}]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Zs}\p{P}]+$/u,
  ko: /^[\p{Script=Hangul}\p{Zs}\p{P}]+$/u,
  hi: /^[\p{Script=Devanagari}\p{Zs}\p{P}\d]+$/u,
  or: /^[\p{Script=Oriya}\p{Zs}\p{P}\d]+$/u,
};
const LATIN = /^[\p{Script=Latin}\p{Zs}\p{P}\p{S}\d]+$/u;

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks — two Party Facts values do)

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function toRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

// ---------------------------------------------------------------------------------------------------------
// Raw extract (only with --refresh-raw)

const RAW_COLUMNS = [
  'country',
  'partyfacts_id',
  'wikidata_id',
  'name',
  'name_short',
  'name_native',
  'url',
  'year_founded',
  'year_dissolved',
] as const;
type RawRow = Record<(typeof RAW_COLUMNS)[number], string>;

function refreshRaw(dir: string): void {
  const wikidata = toRecords(readFileSync(join(dir, 'parties-wikidata.csv'), 'utf8'));
  const wikipedia = new Map(
    toRecords(readFileSync(join(dir, 'parties-wikipedia.csv'), 'utf8')).map((r) => [r.partyfacts_id, r]),
  );
  const out: RawRow[] = [];
  for (const r of wikidata) {
    if (!SCOPE[r.country!]) continue;
    const w = wikipedia.get(r.partyfacts_id);
    if (!w || w.country !== r.country)
      throw new Error(`partyfacts_id ${r.partyfacts_id} has no matching wikipedia row`);
    out.push({
      country: r.country!,
      partyfacts_id: r.partyfacts_id!,
      wikidata_id: r.wikidata_id!,
      // The Wikidata file's names are the newer; the Wikipedia file adds URL and years.
      name: r.name!,
      name_short: r.name_short!,
      name_native: r.name_native!,
      url: w.url!,
      year_founded: w.year_founded!,
      year_dissolved: w.year_dissolved!,
    });
  }
  out.sort((a, b) => a.country.localeCompare(b.country) || Number(a.partyfacts_id) - Number(b.partyfacts_id));
  const lines = [RAW_COLUMNS.join(','), ...out.map((r) => RAW_COLUMNS.map((c) => csvField(r[c])).join(','))];
  writeFileSync(RAW, lines.join('\n') + '\n');
  console.log(`wrote ${out.length} Party Facts rows to ${RAW}`);
}

// ---------------------------------------------------------------------------------------------------------
// Overrides

interface PartyOverride {
  /** ISO2 or QID of the place to file the party under, where Party Facts has another country. */
  country?: string;
  name?: string;
  description?: string;
  names?: Record<string, string>;
  nativeLang?: string;
  aliases?: AliasInput[];
  founded?: string | null;
  dissolved?: string;
  wikipedia?: string;
  prominence?: number;
  sources?: string[];
}
interface ExtraParty extends PartyOverride {
  country: string;
  name: string;
  description: string;
  wikipedia: string;
}
interface Overrides {
  parties: Record<string, PartyOverride | null>;
  extra: Record<string, ExtraParty>;
}

// ---------------------------------------------------------------------------------------------------------
// Building

/**
 * A name made only of the words every country's parties are called by ("Democratic Party", "Labour Party",
 * "National Unity") names a different party in every other country's news, so it must need context.
 */
const GENERIC_WORDS = new Set(
  (
    'a and the of for party democratic democrats democracy republican republicans labour labor conservative ' +
    'conservatives liberal liberals socialist social green greens workers people peoples popular communist ' +
    'national progressive union unity movement alliance front justice development freedom action new left ' +
    'centre center reform renewal future generation change citizens free patriotic coalition bloc independence'
  ).split(' '),
);
const isGeneric = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s?\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((w) => GENERIC_WORDS.has(w));

/** Hebrew vowel points and cantillation, and bidi marks: not part of the name as news writes it. */
const cleanNative = (s: string) =>
  s
    .replace(/[\u0591-\u05C7]/g, '')
    .replace(/[\u200E\u200F\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function wikipediaTitle(url: string): string | undefined {
  const m = /^https?:\/\/en\.wikipedia\.org\/wiki\/([^#]+)/.exec(url);
  if (!m) return undefined;
  return decodeURIComponent(m[1]!).replace(/_/g, ' ');
}

interface CountryInfo {
  id: string;
  name: string;
}

/** Country entities by ISO2 and by QID, read from the generated countries files. */
function loadCountries(): Map<string, CountryInfo> {
  const map = new Map<string, CountryInfo>();
  const dir = join(KNOWLEDGE, 'countries');
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yaml')) continue;
    for (const e of parse(readFileSync(join(dir, file), 'utf8')) as EntityInput[]) {
      const info = { id: e.id, name: e.name };
      map.set(e.id, info);
      if (e.iso2) map.set(e.iso2, info);
    }
  }
  return map;
}

const inCountry = (name: string) => (/^United |^Gaza|^West Bank/.test(name) ? `the ${name}` : name);

interface Built {
  file: string;
  entity: EntityInput;
}

function buildParty(id: string, row: RawRow | undefined, o: PartyOverride, countries: Map<string, CountryInfo>): Built {
  const scope = row ? SCOPE[row.country] : undefined;
  const placeKey = o.country ?? scope?.iso2;
  const country = placeKey ? countries.get(placeKey) : undefined;
  if (!placeKey || !country) throw new Error(`${id}: no country entity for ${placeKey}`);
  const other = OTHER_PLACES[placeKey];
  const file = other?.file ?? Object.values(SCOPE).find((s) => s.iso2 === placeKey)?.file;
  if (!file) throw new Error(`${id}: no file for ${placeKey}`);
  const lang = o.nativeLang ?? other?.lang ?? Object.values(SCOPE).find((s) => s.iso2 === placeKey)?.lang;

  const dataName = row?.name.trim();
  const name = o.name ?? dataName;
  if (!name) throw new Error(`${id}: no name`);

  // Names in other languages: Party Facts' native name where it is in the language's own script.
  const names: Record<string, string> = {};
  const rawNative = row ? cleanNative(row.name_native) : '';
  // Japanese entries give the full and the short name: "自由民主党 / 自民党".
  const [nativeMain, ...nativeShort] = rawNative.split(' / ');
  const extraAliases: AliasInput[] = [];
  if (nativeMain && nativeMain !== name) {
    // Canada's Party Facts native names are the French ones: kept as names.fr, not as the native name.
    const nativeLang = lang ?? (row?.country === 'CAN' ? 'fr' : undefined);
    const script = nativeLang ? (SCRIPT[nativeLang] ?? LATIN) : undefined;
    if (nativeLang && script?.test(nativeMain)) {
      names[nativeLang] = nativeMain;
      for (const s of nativeShort) extraAliases.push({ text: s, lang: nativeLang });
    }
  }
  Object.assign(names, o.names ?? {});

  const aliases: AliasInput[] = [...(o.aliases ?? []), ...extraAliases];
  const has = (t: string) => aliases.some((a) => foldKey(typeof a === 'string' ? a : a.text) === foldKey(t));
  if (o.name && dataName && foldKey(dataName) !== foldKey(o.name) && !has(dataName)) aliases.push(dataName);

  const founded =
    o.founded === null
      ? undefined
      : (o.founded ?? (/^\d{4}$/.test(row?.year_founded ?? '') ? row!.year_founded : undefined));
  const wikipedia = o.wikipedia ?? (row ? wikipediaTitle(row.url) : undefined);
  const sources: string[] = [];
  if (row) sources.push('partyfacts');
  if (wikipedia) sources.push('wikipedia');
  for (const s of o.sources ?? []) if (!sources.includes(s)) sources.push(s);
  const native = lang && names[lang] ? lang : undefined;

  const entity: EntityInput = {
    id,
    kind: 'political-party',
    name,
    ...(Object.keys(names).length
      ? { names: Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b))) }
      : {}),
    ...(native ? { native } : {}),
    ...(aliases.length ? { aliases } : {}),
    description: o.description ?? `Political party in ${inCountry(country.name)}`,
    ...(founded ? { founded } : {}),
    ...(o.dissolved ? { dissolved: o.dissolved } : {}),
    country: country.id,
    prominence: o.prominence ?? 3,
    ...(wikipedia ? { wikipedia } : {}),
    sources,
    checked: CHECKED,
  };
  return { file, entity };
}

/**
 * Marks as ambiguous every form two parties share and every generic name, on each party that has it, by
 * adding an alias object that repeats the text (the loader merges it with the name).
 */
function markAmbiguous(built: Built[]): void {
  const formsOf = (e: EntityInput) => [
    e.name,
    ...Object.values(e.names ?? {}),
    ...(e.aliases ?? [])
      .filter((a) => typeof a === 'string' || a.type !== 'acronym')
      .map((a) => (typeof a === 'string' ? a : a.text)),
  ];
  const owners = new Map<string, Set<string>>();
  for (const b of built)
    for (const f of formsOf(b.entity)) owners.set(foldKey(f), (owners.get(foldKey(f)) ?? new Set()).add(b.entity.id));
  for (const b of built) {
    const e = b.entity;
    const aliases = e.aliases ?? [];
    for (const f of formsOf(e)) {
      const shared = (owners.get(foldKey(f))?.size ?? 0) > 1;
      if (!shared && !isGeneric(f)) continue;
      const existing = aliases.findIndex((a) => foldKey(typeof a === 'string' ? a : a.text) === foldKey(f));
      if (existing >= 0) {
        const a = aliases[existing]!;
        aliases[existing] = typeof a === 'string' ? { text: a, ambiguous: true } : { ...a, ambiguous: true };
      } else aliases.push({ text: f, ambiguous: true });
    }
    if (aliases.length) e.aliases = aliases;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Output

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--refresh-raw') {
    if (!args[1]) throw new Error('usage: --refresh-raw <dir with parties-wikidata.csv and parties-wikipedia.csv>');
    refreshRaw(args[1]);
    return;
  }
  const overrides = parse(readFileSync(OVERRIDES, 'utf8')) as Overrides;
  const countries = loadCountries();
  const rows = toRecords(readFileSync(RAW, 'utf8')) as RawRow[];

  // One row per QID: Party Facts lists some parties twice (two Party Facts ids, or once per country).
  // Parties with a dissolution year are out; of the rest, the row with an English Wikipedia URL and the
  // lowest Party Facts id wins.
  const byQid = new Map<string, RawRow>();
  const dissolved = new Set<string>();
  for (const r of rows) {
    if (r.year_dissolved.trim()) {
      dissolved.add(r.wikidata_id);
      continue;
    }
    const prev = byQid.get(r.wikidata_id);
    const better =
      !prev ||
      (!wikipediaTitle(prev.url) && !!wikipediaTitle(r.url)) ||
      (!!wikipediaTitle(prev.url) === !!wikipediaTitle(r.url) && Number(r.partyfacts_id) < Number(prev.partyfacts_id));
    if (better) byQid.set(r.wikidata_id, r);
  }

  const built: Built[] = [];
  for (const [qid, o] of Object.entries(overrides.parties)) {
    const row = byQid.get(qid);
    if (!row) throw new Error(`${qid}: ${dissolved.has(qid) ? 'dissolved in Party Facts' : 'not in Party Facts'}`);
    built.push(buildParty(qid, row, o ?? {}, countries));
  }
  for (const [id, o] of Object.entries(overrides.extra)) {
    built.push(buildParty(id, undefined, o, countries));
  }
  markAmbiguous(built);

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const header =
    '# GENERATED by `npm run kb:gen-parties` (scripts/kb/gen-parties.ts) from knowledge/raw/partyfacts-parties.csv\n' +
    '# (Party Facts, MIT) and knowledge/overrides/parties.yaml. Do not edit by hand: edit the overrides and regenerate.\n';
  const files = [...new Set(built.map((b) => b.file))].sort();
  for (const file of files) {
    const entities = built
      .filter((b) => b.file === file)
      .map((b) => b.entity)
      .sort((a, b) => (b.prominence ?? 3) - (a.prominence ?? 3) || a.name.localeCompare(b.name, 'en'));
    writeFileSync(join(OUT_DIR, `${file}.yaml`), toYaml(entities, header));
  }
  console.log(`${built.length} parties in ${files.length} files`);
}

main();
