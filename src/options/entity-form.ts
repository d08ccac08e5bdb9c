/**
 * The custom-entity form's values and the entity they stand for. The form shows the fields a user writes
 * by hand; an edited entry keeps everything else it had (more roles, relations, alias types), so editing
 * never loses data the form does not show. Pure.
 */
import type { EntityInput, Kind } from '../knowledge/schema';

export interface EntityFormValues {
  id: string;
  kind: Kind;
  name: string;
  description: string;
  /** One per line. */
  aliases: string;
  country: string;
  roleTitle: string;
  roleStart: string;
  website: string;
  /** One per line: https links (or keys of the bundled sources). */
  sources: string;
  checked: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function valuesFromEntity(e: EntityInput | undefined, today: string): EntityFormValues {
  const role = e?.roles?.[0];
  return {
    id: e?.id ?? '',
    kind: e?.kind ?? 'person',
    name: e?.name ?? '',
    description: e?.description ?? '',
    aliases: (e?.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text)).join('\n'),
    country: e?.country ?? '',
    roleTitle: role?.title ?? '',
    roleStart: role?.start ?? '',
    website: e?.website ?? '',
    sources: (e?.sources ?? []).join('\n'),
    checked: e?.checked ?? today,
  };
}

/** A local id from the name: "Jane Doe" → "x-jane-doe" (numbered if taken; dated if the name has no Latin letters). */
export function suggestId(name: string, taken: ReadonlySet<string>, now: number): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const base = `x-${slug || `entry-${now.toString(36)}`}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The entity as JSON-ready data, for checkPack to validate (so it is held to the pack rules exactly).
 * Empty optional fields are left out; `original` supplies what the form does not show.
 */
export function entityFromValues(values: EntityFormValues, original?: EntityInput): Record<string, unknown> {
  const out: Record<string, unknown> = { ...original };
  const set = (key: string, value: unknown, keep: boolean) => {
    if (keep) out[key] = value;
    else delete out[key];
  };
  out.id = values.id.trim();
  out.kind = values.kind;
  out.name = values.name.trim();
  out.description = values.description.trim();
  const originalAliases = new Map((original?.aliases ?? []).map((a) => [typeof a === 'string' ? a : a.text, a]));
  const aliases = lines(values.aliases).map((text) => originalAliases.get(text) ?? text);
  set('aliases', aliases, aliases.length > 0);
  set('country', values.country.trim(), !!values.country.trim());
  set('website', values.website.trim(), !!values.website.trim());
  const [first, ...rest] = original?.roles ?? [];
  const title = values.roleTitle.trim();
  const start = values.roleStart.trim();
  const role = title ? { ...first, title, ...(start ? { start } : {}) } : undefined;
  if (role && !start) delete role.start;
  const roles = role ? [role, ...rest] : rest;
  set('roles', roles, roles.length > 0);
  out.sources = lines(values.sources);
  out.checked = values.checked.trim();
  return out;
}
