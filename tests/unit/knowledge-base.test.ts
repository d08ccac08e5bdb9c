/**
 * The shipped knowledge base: it validates, it is big enough, and the facts the fixture articles depend on
 * are right both at the article's date and today.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/knowledge/schema';
import { realKb } from './helpers/real-kb';
import { coverageReport } from '../../scripts/kb/coverage-report';

const { kb, card, record } = realKb();

describe('the shipped knowledge base', () => {
  it('has no schema or integrity problem', () => {
    expect(kb.issues.map(formatIssue)).toEqual([]);
  });

  it('describes at least 3,000 entities, every one sourced and dated', () => {
    expect(kb.entities.length).toBeGreaterThanOrEqual(3000);
    for (const e of kb.entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.description.trim().length, e.id).toBeGreaterThan(10);
      expect(e.checked, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names every country in the main languages', () => {
    const countries = kb.entities.filter((e) => e.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(193);
    // Names spelled as in English ("Angola" in German) are not repeated; a few are left out on purpose
    // because they are common words (Russian "Того" is "of that"), see knowledge/overrides/countries.yaml.
    const unrecognized = new Set(['Q23681']); // Northern Cyprus: recognized by Turkey only, few exonyms
    for (const c of countries) {
      if (unrecognized.has(c.id)) continue;
      expect(Object.keys(c.names ?? {}).length, c.name).toBeGreaterThanOrEqual(28);
    }
    const complete = countries.filter((c) => ['ru', 'uk', 'ar', 'fa', 'he', 'zh'].every((l) => c.names?.[l]));
    expect(complete.length / countries.length).toBeGreaterThan(0.95);
  });

  it('identifies generated entities by their Wikidata ids, and others by local ids only where none was verified', () => {
    // Countries come from country-coder with their QIDs; a local id is always the x- form, never a made-up Q.
    for (const e of kb.entities.filter((x) => x.kind === 'country')) expect(e.id, e.name).toMatch(/^Q\d+$/);
    for (const e of kb.entities) expect(e.id).toMatch(/^(Q[1-9]\d*|x-[a-z0-9]+(-[a-z0-9]+)*)$/);
    expect(kb.entities.filter((e) => e.id.startsWith('Q')).length).toBeGreaterThan(1500);
  });
});

describe('coverage', () => {
  it('names a head of state and a head of government for every UN member, as of its date', () => {
    const report = coverageReport(kb.entities, kb.meta.asOf);
    expect(report.unMembers).toHaveLength(193);
    expect(report.missingHeadOfState).toEqual([]);
    expect(report.missingHeadOfGovernment).toEqual([]);
  });

  it('names the foreign minister of every G20, Middle East and post-Soviet state with a government', () => {
    const report = coverageReport(kb.entities, kb.meta.asOf);
    const without = report.ministers.filter((m) => !m.foreign.length).map((m) => m.name);
    // Palestine's foreign ministry is not filled in the sources used here.
    expect(without.filter((n) => n !== 'Palestine')).toEqual([]);
  });
});

describe('facts at the article’s date and now', () => {
  it('Raisi: President of Iran in July 2022, dead since May 2024', () => {
    const then = card('Q5947347', '2022-07-18')!;
    expect(then.then.map((r) => r.title)).toContain('President of Iran');
    expect(then.ended).toEqual({ kind: 'died', date: '2024-05-19' });
    expect(then.now).toEqual([]);
  });

  it('Peskov: the Kremlin’s press secretary then and now', () => {
    const view = card('x-dmitry-peskov', '2022-07-12')!;
    expect(view.then.map((r) => r.title).join(' ')).toMatch(/Press Secretary of the President of Russia/);
    expect(view.changed).toBe(false);
  });

  it('Kanaani: Iran’s foreign ministry spokesman in July 2022, no longer today', () => {
    const view = card('x-nasser-kanaani', '2022-07-12')!;
    expect(view.then.map((r) => r.title)).toContain('Spokesman of the Ministry of Foreign Affairs');
    expect(view.now.map((r) => r.title)).not.toContain('Spokesman of the Ministry of Foreign Affairs');
  });

  it('Vorobyov: governor of Moscow Oblast', () => {
    const view = card('x-andrei-vorobyov', '2022-07-12')!;
    expect(view.then.map((r) => r.title).join(' ')).toMatch(/Governor of Moscow Oblast/);
  });

  it('Sullivan: National Security Advisor under Biden, not after January 2025', () => {
    expect(
      card('Q16730147', '2022-07-18')!
        .then.map((r) => r.title)
        .join(' '),
    ).toMatch(/National Security Advisor/);
    expect(
      card('Q16730147', '2025-06-01')!
        .then.map((r) => r.title)
        .join(' '),
    ).not.toMatch(/National Security Advisor/);
  });

  it('links a country to its head of state and of government', () => {
    const iran = record('Q794')!;
    const incoming = (iran.incoming ?? []).map((i) => i.id);
    expect(incoming).toContain('Q57336'); // Khamenei, Supreme Leader
  });
});
