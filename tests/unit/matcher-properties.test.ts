/**
 * Properties that must hold for any text: offsets in range and on the surface they name, mentions sorted
 * and non-overlapping, a paragraph's mentions unchanged by unrelated text around it, and a text read the
 * same by a matcher that has read other pages as by a fresh one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../src/core/match-index';
import { Matcher } from '../../src/core/matcher';
import { unknownName } from '../../src/core/unknown-id';
import { compileKnowledge } from '../../src/knowledge/compile';
import { MINI_KB, matcherFor } from './helpers/mini-kb';

const m = matcherFor();

// One fixed seed, so that CI is deterministic; FC_SEED=<n> (or FC_SEED=random) explores other texts. A failure
// found so is kept below as an example, which every run then checks.
const seed = process.env.FC_SEED;
fc.configureGlobal({ seed: seed === 'random' ? Date.now() : Number(seed ?? 20261205) });

/** Words from the knowledge base and around it, so generated text actually contains names. */
const NAME_WORDS = [
  'Putin',
  'Vladimir',
  'Erdogan',
  'Jake',
  'Sullivan',
  'Kim',
  'Jong',
  'Un',
  'Assad',
  'Syria',
  'Georgia',
  'Turkey',
  'turkey',
  'US',
  'us',
  'U.N.',
  'Security',
  'Council',
  'NATO',
  'Nato',
  'dpa',
  'Путина',
  'إيران',
  'نتניהו',
  '普京',
  'Mr.',
  'President',
  'County',
  'Saudi',
  'Arabia',
  'al-Assad',
  'Amir-Abdollahian',
  'Hossein',
  "Putin's",
  'Chad',
  'Smith',
];
const PLAIN = ['the', 'a', 'said', 'on', 'Monday', 'talks', 'and', 'of', 'in', 'was', 'people', 'new', 'plan', 'it'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '-', '’', '\n', '\n\n', ' (', ') ', ' / ', '"'];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...NAME_WORDS, ...PLAIN), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Sentences with no name in them at all. */
const unrelatedArb = fc
  .array(fc.constantFrom(...PLAIN), { minLength: 1, maxLength: 30 })
  .map((words) => words.join(' ') + '.');

describe('matcher properties', () => {
  it('returns offsets in range, on the surface, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(undefined, '1995-01-01', '2022-07-18'), (text, date) => {
        const mentions = m.match(text, date ? { date } : {});
        let last = 0;
        for (const x of mentions) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(x.start, x.end).trim()).toBe(text.slice(x.start, x.end));
          // A known actor, or a person the knowledge base does not know ("President Putin Vladimir").
          expect(MINI_KB.some((e) => e.id === x.id) || unknownName(x.id) !== undefined).toBe(true);
          last = x.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(m.match(text)).toEqual(m.match(text));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a text the same after reading others as when fresh (what it keeps between pages changes nothing)', () => {
    const index = new MatchIndex(compileKnowledge(MINI_KB, '2026-01-22').index);
    const used = new Matcher([index]);
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 4 }), textArb, (earlier, text) => {
        for (const other of earlier) used.match(other);
        const fresh = new Matcher([index]);
        expect(used.match(text, { date: '2022-07-18' })).toEqual(fresh.match(text, { date: '2022-07-18' }));
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same mentions in a paragraph whatever unrelated text surrounds it', () => {
    fc.assert(
      fc.property(textArb, unrelatedArb, unrelatedArb, (paragraph, before, after) => {
        const alone = m.match(paragraph, { date: '2022-07-18' });
        const prefix = `${before}\n\n`;
        const text = `${prefix}${paragraph}\n\n${after}`;
        const around = m
          .match(text, { date: '2022-07-18' })
          .map((x) => ({ ...x, start: x.start - prefix.length, end: x.end - prefix.length }));
        expect(around).toEqual(alone);
      }),
      // "Monday." before "people Hossein Monday": a weekday ended an unknown person's name, and the day before it
      // was read as that person's surname.
      { numRuns: 300, examples: [['people Hossein Monday ', 'Monday.', 'the.']] },
    );
  });
});
