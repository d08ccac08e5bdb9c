/**
 * Importing a personal pack: every problem of every file is listed with file, entity and field, and an
 * import with any problem saves nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_PACK_CHARS } from '../../src/knowledge/pack-check';
import type { EntityIssue } from '../../src/knowledge/schema';
import { checkImport, type ImportContext } from '../../src/options/pack-import';
import type { Pack, PackStore } from '../../src/settings/packs';
import { check, localEntity, packFile } from './helpers/packs';

const terekhov = localEntity('x-ihor-terekhov', 'Ihor Terekhov', { country: 'Q212' });
const sadovyi = localEntity('x-andriy-sadovyi', 'Andriy Sadovyi', { description: 'Mayor of Lviv since 2006' });
const klitschko = localEntity('x-vitali-klitschko', 'Vitali Klitschko', { description: 'Mayor of Kyiv since 2014' });

/** Issues as [entity, field] pairs of one file, for readable assertions. */
const where = (issues: EntityIssue[]) => issues.map((i) => [i.file, i.entity, i.field]);

describe('checkPack', () => {
  it('accepts a valid pack, as a list or as an object with a name, referring to bundled entities', () => {
    const asList = check('mayors.json', JSON.stringify([terekhov, sadovyi]));
    expect(asList).toEqual({ entities: [terekhov, sadovyi], issues: [] });
    const asObject = check('mayors.json', JSON.stringify({ name: 'Mayors', entities: [terekhov] }));
    expect(asObject).toEqual({ entities: [terekhov], issues: [] });
  });

  it('lists every problem with its file, entity and field, and keeps no entity', () => {
    const text = JSON.stringify([
      terekhov,
      { ...sadovyi, description: '', checked: 'last week' },
      { ...klitschko, id: 'vitali' },
      localEntity('x-born-late', 'Born Late', { born: '1990-01-01', died: '1980-01-01' }),
      localEntity('x-unknown-source', 'Unknown Source', { sources: ['my-notes'] }),
      localEntity('x-dangling', 'Dangling', { country: 'x-atlantis' }),
      localEntity('Q7747', 'Vladimir Putin'),
      { ...terekhov, name: 'Ihor Terekhov (again)' },
      'just a string',
    ]);
    const result = check('mayors.json', text);
    expect(result.entities).toEqual([]);
    expect(where(result.issues)).toEqual(
      expect.arrayContaining([
        ['mayors.json', 'x-andriy-sadovyi', 'description'],
        ['mayors.json', 'x-andriy-sadovyi', 'checked'],
        ['mayors.json', 'vitali', 'id'],
        ['mayors.json', 'x-born-late', 'died'],
        ['mayors.json', 'x-unknown-source', 'sources.0'],
        ['mayors.json', 'x-dangling', 'country'],
        ['mayors.json', 'Q7747', 'id'],
        ['mayors.json', 'x-ihor-terekhov', 'id'],
        ['mayors.json', '#9', ''],
      ]),
    );
    for (const issue of result.issues) expect(issue.message).toBeTruthy();
  });

  it.each([
    ['not JSON', '{ "entities": [ '],
    ['a number', '42'],
    ['null', 'null'],
    ['an object without entities', '{"name":"Mayors"}'],
    ['entities that are not a list', '{"entities":{"x-a":{}}}'],
  ])('reports a file that is %s as one problem of the file', (_name, text) => {
    const result = check('broken.json', text);
    expect(result.entities).toEqual([]);
    expect(where(result.issues)).toEqual([['broken.json', '(file)', '']]);
  });

  it('refuses a file too large, without reading it', () => {
    const result = check('huge.json', ' '.repeat(MAX_PACK_CHARS + 1));
    expect(where(result.issues)).toEqual([['huge.json', '(file)', '']]);
    expect(result.issues[0]!.message).toMatch(/too large/);
  });
});

describe('checkImport', () => {
  let ids = 0;
  const context = (store: PackStore = { packs: [], own: [] }): ImportContext => ({
    store,
    check: (file, text) => Promise.resolve(check(file, text)),
    now: 1_760_000_000_000,
    newId: () => `pack-${++ids}`,
  });
  const existing: Pack = { id: 'old', name: 'Mayors', importedAt: 1, entities: [terekhov] };

  it('accepts valid files, named after their "name" or their file', async () => {
    const result = await checkImport(
      [packFile('kharkiv.json', [terekhov], 'Kharkiv'), packFile('lviv-mayors.json', [sadovyi])],
      context(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.packs.map((p) => [p.name, p.entities.map((e) => e.id), p.importedAt])).toEqual([
      ['Kharkiv', [terekhov.id], 1_760_000_000_000],
      ['lviv-mayors', [sadovyi.id], 1_760_000_000_000],
    ]);
    expect(new Set(result.packs.map((p) => p.id)).size).toBe(2);
  });

  it('accepts nothing when one file of several is invalid, listing that file’s problems', async () => {
    const result = await checkImport(
      [packFile('good.json', [sadovyi]), packFile('bad.json', [{ ...klitschko, kind: 'mayor' }])],
      context(),
    );
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: 'bad.json', entity: klitschko.id, field: 'kind' })],
    });
  });

  it('reports an id another pack or an own entry already defines', async () => {
    const store = { packs: [existing], own: [sadovyi] };
    const result = await checkImport([packFile('more.json', [terekhov, sadovyi, klitschko], 'More')], context(store));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.entity, i.field, i.message])).toEqual([
      [terekhov.id, 'id', 'is already defined in Mayors'],
      [sadovyi.id, 'id', 'is already defined in my entries'],
    ]);
  });

  it('reports the same id in two files of one import', async () => {
    const result = await checkImport([packFile('a.json', [klitschko]), packFile('b.json', [klitschko])], context());
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: 'b.json', entity: klitschko.id, field: 'id' })],
    });
  });

  it('lets a newer version of an installed pack replace it', async () => {
    const result = await checkImport(
      [packFile('mayors.json', [terekhov, sadovyi], 'Mayors')],
      context({ packs: [existing], own: [] }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports two files of one import that would be saved under the same pack name', async () => {
    const result = await checkImport(
      [packFile('kharkiv.json', [terekhov], 'Mayors'), packFile('lviv.json', [sadovyi], 'Mayors')],
      context(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ file: 'lviv.json', entity: '(file)' })]);
    expect(result.issues[0]!.message).toContain('Mayors');
  });

  it('reports a file that could not be checked, and a choice of no file', async () => {
    const failing = {
      ...context(),
      check: vi.fn<ImportContext['check']>().mockRejectedValue(new Error('background unavailable')),
    };
    const result = await checkImport([packFile('a.json', [klitschko])], failing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual([['a.json', '(file)', '']]);
    expect(result.issues[0]!.message).toContain('background unavailable');
    expect(await checkImport([], context())).toMatchObject({ ok: false, issues: [{ entity: '(file)' }] });
  });
});
