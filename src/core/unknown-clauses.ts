/**
 * The clauses around an unknown person's name that say it is a person's ("…, who said", "led by", "said X", a party or
 * an acronym after it, a relative before it) and the words of a name (given names, Cyrillic surnames and patronymics);
 * read by findUnknownPeople (unknown-people.ts).
 */
import { W_GIVEN_NAME, W_PERSON_TITLE, W_TITLE } from './index-flags';
import { SAID } from './match-words';
import {
  hashFolded,
  hashWords,
  isPossessiveS,
  T_AFTER_BRACKET,
  T_AFTER_COMMA,
  T_AFTER_HYPHEN,
  T_ALL_CAPS,
  T_BEFORE_POSSESSIVE,
  T_CAP_FIRST,
  T_CASED,
  T_CYRILLIC,
  T_HAS_DIGIT,
  T_JOINABLE,
  T_SENT_START,
} from './tokenize';
import { LIST_JOINS, type NameContext, word } from './unknown-people';
import { TITLE_LINKS } from './unknown-titles';

/** Prepositions before a place, in the languages the matcher reads. */
const LOCATIVES = hashWords('in on at near into en em no na dans sur nach im в на');

/** Tokens j, j+1 and j+2 are an age written as one adjective: "41-year-old". */
export function ageAt(n: NameContext, j: number): boolean {
  const t = n.tokens;
  return (
    j + 2 < t.count &&
    (t.flags[j]! & T_HAS_DIGIT) !== 0 &&
    t.end[j]! - t.start[j]! <= 3 &&
    (t.flags[j + 1]! & T_AFTER_HYPHEN) !== 0 &&
    t.hash[j + 1] === YEAR_HASH &&
    (t.flags[j + 2]! & T_AFTER_HYPHEN) !== 0 &&
    t.hash[j + 2] === OLD_HASH
  );
}

export const YEAR_HASH = hashFolded('year');

export const OLD_HASH = hashFolded('old');

/**
 * "Kurt Burneo said": a name that opens with a given name the knowledge base knows, right before a verb of
 * saying, is a person's. '' when so (no title to keep), else undefined.
 */
export function saidAfter(n: NameContext, first: number, last: number): string | undefined {
  const next = last + 1;
  if (!(n.words[first]! & W_GIVEN_NAME) || next >= n.tokens.count || !(n.tokens.flags[next]! & T_JOINABLE))
    return undefined;
  return SAID.has(word(n, next)) ? '' : undefined;
}

/** The relative pronouns of a person: "who" is never a thing's, as "which" is. */
export const WHO = hashWords('who whose whom quien quienes');

export const THE = hashWords('the los las');

/**
 * "Surinder Choudhary, who defeated the BJP's candidate": a relative clause on a person, after a comma, inside a
 * sentence (a sentence's first capitals may be any words). '' when so, else undefined.
 */
export function whoAfter(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  const next = last + 1;
  if (next >= t.count || !(t.flags[next]! & T_AFTER_COMMA) || !WHO.has(word(n, next))) return undefined;
  // Not after an article: "the Malay Rulers, who met" are a body of people.
  if (first > 0 && t.flags[first]! & T_JOINABLE && THE.has(word(n, first - 1))) return undefined;
  return t.flags[first]! & T_SENT_START && !(n.words[first]! & W_GIVEN_NAME) ? undefined : '';
}

/** Participles of leading before "by" and its translations: "led by", "présidée par", "encabezado por". */
export const LED = hashWords(
  'led headed chaired presided dirigé dirigée dirigés présidé présidée présidés encabezado encabezada presidido presidida liderado liderada dirigido dirigida chefiado chefiada',
);

export const BY = hashWords('by par por pelo pela');

/**
 * "a ministry to be led by Mochamad Irfan Yusuf", "la Cour, présidée par Djobo-Babakane Coulibaley": inside a
 * sentence, capitalized words right after "led by" and its kin are a person's name (a body after them is known,
 * or has a body's head noun and was read as one). '' when so, else undefined.
 */
export function ledBy(n: NameContext, first: number): string | undefined {
  const t = n.tokens;
  if (first < 2 || !(t.flags[first]! & T_JOINABLE) || !(t.flags[first - 1]! & T_JOINABLE)) return undefined;
  return BY.has(word(n, first - 1)) && LED.has(word(n, first - 2)) ? '' : undefined;
}

/**
 * "Two members of Hadash, Ayman Odeh and Ofer Cassif, were removed": capitalized words joined by "and" to a known
 * person's name are another person's, unless an office follows them. '' when so, else undefined.
 */
export function pairedWithKnownPerson(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  const join = first - 1;
  // "Netanyahu and Tel Aviv Mayor Ron Huldai": a place before an office, not a person.
  const next = last + 1;
  if (next < t.count && t.flags[next]! & T_JOINABLE && n.words[next]! & (W_TITLE | W_PERSON_TITLE)) return undefined;
  if (join < 1 || !(t.flags[first]! & T_JOINABLE) || !(t.flags[join]! & T_JOINABLE)) return undefined;
  if (!LIST_JOINS.has(word(n, join)) || t.flags[join]! & T_CAP_FIRST) return undefined;
  return n.coveredKind(join - 1) === 'person' ? '' : undefined;
}

/** Kinds of known actors whose possessive before a name makes it a member's: parties, armed groups, the UN. */
export const GROUP_KINDS = new Set(['political-party', 'armed-group', 'international-organization']);

/**
 * "the EFF's Veronica Mente", "Congress's Ajay Rai", "the UN's Lise Grande": a name right after a known party's,
 * armed group's or international body's possessive is one of its people. '' when so, else undefined. Not a
 * company's: "Apple's Vision Pro" is a product.
 */
export function groupsOwn(n: NameContext, first: number): string | undefined {
  const t = n.tokens;
  if (first < 2 || !(t.flags[first]! & T_JOINABLE)) return undefined;
  // "EFF's" is "EFF", "s"; "Wilders'" is one token.
  const owner = isPossessiveS(t, first - 1) ? first - 2 : first - 1;
  if (!(t.flags[owner]! & T_BEFORE_POSSESSIVE)) return undefined;
  const kind = n.coveredKind(owner);
  return kind && GROUP_KINDS.has(kind) ? '' : undefined;
}

export const CLOSE_BRACKET = 41;

export const HYPHEN = 45;

/**
 * "Marcel van Hattem (Novo-RS)", "Marcos Pontes (PL-SP)", "Ted Cruz (R-Texas)": a name before a bracket that
 * holds a known party and the member's state, or the American party letter and state, is a legislator's. With
 * the party alone ("Pele Broberg (Naleraq)") the name must open with a known given name: "Frente Amplio (PS)"
 * is a coalition. '' when so, else undefined.
 */
export function partyAfter(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  const j = last + 1;
  if (j >= t.count || !(t.flags[j]! & T_AFTER_BRACKET)) return undefined;
  const after = n.text.charCodeAt(t.end[j]!);
  if (n.coveredKind(j) === 'political-party') {
    if (after === HYPHEN) return '';
    if (after === CLOSE_BRACKET && n.words[first]! & W_GIVEN_NAME) return '';
    return undefined;
  }
  // The American form: one capital letter for the party, a hyphen, the state.
  const letter = t.end[j]! - t.start[j]! === 1 ? n.text.charCodeAt(t.start[j]!) : 0;
  const party = letter === 68 /* D */ || letter === 82 /* R */ || letter === 73; /* I */
  return party && after === HYPHEN && j + 1 < t.count && t.flags[j + 1]! & T_CAP_FIRST ? '' : undefined;
}

/**
 * "the Jamiat Ulema-i-Islam-Fazl (JUI-F)": a bracketed acronym after capitalized words says they name a body. Not a
 * party's after a name that opens with a given name: "Staatssecretaris Hans Vijlbrief (D66)" is its member.
 */
export function acronymAfter(n: NameContext, first: number, last: number): boolean {
  const j = last + 1;
  return (
    j < n.tokens.count &&
    (n.tokens.flags[j]! & (T_AFTER_BRACKET | T_ALL_CAPS)) === (T_AFTER_BRACKET | T_ALL_CAPS) &&
    !(n.coveredKind(j) === 'political-party' && n.words[first]! & W_GIVEN_NAME)
  );
}

/**
 * "Motta derrotou Marcel van Hattem", "Naleraq, led by Pele Broberg, wants": inside a sentence, after a word in
 * lower case or a comma, capitalized words that open with a given name the knowledge base knows and end where
 * the capitals end are a person's name. Not at a sentence start, where every word is capitalized. '' when so.
 */
export function givenNameInClause(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  const f = t.flags[first]!;
  if (!(n.words[first]! & W_GIVEN_NAME) || f & T_SENT_START || first === 0) return undefined;
  // "then Urban Development Minister": capitals before an office are its portfolio, not a person.
  const next = last + 1;
  if (next < t.count && t.flags[next]! & T_JOINABLE && n.words[next]! & (W_TITLE | W_PERSON_TITLE)) return undefined;
  // "Jackson Women's Health Organization": a possessive before more capitals is inside a body's name.
  const owned = isPossessiveS(t, last + 1) ? last + 2 : last + 1;
  if (t.flags[last]! & T_BEFORE_POSSESSIVE && owned < t.count && t.flags[owned]! & T_CAP_FIRST) return undefined;
  const prev = t.flags[first - 1]!;
  // "the base on Diego Garcia", "a rally in San Pedro Sula": after a locative preposition, a place named as
  // people are.
  if (f & T_JOINABLE && LOCATIVES.has(word(n, first - 1))) return undefined;
  if (f & T_AFTER_COMMA || (f & T_JOINABLE && prev & T_CASED && !(prev & T_CAP_FIRST))) return '';
  return undefined;
}

/**
 * A surname's ending in Russian, Ukrainian, Belarusian and Kazakh, in any case: "Бишимбаев", "Магамедрасулова",
 * "Нукеновой", "Байжанов", "Шевченко", "Ковальчук", "Жолдасулы", "Вишневського".
 */
export const CYRILLIC_SURNAME =
  /(?:[оеёи]в|[иы]н)(?:а|у|ым|ом|е|ой|ою|ої|ы|их|і)?$|(?:ск|цк)(?:ий|ій|ая|а|ого|ому|им|ом|ой|ою|ої|ую|у)$|(?:енко|чук|ук|юк|[ую]лы|кызы)$/;

/** A patronymic: after a given name it makes a polite address ("Валерію Федоровичу"), not a full name. */
export const CYRILLIC_PATRONYMIC = /(?:вич|вна|ич)(?:а|у|ем|і|ю|ой|ою|е)?$/;

/** Adjective endings: an institution's or a place's name opens with one ("Верховный суд", "Новая Каховка"). */
export const CYRILLIC_ADJECTIVE =
  /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ій|а|е|і|ої|ою|ього)$/;

/** Token j as written, in lower case (for the endings of Cyrillic words). */
export function lowerWord(n: NameContext, j: number): string {
  return n.text.slice(n.tokens.start[j], n.tokens.end[j]).toLowerCase();
}

export function patronymic(n: NameContext, j: number): boolean {
  return CYRILLIC_PATRONYMIC.test(lowerWord(n, j));
}

/**
 * "Как сообщил Руслан Магамедрасулов", "Куандык Бишимбаев получил": in Cyrillic, where only names are capitalized
 * inside a sentence, two or three capitalized words ending in a surname's ending are a person's name, unless the
 * first reads as an adjective (a body's or a place's name: "Верховный Совет", "Новая Каховка"). '' when so.
 */
export function cyrillicSurname(n: NameContext, first: number, last: number): string | undefined {
  const t = n.tokens;
  if (!(t.flags[first]! & T_CYRILLIC) || !(t.flags[last]! & T_CYRILLIC) || last - first > 2) return undefined;
  const given = lowerWord(n, first);
  // A given name in the genitive ("Руслана") ends as some adjectives do: a known given name, or no such ending.
  if (!(n.words[first]! & W_GIVEN_NAME) && CYRILLIC_ADJECTIVE.test(given) && !/[^аеиоуыэюя]а$/.test(given))
    return undefined;
  const surname = lowerWord(n, last);
  return CYRILLIC_SURNAME.test(surname) && !CYRILLIC_PATRONYMIC.test(surname) ? '' : undefined;
}

/** Words for a relative, who may share a known person's surname. */
export const RELATIVES = hashWords(
  'son daughter father mother wife husband brother sister widow uncle nephew grandson granddaughter grandfather hijo hija padre madre esposa esposo hermano hermana fils fille père mère épouse frère sœur filho filha pai mãe irmão irmã',
);

/** A relative's word right before the name, or before "of" or a comma before it ("son of", "his father,"). */
export function relativeBefore(n: NameContext, first: number): boolean {
  let j = first - 1;
  if (j >= 0 && TITLE_LINKS.has(word(n, j))) j--;
  return j >= 0 && RELATIVES.has(word(n, j));
}
