/**
 * Checking pack files before anything is saved: every file goes through the background's checkPack (the
 * schema and the bundled knowledge base), then ids are checked against the user's other packs and entries
 * and across the files themselves. All issues of all files are returned; the import is all or nothing.
 */
import { MAX_PACK_CHARS } from '../knowledge/pack-check';
import type { EntityIssue } from '../knowledge/schema';
import type { PackCheckResult } from '../messaging/protocol';
import { definedIds, packName, type Pack, type PackStore } from '../settings/packs';

export interface ImportFile {
  name: string;
  text: string;
}

export type ImportResult = { ok: true; packs: Pack[] } | { ok: false; issues: EntityIssue[] };

/** The checkPack message limits a file name; longer ones are cut (the name is only a label). */
const MAX_FILE_NAME = 200;

export interface ImportContext {
  store: PackStore;
  check: (file: string, text: string) => Promise<PackCheckResult>;
  now: number;
  newId: () => string;
}

export async function checkImport(files: readonly ImportFile[], ctx: ImportContext): Promise<ImportResult> {
  const issues: EntityIssue[] = [];
  const packs: Pack[] = [];
  const seenInImport = new Map<string, string>();
  /** Pack name → file: packs are stored by name, so a second file of the same name would replace the first. */
  const namesInImport = new Map<string, string>();
  for (const f of files) {
    const file = f.name.slice(0, MAX_FILE_NAME) || 'pack.json';
    if (f.text.length > MAX_PACK_CHARS) {
      issues.push({ file, entity: '(file)', field: '', message: `is too large (limit ${MAX_PACK_CHARS} characters)` });
      continue;
    }
    let result: PackCheckResult;
    try {
      result = await ctx.check(file, f.text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      issues.push({ file, entity: '(file)', field: '', message: `could not be checked: ${message}` });
      continue;
    }
    issues.push(...result.issues);
    if (result.issues.length) continue;
    const name = packName(JSON.parse(f.text), file);
    const sameName = namesInImport.get(name);
    if (sameName !== undefined)
      issues.push({
        file,
        entity: '(file)',
        field: 'name',
        message: `has the pack name "${name}", as ${sameName} does; one would replace the other`,
      });
    namesInImport.set(name, file);
    const taken = definedIds(ctx.store, { packName: name });
    for (const e of result.entities) {
      const where = seenInImport.get(e.id) ?? taken.get(e.id);
      if (where) issues.push({ file, entity: e.id, field: 'id', message: `is already defined in ${where}` });
      seenInImport.set(e.id, file);
    }
    packs.push({ id: ctx.newId(), name, importedAt: ctx.now, entities: result.entities });
  }
  if (!files.length) issues.push({ file: '(none)', entity: '(file)', field: '', message: 'no file was chosen' });
  return issues.length ? { ok: false, issues } : { ok: true, packs };
}
