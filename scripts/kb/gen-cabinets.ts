/**
 * `npx tsx scripts/kb/gen-cabinets.ts` writes
 * knowledge/people/cabinets-<country>.yaml: the ministers and other office-holders of the 2021–2022 cabinet
 * snapshots in knowledge/raw/cabinets/ (every-politician-scrapers, Wikidata query results; see the README
 * there for each file's repository, commit, date and licence).
 *
 * One person per QID, rows of the same person merged. Every role is a snapshot: it gets the file's date as
 * `confirmed` and never an `end` the file does not give, so nothing here claims an office is still held.
 * People who already exist anywhere else in knowledge/ (same id, or a name or derived surname the build would
 * take for someone else) are skipped: curated entries win. Offices other files own are not written (heads
 * of state and government: leaders-*.yaml; heads of security services and armed forces:
 * security-military-chiefs.yaml), nor rows the README lists as stale or wrong.
 * Reads only knowledge/ (raw/cabinets/ and, for the skip list, the other entity files); deterministic.
 */
import { readFileSync, readdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, parse, isMap, isSeq, visit } from 'yaml';
import { foldKey } from '../../src/core/fold';
import { aliasEntries } from '../../src/knowledge/aliases';
import { PARTIAL_DATE_PATTERN, compareDates, type EntityInput, type RoleInput } from '../../src/knowledge/schema';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWLEDGE = join(ROOT, 'knowledge');
const RAW_DIR = join(KNOWLEDGE, 'raw', 'cabinets');
const OUT_DIR = join(KNOWLEDGE, 'people');
const OUT_PREFIX = 'cabinets-';
const CHECKED = '2026-11-21';
const SOURCES = ['eps-cabinets', 'wikidata'];

// ---------------------------------------------------------------------------------------------------------
// What the raw files are

interface Country {
  qid: string;
  /** As it reads after "Minister of Health of …". */
  name: string;
  demonym: string;
  /** Other spellings that, in a title, already say which country it is. */
  mentions?: string[];
}

const COUNTRIES: Record<string, Country> = {
  armenia: { qid: 'Q399', name: 'Armenia', demonym: 'Armenian' },
  azerbaijan: { qid: 'Q227', name: 'Azerbaijan', demonym: 'Azerbaijani' },
  belarus: { qid: 'Q184', name: 'Belarus', demonym: 'Belarusian' },
  china: { qid: 'Q148', name: 'China', demonym: 'Chinese', mentions: ['State Council', "People's"] },
  egypt: { qid: 'Q79', name: 'Egypt', demonym: 'Egyptian' },
  france: { qid: 'Q142', name: 'France', demonym: 'French' },
  hungary: { qid: 'Q28', name: 'Hungary', demonym: 'Hungarian' },
  india: { qid: 'Q668', name: 'India', demonym: 'Indian' },
  iran: { qid: 'Q794', name: 'Iran', demonym: 'Iranian', mentions: ['Islamic Republic'] },
  iraq: { qid: 'Q796', name: 'Iraq', demonym: 'Iraqi' },
  israel: { qid: 'Q801', name: 'Israel', demonym: 'Israeli' },
  japan: { qid: 'Q17', name: 'Japan', demonym: 'Japanese' },
  jordan: { qid: 'Q810', name: 'Jordan', demonym: 'Jordanian' },
  kazakhstan: { qid: 'Q232', name: 'Kazakhstan', demonym: 'Kazakh' },
  'north-korea': { qid: 'Q423', name: 'North Korea', demonym: 'North Korean' },
  pakistan: { qid: 'Q843', name: 'Pakistan', demonym: 'Pakistani' },
  poland: { qid: 'Q36', name: 'Poland', demonym: 'Polish' },
  russia: { qid: 'Q159', name: 'Russia', demonym: 'Russian', mentions: ['Russian Federation'] },
  'saudi-arabia': { qid: 'Q851', name: 'Saudi Arabia', demonym: 'Saudi' },
  'south-korea': { qid: 'Q884', name: 'South Korea', demonym: 'South Korean', mentions: ['Korea'] },
  syria: { qid: 'Q858', name: 'Syria', demonym: 'Syrian' },
  turkey: { qid: 'Q43', name: 'Turkey', demonym: 'Turkish' },
  uae: { qid: 'Q878', name: 'the United Arab Emirates', demonym: 'Emirati', mentions: ['Emirates'] },
  ukraine: { qid: 'Q212', name: 'Ukraine', demonym: 'Ukrainian' },
  'united-kingdom': { qid: 'Q145', name: 'the United Kingdom', demonym: 'British', mentions: ['United Kingdom'] },
  'united-states': { qid: 'Q30', name: 'the United States', demonym: 'American', mentions: ['United States'] },
  yemen: { qid: 'Q805', name: 'Yemen', demonym: 'Yemeni' },
};

/**
 * Every raw file, its country and the date its data is known to be from (README table): used as `confirmed`
 * where a row has no sourceDate of its own. A CSV missing here, or an entry without its CSV, fails the run.
 */
const FILES: Record<string, { country: string; confirmed: string }> = {
  'armenia-current.csv': { country: 'armenia', confirmed: '2022' },
  'azerbaijan-current.csv': { country: 'azerbaijan', confirmed: '2022' },
  'belarus-current.csv': { country: 'belarus', confirmed: '2022' },
  'china-current.csv': { country: 'china', confirmed: '2022' },
  'egypt-current.csv': { country: 'egypt', confirmed: '2022' },
  'france.csv': { country: 'france', confirmed: '2021' },
  'hungary-current.csv': { country: 'hungary', confirmed: '2022' },
  'india-current.csv': { country: 'india', confirmed: '2022-07-18' },
  'india.csv': { country: 'india', confirmed: '2022-07-09' },
  'iran.csv': { country: 'iran', confirmed: '2021-12-10' },
  'iraq-current.csv': { country: 'iraq', confirmed: '2021' },
  'israel.csv': { country: 'israel', confirmed: '2021-12-11' },
  'japan-current.csv': { country: 'japan', confirmed: '2022-07-13' },
  'japan.csv': { country: 'japan', confirmed: '2022-07-15' },
  'jordan-current.csv': { country: 'jordan', confirmed: '2021' },
  'kazakhstan-current.csv': { country: 'kazakhstan', confirmed: '2022' },
  'north-korea-current.csv': { country: 'north-korea', confirmed: '2022' },
  'pakistan-current.csv': { country: 'pakistan', confirmed: '2022-08' },
  'poland-current.csv': { country: 'poland', confirmed: '2022' },
  'russia-current.csv': { country: 'russia', confirmed: '2022-08-02' },
  'russia.csv': { country: 'russia', confirmed: '2022-07-19' },
  'saudi-arabia-current.csv': { country: 'saudi-arabia', confirmed: '2021' },
  'south-korea-current.csv': { country: 'south-korea', confirmed: '2022' },
  'syria-current.csv': { country: 'syria', confirmed: '2022' },
  'turkey.csv': { country: 'turkey', confirmed: '2021-08-25' },
  'uae-current.csv': { country: 'uae', confirmed: '2021' },
  'ukraine-current.csv': { country: 'ukraine', confirmed: '2022-07-22' },
  'ukraine.csv': { country: 'ukraine', confirmed: '2022-07-20' },
  'united-kingdom-current.csv': { country: 'united-kingdom', confirmed: '2022-07-21' },
  'united-kingdom.csv': { country: 'united-kingdom', confirmed: '2022-07-18' },
  'united-states-current.csv': { country: 'united-states', confirmed: '2022-08-02' },
  'united-states.csv': { country: 'united-states', confirmed: '2022-04-28' },
  'yemen-current.csv': { country: 'yemen', confirmed: '2022' },
  'yemen-sanaa-spc.csv': { country: 'yemen', confirmed: '2022' },
};

/** Rows known to be stale or wrong (README): `file|position|QID`. */
const BAD_ROWS = new Set([
  'india-current.csv|Governor of the Reserve Bank|Q14623534', // Urjit Patel, left in 2018
  'india-current.csv|Cabinet Secretary|Q20859469', // Pradeep Kumar Sinha, left in 2019
  'india-current.csv|Minister of Foreign Affairs|Q77897101', // the Foreign Secretary, not a minister
  'pakistan-current.csv|Chief Justice|Q56651261', // Gulzar Ahmed, retired February 2022
  'yemen-current.csv|Minister of Tourism|Q5627924', // Mohamed Qubaty, left 2020-12-26 (yemen-sanaa-spc.csv)
]);

/** Misspelt labels in the raw files (README), by QID. */
const NAME_FIXES: Record<string, string> = {
  Q110067351: 'Feras Ibrahim Hawari', // "Feras Tbrahim Hawari"
  Q110066500: 'Nayef Zakariya Stetieh', // "Nayef ZakariyaStetieh"
  Q16436743: 'Roman Sklyar', // "Sklyar Roman Vasilyevich", surname first
};

/** Spellings the news uses that no raw file has, by QID (checked against the people's Wikipedia articles). */
const EXTRA_ALIASES: Record<string, string[]> = {
  Q545979: ['Mohsen Rezaei'],
  Q6401038: ['Khawaja Asif'],
  Q2130535: ['Rana Sanaullah', 'Rana Sanaullah Khan'],
  Q6584988: ['Mukhtar Babayev'],
  Q58311: ['Avigdor Liberman'],
};

/** Heads of state and government: owned by knowledge/people/leaders-*.yaml, never written here. */
const HEAD_TITLE =
  /^(president|vice president of the republic|prime minister( of .*)?|premier|monarch|king|emir|crown prince|supreme leader|honorable president of .*|premier of the state council|general secretary of the chinese communist party|supreme commander-in-chief of the armed forces|president of (the republic|turkey|ukraine|russia))$/i;

/** Heads of security services and of the armed forces: owned by knowledge/people/security-military-chiefs.yaml. */
const SECURITY_TITLE =
  /^((chief|director|head|chairman|chairperson) of the (state security|foreign intelligence|federal security|national security committee|national intelligence|security service|state intelligence|intelligence)|director of (the )?(national intelligence|foreign intelligence service)|minister of state security|chief of (the )?(general|joint|defence) staff|chief of general staff|head of the general staff|director of cabinet intelligence|chairman of the joint chiefs|chief of staff of the army|chief of (air force|navy|joint operations)|commander of|director-general of the australian (secret intelligence|signals))/i;

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180)

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

function records(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  return {
    header,
    rows: rows
      .filter((r) => r.some((v) => v.trim()))
      .map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()]))),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Cleaning

/** Cyrillic letters that look Latin, as found inside English labels ("Defenсe"). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  А: 'A',
  Е: 'E',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Н: 'H',
  К: 'K',
  М: 'M',
  В: 'B',
};
const LATIN_TEXT = /^[\p{Script=Latin}\p{M}\s\p{P}\d]+$/u;

function fixHomoglyphs(s: string): string {
  return /\p{Script=Latin}/u.test(s) ? s.replace(/[а-яА-Яі]/g, (c) => HOMOGLYPHS[c] ?? c) : s;
}

function tidyTitle(raw: string): string {
  let s = fixHomoglyphs(raw).replace(/\s+/g, ' ').trim();
  s = s
    .replace(/,(?=\S)/g, ', ')
    .replace(/\bof of\b/gi, 'of')
    .replace(/andHealth/g, 'and Health');
  if (s === s.toUpperCase())
    s = s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  s = s.replace(/(?<=\S\s)(Of|And|The|For|In|On|To)(?=\s)/g, (w) => w.toLowerCase());
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function tidyName(raw: string): string {
  return fixHomoglyphs(raw).replace(/\s+/g, ' ').trim();
}

/** An ISO date at its precision, or undefined; `T00:00:00Z` suffixes are dropped. */
function date(raw: string | undefined): string | undefined {
  const d = (raw ?? '').replace(/T.*$/, '').trim();
  return PARTIAL_DATE_PATTERN.test(d) ? d : undefined;
}

/**
 * Birth date at the precision the row gives: 11 day, 10 month, 9 year. A first of January at day precision
 * is how year-only data is often entered, so it is written as the year.
 */
function birth(dob: string | undefined, precision: string | undefined): string | undefined {
  const d = date(dob);
  if (!d) return undefined;
  const p = precision === undefined ? (d.length === 10 ? '11' : d.length === 7 ? '10' : '9') : precision;
  if (p === '11' && d.length === 10) return d.endsWith('-01-01') ? d.slice(0, 4) : d;
  if (p === '10' && d.length >= 7) return d.slice(0, 7);
  if (p === '9') return d.slice(0, 4);
  return undefined;
}

/** The later of two partial dates; of two that agree as far as both go, the more precise. */
function later(a: string, b: string): string {
  const c = compareDates(a, b);
  return c > 0 ? a : c < 0 ? b : a.length >= b.length ? a : b;
}

// ---------------------------------------------------------------------------------------------------------
// Rows

interface Row {
  qid: string;
  name: string;
  /** Other spellings of the name in the row: the official site's, where that file's is clean. */
  variants: string[];
  title: string;
  /** Yemen only: which of the rival governments the office belongs to. */
  government?: 'sanaa' | 'recognised';
  start?: string;
  end?: string;
  born?: string;
  wikipedia?: string;
  confirmed: string;
  file: string;
  /** Wikidata-shaped files (with position QIDs and Wikidata labels) come before html/current.csv. */
  rank: number;
}

const SANAA_CABINET = 'Q27943161';
/** Files whose `name` column (the official site's spelling) carries no honorifics or capitalised surnames. */
const OFFICIAL_NAMES_CLEAN = new Set(['russia.csv', 'ukraine.csv', 'united-states.csv']);

function readRows(file: string): { rows: Row[]; skipped: string[] } {
  const info = FILES[file]!;
  const { header, rows } = records(readFileSync(join(RAW_DIR, file), 'utf8'));
  const out: Row[] = [];
  const skipped: string[] = [];
  const has = (c: string) => header.includes(c);
  for (const r of rows) {
    let row: Row;
    if (has('wdid')) {
      row = {
        qid: r.wdid!,
        name: r.wdLabel || r.name!,
        variants: OFFICIAL_NAMES_CLEAN.has(file) && r.name ? [r.name] : [],
        title: r.position!,
        start: date(r.start),
        born: birth(r.dob, r.dobPrecision),
        confirmed: date(r.sourceDate) ?? info.confirmed,
        file,
        rank: 0,
      };
    } else if (has('itemLabel')) {
      row = {
        qid: r.item!,
        name: r.itemLabel!,
        variants: [],
        title: r.positionLabel!,
        start: date(r.startDate),
        end: date(r.endDate),
        confirmed: info.confirmed,
        file,
        rank: 0,
      };
      if (has('cabinet')) row.government = r.cabinet === SANAA_CABINET ? 'sanaa' : 'recognised';
    } else if (has('personID')) {
      row = {
        qid: r.personID!,
        name: r.person!,
        variants: [],
        title: r.position!,
        start: date(r.start),
        end: date(r.end),
        born: birth(r.DOB, undefined),
        wikipedia: r.enwiki || undefined,
        confirmed: info.confirmed,
        file,
        rank: 1,
      };
      // yemen-current.csv mixes both governments without saying which: the start dates do.
      if (file === 'yemen-current.csv' && row.start === '2016-11-28') row.government = 'sanaa';
      if (file === 'yemen-current.csv' && row.start && row.start >= '2020-12-18') row.government = 'recognised';
    } else {
      throw new Error(`${file}: unknown column layout ${header.join(',')}`);
    }
    if (!/^Q[1-9]\d*$/.test(row.qid)) {
      skipped.push(`${file}: "${row.name}" has no QID`);
      continue;
    }
    if (BAD_ROWS.has(`${file}|${row.title}|${row.qid}`)) {
      skipped.push(`${file}: ${row.qid} "${row.name}" as ${row.title} (stale or wrong row)`);
      continue;
    }
    row.variants = row.variants.map(tidyName).filter((v) => v !== tidyName(row.name));
    row.name = NAME_FIXES[row.qid] ?? tidyName(row.name);
    row.title = tidyTitle(row.title);
    if (!LATIN_TEXT.test(row.name)) {
      skipped.push(`${file}: ${row.qid} "${row.name}" (no English label)`);
      continue;
    }
    if (HEAD_TITLE.test(row.title) || SECURITY_TITLE.test(row.title)) continue;
    out.push(row);
  }
  return { rows: out, skipped };
}

// ---------------------------------------------------------------------------------------------------------
// Roles

type Category = NonNullable<RoleInput['category']>;

function categoryOf(title: string): Category {
  if (
    /\b(deputy|vice|first deputy) (prime minister|premier)\b|^alternate prime minister|^(first )?vice[- ]president$/i.test(
      title,
    )
  )
    return 'deputy-head-of-government';
  if (
    /^(minister (of|for) (foreign|external) affairs|foreign minister|secretary of state$|secretary of state for foreign)/i.test(
      title,
    )
  )
    return 'foreign-minister';
  if (
    /^(minister (of|for) (national )?defen[cs]e|defen[cs]e minister|secretary of (state for )?defen[cs]e$)/i.test(
      title,
    ) &&
    // The Minister of Defence Industry (Azerbaijan) runs arms production, not the armed forces.
    !/defen[cs]e industry/i.test(title)
  )
    return 'defence-minister';
  if (/^(chief justice|president of the supreme)/i.test(title)) return 'judge';
  if (
    /^(speaker|lord speaker|chairman of the (state duma|federation council|verkhovna rada)|president of the (senate|chamber|national assembly|federal senate)|chair(man|person)? of (the )?(senate|parliament|council of the national assembly))/i.test(
      title,
    )
  )
    return 'legislator';
  if (
    /^(chief of (the )?(general|joint|defence|air|navy|army)|chairman of the joint chiefs|commander|chief of staff of the army|chief of (air force|navy))/i.test(
      title,
    )
  )
    return 'commander';
  if (
    /^(minister|deputy minister|vice minister|secretary of|state councilor|attorney general|chancellor of the|lord |chief secretary|paymaster|leader of the house|first vice-president|vice-president|cabinet secretary|minister-?)/i.test(
      title,
    )
  )
    return 'minister';
  return 'official';
}

const CATEGORY_RANK: Category[] = [
  'foreign-minister',
  'defence-minister',
  'deputy-head-of-government',
  'minister',
  'legislator',
  'judge',
  'commander',
  'official',
];

/** Content words of a title, cut to five letters, for telling two labels of one office from two offices. */
function titleWords(title: string): Set<string> {
  const stop = new Set([
    'minister',
    'ministe',
    'secretary',
    'secre',
    'state',
    'of',
    'the',
    'and',
    'for',
    'in',
    'to',
    'on',
    'a',
  ]);
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !stop.has(w))
      .map((w) => w.slice(0, 5))
      .filter((w) => !stop.has(w)),
  );
}

/** Two rows naming the same office: the same start (or none) and mostly the same words. */
function sameOffice(a: Row, b: Row): boolean {
  if ((a.start ?? '') !== (b.start ?? '')) return false;
  if (a.government !== b.government) return false;
  const x = titleWords(a.title);
  const y = titleWords(b.title);
  if (!x.size || !y.size) return a.title === b.title;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size) >= 0.5;
}

const GOVERNMENT: Record<NonNullable<Row['government']>, string> = {
  sanaa: 'Houthi-run government in Sanaa',
  recognised: 'internationally recognised government',
};

/** The title without the country where a government qualifier follows ("Minister of Interior of Yemen"). */
function baseTitle(row: Row): string {
  return row.government ? row.title.replace(/ of Yemen$/, '') : row.title;
}

function roleOf(row: Row, country: Country): RoleInput {
  const role: RoleInput = {
    title: row.government ? `${baseTitle(row)} (${GOVERNMENT[row.government]})` : row.title,
    category: categoryOf(row.title),
    of: country.qid,
  };
  if (row.start) role.start = row.start;
  if (row.end) role.end = row.end;
  else role.confirmed = row.confirmed;
  return role;
}

// ---------------------------------------------------------------------------------------------------------
// Description

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function when(d: string): string {
  return d.length >= 7 ? `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}` : d.slice(0, 4);
}

function describe(row: Row, role: RoleInput, country: Country): string {
  const category = role.category ?? 'official';
  const elected =
    /^(Governor of (?!the (Central|Reserve|National|People's) Bank|the Bank|the Banca)|Mayor of|Premier of|Chief Minister|Äkim of)/.test(
      row.title,
    );
  const noun =
    category === 'judge'
      ? 'judge'
      : category === 'commander'
        ? 'military officer'
        : category === 'official' && !elected
          ? 'official'
          : 'politician';
  let office = baseTitle(row);
  // "Minister of Health of Russia"; British and American titles read without it.
  const political =
    /^(Minister (of|for)\b(?! the Cabinet)|(First )?Deputy Prime Minister|Vice Prime Minister|Vice Premier$|Deputy Minister|State Councilor)/.test(
      office,
    );
  const named = [country.name.replace(/^the /, ''), country.demonym, ...(country.mentions ?? [])].some((m) =>
    office.includes(m),
  );
  if (row.government) office += ` of the ${GOVERNMENT[row.government]}`;
  else if (political && !named && country.qid !== 'Q145' && country.qid !== 'Q30') office += ` of ${country.name}`;
  const period =
    role.end && role.start
      ? ` ${role.start.slice(0, 4)}–${role.end.slice(0, 4)}`
      : role.end
        ? ` until ${when(role.end)}`
        : ` (in office in ${when(role.confirmed!)})`;
  const text = `${country.demonym} ${noun}, ${office}${period}`;
  return text.length <= 220 ? text : `${country.demonym} ${noun}, ${baseTitle(row)}${period}`.slice(0, 220);
}

// ---------------------------------------------------------------------------------------------------------
// What already exists

interface Existing {
  ids: Set<string>;
  /** Folded surface → how it may be shared (the build's collision rule). */
  surfaces: Map<string, { id: string; ambiguous: boolean; surname: boolean }>;
  iso2: Map<string, string>;
}

function entityFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!(dir === KNOWLEDGE && (name === 'raw' || name === 'overrides'))) out.push(...entityFiles(path));
    } else if (name.endsWith('.yaml') && !(dir === KNOWLEDGE && (name === 'meta.yaml' || name === 'sources.yaml')))
      out.push(path);
  }
  return out;
}

function isOwnOutput(path: string): boolean {
  return relative(OUT_DIR, path).startsWith(OUT_PREFIX) && !relative(OUT_DIR, path).includes('/');
}

function loadExisting(): Existing {
  const entities: EntityInput[] = [];
  for (const path of entityFiles(KNOWLEDGE)) {
    if (isOwnOutput(path)) continue;
    const list = parse(readFileSync(path, 'utf8')) as unknown;
    if (Array.isArray(list)) entities.push(...(list as EntityInput[]).filter((e) => e && typeof e.id === 'string'));
  }
  const iso2 = new Map<string, string>();
  for (const e of entities) if (e.iso2) iso2.set(e.id, e.iso2);
  const existing: Existing = { ids: new Set(entities.map((e) => e.id)), surfaces: new Map(), iso2 };
  for (const e of entities) addSurfaces(existing, e);
  return existing;
}

function surfacesOf(e: EntityInput, iso2: Map<string, string>) {
  return aliasEntries(e, e.country ? iso2.get(e.country) : undefined).map((a) => ({
    key: (a.exactCase ? 'case:' + a.text : '') + foldKey(a.text),
    ambiguous: a.ambiguous,
    surname: a.type === 'surname' && !a.standalone,
    text: a.text,
  }));
}

function addSurfaces(existing: Existing, e: EntityInput): void {
  for (const s of surfacesOf(e, existing.iso2))
    if (s.key && !existing.surfaces.has(s.key))
      existing.surfaces.set(s.key, { id: e.id, ambiguous: s.ambiguous, surname: s.surname });
}

/** The first surface of `e` the build would reject as also naming an existing entity, if any. */
function collision(existing: Existing, e: EntityInput): string | undefined {
  for (const s of surfacesOf(e, existing.iso2)) {
    const prev = existing.surfaces.get(s.key);
    if (!prev || prev.id === e.id) continue;
    if ((prev.ambiguous || prev.surname) && (s.ambiguous || s.surname)) continue;
    return `"${s.text}" is also a name of ${prev.id}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Output

function toYaml(entities: EntityInput[], header: string): string {
  const doc = new Document(entities);
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (key === 'sources' && isSeq(pair.value)) pair.value.flow = true;
      if ((key === 'roles' || key === 'aliases') && isSeq(pair.value))
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return header + doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function main(): void {
  const csvs = readdirSync(RAW_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  for (const f of csvs) if (!FILES[f]) throw new Error(`${f}: not described in FILES (and the README)`);
  for (const f of Object.keys(FILES)) if (!csvs.includes(f)) throw new Error(`${f}: listed in FILES but missing`);

  const skipped: string[] = [];
  const byPerson = new Map<string, Row[]>();
  for (const file of csvs) {
    const { rows, skipped: s } = readRows(file);
    skipped.push(...s);
    for (const row of rows) byPerson.set(row.qid, [...(byPerson.get(row.qid) ?? []), row]);
  }

  const existing = loadExisting();
  const byCountry = new Map<string, EntityInput[]>();
  let curated = 0;
  const clashes: string[] = [];
  const qids = [...byPerson.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  for (const qid of qids) {
    if (existing.ids.has(qid)) {
      curated++;
      continue;
    }
    const rows = byPerson.get(qid)!.sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file));
    const countryKey = FILES[rows[0]!.file]!.country;
    const country = COUNTRIES[countryKey]!;
    // Merge: the first row of an office wins (Wikidata-shaped files first), later rows add other offices.
    // A later snapshot of the same office moves `confirmed` forward.
    const kept: Row[] = [];
    for (const row of rows) {
      const same = kept.find((k) => sameOffice(k, row));
      if (!same) kept.push(row);
      else if (!same.end && !row.end) same.confirmed = later(same.confirmed, row.confirmed);
    }
    const roles = kept.map((r) => ({ row: r, role: roleOf(r, country) }));
    roles.sort(
      (a, b) =>
        CATEGORY_RANK.indexOf(a.role.category!) - CATEGORY_RANK.indexOf(b.role.category!) ||
        (b.role.start ?? '').localeCompare(a.role.start ?? '') ||
        a.role.title.localeCompare(b.role.title, 'en'),
    );
    const first = roles[0]!;
    let entity: EntityInput = {
      id: qid,
      kind: 'person',
      name: rows[0]!.name,
      description: describe(first.row, first.role, country),
      ...(rows.find((r) => r.born) ? { born: rows.find((r) => r.born)!.born } : {}),
      country: country.qid,
      roles: roles.map((r) => r.role),
      ...(rows.find((r) => r.wikipedia) ? { wikipedia: rows.find((r) => r.wikipedia)!.wikipedia } : {}),
      sources: [...SOURCES],
      checked: CHECKED,
    };
    // Other labels of the same person (another file's Wikidata label, the official spelling, a peer's
    // personal name) become aliases unless the build would take them for someone else.
    const names = new Set<string>();
    for (const r of rows) for (const v of [r.name, ...r.variants]) names.add(v);
    names.add(entity.name);
    for (const n of [...names]) {
      const peer = /^(.+?), (Baron|Baroness|Lord|Lady) /.exec(n);
      if (peer) names.add(peer[1]!);
    }
    for (const a of EXTRA_ALIASES[qid] ?? []) names.add(a);
    names.delete(entity.name);
    const aliases = [...names].sort().filter((text) => !collision(existing, { ...entity, name: text }));
    if (aliases.length) {
      const { id, kind, name, ...rest } = entity;
      entity = { id, kind, name, aliases, ...rest };
    }
    const clash = collision(existing, entity);
    if (clash) {
      clashes.push(`${qid} "${entity.name}": ${clash}`);
      continue;
    }
    addSurfaces(existing, entity);
    byCountry.set(countryKey, [...(byCountry.get(countryKey) ?? []), entity]);
  }

  for (const name of readdirSync(OUT_DIR))
    if (name.startsWith(OUT_PREFIX) && name.endsWith('.yaml')) rmSync(join(OUT_DIR, name));
  const header = (key: string) =>
    `# GENERATED by \`npx tsx scripts/kb/gen-cabinets.ts\` from knowledge/raw/cabinets/ (${key} snapshots of 2021–2022,\n` +
    '# every-politician-scrapers, Wikidata facts CC0). Do not edit by hand: people curated elsewhere in knowledge/\n' +
    '# are skipped here, so to correct or extend someone, write them in a curated file and regenerate.\n' +
    '# Every role is as of the snapshot date (`confirmed`); none is claimed to be held now.\n';
  let total = 0;
  for (const key of [...byCountry.keys()].sort()) {
    const entities = byCountry.get(key)!.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
    total += entities.length;
    writeFileSync(join(OUT_DIR, `${OUT_PREFIX}${key}.yaml`), toYaml(entities, header(key)));
  }
  for (const s of skipped) console.log(`skipped row: ${s}`);
  for (const c of clashes) console.log(`skipped person (name taken): ${c}`);
  console.log(
    `${total} people in ${byCountry.size} files; ${curated} skipped as curated elsewhere, ${clashes.length} for a name clash, ${skipped.length} rows skipped`,
  );
}

main();
