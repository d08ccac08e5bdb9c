/**
 * Every preferences migration against before/after fixtures (tests/unit/fixtures/settings/v<N>/*.json):
 * each turns the previous version's stored object into exactly the next, and loses nothing a reader keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_MIGRATIONS, PREFERENCES_VERSION } from '../../src/settings/migrations';
import { readPreferences } from '../../src/settings/preferences';

const FIXTURES = join(process.cwd(), 'tests/unit/fixtures/settings');

interface Fixture {
  about: string;
  before: unknown;
  after: unknown;
}

function fixtures(version: number): [string, Fixture][] {
  const dir = join(FIXTURES, `v${version}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture]);
}

const versions = Object.keys(PREFERENCES_MIGRATIONS).map(Number);

describe('preferences migrations', () => {
  it('has a migration for every version after 1, each with fixtures', () => {
    expect(versions).toEqual(Array.from({ length: PREFERENCES_VERSION - 1 }, (_, i) => i + 2));
    for (const v of versions) expect(fixtures(v).length).toBeGreaterThan(0);
  });

  describe.each(versions)('v%i', (version) => {
    const migrate = PREFERENCES_MIGRATIONS[version]!;

    it.each(fixtures(version))('%s', (_file, { before, after }) => {
      const input = structuredClone(before) as Record<string, unknown>;
      expect(migrate(input)).toEqual(after);
      // The stored object it was given is left as it was (WXT writes the result; a failure keeps the old).
      expect(input).toEqual(before);
    });

    it.each(fixtures(version))('%s: every choice readable before is still made after', (_file, { before, after }) => {
      const read = { before: readPreferences(before), after: readPreferences(after) };
      for (const key of Object.keys(read.before) as (keyof typeof read.before)[]) {
        if (key === 'deniedSites' || key === 'allowedSites') continue;
        expect(read.after[key]).toEqual(read.before[key]);
      }
      // A list keeps as many valid entries, less the duplicates the migration merged.
      for (const key of ['deniedSites', 'allowedSites'] as const) {
        const bare = (list: string[]) =>
          new Set(list.map((s) => s.replace(/^\*\./, '').replace(/^www\.(?=.+\..+)/, '')));
        expect(bare(read.after[key])).toEqual(bare(read.before[key]));
      }
    });

    it.each([
      ['null', null],
      ['a string', 'garbage'],
      ['an array', ['www.bbc.co.uk']],
      ['a number', 7],
    ])('leaves %s for the reader to ignore, without throwing', (_name, stored) => {
      expect(migrate(stored as unknown as Record<string, unknown>)).toEqual(stored);
    });
  });
});
