/**
 * The one schema for knowledge entities: the files in `knowledge/`, and personal packs a user imports.
 * Both go through `validateEntities`, so a pack is held to exactly the rules the bundled data is.
 * Pure: no DOM, no `browser`.
 */
import { KIND_CODES } from '../core/index-flags';
import * as v from 'valibot';
import { compareDates } from './dates';

export { compareDates };

/** Wikidata item id, or a local id (`x-` + slug) where no QID could be verified. */
export const ID_PATTERN = /^(Q[1-9]\d*|x-[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** ISO 8601 date at the precision known: year, year-month or full date. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** BCP 47 primary language subtag (optionally with a script/region: zh-Hant). */
const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/;

/** The kinds of actor, in the order of the codes the match index stores (one list: index-flags.ts). */
export const KINDS = KIND_CODES;
export type Kind = (typeof KINDS)[number];

export const ALIAS_TYPES = [
  'name', // another full name or spelling (transliteration variant)
  'short', // a short form of an organization's or country's name
  'acronym', // matches only with the case it is written in (NATO, IRGC, dpa)
  'surname', // a person's surname or short name: alone only if resolved (see README)
  'former', // a former name (Burma, Swaziland)
  'nickname', // a by-name used in the press (MBS)
  'metonym', // a place or building standing for the body (the Kremlin, Downing Street)
] as const;

export const ROLE_CATEGORIES = [
  'head-of-state',
  'head-of-state-and-government', // presidential systems: US, Turkey (since 2018), Brazil…
  'head-of-government',
  'deputy-head-of-government',
  'foreign-minister',
  'defence-minister',
  'minister',
  'spokesperson',
  'leader', // leader of an organization, party or armed group
  'deputy-leader',
  'commander',
  'official',
  'legislator',
  'judge',
  'diplomat',
  'executive', // head of a company or media organization
  'other',
] as const;

export const RELATION_TYPES = [
  'spokesperson-of',
  'leader-of',
  'member-of',
  'part-of',
  'backed-by',
  'allied-with',
  'owned-by',
  'affiliated-with',
  'successor-of',
  'split-from',
  'child-of',
  'spouse-of',
  'sibling-of',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a Wikidata QID (Q123) or a local id (x-some-slug)'));
const partialDate = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE_PATTERN, 'must be an ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD'),
);
const fullDate = v.pipe(v.string(), v.regex(FULL_DATE_PATTERN, 'must be a full ISO date YYYY-MM-DD'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const url = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'));

export const AliasSchema = v.union([
  text(120),
  v.strictObject({
    text: text(120),
    type: v.optional(v.picklist(ALIAS_TYPES)),
    /** Only in the case written here (default for acronyms). */
    exactCase: v.optional(v.boolean()),
    /** Also a common word or the name of something else: needs supporting context in the text. */
    ambiguous: v.optional(v.boolean()),
    /** A surname prominent enough to stand alone (Putin, Erdoğan). */
    standalone: v.optional(v.boolean()),
    lang: v.optional(v.pipe(v.string(), v.regex(LANG_PATTERN))),
  }),
]);
export type AliasInput = v.InferOutput<typeof AliasSchema>;

export const RoleSchema = v.strictObject({
  title: text(160),
  category: v.optional(v.picklist(ROLE_CATEGORIES)),
  /** The country, body or organization the office belongs to. */
  of: v.optional(id),
  /** Key of the office (its QID where known): at most one holder at a time unless `shared`. */
  office: v.optional(v.pipe(v.string(), v.regex(/^(Q[1-9]\d*|[a-z0-9]+(?:-[a-z0-9]+)*)$/))),
  shared: v.optional(v.boolean()),
  start: v.optional(partialDate),
  end: v.optional(partialDate),
  /** With no `end`: the last date a source confirms the role was held (status after it unknown). */
  confirmed: v.optional(partialDate),
  acting: v.optional(v.boolean()),
  note: v.optional(text(300)),
});
export type RoleInput = v.InferOutput<typeof RoleSchema>;

export const RelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  target: id,
  start: v.optional(partialDate),
  end: v.optional(partialDate),
  note: v.optional(text(300)),
});

export const DesignationSchema = v.strictObject({
  /** Who designated: a country code (US, UK, CA, AU…) or a bloc (EU, UN). */
  by: v.pipe(v.string(), v.regex(/^[A-Z]{2,3}$/, 'must be a code such as US, UK, EU, UN')),
  list: v.optional(text(160)),
  start: v.optional(partialDate),
  end: v.optional(partialDate),
  note: v.optional(text(300)),
});

export const EntitySchema = v.strictObject({
  id,
  /**
   * Local ids this entity had in earlier releases, before its Wikidata QID was verified and became its id.
   * What a user saved under an old id (a muted entity) still applies to it.
   */
  formerIds: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^x-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a local id (x-…)'))),
  ),
  kind: v.picklist(KINDS),
  name: text(160),
  /** Names in other languages, keyed by language code. */
  names: v.optional(v.record(v.pipe(v.string(), v.regex(LANG_PATTERN, 'must be a language code')), text(200))),
  /** Which entry of `names` is the native-script name shown on the card. */
  native: v.optional(v.pipe(v.string(), v.regex(LANG_PATTERN))),
  aliases: v.optional(v.array(AliasSchema)),
  description: text(220),
  born: v.optional(partialDate),
  died: v.optional(partialDate),
  founded: v.optional(partialDate),
  dissolved: v.optional(partialDate),
  /** Country of citizenship or base. */
  country: v.optional(id),
  iso2: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  iso3: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  unMember: v.optional(v.boolean()),
  /** A country's demonyms as English writes them before a noun ("Kenyan"): "the Kenyan parliament". */
  demonyms: v.optional(v.array(text(40))),
  roles: v.optional(v.array(RoleSchema)),
  relations: v.optional(v.array(RelationSchema)),
  designations: v.optional(v.array(DesignationSchema)),
  /** Ownership or state affiliation, for media and companies: a short phrase. */
  ownership: v.optional(text(200)),
  /** Relative priority against other entities sharing an alias (1 obscure … 5 world-famous). */
  prominence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  /** English Wikipedia article title (spaces or underscores). */
  wikipedia: v.optional(text(200)),
  website: v.optional(url),
  /** Keys from knowledge/sources.yaml, or https URLs. */
  sources: v.pipe(v.array(v.union([v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), url])), v.minLength(1)),
  /** The date the entry was last checked against its sources. */
  checked: fullDate,
});
export type EntityInput = v.InferOutput<typeof EntitySchema>;

export interface EntityIssue {
  file: string;
  /** The entity's id or, failing that, its name or position in the file. */
  entity: string;
  /** Dotted path to the field, e.g. `roles.0.start`. */
  field: string;
  message: string;
}

/** Formats an issue the way the build and the import dialog print it. */
export function formatIssue(issue: EntityIssue): string {
  return `${issue.file}: ${issue.entity}: ${issue.field || '(entity)'}: ${issue.message}`;
}

function entityLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.name === 'string') return `"${r.name}"`;
  }
  return `#${index + 1}`;
}

/**
 * Validates a list of raw entities from one file. Returns the valid entities and every problem found
 * (never stops at the first), so a reviewer or a user importing a pack can fix them all in one pass.
 */
export function validateEntities(raw: unknown, file: string): { entities: EntityInput[]; issues: EntityIssue[] } {
  if (!Array.isArray(raw)) {
    return {
      entities: [],
      issues: [{ file, entity: '(file)', field: '', message: 'must be a list of entities' }],
    };
  }
  const entities: EntityInput[] = [];
  const issues: EntityIssue[] = [];
  raw.forEach((item, index) => {
    const result = v.safeParse(EntitySchema, item);
    if (result.success) {
      const semantic = checkEntity(result.output);
      if (semantic.length === 0) entities.push(result.output);
      for (const s of semantic) issues.push({ file, entity: result.output.id, ...s });
      return;
    }
    for (const issue of result.issues) {
      issues.push({
        file,
        entity: entityLabel(item, index),
        field: v.getDotPath(issue) ?? '',
        message: issue.message,
      });
    }
  });
  return { entities, issues };
}

/** Rules within one entity that a schema cannot express. */
function checkEntity(e: EntityInput): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const before = (a: string | undefined, b: string | undefined) => a && b && compareDates(a, b) > 0;
  if (before(e.born, e.died)) out.push({ field: 'died', message: `is before born (${e.born})` });
  if (before(e.founded, e.dissolved)) out.push({ field: 'dissolved', message: `is before founded (${e.founded})` });
  if (e.native && !e.names?.[e.native]) out.push({ field: 'native', message: `names.${e.native} is missing` });
  if (e.kind !== 'person' && (e.born || e.died)) out.push({ field: 'born', message: 'only people have born/died' });
  e.roles?.forEach((r, i) => {
    if (before(r.start, r.end)) out.push({ field: `roles.${i}.end`, message: `is before start (${r.start})` });
    if (r.end && r.confirmed) out.push({ field: `roles.${i}.confirmed`, message: 'is only for roles with no end' });
    if (e.born && r.start && compareDates(r.start, e.born) < 0)
      out.push({ field: `roles.${i}.start`, message: `is before birth (${e.born})` });
    if (e.died && r.start && compareDates(r.start, e.died) > 0)
      out.push({ field: `roles.${i}.start`, message: `is after death (${e.died})` });
    if (e.died && !r.end && !r.confirmed && e.kind === 'person')
      out.push({ field: `roles.${i}.end`, message: `is missing though the person died (${e.died})` });
  });
  e.relations?.forEach((r, i) => {
    if (before(r.start, r.end)) out.push({ field: `relations.${i}.end`, message: `is before start (${r.start})` });
    if (r.target === e.id) out.push({ field: `relations.${i}.target`, message: 'points to the entity itself' });
  });
  e.designations?.forEach((d, i) => {
    if (before(d.start, d.end)) out.push({ field: `designations.${i}.end`, message: `is before start (${d.start})` });
  });
  return out;
}
