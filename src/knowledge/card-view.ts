/**
 * What a hover card shows, computed from an entity's card record for one article: the roles held at the
 * article's date and now, the links to the other actors on the page first, and where the facts come from.
 * Pure: the background computes it, the card UI only renders it.
 */
import type { CardRecord } from './compile';
import { compareDates } from './dates';

export interface CardLink {
  id: string;
  name: string;
  /** How this entity relates to the linked one, in a word or two: "Spokesperson", "Member of". */
  label: string;
  /** The full wording (role titles), for a tooltip. */
  detail: string;
  onPage: boolean;
}

export interface CardRole {
  title: string;
  /** "2021–2024", "since 2012", "2020–, confirmed July 2022". */
  period: string;
}

export interface CardView {
  id: string;
  name: string;
  kind: string;
  native?: { lang: string; text: string };
  description: string;
  /** Life or existence span: "born 1952", "1960–2024", "founded 1982". */
  lifespan?: string;
  /** The article's date as given (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Roles held at the article's date. */
  then: CardRole[];
  /** Roles held as of the knowledge base date. */
  now: CardRole[];
  /** True when `then` and `now` differ, so the card shows both. */
  changed: boolean;
  /** "Died 19 May 2024" or "Dissolved 2025": said after the roles when it happened after the article. */
  ended?: string;
  designations: { by: string; list?: string; period: string; note?: string }[];
  ownership?: string;
  links: CardLink[];
  wikipedia?: string;
  wikidata?: string;
  website?: string;
  sources: { name: string; url?: string }[];
  checked: string;
  asOf: string;
  /** Set by the caller: other entities the same words could name. */
  alternatives?: { id: string; name: string }[];
}

export interface CardContext {
  /** The article's date (defaults to the knowledge base date). */
  date?: string;
  asOf: string;
  /** Ids of the other actors found on the page. */
  pageIds: readonly string[];
  /** Name of an entity by id, if known. */
  nameOf: (id: string) => string | undefined;
  /** Links from other entities to this one (relations and roles whose target is this entity). */
  incoming: readonly { id: string; label: string }[];
  sources: Record<string, { name: string; url: string }>;
}

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

/** "2024-05-19" → "19 May 2024", "2024-05" → "May 2024", "2024" → "2024". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

const RELATION_LABELS: Record<string, string> = {
  'spokesperson-of': 'Spokesperson of',
  'leader-of': 'Leader of',
  'member-of': 'Member of',
  'part-of': 'Part of',
  'backed-by': 'Backed by',
  'allied-with': 'Allied with',
  'owned-by': 'Owned by',
  'affiliated-with': 'Affiliated with',
  'successor-of': 'Successor of',
  'split-from': 'Split from',
  'child-of': 'Child of',
  'spouse-of': 'Spouse of',
  'sibling-of': 'Sibling of',
};

/** The label of a link seen from its target: "Spokesperson of" → "Spokesperson". */
export const INCOMING_LABELS: Record<string, string> = {
  'spokesperson-of': 'Spokesperson',
  'leader-of': 'Led by',
  'member-of': 'Member',
  'part-of': 'Includes',
  'backed-by': 'Backs',
  'allied-with': 'Allied with',
  'owned-by': 'Owns',
  'affiliated-with': 'Affiliated with',
  'successor-of': 'Succeeded by',
  'split-from': 'Splinter group',
  'child-of': 'Parent of',
  'spouse-of': 'Spouse of',
  'sibling-of': 'Sibling of',
};

type Role = NonNullable<CardRecord['roles']>[number];

/** Short chip labels for roles, by category; the full title goes in the tooltip. */
export const ROLE_LABELS: Record<string, string> = {
  'head-of-state': 'Head of state',
  'head-of-state-and-government': 'President',
  'head-of-government': 'Head of government',
  'deputy-head-of-government': 'Deputy head of government',
  'foreign-minister': 'Foreign minister',
  'defence-minister': 'Defence minister',
  minister: 'Minister',
  spokesperson: 'Spokesperson',
  leader: 'Leader',
  'deputy-leader': 'Deputy leader',
  commander: 'Commander',
  legislator: 'Legislator',
  judge: 'Judge',
  diplomat: 'Diplomat',
  executive: 'Executive',
};

/** A role's chip label: its category's, or its title when short enough to read at a glance. */
export function roleLabel(r: { title: string; category?: string }): string {
  const byCategory = r.category ? ROLE_LABELS[r.category] : undefined;
  if (byCategory) return byCategory;
  return r.title.length <= 28 ? r.title : 'Role';
}

function period(r: Role): string {
  const start = r.start ? formatYearMonth(r.start) : '';
  if (r.end) return start ? `${start} – ${formatYearMonth(r.end)}` : `until ${formatYearMonth(r.end)}`;
  if (r.confirmed) return `${start ? `from ${start}; ` : ''}last confirmed ${formatYearMonth(r.confirmed)}`;
  return start ? `since ${start}` : '';
}

function formatYearMonth(d: string): string {
  return formatDate(d.slice(0, 7));
}

/** Held at `date`: started on or before it and not ended before it (partial dates compare by common precision). */
export function heldAt(r: Role, date: string): boolean | 'unknown' {
  if (r.start && compareDates(r.start, date) > 0) return false;
  if (r.end) return compareDates(r.end, date) >= 0;
  if (r.confirmed && compareDates(r.confirmed, date) < 0) return 'unknown';
  return true;
}

function roleView(r: Role): CardRole {
  const title = r.acting ? `Acting ${r.title.charAt(0).toLowerCase()}${r.title.slice(1)}` : r.title;
  return { title, period: period(r) };
}

export function buildCardView(record: CardRecord, ctx: CardContext): CardView {
  const date = ctx.date ?? ctx.asOf;
  const roles = record.roles ?? [];
  const ended = record.died ?? record.dissolved;
  const then = roles.filter((r) => heldAt(r, date) === true && !(ended && compareDates(ended, date) < 0));
  const now = ended ? [] : roles.filter((r) => !r.end && !r.confirmed);
  const key = (r: Role) => `${r.title}|${r.start ?? ''}`;
  const changed =
    then.length !== now.length ||
    then.some((r) => !now.some((n) => key(n) === key(r))) ||
    (!!ended && compareDates(ended, date) > 0);

  const onPage = new Set(ctx.pageIds);
  const links: CardLink[] = [];
  // One chip per linked entity; several roles in the same body are summed up in its tooltip.
  const addLink = (id: string | undefined, label: string, detail = label) => {
    if (!id || id === record.id) return;
    const existing = links.find((l) => l.id === id);
    if (existing) {
      if (!existing.detail.includes(detail)) existing.detail += `; ${detail}`;
      return;
    }
    const name = ctx.nameOf(id);
    if (name) links.push({ id, name, label, detail, onPage: onPage.has(id) });
  };
  for (const r of then.length ? then : roles.filter((x) => !x.end)) addLink(r.of, roleLabel(r), r.title);
  for (const rel of record.relations ?? []) {
    if (rel.end && compareDates(rel.end, date) < 0) continue;
    addLink(rel.target, RELATION_LABELS[rel.type] ?? rel.type);
  }
  addLink(record.country, record.kind === 'person' ? 'Country' : 'Based in');
  for (const inc of ctx.incoming) if (onPage.has(inc.id)) addLink(inc.id, inc.label);
  // Actors on the page first, then the rest in the order written.
  links.sort((a, b) => Number(b.onPage) - Number(a.onPage));

  const lifespan =
    record.kind === 'person'
      ? record.born && record.died
        ? `${record.born.slice(0, 4)}–${record.died.slice(0, 4)}`
        : record.born
          ? `born ${record.born.slice(0, 4)}`
          : record.died
            ? `died ${record.died.slice(0, 4)}`
            : undefined
      : record.founded
        ? `founded ${record.founded.slice(0, 4)}${record.dissolved ? `, dissolved ${record.dissolved.slice(0, 4)}` : ''}`
        : undefined;

  const view: CardView = {
    id: record.id,
    name: record.name,
    kind: record.kind,
    description: record.description,
    date,
    then: then.map(roleView),
    now: now.map(roleView),
    changed,
    designations: (record.designations ?? []).map((d) => ({
      by: d.by,
      list: d.list,
      period: d.start
        ? d.end
          ? `${formatYearMonth(d.start)} – ${formatYearMonth(d.end)}`
          : `since ${formatYearMonth(d.start)}`
        : d.end
          ? `until ${formatYearMonth(d.end)}`
          : '',
      note: d.note,
    })),
    links: links.slice(0, 12),
    sources: record.sources.map((s) =>
      s.startsWith('https://')
        ? { name: new URL(s).hostname.replace(/^www\./, ''), url: s }
        : (ctx.sources[s] ?? { name: s }),
    ),
    checked: record.checked,
    asOf: ctx.asOf,
  };
  if (record.native) view.native = record.native;
  if (lifespan) view.lifespan = lifespan;
  if (ended && compareDates(ended, date) > 0)
    view.ended = `${record.kind === 'person' ? 'Died' : 'Dissolved'} ${formatDate(ended)}`;
  if (record.ownership) view.ownership = record.ownership;
  if (record.wikipedia)
    view.wikipedia = `https://en.wikipedia.org/wiki/${encodeURIComponent(record.wikipedia.replace(/ /g, '_'))}`;
  if (/^Q\d+$/.test(record.id)) view.wikidata = `https://www.wikidata.org/wiki/${record.id}`;
  if (record.website) view.website = record.website;
  return view;
}
