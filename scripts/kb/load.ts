/**
 * Reads knowledge/ from disk: every YAML file under it except meta.yaml and sources.yaml is a list of
 * entities. Validates each file against the schema, then the whole against the integrity rules.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { validateEntities, type EntityInput, type EntityIssue } from '../../src/knowledge/schema';
import { checkIntegrity, type Located } from '../../src/knowledge/integrity';

export const KNOWLEDGE_DIR = join(import.meta.dirname, '..', '..', 'knowledge');
const RESERVED = new Set(['meta.yaml', 'sources.yaml']);
/** Inputs of the generators, not entities: overrides/ (merged by gen-*.ts) and raw/ (source extracts). */
const NOT_ENTITIES = new Set(['overrides', 'raw']);

export interface KnowledgeMeta {
  asOf: string;
  /**
   * Deaths and changes of office after `asOf` are recorded for the most-named actors up to this date; no date in
   * knowledge/ may be later. Without it, `asOf`.
   */
  eventsTo?: string;
  version: number;
}
export interface SourceInfo {
  /** Short name shown on cards. */
  label: string;
  name: string;
  url: string;
  license: string;
  note?: string;
}
export interface LoadedKnowledge {
  meta: KnowledgeMeta;
  sources: Record<string, SourceInfo>;
  items: Located[];
  entities: EntityInput[];
  issues: EntityIssue[];
  files: string[];
  /** Common given names (given-names.txt; see scripts/kb/extract-given-names.ts). */
  givenNames: string[];
}

/** The names of given-names.txt: one per line, after its `#` comments. */
function readGivenNames(dir: string): string[] {
  const path = join(dir, 'given-names.txt');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function yamlFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!(dir === root && NOT_ENTITIES.has(name))) out.push(...yamlFiles(path, root));
    } else if (name.endsWith('.yaml') && !(dir === root && RESERVED.has(name))) out.push(path);
  }
  return out;
}

/**
 * An unquoted URL with a "?" inside a flow list (`sources: [wikipedia, https://x.org/?p=1]`): our parser reads it
 * (YAML 1.2), but PyYAML and other YAML 1.1 readers stop there, taking "?" for a mapping key, and the knowledge base
 * is meant to be read by anyone's tools.
 */
const UNQUOTED_QUERY_IN_FLOW = /[[,]\s*(https?:\/\/[^,\]\s'"]*\?[^,\]\s]*)/;

function readYaml(path: string, file: string, issues: EntityIssue[]): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    text.split('\n').forEach((line, i) => {
      const m = UNQUOTED_QUERY_IN_FLOW.exec(line);
      if (m)
        issues.push({
          file,
          entity: '(file)',
          field: `line ${i + 1}`,
          message: `quote ${m[1]} ('…'): other YAML readers take its "?" inside [ ] for a key`,
        });
    });
    return parse(text, { uniqueKeys: true, maxAliasCount: 0 });
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message.split('\n')[0]! : String(err);
    issues.push({ file, entity: '(file)', field: '', message: `not valid YAML: ${message}` });
    return undefined;
  }
}

export function loadKnowledge(dir = KNOWLEDGE_DIR): LoadedKnowledge {
  const issues: EntityIssue[] = [];
  const meta = readYaml(join(dir, 'meta.yaml'), 'meta.yaml', issues) as KnowledgeMeta;
  if (!meta || !/^\d{4}-\d{2}-\d{2}$/.test(String(meta.asOf))) {
    throw new Error('knowledge/meta.yaml: asOf must be a YYYY-MM-DD date');
  }
  if (
    meta.eventsTo !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(String(meta.eventsTo)) || String(meta.eventsTo) < String(meta.asOf))
  ) {
    throw new Error('knowledge/meta.yaml: eventsTo must be a YYYY-MM-DD date, not before asOf');
  }
  const sources = (readYaml(join(dir, 'sources.yaml'), 'sources.yaml', issues) ?? {}) as Record<string, SourceInfo>;
  const items: Located[] = [];
  const files = yamlFiles(dir);
  for (const path of files) {
    const file = relative(dir, path);
    const raw = readYaml(path, file, issues);
    if (raw === undefined) continue;
    const result = validateEntities(raw, file);
    issues.push(...result.issues);
    for (const entity of result.entities) items.push({ file, entity });
  }
  issues.push(...checkIntegrity(items, String(meta.eventsTo ?? meta.asOf), new Set(Object.keys(sources))));
  return {
    meta,
    sources,
    items,
    entities: items.map((i) => i.entity),
    issues,
    files,
    givenNames: readGivenNames(dir),
  };
}
