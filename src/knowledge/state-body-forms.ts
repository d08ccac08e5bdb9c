/**
 * Names the build derives for a country's state bodies from the country's own: its ministries' generic forms, its
 * parliament in other languages' press, its military, its demonyms. Pure; compile.ts reads them.
 */
import { foldKey, foldTokens } from '../core/fold';
import type { AliasEntry } from './aliases';
import type { EntityInput } from './schema';

/**
 * A ministry's generic name in Japanese, Korean and Turkish, written after a country's name (with the space each
 * language puts there): by the English generic form genericMinistryForms gives.
 */
export const MINISTRY_FORMS: readonly (readonly [string, readonly (readonly [string, readonly string[]])[]])[] = [
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
export const FOREIGN_PARLIAMENT_WORDS: readonly (readonly [string, string])[] = [
  ['fr', 'Parlement'],
  ['es', 'Parlamento'],
  ['it', 'Parlamento'],
  ['pt', 'Parlamento'],
  ['de', 'Parlament'],
  ['nl', 'parlement'],
];

/**
 * "People's Party (Thailand)", "Channel 12 (Israel)": a name the knowledge base tells apart by its country in
 * brackets, as Wikipedia titles it; "Ministry of Interior and Safety of South Korea", a Factbook body's long name
 * with its country. The press writes it bare; bare, it is ambiguous, read for the country the story is about.
 * Brackets that are part of the name ("Janata Dal (United)") are not a country, and stay.
 */
export function withoutCountry(e: EntityInput, countryName: string | undefined): string | undefined {
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
export function isPresidency(e: EntityInput, countryName: string | undefined): boolean {
  if (e.kind !== 'government-body' || !countryName) return false;
  return (
    e.name === `Presidency of ${countryName}` ||
    e.name === `Office of the President of ${countryName}` ||
    e.name === `Office of the President (${countryName})` ||
    /^Presidency of the (?:\S+ )?Republic(?: of \S+)?$/.test(e.name)
  );
}

/** A whole national legislature by its English name ("National Assembly of Hungary", "National Diet"). */
export const LEGISLATURE_NAME =
  /^(?:(\S+) )?(?:National Assembly|National Congress|Congress|Federal Assembly|National Diet|Diet|Grand National Assembly|Supreme Council|Supreme Assembly|National Parliament|Legislative Assembly|House of Representatives|Islamic Consultative Assembly|Verkhovna Rada|Knesset|Sejm|Storting|Riksdag|Folketing|Althing|Eduskunta|Oireachtas|Jatiya Sangsad|Majlis)\b/;

/** Words that may open a national legislature's English name ("Grand National Assembly", "People's Majlis"). */
export const LEGISLATURE_ADJECTIVES = new Set([
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
export function parliamentForms(entities: readonly EntityInput[], entries: readonly AliasEntry[][]): number[] {
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
export const FORCE_NAME = /^(?:\S+ ){0,2}(Army|Navy|Air Force|Coast Guard)$/;

/** Names of forces that are not a state's own, though named like one. */
export const NOT_STATE_FORCE = /\b(?:Liberation|National Army|Self-Defense|Ground|Maritime|Rocket|Territorial|Space)\b/;

/**
 * The short names of each country's services named like "Pakistan Army", "Indian Navy", "Ukrainian Air
 * Force", "Japan Coast Guard": "Pakistan's army", "the Japanese coast guard". The matcher reads them only
 * right after their country (W_OWNER_ONLY). A short name two forces of one country would share names
 * neither. Not "military" or "armed forces": "Israel's military" describes more than it names, and the
 * press does not treat it as a name.
 */
export function militaryForms(entities: readonly EntityInput[]): Map<number, string> {
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
export function demonymsOf(entities: readonly EntityInput[]): Map<string, number> {
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
