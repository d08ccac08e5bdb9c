/**
 * What the knowledge generators (scripts/kb/gen-*.ts) share: reading a World Factbook field, and writing
 * entities as knowledge/README.md writes them, so generated files read like the hand-written ones.
 */
import { Document, isMap, isSeq, visit } from 'yaml';
import type { EntityInput } from '../../src/knowledge/schema';

/** The `text` of a Factbook field at a path of section and field names, if present. */
export function fbText(profile: unknown, ...path: string[]): string | undefined {
  let node = profile;
  for (const key of [...path, 'text']) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Entities as YAML after `header`: `sources` on one line, and each object item of the lists named in
 * `flowItems` (aliases, roles, relations) on one line.
 */
export function toYaml(entities: EntityInput[], header: string, flowItems: readonly string[] = ['aliases']): string {
  const doc = new Document(entities);
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (key === 'sources' && isSeq(pair.value)) pair.value.flow = true;
      if (flowItems.includes(key) && isSeq(pair.value))
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return header + doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
