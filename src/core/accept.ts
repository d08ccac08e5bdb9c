/**
 * Pass 3 of the matcher: whether a candidate names an actor at its level, and which of several people a surname means.
 * Its vetoes live beside it, by what they read: word-vetoes.ts, longer-names.ts, offices.ts, story-countries.ts,
 * own-bodies.ts, east-asian-rules.ts. Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs
 * them in order.
 */
import { compassAfter } from './candidate-case';
import {
  chineseOfficeBefore,
  cjkRunAfter,
  cjkRunAllows,
  compassBefore,
  headTitleAfter,
  japaneseOfficeAfter,
  kanjiNameGoesOn,
  koreanOfficeHolder,
} from './east-asian-rules';
import { KOREAN_NOT_SURNAMES, isHangul, koreanCountryWordAfter, koreanOfficeAfter } from './korean';
import {
  afterParticleOfName,
  afterPatronymic,
  bodyHeadAfter,
  hyphenatedIntoCompound,
  insideLongerName,
  longerNameBefore,
  namedAfter,
  namedByInitial,
  quotedAlone,
  workTitle,
} from './longer-names';
import {
  anchoredBetween,
  apostropheInWord,
  inAllCapsRun,
  inDoc,
  kanjiApposition,
  nearestBefore,
  ref,
} from './match-helpers';
import { W_CREDIT, W_OWNER_ONLY, W_PERSON_TITLE, W_TITLE } from './match-index';
import { type Candidate, type Context, Level } from './match-types';
import {
  ACTIVE_BONUS,
  BESIDE_NONE,
  BESIDE_OWN,
  CABINET_COMPOUNDS,
  CABINET_HASH,
  CHINESE_OFFICE_MIN_PROMINENCE,
  CJK_ARMY_COMPOUND,
  COLON,
  CREDIT_WITH,
  CYRILLIC_HOMOGRAPHS,
  DOCTRINE_AFTER,
  DOLLAR,
  JAPANESE_FORMER,
  JAPANESE_NATIONAL_OFFICE,
  JAPANESE_SHARED_MIN_PROMINENCE,
  MINISTER_WORDS,
  MINOR_PROMINENCE,
  OFFICE_PORTFOLIOS,
  OF_THE,
  RECENT_TOKENS,
  REGIME_MIN_PROMINENCE,
  SECRETARY,
  TITLE_ACRONYMS,
  US_ID,
  US_STATE_NAMES,
  WORLD_FIGURE_PROMINENCE,
} from './match-words';
import type { Matcher } from './matcher';
import {
  afterMinisterOf,
  afterOrgHeadOf,
  afterPressWords,
  beforeCabinetSecretary,
  heldOfficeBy,
  isRank,
  namedBodysHead,
  officeBefore,
  officeOfBefore,
  officeOrThe,
  personInPhrase,
  personRightAfter,
  speakersBodies,
  titleWordAsTitle,
} from './offices';
import {
  acceptAsNamedSurname,
  afterDemonym,
  bodiesOf,
  listedWith,
  ownBody,
  ownBodyOverInternational,
  ownerAcrossWords,
  preferStorysOwn,
  storysOwnBody,
  weakerBodyOf,
} from './own-bodies';
import { activeAt, longGone, relatives, supported } from './story-context';
import {
  countryBeside,
  countryInStory,
  countryNameEndingAt,
  countryNamed,
  fitsCountryAdjective,
  fitsCountryAfterOf,
  foreignCountriesOnly,
  namedPersonsSurname,
  otherCountrysBody,
  placeReading,
  romanceAdjectiveAfter,
} from './story-countries';
import {
  T_AFTER_COMMA,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CASED,
  T_CJK,
  T_CYRILLIC,
  T_JOINABLE,
  type Tokens,
  afterPossessive,
  eastAsianNameDot,
} from './tokenize';
import { knownPlace } from './unknown-pass';
import {
  afterRegimeWord,
  datelineCredit,
  designation,
  inByline,
  isDate,
  isOf,
  kindNounNear,
  lowerCaseDescription,
  onStreet,
  pressNamedByWords,
  securityName,
  shipBefore,
  unknownSurname,
  wordAtSentenceStart,
} from './word-vetoes';

/** Accepts the candidate at its most certain level, or else at a weaker one ("Houthi" the group, not the surname). */
export function acceptAtSomeLevel(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  if (c.level === Level.Anchor && c.weaker.length) {
    if (acceptAsNamedSurname(matcher, c, t, ctx)) return true;
    preferStorysOwn(matcher, c, ctx);
  }
  if (accept(matcher, c, t, ctx)) return true;
  for (let q = 0; q < c.weaker.length; q++) {
    const w = c.weaker[q]!;
    c.level = w.level;
    c.entities = w.entities;
    if (accept(matcher, c, t, ctx)) return true;
  }
  return false;
}

export function accept(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  if (
    isDate(matcher, t, c) ||
    isRank(matcher, t, c) ||
    lowerCaseDescription(matcher, t, c) ||
    namedAfter(matcher, t, c)
  )
    return false;
  if (workTitle(matcher, t, c)) return false;
  if (c.last + 1 < t.count && DOCTRINE_AFTER.has(t.hash[c.last + 1]!) && t.flags[c.last + 1]! & T_JOINABLE)
    return false;
  // "US$ 200", "HK$", "NZ$": a country's code with a dollar sign written onto it is the currency.
  if (c.viaExact && matcher.text.charCodeAt(c.end) === DOLLAR) return false;
  // "NSA Ajit Doval", "MP Diane Abbott": an office's acronym right before a person's full name is the person's
  // title, not the agency or party it also spells. (Not any acronym: "лидер ЛДПР Владимир Жириновский", "szef MSZ
  // Radosław Sikorski" write the body's before its member's name.)
  const next = c.last + 1;
  if (
    c.viaExact &&
    c.first === c.last &&
    TITLE_ACRONYMS.has(t.hash[c.first]!) &&
    next < t.count &&
    ctx.knownStart[next] &&
    (t.flags[c.first]! & (T_ALL_CAPS | T_BEFORE_POSSESSIVE)) === T_ALL_CAPS &&
    t.flags[next]! & T_JOINABLE &&
    !(t.flags[next]! & T_AFTER_HYPHEN) &&
    anchoredBetween(ctx, next, next, (e) => matcher.isPerson(e)) >= 0
  )
    return false;
  // "USS Harry S. Truman", "حاملة الطائرات هاري ترومان" (the carrier Harry Truman): a person's name after a ship's
  // prefix or the word for a carrier names the ship.
  if (shipBefore(matcher, t, c.first)) {
    c.entities = c.entities.filter((e) => !matcher.isPerson(e));
    if (!c.entities.length) return false;
  }
  // "윤 대통령", "이 대표": a Korean surname of one syllable names its person only with an office after it ("이" is
  // also 'this', "김" 'laver').
  if (
    c.end - c.start === 1 &&
    isHangul(matcher.text.charCodeAt(c.start)) &&
    (KOREAN_NOT_SURNAMES.has(matcher.text[c.start]!) || !koreanOfficeAfter(matcher.text, c.end))
  )
    return false;
  // "México envía a EU a 29 narcos": the Spanish press's "EU" is Estados Unidos; the European Union is "UE".
  if (matcher.spanish && c.first === c.last && matcher.text.slice(c.start, c.end) === 'EU') {
    const us = matcher.refOf(US_ID);
    if (us >= 0) c.entities = [us];
  }
  // "马哈茂德·阿鲁勒" (Mahmoud al-Aloul): a name followed by a middle dot and more of a transliterated name is
  // its first part, not the surname another foreigner is called by ("马哈茂德" of Hassan Sheikh Mohamud).
  // Not the Japanese press's dot between a name in kanji and an office in kanji ("松野博一・前官房長官"): there
  // the name ends.
  if (eastAsianNameDot(matcher.text, c.end) && !kanjiApposition(matcher.text, c.end)) return false;
  // "外交部长" (the foreign minister), "財政部長", "警察庁長官": a body's name with "长" written onto it is its
  // head's title, not the body (a country's is not: "中国长城" is the Great Wall).
  if (headTitleAfter(matcher, t, c)) {
    c.entities = c.entities.filter((e) => matcher.isPerson(e) || matcher.isPlace(e));
    if (!c.entities.length) return false;
  }
  // What a run of Chinese or Japanese characters written on after the name makes of it (CJK_RUN_RULES): "台湾海峡"
  // is no Taiwan, "胡志明市" no Ho Chi Minh, "日本貿易保険" no Japan.
  const cjkAfter = cjkRunAfter(matcher, t, c);
  if (cjkAfter && !cjkRunAllows(matcher, c, cjkAfter)) return false;
  // "对台军售" (arms sales to Taiwan), "美军事基地": an army's short name ("台军", "美军") whose 军 opens the next word
  // (军售 arms sales, 军事 military, 军火 arms, 军工, 军费, 军备) is no army.
  if (cjkAfter && CJK_ARMY_COMPOUND.test(cjkAfter) && /[军軍]$/.test(matcher.text.slice(c.start, c.end))) return false;
  // "林剣報道官" (Lin Jian, the spokesman) in a story that names 林芳正: a Japanese surname in kanji that the run of
  // kanji goes on from is the start of another name, unless an office or a word said of its person follows
  // ("林官房長官", "林氏", "岸田政権").
  if (c.level === Level.Surname && kanjiNameGoesOn(matcher, t, c, cjkAfter)) return false;
  if (securityName(matcher, t, c) || designation(matcher, t, c)) return false;
  // "على" ("on"), one of Arabic's commonest words, folds as the name Ali ("علي") does: written so, alone, it is
  // the preposition.
  if (c.first === c.last && t.end[c.first]! - t.start[c.first]! === 3 && matcher.tokenText(c.first) === 'على')
    return false;
  // "GCC Secretary-General HE Jasem Albudaiwi": two capitals amid mixed-case text are an honorific or an
  // abbreviation, not a surname ("HE", His Excellency, is no He Weidong); a headline in capitals ("XI MEETS
  // BIDEN") still names Xi.
  if (
    c.first === c.last &&
    t.end[c.first]! - t.start[c.first]! <= 2 &&
    t.flags[c.first]! & T_ALL_CAPS &&
    !inAllCapsRun(t, c.first, c.last)
  ) {
    c.entities = c.entities.filter((e) => !matcher.isPerson(e));
    if (!c.entities.length) return false;
  }

  // "東日本大震災" (the Great East Japan Earthquake), "西日本": a compass point written onto a country's name in
  // Chinese or Japanese makes a region's name; the country's own names that open so ("南非") are matched whole.
  if (compassBefore(matcher, t, c, ctx)) return false;
  // "شارع الحبيب بورقيبة", "rue Victor Hugo", "проспект Сахарова": a street named after a person.
  if (onStreet(matcher, t, c.first)) {
    c.entities = c.entities.filter((e) => !matcher.isPerson(e));
    if (!c.entities.length) return false;
  }
  // "devient ministre de la Défense": a body's short name after a minister's title is the portfolio, and a
  // ministry's one word before "Secretary" the office ("Treasury Secretary Janet Yellen"). Not a country
  // ("ministers of Turkey"). A council's or a party's secretary is its own ("Security Council Secretary Sergei
  // Shoigu", "ANC Secretary-General Fikile Mbalula").
  if (c.level === Level.Surname || c.level === Level.Ambiguous) {
    const portfolio = afterMinisterOf(matcher, t, c.first);
    const office =
      c.first === c.last &&
      OFFICE_PORTFOLIOS.has(t.hash[c.first]!) &&
      c.last + 1 < t.count &&
      t.flags[c.last + 1]! & T_JOINABLE &&
      SECRETARY.has(t.hash[c.last + 1]!);
    if (portfolio || office) {
      // After "Minister of", not a person either: "Minister of Justice, Abubakar Malami" is no Senator Justice.
      c.entities = c.entities.filter((e) => (portfolio ? matcher.isPlace(e) : matcher.kindOf(e) !== 'government-body'));
      if (!c.entities.length) return false;
    }
    // "Jobs Minister Michaelia Cash", "Health Minister": a word right before "Minister" is the portfolio, not a
    // person of that surname.
    if (
      c.first === c.last &&
      c.last + 1 < t.count &&
      t.flags[c.last + 1]! & T_JOINABLE &&
      t.flags[c.last + 1]! & T_CAP_FIRST &&
      MINISTER_WORDS.has(t.hash[c.last + 1]!)
    ) {
      c.entities = c.entities.filter((e) => !matcher.isPerson(e));
      if (!c.entities.length) return false;
    }
    // "Foreign Affairs CS Musalia Mudavadi", as the Kenyan press writes a Cabinet Secretary: the words before
    // "CS" name a ministry or its portfolio, not a magazine; "National Treasury CS" is the National Treasury.
    if (beforeCabinetSecretary(matcher, t, c.last)) {
      c.entities = c.entities.filter((e) => matcher.kindOf(e) === 'government-body' || matcher.isPerson(e));
      if (!c.entities.length) return false;
    }
  }
  switch (c.level) {
    case Level.Anchor:
      if (wordAtSentenceStart(matcher, t, c)) return false;
      if (c.first === c.last && t.flags[c.first]! & T_CYRILLIC && CYRILLIC_HOMOGRAPHS.has(matcher.tokenText(c.first)))
        return false;
      // An acronym written as a word ("Swift" for SWIFT, "Nato") after a capitalized word is the end of a longer
      // name: "Taylor Swift" (but "Interpol Manila" is Interpol's bureau there).
      // So is one before a compass point: "Suna East" is a constituency, not SUNA.
      if (
        c.viaExact &&
        (t.flags[c.first]! & (T_ALL_CAPS | T_CAP_FIRST)) === T_CAP_FIRST &&
        (longerNameBefore(matcher, t, c, ctx) || compassAfter(matcher, t, c.last))
      )
        return false;
      // A place name inside a longer proper name is another place: "New Mexico", "Mexico City",
      // "Lake Chad". Acronyms (US, UK) head compounds too often ("US Navy") to be judged this way.
      if (!c.viaExact && matcher.isPlaceCandidate(c))
        return (
          !namedPersonsSurname(matcher, c, ctx) &&
          !insideLongerName(matcher, t, c, ctx) &&
          !afterOrgHeadOf(matcher, t, c)
        );
      // "the Joint Chiefs of Staff Committee" (Pakistan's): a body's full name before a body's head noun is part
      // of another body's name. Not an acronym ("the IAEA Board of Governors" is the IAEA's).
      if (!c.viaExact && bodyHeadAfter(matcher, t, c)) {
        // Nor is a shorter name of the same words ("the Joint Chiefs").
        matcher.longerBodies.push(c.first, c.last);
        return false;
      }
      if (afterPatronymic(matcher, t, c)) return false;
      if (hyphenatedIntoCompound(matcher, t, c)) return false;
      if (otherCountrysBody(matcher, t, c, ctx)) return false;
      return !unknownSurname(matcher, t, c, ctx);
    case Level.Standalone:
      return !insideLongerName(matcher, t, c, ctx);
    case Level.Surname: {
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
        const owner = ownerAcrossWords(matcher, t, c.first, ctx);
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
        if (country >= 0 && (ctx.related.mentions.get(country) ?? 0) >= 2 && officeOrThe(matcher, t, c.first))
          return true;
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
    case Level.Ambiguous: {
      // "By NATION Reporters", "Dawn Report": an outlet in a byline, whatever words name it and go on after it.
      // Not a name that is also another kind of actor's ("Photo courtesy: PTI Twitter" is the party's account).
      // Not the tail of another outlet's name after a place ("Hungary Today" is no TODAY of Singapore).
      if (c.entities.every((e) => matcher.isPress(e)) && inByline(matcher, t, c, ctx))
        return !(
          (c.first > 0 &&
            (t.flags[c.first]! & (T_JOINABLE | T_AFTER_HYPHEN)) === T_JOINABLE &&
            t.flags[c.first - 1]! & T_CAP_FIRST &&
            knownPlace(matcher, c.first - 1)) ||
          // "صنعاء - الرياض: «الشرق الأوسط»": the dateline's cities come before the colon, the paper after it.
          matcher.text.charCodeAt(c.end) === COLON
        );
      if (insideLongerName(matcher, t, c, ctx)) return false;
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
      if (matcher.anyPlace(c.entities) && listedWith(matcher, t, c, ctx, matcher.isCountry)) {
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
      if (
        c.first > 0 &&
        t.flags[c.first]! & T_JOINABLE &&
        OF_THE.has(t.hash[c.first - 1]!) &&
        matcher.anyPress(c.entities)
      )
        return false;
      // "모든 수단을 동원해" ('by all means'): a Korean word that is also a country's name (수단 Sudan, 오만 Oman, 피지
      // Fiji) is the country only in a list of countries (above) or before a word said of a country ("수단 내전").
      if (c.first === c.last && isHangul(matcher.text.charCodeAt(c.start)) && matcher.isPlaceCandidate(c))
        return koreanCountryWordAfter(matcher.text, c.end);
      const named = inDoc(c.entities, ctx.doc);
      if (named.length) {
        if (named !== c.entities) c.entities = named.concat(c.entities.filter((e) => !ctx.doc.has(e)));
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
      const prev = c.first - 1;
      if (
        t.flags[c.first]! & T_AFTER_COMMA &&
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
          afterPressWords(matcher, t, c.first) ||
          datelineCredit(matcher, t, c, ctx) ||
          listedWith(matcher, t, c, ctx, matcher.isMedia) ||
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
        if (!fitting.length) return false;
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
  }
}

export function surnameOwner(matcher: Matcher, named: readonly number[], at: number, ctx: Context): number {
  // "Hafez al-Assad ruled from 1970 … Assad fled" in 2024: one whose last office ended over ten years before
  // the story is not who a bare surname means when one of that name active then is named in full too.
  // Not when the story names that one in full more often than anyone else so named: "Álvaro Uribe … Uribe"
  // in a story on his trial, in which Miguel Uribe Turbay, a senator then, is named once.
  const current = named.filter((e) => !longGone(matcher, e, ctx.year));
  if (current.length && current.length < named.length) {
    const fullMentions = (e: number) => new Set(ctx.anchorAt.get(e)).size;
    const most = Math.max(...current.map(fullMentions));
    named = named.filter((e) => !longGone(matcher, e, ctx.year) || fullMentions(e) > most);
  }
  const weight = (e: number) => (ctx.anchorAt.get(e)?.length ?? 0) * 10 + matcher.prominence(e);
  let chosen = nearestBefore(named, at, ctx.anchorAt);
  const recent = (ctx.anchorAt.get(chosen) ?? []).some((p) => p < at && at - p <= RECENT_TOKENS);
  if (!recent) {
    // Far from any full mention, of two named as often, the one in office at the story's date: "عون" in a
    // story on Joseph Aoun's election is the new president, not Michel Aoun, named in passing.
    const farWeight = (e: number) => weight(e) + (activeAt(matcher, e, ctx.year) ? ACTIVE_BONUS : 0);
    const top = Math.max(...named.map(farWeight));
    chosen = nearestBefore(
      named.filter((e) => farWeight(e) === top),
      at,
      ctx.anchorAt,
    );
  }
  const firstAt = (e: number) => Math.min(...(ctx.anchorAt.get(e) ?? [Infinity]));
  let owner = chosen;
  for (let q = 0; q < named.length; q++) {
    const e = named[q]!;
    // Named first, however often the relative is named after: "Sen. Bob Menendez … his wife, Nadine Menendez"
    // leaves "Menendez" the senator's.
    if (e === chosen || firstAt(e) > firstAt(chosen)) continue;
    if (relatives(matcher, e, chosen)) owner = e;
  }
  // "… former President Michel Aoun … helped elect Aoun last week" in a story about Joseph Aoun: a surname the
  // story already uses alone for one person stays that person's when another of the name, named in full once and
  // only after that use, is nearer.
  let used = -1;
  for (let q = 0; q < named.length; q++) {
    const e = named[q]!;
    if (!ctx.bareSurnames.has(e)) continue;
    if (used >= 0) return owner;
    used = e;
  }
  if (
    used >= 0 &&
    used !== owner &&
    (ctx.anchorAt.get(owner)?.length ?? 0) === 1 &&
    firstAt(owner) > ctx.bareSurnames.get(used)!
  )
    return used;
  return owner;
}
