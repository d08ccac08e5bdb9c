/** Personal packs as stored: a corrupted store loses only what no longer validates; edits keep the rest. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPacks, updatePacks } from '../../src/settings/packs-store';
import {
  addPack,
  definedIds,
  exportOwn,
  OWN_ENTRIES,
  packEntities,
  packName,
  putOwn,
  readPacks,
  removeOwn,
  removePack,
  type Pack,
  type PackStore,
} from '../../src/settings/packs';
import { check, localEntity } from './helpers/packs';

const terekhov = localEntity('x-ihor-terekhov', 'Ihor Terekhov');
const sadovyi = localEntity('x-andriy-sadovyi', 'Andriy Sadovyi', { description: 'Mayor of Lviv since 2006' });
const pack = (id: string, name: string, entities = [terekhov]): Pack => ({
  id,
  name,
  importedAt: 1_700_000_000_000,
  entities,
});
const empty: PackStore = { packs: [], own: [] };

describe('readPacks', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'packs'],
    ['a number', 3],
  ])('reads %s as no packs', (_name, stored) => {
    expect(readPacks(stored)).toEqual(empty);
  });

  it('keeps valid packs and entities next to corrupted ones', () => {
    const read = readPacks({
      packs: [
        null,
        'a pack',
        { id: 7, name: 'no id', entities: [terekhov] },
        { id: 'p1', name: 'Mayors', importedAt: 5, entities: [terekhov, { id: 'broken' }, sadovyi] },
        { id: 'p2', name: 'Broken list', importedAt: 'yesterday', entities: 'not a list' },
      ],
      own: [sadovyi, { name: 'half an entity' }],
    });
    expect(read.packs).toEqual([
      { id: 'p1', name: 'Mayors', importedAt: 5, entities: [terekhov, sadovyi] },
      { id: 'p2', name: 'Broken list', importedAt: 0, entities: [] },
    ]);
    expect(read.own).toEqual([sadovyi]);
  });

  it('reads an import date no calendar has as unknown (0), keeping the pack', () => {
    const read = readPacks({ packs: [{ ...pack('p1', 'Mayors'), importedAt: 1e20 }] });
    expect(read.packs).toEqual([{ ...pack('p1', 'Mayors'), importedAt: 0 }]);
  });

  it('keeps the packs when the own entries are garbage', () => {
    const read = readPacks({ packs: [pack('p1', 'Mayors')], own: { not: 'a list' } });
    expect(read).toEqual({ packs: [pack('p1', 'Mayors')], own: [] });
  });
});

describe('editing the store', () => {
  it('lets the user’s own entry win over an imported one with the same id', () => {
    const mine = { ...terekhov, description: 'Mayor of Kharkiv (my note)' };
    expect(packEntities({ packs: [pack('p1', 'Mayors')], own: [mine] })).toEqual([mine]);
  });

  it('replaces a pack of the same name (a newer version of the same file), keeps others', () => {
    const store = addPack(addPack(empty, pack('p1', 'Mayors')), pack('p2', 'Ministers', [sadovyi]));
    const updated = addPack(store, pack('p3', 'Mayors', [sadovyi]));
    expect(updated.packs.map((p) => [p.id, p.name])).toEqual([
      ['p2', 'Ministers'],
      ['p3', 'Mayors'],
    ]);
    expect(removePack(updated, 'p2').packs.map((p) => p.id)).toEqual(['p3']);
  });

  it('edits an own entry in place, also when its id changes', () => {
    let store = putOwn(putOwn(empty, terekhov), sadovyi);
    store = putOwn(store, { ...terekhov, id: 'x-ihor-terekhov-kharkiv' }, terekhov.id);
    expect(store.own.map((e) => e.id)).toEqual(['x-ihor-terekhov-kharkiv', sadovyi.id]);
    expect(removeOwn(store, sadovyi.id).own.map((e) => e.id)).toEqual(['x-ihor-terekhov-kharkiv']);
  });

  it('says where each id is defined, leaving out what is being replaced', () => {
    const store = { packs: [pack('p1', 'Mayors')], own: [sadovyi] };
    expect([...definedIds(store)]).toEqual([
      [terekhov.id, 'Mayors'],
      [sadovyi.id, OWN_ENTRIES],
    ]);
    expect([...definedIds(store, { packName: 'Mayors', ownId: sadovyi.id })]).toEqual([]);
  });

  it('names a pack after its "name" field, else its file', () => {
    expect(packName({ name: '  Mayors ' }, 'x.json')).toBe('Mayors');
    expect(packName([terekhov], 'ukraine-mayors.JSON')).toBe('ukraine-mayors');
    expect(packName({ name: '' }, '.json')).toBe('pack');
  });

  it('exports own entries as a pack file that imports again', () => {
    const exported = exportOwn({ packs: [], own: [terekhov, sadovyi] });
    const result = check('dramatis-my-entries.json', exported);
    expect(result.issues).toEqual([]);
    expect(result.entities).toEqual([terekhov, sadovyi]);
  });
});

describe('stored packs (storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a corrupted store without losing the valid packs', async () => {
    await fakeBrowser.storage.local.set({
      packs: { packs: [{ id: 'p1', name: 'Mayors', importedAt: 1, entities: [terekhov] }, 42], own: 'oops' },
    });
    expect(await getPacks()).toEqual({
      packs: [{ id: 'p1', name: 'Mayors', importedAt: 1, entities: [terekhov] }],
      own: [],
    });
  });

  it('lands an import and a form save made in quick succession', async () => {
    await Promise.all([updatePacks((s) => addPack(s, pack('p1', 'Mayors'))), updatePacks((s) => putOwn(s, sadovyi))]);
    const store = await getPacks();
    expect(store.packs.map((p) => p.name)).toEqual(['Mayors']);
    expect(store.own).toEqual([sadovyi]);
  });
});
