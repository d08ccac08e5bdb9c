/**
 * Pass 3 for a surname or a body's short name (Level.Surname): the story's full mentions, a country's possessive or
 * demonym, an office written before or after it (the Japanese and Chinese press's too) settle whose it is.
 */
import { surnameOwner } from './accept';
import { chineseOfficeBefore, japaneseOfficeAfter, koreanOfficeHolder } from './east-asian-rules';
import { afterParticleOfName, insideLongerName, namedByInitial } from './longer-names';
import { apostropheInWord, inDoc, ref } from './match-helpers';
import { W_OWNER_ONLY, W_PERSON_TITLE, W_TITLE } from './index-flags';
import type { Candidate, Context } from './match-types';
import {
  BESIDE_NONE,
  BESIDE_OWN,
  CABINET_COMPOUNDS,
  CABINET_HASH,
  CHINESE_OFFICE_MIN_PROMINENCE,
  JAPANESE_FORMER,
  JAPANESE_NATIONAL_OFFICE,
  JAPANESE_SHARED_MIN_PROMINENCE,
  PERSON_PRONOUNS,
  PRONOUN_WINDOW,
  REGIME_MIN_PROMINENCE,
  THING_PRONOUNS,
} from './match-words';
import type { Matcher } from './matcher';
import {
  heldOfficeBy,
  officeBefore,
  officeOfBefore,
  officeOrThe,
  personInPhrase,
  personRightAfter,
  speakersBodies,
  titleWordAsTitle,
} from './offices';
import { afterDemonym, bodiesOf, ownBody, ownerAcrossWords, storysOwnBody, weakerBodyOf } from './own-bodies';
import { activeAt, longGone } from './story-context';
import {
  countryBeside,
  countryNameEndingAt,
  fitsCountryAdjective,
  fitsCountryAfterOf,
  placeReading,
  romanceAdjectiveAfter,
} from './story-countries';
import { afterPossessive, T_SENT_START, type Tokens } from './tokenize';
import {
  afterRegimeWord,
  companyAmongBusinessWords,
  governmentNamedFor,
  isOf,
  wordAtSentenceStart,
} from './word-vetoes';

/**
 * A surname or a short name: kept where the story names its actor in full, or where a country, an office or
 * the words around settle it.
 */
export function acceptSurname(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  if (insideLongerName(matcher, t, c, ctx) || afterParticleOfName(matcher, t, c, ctx)) return false;
  // "under U.Khurelsukh": the initial of the one person the knowledge base knows by that surname names that
  // person, as a given name would.
  if (namedByInitial(matcher, t, c)) return true;
  if (apostropheInWord(matcher.text, t, c.last)) return false;
  if (t.hash[c.last] === CABINET_HASH && c.last + 1 < t.count && CABINET_COMPOUNDS.has(t.hash[c.last + 1]!))
    return false;
  if (!fitsCountryAfterOf(matcher, t, c, ctx)) return false;
  const beside = countryBeside(matcher, t, c, ctx);
  if (beside !== BESIDE_NONE) return beside === BESIDE_OWN;
  if (!fitsCountryAdjective(matcher, t, c, ctx)) return false;
  if (romanceAdjectiveAfter(matcher, t, c, ctx)) return true;
  // After a country's possessive or demonym, only that country's body: "Iran's Supreme Court" is not
  // Russia's, however much the document says about Russia.
  if (afterPossessive(t, c.first)) {
    const owner = ctx.countryEndingAt.get(c.first - 2);
    if (owner !== undefined) {
      if (ownBody(matcher, c, owner)) return true;
      // "Spain's Rajoy": a person there is read as any surname is.
      c.entities = c.entities.filter((e) => matcher.isPerson(e));
      if (!c.entities.length) return false;
    }
  } else if (afterDemonym(matcher, t, c.first)) {
    const index = matcher.indexes[c.index]!;
    const owner = index.demonymCountry(matcher.tokenIds[c.index]![c.first - 1]!);
    // The demonym is part of the body's name as written ("the Kenyan parliament"), unlike a possessive.
    if (owner >= 0 && ownBody(matcher, c, ref(c.index, owner))) {
      c.first--;
      c.start = t.start[c.first]!;
      return true;
    }
    if (owner >= 0) return false;
  } else {
    // "South Korea's main opposition Democratic Party": the possessive a word or two before, across lower-case
    // words, settles a body of that country (Japan's defunct party of the name, in a story about Japan, is not
    // it); a body of no country of that name is read as any short name is.
    const owner = ownerAcrossWords(t, c.first, ctx);
    if (owner !== undefined && ownBody(matcher, c, owner)) return true;
  }
  if (c.lowerAfterOwner) return false;
  if (c.lowerStory) return storysOwnBody(matcher, c, ctx);
  // "King Abdullah of Jordan" after "Jim Jordan": after "of", a name that is also a place is the place.
  if (c.first > 0 && isOf(matcher, t, c.first - 1) && placeReading(matcher, c)) return false;
  // "il portavoce del ministero degli Esteri Wang Wenbin": the body of the person its own words lead to, before
  // one the story names elsewhere (Italy's, in a story about Italy and China).
  if (speakersBodies(matcher, c, personInPhrase(matcher, t, c, ctx), ctx)) return true;
  let named = inDoc(c.entities, ctx.doc);
  // "Law criminalising secession …" opening a sentence, in a story that writes "the law" elsewhere: a
  // word, unless its person ("Nathan Law") was named in full before it.
  if (named.length && c.first === c.last && wordAtSentenceStart(matcher, t, c))
    named = named.filter((e) => (ctx.anchorAt.get(e)?.[0] ?? Infinity) < c.first);
  if (named.length) {
    c.entities = named;
    // "Rogers said it would close the deal", in a story that names Rogers Communications and Edward Rogers: the
    // company named for the family, where the story says so (familyCompany).
    const firm = c.weaker.length ? familyCompany(matcher, t, c, ctx) : -1;
    if (firm >= 0) {
      c.entities = [firm];
      return true;
    }
    if (named.length > 1)
      c.preferred = koreanOfficeHolder(matcher, t, c, named, ctx) ?? surnameOwner(matcher, named, c.first, ctx);
    return true;
  }
  // "石破総理大臣は", "岸田前総理大臣", "森山幹事長": the Japanese press names a politician by the surname with the
  // office written right after it, seldom in full. As an office before a surname does in English ("President
  // Raisi"), it makes the surname the person's: the one living person of it, or of several the one in office
  // in the story's year ("鈴木総務会長" in 2025 is no prime minister of the 1980s). Not a surname the base marks
  // as shared with people it does not know (鈴木, 加藤, 小泉): as in English, an office does not say which.
  // The Chinese press writes the office before a foreigner's surname ("美国总统拜登"); a surname of two
  // characters, which many foreigners share, is only a leader's active in the story's year ("发言人米勒" is
  // a spokesman the base may lack, not Stephen Miller).
  const japanese = japaneseOfficeAfter(matcher, t, c);
  const chinese = japanese ? '' : chineseOfficeBefore(matcher, c);
  if (japanese || chinese) {
    let people = c.entities.filter(
      (e) => matcher.isPerson(e) && !c.onlyInFull.includes(e) && !longGone(matcher, e, ctx.year),
    );
    if (chinese) {
      people = people.filter(
        (e) => activeAt(matcher, e, ctx.year) && matcher.prominence(e) >= CHINESE_OFFICE_MIN_PROMINENCE,
      );
      // "洪都拉斯外长雷纳": an office after a country's name is that country's; its holder is none of another's
      // (Angela Rayner is 雷纳 too), nor is the same surname after an office elsewhere in the story ("指示外长雷纳").
      const surname = matcher.text.slice(c.start, c.end);
      const country = countryNameEndingAt(matcher, t, c.start - chinese.length, ctx);
      if (country >= 0) people = people.filter((e) => matcher.countryOf(e) === country);
      if (country >= 0 && !people.length) ctx.othersSurnames.add(surname);
      if (ctx.othersSurnames.has(surname)) people = [];
    } else if (people.length > 1) people = people.filter((e) => activeAt(matcher, e, ctx.year));
    // "安倍首相", "菅官房長官": a surname the base marks as shared (安倍 with Akie Abe, 菅 with Naoto Kan) with a
    // national office written after it is the one well-known person of it in office in the story's year. Not a
    // governor's, a mayor's or a member's office (鈴木知事): the base knows few of those. Only the well known:
    // the base does not say which office each held, and "河野外相" in 2019 is Taro Kono, not the general Shunji
    // Kōno, both in office then.
    // A former office ("安倍前総理大臣", "元首相") is that of one who held office before the story's year.
    if (japanese && !people.length && JAPANESE_NATIONAL_OFFICE.test(japanese)) {
      const former = JAPANESE_FORMER.test(japanese);
      people = c.entities.filter(
        (e) =>
          matcher.isPerson(e) &&
          matcher.prominence(e) >= JAPANESE_SHARED_MIN_PROMINENCE &&
          (former ? heldOfficeBy(matcher, e, ctx.year) : activeAt(matcher, e, ctx.year)),
      );
    }
    if (people.length === 1) {
      c.entities = people;
      return true;
    }
  }
  // A body's short name ("the Defense Ministry", "the National Assembly"): the one of the country the
  // document is mostly about, when it names that country's actors at least twice.
  // Not a force's short name: a war story names two armies ("the army" is either side's).
  if (matcher.wordFlags(c.first) & W_OWNER_ONLY) return false;
  // "China … said through Foreign Ministry spokesperson Wang Wenbin" in a story about Myanmar: the body
  // of the person named right after it, before the story's own country's.
  // Not a speaker whose own body, named in the story, is another ("Parliament President Roberta Metsola" after
  // "the European Parliament" is not Malta's parliament).
  if (speakersBodies(matcher, c, personRightAfter(matcher, c, ctx), ctx)) return true;
  const bodies = bodiesOf(matcher, c.entities, ctx.dominantCountry);
  if (ctx.dominantCountry >= 0 && bodies.length) {
    c.entities = bodies;
    return true;
  }
  // "National Security Council spokesperson John Kirby" in a story about Ukraine: the one body whose own
  // people (linked to it in the knowledge base) the document names, in a story about another country.
  const kin = c.entities.filter((e) => !matcher.isPerson(e) && (ctx.related.counts.get(e) ?? 0) > 0);
  if (kin.length === 1) {
    c.entities = kin;
    return true;
  }
  // "Zelensky convened the National Security and Defense Council" in a story mostly about Russia: a short name
  // only one body answers to, of a country the story names at least twice.
  if (c.entities.length === 1 && !matcher.isPerson(c.entities[0]!)) {
    const country = matcher.countryOf(c.entities[0]!);
    if (country >= 0 && (ctx.related.mentions.get(country) ?? 0) >= 2 && officeOrThe(matcher, t, c.first)) return true;
  }
  // "قوات الأسد", "نظام الأسد" ('Assad's forces', 'the Assad regime'): after the Arabic word for forces, regime
  // or government, a ruler's surname alone is the ruler, as "Assad" alone is in English ("الأسد" alone is
  // also 'the lion').
  if (afterRegimeWord(matcher, t, c.first)) {
    const people = c.entities.filter((e) => matcher.isPerson(e) && matcher.prominence(e) >= REGIME_MIN_PROMINENCE);
    if (people.length) {
      c.entities = people;
      return true;
    }
  }
  // "le gouvernement Bedoui", "il governo Meloni", "the Kishida cabinet": a government named for its head. The
  // surname is that head's: the one person of it in office in the story's year.
  if (governmentNamedFor(t, c)) {
    const people = c.entities.filter((e) => matcher.isPerson(e) && activeAt(matcher, e, ctx.year));
    if (people.length === 1) {
      c.entities = people;
      return true;
    }
  }
  // An office before a surname ("President Raisi", "Foreign Minister Lavrov") makes it that person;
  // a courtesy title alone ("Mr Sullivan") does not say which Sullivan. A body's short name after a
  // title ("Chief of General Staff") is read so only for a country the story names: in a Turkish story
  // it is not Iran's General Staff, nor Russia's because the story names someone tied to Russia.
  // "The head of the Wagner group": a person's surname does not follow "the"; a name there is a body's.
  const afterThe = c.first > 0 && matcher.text.slice(t.start[c.first - 1], t.end[c.first - 1]) === 'the';
  // "el presidente del Congreso" in a Peruvian story that names Mexico: Peru's Congress (a weaker reading,
  // tried next), not Mexico City's, when the story's own country has such a body.
  const ownWeaker = ctx.dominantCountry >= 0 && weakerBodyOf(matcher, c, ctx.dominantCountry);
  const officeOf = officeOfBefore(matcher, t, c.first);
  c.entities = c.entities.filter((e) =>
    matcher.isPerson(e)
      ? !afterThe && !officeOf && !c.onlyInFull.includes(e)
      : ctx.doc.has(matcher.countryOf(e)) && (!ownWeaker || matcher.countryOf(e) === ctx.dominantCountry),
  );
  // "Prime Minister Justice (retd) Nasirul Mulk": a surname that is itself a title, before a name or a
  // bracket, is the title ("Justice" is no Jim Justice). In a title-case headline only an office right
  // before says anything ("Parliament Adopts Foreign Agents Law": every word is capitalized there).
  if (matcher.wordFlags(c.first) & (W_TITLE | W_PERSON_TITLE) && titleWordAsTitle(matcher, t, c)) return false;
  const headline = ctx.titleCaseBlock[ctx.blocks[c.first]!] === 1;
  return c.entities.length > 0 && officeBefore(matcher, t, c.first, headline);
}

/**
 * The one company the story names whose shared name is this surname (a weaker reading of it), where the story says
 * the company is meant rather than its people of that surname: the company was named in full before it and they only
 * after; or the sentence's first pronoun after it ("Rogers said it would close", "Rogers, for its part"); or, with no
 * pronoun, words of business around it. Else -1.
 */
function familyCompany(matcher: Matcher, t: Tokens, c: Candidate, ctx: Context): number {
  let firm = -1;
  for (const w of c.weaker)
    for (const e of w.entities) {
      if (matcher.kindOf(e) !== 'organization' || !ctx.doc.has(e) || e === firm) continue;
      if (firm >= 0) return -1;
      firm = e;
    }
  if (firm < 0) return -1;
  // Named in full before it, where its people are named only later ("Edward Rogers" in the story's last paragraph).
  const firstAt = (e: number) => ctx.anchorAt.get(e)?.[0] ?? Infinity;
  if (firstAt(firm) < c.first && c.entities.every((e) => firstAt(e) > c.last)) return firm;
  for (let j = c.last + 1; j < t.count && j <= c.last + PRONOUN_WINDOW && !(t.flags[j]! & T_SENT_START); j++) {
    if (THING_PRONOUNS.has(t.hash[j]!)) return firm;
    if (PERSON_PRONOUNS.has(t.hash[j]!)) return -1;
  }
  return companyAmongBusinessWords(matcher, t, { ...c, entities: c.entities.concat(firm) }, ctx) ? firm : -1;
}
