/**
 * The binary match index as the matcher reads it: trie steps through nodes with many and few children, ids
 * and names decoded on demand, and a buffer that is not an index refused with a clear error. Names here are
 * synthetic test data (ids x-test-…), not knowledge.
 */
import { describe, expect, it } from 'vitest';
import { foldTokens } from '../../src/core/fold';
import { buildIndex, type IndexEntity, type IndexTerm } from '../../src/core/build-index';
import { MatchIndex } from '../../src/core/match-index';
import { Matcher } from '../../src/core/matcher';

function entity(id: string, name: string): IndexEntity {
  return { id, name, kind: 'organization', prominence: 1, from: 0, to: 0, country: -1, related: [] };
}

function indexOf(names: [id: string, name: string][]): MatchIndex {
  const entities = names.map(([id, name]) => entity(id, name));
  const terms: IndexTerm[] = entities.map((e, i) => ({ entity: i, tokens: foldTokens(e.name), flags: 0 }));
  return new MatchIndex(buildIndex({ entities, terms, words: new Map() }));
}

describe('match index', () => {
  // 40 names share their first word: that node's children are binary-searched. "Echo" has two: scanned.
  const many = Array.from({ length: 40 }, (_, i): [string, string] => [`x-test-delta-${i}`, `Delta Unit${i}`]);
  const index = indexOf([...many, ['x-test-echo-a', 'Echo Alpha'], ['x-test-echo-b', 'Echo Bravo']]);
  const matcher = new Matcher([index]);
  const ids = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.id]);

  it('finds every name below a node with many children, and nothing that is not one', () => {
    const text = many.map(([, name]) => name).join(', ');
    expect(ids(text)).toEqual(many.map(([id, name]) => [name, id]));
    expect(ids('Delta Unit40, Delta Unit, Delta Units and Delta met.')).toEqual([]);
  });

  it('finds names below a node with few children', () => {
    expect(ids('Echo Bravo and Echo Alpha, not Echo Charlie.')).toEqual([
      ['Echo Bravo', 'x-test-echo-b'],
      ['Echo Alpha', 'x-test-echo-a'],
    ]);
  });

  it('decodes ids and names on demand, ASCII or not, and finds an entity by id', () => {
    const small = indexOf([
      ['Q39259', 'Recep Tayyip Erdoğan'],
      ['x-test-ärger', 'Ärger Verein'],
      ['Q42', 'Douglas Adams'],
    ]);
    expect([0, 1, 2].map((e) => small.id(e))).toEqual(['Q39259', 'x-test-ärger', 'Q42']);
    expect([0, 1, 2].map((e) => small.name(e))).toEqual(['Recep Tayyip Erdoğan', 'Ärger Verein', 'Douglas Adams']);
    expect(small.indexOfId('Q42')).toBe(2);
    expect(small.indexOfId('x-test-ärger')).toBe(1);
    expect(small.indexOfId('Q1')).toBe(-1);
  });

  it('finds each of many ids by id, where ids are prefixes of one another, and no id it lacks', () => {
    // Ids in no order, many sharing prefixes ("Q3", "Q30", "Q300"): the lookup is a search over sorted ids.
    const ids = Array.from({ length: 300 }, (_, i) => `Q${(i * 7919) % 1000}`).filter(
      (id, i, all) => all.indexOf(id) === i,
    );
    const big = indexOf(ids.map((id, i) => [id, `Name${i} Test`]));
    expect(ids.map((id) => big.indexOfId(id))).toEqual(ids.map((_, i) => i));
    const absent = ['Q', 'Q1000', 'Q01', 'q3', 'x-test-none', ''].filter((id) => !ids.includes(id));
    expect(absent.map((id) => big.indexOfId(id))).toEqual(absent.map(() => -1));
  });

  it('refuses a buffer that is not an index, with a clear error', () => {
    expect(() => new MatchIndex(new ArrayBuffer(8))).toThrow(/too short/);
    expect(() => new MatchIndex(new ArrayBuffer(4096))).toThrow(/not a Dramatis index/);
    const cut = buildIndex({ entities: [entity('Q42', 'Douglas Adams')], terms: [], words: new Map() }).slice(0, 400);
    expect(() => new MatchIndex(cut)).toThrow(/corrupt|too short|out of bounds|length/i);
  });
});
