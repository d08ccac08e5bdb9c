/**
 * Pass 3 for a name shared with common words or other actors (Level.Ambiguous): kept only where the story supports
 * it (its related actors, cue words, a country's own body) and no counter-cue vetoes it.
 */
import { isHangul, koreanCountryWordAfter } from './korean';
import { insideLongerName, quotedAlone } from './longer-names';
import { anchoredBetween, inAllCapsRun, inDoc } from './match-helpers';
import { W_CREDIT } from './index-flags';
import { type Candidate, type Context, Level } from './match-types';
import {
  BESIDE_NONE,
  BESIDE_OWN,
  COLON,
  CREDIT_WITH,
  MINOR_PROMINENCE,
  OF_THE,
  ROMANCE_BODY_ACRONYMS,
  US_ID,
  US_STATE_NAMES,
  WORLD_BODY_PROMINENCE,
  WORLD_FIGURE_PROMINENCE,
} from './match-words';
import type { Matcher } from './matcher';
import { afterOrgHeadOf, afterPressWords, bodyOfPersonAfter, namedBodysHead } from './offices';
import { allStateBodies, listedWith, ownBody, ownBodyOverInternational, weakerBodyOf } from './own-bodies';
import { supported } from './story-context';
import {
  countryBeside,
  countryInStory,
  countryNamed,
  fitsCountryAfterOf,
  foreignCountriesOnly,
} from './story-countries';
import {
  afterPossessive,
  T_AFTER_COMMA,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CASED,
  T_CJK,
  T_JOINABLE,
  type Tokens,
} from './tokenize';
import { knownPlace } from './unknown-pass';
import {
  companyAmongBusinessWords,
  companyOrPeople,
  datelineCredit,
  inByline,
  kindNounNear,
  pressNamedByWords,
  wordAtSentenceStart,
} from './word-vetoes';

/** A name shared with words or other actors: kept only with support from the story or the words around it. */
export function acceptAmbiguous(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  // "By NATION Reporters", "Dawn Report": an outlet in a byline, whatever words name it and go on after it.
  // Not a name that is also another kind of actor's ("Photo courtesy: PTI Twitter" is the party's account).
  // Not the tail of another outlet's name after a place ("Hungary Today" is no TODAY of Singapore).
  if (c.entities.every((e) => matcher.isPress(e)) && inByline(t, c, ctx))
    return !(
      (c.first > 0 &&
        (t.flags[c.first]! & (T_JOINABLE | T_AFTER_HYPHEN)) === T_JOINABLE &&
        t.flags[c.first - 1]! & T_CAP_FIRST &&
        knownPlace(matcher, c.first - 1)) ||
      // "صنعاء - الرياض: «الشرق الأوسط»": the dateline's cities come before the colon, the paper after it.
      matcher.text.charCodeAt(c.end) === COLON
    );
  if (insideLongerName(matcher, t, c, ctx)) return false;
  if (glossOfNameBefore(matcher, t, c)) return false;
  // "US CPI rose 3.2%", "4月CPI同比上涨": no International Criminal Court outside a text in another language in Latin
  // letters (India's Communist Party, "CPI" in English too, is read as any national party is, below).
  if (c.first === c.last && ROMANCE_BODY_ACRONYMS.has(t.hash[c.first]!) && !inRomanceLetters(matcher)) {
    c.entities = c.entities.filter((e) => matcher.kindOf(e) !== 'international-organization');
    if (!c.entities.length) return false;
  }
  // "Che razza di musulmani sono?": opening a sentence, a shared name a text not in English also writes in lower
  // case is the word (Italian "che", not Che Guevara). Not in English, whose shared names are places that open
  // sentences ("Turkey, a NATO member, …" in a story that also serves turkey).
  if (matcher.foreignLatin && wordAtSentenceStart(matcher, t, c)) return false;
  const namedBody = namedBodysHead(matcher, t, c, ctx);
  if (namedBody >= 0) {
    c.entities = [namedBody];
    return true;
  }
  // "Russia's Security Council" is Russia's own, not the UN's: after a country's possessive, a short name
  // is no international body.
  if (afterPossessive(t, c.first) && ctx.countryEndingAt.has(c.first - 2)) {
    c.entities = c.entities.filter((e) => matcher.kindOf(e) !== 'international-organization');
    if (!c.entities.length) return false;
    // "Britain's Foreign Office", where Germany's answers to the name too: the country's own.
    const owner = ctx.countryEndingAt.get(c.first - 2)!;
    if (c.entities.length > 1 && ownBody(matcher, c, owner)) return !matcher.isPlaceCandidate(c);
  }
  if (afterOrgHeadOf(matcher, t, c) && matcher.isPlaceCandidate(c)) return false;
  // "Sudan, Mali, Burkina Faso, Niger, Guinea and Gabon": a place name in a list of countries the story names.
  if (matcher.anyPlace(c.entities) && listedWith(t, c, ctx, matcher.isCountry)) {
    c.entities = c.entities.filter((e) => matcher.isPlace(e));
    return true;
  }
  if (!fitsCountryAfterOf(matcher, t, c, ctx)) return false;
  const beside = countryBeside(matcher, t, c, ctx);
  if (beside !== BESIDE_NONE) return beside === BESIDE_OWN;
  // In an all-caps headline or credit a capital says nothing: "FORWARD" is a word, not the Forward.
  if (!c.viaExact && t.flags[c.first]! & T_ALL_CAPS && inAllCapsRun(t, c.first, c.last)) return false;
  // "il presidente della Repubblica": after "of the", a paper named by a common noun is that noun, even in
  // a story that quotes the paper.
  if (c.first > 0 && t.flags[c.first]! & T_JOINABLE && OF_THE.has(t.hash[c.first - 1]!) && matcher.anyPress(c.entities))
    return false;
  // "모든 수단을 동원해" ('by all means'): a Korean word that is also a country's name (수단 Sudan, 오만 Oman, 피지
  // Fiji) is the country only in a list of countries (above) or before a word said of a country ("수단 내전").
  if (c.first === c.last && isHangul(matcher.text.charCodeAt(c.start)) && matcher.isPlaceCandidate(c))
    return koreanCountryWordAfter(matcher.text, c.end);
  // The body the person named right after it belongs to, before another of the name the story names elsewhere.
  if (c.entities.length > 1) {
    const own = bodyOfPersonAfter(matcher, c, ctx);
    if (own >= 0) {
      c.entities = [own];
      return true;
    }
  }
  const named = inDoc(c.entities, ctx.doc);
  if (named.length) {
    if (named !== c.entities) c.entities = named.concat(c.entities.filter((e) => !ctx.doc.has(e)));
    return true;
  }
  if (companyAmongBusinessWords(matcher, t, c, ctx) || companyListedWithCompanies(matcher, t, c, ctx)) {
    c.entities = c.entities.filter((e) => matcher.kindOf(e) === 'organization');
    return true;
  }
  // "el ministro de Defensa, Pedro Sánchez" in a Colombian story: of people who share a full name, the one
  // of the country the story is about, when the story names none of the others' countries.
  if (c.first < c.last && ctx.dominantCountry >= 0 && c.entities.every((e) => matcher.isPerson(e))) {
    const own = c.entities.filter((e) => matcher.countryOf(e) === ctx.dominantCountry);
    if (own.length === 1 && c.entities.every((e) => e === own[0] || !countryNamed(matcher, e, ctx))) {
      c.entities = own;
      return true;
    }
  }
  // "Pedro Sánchez e Olaf Scholz" in a Portuguese story of an EU summit: of people who share a full name, a
  // world figure, when the others are minor figures whose countries the story does not name (Colombia's
  // defence minister Pedro Sánchez).
  if (c.first < c.last && c.entities.every((e) => matcher.isPerson(e))) {
    const world = c.entities.filter((e) => matcher.prominence(e) >= WORLD_FIGURE_PROMINENCE);
    if (
      world.length === 1 &&
      c.entities.every(
        (e) => e === world[0] || (matcher.prominence(e) <= MINOR_PROMINENCE && !countryNamed(matcher, e, ctx)),
      )
    ) {
      c.entities = world;
      return true;
    }
  }
  // "Atlanta, Georgia": a place name after a capitalized word and a comma is a US-style address. Not in a list
  // of names ("Union, SPD, Grüne und FDP", where each is as ambiguous as the next).
  // Not before a possessive, which no address has ("captured Goma, Congo's army said").
  const prev = c.first - 1;
  if (
    t.flags[c.first]! & T_AFTER_COMMA &&
    !(t.flags[c.last]! & T_BEFORE_POSSESSIVE) &&
    prev >= 0 &&
    t.flags[prev]! & T_CAP_FIRST &&
    !ctx.knownEnd[prev] &&
    !ctx.otherNameEnd[prev]
  )
    return false;
  // One word in a script without capitals ("الاتحاد" 'the union', "גישה" 'access'): nothing marks it as a
  // name, so other actors nearby are no support; it needs its kind named next to it ("صحيفة الاتحاد",
  // 'the newspaper Al-Ittihad') or quotation marks around it alone ("«الاتحاد»").
  // Place names keep the ordinary support: "الإمارات" beside other states is the Emirates. A longer name
  // of a paper or a company reads the same way as one word: "الشرق الأوسط" is 'the Middle East' except as
  // «الشرق الأوسط» or "صحيفة الشرق الأوسط"; longer shared names of bodies ("مجلس الأمن") keep the
  // ordinary support.
  // German capitalizes every noun, so a paper named by one ("Die Zeit", "Bild", "Stern") has no capital to
  // tell it from the word ("Die Zeit ist knapp"): it too needs its kind ("die Wochenzeitung Die Zeit") or
  // quotation marks („Bild“).
  if (!matcher.anyPlace(c.entities)) {
    const uncased = !(t.flags[c.first]! & (T_CASED | T_CJK));
    if ((uncased && c.first === c.last) || pressNamedByWords(matcher, c, t))
      return kindNounNear(matcher, t, c) || quotedAlone(matcher, t, c);
  }
  // "(AP Photo)": a credit word after it says it is the agency; so does another agency listed with it
  // ("AP, AFP") or an outlet's byline crediting it ("By Euronews with AP").
  if (
    matcher.anyPress(c.entities) &&
    ((c.last + 1 < t.count && matcher.wordFlags(c.last + 1) & W_CREDIT) ||
      afterPressWords(t, c.first) ||
      datelineCredit(matcher, t, c, ctx) ||
      listedWith(t, c, ctx, matcher.isMedia) ||
      (c.first >= 2 &&
        CREDIT_WITH.has(t.hash[c.first - 1]!) &&
        anchoredBetween(ctx, c.first - 2, c.first - 2, matcher.isMedia) >= 0))
  ) {
    c.entities = c.entities.filter((e) => matcher.isPress(e));
    return true;
  }
  // A party's or an institution's name shared by several countries ("Democratic Party", "the
  // Majlis", "Union"): only that of a country the document names, or one whose people it names.
  if (matcher.allNational(c.entities)) {
    const national = c.entities;
    const fitting = national.filter((e) => countryNamed(matcher, e, ctx) || (ctx.related.counts.get(e) ?? 0) > 1);
    if (!fitting.length) return worldBodyOverNational(matcher, c, t, ctx);
    c.entities = fitting;
    // "Congress" in a story mostly about the United States is its Congress, with or without another
    // actor in the same paragraph. Not for papers and companies, whose names are often common phrases.
    const own = fitting.filter((e) => matcher.countryOf(e) === ctx.dominantCountry);
    // An acronym is no common phrase: "ABC" in an Australian story is the Australian broadcaster.
    if (own.length && (!matcher.anyPress(own) || c.viaExact)) {
      c.entities = own;
      return true;
    }
    // "Assemblée nationale" in a Senegalese story: the body of the country the story is about answers to
    // it as a short name (a weaker reading, tried next), not France's named in passing.
    if (ctx.dominantCountry >= 0 && weakerBodyOf(matcher, c, ctx.dominantCountry, Level.Surname)) return false;
  }
  // A shared acronym of one country's group ("ASC", Cameroon's Ambazonia Self-Defence Council) is read only
  // in a story that names that country or its actors: in an Australian story ASC is the shipbuilder.
  if (c.viaExact && c.first === c.last && !countryInStory(matcher, c.entities, ctx)) return false;
  // "The storm hit Florida and Georgia" in an American story: a country named like a US state, in a story
  // mostly about the United States, needs its own actors in the story, not just any name nearby.
  if (
    c.first === c.last &&
    US_STATE_NAMES.has(t.hash[c.first]!) &&
    ctx.dominantCountry === matcher.refOf(US_ID) &&
    foreignCountriesOnly(matcher, c.entities, ctx)
  )
    return false;
  // "Nazarbayev stepped down as chairman of the Security Council" in a story about Kazakhstan that names
  // nothing of the UN's: the country's own body, unless the story names more of the international one's.
  if (ownBodyOverInternational(matcher, c, ctx)) return true;
  return supported(matcher, c, t, ctx);
}

/**
 * "ESMC, an dem auch Bosch, Infineon und NXP beteiligt sind": a company's shared name in a list beside another
 * company the story names is the company, where its other readings are people (Juan Bosch).
 */
function companyListedWithCompanies(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): boolean {
  return companyOrPeople(matcher, c.entities) && listedWith(t, c, ctx, (e) => matcher.kindOf(e) === 'organization');
}

/**
 * "The Red Cross said it had delivered aid to Gaza": a name a body known the world over shares with national ones
 * (the ICRC with the American and the British Red Cross) is the world one where the story names none of their
 * countries, when the story supports it. Its seat (Geneva) is no country the story need name. Only among
 * organizations, not companies, papers or state bodies, whose shared names are often common phrases; and only
 * for a shared name ("X" alone, the company's, stays unread).
 */
function worldBodyOverNational(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  if (c.entities.length < 2) return false;
  let world = -1;
  for (const e of c.entities) {
    if (matcher.kindOf(e) !== 'organization') return false;
    if (matcher.prominence(e) < WORLD_BODY_PROMINENCE) continue;
    if (world >= 0) return false;
    world = e;
  }
  if (world < 0) return false;
  const all = c.entities;
  c.entities = [world];
  if (supported(matcher, c, t, ctx)) return true;
  c.entities = all;
  return false;
}

/** The text is in Latin letters and not in English (nor Chinese, Japanese, Korean, Arabic or Hebrew with a few Latin words). */
function inRomanceLetters(matcher: Matcher): boolean {
  return (
    matcher.foreignLatin &&
    !matcher.han &&
    !matcher.japanese &&
    !matcher.korean &&
    !matcher.arabicScript &&
    !matcher.hebrew
  );
}

const OPENING_BRACKETS = new Set([0x28, 0xff08]);
const CLOSING_BRACKETS = new Set([0x29, 0xff09]);

/**
 * "国民議会（下院）", "連邦議会（下院）": in Chinese or Japanese, a state body's shared short name in brackets written onto
 * the word before glosses that word (France's National Assembly is its lower house), and names no other body (the
 * US House, which answers to "下院" in American stories). The name glossed may itself be shared, so it need not have
 * been read.
 */
function glossOfNameBefore(matcher: Matcher, t: Tokens, c: Candidate): boolean {
  if (c.first === 0 || !(t.flags[c.first]! & T_CJK) || !(t.flags[c.first - 1]! & T_CJK)) return false;
  const text = matcher.text;
  return (
    t.end[c.first - 1] === c.start - 1 &&
    OPENING_BRACKETS.has(text.charCodeAt(c.start - 1)) &&
    CLOSING_BRACKETS.has(text.charCodeAt(c.end)) &&
    allStateBodies(matcher, c.entities)
  );
}
