/** What the user muted from a card: read forgivingly, muted by folded words, reversible. */
import { describe, expect, it } from 'vitest';
import { MAX_MUTES, muteAlias, muteId, readMutes, unmuteAlias, unmuteId, type Mutes } from '../../src/settings/mutes';

const none: Mutes = { ids: [], aliases: [] };

describe('readMutes', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Q7747'],
    ['an array', ['Q7747']],
  ])('reads %s as nothing muted', (_name, stored) => {
    expect(readMutes(stored)).toEqual(none);
  });

  it('keeps the valid entries of lists with bad ones', () => {
    expect(
      readMutes({
        ids: ['Q7747', 42, 'not an id', 'x-kim-yo-jong', '', 'Q7747', null],
        aliases: ['Sullivan', 7, '', '   ', 'x'.repeat(500)],
      }),
    ).toEqual({ ids: ['Q7747', 'x-kim-yo-jong'], aliases: ['sullivan'] });
  });

  it('keeps one entry for aliases that fold to the same words', () => {
    expect(readMutes({ aliases: ['Erdoğan', 'ERDOGAN', 'erdogan'] }).aliases).toEqual(['erdogan']);
  });

  it('keeps lists within the limit', () => {
    const ids = Array.from({ length: MAX_MUTES + 50 }, (_, i) => `Q${i + 1}`);
    expect(readMutes({ ids }).ids).toHaveLength(MAX_MUTES);
  });
});

describe('muting and unmuting', () => {
  it('mutes an entity once and unmutes it', () => {
    const muted = muteId(muteId(none, 'Q7747'), 'Q7747');
    expect(muted.ids).toEqual(['Q7747']);
    expect(unmuteId(muted, 'Q7747')).toEqual(none);
  });

  it('mutes the words folded, so every casing and accent of them is muted', () => {
    const muted = muteAlias(muteAlias(none, 'Erdoğan'), 'ERDOGAN');
    expect(muted.aliases).toEqual(['erdogan']);
    expect(unmuteAlias(muted, 'erdogan')).toEqual(none);
  });

  it('mutes nothing for words with no letters', () => {
    expect(muteAlias(none, ' – ')).toEqual(none);
  });

  it('forgets the oldest when the list is full, never the newest', () => {
    let m: Mutes = { ids: Array.from({ length: MAX_MUTES }, (_, i) => `Q${i + 1}`), aliases: [] };
    m = muteId(m, 'Q7747');
    expect(m.ids).toHaveLength(MAX_MUTES);
    expect(m.ids[0]).toBe('Q2');
    expect(m.ids.at(-1)).toBe('Q7747');
  });

  it('leaves the other list alone', () => {
    const m = muteAlias(muteId(none, 'Q7747'), 'Sullivan');
    expect(unmuteId(m, 'Q7747')).toEqual({ ids: [], aliases: ['sullivan'] });
    expect(unmuteAlias(m, 'sullivan')).toEqual({ ids: ['Q7747'], aliases: [] });
  });
});
