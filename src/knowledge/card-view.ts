/**
 * What a hover card shows, computed from an entity's card record for one article: the roles held at the
 * article's date and now, the links to the other actors on the page first, and where the facts come from.
 * Pure: the background computes it, the card UI only renders it.
 */
import type { CardRecord } from './card-records';
import { compareDates } from './dates';
import { unknownKind, unknownName } from '../core/unknown-id';

/**
 * What a chip says of a link, as a message the card translates: a role category ("role:head-of-state"), a
 * relation seen from either side ("rel:member-of", "inc:member-of"), or the country of a person or body.
 */
export type LinkKey = `role:${string}` | `rel:${string}` | `inc:${string}` | 'country' | 'based-in';

export interface CardLink {
  id: string;
  name: string;
  /** How this entity relates to the linked one, as a message key; `label` is its English text. */
  key?: LinkKey;
  /** English label: a short role title when the role has no category ("Governor of Moscow Oblast"). */
  label: string;
  /** The full wording (role titles), for a tooltip. */
  detail: string;
  onPage: boolean;
}

/** A role as the card shows it; dates are ISO at the precision known, formatted by the card. */
export interface CardRole {
  title: string;
  acting?: boolean;
  start?: string;
  end?: string;
  /** No end, and only known to be held on this date. */
  confirmed?: string;
}

export interface CardView {
  id: string;
  name: string;
  kind: string;
  native?: { lang: string; text: string };
  description: string;
  /** Life or existence dates, for "1960–2024", "born 1952", "founded 1982". */
  life?: { born?: string; died?: string; founded?: string; dissolved?: string };
  /** The article's date as given (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Roles held at the article's date. */
  then: CardRole[];
  /** Roles held as of the knowledge base date. */
  now: CardRole[];
  /** True when `then` and `now` differ, so the card shows both. */
  changed: boolean;
  /** Death or dissolution after the article's date: said after the roles. */
  ended?: { kind: 'died' | 'dissolved'; date: string };
  designations: { by: string; list?: string; start?: string; end?: string; note?: string }[];
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
  /**
   * A person the knowledge base does not know, found by how the article introduces them: the card says only
   * what the article says (the title it gives them, if any) and that Dramatis has no facts of its own.
   */
  unknown?: { title?: string };
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
  incoming: readonly { id: string; label: string; key?: LinkKey }[];
  sources: Record<string, { name: string; url: string }>;
}

/** English chip labels of relations (seen from the entity that states them): the card's fallback text. */
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

/** The message key of a role's chip label, when its category has one (else the title is shown as is). */
export function roleKey(r: { title: string; category?: string }): LinkKey | undefined {
  return r.category && ROLE_LABELS[r.category] ? `role:${r.category}` : r.title.length <= 28 ? undefined : 'role:other';
}

/** Held at `date`: started on or before it and not ended before it (partial dates compare by common precision). */
export function heldAt(r: Role, date: string): boolean | 'unknown' {
  if (r.start && compareDates(r.start, date) > 0) return false;
  if (r.end) return compareDates(r.end, date) >= 0;
  if (r.confirmed && compareDates(r.confirmed, date) < 0) return 'unknown';
  return true;
}

function roleView(r: Role): CardRole {
  const view: CardRole = { title: r.title };
  if (r.acting) view.acting = true;
  if (r.start) view.start = r.start;
  if (r.end) view.end = r.end;
  else if (r.confirmed) view.confirmed = r.confirmed;
  return view;
}

/**
 * The date the card's "now" is true at: the base's date, or the latest event it records for this actor after it
 * (a death, an office left or taken since), so that "Now (May 2026)" shows the office Viktor Orbán left in May
 * 2026 as left, where "Now (January 2026)" would wrongly show him out of it.
 */
function nowDate(record: CardRecord, asOf: string): string {
  let latest = asOf;
  const consider = (d: string | undefined) => {
    if (d && compareDates(d, latest) > 0) latest = d;
  };
  consider(record.died);
  consider(record.dissolved);
  for (const r of record.roles ?? []) {
    consider(r.start);
    consider(r.end);
  }
  return latest;
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
  const addLink = (id: string | undefined, key: LinkKey | undefined, label: string, detail = label) => {
    if (!id || id === record.id) return;
    const existing = links.find((l) => l.id === id);
    if (existing) {
      if (!existing.detail.includes(detail)) existing.detail += `; ${detail}`;
      return;
    }
    const name = ctx.nameOf(id);
    if (name) links.push({ id, name, ...(key ? { key } : {}), label, detail, onPage: onPage.has(id) });
  };
  for (const r of then.length ? then : roles.filter((x) => !x.end)) addLink(r.of, roleKey(r), roleLabel(r), r.title);
  for (const rel of record.relations ?? []) {
    if (rel.end && compareDates(rel.end, date) < 0) continue;
    addLink(rel.target, `rel:${rel.type}`, RELATION_LABELS[rel.type] ?? rel.type);
  }
  if (record.kind === 'person') addLink(record.country, 'country', 'Country');
  else addLink(record.country, 'based-in', 'Based in');
  for (const inc of ctx.incoming) if (onPage.has(inc.id)) addLink(inc.id, inc.key, inc.label);
  // Actors on the page first, then the rest in the order written.
  links.sort((a, b) => Number(b.onPage) - Number(a.onPage));

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
      ...(d.list ? { list: d.list } : {}),
      ...(d.start ? { start: d.start } : {}),
      ...(d.end ? { end: d.end } : {}),
      ...(d.note ? { note: d.note } : {}),
    })),
    links: links.slice(0, 12),
    sources: record.sources.map((s) =>
      s.startsWith('https://')
        ? { name: new URL(s).hostname.replace(/^www\./, ''), url: s }
        : (ctx.sources[s] ?? { name: s }),
    ),
    checked: record.checked,
    asOf: nowDate(record, ctx.asOf),
  };
  if (record.native) view.native = record.native;
  const life = {
    ...(record.born ? { born: record.born } : {}),
    ...(record.died ? { died: record.died } : {}),
    ...(record.founded ? { founded: record.founded } : {}),
    ...(record.dissolved ? { dissolved: record.dissolved } : {}),
  };
  if (Object.keys(life).length) view.life = life;
  if (ended && compareDates(ended, date) > 0)
    view.ended = { kind: record.kind === 'person' ? 'died' : 'dissolved', date: ended };
  if (record.ownership) view.ownership = record.ownership;
  if (record.wikipedia)
    view.wikipedia = `https://en.wikipedia.org/wiki/${encodeURIComponent(record.wikipedia.replace(/ /g, '_'))}`;
  if (/^Q\d+$/.test(record.id)) view.wikidata = `https://www.wikidata.org/wiki/${record.id}`;
  if (record.website) view.website = record.website;
  return view;
}

/**
 * The card of a person or a body the knowledge base does not know (ids "unknown:<name>", "unknown-body:<name>";
 * see unknown-id.ts): the name as the article writes it and the title it gives a person. No roles, links or
 * sources: there are none to show.
 */
export function unknownActorView(
  id: string,
  title: string | undefined,
  date: string | undefined,
  asOf: string,
): CardView {
  return {
    id,
    name: unknownName(id) ?? id,
    kind: unknownKind(id) ?? 'person',
    description: '',
    date: date ?? asOf,
    then: [],
    now: [],
    changed: false,
    designations: [],
    links: [],
    sources: [],
    checked: '',
    asOf,
    unknown: title ? { title } : {},
  };
}
