/**
 * A broken knowledge base is reported precisely (file: entity: field: message) and never half-loaded:
 * schema errors, YAML errors, dangling references, overlapping office holders, implausible dates and
 * alias collisions nobody meant.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../scripts/kb/load';
import { compileKnowledgeToDir, KnowledgeError } from '../../scripts/kb/compile-to-dir';
import { formatIssue, type EntityInput } from '../../src/knowledge/schema';
import { checkIntegrity } from '../../src/knowledge/integrity';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A knowledge folder with meta.yaml, sources.yaml and the given entity files. */
function knowledgeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-kb-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'meta.yaml'), 'asOf: 2026-01-22\nversion: 1\n');
  writeFileSync(
    join(dir, 'sources.yaml'),
    'wikidata: { label: Wikidata, name: Wikidata, url: https://www.wikidata.org, license: CC0 1.0 }\n',
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const IRAN = `- { id: Q794, kind: country, name: Iran, description: 'Country in Western Asia, capital Tehran', sources: [wikidata], checked: 2026-01-22 }\n`;

describe('loading a malformed knowledge base', () => {
  it('names the file, the entity and the field of each schema error', () => {
    const dir = knowledgeDir({
      'countries/asia.yaml': IRAN,
      'people/iran.yaml': `
- id: Q5947347
  kind: persn
  name: Ebrahim Raisi
  description: Iranian cleric and politician
  born: 1960-14-12
  sources: [wikidata]
  checked: 2026-01-22
- id: not-an-id
  kind: person
  name: Somebody
  description: A person without sources
  checked: 2026-01-22
`,
    });
    const lines = loadKnowledge(dir).issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^people\/iran\.yaml: Q5947347: kind: /),
        expect.stringMatching(/^people\/iran\.yaml: Q5947347: born: /),
        expect.stringMatching(/^people\/iran\.yaml: not-an-id: id: /),
        expect.stringMatching(/^people\/iran\.yaml: not-an-id: sources: /),
      ]),
    );
  });

  it('reports a file that is not YAML instead of skipping it silently', () => {
    const dir = knowledgeDir({ 'countries/asia.yaml': IRAN, 'people/bad.yaml': '- id: Q1\n  name: [unclosed\n' });
    expect(loadKnowledge(dir).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^people\/bad\.yaml: .*not valid YAML/),
    ]);
  });

  it('reports an unquoted URL with a "?" in a flow list, which other YAML readers cannot parse', () => {
    const dir = knowledgeDir({
      'countries/asia.yaml': IRAN,
      'people/iran.yaml': `- { id: Q5947347, kind: person, name: Ebrahim Raisi, description: Iranian politician and cleric, country: Q794, sources: [wikidata, https://president.ir/?p=1], checked: 2026-01-22 }\n`,
    });
    expect(loadKnowledge(dir).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^people\/iran\.yaml: .*line 1.*quote https:\/\/president\.ir\/\?p=1/),
    ]);
  });

  it('fails the build with every problem listed', () => {
    const dir = knowledgeDir({
      'people/iran.yaml': `- { id: Q5947347, kind: person, name: Ebrahim Raisi, description: Iranian politician and cleric, country: Q794, sources: [wikidata], checked: 2026-01-22 }\n`,
    });
    const out = mkdtempSync(join(tmpdir(), 'dramatis-kb-out-'));
    dirs.push(out);
    const previous = process.env.DRAMATIS_KB_PARTIAL;
    delete process.env.DRAMATIS_KB_PARTIAL;
    try {
      expect(() => compileKnowledgeToDir(out, dir)).toThrow(KnowledgeError);
      expect(() => compileKnowledgeToDir(out, dir)).toThrow(/people\/iran\.yaml: Q5947347: country: points to Q794/);
    } finally {
      if (previous !== undefined) process.env.DRAMATIS_KB_PARTIAL = previous;
    }
  });
});

const person = (id: string, name: string, extra: Partial<EntityInput> = {}): EntityInput => ({
  id,
  kind: 'person',
  name,
  description: `${name}, a test person`,
  sources: ['wikidata'],
  checked: '2026-01-22',
  ...extra,
});
const country: EntityInput = {
  id: 'Q794',
  kind: 'country',
  name: 'Iran',
  description: 'Country in Western Asia',
  sources: ['wikidata'],
  checked: '2026-01-22',
};
const check = (entities: EntityInput[]) =>
  checkIntegrity(
    entities.map((entity) => ({ file: 'people/test.yaml', entity })),
    '2026-01-22',
    new Set(['wikidata']),
  ).map(formatIssue);

describe('integrity rules', () => {
  it('rejects a duplicate id', () => {
    expect(check([country, person('Q1', 'A B'), person('Q1', 'C D')])).toEqual([
      expect.stringMatching(/Q1: id: is also used in people\/test\.yaml/),
    ]);
  });

  it('rejects two holders of a single-holder office at the same time, but not a hand-over', () => {
    const role = (start: string, end?: string) => ({
      title: 'President of Iran',
      of: 'Q794',
      office: 'Q838380',
      start,
      ...(end ? { end } : {}),
    });
    expect(
      check([
        country,
        person('Q1', 'Hassan Rouhani', { roles: [role('2013-08-03', '2021-08-03')] }),
        person('Q2', 'Ebrahim Raisi', { roles: [role('2021-08-03', '2024-05-19')] }),
      ]),
    ).toEqual([]);
    expect(
      check([
        country,
        person('Q1', 'Hassan Rouhani', { roles: [role('2013-08-03', '2022-01-01')] }),
        person('Q2', 'Ebrahim Raisi', { roles: [role('2021-08-03')] }),
      ]),
    ).toEqual([expect.stringMatching(/Q2: roles\.0: office Q838380 .* overlaps Hassan Rouhani/)]);
  });

  it('rejects dates after the knowledge base date and before any plausible one', () => {
    expect(check([person('Q1', 'A B', { born: '1066' }), person('Q2', 'C D', { died: '2027-01-01' })])).toEqual([
      expect.stringMatching(/Q1: born: 1066 is implausibly early/),
      expect.stringMatching(/Q2: died: 2027-01-01 is after the knowledge base date/),
    ]);
  });

  it('rejects a name shared by two entities unless both say it is ambiguous', () => {
    const georgiaCountry = { ...country, id: 'Q230', name: 'Georgia', description: 'Country in the Caucasus' };
    const georgiaState = {
      ...country,
      id: 'Q1428',
      kind: 'territory' as const,
      name: 'Georgia (U.S. state)',
      description: 'State of the United States',
      aliases: ['Georgia'],
    };
    expect(check([georgiaCountry, georgiaState])).toEqual([
      expect.stringMatching(/Q1428: aliases: "Georgia" is also a name of Q230/),
    ]);
    const meant = [
      { ...georgiaCountry, aliases: [{ text: 'Georgia', ambiguous: true }] },
      { ...georgiaState, aliases: [{ text: 'Georgia', ambiguous: true }] },
    ];
    expect(check(meant)).toEqual([]);
  });

  it('keeps a retired local id retired: not reused, not claimed twice, not pointed to', () => {
    const renamed = person('Q7937671', 'Vivian Balakrishnan', { formerIds: ['x-vivian-balakrishnan'] });
    expect(check([renamed])).toEqual([]);
    expect(check([renamed, person('x-vivian-balakrishnan', 'V B')])).toEqual([
      expect.stringMatching(/Q7937671: formerIds\.0: x-vivian-balakrishnan is the id of "V B"/),
    ]);
    expect(check([renamed, person('Q2', 'V B', { formerIds: ['x-vivian-balakrishnan'] })])).toEqual([
      expect.stringMatching(/Q2: formerIds\.0: x-vivian-balakrishnan is also a former id of Q7937671/),
    ]);
    const colleague = person('Q3', 'C D', { relations: [{ type: 'allied-with', target: 'x-vivian-balakrishnan' }] });
    expect(check([renamed, colleague])).toEqual([
      expect.stringMatching(/Q3: relations\.0\.target: points to x-vivian-balakrishnan, now Q7937671: use the new id/),
    ]);
  });

  it('rejects a whole name marked as a surname, which would never be read', () => {
    const aliases = [{ text: 'Andrei Rodrigues', type: 'surname' as const }];
    expect(check([person('Q1', 'Andrei Rodrigues', { aliases })])).toEqual([
      expect.stringMatching(/Q1: aliases\.0: "Andrei Rodrigues" is the whole name, not a surname/),
    ]);
  });

  it('rejects one person entered twice, and accepts twins that are related', () => {
    const born = { born: '1950-11-06', country: 'Q794' };
    const a = person('x-sheikh-rashid-ahmed', 'Sheikh Rashid Ahmed', born);
    const b = person('x-sheikh-rashid-ahmad', 'Sheikh Rashid Ahmad', born);
    expect(check([country, a, person('x-other', 'Farid Ahmed', { ...born, born: '1950-11-07' })])).toEqual([]);
    expect(check([country, a, person('x-twice', 'S. R. Ahmed', born)])).toEqual([
      expect.stringMatching(/x-twice: id: looks like x-sheikh-rashid-ahmed .*same birth date, country and surname/),
    ]);
    // Different spellings of the surname are not caught by this rule; the same one is.
    expect(check([country, a, b])).toEqual([]);
    const twin = person('x-twin', 'Tyler Ahmed', { ...born, relations: [{ type: 'sibling-of', target: a.id }] });
    expect(check([country, a, twin])).toEqual([]);
  });

  it('rejects a source key that sources.yaml does not define', () => {
    expect(check([person('Q1', 'A B', { sources: ['my-blog'] })])).toEqual([
      expect.stringMatching(/Q1: sources\.0: "my-blog" is not a key/),
    ]);
  });
});
