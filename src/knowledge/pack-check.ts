/**
 * Validates a personal knowledge pack the way the build validates knowledge/: the same schema, the same
 * integrity rules, every problem listed with its file, entity and field. A pack may refer to bundled
 * entities (relations, roles, country) but not redefine them. Pure.
 */
import { checkIntegrity } from './integrity';
import { validateEntities, type EntityInput, type EntityIssue } from './schema';

/** Largest pack accepted (characters of JSON): well beyond any hand-made pack, far below storage limits. */
export const MAX_PACK_CHARS = 5_000_000;

export interface PackCheck {
  entities: EntityInput[];
  issues: EntityIssue[];
}

/** Source keys a pack may cite besides URLs (the bundled ones, and "user" for the user's own knowledge). */
export function checkPack(
  text: string,
  file: string,
  options: { asOf: string; isBundled: (id: string) => boolean; sourceKeys: ReadonlySet<string> },
): PackCheck {
  const fail = (message: string): PackCheck => ({
    entities: [],
    issues: [{ file, entity: '(file)', field: '', message }],
  });
  if (text.length > MAX_PACK_CHARS)
    return fail(`is too large (${text.length} characters; the limit is ${MAX_PACK_CHARS})`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(`is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  // A pack is a list of entities, or an object with one: { "name": …, "entities": [ … ] }.
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? (raw as { entities?: unknown }).entities
      : undefined;
  if (!Array.isArray(list)) return fail('must be a list of entities, or an object with an "entities" list');
  const { entities, issues } = validateEntities(list, file);
  for (const e of entities) {
    if (options.isBundled(e.id))
      issues.push({
        file,
        entity: e.id,
        field: 'id',
        message: 'is already in the bundled knowledge base; use a new id (x-…)',
      });
  }
  // Integrity within the pack; references to bundled entities are fine.
  const integrity = checkIntegrity(
    entities.map((entity) => ({ file, entity })),
    options.asOf,
    options.sourceKeys,
  ).filter((i) => {
    const m = /^points to (\S+), which is not in the knowledge base$/.exec(i.message);
    return !(m && options.isBundled(m[1]!));
  });
  issues.push(...integrity);
  return { entities: issues.length ? [] : entities, issues };
}
