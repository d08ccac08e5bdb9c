/**
 * People named by a given name alone or with another's surname, read after the document's mentions are accepted:
 * "Sergei and Yulia Skripal", "his daughter Yulia", "Yulia" again in a story that names two Skripals. Pure functions
 * of the matcher's state (the Matcher passed first); matcher.ts runs them after the royals' given names.
 */
import { A_ACRONYM, A_AMBIGUOUS, A_SURNAME, W_TITLE } from './index-flags';
import { ref } from './match-helpers';
import { type Candidate, coveredAt, Level, oneWordAnchor } from './match-types';
import { AND_WORDS, KIN_WORDS } from './match-words';
import type { Matcher } from './matcher';
import { T_ALL_CAPS, T_CAP_FIRST, T_CASED, T_JOINABLE, type Tokens } from './tokenize';

/** Token `i + 1` goes on with the name at token `i`: a capitalized word joined to it. */
function nameGoesOn(t: Tokens, i: number): boolean {
  return i + 1 < t.count && (t.flags[i + 1]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE);
}

/**
 * "Sergei and Yulia Skripal", "Bill and Hillary Clinton": two given names before one surname name two people, and
 * the first given name is the person the base knows by that given name and the surname, when the second pair is
 * a known person named in full. Nothing is read where the first name with the surname is no one's full name
 * ("Ivanka and Jared Kushner": she is Ivanka Trump).
 */
export function pairedGivenNames(matcher: Matcher, t: Tokens, accepted: Candidate[]): void {
  const added: Candidate[] = [];
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    const f = c.first;
    if (c.level !== Level.Anchor || c.last === f || f < 2 || !matcher.isPerson(c.chosen)) continue;
    const g = f - 2;
    if (
      !AND_WORDS.has(t.hash[f - 1]!) ||
      (t.flags[f]! & (T_JOINABLE | T_CAP_FIRST)) !== (T_JOINABLE | T_CAP_FIRST) ||
      (t.flags[f - 1]! & T_JOINABLE) === 0 ||
      (t.flags[g]! & T_CAP_FIRST) === 0 ||
      matcher.wordFlags(f) & W_TITLE ||
      matcher.wordFlags(g) & W_TITLE
    )
      continue;
    // Exactly one person whose full name this is, and not the one named after the "and".
    const person = fullNamePerson(matcher, c.index, g, f + 1, c.last, c.chosen);
    if (person < 0 || coveredAt(accepted, g)) continue;
    added.push(oneWordAnchor(t, g, person, false));
  }
  for (let q = 0; q < added.length; q++) accepted.push(added[q]!);
}

/**
 * "Sergei and Yulia Skripal … Yulia", "Benjamin Netanyahu … his wife, Sara Netanyahu … Sara": where the story names
 * two people of one surname in full, the press tells them apart by given name. A given name alone, after its
 * person's full mention, is that person when no one else the story names in full has it. Only for such families:
 * elsewhere a lone given name is too often someone or something else.
 */
export function familyGivenNames(matcher: Matcher, t: Tokens, accepted: Candidate[]): void {
  // Surname (last word's hash) → the people named in full with it; given name → its person, or -1 for several.
  let bySurname: Map<number, number[]> | undefined;
  let families = false;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.level !== Level.Anchor || !matcher.isPerson(c.chosen)) continue;
    const surname = c.last > c.first ? c.last : pairedSurname(matcher, t, accepted, c);
    if (surname < 0) continue;
    bySurname ??= new Map();
    const people = bySurname.get(t.hash[surname]!) ?? bySurname.set(t.hash[surname]!, []).get(t.hash[surname]!)!;
    if (!people.includes(c.chosen)) families ||= people.push(c.chosen) > 1;
  }
  if (!families) return;
  const byGiven = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.level !== Level.Anchor || c.last === c.first || !matcher.isPerson(c.chosen)) continue;
    let f = c.first;
    while (f < c.last && matcher.wordFlags(f) & W_TITLE) f++;
    if (f === c.last) continue;
    const had = byGiven.get(t.hash[f]!);
    byGiven.set(t.hash[f]!, had === undefined || had === c.chosen ? c.chosen : -1);
    if ((bySurname!.get(t.hash[c.last]!)?.length ?? 0) > 1)
      firstSeen.set(c.chosen, Math.min(firstSeen.get(c.chosen) ?? c.first, c.first));
  }
  const added: Candidate[] = [];
  // Flags first, the map last: this loop reads every token of the page, and a map keyed by a word's hash is slow.
  for (let i = 0; i < t.count; i++) {
    // The word alone: not the start or the end of another name ("Sara Khan", "Yulia Navalnaya").
    if ((t.flags[i]! & (T_CAP_FIRST | T_ALL_CAPS)) !== T_CAP_FIRST) continue;
    if (nameGoesOn(t, i)) continue;
    if (i > 0 && t.flags[i]! & T_JOINABLE && t.flags[i - 1]! & T_CAP_FIRST && !(matcher.wordFlags(i - 1) & W_TITLE))
      continue;
    const person = byGiven.get(t.hash[i]!);
    if (person === undefined || person < 0 || !(firstSeen.get(person)! < i)) continue;
    if (coveredAt(accepted, i)) continue;
    added.push(oneWordAnchor(t, i, person, false));
  }
  for (let q = 0; q < added.length; q++) accepted.push(added[q]!);
}

/** How far back (in tokens) the relative named by "his daughter Yulia" may be. */
const KIN_WINDOW = 60;

/**
 * "Sergei Skripal and his daughter Yulia", "Netanyahu was accompanied by his wife Sara": a given name alone after a
 * family word is the person the base knows by that given name and the surname of a person named just before.
 */
export function kinGivenNames(matcher: Matcher, t: Tokens, accepted: Candidate[]): void {
  const added: Candidate[] = [];
  for (let g = 1; g < t.count; g++) {
    // Flags and length first, the set of words last: this loop reads every token of the page.
    const kin = g - 1;
    if (
      (t.flags[g]! & (T_CAP_FIRST | T_ALL_CAPS)) !== T_CAP_FIRST ||
      (t.flags[kin]! & (T_CASED | T_CAP_FIRST)) !== T_CASED ||
      t.end[kin]! - t.start[kin]! < KIN_SHORTEST ||
      !KIN_WORDS.has(t.hash[kin]!)
    )
      continue;
    // Alone: "his wife Sara Netanyahu" is matched whole.
    if (nameGoesOn(t, g)) continue;
    if (coveredAt(accepted, g)) continue;
    // The nearest three people named before (within KIN_WINDOW), whose surname with this given name is one known
    // person's full name.
    const near: Candidate[] = [];
    for (let q = 0; q < accepted.length; q++) {
      const c = accepted[q]!;
      if (c.last >= g || c.last < g - KIN_WINDOW || !matcher.isPerson(c.chosen)) continue;
      near.push(c);
    }
    near.sort((a, b) => b.last - a.last);
    for (let q = 0; q < near.length && q < 3; q++) {
      const c = near[q]!;
      const person = fullNamePerson(matcher, c.index, g, c.last, c.last, c.chosen);
      if (person >= 0) {
        added.push(oneWordAnchor(t, g, person, false));
        break;
      }
    }
  }
  for (let q = 0; q < added.length; q++) accepted.push(added[q]!);
}

/** The shortest family word ("son", "fils", "hijo"). */
const KIN_SHORTEST = 3;

/**
 * The one person (not `not`) whose full name, in index `k`, is token `given` followed by tokens `from`..`to`; or -1.
 */
function fullNamePerson(matcher: Matcher, k: number, given: number, from: number, to: number, not: number): number {
  const index = matcher.indexes[k]!;
  const ids = matcher.tokenIds[k]!;
  let node = ids[given]! >= 0 ? index.child(0, ids[given]!) : -1;
  for (let j = from; node >= 0 && j <= to; j++) node = ids[j]! >= 0 ? index.child(node, ids[j]!) : -1;
  if (node < 0) return -1;
  let person = -1;
  for (let term = index.nodeTermStart[node]!; term < index.nodeTermStart[node + 1]!; term++) {
    const r = ref(k, index.termEntity[term]!);
    if (index.termFlags[term]! & (A_SURNAME | A_AMBIGUOUS | A_ACRONYM) || !matcher.isPerson(r) || r === not) continue;
    if (person >= 0 && person !== r) return -1;
    person = r;
  }
  return person;
}

/** The surname token of "Sergei" in "Sergei and Yulia Skripal" (pairedGivenNames), or -1. */
function pairedSurname(matcher: Matcher, t: Tokens, accepted: Candidate[], c: Candidate): number {
  if (c.first + 2 >= t.count || !AND_WORDS.has(t.hash[c.first + 1]!)) return -1;
  for (let q = 0; q < accepted.length; q++) {
    const o = accepted[q]!;
    if (o.first === c.first + 2 && o.last > o.first && o.level === Level.Anchor && matcher.isPerson(o.chosen))
      return o.last;
  }
  return -1;
}
