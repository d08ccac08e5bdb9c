/**
 * The flags the build writes into the match index and the matcher reads: an alias term's (A_*: exact case, ambiguous,
 * surname…), a dictionary word's (W_*: title, particle, given name, cue…), and the entity kinds' codes. Pure.
 */

/** Term (alias occurrence) flags. */
export const A_EXACT = 1 << 0; // compare letters case-sensitively with the alias as written

/**
 * A name others share: read only with support from the context. On a surname term: a shared form (a Polish case
 * of a foreigner's surname) that names its person only where the story names them in full, never after an office.
 */
export const A_AMBIGUOUS = 1 << 1;

export const A_SURNAME = 1 << 2;

export const A_STANDALONE = 1 << 3;

export const A_ACRONYM = 1 << 4;

export const A_DERIVED = 1 << 5; // a form the build derived (surname, inflection, joined hyphen)

export const A_WORDLIKE = 1 << 6; // an exact-case acronym that is also an English word in capitals (US, WHO)

export const A_METONYM = 1 << 7;

export const A_TITLECASE_OK = 1 << 8; // an acronym also written as a word (Nato, Opec)

/** Bits 9–14: which of the alias's words 2–7 it writes in lower case ("Assemblée nationale", "Белый дом"). */
export const A_LOWER_SHIFT = 9;

export const A_LOWER_MAX = 6;

/**
 * Bit 15 (bit A_LOWER_MAX of the lower-case mask): the alias starts with an institutional noun in lower case,
 * as French and Spanish write them ("armée israélienne", "département d'État", "ministerio de Defensa").
 */
export const A_LOWER_FIRST_BIT = A_LOWER_MAX;

/** Dictionary token flags: words the matcher looks for around a candidate. */
export const W_TITLE = 1 << 0; // honorific or office before a name (Mr, President, Sheikh)

export const W_PARTICLE = 1 << 1; // may be lower case inside a name (al, bin, von, of)

export const W_GIVEN_NAME = 1 << 2; // first word of a person's name in the knowledge base

export const W_CUE = 1 << 3; // world-affairs word that supports an ambiguous place name

export const W_COUNTER_CUE = 1 << 4; // word that points away from the world-affairs reading (county)

export const W_PLACE_SUFFIX = 1 << 5; // "County", "Street": a capitalized word that extends a proper name

export const W_STOPWORD = 1 << 6; // a common English word (for all-caps headlines)

export const W_HONORIFIC = 1 << 7; // a courtesy title (Mr, Dr, Sir): says "a person" but not which one

export const W_PLACE_PREFIX = 1 << 8; // "New", "Lake", "North": starts a longer place name, even at a sentence start

export const W_ADJECTIVE = 1 << 9; // "Iranian", "Shiite": capitalized, yet never part of the name that follows

export const W_GENERIC = 1 << 10; // "ministry", "army": may be lower case inside a name that starts capitalized

export const W_MONTH = 1 << 11; // a month name that is also a surname (May, June)

export const W_DATE_WORD = 1 << 12; // "in", "since", "early": before a month name, it is a date

export const W_ARTICLE = 1 << 13; // "al", "el": an Arabic article that may start a name in lower case (al-Qaeda)

export const W_KIND_NOUN = 1 << 14; // "newspaper", "صحيفة": names the kind of actor beside it

export const W_GERMAN = 1 << 15; // a German function word ("und", "nicht"): tells a German text

/**
 * Set by the build: the first word of an exact-case alias written in lower case ("dpa"). Any other name
 * needs a capital (or a particle or institutional noun) on its first word, so the matcher does not follow
 * the trie from a lower-case word without one of these flags.
 */
export const W_LOWER_EXACT = 1 << 16;

/** A country's one-word demonym ("Kenyan", "Brazilian"): `demonymCountry` tells which country. */
export const W_DEMONYM = 1 << 17;

/** First word of a force's short name ("army", "navy", "air force"): its country must be named right before it. */
export const W_OWNER_ONLY = 1 << 18;

/** A photo or video credit's word after an agency ("AP Photo", "AFP Video"): it does not lengthen the name. */
export const W_CREDIT = 1 << 19;

/** "Bank", "University", "Commission": before "of" and a country, the head of a longer name ("Bank of Zambia"). */
export const W_ORG_HEAD = 1 << 20;

/**
 * A word that announces a person's name right after it, in any language the matcher reads ("Minister",
 * "Senator", "judge", "ministre", "diputada", "министр"): with two capitalized unknown words after it, the
 * name of a person the knowledge base does not know (see unknown-people.ts).
 */
export const W_PERSON_TITLE = 1 << 21;

/** A street or square before the name it bears ("rue", "calle", "шارع", "улица"): a person's name there is a place. */
export const W_STREET = 1 << 22;

/** An Italian function word ("della", "anche"): tells an Italian text, whose press writes acronyms as words ("Onu"). */
export const W_ITALIAN = 1 << 23;

/**
 * The first word of a person's name written in Arabic script in the knowledge base ("إبراهيم", "علی"): with a
 * title beside it, the start of a name the base does not know (unknown-people-arabic.ts).
 */
export const W_ARABIC_GIVEN_NAME = 1 << 24;

/**
 * A Swedish, Danish or Norwegian function word ("och", "ikke"): tells a Scandinavian text, where a name takes a
 * genitive -s with no apostrophe ("Putins", "Sveriges", "Moderaternas").
 */
export const W_NORDIC = 1 << 25;

/**
 * A Finnish function word ("että", "myös"): tells a Finnish text, where a name takes case endings ("Putinin",
 * "Orpolle", "Suomen").
 */
export const W_FINNISH = 1 << 26;

/**
 * A Russian or Ukrainian word for a region ("области", "края", "району"): after it, the capitalized adjective before
 * it is a region's name ("с Украиной Курской области"), not the rest of the name before.
 */
export const W_REGION_WORD = 1 << 27;

/**
 * A Turkish function word ("için", "olarak"): tells a Turkish text, where a name ending in the possessive takes its
 * case ending with no apostrophe ("Dışişleri Bakanlığına", "Anayasa Mahkemesinin").
 */
export const W_TURKISH = 1 << 28;

/**
 * A Spanish function word ("los", "según"): tells a Spanish text, where "EU" is Estados Unidos (the European Union is
 * "UE").
 */
export const W_SPANISH = 1 << 29;

/**
 * A word of business news ("shares", "profits", "Aktien", "bénéfice"): near a company's name shared with common words
 * or other actors ("Shell", "BP", "Ford"), it says the company is meant.
 */
export const W_BUSINESS = 1 << 30;

export const KIND_CODES = [
  'person',
  'country',
  'territory',
  'city',
  'government-body',
  'military',
  'security-service',
  'international-organization',
  'organization',
  'armed-group',
  'political-party',
  'media',
] as const;

/** Kinds of actor that belong to one country, when the knowledge base gives them one. */
export const NATIONAL_KINDS: ReadonlySet<string> = new Set<(typeof KIND_CODES)[number]>([
  'political-party',
  'government-body',
  'military',
  'security-service',
  'media',
  'organization',
]);
