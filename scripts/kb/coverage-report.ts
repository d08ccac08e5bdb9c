/**
 * What the knowledge base covers, against the scope it promises: for every UN member state a head of state
 * and a head of government in office at the as-of date and their holders back to 2015 without gaps; for the
 * G20, Middle East and post-Soviet states the current foreign and defence ministers and spokespeople.
 * Pure: takes loaded entities, returns the findings (scripts/kb/coverage.ts prints them, a test asserts them).
 */
import { compareDates } from '../../src/knowledge/dates';
import type { EntityInput } from '../../src/knowledge/schema';

/** G20 members (the EU and the AU are organizations), by ISO code. */
export const G20 = [
  'AR',
  'AU',
  'BR',
  'CA',
  'CN',
  'FR',
  'DE',
  'IN',
  'ID',
  'IT',
  'JP',
  'KR',
  'MX',
  'RU',
  'SA',
  'ZA',
  'TR',
  'GB',
  'US',
];
/** Middle East: Western Asia and Egypt, as news desks use the term. */
export const MIDDLE_EAST = [
  'BH',
  'CY',
  'EG',
  'IR',
  'IQ',
  'IL',
  'JO',
  'KW',
  'LB',
  'OM',
  'PS',
  'QA',
  'SA',
  'SY',
  'TR',
  'AE',
  'YE',
];
export const POST_SOVIET = ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'];

/** Earliest date from which holders of the top offices are listed. */
export const SINCE = '2015-01-01';

type Category = NonNullable<NonNullable<EntityInput['roles']>[number]['category']>;
interface Holding {
  person: EntityInput;
  start?: string;
  end?: string;
  confirmed?: string;
}

export interface CountryCoverage {
  iso2: string;
  name: string;
  headOfState: string[];
  headOfGovernment: string[];
  /** Periods since SINCE with no known holder of the head-of-state (or combined) office. */
  gaps: string[];
}

export interface CoverageReport {
  asOf: string;
  unMembers: CountryCoverage[];
  /** ISO codes of UN members without a current head of state / of government. */
  missingHeadOfState: string[];
  missingHeadOfGovernment: string[];
  ministers: { iso2: string; name: string; foreign: string[]; defence: string[]; spokespeople: string[] }[];
}

/** Held at `date`; a role known only up to a `confirmed` date counts as held (the report marks it). */
function heldAt(h: Holding, date: string): boolean {
  if (h.start && compareDates(h.start, date) > 0) return false;
  if (h.end) return compareDates(h.end, date) >= 0;
  return true;
}

/** "Name", or "Name (confirmed to 2025-10)" when no source says the role is still held at the as-of date. */
function label(h: Holding, asOf: string): string {
  return !h.end && h.confirmed && compareDates(h.confirmed, asOf) < 0
    ? `${h.person.name} (confirmed to ${h.confirmed})`
    : h.person.name;
}

/** Uncovered stretches of [from, to] given holdings (partial dates compare at their common precision). */
function gapsIn(holdings: Holding[], from: string, to: string): string[] {
  const spans = holdings
    .map((h) => ({ start: h.start ?? from, end: h.end ?? h.confirmed ?? to }))
    .filter((s) => compareDates(s.end, from) >= 0)
    .sort((a, b) => compareDates(a.start, b.start));
  const gaps: string[] = [];
  let covered = from;
  for (const s of spans) {
    if (compareDates(s.start, covered) > 0) gaps.push(`${covered} – ${s.start}`);
    if (compareDates(s.end, covered) > 0) covered = s.end;
  }
  if (compareDates(covered, to) < 0) gaps.push(`${covered} – ${to}`);
  return gaps;
}

export function coverageReport(entities: readonly EntityInput[], asOf: string): CoverageReport {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // A role in a ministry or a presidency counts for the ministry's country.
  const countryOf = (id: string) => {
    const e = byId.get(id);
    return e && e.kind !== 'country' && e.country ? e.country : id;
  };
  const byCountry = new Map<string, Map<Category, Holding[]>>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const r of e.roles ?? []) {
      if (!r.of || !r.category) continue;
      const country = countryOf(r.of);
      const cats = byCountry.get(country) ?? new Map<Category, Holding[]>();
      byCountry.set(country, cats);
      const list = cats.get(r.category) ?? [];
      list.push({ person: e, start: r.start, end: r.end, confirmed: r.confirmed });
      cats.set(r.category, list);
    }
  }
  const holders = (country: string, categories: Category[], date = asOf) => {
    const cats = byCountry.get(country);
    const out = categories.flatMap((c) => cats?.get(c) ?? []).filter((h) => heldAt(h, date));
    return [...new Set(out.map((h) => label(h, asOf)))];
  };
  const countries = entities.filter((e) => e.kind === 'country');
  const unMembers = countries
    .filter((c) => c.unMember)
    .map((c) => {
      const cats = byCountry.get(c.id);
      const hos = [...(cats?.get('head-of-state') ?? []), ...(cats?.get('head-of-state-and-government') ?? [])];
      return {
        iso2: c.iso2 ?? '?',
        name: c.name,
        headOfState: holders(c.id, ['head-of-state', 'head-of-state-and-government']),
        headOfGovernment: holders(c.id, ['head-of-government', 'head-of-state-and-government']),
        gaps: gapsIn(hos, SINCE, asOf),
      };
    });
  const scope = [...new Set([...G20, ...MIDDLE_EAST, ...POST_SOVIET])];
  const ministers = scope.flatMap((iso2) => {
    const c = countries.find((x) => x.iso2 === iso2);
    if (!c) return [];
    return [
      {
        iso2,
        name: c.name,
        foreign: holders(c.id, ['foreign-minister']),
        defence: holders(c.id, ['defence-minister']),
        spokespeople: holders(c.id, ['spokesperson']),
      },
    ];
  });
  return {
    asOf,
    unMembers,
    missingHeadOfState: unMembers.filter((c) => !c.headOfState.length).map((c) => c.iso2),
    missingHeadOfGovernment: unMembers.filter((c) => !c.headOfGovernment.length).map((c) => c.iso2),
    ministers,
  };
}
