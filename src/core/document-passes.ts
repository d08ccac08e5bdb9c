/**
 * Passes over the accepted mentions as a whole: settling each on one entity, acronyms the text defines or drops,
 * royals' given names, bodies inside longer bodies. Pure functions of the matcher's state (the Matcher passed first);
 * matcher.ts runs them in order.
 */
import { singleTokenCandidates } from './candidate-walk';
import { foldCode } from './fold';
import { nameParticle } from './longer-names';
import { inBrackets, initialsShuffled, knownAsAt, lowerWordsSpell, spellsInitials } from './match-helpers';
import { W_TITLE } from './index-flags';
import { type Candidate, type Context, coveredAt, Level, oneWordAnchor } from './match-types';
import { GIVEN_NAME_TITLES, GIVEN_NAME_TITLE_HASHES } from './match-words';
import type { Matcher } from './matcher';
import { rank } from './story-context';
import { CLOSE_PAREN, T_ALL_CAPS, T_CAP_FIRST, T_DOTTED, T_HAS_DIGIT, T_JOINABLE, type Tokens } from './tokenize';

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
    } else if (!coveredAt(accepted, i)) {
      accepted.push(oneWordAnchor(t, i, person, false));
    }
  }
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
