/**
 * Checks across the whole knowledge base that no single entity can check on its own: unique ids, targets
 * that exist, one holder at a time for single-holder offices, plausible dates, and alias collisions that
 * nobody meant. Pure: works on validated entities and returns issues.
 */
import { foldKey } from '../core/fold';
import { NATIONAL_KINDS } from '../core/index-flags';
import { compareDates } from './dates';
import type { EntityInput, EntityIssue } from './schema';
import { aliasEntries } from './aliases';

export interface Located {
  file: string;
  entity: EntityInput;
}

/** The earliest plausible year for a birth or a role start among world-affairs actors. */
const EARLIEST_YEAR = 1850;

/**
 * `asOf`: the latest date the base records anything for (meta.yaml's eventsTo, else asOf); a later date is a typo
 * or a prediction.
 */
export function checkIntegrity(items: Located[], asOf: string, sourceKeys: ReadonlySet<string>): EntityIssue[] {
  const issues: EntityIssue[] = [];
  const byId = new Map<string, Located>();
  const push = (l: Located, field: string, message: string) =>
    issues.push({ file: l.file, entity: l.entity.id, field, message });

  for (const l of items) {
    const prev = byId.get(l.entity.id);
    if (prev) push(l, 'id', `is also used in ${prev.file} ("${prev.entity.name}")`);
    else byId.set(l.entity.id, l);
  }
  // An old id stays retired: no entity may take it again, nor may two entities claim it.
  const formerOwner = new Map<string, Located>();
  for (const l of items) {
    l.entity.formerIds?.forEach((old, i) => {
      const now = byId.get(old);
      const prev = formerOwner.get(old);
      if (now) push(l, `formerIds.${i}`, `${old} is the id of "${now.entity.name}" in ${now.file}`);
      else if (prev) push(l, `formerIds.${i}`, `${old} is also a former id of ${prev.entity.id} in ${prev.file}`);
      else formerOwner.set(old, l);
    });
  }

  const offices = new Map<string, { l: Located; index: number; start: string; end: string }[]>();
  for (const l of items) {
    const e = l.entity;
    const target = (field: string, ref: string | undefined) => {
      const renamed = ref ? formerOwner.get(ref) : undefined;
      if (renamed) push(l, field, `points to ${ref}, now ${renamed.entity.id}: use the new id`);
      else if (ref && !byId.has(ref)) push(l, field, `points to ${ref}, which is not in the knowledge base`);
    };
    target('country', e.country);
    e.relations?.forEach((r, i) => target(`relations.${i}.target`, r.target));
    e.roles?.forEach((r, i) => target(`roles.${i}.of`, r.of));
    e.sources.forEach((s, i) => {
      if (!s.startsWith('https://') && !sourceKeys.has(s))
        push(l, `sources.${i}`, `"${s}" is not a key of knowledge/sources.yaml`);
    });
    // A surname alias stands alone only once its person is named in full: the full name itself so marked would
    // never be read ("Andrei Rodrigues" waiting for "Andrei Rodrigues").
    e.aliases?.forEach((a, i) => {
      if (typeof a !== 'string' && a.type === 'surname' && a.text === e.name)
        push(l, `aliases.${i}`, `"${a.text}" is the whole name, not a surname`);
    });
    if (e.sources.includes('wikipedia') && !e.wikipedia)
      push(l, 'wikipedia', 'is required when sources cite wikipedia');

    const future = (field: string, d: string | undefined) => {
      if (d && compareDates(d, asOf) > 0) push(l, field, `${d} is after the knowledge base date ${asOf}`);
    };
    const tooOld = (field: string, d: string | undefined) => {
      if (d && Number(d.slice(0, 4)) < EARLIEST_YEAR) push(l, field, `${d} is implausibly early`);
    };
    future('born', e.born);
    future('died', e.died);
    future('founded', e.founded);
    tooOld('born', e.born);
    e.roles?.forEach((r, i) => {
      future(`roles.${i}.start`, r.start);
      future(`roles.${i}.end`, r.end);
      tooOld(`roles.${i}.start`, r.start);
      if (!r.office || r.shared) return;
      const end = r.end ?? r.confirmed ?? asOf;
      const start = r.start ?? end;
      const list = offices.get(r.office) ?? [];
      list.push({ l, index: i, start, end });
      offices.set(r.office, list);
    });
  }

  for (const [office, holders] of offices) {
    holders.sort((a, b) => compareDates(a.start, b.start));
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const a = holders[i]!;
        const b = holders[j]!;
        // Partial dates that compare equal (same year, or same month) may be a hand-over, not an overlap.
        if (compareDates(b.start, a.end) < 0 && compareDates(a.start, b.end) < 0 && a.l !== b.l) {
          push(
            b.l,
            `roles.${b.index}`,
            `office ${office} (${b.start}–${b.end}) overlaps ${a.l.entity.name} (${a.start}–${a.end}); mark it shared if it has several holders`,
          );
        }
      }
    }
  }

  issues.push(...checkAliasCollisions(items, byId), ...checkTwicePeople(items));
  return issues;
}

/**
 * The same person entered twice, under two ids (found by a held-out set's writer: "Sheikh Rashid Ahmed" and "Sheikh
 * Rashid Ahmad"): two people of one country born the same day who share a surname. Twins are linked by a relation.
 */
function checkTwicePeople(items: Located[]): EntityIssue[] {
  const issues: EntityIssue[] = [];
  const byBirth = new Map<string, Located[]>();
  for (const l of items) {
    const e = l.entity;
    if (e.kind !== 'person' || !e.country || !/^\d{4}-\d{2}-\d{2}$/.test(e.born ?? '')) continue;
    const key = `${e.born} ${e.country}`;
    const group = byBirth.get(key);
    if (group) group.push(l);
    else byBirth.set(key, [l]);
  }
  const surname = (e: EntityInput) => foldKey(e.name).split(' ').at(-1);
  const linked = (a: EntityInput, b: EntityInput) =>
    a.relations?.some((r) => r.target === b.id) || b.relations?.some((r) => r.target === a.id);
  for (const group of byBirth.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.entity;
        const b = group[j]!;
        if (surname(a) !== surname(b.entity) || linked(a, b.entity)) continue;
        issues.push({
          file: b.file,
          entity: b.entity.id,
          field: 'id',
          message: `looks like ${a.id} ("${a.name}", ${group[i]!.file}): the same birth date, country and surname. Merge them (one id, the other in formerIds), or relate them if they are two people`,
        });
      }
    }
  }
  return issues;
}

/** Both actors belong to a country, each to another one, as bodies, parties, media or companies do. */
function nationalOfTwoCountries(a: EntityInput, b: EntityInput): boolean {
  return (
    NATIONAL_KINDS.has(a.kind) && NATIONAL_KINDS.has(b.kind) && !!a.country && !!b.country && a.country !== b.country
  );
}

/**
 * Two entities answering to the same folded name is an error unless it was meant: an alias marked
 * `ambiguous` (the matcher then weighs context), or surnames (resolved through the full name in the text).
 */
function checkAliasCollisions(items: Located[], byId: Map<string, Located>): EntityIssue[] {
  const seen = new Map<string, { l: Located; ambiguous: boolean; surname: boolean; derived: boolean; text: string }>();
  const issues: EntityIssue[] = [];
  for (const l of items) {
    const iso2 = l.entity.country ? byId.get(l.entity.country)?.entity.iso2 : undefined;
    for (const a of aliasEntries(l.entity, iso2)) {
      // Exact-case forms collide by their letters: "M.I.T." is matched wherever "MIT" is.
      const key = (a.exactCase ? 'case:' + a.text.replace(/[^\p{L}\p{N}]/gu, '') : '') + foldKey(a.text);
      if (!foldKey(a.text)) {
        issues.push({ file: l.file, entity: l.entity.id, field: 'aliases', message: `"${a.text}" has no letters` });
        continue;
      }
      const surname = a.type === 'surname' && !a.standalone;
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, { l, ambiguous: !!a.ambiguous, surname, derived: !!a.derived, text: a.text });
        continue;
      }
      if (prev.l.entity.id === l.entity.id) continue;
      // Forms the build derives (surnames from names in other languages) may be shared; the compiler drops
      // the ones that are another entity's name ("كاميرون" is Cameroon, not Cameron alone).
      if (prev.derived || a.derived) continue;
      if ((prev.ambiguous || prev.surname) && (a.ambiguous || surname)) continue;
      // A name national actors of two countries share, marked ambiguous on one side at least ("CDU", Germany's and
      // Portugal's): the matcher reads it as the actor of the country the story names more.
      if ((prev.ambiguous || a.ambiguous) && nationalOfTwoCountries(prev.l.entity, l.entity)) continue;
      issues.push({
        file: l.file,
        entity: l.entity.id,
        field: 'aliases',
        message: `"${a.text}" is also a name of ${prev.l.entity.id} "${prev.l.entity.name}" (${prev.l.file}, as "${prev.text}"); mark both ambiguous if both are meant`,
      });
    }
  }
  return issues;
}
