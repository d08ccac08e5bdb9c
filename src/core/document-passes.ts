/**
 * Passes over the accepted mentions as a whole: settling each on one entity, acronyms the text defines or drops,
 * royals' given names, bodies inside longer bodies. Pure functions of the matcher's state (the Matcher passed first);
 * matcher.ts runs them in order.
 */
import { singleTokenCandidates } from './candidate-walk';
import { foldCode } from './fold';
import { nameParticle } from './longer-names';
import { inBrackets, initialsShuffled, knownAsAt, lowerWordsSpell, ref, spellsInitials } from './match-helpers';
import { A_ACRONYM, A_AMBIGUOUS, A_SURNAME, W_TITLE } from './index-flags';
import { type Candidate, type Context, Level, oneWordAnchor } from './match-types';
import { GIVEN_NAME_TITLES, GIVEN_NAME_TITLE_HASHES } from './match-words';
import type { Matcher } from './matcher';
import { rank } from './story-context';
import {
  CLOSE_PAREN,
  hashFolded,
  T_ALL_CAPS,
  T_CAP_FIRST,
  T_CASED,
  T_DOTTED,
  T_HAS_DIGIT,
  T_JOINABLE,
  type Tokens,
} from './tokenize';

/** Ranks an accepted candidate's entities and chooses the first. */
export function settle(matcher: Matcher, c: Candidate, year: number, ctx: Context): void {
  c.ranked = rank(matcher, c.entities, year, ctx.doc, ctx.related, ctx.dominantCountry, ctx.dominantTerritory);
  if (c.preferred >= 0 && c.ranked[0] !== c.preferred) {
    c.ranked = [c.preferred, ...c.ranked.filter((r) => r !== c.preferred)];
  }
  c.chosen = c.ranked[0]!;
}

/**
 * "Sheikh Abdullah", "Prince Mohammed", "Sheikh Tamim": the Gulf's royals are named again by title and given
 * name, not by a surname. After such a title, a given name that opens exactly one person named in full in
 * the story is that person, in place of whatever else the word could name alone ("Abdullah" as Abdullah
 * Abdullah's surname). Not when the name goes on ("Prince Mohammed bin Salman" is its own mention).
 */
export function royalGivenNames(matcher: Matcher, text: string, t: Tokens, accepted: Candidate[]): void {
  // The capitalized words after a royal title, by hash first: this runs over every token of the page, and
  // most pages have none, so nothing else is done for them.
  let afterTitle: number[] | undefined;
  for (let i = 1; i < t.count; i++) {
    if (!(t.flags[i]! & T_CAP_FIRST) || !GIVEN_NAME_TITLE_HASHES.has(t.hash[i - 1]!)) continue;
    if (GIVEN_NAME_TITLES.has(text.slice(t.start[i - 1], t.end[i - 1]).toLowerCase())) (afterTitle ??= []).push(i);
  }
  if (!afterTitle) return;
  const wanted = new Set<number>();
  for (let q = 0; q < afterTitle.length; q++) wanted.add(t.hash[afterTitle[q]!]!);
  // Given name (hash) → [token, person, title hash] of each full mention, in text order, for the given names
  // written after a title.
  let firsts: Map<number, number[]> | undefined;
  let alone: Map<number, Candidate> | undefined;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.level !== Level.Anchor || c.last === c.first) continue;
    let f = c.first;
    while (f < c.last && matcher.wordFlags(f) & W_TITLE) f++;
    if (f === c.last || !wanted.has(t.hash[f]!) || !matcher.isPerson(c.chosen)) continue;
    firsts ??= new Map();
    const list = firsts.get(t.hash[f]!) ?? firsts.set(t.hash[f]!, []).get(t.hash[f]!)!;
    // With the title written before the given name, in the mention or right before it.
    list.push(c.first, c.chosen, f > 0 ? t.hash[f - 1]! : 0);
  }
  for (let x = 0; x < afterTitle.length; x++) {
    const i = afterTitle[x]!;
    const mentions = firsts?.get(t.hash[i]!);
    alone ??= singleTokenCandidates(accepted);
    const single = alone.get(i);
    if (!mentions && !(single && single.level === Level.Surname)) continue;
    // The name must end here: "Sheikh Abdullah bin Zayed" is matched whole, "Sheikh Abdullah Al Thani" is
    // someone else. A particle goes on only into a capitalized word: "Sheikh Khalifa and congratulated" ends.
    const next = i + 1;
    if (
      next < t.count &&
      t.flags[next]! & T_JOINABLE &&
      (t.flags[next]! & T_CAP_FIRST ||
        (next + 1 < t.count &&
          (t.flags[next + 1]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE) &&
          nameParticle(matcher, next)))
    )
      continue;
    // The nearest full mention before: "Prince Mohammed" after "Crown Prince Mohammed bin Salman", even
    // when Sheikh Mohammed bin Rashid is named later.
    // One titled the same way wins ("Prince Mohammed" is the prince, though the sheikh was named since).
    let person = -1;
    let titled = -1;
    for (let p = 0; mentions && p < mentions.length && mentions[p]! < i; p += 3) {
      person = mentions[p + 1]!;
      if (mentions[p + 2] === t.hash[i - 1]) titled = person;
    }
    if (titled >= 0) person = titled;
    if (person < 0) {
      // A royal title before a word says it is a given name: not a commoner's surname ("Prince Mohammed" is
      // not Amina J. Mohammed).
      if (single && single.level === Level.Surname && matcher.isPerson(single.chosen))
        accepted.splice(accepted.indexOf(single), 1);
      continue;
    }
    if (single) {
      single.chosen = person;
      single.ranked = [person];
      single.level = Level.Anchor;
    } else if (!accepted.some((c) => c.first <= i && c.last >= i)) {
      accepted.push(oneWordAnchor(t, i, person, false));
    }
  }
}

/** "And" between two given names that share the surname after them, in the languages the press uses. */
const AND_HASHES = new Set(
  ['and', '&', 'und', 'et', 'y', 'e', 'i', 'en', 've', 'og', 'och', 'oraz', 'и', 'та', 'і'].map(hashFolded),
);

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
      !AND_HASHES.has(t.hash[f - 1]!) ||
      (t.flags[f]! & (T_JOINABLE | T_CAP_FIRST)) !== (T_JOINABLE | T_CAP_FIRST) ||
      (t.flags[f - 1]! & T_JOINABLE) === 0 ||
      (t.flags[g]! & T_CAP_FIRST) === 0 ||
      matcher.wordFlags(f) & W_TITLE ||
      matcher.wordFlags(g) & W_TITLE
    )
      continue;
    // Exactly one person whose full name this is, and not the one named after the "and".
    const person = fullNamePerson(matcher, c.index, g, f + 1, c.last, c.chosen);
    if (person < 0 || accepted.some((o) => o.first <= g && o.last >= g)) continue;
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
    if (i + 1 < t.count && (t.flags[i + 1]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE)) continue;
    if (i > 0 && t.flags[i]! & T_JOINABLE && t.flags[i - 1]! & T_CAP_FIRST && !(matcher.wordFlags(i - 1) & W_TITLE))
      continue;
    const person = byGiven.get(t.hash[i]!);
    if (person === undefined || person < 0 || !(firstSeen.get(person)! < i)) continue;
    if (accepted.some((o) => o.first <= i && o.last >= i)) continue;
    added.push(oneWordAnchor(t, i, person, false));
  }
  for (let q = 0; q < added.length; q++) accepted.push(added[q]!);
}

/** Family words before a given name: "his daughter Yulia", "sa fille Ioulia", "seine Frau Sara". */
const KIN_HASHES = new Set(
  [
    'daughter',
    'son',
    'wife',
    'husband',
    'brother',
    'sister',
    'father',
    'mother',
    'widow',
    'nephew',
    'niece',
    'cousin',
    'fille',
    'fils',
    'épouse',
    'femme',
    'mari',
    'frère',
    'sœur',
    'tochter',
    'sohn',
    'frau',
    'ehefrau',
    'bruder',
    'schwester',
    'hija',
    'hijo',
    'esposa',
    'esposo',
    'hermano',
    'hermana',
    'figlia',
    'figlio',
    'moglie',
    'marito',
    'fratello',
    'sorella',
    'filha',
    'filho',
    'irmão',
    'irmã',
  ].map((w) => hashFolded(w.normalize('NFD').replace(/\p{M}/gu, ''))),
);

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
      !KIN_HASHES.has(t.hash[kin]!)
    )
      continue;
    // Alone: "his wife Sara Netanyahu" is matched whole.
    if (g + 1 < t.count && (t.flags[g + 1]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE)) continue;
    if (accepted.some((o) => o.first <= g && o.last >= g)) continue;
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
  if (c.first + 2 >= t.count || !AND_HASHES.has(t.hash[c.first + 1]!)) return -1;
  for (let q = 0; q < accepted.length; q++) {
    const o = accepted[q]!;
    if (o.first === c.first + 2 && o.last > o.first && o.level === Level.Anchor && matcher.isPerson(o.chosen))
      return o.last;
  }
  return -1;
}

/**
 * "社会民主党（SPD）", "the Social Democratic Party (SPD)": a party's name with an acronym in brackets right after it
 * that the story reads as another party is that party's name (Germany's SPD, not Japan's Social Democratic Party,
 * in a Japanese story about Germany).
 */
export function partyOfAcronymAfter(matcher: Matcher, text: string, t: Tokens, accepted: Candidate[]): void {
  let alone: Map<number, Candidate> | undefined;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    const j = c.last + 1;
    if (j >= t.count || (t.flags[j]! & (T_ALL_CAPS | T_HAS_DIGIT)) !== T_ALL_CAPS) continue;
    if (matcher.kindOf(c.chosen) !== 'political-party') continue;
    const open = text.slice(t.end[c.last], t.start[j]).trim();
    const close = text[t.end[j]!];
    if (!((open === '(' && close === ')') || (open === '\uff08' && close === '\uff09'))) continue;
    alone ??= singleTokenCandidates(accepted);
    const own = alone.get(j);
    if (own && own.chosen !== c.chosen && matcher.kindOf(own.chosen) === 'political-party') c.chosen = own.chosen;
  }
}

/**
 * "The Integrated Food Security Phase Classification (IPC) said": an acronym the article defines in
 * brackets right after a name names that entity wherever the article writes it, whatever else the
 * knowledge base reads it as, or where it knows no such acronym. It must start with the name's initial:
 * "PARIS (AFP)" is a dateline, not a definition.
 */
export function definedAcronyms(matcher: Matcher, text: string, t: Tokens, accepted: Candidate[]): void {
  let defined: Map<string, number> | undefined;
  let alone: Map<number, Candidate> | undefined;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    // "Turkey's National Intelligence Organization, known as MIT": the story names the acronym outright.
    const knownAs = knownAsAt(text, t, c.last);
    const j = knownAs > 0 ? knownAs : c.last + 1;
    // A name, a body's short name or a shared name the story settled on ("The Electoral Commission (EC)" in a
    // Ugandan story, "Renovación Nacional (RN)" in a Chilean one).
    if (j >= t.count || (c.level === Level.Surname && matcher.isPerson(c.chosen)) || c.level === Level.Standalone)
      continue;
    if ((t.flags[j]! & (T_ALL_CAPS | T_HAS_DIGIT | T_DOTTED)) !== T_ALL_CAPS) continue;
    // "BAKU, Azerbaijan (AP)": a one-word place before a bracketed acronym is a dateline and its credit.
    if (c.first === c.last && matcher.isPlaceCandidate(c)) continue;
    const start = t.start[j]!;
    const end = t.end[j]!;
    if (knownAs < 0 && (text.charCodeAt(end) !== CLOSE_PAREN || text.slice(t.end[c.last], start).trim() !== '('))
      continue;
    // The acronym opens as the name does, or, for a body named in English, is its own language's acronym of
    // the same words ("the National Electoral Council (CNE)", "the Kurdistan Workers' Party (PKK)").
    if (
      knownAs < 0 &&
      foldCode(text.charCodeAt(start)) !== foldCode(text.charCodeAt(c.start)) &&
      (matcher.isPerson(c.chosen) || !initialsShuffled(text, t, c.first, c.last, start, end))
    )
      continue;
    // "BAKU, Azerbaijan (AP)": an acronym that stands as a name of its own there is a credit.
    alone ??= singleTokenCandidates(accepted);
    const own = alone.get(j);
    const acronym = text.slice(start, end);
    // Unless the acronym spells the name's initials: "the People's Action Party (PAP)" defines PAP, though
    // PAP alone is also the Polish agency's credit.
    if (knownAs < 0 && own && own.chosen !== c.chosen && !spellsInitials(text, t, c.first, c.last, acronym)) continue;
    // Defined twice, it keeps its first meaning.
    if (!(defined ??= new Map()).has(acronym)) defined.set(acronym, c.chosen);
  }
  if (!defined || !alone) return;
  // Where the acronym already stands alone as a mention, it now names the defined entity; where a longer
  // name contains it, that name stays.
  const inside = new Set<number>();
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    for (let j = c.first; c.first !== c.last && j <= c.last; j++) inside.add(j);
  }
  for (let i = 0; i < t.count; i++) {
    if (!(t.flags[i]! & T_ALL_CAPS) || inside.has(i)) continue;
    const r = defined.get(text.slice(t.start[i], t.end[i]));
    if (r === undefined) continue;
    const c = alone.get(i);
    if (c) {
      if (c.chosen !== r) c.ranked = [r, ...c.ranked.filter((x) => x !== r)];
      c.chosen = r;
      continue;
    }
    accepted.push(oneWordAnchor(t, i, r, true));
  }
}

/**
 * "the RBI's prompt corrective action (PCA) framework", "foreign direct investment (FDI)": an acronym the
 * article spells out in lower-case words is a concept there, not the body the knowledge base knows by it (the
 * Permanent Court of Arbitration), wherever the article writes it alone. Capitalized words may be a name the
 * base writes otherwise, so only lower-case ones define.
 */
export function dropConceptAcronyms(text: string, t: Tokens, accepted: Candidate[]): void {
  let concepts: Set<string> | undefined;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.first !== c.last || !(t.flags[c.first]! & T_ALL_CAPS) || !inBrackets(text, t, c.first)) continue;
    const acronym = text.slice(c.start, c.end);
    if (lowerWordsSpell(text, t, c.first - 1, acronym)) (concepts ??= new Set()).add(acronym);
  }
  if (!concepts) return;
  let kept = 0;
  for (let q = 0; q < accepted.length; q++) {
    const c = accepted[q]!;
    if (c.first === c.last && concepts.has(text.slice(c.start, c.end))) continue;
    accepted[kept++] = c;
  }
  accepted.length = kept;
}

/** Drops accepted names inside a body's name that a longer body's name holds ("the Joint Chiefs" of the Committee). */
export function dropInsideLongerBodies(matcher: Matcher, accepted: Candidate[]): void {
  const spans = matcher.longerBodies;
  for (let q = accepted.length - 1; q >= 0; q--) {
    const c = accepted[q]!;
    for (let k = 0; k < spans.length; k += 2) {
      if (c.first >= spans[k]! && c.last <= spans[k + 1]!) {
        accepted.splice(q, 1);
        break;
      }
    }
  }
}
