/**
 * `npm run kb:gen-institutions` writes knowledge/government/factbook-institutions-<region>.yaml: the national
 * institutions each country's World Factbook profile names, for countries the knowledge base lacks them for:
 *   - the legislature (Government › Legislative branch › legislature name, legislative structure);
 *   - the highest courts (Government › Judicial branch › highest court(s));
 *   - the single named courts below them (Government › Judicial branch › subordinate courts: "High Court",
 *     "Court of Appeal"), which the press names as often as the highest (a plural, "High Courts", is a kind of
 *     court, not a body, and is left out);
 *   - the cabinet, where the Factbook names it as a body (Government › Executive branch › cabinet);
 *   - the armed forces, their country-named services, the ministries named in the field and the police and
 *     security forces under them (Military and Security › Military and security forces).
 * It reads only knowledge/raw/factbook-institutions.json (public domain, final edition of 2026-01-22) and the
 * knowledge base itself (scripts/kb/load.ts): country entities for ids, names and demonyms, and every other
 * entity for dedupe. An institution is skipped when an entity of the same country already has its name or
 * alias, or is clearly the same body (same kind and head noun: both legislatures, both supreme courts…).
 * Native names the Factbook gives are aliases unless they are generic words of their language ("Tribunal
 * Supremo", "Assemblée nationale") or another entity already answers to them. Anything the parser cannot
 * read cleanly is left out. Output is deterministic (sorted).
 *
 * `npm run kb:gen-institutions -- --refresh-raw <factbook dir>` re-extracts the raw file from a checkout of
 * github.com/factbook/factbook.json (flat <gec>.json files). The normal run never reads outside the repository.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../../src/core/fold';
import { aliasEntries } from '../../src/knowledge/aliases';
import type { AliasInput, EntityInput } from '../../src/knowledge/schema';
import { loadKnowledge } from './load';
import { fbText, toYaml } from './generated-yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWLEDGE = join(ROOT, 'knowledge');
const OUT_DIR = join(KNOWLEDGE, 'government');
const OUT_PREFIX = 'factbook-institutions-';
const RAW = join(KNOWLEDGE, 'raw', 'factbook-institutions.json');
const RAW_COUNTRIES = join(KNOWLEDGE, 'raw', 'factbook-countries.json');
const CHECKED = '2026-12-03';
const SOURCES = ['factbook-2026'];

// ---------------------------------------------------------------------------------------------------------
// Factbook extraction (only with --refresh-raw)

interface RawRow {
  gec: string;
  /** ISO 3166-1 alpha-2 as knowledge/raw/factbook-countries.json has it (from the ccTLD). */
  iso2: string | null;
  /** Government › Legislative branch › legislature name, verbatim. */
  legislature: string | null;
  /** Government › Legislative branch › legislative structure, verbatim. */
  structure: string | null;
  /** Government › Legislative branch › chamber name (of a unicameral legislature), verbatim. */
  chamber?: string | null;
  /** Government › Judicial branch › highest court(s), verbatim. */
  courts: string | null;
  /** Government › Judicial branch › subordinate courts, verbatim. */
  subordinate?: string | null;
  /** Government › Executive branch › cabinet, verbatim. */
  cabinet: string | null;
  /** Military and Security › Military and security forces, verbatim. */
  forces: string | null;
}

function refreshRaw(factbookDir: string): void {
  const iso2Of = new Map<string, string | null>(
    (JSON.parse(readFileSync(RAW_COUNTRIES, 'utf8')) as { gec: string; iso2: string | null }[]).map((r) => [
      r.gec,
      r.iso2,
    ]),
  );
  const rows: RawRow[] = [];
  for (const file of readdirSync(factbookDir).sort()) {
    if (!/^[a-z]{2}\.json$/.test(file) || file === 'xx.json') continue;
    const gec = file.slice(0, 2);
    const p: unknown = JSON.parse(readFileSync(join(factbookDir, file), 'utf8'));
    rows.push({
      gec,
      iso2: iso2Of.get(gec) ?? null,
      legislature: fbText(p, 'Government', 'Legislative branch', 'legislature name') ?? null,
      structure: fbText(p, 'Government', 'Legislative branch', 'legislative structure') ?? null,
      chamber: fbText(p, 'Government', 'Legislative branch', 'chamber name') ?? null,
      courts: fbText(p, 'Government', 'Judicial branch', 'highest court(s)') ?? null,
      subordinate: fbText(p, 'Government', 'Judicial branch', 'subordinate courts') ?? null,
      cabinet: fbText(p, 'Government', 'Executive branch', 'cabinet') ?? null,
      forces: fbText(p, 'Military and Security', 'Military and security forces') ?? null,
    });
  }
  writeFileSync(RAW, JSON.stringify(rows, null, 1) + '\n');
  console.log(`wrote ${rows.length} Factbook rows to ${RAW}`);
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ndash: '–',
  ldquo: '"',
  rdquo: '"',
  eacute: 'é',
  ecirc: 'ê',
  egrave: 'è',
  ccedil: 'ç',
  oacute: 'ó',
  ouml: 'ö',
  uuml: 'ü',
  amp: '&',
};

/** HTML entities decoded, inline tags (<em>) dropped, paragraph breaks kept as "\n", spaces squeezed. */
function clean(text: string): string {
  return text
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, n: string) => ENTITIES[n] ?? m)
    .replace(/[’]/g, "'")
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Splits on a separator only outside parentheses. */
function splitTop(text: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = sep.exec(text.slice(i));
      if (m && m.index === 0) {
        out.push(text.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** "Name (a, b; c)" → { name: "Name", parens: ["a, b; c"] }; parentheses must balance. */
function splitParens(text: string): { name: string; parens: string[] } | undefined {
  let depth = 0;
  let name = '';
  const parens: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) cur += ch;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) {
        parens.push(cur.trim());
        cur = '';
      } else cur += ch;
    } else if (depth > 0) cur += ch;
    else name += ch;
  }
  if (depth !== 0) return undefined;
  return { name: name.replace(/\s+/g, ' ').trim(), parens };
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'e', 'i', 'y']);

/** A proper name in title case: every word capitalized except connectors ("Supreme Court of Justice"). */
function isTitleCase(text: string): boolean {
  const words = text.split(' ');
  if (!words.length || !/^[\p{Lu}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(w)) && !/[;:,"]/.test(text);
}

/** An acronym as the Factbook writes one: "FAA", "FACh", "AFBiH", "TNI-AD". */
function isAcronym(text: string): boolean {
  return /^[A-Z][A-Za-z-]{0,9}$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]{3}/.test(text);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Words that make a native name generic in its language: a name made only of these ("Tribunal Supremo",
 * "Assemblée nationale", "Parlamento") is what every country of that language calls its body, and would be
 * read as this country's anywhere. Such names are written as ambiguous aliases.
 */
const GENERIC_NATIVE = new Set(
  (
    'al el la le les l de del des di da do du das dos the of e y i et und a ' +
    'parlement parlament parlamento parlamentul parlimen parliament barlaman barlamane majlis majles ' +
    'assemblee assemblea assembleia asamblea nationale national nacional nazionale legislativa legislative ' +
    'populaire popular congreso congresso congres union federal federale federaal foderales ' +
    'tribunal tribunale supremo suprema supreme supremes corte cour court constitutional constitucional ' +
    'constitutionnel constitutionnelle constitutionelle costituzionale conseil consejo conselho consiglio ' +
    'justice justicia justica giustizia cassation cassazione casacion cassacao appel apelacion haute alta ' +
    'nationale nacionale watani al-watani shura ash-shura al-shura umma nuwwab chaab ' +
    'policia policía police polizia nationale gendarmerie garde guardia guarda republicaine republicana ' +
    'forces force fuerzas fuerza forcas forca forze armee armees armada armadas armate ejercito exercito ' +
    'marine marina marinha navale naval aerea aerienne aeroporia air armee nationale ministerio ministere ' +
    'ministero ministerio interieur interior seguridad securite publica publique ' +
    'army navy guard coast border state republican civil service defense defence ministry council ministers ' +
    'cabinet senate congress assembly house representatives deputies chamber land ground central appeals ' +
    'appeal high superior defensie military constabulary marines wing armed nation nacion legislature ' +
    'vrhovni sud ustavni landtag staatsgerichtshof consell haeren nationaal leger'
  ).split(' '),
);

/** Acronyms that are also English words, matched in headlines written in capitals: not written. */
const ENGLISH_WORDS = new Set([
  'and',
  'ant',
  'fag',
  'fad',
  'far',
  'in',
  'it',
  'is',
  'as',
  'at',
  'on',
  'or',
  'an',
  'to',
  'no',
  'moi',
]);

function isGenericNative(text: string): boolean {
  const tokens = foldKey(text).split(' ').filter(Boolean);
  return tokens.every((t) => GENERIC_NATIVE.has(t));
}

// ---------------------------------------------------------------------------------------------------------
// Countries

interface Country {
  id: string;
  iso2: string;
  name: string;
  /** The country's names as they may appear inside an institution's name: name, English aliases, demonyms. */
  forms: string[];
  /** Its acronyms ("BiH", "UK"), which count in a name as naming it. */
  codes: string[];
  region: string;
}

/**
 * Bodies the final Factbook still names but that no longer exist, by `<gec>:<field>`: left out.
 * Turkey's Council of Ministers was abolished with the presidential system in 2018.
 */
const STALE = new Set(['tu:cabinet']);

/** Countries written with "the" in institutions' names ("Parliament of the Netherlands"). */
const WITH_THE = new Set(['CF', 'CD', 'CG', 'DO', 'US', 'GB', 'AE', 'MH', 'NL', 'PH', 'MV', 'KM', 'BS', 'GM', 'FM']);
const CENTRAL_ASIA = new Set(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'IR']);

/** Output region of a country, from the countries/<file>.yaml it is generated into. */
function regionOf(file: string, iso2: string): string {
  if (CENTRAL_ASIA.has(iso2)) return 'middle-east-central-asia';
  if (file.endsWith('africa.yaml')) return 'africa';
  if (file.endsWith('americas.yaml')) return 'americas';
  if (file.endsWith('europe.yaml')) return 'europe';
  if (file.endsWith('western-asia.yaml')) return 'middle-east-central-asia';
  return 'asia-pacific';
}

function ofCountry(c: Country): string {
  if (!WITH_THE.has(c.iso2)) return c.name;
  return c.name.startsWith('The ') ? 'the ' + c.name.slice(4) : 'the ' + c.name;
}

/** True when the name already says whose it is: "Albanian Parliament", "Supreme Court of Uganda". */
function namesCountry(name: string, c: Country): boolean {
  const key = ` ${foldKey(name)} `;
  if (c.codes.some((code) => new RegExp(`(?:^|\\s)${code}(?:\\s|$)`).test(name))) return true;
  return c.forms.some((f) => key.includes(` ${foldKey(f)} `));
}

// ---------------------------------------------------------------------------------------------------------
// Dedupe against the knowledge base

type Category = 'legislature' | 'court' | 'cabinet' | 'armed-forces' | 'service' | 'ministry' | 'force';

interface Candidate {
  category: Category;
  entity: EntityInput;
  /** Head noun for "the same body": "supreme court", "ministry:interior", "police"… */
  head: string;
  country: Country;
  /** Filled when the candidate is dropped as a duplicate: the id of the entity already there. */
  existing?: string;
  /** For services and forces: the candidate this one is part of. */
  parent?: Candidate;
}

/** The folded name without the country's names and connectors: "Ugandan Supreme Court" → "supreme court". */
function core(name: string, c: Country): string {
  let key = ` ${foldKey(name.replace(/\([^)]*\)/g, ' '))} `;
  const forms = c.forms.map((f) => foldKey(f)).sort((a, b) => b.length - a.length);
  for (const f of forms) key = key.split(` ${f} `).join(' ');
  return key
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\bnaval forces?\b/g, 'navy')
    .replace(/\b(?:land|ground) forces?\b/g, 'army')
    .replace(/\bforces\b/g, 'force')
    .replace(/\broyal\b/g, ' ')
    .replace(/\b(?:of|the|s|republic)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words after "of" in a court's name that do not name a place ("Supreme Court of Justice"). */
const COURT_OF = new Set([
  'Justice',
  'Cassation',
  'Appeal',
  'Appeals',
  'Judicature',
  'Republic',
  'Union',
  'Final',
  'Criminal',
  'Civil',
  'Supreme',
  'State',
  'Audit',
  'Accounts',
]);
/** Words of generic force names: "National Police", "Internal Security Forces", "Guard of the Republic". */
const FORCE_GENERIC = new Set(
  (
    'national federal state police gendarmerie guard guards border coast forces force troops internal security ' +
    'service services directorate general of the for and public order republican republic civil criminal ' +
    'investigation investigations department agency bureau command special rapid intervention maritime migration ' +
    'professional drug control provincial facilities protection emergency reserve central armed army navy air ' +
    'military organization corps inspectorate immigration intelligence territorial safety energy nomadic ' +
    'auxiliary judicial municipal traffic presidential unit units division battalion regiment highway ' +
    'penitentiary customs defense defence counterterrorism narcotics carabinieri revolutionary people s ' +
    'surveillance aeronaval guardacostas fire coasts board'
  ).split(' '),
);

/** A force's core without the words agencies use interchangeably: "National Police Agency" ~ "National Police". */
function loose(name: string, c: Country): string {
  return core(name, c)
    .replace(/\b(?:agency|service|services|force|department|command|corps|general|directorate)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COURT_TYPES = ['electoral', 'constitutional', 'cassation', 'administrative', 'supreme', 'high', 'appeal'];
function courtHead(name: string, c: Country): string {
  const words = core(name, c).split(' ');
  const type = COURT_TYPES.find((t) => words.includes(t)) ?? words.join(' ');
  // A supreme administrative court is not the administrative courts below it: Egypt's Supreme Administrative Court
  // is not its Court of Administrative Justice.
  return 'court:' + (type === 'administrative' && words.includes('supreme') ? 'supreme administrative' : type);
}

const MINISTRY_SAME: [RegExp, string][] = [
  [/^(?:the )?(?:interior|internal affairs|home affairs)$/, 'interior'],
  [/^(?:national )?defense$/, 'defense'],
  [/^public security$/, 'public security'],
];
function ministryHead(name: string, c: Country): string {
  const k = core(name, c);
  const m = /^ministry (.+)$/.exec(k) ?? /^(.+) ministry$/.exec(k);
  if (!m) return k;
  const portfolio = m[1]!;
  for (const [re, head] of MINISTRY_SAME) if (re.test(portfolio)) return 'ministry:' + head;
  return 'ministry:' + portfolio;
}

/** Descriptions saying what the body is for a whole country: "Unicameral legislature of X", "X's parliament". */
const LEGISLATURE_DESCRIPTION = {
  of: /^(?:(?:unicameral|bicameral|national|federal) )*(?:legislature|parliament) of (?:the )?/i,
  possessive: /^'s (?:(?:unicameral|bicameral|national|federal) )*(?:legislature|parliament)\b/i,
};
const FORCES_DESCRIPTION = {
  of: /^(?:(?:unified )?military(?: forces)?|armed forces) of (?:the )?/i,
  possessive: /^'s (?:army, navy|armed forces|military|regular military)\b/i,
};
/** True when the description is `of` + one of the country's names, or one of them + `possessive`. */
function describes(re: { of: RegExp; possessive: RegExp }, desc: string, c: Country): boolean {
  const m = re.of.exec(desc);
  const rest = m ? desc.slice(m[0].length) : '';
  if (
    m &&
    c.forms.some(
      (f) =>
        rest.startsWith(f) &&
        /^(?:$|[ ,;(](?!\w))|^(?:$|,|;| \(| with| in| since| made| under)/.test(rest.slice(f.length)),
    )
  )
    return true;
  return c.forms.some((f) => desc.startsWith(f) && re.possessive.test(desc.slice(f.length)));
}
const CABINET_HEADS = new Set([
  'cabinet',
  'council ministers',
  'cabinet ministers',
  'state council',
  'federal council',
  'executive council',
  'federal executive council',
  'national executive council',
  'union council ministers',
  'government',
]);

/** The same-body key of an existing entity, in the terms of `category`. */
function existingHeads(e: EntityInput, c: Country): Set<string> {
  const heads = new Set<string>();
  const names = [e.name, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))];
  const desc = e.description;
  if (e.kind === 'government-body' && describes(LEGISLATURE_DESCRIPTION, desc, c)) heads.add('legislature');
  if (e.kind === 'military' && describes(FORCES_DESCRIPTION, desc, c)) heads.add('armed-forces');
  for (const n of names) {
    const k = core(n, c);
    if (/\b(?:court|tribunal|curia)\b|\bconstitutional council\b/.test(k) && e.kind === 'government-body')
      heads.add(courtHead(n, c));
    if (/\bministry\b/.test(k)) heads.add(ministryHead(n, c));
    // Not a chamber named like a cabinet: Austria's Federal Council is its upper house, Switzerland's its cabinet.
    if (CABINET_HEADS.has(k) && !/\b(?:house|legislature|parliament|chamber)\b/i.test(desc ?? '')) heads.add('cabinet');
    heads.add(`${e.kind}:${k}`);
    heads.add(`any:${k}`);
    heads.add(`loose:${loose(n, c)}`);
  }
  return heads;
}

// ---------------------------------------------------------------------------------------------------------
// Parsers

/** Aliases from a parenthesis: native names, "aka" names, acronyms. Drops notes ("includes …"). */
function parenAliases(parens: string[]): { names: string[]; acronyms: string[] } {
  const names: string[] = [];
  const acronyms: string[] = [];
  for (const p of parens) {
    for (let part of splitTop(p, /;/)) {
      const aka = part.startsWith('aka ');
      part = part.replace(/^aka /, '').replace(/(?:^|,\s*)(?:includes?|including)\b.*$/, '');
      for (const item of splitTop(part, /,| or /)) {
        const inner = splitParens(item);
        if (!inner) continue;
        const text = inner.name.replace(/^(?:the|la|le|l'|il) /i, '').trim();
        for (const ip of inner.parens) if (isAcronym(ip)) acronyms.push(ip);
        if (!text) continue;
        if (isAcronym(text)) acronyms.push(text);
        else if (/^[\p{Lu}]/u.test(text) && !/\b(?:includes?|in Dutch|in French|in German|in Italian)\b/.test(text))
          // An English name in brackets that is not an "aka" is a unit or a note ("Tonga Land Force (Royal
          // Tongan Marines)"), not another name of the body.
          if (aka || !/\b(?:Marines|Army|Navy|Regiment|Command|Squadron|Wing)\b/.test(text)) names.push(text);
      }
    }
  }
  return { names, acronyms };
}

/** Legislature name → English name and native forms. */
function parseLegislature(raw: string): { name: string; natives: string[] } | undefined {
  const text = clean(raw).replace(/^The /, '');
  const englishWord =
    /\b(?:Parliament|Assembly|Congress|Council|Legislature|Diet|House|Chamber|Cortes|States|Hural|Majlis)\b/;
  let name: string;
  let natives: string[] = [];
  const dash = text.split(' - ');
  const p = splitParens(text);
  if (!p) return undefined;
  if (p.parens.length > 1) return undefined;
  if (p.parens.length === 1) {
    const inside = p.parens[0]!;
    const outside = p.name;
    // "Parlement (Parliament)", "Parlement de Barbade (Parliament of Barbados)": English in brackets.
    if (!englishWord.test(outside) && englishWord.test(inside)) {
      name = inside;
      natives = [outside];
    } else {
      name = outside;
      natives = inside.split(/ - |\//).map((s) => s.trim());
    }
  } else if (dash.length === 2) {
    // "Parliament of Canada - Parlement du Canada", "Parlement - Parliament".
    const en = dash.findIndex((s) => englishWord.test(s) && !/\b(?:Parlement|Assemblée)\b/.test(s));
    if (en < 0) return undefined;
    name = dash[en]!;
    natives = [dash[1 - en]!];
  } else name = text;
  name = name.replace(/^Houses of Parliament$/, 'Parliament').replace(/\s+/g, ' ');
  if (!isTitleCase(name) || !englishWord.test(name)) return undefined;
  natives = natives.filter((n) => n && !/[()]/.test(n) && n !== name);
  return { name, natives };
}

/** Highest courts → name and native form each; segments that are not a plain name are skipped. */
function parseCourts(raw: string): { name: string; natives?: string[] }[] {
  const out: { name: string; natives?: string[] }[] = [];
  for (const seg of splitTop(clean(raw), /;/)) {
    const p = splitParens(seg);
    if (!p) continue;
    const [en, native, ...more] = p.name.split(' or ').map((s) => s.trim());
    if (more.length || !en) continue;
    if (!isTitleCase(en) || !/\b(?:Court|Tribunal|Curia)\b/.test(en) || / and the /.test(en)) continue;
    if (native !== undefined && (!/^[\p{Lu}]/u.test(native) || /[;,:]/.test(native) || isAcronym(native)))
      out.push({ name: en });
    else if (native?.includes(' and ')) out.push({ name: en, natives: native.split(' and ').map((n) => n.trim()) });
    else out.push({ name: en, ...(native ? { natives: [native] } : {}) });
  }
  return out;
}

/**
 * Kinds of court a country has one of, which the field also names in the singular where a country has many
 * ("District Court", "Magistrates' Court", "Family Court", "Labor Court" are many courts each, not a body).
 */
const SINGLE_COURT =
  /^(?:(?:National |Federal )?High Court(?: of (?:Justice|Appeal))?|Court of Appeals?|Appellate Court|Federal (?:[A-Z][a-z]+ )?Court(?: of (?:Appeal|Cassation))?|Federal Shariat Court|(?:Special Criminal|State Security|Counterterrorism|Economic Security|Special Clerical|Electoral|Tax|Industrial(?: Relations)?) Court|(?:Supreme|Higher) Administrative Court)$/;

/**
 * Singular in the Factbook, several courts in fact: the Czech Republic's two high courts (Prague, Olomouc),
 * Nepal's seven, Brazil's regional federal courts of appeal, Burkina Faso's high courts (tribunaux de grande
 * instance). ("Appeals Court" is left out everywhere for the same
 * reason: Burkina Faso and Nicaragua have several.)
 */
const SEVERAL = new Set(['ez:High Court', 'np:High Court', 'br:Federal Appeals Court', 'uv:High Court']);

/**
 * Subordinate courts → the single named ones. The field mixes bodies ("High Court", "Court of Appeal (also acts
 * as the Constitutional Court)") with kinds of court ("Magistrates' Courts", "district courts", "High Courts"):
 * only a title-case singular court's name, as the whole segment (bar a bracketed note), is a body.
 */
function parseSubordinateCourts(raw: string): string[] {
  const out: string[] = [];
  for (const seg of splitTop(clean(raw).replace(/^[^:;]*:\s*/, ''), /[;,]/)) {
    const name = seg
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (
      !/^(?:[A-Z][\p{L}'-]*)(?: (?:of|for|the|and|[A-Z][\p{L}'-]*))* (?:Court|Tribunal)(?: (?:of|for|the|[A-Z][\p{L}'-]*))*$/u.test(
        name,
      )
    )
      continue;
    if (!isTitleCase(name) || /\b(?:Courts|Tribunals)\b|\band\b|"/.test(name)) continue;
    if (SINGLE_COURT.test(name)) out.push(name);
  }
  return out;
}

const CABINET_NAMES = [
  'Union Council of Ministers',
  'Federal Executive Council',
  'National Executive Council',
  'Council of Ministers',
  'Cabinet of Ministers',
  'Executive Council',
  'Federal Council',
  'State Council',
  'Cabinet',
];
function parseCabinet(raw: string): { name: string; native?: string } | undefined {
  const text = clean(raw);
  for (const n of CABINET_NAMES) {
    if (!text.startsWith(n)) continue;
    const rest = text.slice(n.length);
    if (/^\s+(?:ministers|members)\b/i.test(rest) || /^\w/.test(rest)) return undefined;
    const native = /^ or ([\p{Lu}][\p{L} ]+?)(?= members|$|,|;| appointed| recommended)/u.exec(rest)?.[1];
    return { name: n, ...(native && !/\b(?:ExCo)\b/.test(native) ? { native: native.trim() } : {}) };
  }
  return undefined;
}

interface ForceItem {
  name: string;
  natives: string[];
  acronyms: string[];
}

function parseItem(text: string): ForceItem | undefined {
  // "Burma (People's) Police Force", "Border Guard Forces/Police": no clean name to take.
  // "Guinean (or National) Armed Forces" is the Guinean Armed Forces.
  text = text.replace(/\s*\(or [^()]*\)\s*/g, ' ').trim();
  const outside = text.replace(/\(.*\)\s*$/, '');
  if (outside.includes('/') || /[()]/.test(outside)) return undefined;
  const p = splitParens(text.replace(/^(?:the|The) /, ''));
  if (!p) return undefined;
  if (!isTitleCase(p.name)) return undefined;
  const { names, acronyms } = parenAliases(p.parens.filter((x) => !/^or /.test(x)));
  return { name: p.name, natives: names, acronyms };
}

interface ForcesParse {
  top?: ForceItem;
  services: ForceItem[];
  /** Bodies named on their own (after ";" in the first paragraph, or a paragraph without a head). */
  standalone: ForceItem[];
  ministries: { ministry: ForceItem; forces: ForceItem[] }[];
}

const FORCE_WORDS = /\b(?:Armed Forces|Defen[cs]e Forces?|Military Forces|Army|Defense Service|Forces)\b/;

function parseForces(raw: string): ForcesParse {
  const out: ForcesParse = { services: [], standalone: [], ministries: [] };
  const text = clean(raw).replace(/\s*\((?:19|20)\d\d\)\s*$/, '');
  const paragraphs = text.split('\n').filter(Boolean);
  paragraphs.forEach((para, pi) => {
    if (/^(?:no |the military forces|the [a-z])/.test(para)) return;
    for (const seg of splitTop(para, /;/)) {
      const parts = splitTop(seg, /:/);
      if (parts.length > 2) continue;
      const [head, list] = parts as [string, string | undefined];
      const items = list ? splitTop(list, /,/).map((s) => s.replace(/^and /, '')) : [];
      if (/^Ministry of /.test(head)) {
        const ministry = parseItem(head);
        if (!ministry) continue;
        const forces = items.map(parseItem).filter((x): x is ForceItem => !!x);
        out.ministries.push({ ministry, forces });
        continue;
      }
      const item = parseItem(head);
      if (!item) continue;
      if (pi === 0 && !out.top && list !== undefined && FORCE_WORDS.test(item.name)) {
        out.top = item;
        out.services.push(...items.map(parseItem).filter((x): x is ForceItem => !!x));
      } else if (list === undefined) out.standalone.push(item);
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Building

/** Generic names never used as aliases: the build derives country-less short forms itself. */
function kindOfForce(name: string): EntityInput['kind'] {
  if (
    /\b(?:Intelligence|Security Service|Security Agency|State Security|National Security|Internal Security)\b/.test(
      name,
    )
  )
    return 'security-service';
  if (/\bPolice\b/.test(name)) return 'government-body';
  if (/\b(?:Gendarmerie|Guard|Troops|Militia|Army|Forces?|Regiment|Corps)\b/.test(name)) return 'military';
  return 'government-body';
}

function forceDescription(name: string, kind: string, c: Country, under?: string): string {
  const where = ofCountry(c);
  const what = /\bPolice\b/.test(name)
    ? 'Police force'
    : /\bGendarmerie\b/.test(name)
      ? 'Gendarmerie'
      : /\bCoast Guard\b/.test(name)
        ? 'Coast guard'
        : /\bBorder\b/.test(name)
          ? 'Border force'
          : kind === 'security-service'
            ? 'Security service'
            : kind === 'military'
              ? 'Armed force'
              : 'Security body';
  return under ? `${what} of ${where} under its ${under}` : `${what} of ${where}`;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--refresh-raw') {
    if (!args[1]) throw new Error('usage: --refresh-raw <factbook dir>');
    refreshRaw(args[1]);
    return;
  }
  const rows = JSON.parse(readFileSync(RAW, 'utf8')) as RawRow[];

  // The knowledge base without this generator's own output (so that a rerun regenerates the same files).
  const kb = loadKnowledge();
  const items = kb.items.filter((l) => !l.file.startsWith(`government/${OUT_PREFIX}`));
  const countryByIso2 = new Map<string, Country>();
  for (const { file, entity: e } of items) {
    if (e.kind !== 'country' || !e.iso2) continue;
    const forms = [
      e.name,
      ...(e.aliases ?? []).flatMap((a) =>
        typeof a === 'string' ? [a] : a.lang || a.type === 'acronym' || a.ambiguous ? [] : [a.text],
      ),
      ...(e.demonyms ?? []),
    ].filter((f) => /^[\p{L} .'’-]+$/u.test(f));
    const codes = (e.aliases ?? []).flatMap((a) =>
      typeof a !== 'string' && a.type === 'acronym' && !a.lang && /^[A-Za-z]{2,4}$/.test(a.text) ? [a.text] : [],
    );
    countryByIso2.set(e.iso2, { id: e.id, iso2: e.iso2, name: e.name, forms, codes, region: regionOf(file, e.iso2) });
  }
  // Names of two countries at once ("Congolese", "Korean", "Dominican") do not say whose a body is.
  const formCount = new Map<string, number>();
  for (const c of countryByIso2.values())
    for (const f of new Set(c.forms.map((x) => foldKey(x)))) formCount.set(f, (formCount.get(f) ?? 0) + 1);
  const shared = new Set([...formCount].filter(([, n]) => n > 1).map(([f]) => f));
  const byId = new Map(items.map((l) => [l.entity.id, l.entity]));
  const byCountry = new Map<string, EntityInput[]>();
  for (const { entity: e } of items) {
    if (!e.country || e.kind === 'country' || e.kind === 'person') continue;
    byCountry.set(e.country, [...(byCountry.get(e.country) ?? []), e]);
  }
  // Every folded name or alias in the knowledge base → the ids answering to it (for collisions).
  const keyOf = (a: { text: string; exactCase: boolean }) =>
    (a.exactCase ? 'case:' + a.text.replace(/[^\p{L}\p{N}]/gu, '') : '') + foldKey(a.text);
  const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const { entity: e } of items) {
    const iso2 = e.country ? byId.get(e.country)?.iso2 : undefined;
    for (const a of aliasEntries(e, iso2)) {
      if (a.derived) continue;
      const k = keyOf(a);
      owners.set(k, [...(owners.get(k) ?? []), { id: e.id, ambiguous: a.ambiguous }]);
    }
  }

  const candidates: Candidate[] = [];
  const unparsed: string[] = [];
  const mk = (
    c: Country,
    category: Category,
    kind: EntityInput['kind'],
    name: string,
    description: string,
    head: string,
    natives: string[] = [],
    acronyms: string[] = [],
  ): Candidate => {
    const aliases: AliasInput[] = [];
    // "Congolese Air Force" is the name of two countries' air forces: qualified, the bare name ambiguous.
    const key = ` ${foldKey(name)} `;
    const own = c.forms.some((f) => !shared.has(foldKey(f)) && key.includes(` ${foldKey(f)} `));
    if (!own && [...shared].some((f) => key.includes(` ${f} `))) {
      aliases.push({ text: name, ambiguous: true });
      name = `${name} (${c.name})`;
    }
    const countryForm = (t: string) => c.forms.some((f) => foldKey(f) === foldKey(t));
    // The press's British spelling of a name the Factbook writes the American way ("Defence Force").
    const press = /\bDefense\b/.test(name) ? [name.replace(/\bDefense\b/g, 'Defence')] : [];
    for (const n of [...press, ...natives]) {
      if (n === name || countryForm(n) || aliases.includes(n)) continue;
      // A generic native name ("Assemblée nationale") is this body's only where the story is about its
      // country: ambiguous, kept only if every other body answering to it says so too.
      aliases.push(isGenericNative(n) ? { text: n, ambiguous: true } : n);
    }
    // Three letters or fewer are other things' too ("Paul Usoro, SAN", a Senior Advocate of Nigeria, is no South
    // African Navy): such an acronym names this body where the story supports it (its country named).
    for (const a of acronyms)
      if (!ENGLISH_WORDS.has(a.toLowerCase()) && !aliases.some((x) => typeof x !== 'string' && x.text === a))
        aliases.push(
          a.replace(/[^\p{L}]/gu, '').length <= 3
            ? { text: a, type: 'acronym', ambiguous: true }
            : { text: a, type: 'acronym' },
        );
    const entity: EntityInput = {
      id: `x-${slug(name)}`,
      kind,
      name,
      ...(aliases.length ? { aliases } : {}),
      description,
      country: c.id,
      prominence: 1,
      sources: [...SOURCES],
      checked: CHECKED,
    };
    const cand: Candidate = { category, entity, head, country: c };
    candidates.push(cand);
    return cand;
  };
  const qualify = (name: string, c: Country) => (namesCountry(name, c) ? name : `${name} of ${ofCountry(c)}`);
  /** Courts already named for a place keep their name: "High Court of Zanzibar", "Court of BiH". */
  const qualifyCourt = (name: string, c: Country) => {
    const after = / of (?:the )?(\S+)[^]*$/.exec(name)?.[1];
    return after && !COURT_OF.has(after) && !namesCountry(name, c) ? name : qualify(name, c);
  };
  /** Forces whose name has a word of its own keep it ("Korea Coast Guard"); generic ones get the country. */
  const qualifyForce = (name: string, c: Country) =>
    namesCountry(name, c) ||
    foldKey(name)
      .split(' ')
      .some((w) => !FORCE_GENERIC.has(w))
      ? name
      : `${name} of ${ofCountry(c)}`;

  for (const row of rows) {
    const c = row.iso2 ? countryByIso2.get(row.iso2) : undefined;
    if (!c) continue;
    const where = ofCountry(c);

    // Legislature
    if (row.legislature) {
      const leg = parseLegislature(row.legislature);
      if (!leg) unparsed.push(`${row.gec} legislature: ${row.legislature}`);
      else {
        const structure = /^(unicameral|bicameral)$/.exec(clean(row.structure ?? ''))?.[1];
        const desc = structure
          ? `${structure[0]!.toUpperCase()}${structure.slice(1)} legislature of ${where}`
          : `Legislature of ${where}`;
        const body = mk(c, 'legislature', 'government-body', qualify(leg.name, c), desc, 'legislature', leg.natives);
        // "Parliament of the Co-operative Republic of Guyana", whose one chamber is the National Assembly: the
        // press names the legislature by its chamber ("the National Assembly of Guyana", "the National Assembly").
        const chamber = structure === 'unicameral' && row.chamber ? parseLegislature(row.chamber)?.name : undefined;
        if (chamber && /^(?:National|Legislative|Transitional) /.test(chamber) && !leg.name.includes(chamber))
          (body.entity.aliases ??= []).push(`${chamber} of ${where}`);
      }
    }

    // Highest courts
    if (row.courts) {
      const courts = parseCourts(row.courts);
      for (const ct of courts) {
        const name = qualifyCourt(ct.name, c);
        const desc = /\bConstitutional\b/.test(ct.name)
          ? `Constitutional court of ${where}`
          : courts.length === 1
            ? `Highest court of ${where}`
            : `One of the highest courts of ${where}`;
        mk(c, 'court', 'government-body', name, desc, courtHead(name, c), ct.natives ?? []);
      }
    }

    // Single named courts below the highest (a court already among the highest is not listed twice).
    if (row.subordinate) {
      for (const ct of parseSubordinateCourts(row.subordinate)) {
        if (SEVERAL.has(`${row.gec}:${ct}`)) continue;
        const name = qualifyCourt(ct, c);
        mk(c, 'court', 'government-body', name, `Court of ${where} below its highest court`, courtHead(name, c));
      }
    }

    // Cabinet
    if (row.cabinet && !STALE.has(`${row.gec}:cabinet`)) {
      const cab = parseCabinet(row.cabinet);
      if (cab) {
        mk(
          c,
          'cabinet',
          'government-body',
          qualify(cab.name, c),
          `Cabinet of the government of ${where}`,
          'cabinet',
          cab.native ? [cab.native] : [],
        );
      }
    }

    // Armed forces, services, ministries and their forces
    if (row.forces) {
      const f = parseForces(row.forces);
      let top: Candidate | undefined;
      if (f.top) {
        top = mk(
          c,
          'armed-forces',
          'military',
          qualifyForce(f.top.name, c),
          `Armed forces of ${where}`,
          'armed-forces',
          f.top.natives,
          f.top.acronyms,
        );
      }
      for (const s of f.services) {
        if (!namesCountry(s.name, c)) continue;
        const kind = /\bPolice\b/.test(s.name) ? 'government-body' : 'military';
        const cand = mk(
          c,
          'service',
          kind,
          s.name,
          serviceDescription(s.name, c, top?.entity.name),
          `${kind}:${core(s.name, c)}`,
          s.natives,
          s.acronyms,
        );
        cand.parent = top;
      }
      for (const s of f.standalone) {
        if (!namesCountry(s.name, c) || !/\b(?:Police|Gendarmerie|Guard|Army|Forces?|Service)\b/.test(s.name)) continue;
        const kind = kindOfForce(s.name);
        mk(
          c,
          'force',
          kind,
          s.name,
          forceDescription(s.name, kind, c),
          `${kind}:${core(s.name, c)}`,
          s.natives,
          s.acronyms,
        );
      }
      for (const m of f.ministries) {
        const mname = `${m.ministry.name} of ${where}`;
        const forces = m.forces.filter(
          (s) =>
            /\b(?:Police|Gendarmerie|Guard|Troops|Service|Agency|Directorate|Force|Forces|Militia|Intelligence|Security)\b/.test(
              s.name,
            ) && s.name.split(' ').length >= 2,
        );
        const over = forces.map((s) => s.name);
        let desc = `Government ministry of ${where}`;
        const list = over.length > 1 ? `${over.slice(0, -1).join(', ')} and ${over.at(-1)}` : over[0];
        if (list && desc.length + list.length < 190) desc += ` responsible for the ${list}`;
        const ministry = mk(
          c,
          'ministry',
          'government-body',
          mname,
          desc,
          ministryHead(mname, c),
          m.ministry.natives,
          m.ministry.acronyms,
        );
        for (const s of forces) {
          const name = qualifyForce(s.name, c);
          const kind = kindOfForce(s.name);
          const cand = mk(
            c,
            'force',
            kind,
            name,
            forceDescription(s.name, kind, c, m.ministry.name),
            `${kind}:${core(name, c)}`,
            s.natives,
            s.acronyms,
          );
          cand.parent = ministry;
        }
      }
    }
  }

  // Dedupe: same name or alias in the same country, or the same body by head noun.
  const generatedKeys = new Map<string, { id: string; ambiguous: boolean }[]>();
  const kept: Candidate[] = [];
  const skipped: { cand: Candidate; why: string }[] = [];
  const seenIds = new Set<string>();
  for (const cand of candidates) {
    const e = cand.entity;
    const existing = byCountry.get(cand.country.id) ?? [];
    const myKeys = [
      e.name,
      ...(e.aliases ?? []).flatMap((a) =>
        typeof a === 'string'
          ? [a]
          : a.type === 'acronym' && a.text.replace(/[^A-Za-z]/g, '').length >= 3
            ? [a.text]
            : [],
      ),
    ].map((t) => foldKey(t));
    let dup: { id: string; why: string } | undefined;
    for (const x of existing) {
      // A body linked to this one (its successor: Kyrgyzstan's Constitutional Court, which replaced the
      // Constitutional Chamber) is another body.
      if (x.relations?.some((r) => r.target === e.id)) continue;
      const xKeys = new Set(
        aliasEntries(x, cand.country.iso2)
          .filter((a) => !a.derived)
          .map((a) => foldKey(a.text)),
      );
      if (myKeys.some((k) => xKeys.has(k))) {
        dup = { id: x.id, why: 'same name' };
        break;
      }
      const heads = existingHeads(x, cand.country);
      const sameKind = x.kind === e.kind || (cand.category === 'force' && x.kind !== 'country');
      const anyKind =
        heads.has(`any:${core(e.name, cand.country)}`) ||
        (cand.category === 'force' && heads.has(`loose:${loose(e.name, cand.country)}`));
      if (anyKind || (sameKind && (heads.has(cand.head) || heads.has(`${e.kind}:${core(e.name, cand.country)}`)))) {
        dup = { id: x.id, why: 'same body' };
        break;
      }
    }
    // The name is another entity's (of another country, or with no country): never a duplicate name.
    if (!dup) {
      const other = owners.get(foldKey(e.name))?.find((o) => o.id !== e.id);
      if (other) dup = { id: other.id, why: 'name taken' };
    }
    if (!dup && (byId.has(e.id) || seenIds.has(e.id))) dup = { id: e.id, why: 'id taken' };
    if (!dup) {
      const twin = kept.find(
        (k) =>
          k.country === cand.country &&
          k.category === cand.category &&
          (cand.category === 'court'
            ? core(k.entity.name, k.country) === core(e.name, cand.country)
            : k.head === cand.head),
      );
      if (twin) dup = { id: twin.entity.id, why: 'listed twice' };
    }
    if (dup) {
      cand.existing = dup.id;
      skipped.push({ cand, why: `${dup.why}: ${dup.id}` });
      continue;
    }
    seenIds.add(e.id);
    kept.push(cand);
  }

  // Relations: part-of the top force or the ministry, generated or already in the knowledge base.
  for (const cand of kept) {
    const parent = cand.parent;
    if (!parent) continue;
    const target = parent.existing ?? parent.entity.id;
    const twin = kept.find((k) => k.entity.id === target);
    const existing = byId.get(target);
    const targetName = twin ? twin.entity.name : existing?.country === cand.country.id ? existing.name : undefined;
    if (!targetName) continue;
    cand.entity.relations = [{ type: 'part-of', target }];
    // Services are described by the force they belong to, as the knowledge base names it ("Bundeswehr").
    if (cand.category === 'service')
      cand.entity.description = serviceDescription(cand.entity.name, cand.country, targetName);
  }

  // Aliases: drop any another entity (existing or generated) also answers to.
  for (const cand of kept) {
    const iso2 = cand.country.iso2;
    for (const a of aliasEntries(cand.entity, iso2)) {
      if (a.derived) continue;
      const k = keyOf(a);
      generatedKeys.set(k, [...(generatedKeys.get(k) ?? []), { id: cand.entity.id, ambiguous: a.ambiguous }]);
    }
  }
  const droppedAliases: string[] = [];
  for (const cand of kept) {
    const e = cand.entity;
    e.aliases = (e.aliases ?? []).filter((a) => {
      const text = typeof a === 'string' ? a : a.text;
      const acronym = typeof a !== 'string' && a.type === 'acronym';
      const letters = text.replace(/[^\p{L}]/gu, '').length;
      if (acronym && letters <= 2) return true;
      const entry = aliasEntries({ ...e, aliases: [a] }, cand.country.iso2).find((x) => x.text === text);
      const k = entry ? keyOf(entry) : foldKey(text);
      const holders = [...(owners.get(k) ?? []), ...(generatedKeys.get(k) ?? [])].filter((o) => o.id !== e.id);
      const others = holders.map((o) => o.id);
      // A name every holder marks ambiguous may be shared (the matcher then weighs the context).
      const ambiguous = typeof a !== 'string' && a.ambiguous === true;
      if (others.length && !(ambiguous && holders.every((o) => o.ambiguous))) {
        droppedAliases.push(`${e.id}: "${text}" (also ${[...new Set(others)].join(', ')})`);
        return false;
      }
      return true;
    });
    if (!e.aliases.length) delete e.aliases;
  }

  // Output
  for (const f of existsSync(OUT_DIR) ? readdirSync(OUT_DIR) : [])
    if (f.startsWith(OUT_PREFIX)) rmSync(join(OUT_DIR, f));
  mkdirSync(OUT_DIR, { recursive: true });
  const header =
    '# GENERATED by `npm run kb:gen-institutions` (scripts/kb/gen-institutions.ts) from\n' +
    '# knowledge/raw/factbook-institutions.json (CIA World Factbook, final edition of 2026-01-22, public domain):\n' +
    '# legislatures, highest courts, cabinets, armed forces, ministries and police forces the Factbook names,\n' +
    '# for countries whose institutions the rest of the knowledge base lacks. Do not edit by hand.\n';
  const regions = [...new Set(kept.map((k) => k.country.region))].sort();
  for (const region of regions) {
    const entities = kept
      .filter((k) => k.country.region === region)
      .map((k) => ordered(k.entity))
      .sort(
        (a, b) =>
          byId.get(a.country!)!.name.localeCompare(byId.get(b.country!)!.name, 'en') ||
          a.name.localeCompare(b.name, 'en') ||
          a.id.localeCompare(b.id),
      );
    writeFileSync(join(OUT_DIR, `${OUT_PREFIX}${region}.yaml`), toYaml(entities, header, ['aliases', 'relations']));
  }

  // Summary
  const cats: Category[] = ['legislature', 'court', 'cabinet', 'armed-forces', 'service', 'ministry', 'force'];
  console.log('category         generated  skipped');
  for (const cat of cats) {
    const g = kept.filter((k) => k.category === cat).length;
    const s = skipped.filter((k) => k.cand.category === cat).length;
    console.log(`${cat.padEnd(17)}${String(g).padStart(9)}${String(s).padStart(9)}`);
  }
  const kinds = [...new Set(candidates.map((k) => k.entity.kind))].sort();
  console.log('kind             generated  skipped');
  for (const kind of kinds) {
    const g = kept.filter((k) => k.entity.kind === kind).length;
    const s = skipped.filter((k) => k.cand.entity.kind === kind).length;
    console.log(`${kind.padEnd(17)}${String(g).padStart(9)}${String(s).padStart(9)}`);
  }
  console.log(`total            ${String(kept.length).padStart(9)}${String(skipped.length).padStart(9)}`);
  console.log(
    'by region: ' + regions.map((r) => `${r} ${kept.filter((x) => x.country.region === r).length}`).join(', '),
  );
  if (process.argv.includes('--verbose')) {
    console.log(`\nskipped ${skipped.length}:`);
    for (const s of skipped) console.log(`  ${s.cand.entity.name} (${s.cand.category}) — ${s.why}`);
    console.log(`\nnot parsed ${unparsed.length}:\n  ${unparsed.join('\n  ')}`);
    console.log(`\naliases dropped ${droppedAliases.length}:\n  ${droppedAliases.join('\n  ')}`);
  }
}

function serviceDescription(name: string, c: Country, top: string | undefined): string {
  const branch = /\bNavy|Naval\b/.test(name)
    ? 'Naval branch'
    : /\bAir\b/.test(name)
      ? 'Air branch'
      : /\b(?:Army|Land|Ground)\b/.test(name)
        ? 'Land branch'
        : /\bGendarmerie\b/.test(name)
          ? 'Gendarmerie'
          : /\bCoast Guard\b/.test(name)
            ? 'Coast guard'
            : 'Branch';
  return top ? `${branch} of the ${top}` : `${branch} of the armed forces of ${ofCountry(c)}`;
}

/** Keys in the order knowledge/README.md writes them. */
function ordered(e: EntityInput): EntityInput {
  const { id, kind, name, aliases, description, country, relations, prominence, sources, checked, ...rest } = e;
  return {
    id,
    kind,
    name,
    ...(aliases ? { aliases } : {}),
    description,
    country,
    ...(relations ? { relations } : {}),
    prominence,
    sources,
    checked,
    ...rest,
  };
}

main();
