/**
 * Whether a name is part of a longer one that the knowledge base does not know ("New Mexico", "Taylor Swift", a quoted
 * title). Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs them in order.
 */
import { isInitial } from './candidate-walk';
import { C_APOS, classOf, foldSurface } from './fold';
import { refEntity, refIndex } from './match-helpers';
import {
  W_ADJECTIVE,
  W_CREDIT,
  W_DEMONYM,
  W_GENERIC,
  W_GIVEN_NAME,
  W_KIND_NOUN,
  W_PARTICLE,
  W_PERSON_TITLE,
  W_PLACE_PREFIX,
  W_PLACE_SUFFIX,
  W_REGION_WORD,
  W_STOPWORD,
  W_TITLE,
} from './index-flags';
import type { Candidate, Context } from './match-types';
import {
  BODY_HEADS_AFTER,
  CLOSE_QUOTES,
  COALITION_FLAGS,
  COALITION_WORDS,
  GERMAN_ARTICLES,
  IDEOLOGY_ADJECTIVES,
  INITIAL_PROMINENCE,
  MAX_NAMED_AFTER_GAP,
  PARTY_MEMBERS,
  PATRONYMIC_HASHES,
  QUOTED_NAME_OPENERS,
  REGION_ADJECTIVES,
  ROMANCE_BODY_ADJECTIVE,
  WORK_NOUNS,
} from './match-words';
import type { Matcher } from './matcher';
import { isTitle, portfolioBefore } from './offices';
import { NAME_PARTICLES } from './particles';
import { storyCountryAdjective } from './story-countries';
import {
  CLOSE_PAREN,
  OPEN_PAREN,
  OPEN_QUOTES,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CASED,
  T_CYRILLIC,
  T_JOINABLE,
  T_SENT_START,
  type Tokens,
  isPossessiveS,
} from './tokenize';
import { sentenceStart, spacedDash } from './word-vetoes';

/** The capitalized word before the candidate opens a longer name (insideLongerName's first half). */
export function longerNameBefore(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const titleCase = ctx.titleCaseBlock[ctx.blocks[c.first]!] === 1;
  const prev = c.first - 1;
  // "HAMAS'S DEIF": the "S" of a possessive before the name is not part of a longer name.
  const possessiveS = prev > 0 && isPossessiveS(t, prev);
  if (
    prev >= 0 &&
    !possessiveS &&
    t.flags[c.first]! & T_JOINABLE &&
    !spacedDash(matcher, t, c.first) &&
    !isTitle(matcher, t, prev) &&
    !ctx.knownEnd[prev] &&
    !(t.flags[c.first]! & T_AFTER_HYPHEN && ctx.namedSurname[prev] && ctx.namedSurname[c.first]) &&
    // "Senate Republicans": a party's members after the name of a body they sit in.
    !(PARTY_MEMBERS.has(t.hash[c.first]!) && ctx.otherNameEnd[prev]) &&
    !portfolioBefore(matcher, t, c)
  ) {
    const pf = t.flags[prev]!;
    const w = matcher.wordFlags(prev);
    const capitalized = (pf & T_CAP_FIRST) !== 0 && !(pf & T_ALL_CAPS && t.flags[c.first]! & T_ALL_CAPS);
    // "Latin America" is no America, the "Gulf" of a place's name no country: adjectives that open a region's name.
    if (capitalized && REGION_ADJECTIVES.has(t.hash[prev]!) && matcher.isPlaceCandidate(c)) return true;
    // "The Amhara Democratic Party", "the Arab Democratic Party": a people's or a faith's adjective (no country's
    // demonym) before a name that several bodies share opens another body's name ("Kenyan" before "Democratic
    // Party" says which country's).
    if (
      capitalized &&
      w & W_ADJECTIVE &&
      !(w & W_DEMONYM) &&
      !IDEOLOGY_ADJECTIVES.has(t.hash[prev]!) &&
      c.entities.length > 1 &&
      !matcher.anyPlace(c.entities) &&
      !matcher.anyPerson(c.entities)
    )
      return true;
    // A word for the actor's kind before it is apposition, not part of the name ("Wochenzeitung Die Zeit").
    if (
      capitalized &&
      !(w & (W_PARTICLE | W_ADJECTIVE | W_DEMONYM | W_KIND_NOUN)) &&
      !germanNoun(matcher, t, prev, c.viaExact)
    ) {
      if (w & W_GIVEN_NAME) return true;
      // "L.Oyun-Erdene", "S. Jaishankar": an initial before a surname, the first letter of the person's name.
      if (namedByInitial(matcher, t, c)) return false;
      if (w & W_PLACE_PREFIX && matcher.isPlaceCandidate(c)) return true;
      // German capitalizes every noun: before a full name that opens with a given name, a capitalized word
      // that is no given name is the noun of an apposition ("des Hohen Repräsentanten Christian Schmidt").
      // Nor is an article ("Die SPD steht"): a paper named with one ("Die Zeit") has it in its own name.
      const germanNamed =
        matcher.german &&
        ((c.first < c.last && matcher.wordFlags(c.first) & W_GIVEN_NAME) ||
          GERMAN_ARTICLES.has(matcher.tokenText(prev)));
      if (!titleCase && !germanNamed && !sentenceStart(matcher, t, prev)) return true;
    }
  }
  return false;
}

/**
 * Right before `c` stands an initial, the first letter of the name of the one person `c` may name (Montsame writes
 * "L.Oyun-Erdene" for Luvsannamsrain Oyun-Erdene, "U.Khurelsukh" for the president).
 */
export function namedByInitial(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const initial = c.first - 1;
  if (initial < 0 || !(t.flags[c.first]! & T_JOINABLE) || !isInitial(matcher.text, t, initial)) return false;
  // Not a middle initial ("Michael D. Cohen"): the initial opens the name.
  if (initial > 0 && t.flags[initial]! & T_JOINABLE && t.flags[initial - 1]! & T_CAP_FIRST) return false;
  // One person of the surname, and a known one: "N. Smith" in a police report is no New Zealand minister, and "J.
  // Brown" none of the Browns.
  if (c.entities.length !== 1) return false;
  const e = c.entities[0]!;
  if (!matcher.isPerson(e) || matcher.prominence(e) < INITIAL_PROMINENCE) return false;
  return matcher.indexes[refIndex(e)]!.name(refEntity(e)).charAt(0) === matcher.text.charAt(t.start[initial]!);
}

/**
 * A person's full name that opens the name of a place or an institution called after them: "Ho Chi Minh
 * City", "Nelson Mandela University", "John F. Kennedy International Airport", "Bill & Melinda Gates
 * Foundation". The reader means the place, not the person.
 */
export function namedAfter(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  // Cheapest first: it is asked of every candidate, and most are followed by no capitalized word.
  const after = c.last + 1;
  if (after >= t.count || t.flags[c.last]! & T_BEFORE_POSSESSIVE || !(t.flags[after]! & T_CAP_FIRST)) return false;
  for (let q = 0; q < c.entities.length; q++) if (!matcher.isPerson(c.entities[q]!)) return false;
  // The rest of the person's name may come first ("Kim" of "Kim Il Sung Square"), or "International".
  for (let next = c.last + 1; next < t.count && next <= c.last + MAX_NAMED_AFTER_GAP; next++) {
    const f = t.flags[next]!;
    if ((f & (T_JOINABLE | T_CAP_FIRST | T_ALL_CAPS)) !== (T_JOINABLE | T_CAP_FIRST) || spacedDash(matcher, t, next))
      return false;
    if (matcher.wordFlags(next) & W_PLACE_SUFFIX) return true;
  }
  return false;
}

/**
 * True when a capitalized neighbour makes the candidate part of a longer proper name that the knowledge
 * base does not know ("Sullivan County", "Michael Jordan", "Chad Smith"). In title-case headlines every
 * word is capitalized, so there only place words ("County") and known given names count.
 */
export function insideLongerName(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  if (quotedLonger(matcher, t, c)) return true;
  if (bracketedInTitle(matcher, t, c)) return true;
  if (longerNameBefore(matcher, t, c, ctx)) return true;
  const titleCase = ctx.titleCaseBlock[ctx.blocks[c.first]!] === 1;
  const next = c.last + 1;
  // A possessive ends the name: "Wilders' Party for Freedom", "Putin's Security Council".
  // So does a German genitive: "Israels Armee", where every noun is capitalized.
  const possessive = (t.flags[c.last]! & T_BEFORE_POSSESSIVE) !== 0 || c.genitive;
  // "the Office of the Prosecutor General": a name ending in an office's word goes on into the office's next
  // capitalized word ("Prosecutor General", "Attorney General"); it is some other office's name. Not a party's
  // adjective before an office ("Republican Senator Lindsey Graham").
  if (
    next < t.count &&
    !possessive &&
    (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) &&
    (matcher.wordFlags(c.last) & (W_TITLE | W_PERSON_TITLE)) === (W_TITLE | W_PERSON_TITLE) &&
    isTitle(matcher, t, next)
  )
    return true;
  if (
    next < t.count &&
    !possessive &&
    t.flags[next]! & T_JOINABLE &&
    !spacedDash(matcher, t, next) &&
    !isTitle(matcher, t, next) &&
    !ctx.knownStart[next] &&
    !(t.flags[next]! & T_AFTER_HYPHEN && ctx.namedSurname[next] && ctx.namedSurname[c.last]) &&
    !(PARTY_MEMBERS.has(t.hash[next]!) && !matcher.anyPerson(c.entities)) &&
    // German compounds an acronym with a noun: "FDP-Vorsitzenden", "CDU-Politiker" name the party.
    !(c.viaExact && matcher.german && t.flags[next]! & T_AFTER_HYPHEN)
  ) {
    const nf = t.flags[next]!;
    const capitalized = (nf & T_CAP_FIRST) !== 0 && !(nf & T_ALL_CAPS && t.flags[c.last]! & T_ALL_CAPS);
    const nw = matcher.wordFlags(next);
    if (
      capitalized &&
      !regionNameAt(matcher, t, next) &&
      !germanNounAfterPlace(matcher, t, c, nw) &&
      !(nw & W_CREDIT && matcher.anyPress(c.entities)) &&
      (nw & W_PLACE_SUFFIX || !titleCase)
    ) {
      // "Rusya Devlet Başkanı Vladimir Putin", "Katar Emiri": a country's name before the words of an office
      // is not part of a longer name.
      const office = !(nw & W_PLACE_SUFFIX) && isTitle(matcher, t, next + 1) && matcher.isPlaceCandidate(c);
      if (!office) return true;
    }
    // "la Commission électorale", "la Commissione elettorale": in the Romance press a body's head noun goes on in a
    // lower-case adjective, and alone it is another body's short name (the European Commission's "Commission").
    // Not an adjective of a country the story names ("el Ejército sirio": romanceAdjectiveAfter).
    if (
      matcher.foreignLatin &&
      c.first === c.last &&
      (nf & (T_CASED | T_CAP_FIRST)) === T_CASED &&
      matcher.wordFlags(c.first) & W_GENERIC &&
      ROMANCE_BODY_ADJECTIVE.test(matcher.tokenText(next)) &&
      !storyCountryAdjective(matcher, foldSurface(matcher.tokenText(next)), ctx)
    )
      return true;
    // "Ahmed al-Asiri", "Hassan bin Talal": a particle and a capitalized word continue the name.
    const after = next + 1;
    if (
      !(nf & T_CAP_FIRST) &&
      after < t.count &&
      t.flags[after]! & T_JOINABLE &&
      t.flags[after]! & T_CAP_FIRST &&
      !ctx.knownStart[next] &&
      // "il Partito democratico di Sali Berisha": a known name after the particle is its own.
      !ctx.knownStart[after] &&
      // "die Bundesregierung von Bundeskanzler Olaf Scholz": nor is an office, which opens a person's name.
      !isTitle(matcher, t, after) &&
      // "Belçika'da Brüksel Bölge Parlamentosu'nda": after an apostrophe, "da" is a Turkish case ending.
      (classOf(matcher.text.charCodeAt(t.start[next]! - 1)) & 7) !== C_APOS &&
      nameParticle(matcher, next)
    )
      return true;
  }
  return false;
}

/**
 * Token j opens a region's name in Russian or Ukrainian, a capitalized adjective before the lower-case word for a
 * region ("Курской области", "Сумській області"): a name before it ends there ("с Украиной Курской области").
 */
export function regionNameAt(matcher: Matcher, t: Tokens, j: number): boolean {
  return (
    (t.flags[j]! & T_CYRILLIC) !== 0 &&
    j + 1 < t.count &&
    (t.flags[j + 1]! & (T_CASED | T_CAP_FIRST)) === T_CASED &&
    (matcher.wordFlags(j + 1) & W_REGION_WORD) !== 0
  );
}

/** The word after the candidate, joined to it, is a body's head noun ("Committee", "Commission"), capitalized. */
export function bodyHeadAfter(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const next = c.last + 1;
  return (
    next < t.count &&
    (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) &&
    !(t.flags[c.last]! & T_BEFORE_POSSESSIVE) &&
    BODY_HEADS_AFTER.has(t.hash[next]!) &&
    !matcher.anyPlace(c.entities) &&
    !matcher.anyPerson(c.entities)
  );
}

/**
 * "the Gender Recognition Reform (Scotland) Bill": a name in brackets between capitalized words is part of a
 * longer title, a law's or a body's. Not an acronym the story defines ("the Rapid Support Forces (RSF)
 * Commander"), nor a name before an office.
 */
export function bracketedInTitle(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const text = matcher.text;
  if (text.charCodeAt(c.start - 1) !== OPEN_PAREN || text.charCodeAt(c.end) !== CLOSE_PAREN) return false;
  const before = c.first - 1;
  const after = c.last + 1;
  return (
    before >= 0 &&
    after < t.count &&
    !(t.flags[c.first]! & T_ALL_CAPS) &&
    !isTitle(matcher, t, after) &&
    t.end[before] === c.start - 2 &&
    t.start[after] === c.end + 2 &&
    (t.flags[before]! & t.flags[after]! & T_CAP_FIRST) !== 0
  );
}

/**
 * "Fadi El Abdallah", "Tarek Al-Wazir": a surname after a particle and a capitalized word ends a longer name
 * the knowledge base does not know; it is not another person's surname.
 */
export function afterParticleOfName(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  const particle = c.first - 1;
  const given = c.first - 2;
  if (given < 0 || !(t.flags[c.first]! & T_JOINABLE) || !(t.flags[particle]! & T_JOINABLE)) return false;
  // The word flag first (one array read): nameParticle reads the token's letters.
  if (!(matcher.wordFlags(particle) & W_PARTICLE) || !nameParticle(matcher, particle)) return false;
  // A title before "bin" is a given name: "Sheikh Dr Sultan bin Muhammad Al Qasimi" (no title takes a patronymic).
  const patronymic = PATRONYMIC_HASHES.has(t.hash[particle]!);
  if (ctx.knownEnd[given] || (!patronymic && isTitle(matcher, t, given))) return false;
  const f = t.flags[given]!;
  // "Llegó al Senado": a sentence's first word is capitalized whatever it is, and Spanish "al" is "a el";
  // there the word before the particle must be a given name the knowledge base knows.
  if (f & T_SENT_START && !(matcher.wordFlags(given) & W_GIVEN_NAME)) return false;
  return (
    (f & T_CAP_FIRST) !== 0 &&
    !(f & T_ALL_CAPS) &&
    !(matcher.wordFlags(given) & (patronymic ? W_STOPWORD : W_STOPWORD | W_TITLE))
  );
}

/**
 * "Prince Abdulaziz bin Turki al-Faisal": a person's name after a given name and "bin" is the father's, inside
 * the son's longer name, not a mention of the father (Turki al-Faisal).
 */
export function afterPatronymic(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const particle = c.first - 1;
  const given = c.first - 2;
  return (
    given >= 0 &&
    (t.flags[c.first]! & t.flags[particle]! & T_JOINABLE) !== 0 &&
    PATRONYMIC_HASHES.has(t.hash[particle]!) &&
    (t.flags[given]! & (T_CAP_FIRST | T_ALL_CAPS)) === T_CAP_FIRST &&
    c.entities.every((e) => matcher.isPerson(e))
  );
}

/**
 * Whether token j is a particle that carries a name on ("al", "bin", "van"). In German "der" and "den" after a
 * name are articles: "gab Nehammer den Auftrag".
 */
export function nameParticle(matcher: Matcher, j: number): boolean {
  const word = matcher.tokenText(j);
  return NAME_PARTICLES.has(word) && !(matcher.german && GERMAN_ARTICLES.has(word));
}

/**
 * German capitalizes every noun: "ob Deutschland Kampfpanzer liefert" is the country before a noun (the next
 * word, with flags `nw`), unless the place's name is also a given name ("Israel Katz"), a word that extends a
 * place's name follows ("Washington Street"), or more capitalized words do ("China Railway International").
 */
export function germanNounAfterPlace(matcher: Matcher, t: Tokens, c: Candidate, nw: number): boolean {
  const after = c.last + 2;
  // "Jamaika-Koalition", "Kenia-Bündnis": German names coalitions by the flags whose colours their parties'
  // share; such a compound names the coalition, not the country.
  if (COALITION_FLAGS.has(t.hash[c.first]!) && COALITION_WORDS.has(t.hash[c.last + 1]!)) return false;
  return (
    matcher.german &&
    !(nw & W_PLACE_SUFFIX) &&
    !(matcher.wordFlags(c.first) & W_GIVEN_NAME) &&
    !(after < t.count && t.flags[after]! & T_JOINABLE && t.flags[after]! & T_CAP_FIRST) &&
    matcher.isPlaceCandidate(c)
  );
}

/**
 * A full name written with a hyphen and going on with one ("Willy-Brandt-Haus", "Konrad-Adenauer-Stiftung"): a
 * German compound names a building or a foundation after the person.
 */
export function hyphenatedIntoCompound(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const next = c.last + 1;
  return (
    c.first < c.last &&
    (t.flags[c.last]! & T_AFTER_HYPHEN) !== 0 &&
    c.entities.every((e) => matcher.isPerson(e)) &&
    next < t.count &&
    (t.flags[next]! & (T_AFTER_HYPHEN | T_CAP_FIRST)) === (T_AFTER_HYPHEN | T_CAP_FIRST)
  );
}

/**
 * "Henri Poupart-Lafarge": a one-word name written after a hyphen onto a capitalized word the knowledge base has in
 * no name at all is the second half of a double surname, not the company or the person it also names. A place's
 * name is not read so ("Nagorno-Karabakh" is written whole; a place's compounds are judged by insideLongerName).
 */
export function secondOfDoubleName(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const before = c.first - 1;
  return (
    c.first === c.last &&
    before >= 0 &&
    (t.flags[c.first]! & (T_AFTER_HYPHEN | T_JOINABLE)) === (T_AFTER_HYPHEN | T_JOINABLE) &&
    // Written onto it, not after a spaced dash ("Grundmandatsklausel – CSU und Linke").
    t.end[before] === t.start[c.first]! - 1 &&
    (t.flags[before]! & (T_CAP_FIRST | T_ALL_CAPS)) === T_CAP_FIRST &&
    matcher.tokenIds[c.index]![before]! < 0 &&
    !matcher.anyPlace(c.entities)
  );
}

/**
 * In German every noun is capitalized: a capitalized word right after an article ("einer Entlassung
 * Kickls", "des Rücktritts Straches") is a noun, not the given name of the name after it. Before an acronym
 * written as a word, so is one after any lower-case word, unless it is a given name ("vom internationalen
 * Zahlungssystem Swift"; "mit Taylor Swift" is a name).
 */
export function germanNoun(matcher: Matcher, t: Tokens, j: number, beforeAcronym: boolean): boolean {
  if (!matcher.german || j < 1 || !(t.flags[j]! & T_JOINABLE) || t.flags[j - 1]! & T_CAP_FIRST) return false;
  return GERMAN_ARTICLES.has(matcher.tokenText(j - 1)) || (beforeAcronym && !(matcher.wordFlags(j) & W_GIVEN_NAME));
}

/** The name, and nothing else, between quotation marks: «الهيئة», "Проект". */
/**
 * "газета «Голос України»", "le journal « La Croix du Nord »": the name opens a quoted name of a few capitalized
 * words, a paper's, a book's or a law's, which it is only part of (even where the next word is a known name).
 */
export function quotedLonger(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const text = matcher.text;
  const open = text.charAt(t.start[c.first]! - 1);
  if (!open || !QUOTED_NAME_OPENERS.includes(open) || CLOSE_QUOTES.includes(text.charAt(t.end[c.last]!))) return false;
  for (let j = c.last + 1; j < t.count && j <= c.last + 3; j++) {
    if ((t.flags[j]! & (T_JOINABLE | T_CAP_FIRST)) !== (T_JOINABLE | T_CAP_FIRST)) return false;
    if (CLOSE_QUOTES.includes(text.charAt(t.end[j]!))) return true;
  }
  return false;
}

/** Candidate `c` is a work's quoted title: a word for a work, then the name in quotation marks (see WORK_NOUNS). */
export function workTitle(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (c.first === 0 || !WORK_NOUNS.has(t.hash[c.first - 1]!)) return false;
  if (!/^\s?["«“„]$/.test(matcher.text.slice(t.end[c.first - 1], t.start[c.first]))) return false;
  // The closing mark may come after a comma or a full stop, as American style writes it ("People,"").
  let after = t.end[c.last]!;
  if (matcher.text.charAt(after) === ',' || matcher.text.charAt(after) === '.') after++;
  return CLOSE_QUOTES.includes(matcher.text.charAt(after)) && after < matcher.text.length;
}

export function quotedAlone(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  const before = matcher.text.charAt(t.start[c.first]! - 1);
  const after = matcher.text.charAt(t.end[c.last]!);
  return OPEN_QUOTES.includes(before) && before !== '' && CLOSE_QUOTES.includes(after) && after !== '';
}
