/**
 * Pass 3 of the matcher: whether a candidate names an actor at its level, and which of several people a surname means.
 * Its vetoes live beside it, by what they read: word-vetoes.ts, longer-names.ts, offices.ts, story-countries.ts,
 * own-bodies.ts, east-asian-rules.ts. Pure functions of the matcher's state (the Matcher passed first); matcher.ts runs
 * them in order.
 */
import { acceptAmbiguous } from './accept-ambiguous';
import { acceptSurname } from './accept-surname';
import { compassAfter } from './candidate-case';
import { cjkRunAfter, cjkRunAllows, compassBefore, headTitleAfter, kanjiNameGoesOn } from './east-asian-rules';
import { isHangul, KOREAN_NOT_SURNAMES, koreanOfficeAfter } from './korean';
import {
  afterPatronymic,
  bodyHeadAfter,
  hyphenatedIntoCompound,
  insideLongerName,
  longerNameBefore,
  namedAfter,
  secondOfDoubleName,
  workTitle,
} from './longer-names';
import { anchoredBetween, inAllCapsRun, kanjiApposition, nearestBefore } from './match-helpers';
import { type Candidate, type Context, Level } from './match-types';
import {
  ACTIVE_BONUS,
  CJK_ARMY_COMPOUND,
  CYRILLIC_HOMOGRAPHS,
  DOCTRINE_AFTER,
  DOLLAR,
  MINISTER_WORDS,
  OFFICE_PORTFOLIOS,
  RECENT_TOKENS,
  SECRETARY,
  TITLE_ACRONYMS,
  US_ID,
} from './match-words';
import type { Matcher } from './matcher';
import { afterMinisterOf, afterOrgHeadOf, beforeCabinetSecretary, isRank } from './offices';
import { acceptAsNamedSurname, preferStorysOwn } from './own-bodies';
import { activeAt, longGone, pastFiguresName, relatives } from './story-context';
import { countryNamed, namedPersonsSurname, otherCountrysBody } from './story-countries';
import {
  eastAsianNameDot,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CYRILLIC,
  T_JOINABLE,
  type Tokens,
} from './tokenize';
import {
  designation,
  likeness,
  likenessOf,
  isDate,
  lowerCaseDescription,
  onStreet,
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
    namedAfter(matcher, t, c) ||
    secondOfDoubleName(matcher, t, c)
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
  if (headTitleAfter(t, c)) {
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
  if (securityName(matcher, t, c) || designation(t, c) || likeness(t, c) || likenessOf(matcher, t, c)) return false;
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
    if (beforeCabinetSecretary(t, c.last)) {
      c.entities = c.entities.filter((e) => matcher.kindOf(e) === 'government-body' || matcher.isPerson(e));
      if (!c.entities.length) return false;
    }
  }
  switch (c.level) {
    case Level.Anchor:
      return acceptAnchor(matcher, c, t, ctx);
    case Level.Standalone:
      return !insideLongerName(matcher, t, c, ctx);
    case Level.Surname:
      return acceptSurname(matcher, c, t, ctx);
    case Level.Ambiguous:
      // A minor figure of the past named in full (see match()): a full name, where the story names their country or
      // their kin.
      if (pastFiguresName(matcher, c, ctx.year)) {
        c.entities = c.entities.filter(
          (e) => ctx.doc.has(e) || countryNamed(matcher, e, ctx) || (ctx.related.counts.get(e) ?? 0) > 0,
        );
        return c.entities.length > 0 && acceptAnchor(matcher, c, t, ctx);
      }
      return acceptAmbiguous(matcher, c, t, ctx);
  }
}

/** A full name: kept unless the words around make it part of something else. */
function acceptAnchor(matcher: Matcher, c: Candidate, t: Tokens, ctx: Context): boolean {
  if (wordAtSentenceStart(matcher, t, c)) return false;
  if (c.first === c.last && t.flags[c.first]! & T_CYRILLIC && CYRILLIC_HOMOGRAPHS.has(matcher.tokenText(c.first)))
    return false;
  // An acronym written as a word ("Swift" for SWIFT, "Nato") after a capitalized word is the end of a longer
  // name: "Taylor Swift" (but "Interpol Manila" is Interpol's bureau there).
  // So is one before a compass point: "Suna East" is a constituency, not SUNA.
  if (
    c.viaExact &&
    (t.flags[c.first]! & (T_ALL_CAPS | T_CAP_FIRST)) === T_CAP_FIRST &&
    (longerNameBefore(matcher, t, c, ctx) || compassAfter(t, c.last))
  )
    return false;
  // A place name inside a longer proper name is another place: "New Mexico", "Mexico City",
  // "Lake Chad". Acronyms (US, UK) head compounds too often ("US Navy") to be judged this way.
  if (!c.viaExact && matcher.isPlaceCandidate(c))
    return (
      !namedPersonsSurname(matcher, c, ctx) && !insideLongerName(matcher, t, c, ctx) && !afterOrgHeadOf(matcher, t, c)
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
    new Set(ctx.anchorAt.get(owner)).size === 1 &&
    firstAt(owner) > ctx.bareSurnames.get(used)!
  )
    return used;
  return owner;
}
