/**
 * Finds mentions of known actors in text. Pure and deterministic: text (+ document date) in, sorted
 * non-overlapping `{start, end, id}` out, offsets in UTF-16 code units of the input.
 *
 * Three passes over the tokens:
 * 1. candidates: every alias path in the trie starting at every token, checked for case (names must be
 *    capitalized, acronyms written as the knowledge base writes them);
 * 2. anchors: full names that need no context; they tell which entities the document is about;
 * 3. surnames ("Sullivan" after "Jake Sullivan") and ambiguous names ("Georgia") are kept only with support
 *    from the anchors or nearby words; entities sharing an alias are ranked by context, date and prominence.
 * Then the longest accepted match wins at each position.
 */
import {
  ARABIC_ARTICLE,
  HEBREW_ARTICLE,
  HEBREW_WITH_ARTICLE,
  arabicSplits,
  createSplits,
  hebrewSplits,
  startsWithArticle,
  swallowsArticle,
} from './clitics';
import { C_APOS, C_CJK, C_IGNORE, KATAKANA, classOf, codeAt, foldCode, foldSurface, hebrewQuote, kanaOf } from './fold';
import { NAME_PARTICLES, PATRONYMIC_PARTICLES } from './particles';
import { ROYAL_TITLES } from './royal-titles';
import { WordCache } from './word-cache';
import { findUnknownBodies, LINKS } from './unknown-bodies';
import { findKatakanaPeople, surnameVowelAgrees } from './katakana-names';
import { soundsAs, writtenNameKeyPairs } from './latin-sound-names';
import { UNKNOWN_PREFIX } from './unknown-id';
import { japaneseCountryLetters } from './japanese-country-letters';
import {
  KOREAN_NOT_SURNAMES,
  isHangul,
  koreanCountryWordAfter,
  koreanOfficeAfter,
  koreanParticleLengths,
} from './korean';
import { primaryLanguage } from './language-tag';
import { findUnknownPeople, LIST_JOINS, TITLE_LINKS, type NameContext, type UnknownMention } from './unknown-people';
import { findArabicScriptPeople } from './unknown-people-arabic';
import {
  A_ACRONYM,
  A_LOWER_FIRST_BIT,
  A_LOWER_MAX,
  A_LOWER_SHIFT,
  A_AMBIGUOUS,
  A_EXACT,
  A_STANDALONE,
  A_SURNAME,
  A_TITLECASE_OK,
  A_WORDLIKE,
  W_ADJECTIVE,
  W_ARTICLE,
  W_DATE_WORD,
  W_GENERIC,
  W_ORG_HEAD,
  W_MONTH,
  W_COUNTER_CUE,
  W_CUE,
  W_GIVEN_NAME,
  W_HONORIFIC,
  W_KIND_NOUN,
  W_GERMAN,
  W_LOWER_EXACT,
  W_DEMONYM,
  W_OWNER_ONLY,
  W_CREDIT,
  W_PARTICLE,
  W_PLACE_PREFIX,
  W_PERSON_TITLE,
  W_PLACE_SUFFIX,
  W_STOPWORD,
  W_TITLE,
  W_STREET,
  W_ITALIAN,
  W_NORDIC,
  W_FINNISH,
  W_TURKISH,
  W_SPANISH,
  W_REGION_WORD,
  KIND_CODES,
  NATIONAL_KINDS,
  type MatchIndex,
} from './match-index';
import {
  CLOSE_PAREN,
  FNV_OFFSET,
  FNV_PRIME,
  finishHash,
  OPEN_PAREN,
  T_AFTER_COMMA,
  T_AFTER_BRACKET,
  T_ALL_CAPS,
  T_AFTER_HYPHEN,
  T_ARABIC,
  T_BEFORE_POSSESSIVE,
  T_BLOCK_START,
  T_CAP_FIRST,
  T_CASED,
  T_CJK,
  T_CYRILLIC,
  T_DOTTED,
  T_HAS_DIGIT,
  T_HEBREW,
  T_JOINABLE,
  T_SENT_START,
  createTokens,
  hashFolded,
  hashWords,
  afterPossessive,
  isPossessiveS,
  tokenize,
  type Tokens,
  eastAsianNameDot,
  COMMA,
  OPEN_QUOTES,
  PERIOD,
} from './tokenize';

export interface Mention {
  start: number;
  end: number;
  id: string;
  /** Other entities this surface could name, best first (for "Not this one?"). */
  alts?: string[];
  /**
   * A person the knowledge base does not know (id UNKNOWN_PREFIX + name): the title the article gives them
   * where it names them in full ("Deputy Prime Minister"), if it gives one before the name.
   */
  title?: string;
}

export interface MatchOptions {
  /** Publication date of the document (YYYY, YYYY-MM or YYYY-MM-DD); defaults to the current year. */
  date?: string;
  /** Entity ids never to mark, and folded surface forms never to mark (muted by the user). */
  mutedIds?: ReadonlySet<string>;
  mutedSurfaces?: ReadonlySet<string>;
  /** Entities already found elsewhere in the document (earlier parts of a page read in batches). */
  contextIds?: readonly string[];
  /** Also mark people the knowledge base does not know, by their titles (default true; see unknown-people.ts). */
  unknownPeople?: boolean;
  /**
   * The document's language as it declares it (BCP 47: "de", "pt-BR", "sv"). The text's own function words
   * tell its language too, but a headline or a few added lines have too few of them: a declared language
   * holds there. In a text long enough to judge, it holds only where some of its function words are seen
   * (a site may declare one language for pages in every language).
   */
  lang?: string;
}

/** The longest abbreviated title before its period, in code units ("Capt", "Prof", "Sgt"). */
const MAX_ABBREVIATED_TITLE = 4;

/** Quotation marks that may close a quoted name (OPEN_QUOTES, from tokenize.ts, open one). */
const CLOSE_QUOTES = '"»”“’\'›」』';
/** Opening quotation marks that are not also apostrophes. */
const QUOTED_NAME_OPENERS = '"«“„‹「『';

/** A text is German when it has this many German function words, and this share of its cased words. */
const LANGUAGE_MIN_WORDS = 3;
const LANGUAGE_MIN_SHARE = 0.04;
/**
 * A text of this many cased words shows its language: a declared language it has fewer than
 * LANGUAGE_MIN_WORDS function words of is not believed. In a shorter one, the declaration decides.
 */
const LANGUAGE_JUDGED_WORDS = 150;

/** Function words of the languages readLanguage tells, which no name begins or ends with. */
const FUNCTION_WORDS = W_STOPWORD | W_GERMAN | W_ITALIAN | W_SPANISH | W_TURKISH | W_NORDIC | W_FINNISH;
/** The longest run of capitalized words namesBySound reads a name at the end of. */
const MAX_RUN = 5;
/** A text of this many cased words or more is English when this share of them are English stopwords (W_STOPWORD). */
const ENGLISH_JUDGED_WORDS = 40;
const ENGLISH_MIN_SHARE = 0.17;

/** How far (in tokens) a cue word may be from an ambiguous name and still support it. */
const CUE_WINDOW = 12;
/** A block is a title-case headline when this share of its (at least this many) words is capitalized. */
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 3;
/** The least prominence of a person an initial and a surname name alone ("U.Khurelsukh"). */
const INITIAL_PROMINENCE = 2;
/**
 * More words than a headline has (not counting stopwords): such a block of sentences (two, or one ending with a
 * period) is prose, written in capitals only because it lists names ("chaired by Justice Gabriel Scott Pwamang …
 * Major Flora Bazwaanura Dalugo").
 */
const TITLE_CASE_MAX_WORDS = 24;
/** How far a counter-cue may be and still veto an ambiguous name. */
const COUNTER_CUE_WINDOW = 6;
/** Shared empty lists for candidates that need none (most of them): no allocation per candidate. */
const NO_WEAKER: Candidate['weaker'] = [];
const NO_RANKING: number[] = [];

/** casedMask's answer for a span that cannot be a name as written. */
const NOT_CASED = -1;
/** Longest office title before a name, in words ("Minister of Foreign Affairs"). */
const MAX_TITLE_WORDS = 4;
/** Compass points that end a place's name after another word ("Suna East", "Nairobi West"). */
const COMPASS_WORDS = hashWords('east west north south central');
/** Longest alias, in tokens (a Chinese name is one per character: UNRWA's has 18); bounds the trie walk. */
const MAX_ALIAS_TOKENS = 24;

/** How a candidate's name needs to be supported, most certain first. */
const Level = { Anchor: 0, Standalone: 1, Surname: 2, Ambiguous: 3 } as const;
type Level = (typeof Level)[keyof typeof Level];

/** A candidate: a span of tokens and the alias terms (in one index) that end there. */
interface Candidate {
  first: number; // first token
  last: number; // last token (inclusive)
  start: number; // char offset (after a stripped clitic)
  end: number;
  index: number; // which MatchIndex
  level: Level;
  /** Reached through an exact-case term (an acronym such as US, UK). */
  viaExact: boolean;
  /** Entities (refs) named at `level` by the terms that passed the case checks. */
  entities: number[];
  /** Entities reached only through weaker terms, with their levels: tried if `level` is rejected. */
  weaker: { level: Level; entities: number[] }[];
  chosen: number;
  ranked: number[];
  /** The entity the context settles on (the nearest full mention of a surname), ranked first; -1 if none. */
  preferred: number;
  /**
   * Its last word is in the German genitive ("Putins") or carries a Korean particle ("국회의"): like a
   * possessive, that ends the name.
   */
  genitive: boolean;
  /**
   * A body's short name written in lower case after a country's possessive or demonym ("Kenya's
   * parliament", "the Brazilian central bank"): read only as a body of that country (see ownBody).
   */
  lowerAfterOwner: boolean;
  /**
   * "the parliament" in lower case: read only as the parliament of the country the story is about (see
   * storysOwnBody).
   */
  lowerStory: boolean;
  /** Entities this surname form names only where the document names them in full (no office rule). */
  onlyInFull: readonly number[];
}

const NO_REFS: readonly number[] = [];

/** A mention of one word that the context settled on (a defined acronym, a royal's given name). */
function oneWordAnchor(t: Tokens, i: number, r: number, viaExact: boolean): Candidate {
  return {
    first: i,
    last: i,
    start: t.start[i]!,
    end: t.end[i]!,
    index: refIndex(r),
    level: Level.Anchor,
    viaExact,
    entities: [r],
    weaker: NO_WEAKER,
    chosen: r,
    ranked: [r],
    preferred: -1,
    genitive: false,
    lowerAfterOwner: false,
    lowerStory: false,
    onlyInFull: NO_REFS,
  };
}

/**
 * Titles after which the press names a person by given name alone: the Gulf press its royals ("Sheikh Tamim",
 * "Prince Mohammed"), the British and Commonwealth press its knights and dames ("Sir Keir", "Dame Sandra"), every
 * press its kings and queens.
 */
const GIVEN_NAME_TITLES = new Set([
  'sheikh',
  'shaikh',
  'sheik',
  'prince',
  'princess',
  'emir',
  'amir',
  'sultan',
  'sayyid',
  'sir',
  'dame',
  'king',
  'queen',
  // The same in the European and Turkish press ("König Salman", "le roi Salmane", "el jeque Tamim").
  ...'könig königin kronprinz prinz scheich roi reine cheikh émir rey reina príncipe jeque re regina principe sceicco rei rainha xeque koning koningin kroonprins prins sjeik król królowa książę szejk kral kraliçe prens şeyh'.split(
    ' ',
  ),
  ...ROYAL_TITLES.split(' '),
]);
const GIVEN_NAME_TITLE_HASHES = new Set([...GIVEN_NAME_TITLES].map(hashFolded));
/** Popes, patriarchs, saints and imams go by a given name after their title ("Pope Francis", "Imam Ali"). */
const CLERICAL_TITLES = hashWords(
  'pope pontiff patriarch saint st imam патриарх патриарха патриарху патриархом патріарх патріарха патріарху патріархом',
);
/** The particles of an Arabic patronymic chain: the word before one is a given name, whatever else it is. */
const PATRONYMIC_HASHES = new Set(PATRONYMIC_PARTICLES.map(hashFolded));
const OF_HASH = hashFolded('of');
/** "长" (長): written right after a Chinese or Japanese body's name, it makes its head's title ("外交部长", "警察庁長官"). */
const HEAD_CHAR_HASH = hashFolded('长');
const CABINET_HASH = hashFolded('cabinet');
const STATE_HASH = hashFolded('state');
/** East, west, south, north, as Chinese (simplified and traditional) and Japanese write them. */
const COMPASS_POINTS = '東西南北东';
const PARLIAMENT_HASH = hashFolded('parliament');
/** Words for a state's debt after the name of the body that issues it ("Treasury yields"): see securityName. */
const SECURITY_WORDS = hashWords('yield yields bond bonds note notes bill bills securities futures auction auctions');
/** Words for a stock index after the name of the paper that computes it ("the Nikkei average"). */
const INDEX_WORDS = hashWords('average index 225 stock composite');
const THE_HASH = hashFolded('the');
const PARLIAMENT_WORD = /\bParliament\b/;
/** Words after "parliament" that make it a place ("the parliament building"). */
const PARLIAMENT_PLACES = hashWords('building buildings complex grounds compound premises');
/** Words before "parliament" that make it another than the country's own ("the state parliament"). */
const MINISTRY_HASH = hashFolded('ministry');
/** Ministries the English press names in lower case ("the interior ministry"): see theMinistry. */
const PORTFOLIOS = hashWords('foreign interior defence defense finance justice health education economy trade energy');
const OTHER_PARLIAMENTS = hashWords(
  'state regional provincial local municipal city youth student students party european world pan-african african',
);
/** Words of a person's name that may stand between a part of it and the place named after it (namedAfter). */
const MAX_NAMED_AFTER_GAP = 3;
const DOLLAR = 36; // "$"
const COLON = 58; // ":"
/** Words of a full name before the surname it ends with, at most ("Amira" of "Amira Mohamed Ali"). */
const MAX_GIVEN_NAMES = 3;
/**
 * Common words that fold onto a name, the folding reading Ukrainian і and Russian ы as и: Ukrainian "крім"
 * ('besides', "Крім того, …") is "Крим" (Crimea) folded.
 */
const CYRILLIC_HOMOGRAPHS = new Set(['крім']);
/** Countries named like a US state (see accept), and the United States' id. */
const US_STATE_NAMES = hashWords('georgia');
const [ALSO_HASH, KNOWN_HASH, AS_HASH] = ['also', 'known', 'as'].map(hashFolded);
/** "By Euronews with AP": the agencies a byline credits after the outlet. */
const CREDIT_WITH = hashWords('with avec mit con com');
/** Words right before a ship's name, which is often a person's: USS, HMS, carrier (English, Arabic, Russian, Ukrainian). */
const SHIP_BEFORE = hashWords(
  'uss hms hmas hmcs ins carrier الطائرات авианосец авианосца авианосцем авианосце авіаносець авіаносця',
);
/**
 * Words for a work before its quoted title: "the series "Servant of the People"" is Zelensky's sitcom, not his party
 * (English, French, Spanish, Italian, German, Portuguese, Russian, Ukrainian). Not a paper's: "the newspaper "Pravda"" is
 * the paper.
 */
const WORK_NOUNS = hashWords(
  'series sitcom show film movie documentary book novel memoir song album play programme program serie série ' +
    'feuilleton filme livro libro livre roman canción chanson canzone lied сериал сериале сериала фильм фильме фильма ' +
    'книга книге книгу серіал серіалі серіалу фільм фільмі',
);
/** "The Chevron doctrine", "the Brezhnev doctrine": a name before the word for a doctrine is its eponym, not an actor. */
const DOCTRINE_AFTER = hashWords('doctrine doctrina dottrina doutrina doktrin доктрина доктрины доктрину доктрини');
/** An ideology's adjective describes a body and opens none's name: "the Islamist Justice and Development Party". */
const IDEOLOGY_ADJECTIVES = hashWords('islamist jihadist');
/** Adjectives (so not read as a longer name's start, see ADJECTIVES) that open a region's name before a country's. */
const REGION_ADJECTIVES = hashWords('latin gulf');
/** In Context.heads: an institutional noun two bodies named in the story share. */
const NO_HEAD_OWNER = -1;
/** A party's members, written after the body they sit in: "Senate Republicans", "House Democrats". */
const PARTY_MEMBERS = hashWords('republicans democrats conservatives liberals');
/** Offices written as acronyms before a name (Indian and British English): national security adviser, member of parliament… */
const TITLE_ACRONYMS = hashWords('nsa mp pm cm dg ag fm vp');
/** Words before a paper's name: "told", "reported by", "according to" (see afterPressWords). */
const [TOLD_HASH, BY_HASH, TO_HASH, ACCORDING_HASH] = ['told', 'by', 'to', 'according'].map(hashFolded);
const PRESS_REPORTED = hashWords('reported published broadcast aired revealed obtained');
/** A byline is one of the first blocks after the headline (a dateline may come between: see inByline). */
const BYLINE_LAST_BLOCK = 2;
/** A dateline before an agency's credit has at most this many words ("WEST PALM BEACH, Florida"). */
const MAX_DATELINE_WORDS = 5;
/** A byline or a closing credit has at most this many words. */
const BYLINE_MAX_TOKENS = 8;
const US_ID = 'Q30';
/** "Of the" in one word (Italian), before a paper named by a common noun ("della Repubblica"). */
const OF_THE = hashWords('della');
/** Words that make a compound title of the title word after them ("Chief Justice", "Attorney General"). */
const TITLE_PREFIXES = hashWords(
  'chief lord lady associate puisne deputy acting assistant attorney solicitor surgeon sergeant lieutenant brigadier vice',
);
/** Words after which "Cabinet" is part of an office's or a body's name: "Chief Cabinet Secretary", "Cabinet Office". */
const CABINET_COMPOUNDS = hashWords('secretary secretaries minister ministers office');
/** A minister's title and the words that join it to a portfolio: "ministre de la Défense", "ministro della Difesa". */
const MINISTER_WORDS = hashWords('minister ministers ministre ministres ministro ministra ministri');
const SECRETARY = hashWords('secretary secretaries');
const CS_HASH = hashFolded('cs');
/** A ministry's one-word name that names an office before "Secretary" ("Treasury Secretary", "Defense Secretary"). */
const OFFICE_PORTFOLIOS = hashWords(
  'treasury defense defence interior health energy commerce labor labour education transportation transport agriculture justice homeland',
);
const PORTFOLIO_LINKS = hashWords('of the for de la du des l d del della dell dello degli do da dos das van voor');
/** Waters named "<Head> of <Country>": the Sea of Japan, the Gulf of Mexico, the Gulf of Oman are not the country. */
const WATER_HEADS = hashWords('sea gulf bay strait straits');
/** Arabic words after which a ruler's surname alone names the ruler: forces, regime, government, army. */
const REGIME_WORDS = new Set(['قوات', 'نظام', 'حكومة', 'جيش']);
/** A ruler read from a surname after REGIME_WORDS is one the base ranks this prominent. */
const REGIME_MIN_PROMINENCE = 3;
/** A world figure (a head of government of a large state): among namesakes, the one a story means unless it says. */
const WORLD_FIGURE_PROMINENCE = 4;
/** A namesake too minor to be meant without his country named (a minister of another state). */
const MINOR_PROMINENCE = 2;
/** Head nouns that, after a body's full name, make it a longer body's name ("Joint Chiefs of Staff Committee"). */
const BODY_HEADS_AFTER = hashWords(
  'committee commission council court tribunal board authority agency bureau directorate center centre institute foundation',
);

/** Global entity reference: index number in the high bits, entity in the low. */
const REF_SHIFT = 22;
const ref = (index: number, entity: number) => index * (1 << REF_SHIFT) + entity;
const refIndex = (r: number) => Math.floor(r / (1 << REF_SHIFT));
const refEntity = (r: number) => r % (1 << REF_SHIFT);

export class Matcher {
  private readonly tokens: Tokens = createTokens(MIN_TOKEN_CAPACITY);
  /** The text being matched (for the few checks that read a token's letters). */
  private text = '';
  /** Per dictionary word, the stamp of the last scan that saw it in lower case (cleared once in 255 scans). */
  private lowerSeen: Uint8Array[] = [];
  private scan = 0;
  /** Per-token context arrays, reused from scan to scan (see context()). */
  private blocksBuf = new Int32Array(0);
  private knownStartBuf = new Uint8Array(0);
  private knownEndBuf = new Uint8Array(0);
  private namedSurnameBuf = new Uint8Array(0);
  private otherNameEndBuf = new Uint8Array(0);
  private tokenIds: Int32Array[] = [];
  /** Per index and token, the trie node of the token as a name's first word (child of the root), or -1. */
  private rootNodes: Int32Array[] = [];
  private cliticIds: Int32Array[] = [];
  private cliticSkip = new Uint8Array(0);
  /**
   * Per index and token, the id of the word without a German or Scandinavian genitive -s ("Putins") or a Korean particle
   * ("국회의"), or -1.
   */
  private genitiveIds: Int32Array[] = [];
  /** Per token, the code units of its Korean particle, which a name's span leaves out (0 for a genitive -s). */
  private suffixTrim = new Uint8Array(0);
  /** The text being matched has German or Scandinavian genitives or Korean particles to read (lookupGenitives). */
  private suffixed = false;
  private readonly particleLengths: number[] = [];
  /** The text being matched is German (readLanguage): genitives and noun-named papers are read so. */
  private german = false;
  /** The text being matched is Italian (readLanguage): acronyms may be written as words ("Onu", "Bce"). */
  private italian = false;
  /** The text being matched is Swedish, Danish or Norwegian (readLanguage): names take a genitive -s. */
  private nordic = false;
  /** The text being matched is Finnish (readLanguage): names take case endings. */
  private finnish = false;
  /** The text being matched is Turkish (readLanguage): a name ending in the possessive takes case endings. */
  private turkish = false;
  /** The text being matched is Spanish (readLanguage): "EU" is Estados Unidos. */
  private spanish = false;
  /**
   * The text being matched is in Latin letters but not English (readLanguage): names the knowledge base spells the
   * English way may be written in the text's own spelling (namesBySound).
   */
  private foreignLatin = false;
  /** Some index files people by sound and knows English's stopwords (see the constructor). */
  private readonly readsBySound: boolean;
  /** The primary language subtag the document declares ("de" of "de-AT"), lower case; '' if none. */
  private declaredLang = '';
  /** The text being matched has Korean words (readLanguage), whose particles lookupGenitives reads off. */
  private korean = false;
  /** The text being matched has words in kana (readLanguage): Japanese, whose press writes an office after a surname. */
  private japanese = false;
  /** The text being matched has words in Arabic script (readLanguage): see unknown-people-arabic.ts. */
  private arabicScript = false;
  private readonly scratchRefs: number[] = [];
  private readonly splits = createSplits();
  /** Per index, how each word was last read (see word-cache.ts). */
  private readonly wordCaches: WordCache[];
  private readonly scratchLevels: Level[] = [];
  private readonly scratchOnlyInFull: boolean[] = [];
  /** W_* flags of each token (titles, particles, cues…), merged over the indexes. */
  private tokenWords = new Uint32Array(0);
  /** First and last tokens of each body's full name read as part of a longer body's name (bodyHeadAfter). */
  private readonly longerBodies: number[] = [];
  /** Per token, 1 where a mention of a known actor covers it (for unknown-people.ts). */
  private covered = new Uint8Array(0);

  constructor(private readonly indexes: readonly MatchIndex[]) {
    this.wordCaches = indexes.map(() => new WordCache());
    for (let k = 0; k < 3; k++) tokenize(TOKENIZER_PRIMER, this.tokens);
    // Names read by sound need people filed by sound and English's stopwords to tell a text that is not English; a
    // gazetteer of names alone has neither.
    this.readsBySound = indexes.some((index) => {
      const the = index.lookup('the', 0, 3, hashFolded('the'));
      return index.hasSoundKeys && the >= 0 && (index.tokFlags[the]! & W_STOPWORD) !== 0;
    });
  }

  /** The English name of an entity id, if any index knows it. */
  nameOf(id: string): string | undefined {
    for (const index of this.indexes) {
      const e = index.indexOfId(id);
      if (e >= 0) return index.name(e);
    }
    return undefined;
  }

  match(text: string, options: MatchOptions = {}): Mention[] {
    this.text = text;
    this.longerBodies.length = 0;
    this.declaredLang = primaryLanguage(options.lang);
    const t = tokenize(text, this.tokens);
    const n = t.count;
    if (n === 0) return [];
    this.lookupTokens(text, t);
    const year = parseYear(options.date);
    const candidates = this.collect(text, t);
    // Pass 2: anchors name the document's entities; related entities support each other's ambiguous names.
    const ctx = this.context(t, candidates);
    for (const id of options.contextIds ?? []) {
      const r = this.refOf(id);
      if (r >= 0) ctx.doc.add(r);
    }
    const related = this.relatedCounts(ctx.doc, ctx.anchorAt);
    ctx.related = related;
    ctx.dominantCountry = dominant(related.mentions, related.countries);
    ctx.dominantTerritory = dominant(related.territories, related.countries);
    ctx.year = year;

    const accepted: Candidate[] = [];
    let doubted: Candidate[] | undefined;
    // Indexed loops, here and in the other per-candidate and per-token paths: before the JIT has compiled
    // them (the first page a worker reads), for-of and array callbacks allocate on every step.
    for (let q = 0; q < candidates.length; q++) {
      const c = candidates[q]!;
      const level = c.level;
      const entities = c.entities;
      if (!this.acceptAtSomeLevel(c, t, ctx)) {
        // A surname too: "Luisa Gonzalez … Gonzalez said", where the full name is itself shared and settled
        // only by the story.
        if (c.level === Level.Ambiguous || c.level === Level.Surname) {
          // Tried again from its first reading, with its entities as they were: a rejection may have narrowed
          // them to none ("المملكة" before the story has named its kingdom), and the reading the story settles
          // may be the first ("Supreme court" in a headline, before "the UK supreme court").
          c.level = level;
          c.entities = entities;
          (doubted ??= []).push(c);
        }
        continue;
      }
      this.settle(c, year, ctx);
      if (c.level === Level.Surname && c.first === c.last && !ctx.bareSurnames.has(c.chosen))
        ctx.bareSurnames.set(c.chosen, c.first);
      accepted.push(c);
    }
    // One sense per discourse: an ambiguous name the text supports in one place ("the National Party",
    // beside its leader) names the same actor where it stands alone ("trailing the National Party in
    // polls"), and a surname of a person so named is that person's. The vetoes still hold: inside a longer
    // name, in a shouted headline, as a date.
    if (doubted) {
      let found = false;
      for (let q = 0; q < accepted.length; q++) {
        const c = accepted[q]!;
        // A person named only by an office and a surname ("Foreign Minister Wong", "premier Rutte") is the person
        // of that surname's later bare uses, as one named in full is ("Wong said").
        // Not a given name after a monarch's or a pope's title ("Pope Francis"; royalGivenNames reads a king's), nor the
        // first word of a longer name ("Prime Minister Justin Trudeau"), nor a word in a script without capitals,
        // where a given name and a surname look alike ("آقای علی …").
        // Nor the first word of another's full name in kanji ("小泉龍司法相" is Ryuji Koizumi, no Koizumi by office).
        const titled =
          c.level === Level.Surname &&
          this.isPerson(c.chosen) &&
          (((t.flags[c.first]! & T_CAP_FIRST) !== 0 &&
            this.officeBefore(t, c.first) &&
            !GIVEN_NAME_TITLE_HASHES.has(t.hash[c.first - 1]!) &&
            !CLERICAL_TITLES.has(t.hash[c.first - 1]!)) ||
            this.japaneseOfficeAfter(t, c) !== '') &&
          !ctx.anchorsFrom.get(c.first)?.some((e) => e !== c.chosen);
        if ((c.level === Level.Ambiguous || titled) && !ctx.doc.has(c.chosen)) {
          ctx.doc.add(c.chosen);
          found = true;
        }
      }
      for (let q = 0; found && q < doubted.length; q++) {
        const c = doubted[q]!;
        // Not places, whose every use is judged by the words around it ("Georgia" the state and the country
        // in one story), nor papers named by common words where capitals say nothing ("الشرق الأوسط"). A
        // state's short name ("the Kingdom", "المملكة") is a surname: it names the state the story names.
        if ((c.level !== Level.Surname && this.anyPlace(c.entities)) || this.pressNamedByWords(c, t)) continue;
        if (!this.acceptAtSomeLevel(c, t, ctx)) continue;
        this.settle(c, year, ctx);
        accepted.push(c);
      }
    }
    this.dropConceptAcronyms(text, t, accepted);
    this.definedAcronyms(text, t, accepted);
    this.partyOfAcronymAfter(text, t, accepted);
    this.royalGivenNames(text, t, accepted);
    if (this.longerBodies.length) this.dropInsideLongerBodies(accepted);

    // Longest first at each start; among equals, the more certain level.
    accepted.sort((a, b) => a.start - b.start || b.end - a.end || a.level - b.level);
    const out: Mention[] = [];
    let lastEnd = -1;
    const covered = options.unknownPeople === false ? undefined : this.coveredBuf(n);
    // The candidate of the last mention put out (out's last element).
    let lastKept: Candidate | undefined;
    // Indexes in `out` of known people's bare surnames (see withUnknownPeople).
    let bare: number[] | undefined;
    for (let q = 0; q < accepted.length; q++) {
      const c = accepted[q]!;
      if (c.start < lastEnd) {
        // Two full names of one actor that overlap are one mention: "King Salman bin Abdulaziz" and "Salman bin
        // Abdulaziz Al Saud" make "King Salman bin Abdulaziz Al Saud", not leaving "Saud of Saudi Arabia" after it.
        if (
          lastKept &&
          c.end > lastEnd &&
          c.chosen === lastKept.chosen &&
          c.level === Level.Anchor &&
          lastKept.level === Level.Anchor
        ) {
          covered?.fill(covered[lastKept.last]!, lastKept.last + 1, c.last + 1);
          out[out.length - 1]!.end = lastEnd = c.end;
        }
        continue;
      }
      // The kind's code + 1: covered, and by what (unknown-people.ts reads "the EFF's Veronica Mente").
      if (covered)
        covered.fill(this.indexes[refIndex(c.chosen)]!.entKind[refEntity(c.chosen)]! + 1, c.first, c.last + 1);
      const id = this.idOf(c.chosen);
      if (isMuted(text, c.start, c.end, id, options)) continue;
      // One object shape per kind of mention (no property added or deleted later).
      let alts: string[] | undefined;
      for (let q = 1; q < c.ranked.length; q++) {
        const alt = this.idOf(c.ranked[q]!);
        if (!options.mutedIds?.has(alt)) (alts ??= []).push(alt);
      }
      // A known person's surname alone, whose full name the story never writes: it may be an unknown person's.
      if (
        covered &&
        c.first === c.last &&
        c.level !== Level.Anchor &&
        this.isPerson(c.chosen) &&
        !ctx.anchorAt.has(c.chosen)
      )
        (bare ??= []).push(out.length);
      out.push(alts ? { start: c.start, end: c.end, id, alts } : { start: c.start, end: c.end, id });
      lastKept = c;
      lastEnd = c.end;
    }
    const found = covered ? this.withUnknownPeople(text, t, ctx, covered, out, options, bare) : out;
    // Japanese writes foreigners' names in katakana: other text costs no more than one test.
    if (!this.japanese) return found;
    return this.withCountryLetters(
      text,
      this.withKatakanaPeople(text, found, year, ctx.dominantCountry, options),
      options,
    );
  }

  /**
   * Adds the people of the knowledge base that the text names in katakana by a spelling the base does not have
   * ("ペニー・モーダント"), read by sound (katakana-names.ts), and their surnames alone; `found` is sorted and
   * keeps its mentions.
   */
  private withKatakanaPeople(
    text: string,
    found: Mention[],
    year: number,
    dominantCountry: number,
    options: MatchOptions,
  ): Mention[] {
    const people = (given: string, surname: string): number[] => {
      const refs: number[] = [];
      for (let k = 0; k < this.indexes.length; k++)
        for (const e of this.indexes[k]!.soundPeople(given, surname)) refs.push(ref(k, e));
      return refs;
    };
    // Mentions a full name in katakana takes the place of (its surname, read as another person's).
    const replaced = new Set<Mention>();
    const free = (start: number, end: number, inside: boolean): boolean => {
      // The first mention ending after `start` (found is sorted and its mentions do not overlap).
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid]!.end <= start) lo = mid + 1;
        else hi = mid;
      }
      let q = lo;
      // Only a mention after the given name is given up: one from the first letter on read the whole name.
      for (; q < found.length && found[q]!.start < end; q++)
        if (!inside || found[q]!.start <= start || found[q]!.end > end) return false;
      for (let r = lo; r < q; r++) replaced.add(found[r]!);
      return true;
    };
    const countries = this.storyCountries(found);
    const added = findKatakanaPeople(
      text,
      people,
      (refs, parts, surname) =>
        this.oneOf(
          refs.filter((r) => this.vowelAgrees(surname, r)),
          year,
          countries,
          dominantCountry,
          parts,
        ),
      free,
    );
    if (!added.length) return found;
    const out = replaced.size ? found.filter((m) => !replaced.has(m)) : found.slice();
    for (const m of added) {
      const id = this.idOf(m.ref);
      if (!isMuted(text, m.start, m.end, id, options)) out.push({ start: m.start, end: m.end, id });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * Adds the countries a Japanese text names by one letter ("米大統領", "日米", "英政府": japanese-country-letters.ts)
   * where no mention covers the letter; `found` is sorted and keeps its mentions.
   */
  private withCountryLetters(text: string, found: Mention[], options: MatchOptions): Mention[] {
    const letters = japaneseCountryLetters(text);
    if (!letters.length) return found;
    const out = found.slice();
    let q = 0;
    for (const { start, qid } of letters) {
      while (q < found.length && found[q]!.end <= start) q++;
      if (q < found.length && found[q]!.start <= start) continue;
      if (this.refOf(qid) >= 0 && !isMuted(text, start, start + 1, qid, options))
        out.push({ start, end: start + 1, id: qid });
    }
    return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
  }

  /** Katakana `surname` may be the surname of person r by its first vowel too (katakana-names.ts). */
  private vowelAgrees(surname: string, r: number): boolean {
    return surnameVowelAgrees(surname, this.indexes[refIndex(r)]!.name(refEntity(r)));
  }

  /**
   * The one person of `refs` a name read by sound is taken for: of those from a country the story names (or whose
   * actors it names), the only one; else the only one of the story's own country; else the only one in office in the
   * story's year; else -1. Keys are coarse ("Priti Patel" and "Farhad Abdullayev" share theirs): a person of no
   * country the story names is never taken, nor for a name of three parts or more one whose English name has fewer
   * words ("アンドリュー・ギラム・タラハシー", Tallahassee's mayor, is no Andrei Troshev).
   */
  private oneOf(
    refs: readonly number[],
    year: number,
    countries: ReadonlySet<number>,
    dominantCountry: number,
    parts: number,
  ): number {
    const pool = refs.filter(
      (r) =>
        countries.has(this.countryOf(r)) &&
        (parts < 3 || this.indexes[refIndex(r)]!.name(refEntity(r)).split(' ').length >= parts),
    );
    if (pool.length <= 1) return pool.length ? pool[0]! : -1;
    const home = pool.filter((r) => this.countryOf(r) === dominantCountry);
    if (home.length === 1) return home[0]!;
    let one = -1;
    for (const r of pool) {
      if (!this.activeAt(r, year)) continue;
      if (one >= 0) return -1;
      one = r;
    }
    return one;
  }

  /**
   * The one person whose name in the knowledge base is tokens `first` and `last` alone ("Lazarus Chakwera" for
   * "Lazarus McCarthy Chakwera"), or `first` and the last two ("Fernando Sabag Montiel" for "Fernando André Sabag
   * Montiel"), or undefined.
   */
  private knownPerson(first: number, last: number): string | undefined {
    let found: number | undefined;
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      const ids = this.tokenIds[k]!;
      // The surname is the last word, or the last two when a middle word is left between.
      const shortest = last - 1 > first + 1 ? last - 1 : last;
      for (let from = last; from >= shortest; from--) {
        let end = this.rootNodes[k]![first]!;
        for (let j = from; j <= last && end >= 0; j++) end = ids[j]! < 0 ? -1 : index.child(end, ids[j]!);
        if (end < 0) continue;
        for (let p = index.nodeTermStart[end]!; p < index.nodeTermStart[end + 1]!; p++) {
          const r = ref(k, index.termEntity[p]!);
          if (!this.isPerson(r) || r === found) continue;
          if (found !== undefined) return undefined;
          found = r;
        }
      }
    }
    return found === undefined ? undefined : this.idOf(found);
  }

  /** The countries a story names, and those of the actors it names (`found`: mentions put out). */
  private storyCountries(found: readonly Mention[]): Set<number> {
    const countries = new Set<number>();
    for (const m of found) {
      const r = this.refOf(m.id);
      if (r >= 0) countries.add(this.kindOf(r) === 'country' ? r : this.countryOf(r));
    }
    countries.delete(-1);
    return countries;
  }

  /**
   * The id of the one known body of one of the story's countries whose acronym has the letters of `acronym` in another order
   * and whose English name shares a word's stem with `written`, the name the story defines it for (see
   * NameContext.bodyByAcronymLetters), or undefined. Up to five letters (120 orders).
   */
  private bodyByAcronymLetters(
    acronym: string,
    written: string,
    storyCountries: () => ReadonlySet<number>,
  ): string | undefined {
    if (acronym.length < 3 || acronym.length > 5) return undefined;
    let found = -1;
    for (const order of letterOrders(acronym)) {
      if (order === acronym) continue;
      for (let k = 0; k < this.indexes.length; k++) {
        const index = this.indexes[k]!;
        const id = lookupPart(index, order, 0, order.length);
        const node = id >= 0 ? index.child(0, id) : -1;
        if (node < 0) continue;
        for (let p = index.nodeTermStart[node]!; p < index.nodeTermStart[node + 1]!; p++) {
          if (!(index.termFlags[p]! & A_ACRONYM)) continue;
          const r = ref(k, index.termEntity[p]!);
          if (r === found || this.isPlace(r) || this.isPerson(r) || !sharesStem(written, index.name(refEntity(r))))
            continue;
          // The story's countries last: they are read from all its mentions.
          if (!storyCountries().has(this.countryOf(r))) continue;
          if (found >= 0) return undefined;
          found = r;
        }
      }
    }
    return found >= 0 ? this.idOf(found) : undefined;
  }

  /** Tokens `first`–`last` are a name (a term) of some entity in some index. */
  private knownName(first: number, last: number): boolean {
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      let node = this.rootNodes[k]![first]!;
      for (let q = first + 1; node >= 0 && q <= last; q++) {
        const word = this.tokenIds[k]![q]!;
        node = word < 0 ? -1 : index.child(node, word);
      }
      if (node >= 0 && index.nodeTermStart[node + 1]! > index.nodeTermStart[node]!) return true;
    }
    return false;
  }

  /** Token i alone is a name of a place (a country, a territory) in some index. */
  private knownPlace(i: number): boolean {
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      const node = this.rootNodes[k]![i]!;
      if (node < 0) continue;
      for (let p = index.nodeTermStart[node]!; p < index.nodeTermStart[node + 1]!; p++)
        if (this.isPlace(ref(k, index.termEntity[p]!))) return true;
    }
    return false;
  }

  private coveredBuf(n: number): Uint8Array {
    if (this.covered.length < n) this.covered = new Uint8Array(Math.max(2 * n, MIN_TOKEN_CAPACITY));
    return this.covered.fill(0, 0, n);
  }

  /**
   * Adds the bodies (unknown-bodies.ts) and then the people (unknown-people.ts) the knowledge base does not know.
   * A body's name takes the place of a known place inside it ("Malawi" in "Malawi Law Society"); a person is
   * found only where no actor is marked.
   */
  private withUnknownPeople(
    text: string,
    t: Tokens,
    ctx: Context,
    covered: Uint8Array,
    known: Mention[],
    options: MatchOptions,
    bare?: readonly number[],
  ): Mention[] {
    let countries: Set<number> | undefined;
    const n: NameContext = {
      text,
      tokens: t,
      words: this.tokenWords,
      covered,
      coveredKind: (i) => (covered[i] ? KIND_CODES[covered[i] - 1] : undefined),
      coveredId: (i) => (covered[i] ? mentionAt(known, t.start[i]!)?.id : undefined),
      nameOf: (id) => this.nameOf(id),
      headline: (i) => ctx.titleCaseBlock[ctx.blocks[i]!] === 1,
      germanOffice: (i) => this.german && (t.flags[i]! & T_CAP_FIRST) !== 0 && GERMAN_OFFICE.test(this.tokenText(i)),
      german: this.german,
      italian: this.italian,
      knownPerson: (first, last) => this.knownPerson(first, last),
      knownName: (first, last) => this.knownName(first, last),
      place: (i) => this.knownPlace(i),
      // The story's countries, read from its mentions once, and only for an acronym that may be looked up.
      bodyByAcronymLetters: (acronym, written) =>
        acronym.length < 3 || acronym.length > 5
          ? undefined
          : this.bodyByAcronymLetters(acronym, written, () => (countries ??= this.storyCountries(known))),
    };
    // The bare surnames as mentions, not indexes: the bodies below drop the known mentions inside them.
    const bareMentions = bare?.length ? new Set(bare.map((q) => known[q]!)) : undefined;
    const bodies = findUnknownBodies(n);
    if (bodies.length) {
      let b = 0;
      known = known.filter((m) => {
        while (b < bodies.length && bodies[b]!.end <= m.start) b++;
        return !(b < bodies.length && bodies[b]!.start < m.end);
      });
      const code = KIND_CODES.indexOf('organization') + 1;
      for (let i = 0, b = 0; i < t.count && b < bodies.length; i++) {
        while (b < bodies.length && bodies[b]!.end <= t.start[i]!) b++;
        if (b < bodies.length && bodies[b]!.start <= t.start[i]!) covered[i] = code;
      }
    }
    const people = findUnknownPeople(n);
    // Names in the text's own spelling, in a text that is not English, where the index files people by sound.
    const bySoundToo = this.foreignLatin && this.readsBySound;
    if (bySoundToo && people.length) this.peopleBySound(people, known, ctx);
    // "Justice Nazar Akbar … Justice Akbar dissented": a surname the story gives in full only to a person the base
    // does not know is that person's, not a known namesake's never named in full.
    if (bareMentions) known = this.surnamesOfUnknown(text, known, bareMentions, people);
    if (people.length) known = this.placesAsSurnamesOfUnknown(text, t, ctx, known, people);
    // Arabic and Persian names, found by other evidence (no capitals), only where the text has those scripts.
    const arabic = this.arabicScript ? findArabicScriptPeople(n) : [];
    // Names the knowledge base spells the English way, written in the text's own spelling and read by no pass above.
    const bySound = bySoundToo ? this.namesBySound(t, covered, people, known, ctx) : [];
    const found =
      bodies.length || arabic.length || bySound.length ? [...bodies, ...people, ...arabic, ...bySound] : people;
    let added = false;
    for (const p of found) {
      if (isMuted(text, p.start, p.end, p.id, options)) continue;
      known.push(
        p.title ? { start: p.start, end: p.end, id: p.id, title: p.title } : { start: p.start, end: p.end, id: p.id },
      );
      added = true;
    }
    return added ? known.sort((a, b) => a.start - b.start) : known;
  }

  /**
   * Gives the people the unknown-people pass found to the known person whose English name theirs sounds as, in the
   * spelling of the story's language ("Mijail Kasiánov" is Mikhail Kasyanov, "Ahmed Schafik" Ahmed Shafik:
   * latin-sound-names.ts), of a country the story names (oneOf); their surnames alone follow them.
   */
  private peopleBySound(people: UnknownMention[], known: readonly Mention[], ctx: Context): void {
    let countries: ReadonlySet<number> | undefined;
    const settled = new Map<string, string>();
    for (let q = 0; q < people.length; q++) {
      const p = people[q]!;
      if (!p.id.startsWith(UNKNOWN_PREFIX)) continue;
      let id = settled.get(p.id);
      if (id === undefined) {
        id = this.personBySound(p.name, ctx, () => (countries ??= this.storyCountries(known)));
        settled.set(p.id, id);
      }
      if (!id) continue;
      p.id = id;
      p.title = undefined;
    }
  }

  /**
   * In a text in Latin letters that is not English, the capitalized names of two or three words that no pass has read
   * and that sound as one known person's English name (personBySound: "Wiktar Babaryka", "Maria Kalesnikawa" in a
   * Polish story on Belarus), and that surname alone after them. Not a name inside a longer one.
   */
  private namesBySound(
    t: Tokens,
    covered: Uint8Array,
    people: readonly UnknownMention[],
    known: readonly Mention[],
    ctx: Context,
  ): UnknownMention[] {
    const text = this.text;
    const n = t.count;
    // Tokens the unknown-people pass named (each of its mentions starts at a token).
    const taken = new Uint8Array(n);
    for (let q = 0; q < people.length; q++)
      for (let j = tokenAt(t, people[q]!.start); j >= 0 && j < n && t.start[j]! < people[q]!.end; j++) taken[j] = 1;
    // A capitalized word no pass has read, and no language's function word ("Der", "La" opening a sentence).
    const words = this.tokenWords;
    const free = (i: number) =>
      (t.flags[i]! & (T_CAP_FIRST | T_ALL_CAPS | T_HAS_DIGIT)) === T_CAP_FIRST &&
      !covered[i] &&
      !taken[i] &&
      (words[i]! & FUNCTION_WORDS) === 0 &&
      t.end[i]! - t.start[i]! >= 2;
    const capitalBeside = (j: number) => j >= 0 && j < n && (t.flags[j]! & T_CAP_FIRST) !== 0;
    let countries: ReadonlySet<number> | undefined;
    const storyCountries = () => (countries ??= this.storyCountries(known));
    const out: UnknownMention[] = [];
    const bySurname = new Map<number, UnknownMention>();
    for (let i = 0; i < n; i++) {
      if (!free(i)) continue;
      // A run of capitalized words no pass has read: the name is the run, or its last three or two words after a
      // title or a noun German capitalizes ("Kandidat Mussa Mustafa Mussa").
      let last = i;
      while (last + 1 < n && last - i < MAX_RUN && t.flags[last + 1]! & T_JOINABLE && free(last + 1)) last++;
      for (let from = Math.max(i, last - 2); from < last; from++) {
        const name = text.slice(t.start[from], t.end[last]);
        const id = this.personBySound(name, ctx, storyCountries);
        if (!id) continue;
        const m = { start: t.start[from]!, end: t.end[last]!, id, name };
        out.push(m);
        if (!bySurname.has(t.hash[last]!)) bySurname.set(t.hash[last]!, m);
        break;
      }
      i = last;
    }
    if (!out.length) return out;
    // The surname alone, after the full name, where nothing else has read it.
    const first = out[0]!.end;
    for (let i = 0; i < n; i++) {
      if (t.start[i]! < first || !free(i)) continue;
      const m = bySurname.get(t.hash[i]!);
      if (!m || t.start[i]! < m.end || out.some((o) => o.start <= t.start[i]! && t.start[i]! < o.end)) continue;
      if (
        (t.flags[i]! & T_JOINABLE && capitalBeside(i - 1)) ||
        (i + 1 < n && t.flags[i + 1]! & T_JOINABLE && capitalBeside(i + 1))
      )
        continue;
      out.push({ start: t.start[i]!, end: t.end[i]!, id: m.id, name: m.name });
    }
    return out;
  }

  /** The id of the one known person a name written as `name` sounds as (see peopleBySound), or ''. */
  private personBySound(name: string, ctx: Context, storyCountries: () => ReadonlySet<number>): string {
    const pairs = writtenNameKeyPairs(name);
    if (!pairs.length) return '';
    const refs: number[] = [];
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      for (const [given, surname] of pairs)
        for (const e of index.soundPeople(given, surname)) {
          const r = ref(k, e);
          if (!refs.includes(r) && soundsAs(name, index.name(e))) refs.push(r);
        }
    }
    if (!refs.length) return '';
    // Of a grandfather and a grandson of one name ("Georges Papandréou" in 2015), the one not long gone.
    const living = refs.filter((r) => !this.longGone(r, ctx.year));
    const pool = living.length ? living : refs;
    const r = this.oneOf(pool, ctx.year, storyCountries(), ctx.dominantCountry, name.split(/\s+/).length);
    return r >= 0 ? this.idOf(r) : '';
  }

  /** Gives the known mentions in `bare` whose word is the surname of an unknown person in `people` to that person. */
  private surnamesOfUnknown(
    text: string,
    known: Mention[],
    bare: ReadonlySet<Mention>,
    people: readonly UnknownMention[],
  ): Mention[] {
    // Each unknown person's surname (the last word of the name as first written), folded, to the first such person.
    if (!people.length) return known;
    const owners = new Map<string, string>();
    for (let q = 0; q < people.length; q++) {
      const p = people[q]!;
      const surname = foldSurface(p.name.slice(p.name.lastIndexOf(' ') + 1));
      if (!owners.has(surname)) owners.set(surname, p.id);
    }
    return known.map((m) => {
      const owner = bare.has(m) ? owners.get(foldSurface(text.slice(m.start, m.end))) : undefined;
      return owner ? { start: m.start, end: m.end, id: owner } : m;
    });
  }

  /**
   * "Gregory Rusland, de voorzitter van de NPS … Simons en Rusland worden beëdigd": a country's one-word name that
   * is the surname of a person the story names in full, and the story names nothing else of that country, is that
   * person's surname ("Rusland" is Dutch for Russia), as namedPersonsSurname reads a known person's.
   */
  private placesAsSurnamesOfUnknown(
    text: string,
    t: Tokens,
    ctx: Context,
    known: Mention[],
    people: readonly UnknownMention[],
  ): Mention[] {
    let owners: Map<string, string> | undefined;
    for (let q = 0; q < people.length; q++) {
      const p = people[q]!;
      const space = p.name.lastIndexOf(' ');
      if (space < 0 || p.end - p.start !== p.name.length) continue;
      // The surname as written in the text, where its token is a place's name.
      const surname = p.name.slice(space + 1);
      const i = tokenAt(t, p.end - surname.length);
      if (i < 0 || !this.knownPlace(i)) continue;
      (owners ??= new Map()).set(foldSurface(surname), p.id);
    }
    if (!owners) return known;
    return known.map((m) => {
      const owner = owners.get(foldSurface(text.slice(m.start, m.end)));
      if (!owner) return m;
      const r = this.refOf(m.id);
      if (r < 0 || !this.isPlace(r) || (ctx.related.countries.get(r) ?? 0) > 1) return m;
      return { start: m.start, end: m.end, id: owner };
    });
  }

  /** Ranks an accepted candidate's entities and chooses the first. */
  private settle(c: Candidate, year: number, ctx: Context): void {
    c.ranked = this.rank(c.entities, year, ctx.doc, ctx.related, ctx.dominantCountry, ctx.dominantTerritory);
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
  private royalGivenNames(text: string, t: Tokens, accepted: Candidate[]): void {
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
      while (f < c.last && this.wordFlags(f) & W_TITLE) f++;
      if (f === c.last || !wanted.has(t.hash[f]!) || !this.isPerson(c.chosen)) continue;
      firsts ??= new Map();
      const list = firsts.get(t.hash[f]!) ?? firsts.set(t.hash[f]!, []).get(t.hash[f]!)!;
      // With the title written before the given name, in the mention or right before it.
      list.push(c.first, c.chosen, f > 0 ? t.hash[f - 1]! : 0);
    }
    for (let x = 0; x < afterTitle.length; x++) {
      const i = afterTitle[x]!;
      const mentions = firsts?.get(t.hash[i]!);
      alone ??= this.singleTokenCandidates(accepted);
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
            this.nameParticle(next)))
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
        if (single && single.level === Level.Surname && this.isPerson(single.chosen))
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

  /**
   * "社会民主党（SPD）", "the Social Democratic Party (SPD)": a party's name with an acronym in brackets right after it
   * that the story reads as another party is that party's name (Germany's SPD, not Japan's Social Democratic Party,
   * in a Japanese story about Germany).
   */
  private partyOfAcronymAfter(text: string, t: Tokens, accepted: Candidate[]): void {
    let alone: Map<number, Candidate> | undefined;
    for (let q = 0; q < accepted.length; q++) {
      const c = accepted[q]!;
      const j = c.last + 1;
      if (j >= t.count || (t.flags[j]! & (T_ALL_CAPS | T_HAS_DIGIT)) !== T_ALL_CAPS) continue;
      if (this.kindOf(c.chosen) !== 'political-party') continue;
      const open = text.slice(t.end[c.last], t.start[j]).trim();
      const close = text[t.end[j]!];
      if (!((open === '(' && close === ')') || (open === '\uff08' && close === '\uff09'))) continue;
      alone ??= this.singleTokenCandidates(accepted);
      const own = alone.get(j);
      if (own && own.chosen !== c.chosen && this.kindOf(own.chosen) === 'political-party') c.chosen = own.chosen;
    }
  }

  /**
   * "The Integrated Food Security Phase Classification (IPC) said": an acronym the article defines in
   * brackets right after a name names that entity wherever the article writes it, whatever else the
   * knowledge base reads it as, or where it knows no such acronym. It must start with the name's initial:
   * "PARIS (AFP)" is a dateline, not a definition.
   */
  private definedAcronyms(text: string, t: Tokens, accepted: Candidate[]): void {
    let defined: Map<string, number> | undefined;
    let alone: Map<number, Candidate> | undefined;
    for (let q = 0; q < accepted.length; q++) {
      const c = accepted[q]!;
      // "Turkey's National Intelligence Organization, known as MIT": the story names the acronym outright.
      const knownAs = knownAsAt(text, t, c.last);
      const j = knownAs > 0 ? knownAs : c.last + 1;
      // A name, a body's short name or a shared name the story settled on ("The Electoral Commission (EC)" in a
      // Ugandan story, "Renovación Nacional (RN)" in a Chilean one).
      if (j >= t.count || (c.level === Level.Surname && this.isPerson(c.chosen)) || c.level === Level.Standalone)
        continue;
      if ((t.flags[j]! & (T_ALL_CAPS | T_HAS_DIGIT | T_DOTTED)) !== T_ALL_CAPS) continue;
      // "BAKU, Azerbaijan (AP)": a one-word place before a bracketed acronym is a dateline and its credit.
      if (c.first === c.last && this.isPlaceCandidate(c)) continue;
      const start = t.start[j]!;
      const end = t.end[j]!;
      if (knownAs < 0 && (text.charCodeAt(end) !== CLOSE_PAREN || text.slice(t.end[c.last], start).trim() !== '('))
        continue;
      // The acronym opens as the name does, or, for a body named in English, is its own language's acronym of
      // the same words ("the National Electoral Council (CNE)", "the Kurdistan Workers' Party (PKK)").
      if (
        knownAs < 0 &&
        foldCode(text.charCodeAt(start)) !== foldCode(text.charCodeAt(c.start)) &&
        (this.isPerson(c.chosen) || !initialsShuffled(text, t, c.first, c.last, start, end))
      )
        continue;
      // "BAKU, Azerbaijan (AP)": an acronym that stands as a name of its own there is a credit.
      alone ??= this.singleTokenCandidates(accepted);
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
  private dropConceptAcronyms(text: string, t: Tokens, accepted: Candidate[]): void {
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

  /** The accepted candidates of one token, by token. */
  private singleTokenCandidates(accepted: readonly Candidate[]): Map<number, Candidate> {
    const out = new Map<number, Candidate>();
    for (let q = 0; q < accepted.length; q++) {
      const c = accepted[q]!;
      if (c.first === c.last && (!out.has(c.first) || c.level < out.get(c.first)!.level)) out.set(c.first, c);
    }
    return out;
  }

  /** The candidate's last Chinese or Japanese character has "长" (長) written right after it. */
  private headTitleAfter(t: Tokens, c: Candidate): boolean {
    const next = c.last + 1;
    return (
      next < t.count &&
      (t.flags[c.last]! & t.flags[next]! & T_CJK) !== 0 &&
      t.start[next] === t.end[c.last] &&
      t.hash[next] === HEAD_CHAR_HASH
    );
  }

  /**
   * The Chinese or Japanese characters written on right after candidate `c`, itself in such characters, up to
   * `limit` of them; '' if none.
   */
  private cjkRunAfter(t: Tokens, c: Candidate, limit = MAX_CJK_LOOKAHEAD, afterKana = false): string {
    if (!afterKana && !(t.flags[c.last]! & T_CJK)) return '';
    let j = c.last + 1;
    while (j < t.count && j - c.last <= limit && t.flags[j]! & T_CJK && t.start[j] === t.end[j - 1]) j++;
    return j === c.last + 1 ? '' : this.text.slice(t.start[c.last + 1], t.end[j - 1]);
  }

  private isPlaceCandidate(c: Candidate): boolean {
    for (let q = 0; q < c.entities.length; q++) if (!this.isPlace(c.entities[q]!)) return false;
    return true;
  }

  private anyPlace(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPlace(entities[q]!)) return true;
    return false;
  }

  private anyPerson(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPerson(entities[q]!)) return true;
    return false;
  }

  private anyPress(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPress(entities[q]!)) return true;
    return false;
  }

  private allNational(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (!this.isNational(entities[q]!)) return false;
    return true;
  }

  /**
   * An actor of one country (a party, a state body, a newspaper, a company): its shared bare name is read
   * only in its country's context ("Democratic Party"; "MK", a Moscow daily and a South African party).
   */
  private isNational(r: number): boolean {
    const kind = this.kindOf(r);
    if (kind === undefined || !NATIONAL_KINDS.has(kind)) return false;
    // Of a country, not of the European Union ("Ppe", the European People's Party, is no Italian party).
    const country = this.countryOf(r);
    return country >= 0 && this.kindOf(country) !== 'international-organization';
  }

  private kindOf(r: number): (typeof KIND_CODES)[number] | undefined {
    return KIND_CODES[this.indexes[refIndex(r)]!.entKind[refEntity(r)]!];
  }

  private prominence(r: number): number {
    return this.indexes[refIndex(r)]!.entProminence[refEntity(r)]!;
  }

  private isPerson(r: number): boolean {
    return this.kindOf(r) === 'person';
  }

  /** The entity's country as a global reference, or -1. */
  private countryOf(r: number): number {
    const c = this.indexes[refIndex(r)]!.entCountry[refEntity(r)]!;
    return c >= 0 ? ref(refIndex(r), c) : -1;
  }

  // Tests passed to listedWith, made once (bound to this matcher).
  private readonly isCountry = (r: number): boolean => this.kindOf(r) === 'country';
  private readonly isMedia = (r: number): boolean => this.kindOf(r) === 'media';

  /** A newspaper, a channel or a company: names that are often common phrases ("الشرق الأوسط"). */
  private isPress(r: number): boolean {
    const kind = this.kindOf(r);
    return kind === 'media' || kind === 'organization';
  }

  private isPlace(r: number): boolean {
    const kind = this.kindOf(r);
    return kind === 'country' || kind === 'territory' || kind === 'city';
  }

  /**
   * "Ajay Rai … Rai said": a one-word name written in title case that the story first used as the surname of a
   * person the knowledge base does not know (a known given name before it, no name known to start there) is
   * that person's surname, not the broadcaster RAI. Not for places and people, which have their own rules,
   * nor for a name in capitals.
   */
  private unknownSurname(t: Tokens, c: Candidate, ctx: Context): boolean {
    if (c.first !== c.last || t.flags[c.first]! & T_ALL_CAPS || this.isPlaceCandidate(c)) return false;
    for (let q = 0; q < c.entities.length; q++) if (this.isPerson(c.entities[q]!)) return false;
    if (!ctx.unknownSurnames) {
      const found = new Map<number, number>();
      for (let j = 1; j < t.count; j++) {
        const g = j - 1;
        if (!(t.flags[j]! & T_JOINABLE && t.flags[j]! & T_CAP_FIRST && t.flags[g]! & T_CAP_FIRST)) continue;
        // A given name of three letters or more that is not also an article or a demonym ("Im Bundestag", "O
        // Itamaraty", "the Afghan Taliban"), mid-sentence, outside a title-case headline.
        const w = this.wordFlags(g);
        if (!(w & W_GIVEN_NAME) || w & (W_ARTICLE | W_PARTICLE | W_DEMONYM) || ctx.knownStart[g]) continue;
        if (t.end[g]! - t.start[g]! < 3 || this.sentenceStart(t, g) || ctx.titleCaseBlock[ctx.blocks[g]!] === 1)
          continue;
        if (!found.has(t.hash[j]!)) found.set(t.hash[j]!, j);
      }
      ctx.unknownSurnames = found;
    }
    const at = ctx.unknownSurnames.get(t.hash[c.first]!);
    return at !== undefined && at <= c.first;
  }

  /**
   * Whether the story could mean one of these entities by their country: true when one has no country (nothing
   * to check), otherwise whether the story names one of their countries or its actors.
   */
  private countryInStory(entities: readonly number[], ctx: Context): boolean {
    let any = false;
    for (let q = 0; q < entities.length; q++) {
      // An international body's country is only its seat: the ICC is no Dutch group.
      if (this.countryOf(entities[q]!) < 0 || this.kindOf(entities[q]!) === 'international-organization') return true;
      if (this.countryNamed(entities[q]!, ctx)) any = true;
    }
    return any;
  }

  /** Whether the story names entity e's country or an actor of it. */
  private countryNamed(e: number, ctx: Context): boolean {
    return (ctx.related.countries.get(this.countryOf(e)) ?? 0) > 0;
  }

  private refOf(id: string): number {
    for (let k = 0; k < this.indexes.length; k++) {
      const e = this.indexes[k]!.indexOfId(id);
      if (e >= 0) return ref(k, e);
    }
    return -1;
  }

  private idOf(r: number): string {
    return this.indexes[refIndex(r)]!.id(refEntity(r));
  }

  /** Resolves every token to a dictionary id in each index (and a clitic-stripped id when not found). */
  private lookupTokens(text: string, t: Tokens): void {
    const n = t.count;
    if (this.cliticSkip.length < n) {
      // Room for a page twice as long: growing again would also throw the compiled loop away (a branch it
      // has never taken), making the next page slow.
      const cap = Math.max(2 * n, MIN_TOKEN_CAPACITY);
      this.tokenIds = this.indexes.map(() => new Int32Array(cap));
      this.rootNodes = this.indexes.map(() => new Int32Array(cap));
      this.cliticIds = this.indexes.map(() => new Int32Array(cap));
      this.genitiveIds = this.indexes.map(() => new Int32Array(cap));
      this.suffixTrim = new Uint8Array(cap);
      this.cliticSkip = new Uint8Array(cap);
      this.tokenWords = new Uint32Array(cap);
    }
    const cliticSkip = this.cliticSkip.fill(0, 0, n);
    const words = this.tokenWords.fill(0, 0, n);
    // The scan's stamp in lowerSeen: 1–255, the table cleared when it wraps (a byte a word keeps it small).
    this.scan = (this.scan % 255) + 1;
    if (this.lowerSeen.length !== this.indexes.length)
      this.lowerSeen = this.indexes.map((index) => new Uint8Array(index.tokenCount));
    if (this.scan === 1) for (const seen of this.lowerSeen) seen.fill(0);
    const scan = this.scan;
    // Arrays read into locals: the first page runs before the JIT has compiled this loop, and there every
    // property read costs.
    const { hash: hashes, raw: raws, flags } = t;
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      const tokFlags = index.tokFlags;
      const cache = this.wordCaches[k]!;
      const ids = this.tokenIds[k]!;
      const roots = this.rootNodes[k]!;
      const clitic = this.cliticIds[k]!;
      const lowerSeen = this.lowerSeen[k]!;
      for (let i = 0; i < n; i++) {
        const hash = hashes[i]!;
        const raw = raws[i]!;
        // A word read before, on this page or an earlier one ("the", "Putin" …), is read the same way again.
        let word = cache.read(hash, raw, i, ids, roots, clitic, cliticSkip);
        if (word < 0) {
          this.readWord(text, t, index, k, i);
          word = ids[i]! >= 0 ? tokFlags[ids[i]!]! : 0;
          cache.store(hash, raw, ids[i]!, roots[i]!, clitic[i]!, cliticSkip[i]!, word);
        }
        if (word) words[i]! |= word;
        // Written in lower case here: at a sentence start elsewhere, the same word is likely a word too.
        if ((flags[i]! & (T_CASED | T_CAP_FIRST)) === T_CASED && ids[i]! >= 0) lowerSeen[ids[i]!] = scan;
      }
    }
    this.readLanguage(t);
    this.lookupGenitives(text, t);
  }

  /** Reads token i in index k: its dictionary id, its trie node as a first word, its reading after a clitic. */
  private readWord(text: string, t: Tokens, index: MatchIndex, k: number, i: number): void {
    const ids = this.tokenIds[k]!;
    const clitic = this.cliticIds[k]!;
    const start = t.start[i]!;
    const end = t.end[i]!;
    const id = index.lookup(text, start, end, t.hash[i]!);
    ids[i] = id;
    this.rootNodes[k]![i] = id >= 0 ? index.child(0, id) : -1;
    clitic[i] = -1;
    // Even a token found as written may also be a clitic + a name: "للأمم" is a word of a longer alias
    // ("الجمعية العامة للأمم المتحدة") and also ل + "الأمم".
    if (!(t.flags[i]! & (T_ARABIC | T_HEBREW))) return;
    const splits = this.splits;
    const count =
      t.flags[i]! & T_ARABIC ? arabicSplits(text, start, end, splits) : hebrewSplits(text, start, end, splits);
    // Longest prefix first, but a split that leaves a whole name beats one that leaves only a word of a
    // longer name: "والجزائر" is و + "الجزائر" (Algeria), not وال + "جزائر" (of "جزائر القمر", Comoros); and one
    // that leaves a name's first word beats one that leaves a word no name opens with: "والولايات المتحدة" is
    // و + "الولايات" (of "الولايات المتحدة"), not وال + "ولايات".
    let best = -1;
    for (let q = 0; q < count; q++) {
      const skip = splits.skip[q]!;
      const article = splits.article[q]!;
      const part = lookupPart(
        index,
        text,
        start + skip,
        end,
        article === HEBREW_WITH_ARTICLE ? HEBREW_ARTICLE : article ? ARABIC_ARTICLE : '',
      );
      if (part < 0) continue;
      const node = index.child(0, part);
      const rank = node < 0 ? 0 : index.hasTerms(node) ? 2 : 1;
      // Of two that open names, the one that keeps the article: Arabic names are written with it ("للقوات" is
      // ل + "القوات", the article's alif dropped, not لل + "قوات").
      const keepsArticle =
        rank === 1 && rank === best && (splits.article[q] === 1 || startsWithArticle(text, start + skip, end));
      if (rank > best || keepsArticle) {
        best = rank;
        clitic[i] = part;
        this.cliticSkip[i] = skip;
      }
      if (rank === 2) break;
    }
  }

  /**
   * Whether the text is German, Italian, Scandinavian, Finnish, Turkish or Spanish: enough of the language's
   * function words ("und", "nicht"; "della", "anche"; "için"; "según"), as a count and as a share of the cased words.
   */
  private readLanguage(t: Tokens): void {
    let german = 0;
    let italian = 0;
    let nordic = 0;
    let finnish = 0;
    let turkish = 0;
    let spanish = 0;
    let english = 0;
    let words = 0;
    let korean = false;
    let japanese = false;
    let arabic = false;
    for (let i = 0; i < t.count; i++) {
      if (!(t.flags[i]! & T_CASED)) {
        korean ||= isHangul(this.text.charCodeAt(t.start[i]!));
        japanese ||= kanaOf(this.text.charCodeAt(t.start[i]!)) !== 0;
        arabic ||= (t.flags[i]! & T_ARABIC) !== 0;
        continue;
      }
      words++;
      const w = this.tokenWords[i]!;
      if (w & W_GERMAN) german++;
      if (w & W_ITALIAN) italian++;
      if (w & W_NORDIC) nordic++;
      if (w & W_FINNISH) finnish++;
      if (w & W_TURKISH) turkish++;
      if (w & W_SPANISH) spanish++;
      if (w & W_STOPWORD) english++;
    }
    // Told by its function words, or declared and not belied by a text long enough to show its language.
    const lang = this.declaredLang;
    const judged = words >= LANGUAGE_JUDGED_WORDS;
    const reads = (count: number, declared: boolean) =>
      (count >= LANGUAGE_MIN_WORDS && count >= words * LANGUAGE_MIN_SHARE) ||
      (declared && (!judged || count >= LANGUAGE_MIN_WORDS));
    this.german = reads(german, lang === 'de');
    this.italian = reads(italian, lang === 'it');
    this.nordic = reads(nordic, NORDIC_LANGUAGES.has(lang));
    this.finnish = reads(finnish, lang === 'fi');
    this.turkish = reads(turkish, lang === 'tr');
    this.spanish = reads(spanish, lang === 'es');
    // English's commonest words are a quarter to two fifths of its cased words, and one in ten at most of another
    // language's ("a", "in", "no", "do" are theirs too). Too short a text to tell is read as it declares itself.
    this.foreignLatin =
      words >= ENGLISH_JUDGED_WORDS ? english < words * ENGLISH_MIN_SHARE : lang !== '' && lang !== 'en';
    this.korean = korean;
    this.japanese = japanese;
    this.arabicScript = arabic;
  }

  /**
   * In a German text, a capitalized word ending in -s or -es may be a name in the genitive ("Putins Rede",
   * "Donald Trumps Zölle", "des Bundestages"), and in a Scandinavian one ending in -s ("Putins tal",
   * "Sveriges regering"): its id without the ending, for a name to end on. Elsewhere "Trumps" is a family and
   * "Mays" another surname, so other languages get none.
   */
  private lookupGenitives(text: string, t: Tokens): void {
    const n = t.count;
    const korean = this.korean;
    this.suffixed = this.german || this.nordic || this.finnish || this.turkish || korean;
    if (!this.suffixed) return; // genitiveIds are read only in German, Scandinavian, Finnish, Turkish and Korean text
    for (const g of this.genitiveIds) g.fill(-1, 0, n);
    this.suffixTrim.fill(0, 0, n);
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      const ids = this.tokenIds[k]!;
      const gen = this.genitiveIds[k]!;
      // A name as written is not a genitive of another ("Hamas" is not Hama's), nor a stem with a particle.
      const isName = (id: number) => id >= 0 && index.hasTerms(index.child(0, id));
      for (let i = 0; i < n; i++) {
        const f = t.flags[i]!;
        const start = t.start[i]!;
        const end = t.end[i]!;
        if (korean && isHangul(text.charCodeAt(start))) {
          if (isName(ids[i]!)) continue;
          // "헌법재판소가" → "헌법재판소": the longest particle that leaves a word the index knows.
          const count = koreanParticleLengths(text, start, end, this.particleLengths);
          for (let q = 0; q < count; q++) {
            const id = lookupPart(index, text, start, end - this.particleLengths[q]!);
            if (id < 0) continue;
            gen[i] = id;
            this.suffixTrim[i] = this.particleLengths[q]!;
            break;
          }
          continue;
        }
        if (!this.german && !this.nordic && !this.finnish && !this.turkish) continue;
        if (!(f & T_CAP_FIRST) || f & (T_ALL_CAPS | T_HAS_DIGIT) || end - start < 4) continue;
        if (this.finnish) {
          if (!isName(ids[i]!)) gen[i] = finnishStem(index, text, start, end);
          continue;
        }
        if (this.turkish) {
          if (!isName(ids[i]!)) gen[i] = turkishStem(index, text, start, end);
          continue;
        }
        if (isName(ids[i]!) || text.charCodeAt(end - 1) !== 0x73 /* s */) continue;
        // "Bundestags" → "Bundestag"; "Bundestages" → "Bundestag"; never "Lars" → "Lar" for a 3-letter stem.
        // Swedish, Danish and Norwegian add only -s, to the definite form too ("Moderaternas" → "Moderaterna").
        let id = lookupPart(index, text, start, end - 1);
        if (id < 0 && this.german && end - start >= 6 && text.charCodeAt(end - 2) === 0x65 /* e */)
          id = lookupPart(index, text, start, end - 2);
        gen[i] = id;
      }
    }
  }

  /**
   * In Italian, an acronym written as a word ("l'Onu", "la Bce"): not opening a sentence, where a capital says
   * nothing, nor a given name or part of a longer name ("la ministra Ana Palacio" is no ANA, Afghanistan's army).
   */
  private italianAcronym(t: Tokens, first: number, last: number): boolean {
    if (t.flags[first]! & T_SENT_START || this.tokenWords[first]! & W_GIVEN_NAME) return false;
    const capitalJoined = (j: number) => (t.flags[j]! & (T_CAP_FIRST | T_JOINABLE)) === (T_CAP_FIRST | T_JOINABLE);
    return (
      !(first > 0 && t.flags[first]! & T_JOINABLE && t.flags[first - 1]! & T_CAP_FIRST) &&
      !(last + 1 < t.count && capitalJoined(last + 1))
    );
  }

  /** Pass 1: every trie path from every token, with terms filtered by case. */
  private collect(text: string, t: Tokens): Candidate[] {
    const out: Candidate[] = [];
    const n = t.count;
    const suffixed = this.suffixed;
    for (let k = 0; k < this.indexes.length; k++) {
      const index = this.indexes[k]!;
      const roots = this.rootNodes[k]!;
      const clitic = this.cliticIds[k]!;
      const genitive = this.genitiveIds[k]!;
      for (let i = 0; i < n; i++) {
        if (roots[i]! >= 0 && this.mayStartName(t, i)) this.walk(text, t, index, k, i, roots[i]!, 0, out);
        if (clitic[i]! >= 0) {
          const found = out.length;
          this.walk(text, t, index, k, i, index.child(0, clitic[i]!), this.cliticSkip[i]!, out);
          if (out.length === found && t.flags[i]! & T_HEBREW)
            this.walkWithArticle(text, t, index, k, i, clitic[i]!, out);
        }
        if (suffixed && genitive[i]! >= 0) this.genitiveEnd(text, t, index, k, i, i, 0, out);
      }
    }
    return out;
  }

  /**
   * A Hebrew word keeps one reading after its prefix (readWord), and where both the bare word and the word with the
   * swallowed article open names, the bare one: "בבית" is read as ב + "בית" (of "בית המשפט העליון"). When no name
   * follows that reading, the other is tried: "בבית היהודי" is ב + "הבית היהודי", the Jewish Home.
   */
  private walkWithArticle(
    text: string,
    t: Tokens,
    index: MatchIndex,
    k: number,
    i: number,
    reading: number,
    out: Candidate[],
  ): void {
    const skip = this.cliticSkip[i]!;
    const start = t.start[i]! + skip;
    if (!swallowsArticle(text.charAt(start - 1))) return;
    const part = lookupPart(index, text, start, t.end[i]!, HEBREW_ARTICLE);
    if (part < 0 || part === reading) return;
    const node = index.child(0, part);
    if (node >= 0) this.walk(text, t, index, k, i, node, skip, out);
  }

  /**
   * Whether a name can start at token i as written: a word in lower case in a cased script starts one only
   * as a particle ("al-Qaeda", "von der Leyen"), an institutional noun ("ministère des Affaires étrangères")
   * or an exact-case alias written so ("dpa"). casedMask and the exact-case check would reject every other
   * such start; skipping it saves following the trie from "the", "of" and "in" into thousands of names.
   */
  private mayStartName(t: Tokens, i: number): boolean {
    return (
      (t.flags[i]! & (T_CASED | T_CAP_FIRST)) !== T_CASED ||
      (this.tokenWords[i]! & (W_ARTICLE | W_PARTICLE | W_GENERIC | W_LOWER_EXACT)) !== 0 ||
      this.afterOwner(t, i)
    );
  }

  /** Follows the trie from token `i` (whose word is trie node `first`), adding a candidate at every node with terms. */
  private walk(
    text: string,
    t: Tokens,
    index: MatchIndex,
    k: number,
    i: number,
    first: number,
    skip: number,
    out: Candidate[],
  ): void {
    const ids = this.tokenIds[k]!;
    const n = t.count;
    let node = first;
    // The tokens of a quoted nickname skipped inside the name, if any.
    let gapFrom = -1;
    let gapTo = -1;
    // The last token a quote may stand before: a nickname the alias itself writes ('Christopher "Bong" Go').
    let quotedTo = -1;
    // The token after a comma the name runs across (commaInName), or -1.
    let commaAt = -1;
    for (let j = i; node >= 0 && j < n && j - i < MAX_ALIAS_TOKENS;) {
      const termStart = index.nodeTermStart[node]!;
      const termEnd = index.nodeTermStart[node + 1]!;
      // Across a comma, at least two words more: "Economy, Trade and Industry", not a list's "Bosnia, Herzegovina".
      if (termEnd > termStart && (commaAt < 0 || j > commaAt)) {
        const c = this.candidate(text, t, index, k, i, j, skip, termStart, termEnd, false, gapFrom, gapTo);
        if (c) out.push(c);
      }
      j++;
      if (j >= n) break;
      if (!(t.flags[j]! & (T_JOINABLE | T_AFTER_BRACKET)) && j > quotedTo) {
        if (this.commaInName(text, t, j)) {
          commaAt = j;
          node = ids[j]! >= 0 ? index.child(node, ids[j]!) : -1;
          continue;
        }
        // A nickname in quotes inside the name: 'Ronald "Bato" dela Rosa', 'Christopher "Bong" Go'. The name
        // goes on after it, with or without the nickname among its words.
        if (!(t.flags[j]! & T_CAP_FIRST)) break;
        const close = this.nicknameEnd(text, t, j);
        if (close < 0) break;
        const after = ids[close + 1]! >= 0 ? index.child(node, ids[close + 1]!) : -1;
        if (after >= 0) {
          gapFrom = j;
          gapTo = close;
          j = close + 1;
          node = after;
          continue;
        }
        // Otherwise the trie walks on through the nickname's words as through any others.
        quotedTo = close + 1;
      }
      if (this.suffixed && this.genitiveIds[k]![j]! >= 0) this.genitiveEnd(text, t, index, k, i, j, node, out);
      const next = ids[j]! >= 0 ? index.child(node, ids[j]!) : -1;
      // A middle initial the alias does not write: "Sergey V. Lavrov", "Mahmoud A. Abbas".
      if (next < 0 && j + 1 < n && this.isInitial(text, t, j) && t.flags[j + 1]! & T_JOINABLE && ids[j + 1]! >= 0) {
        const after = index.child(node, ids[j + 1]!);
        if (after >= 0) {
          j++;
          node = after;
          continue;
        }
      }
      node = next;
    }
  }

  /**
   * A comma and a space between two capitalized words, which a name may write: "Ministry of Economy, Trade and
   * Industry". The trie decides whether the name goes on (no alias runs across a list's commas).
   */
  private commaInName(text: string, t: Tokens, j: number): boolean {
    const f = t.flags[j]!;
    return (
      (f & (T_AFTER_COMMA | T_CAP_FIRST)) === (T_AFTER_COMMA | T_CAP_FIRST) &&
      (t.flags[j - 1]! & T_CAP_FIRST) !== 0 &&
      t.start[j]! - t.end[j - 1]! === 2 &&
      text.charCodeAt(t.end[j - 1]!) === COMMA
    );
  }

  /**
   * The last token of a quoted nickname of one to three words opening at token j (a space and an opening quote
   * before it, a closing quote and a space after it), or -1. The trie decides whether the name goes on.
   */
  private nicknameEnd(text: string, t: Tokens, j: number): number {
    const open = t.start[j]! - 1;
    if (j < 1 || open - 1 !== t.end[j - 1]! || text.charCodeAt(open - 1) !== 32) return -1;
    if (!OPEN_QUOTES.includes(text.charAt(open))) return -1;
    for (let m = j; m < t.count - 1 && m < j + 3; m++) {
      if (m > j && !(t.flags[m]! & T_JOINABLE)) return -1;
      const close = t.end[m]!;
      if (
        t.start[m + 1] === close + 2 &&
        CLOSE_QUOTES.includes(text.charAt(close)) &&
        text.charCodeAt(close + 1) === 32
      )
        return m;
    }
    return -1;
  }

  /** A capital letter and a period: an initial ("V." of "Sergey V. Lavrov"). */
  private isInitial(text: string, t: Tokens, j: number): boolean {
    return t.end[j]! - t.start[j]! === 1 && (t.flags[j]! & T_CAP_FIRST) !== 0 && text.charCodeAt(t.end[j]!) === 46;
  }

  /** A name whose last word, token `last`, is in the genitive ("Donald Trumps"); `node` holds the words before. */
  private genitiveEnd(
    text: string,
    t: Tokens,
    index: MatchIndex,
    k: number,
    first: number,
    last: number,
    node: number,
    out: Candidate[],
  ): void {
    const end = index.child(node, this.genitiveIds[k]![last]!);
    if (end < 0) return;
    const termStart = index.nodeTermStart[end]!;
    const termEnd = index.nodeTermStart[end + 1]!;
    if (termEnd === termStart) return;
    const c = this.candidate(text, t, index, k, first, last, 0, termStart, termEnd, true);
    if (c) out.push(c);
  }

  private candidate(
    text: string,
    t: Tokens,
    index: MatchIndex,
    k: number,
    first: number,
    last: number,
    skip: number,
    termStart: number,
    termEnd: number,
    genitive = false,
    gapFrom = -1,
    gapTo = -1,
  ): Candidate | undefined {
    const start = t.start[first]! + skip;
    // A Korean particle is no part of the name: "국회의" marks "국회".
    let end = t.end[last]! - (genitive ? this.suffixTrim[last]! : 0);
    // "CPI(M)": the bracket opened inside the name closes it.
    if (last > first && text.charCodeAt(t.start[last]! - 1) === OPEN_PAREN && text.charCodeAt(end) === CLOSE_PAREN)
      end++;
    const lowerWords = this.casedMask(t, index, k, first, last, gapFrom, gapTo);
    // A lower-case first word right after a country's possessive or demonym: "Kenya's parliament". Asked only
    // when a term fails the case check (most candidates pass it).
    let ownerBefore: boolean | undefined;
    let lowerAfterOwner = false;
    let lowerStory = false;
    // Each entity at the most certain level any of its terms reaches here (a node has few terms).
    // Scratch lists reused across calls: only the first `count` entries are this call's.
    const refs = this.scratchRefs;
    const levels = this.scratchLevels;
    const onlyInFull = this.scratchOnlyInFull;
    let count = 0;
    let anyOnlyInFull = false;
    let viaExact = false;
    let best: number = Level.Ambiguous + 1;
    // "a former IRA commander": three capitals or fewer amid mixed-case text are an acronym, not a place's or a
    // person's name folded from other letters ("Irã", Iran's Portuguese name, folds to "ira"). Asked once, for the
    // first such term.
    let shortCaps: boolean | undefined;
    for (let term = termStart; term < termEnd; term++) {
      const flags = index.termFlags[term]!;
      if (!(flags & (A_EXACT | A_ACRONYM))) {
        shortCaps ??=
          first === last &&
          (t.flags[first]! & (T_ALL_CAPS | T_HAS_DIGIT)) === T_ALL_CAPS &&
          t.end[first]! - t.start[first]! <= 3 &&
          !inAllCapsRun(t, first, last);
        if (shortCaps) {
          const e = ref(k, index.termEntity[term]!);
          if (this.isPlace(e) || this.isPerson(e)) continue;
        }
      }
      // This term is read from a name capitalized only at its first word (see below).
      let lowerTail = false;
      // Acronyms take no genitive -s as one word ("des BND"): "ANCs" is a plural, not a name.
      if (genitive && flags & (A_EXACT | A_ACRONYM)) continue;
      if (flags & A_EXACT) {
        const exact = index.exactMatches(term, text, start, end);
        // "Nato" for NATO; but "Dans" opening a French sentence is the word "dans" written elsewhere in lower
        // case, not DANS, Bulgaria's security agency.
        // The Italian press writes every acronym so ("l'Onu", "la Bce", "gli Usa"), though not opening a
        // sentence, where a capital says nothing.
        const titled =
          ((flags & A_TITLECASE_OK) !== 0 ||
            (this.italian && flags & A_ACRONYM && this.italianAcronym(t, first, last))) &&
          isTitlecase(t, first, last) &&
          // At a sentence's start, a word the text also writes in lower case is that word. Russian declines it
          // elsewhere ("ударом", "удара"), so its lower case is not seen as written: "Удар" ('a blow') is the word.
          !(
            first === last &&
            t.flags[first]! & T_SENT_START &&
            (t.flags[first]! & T_CYRILLIC || this.seenLower(k, first))
          );
        if (!exact && !titled) continue;
        if (flags & A_WORDLIKE && inAllCapsRun(t, first, last)) continue;
        viaExact = true;
      } else if (lowerWords === NOT_CASED || lowerWords & ~(flags >>> A_LOWER_SHIFT)) {
        // The Guardian's style: a body's name capitalized only at its first word ("the UN security council",
        // "the Labour party", "the European court of human rights"). Read as a shared name, which the story
        // must support; never a person's.
        if (
          lowerWords !== NOT_CASED &&
          last > first &&
          t.flags[first]! & T_CAP_FIRST &&
          !(flags & (A_SURNAME | A_EXACT)) &&
          !this.isPerson(ref(k, index.termEntity[term]!)) &&
          this.institutionalTail(t, first, last)
        ) {
          lowerTail = true;
        } else {
          // Only a short name (a surname-like term) of a body may be written so; people and full names may not.
          if ((flags & (A_SURNAME | A_STANDALONE)) !== A_SURNAME) continue;
          ownerBefore ??= (t.flags[first]! & (T_CASED | T_CAP_FIRST)) === T_CASED && this.afterOwner(t, first);
          if (ownerBefore) lowerAfterOwner = true;
          else if (this.theParliament(t, first, last) || this.theMinistry(t, first, last)) lowerStory = true;
          else continue;
        }
      }
      // A surname needs its person named in full (or an office title), even when it is also a common word
      // ("May"); only other names that are ambiguous fall back to support from the surrounding text.
      const level =
        flags & A_SURNAME
          ? flags & A_STANDALONE
            ? Level.Standalone
            : Level.Surname
          : flags & A_AMBIGUOUS || lowerTail
            ? Level.Ambiguous
            : Level.Anchor;
      const r = ref(k, index.termEntity[term]!);
      // A shared surname form ("Seselja", a Polish case of Šešelj's) names its person only once named in full.
      const inFull = level === Level.Surname && (flags & A_AMBIGUOUS) !== 0;
      let at = 0;
      while (at < count && refs[at] !== r) at++;
      if (at === count) {
        refs[count] = r;
        onlyInFull[count] = inFull;
        anyOnlyInFull ||= inFull;
        levels[count++] = level;
      } else {
        if (level < levels[at]!) levels[at] = level;
        if (!inFull) onlyInFull[at] = false;
      }
      if (level < best) best = level;
    }
    if (!count) return undefined;
    // A surface that is a full name of X and only a surname of Y names X; Y is kept in case X is rejected.
    // Most candidates name one entity at one level: no list of weaker readings is made for them.
    const entities: number[] = count === 1 ? [refs[0]!] : [];
    let weaker: Candidate['weaker'] = NO_WEAKER;
    for (let q = 0; count > 1 && q < count; q++) {
      const level = levels[q]!;
      if (level === best) {
        entities.push(refs[q]!);
        continue;
      }
      if (weaker === NO_WEAKER) weaker = [];
      let group = 0;
      while (group < weaker.length && weaker[group]!.level !== level) group++;
      if (group < weaker.length) weaker[group]!.entities.push(refs[q]!);
      else weaker.push({ level, entities: [refs[q]!] });
    }
    if (weaker.length > 1) weaker.sort((a, b) => a.level - b.level);
    const found: Candidate = {
      first,
      last,
      start,
      end,
      index: k,
      level: best as Level,
      viaExact,
      entities,
      weaker,
      chosen: -1,
      ranked: NO_RANKING,
      preferred: -1,
      genitive,
      lowerAfterOwner,
      lowerStory,
      onlyInFull: anyOnlyInFull ? refs.slice(0, count).filter((_, q) => onlyInFull[q]) : NO_REFS,
    };
    return found;
  }

  /**
   * Among the words after the first, an institutional noun ("council", "court", "party"), but not "state": "an
   * Islamic state" is no Islamic State.
   */
  private institutionalTail(t: Tokens, first: number, last: number): boolean {
    let found = false;
    for (let j = first + 1; j <= last; j++) {
      // "Ukraine's air force" is read as "Kenya's parliament" is: the country, then its body.
      if (isPossessiveS(t, j)) return false;
      if (this.wordFlags(j) & (W_GENERIC | W_ORG_HEAD) && t.hash[j] !== STATE_HASH) found = true;
    }
    return found;
  }

  /** A capitalized word among `from..last`, after nothing but particles ("der Leyen"). */
  private capitalAhead(t: Tokens, index: MatchIndex, k: number, from: number, last: number): boolean {
    for (let j = from; j <= last; j++) {
      if (t.flags[j]! & T_CAP_FIRST) return true;
      const id = this.tokenIds[k]![j]!;
      if (id < 0 || !(index.tokFlags[id]! & W_PARTICLE)) return false;
    }
    return false;
  }

  /**
   * A name in a cased script must be capitalized: every word except particles ("al", "bin", "of") and the
   * words its alias itself writes in lower case ("Assemblée nationale", "Белый дом"). Returns NOT_CASED,
   * or a mask of the span's words (bit j-1 for word first+j) that are in lower case with no general excuse:
   * a term accepts the span when its own lower-case mask covers them.
   */
  private casedMask(
    t: Tokens,
    index: MatchIndex,
    k: number,
    first: number,
    last: number,
    gapFrom = -1,
    gapTo = -1,
  ): number {
    const ids = this.tokenIds[k]!;
    let capitalized = 0;
    let mask = 0;
    // Bits count the alias's words: a skipped nickname's tokens are not among them.
    let shift = 0;
    // Whether a word after the first is capitalized, asked once per span (see the Cyrillic rule below).
    let properInside: boolean | undefined;
    for (let j = first; j <= last; j++) {
      if (j === gapFrom) {
        shift = gapTo - gapFrom + 1;
        j = gapTo;
        continue;
      }
      const f = t.flags[j]!;
      if (!(f & T_CASED)) continue;
      if (f & T_CAP_FIRST) {
        capitalized++;
        continue;
      }
      const id = j === first && ids[j]! < 0 ? this.cliticIds[k]![j]! : ids[j]!;
      const w = id >= 0 ? index.tokFlags[id]! : 0;
      if (w & W_PARTICLE && j > first) continue;
      // "al-Qaeda", "el-Sisi", "von der Leyen": particles may open a name in lower case, before a capital.
      if (
        j === first &&
        j < last &&
        (w & W_ARTICLE || (w & W_PARTICLE && NAME_PARTICLES.has(this.tokenText(j)))) &&
        this.capitalAhead(t, index, k, j + 1, last)
      )
        continue;
      // Russian and Ukrainian write only the first word of an institution's name with a capital ("Генеральна
      // асамблея ООН", "Кабінет міністрів України"), whatever case the base writes the rest in. Only in a name
      // that holds another proper name: a generic one ("Верховный суд", any country's) is read as its alias is
      // written, or Ukraine's "Верховний Суд" would be every Russian story's supreme court.
      if (
        f & T_CYRILLIC &&
        j > first &&
        t.flags[first]! & T_CAP_FIRST &&
        (properInside ??= this.capitalInside(t, first, last))
      )
        continue;
      // "the Chinese foreign ministry": institutional nouns after a capitalized start. Not "state" ending the
      // name: "an Islamic state" is no Islamic State ("the US state department" keeps it).
      if (w & W_GENERIC && j > first && t.flags[first]! & T_CAP_FIRST && !(j === last && t.hash[j] === STATE_HASH))
        continue;
      // The "s" of a possessive inside a name ("Ukraine's Foreign Ministry").
      if (j > first && isPossessiveS(t, j)) continue;
      // The lower-case half of a hyphenated given name ("Tsai Ing-wen", "Kim Jong-un").
      if (j > first && f & T_AFTER_HYPHEN && t.flags[j - 1]! & T_CAP_FIRST) continue;
      // "armée israélienne", "ministerio de Defensa": an institutional noun may open a name in lower case
      // when the alias itself writes it so (the term's A_LOWER_FIRST_BIT).
      if (j === first) {
        if (!(w & W_GENERIC) || j === last) return NOT_CASED;
        mask |= 1 << A_LOWER_FIRST_BIT;
        continue;
      }
      // Past the words the mask holds, a long name's case is not checked: its first seven words already were
      // ("Rassemblement des houphouëtistes pour la démocratie et la paix").
      if (j - shift - first > A_LOWER_MAX) continue;
      mask |= 1 << (j - shift - first - 1);
    }
    return capitalized > 0 || !(t.flags[first]! & T_CASED) || mask & (1 << A_LOWER_FIRST_BIT) ? mask : NOT_CASED;
  }

  /** Token `last` is followed by a capitalized compass point joined to it ("Suna East", "Nairobi West"). */
  private compassAfter(t: Tokens, last: number): boolean {
    const next = last + 1;
    return (
      next < t.count &&
      (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) &&
      COMPASS_WORDS.has(t.hash[next]!)
    );
  }

  /** A token after the first, up to last, is capitalized. */
  private capitalInside(t: Tokens, first: number, last: number): boolean {
    for (let k = first + 1; k <= last; k++) if (t.flags[k]! & T_CAP_FIRST) return true;
    return false;
  }

  /** The token's text as written, lower-cased (only for the rare checks that need it). */
  private tokenText(j: number): string {
    return this.text.slice(this.tokens.start[j], this.tokens.end[j]).toLowerCase();
  }

  private wordFlags(j: number): number {
    return this.tokenWords[j]!;
  }

  private isTitle(t: Tokens, j: number): boolean {
    if (j < 0 || j >= t.count) return false;
    if (this.wordFlags(j) & W_TITLE) return true;
    // German joins the office to its noun ("Finanzminister Lindner", "Bundeskanzler Scholz"): a capitalized
    // word ending in an office is a title, not the first part of a longer name.
    return this.german && t.flags[j]! & T_CAP_FIRST ? GERMAN_OFFICE.test(this.tokenText(j)) : false;
  }

  /**
   * A minister's title and its portfolio end right before token `first`: "minister van Buitenlandse Zaken Lavrov",
   * "el ministro de Asuntos Exteriores Lavrov", "Minister of Foreign Affairs Lavrov". The portfolio's capitalized
   * words are the office's, not the start of a longer name. Only a person's name, and not after a given name
   * ("Minister of Defence Ahmed Lavrov" names another Lavrov); not a body's ("chair of the U.S. Sentencing Commission").
   */
  private portfolioBefore(t: Tokens, c: Candidate): boolean {
    const first = c.first;
    if (first < 3 || this.wordFlags(first - 1) & W_GIVEN_NAME || !this.anyPerson(c.entities)) return false;
    for (let j = first - 1, steps = 0; j >= 0 && steps <= MAX_TITLE_WORDS; j--, steps++) {
      if (!(t.flags[j + 1]! & T_JOINABLE)) return false;
      const w = this.wordFlags(j);
      // The title, then a particle right after it ("minister van", "ministro de", "Minister of").
      if (w & W_TITLE && !(w & W_HONORIFIC) && steps > 1) return (this.wordFlags(j + 1) & W_PARTICLE) !== 0;
      if (!(w & W_PARTICLE) && !(t.flags[j]! & T_CAP_FIRST)) return false;
    }
    return false;
  }

  /** The capitalized word before the candidate opens a longer name (insideLongerName's first half). */
  private longerNameBefore(t: Tokens, c: Candidate, ctx: Context): boolean {
    const titleCase = ctx.titleCaseBlock[ctx.blocks[c.first]!] === 1;
    const prev = c.first - 1;
    // "HAMAS'S DEIF": the "S" of a possessive before the name is not part of a longer name.
    const possessiveS = prev > 0 && isPossessiveS(t, prev);
    if (
      prev >= 0 &&
      !possessiveS &&
      t.flags[c.first]! & T_JOINABLE &&
      !this.spacedDash(t, c.first) &&
      !this.isTitle(t, prev) &&
      !ctx.knownEnd[prev] &&
      !(t.flags[c.first]! & T_AFTER_HYPHEN && ctx.namedSurname[prev] && ctx.namedSurname[c.first]) &&
      // "Senate Republicans": a party's members after the name of a body they sit in.
      !(PARTY_MEMBERS.has(t.hash[c.first]!) && ctx.otherNameEnd[prev]) &&
      !this.portfolioBefore(t, c)
    ) {
      const pf = t.flags[prev]!;
      const w = this.wordFlags(prev);
      const capitalized = (pf & T_CAP_FIRST) !== 0 && !(pf & T_ALL_CAPS && t.flags[c.first]! & T_ALL_CAPS);
      // "Latin America" is no America, the "Gulf" of a place's name no country: adjectives that open a region's name.
      if (capitalized && REGION_ADJECTIVES.has(t.hash[prev]!) && this.isPlaceCandidate(c)) return true;
      // "The Amhara Democratic Party", "the Arab Democratic Party": a people's or a faith's adjective (no country's
      // demonym) before a name that several bodies share opens another body's name ("Kenyan" before "Democratic
      // Party" says which country's).
      if (
        capitalized &&
        w & W_ADJECTIVE &&
        !(w & W_DEMONYM) &&
        !IDEOLOGY_ADJECTIVES.has(t.hash[prev]!) &&
        c.entities.length > 1 &&
        !this.anyPlace(c.entities) &&
        !this.anyPerson(c.entities)
      )
        return true;
      // A word for the actor's kind before it is apposition, not part of the name ("Wochenzeitung Die Zeit").
      if (
        capitalized &&
        !(w & (W_PARTICLE | W_ADJECTIVE | W_DEMONYM | W_KIND_NOUN)) &&
        !this.germanNoun(t, prev, c.viaExact)
      ) {
        if (w & W_GIVEN_NAME) return true;
        // "L.Oyun-Erdene", "S. Jaishankar": an initial before a surname, the first letter of the person's name.
        if (this.namedByInitial(t, c)) return false;
        if (w & W_PLACE_PREFIX && this.isPlaceCandidate(c)) return true;
        // German capitalizes every noun: before a full name that opens with a given name, a capitalized word
        // that is no given name is the noun of an apposition ("des Hohen Repräsentanten Christian Schmidt").
        // Nor is an article ("Die SPD steht"): a paper named with one ("Die Zeit") has it in its own name.
        const germanNamed =
          this.german &&
          ((c.first < c.last && this.wordFlags(c.first) & W_GIVEN_NAME) || GERMAN_ARTICLES.has(this.tokenText(prev)));
        if (!titleCase && !germanNamed && !this.sentenceStart(t, prev)) return true;
      }
    }
    return false;
  }

  /**
   * Right before `c` stands an initial, the first letter of the name of the one person `c` may name (Montsame writes
   * "L.Oyun-Erdene" for Luvsannamsrain Oyun-Erdene, "U.Khurelsukh" for the president).
   */
  private namedByInitial(t: Tokens, c: Candidate): boolean {
    const initial = c.first - 1;
    if (initial < 0 || !(t.flags[c.first]! & T_JOINABLE) || !this.isInitial(this.text, t, initial)) return false;
    // Not a middle initial ("Michael D. Cohen"): the initial opens the name.
    if (initial > 0 && t.flags[initial]! & T_JOINABLE && t.flags[initial - 1]! & T_CAP_FIRST) return false;
    // One person of the surname, and a known one: "N. Smith" in a police report is no New Zealand minister, and "J.
    // Brown" none of the Browns.
    if (c.entities.length !== 1) return false;
    const e = c.entities[0]!;
    if (!this.isPerson(e) || this.prominence(e) < INITIAL_PROMINENCE) return false;
    return this.indexes[refIndex(e)]!.name(refEntity(e)).charAt(0) === this.text.charAt(t.start[initial]!);
  }

  /**
   * A person's full name that opens the name of a place or an institution called after them: "Ho Chi Minh
   * City", "Nelson Mandela University", "John F. Kennedy International Airport", "Bill & Melinda Gates
   * Foundation". The reader means the place, not the person.
   */
  private namedAfter(t: Tokens, c: Candidate): boolean {
    // Cheapest first: it is asked of every candidate, and most are followed by no capitalized word.
    const after = c.last + 1;
    if (after >= t.count || t.flags[c.last]! & T_BEFORE_POSSESSIVE || !(t.flags[after]! & T_CAP_FIRST)) return false;
    for (let q = 0; q < c.entities.length; q++) if (!this.isPerson(c.entities[q]!)) return false;
    // The rest of the person's name may come first ("Kim" of "Kim Il Sung Square"), or "International".
    for (let next = c.last + 1; next < t.count && next <= c.last + MAX_NAMED_AFTER_GAP; next++) {
      const f = t.flags[next]!;
      if ((f & (T_JOINABLE | T_CAP_FIRST | T_ALL_CAPS)) !== (T_JOINABLE | T_CAP_FIRST) || this.spacedDash(t, next))
        return false;
      if (this.wordFlags(next) & W_PLACE_SUFFIX) return true;
    }
    return false;
  }

  /**
   * True when a capitalized neighbour makes the candidate part of a longer proper name that the knowledge
   * base does not know ("Sullivan County", "Michael Jordan", "Chad Smith"). In title-case headlines every
   * word is capitalized, so there only place words ("County") and known given names count.
   */
  private insideLongerName(t: Tokens, c: Candidate, ctx: Context): boolean {
    if (this.quotedLonger(t, c)) return true;
    if (this.bracketedInTitle(t, c)) return true;
    if (this.longerNameBefore(t, c, ctx)) return true;
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
      (this.wordFlags(c.last) & (W_TITLE | W_PERSON_TITLE)) === (W_TITLE | W_PERSON_TITLE) &&
      this.isTitle(t, next)
    )
      return true;
    if (
      next < t.count &&
      !possessive &&
      t.flags[next]! & T_JOINABLE &&
      !this.spacedDash(t, next) &&
      !this.isTitle(t, next) &&
      !ctx.knownStart[next] &&
      !(t.flags[next]! & T_AFTER_HYPHEN && ctx.namedSurname[next] && ctx.namedSurname[c.last]) &&
      !(PARTY_MEMBERS.has(t.hash[next]!) && !this.anyPerson(c.entities)) &&
      // German compounds an acronym with a noun: "FDP-Vorsitzenden", "CDU-Politiker" name the party.
      !(c.viaExact && this.german && t.flags[next]! & T_AFTER_HYPHEN)
    ) {
      const nf = t.flags[next]!;
      const capitalized = (nf & T_CAP_FIRST) !== 0 && !(nf & T_ALL_CAPS && t.flags[c.last]! & T_ALL_CAPS);
      const nw = this.wordFlags(next);
      if (
        capitalized &&
        !this.regionNameAt(t, next) &&
        !this.germanNounAfterPlace(t, c, nw) &&
        !(nw & W_CREDIT && this.anyPress(c.entities)) &&
        (nw & W_PLACE_SUFFIX || !titleCase)
      ) {
        // "Rusya Devlet Başkanı Vladimir Putin", "Katar Emiri": a country's name before the words of an office
        // is not part of a longer name.
        const office = !(nw & W_PLACE_SUFFIX) && this.isTitle(t, next + 1) && this.isPlaceCandidate(c);
        if (!office) return true;
      }
      // "la Commission électorale", "la Commissione elettorale": in the Romance press a body's head noun goes on in a
      // lower-case adjective, and alone it is another body's short name (the European Commission's "Commission").
      // Not an adjective of a country the story names ("el Ejército sirio": romanceAdjectiveAfter).
      if (
        this.foreignLatin &&
        c.first === c.last &&
        (nf & (T_CASED | T_CAP_FIRST)) === T_CASED &&
        this.wordFlags(c.first) & W_GENERIC &&
        ROMANCE_BODY_ADJECTIVE.test(this.tokenText(next)) &&
        !this.storyCountryAdjective(foldSurface(this.tokenText(next)), ctx)
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
        !this.isTitle(t, after) &&
        // "Belçika'da Brüksel Bölge Parlamentosu'nda": after an apostrophe, "da" is a Turkish case ending.
        (classOf(this.text.charCodeAt(t.start[next]! - 1)) & 7) !== C_APOS &&
        this.nameParticle(next)
      )
        return true;
    }
    return false;
  }

  /**
   * Token j opens a region's name in Russian or Ukrainian, a capitalized adjective before the lower-case word for a
   * region ("Курской области", "Сумській області"): a name before it ends there ("с Украиной Курской области").
   */
  private regionNameAt(t: Tokens, j: number): boolean {
    return (
      (t.flags[j]! & T_CYRILLIC) !== 0 &&
      j + 1 < t.count &&
      (t.flags[j + 1]! & (T_CASED | T_CAP_FIRST)) === T_CASED &&
      (this.wordFlags(j + 1) & W_REGION_WORD) !== 0
    );
  }

  /** Drops accepted names inside a body's name that a longer body's name holds ("the Joint Chiefs" of the Committee). */
  private dropInsideLongerBodies(accepted: Candidate[]): void {
    const spans = this.longerBodies;
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

  /** The word after the candidate, joined to it, is a body's head noun ("Committee", "Commission"), capitalized. */
  private bodyHeadAfter(t: Tokens, c: Candidate): boolean {
    const next = c.last + 1;
    return (
      next < t.count &&
      (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) &&
      !(t.flags[c.last]! & T_BEFORE_POSSESSIVE) &&
      BODY_HEADS_AFTER.has(t.hash[next]!) &&
      !this.anyPlace(c.entities) &&
      !this.anyPerson(c.entities)
    );
  }

  /**
   * "the Gender Recognition Reform (Scotland) Bill": a name in brackets between capitalized words is part of a
   * longer title, a law's or a body's. Not an acronym the story defines ("the Rapid Support Forces (RSF)
   * Commander"), nor a name before an office.
   */
  private bracketedInTitle(t: Tokens, c: Candidate): boolean {
    const text = this.text;
    if (text.charCodeAt(c.start - 1) !== OPEN_PAREN || text.charCodeAt(c.end) !== CLOSE_PAREN) return false;
    const before = c.first - 1;
    const after = c.last + 1;
    return (
      before >= 0 &&
      after < t.count &&
      !(t.flags[c.first]! & T_ALL_CAPS) &&
      !this.isTitle(t, after) &&
      t.end[before] === c.start - 2 &&
      t.start[after] === c.end + 2 &&
      (t.flags[before]! & t.flags[after]! & T_CAP_FIRST) !== 0
    );
  }

  /**
   * "Fadi El Abdallah", "Tarek Al-Wazir": a surname after a particle and a capitalized word ends a longer name
   * the knowledge base does not know; it is not another person's surname.
   */
  private afterParticleOfName(t: Tokens, c: Candidate, ctx: Context): boolean {
    const particle = c.first - 1;
    const given = c.first - 2;
    if (given < 0 || !(t.flags[c.first]! & T_JOINABLE) || !(t.flags[particle]! & T_JOINABLE)) return false;
    // The word flag first (one array read): nameParticle reads the token's letters.
    if (!(this.wordFlags(particle) & W_PARTICLE) || !this.nameParticle(particle)) return false;
    // A title before "bin" is a given name: "Sheikh Dr Sultan bin Muhammad Al Qasimi" (no title takes a patronymic).
    const patronymic = PATRONYMIC_HASHES.has(t.hash[particle]!);
    if (ctx.knownEnd[given] || (!patronymic && this.isTitle(t, given))) return false;
    const f = t.flags[given]!;
    // "Llegó al Senado": a sentence's first word is capitalized whatever it is, and Spanish "al" is "a el";
    // there the word before the particle must be a given name the knowledge base knows.
    if (f & T_SENT_START && !(this.wordFlags(given) & W_GIVEN_NAME)) return false;
    return (
      (f & T_CAP_FIRST) !== 0 &&
      !(f & T_ALL_CAPS) &&
      !(this.wordFlags(given) & (patronymic ? W_STOPWORD : W_STOPWORD | W_TITLE))
    );
  }

  /**
   * "Prince Abdulaziz bin Turki al-Faisal": a person's name after a given name and "bin" is the father's, inside
   * the son's longer name, not a mention of the father (Turki al-Faisal).
   */
  private afterPatronymic(t: Tokens, c: Candidate): boolean {
    const particle = c.first - 1;
    const given = c.first - 2;
    return (
      given >= 0 &&
      (t.flags[c.first]! & t.flags[particle]! & T_JOINABLE) !== 0 &&
      PATRONYMIC_HASHES.has(t.hash[particle]!) &&
      (t.flags[given]! & (T_CAP_FIRST | T_ALL_CAPS)) === T_CAP_FIRST &&
      c.entities.every((e) => this.isPerson(e))
    );
  }

  /**
   * Whether token j is a particle that carries a name on ("al", "bin", "van"). In German "der" and "den" after a
   * name are articles: "gab Nehammer den Auftrag".
   */
  private nameParticle(j: number): boolean {
    const word = this.tokenText(j);
    return NAME_PARTICLES.has(word) && !(this.german && GERMAN_ARTICLES.has(word));
  }

  /**
   * German capitalizes every noun: "ob Deutschland Kampfpanzer liefert" is the country before a noun (the next
   * word, with flags `nw`), unless the place's name is also a given name ("Israel Katz"), a word that extends a
   * place's name follows ("Washington Street"), or more capitalized words do ("China Railway International").
   */
  private germanNounAfterPlace(t: Tokens, c: Candidate, nw: number): boolean {
    const after = c.last + 2;
    // "Jamaika-Koalition", "Kenia-Bündnis": German names coalitions by the flags whose colours their parties'
    // share; such a compound names the coalition, not the country.
    if (COALITION_FLAGS.has(t.hash[c.first]!) && COALITION_WORDS.has(t.hash[c.last + 1]!)) return false;
    return (
      this.german &&
      !(nw & W_PLACE_SUFFIX) &&
      !(this.wordFlags(c.first) & W_GIVEN_NAME) &&
      !(after < t.count && t.flags[after]! & T_JOINABLE && t.flags[after]! & T_CAP_FIRST) &&
      this.isPlaceCandidate(c)
    );
  }

  /**
   * A full name written with a hyphen and going on with one ("Willy-Brandt-Haus", "Konrad-Adenauer-Stiftung"): a
   * German compound names a building or a foundation after the person.
   */
  private hyphenatedIntoCompound(t: Tokens, c: Candidate): boolean {
    const next = c.last + 1;
    return (
      c.first < c.last &&
      (t.flags[c.last]! & T_AFTER_HYPHEN) !== 0 &&
      c.entities.every((e) => this.isPerson(e)) &&
      next < t.count &&
      (t.flags[next]! & (T_AFTER_HYPHEN | T_CAP_FIRST)) === (T_AFTER_HYPHEN | T_CAP_FIRST)
    );
  }

  /**
   * In German every noun is capitalized: a capitalized word right after an article ("einer Entlassung
   * Kickls", "des Rücktritts Straches") is a noun, not the given name of the name after it. Before an acronym
   * written as a word, so is one after any lower-case word, unless it is a given name ("vom internationalen
   * Zahlungssystem Swift"; "mit Taylor Swift" is a name).
   */
  private germanNoun(t: Tokens, j: number, beforeAcronym: boolean): boolean {
    if (!this.german || j < 1 || !(t.flags[j]! & T_JOINABLE) || t.flags[j - 1]! & T_CAP_FIRST) return false;
    return GERMAN_ARTICLES.has(this.tokenText(j - 1)) || (beforeAcronym && !(this.wordFlags(j) & W_GIVEN_NAME));
  }

  /** Token `last` is followed by a capitalized word or a bracket, as a title before a name is. */
  private titleBeforeName(t: Tokens, last: number): boolean {
    const next = last + 1;
    return (
      next < t.count &&
      ((t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) ||
        (t.flags[next]! & T_AFTER_BRACKET) !== 0)
    );
  }

  /**
   * An office title right before token `first`, possibly several words long: "President", "Foreign
   * Minister", "Secretary of State", "Minister of Foreign Affairs". Walks back over the capitalized words
   * and particles of the title; a courtesy title alone (Mr, Dr) does not count. In a title-case headline, where
   * every word is capitalized, a word that only qualifies an office ("Foreign", "Deputy") names none across other
   * words: "Parliament Adopts Foreign Agents Law".
   */
  private officeBefore(t: Tokens, first: number, headline = false): boolean {
    for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_TITLE_WORDS; j--, steps++) {
      if (!(t.flags[j + 1]! & T_JOINABLE)) return false;
      const w = this.wordFlags(j);
      if (w & W_TITLE) {
        if (headline && steps > 0 && !(w & W_PERSON_TITLE)) return false;
        return !(w & W_HONORIFIC) || steps > 0;
      }
      const capitalized = (t.flags[j]! & T_CAP_FIRST) !== 0;
      if (!capitalized && !(w & W_PARTICLE)) return false;
    }
    return false;
  }

  /**
   * The office written after candidate `c`, in kanji in a Japanese text, where `c` opens a run of kanji that goes on
   * into an office ("石破総理大臣", "小泉農林水産大臣", "林官房長官"), else ''. Only at the start of the run: "林" of
   * "農林水産大臣" is no surname.
   */
  private japaneseOfficeAfter(t: Tokens, c: Candidate): string {
    if (!this.japanese) return '';
    // A foreigner's surname in katakana, with the office in kanji written onto it: "マルコス大統領".
    const katakana = c.first === c.last && kanaOf(this.text.charCodeAt(c.start)) === KATAKANA;
    if (!katakana && !(t.flags[c.first]! & T_CJK)) return '';
    if (c.first > 0 && t.flags[c.first - 1]! & T_CJK && t.end[c.first - 1] === t.start[c.first]) return '';
    // The whole run after it is the office: one character more than the longest office is a run too long.
    const office = this.cjkRunAfter(t, c, MAX_JAPANESE_OFFICE + 1, katakana);
    if (!office || office.length > MAX_JAPANESE_OFFICE) return '';
    for (const ending of JAPANESE_OFFICE_ENDINGS) if (office.endsWith(ending)) return office;
    return '';
  }

  /**
   * Candidate `c`, in Chinese characters in a text without kana, comes right after an office ("美国总统拜登",
   * "印度总理莫迪"): the Chinese press names a foreigner so, by a transliterated surname too short to stand alone.
   */
  private chineseOfficeBefore(c: Candidate): string {
    if (this.japanese || (classOf(this.text.charCodeAt(c.start)) & 7) !== C_CJK) return '';
    const before = this.text.slice(Math.max(0, c.start - MAX_CHINESE_OFFICE), c.start);
    for (const office of CHINESE_OFFICES) if (before.endsWith(office)) return office;
    return '';
  }

  /**
   * The country whose name ends at offset `end` of the text ("洪都拉斯" before "外长"), or -1; after a conjunction,
   * the country of the office and name before it ("澳洲外長黃英賢及內政部長奧尼爾": both are Australia's).
   */
  private countryNameEndingAt(t: Tokens, end: number, ctx: Context): number {
    const spans = ctx.countrySpans;
    for (let q = 0; q < spans.length; q += 3) if (t.end[spans[q + 1]!] === end) return spans[q + 2]!;
    // The office may be longer than the word it ends with ("內政部長" for "部長").
    let and = end;
    while (and > 0 && end - and < 4 && !CHINESE_AND.includes(this.text[and - 1]!)) {
      if ((classOf(this.text.charCodeAt(and - 1)) & 7) !== C_CJK) return -1;
      and--;
    }
    if (and < 1 || !CHINESE_AND.includes(this.text[and - 1]!)) return -1;
    // The nearest country's name before the conjunction, in the same clause and at most 12 characters before it.
    let country = -1;
    let at = -1;
    for (let q = 0; q < spans.length; q += 3) {
      const to = t.end[spans[q + 1]!]!;
      if (to < and - 13 || to >= and - 1 || to <= at) continue;
      at = to;
      country = spans[q + 2]!;
    }
    return country >= 0 && !/[。，；：！？,;:]/.test(this.text.slice(at, and)) ? country : -1;
  }

  /**
   * Drops the readings of `c` that the characters written on after it (`after`, in the same run) rule out, by
   * CJK_RUN_RULES; false when none is left.
   */
  private cjkRunAllows(c: Candidate, after: string): boolean {
    for (const [pattern, ruledOut] of CJK_RUN_RULES) {
      if (!pattern.test(after)) continue;
      c.entities = c.entities.filter((e) =>
        ruledOut === 'place'
          ? !this.isPlace(e)
          : ruledOut === 'person'
            ? !this.isPerson(e)
            : this.isPerson(e) || this.isPlace(e),
      );
      if (!c.entities.length) return false;
    }
    return true;
  }

  /**
   * A ship's prefix or the word for a carrier comes right before token `first`, or before the name it opens ("USS
   * Harry S. Truman" for "Truman"; a quotation mark may open the name): up to two name words between, capitalized
   * or in a script without capitals.
   */
  private shipBefore(t: Tokens, first: number): boolean {
    // By hash first: this runs for every candidate, and the gap's test below reads the text.
    let ship = false;
    for (let j = first - 1; j >= 0 && j >= first - 3; j--) ship ||= SHIP_BEFORE.has(t.hash[j]!);
    if (!ship) return false;
    for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
      // The name may be quoted: حاملة الطائرات "هاري ترومان".
      if (!(t.flags[j + 1]! & T_JOINABLE) && !/^\s*["«“„]$/.test(this.text.slice(t.end[j], t.start[j + 1])))
        return false;
      if (SHIP_BEFORE.has(t.hash[j]!)) return true;
      if ((t.flags[j]! & (T_CASED | T_CAP_FIRST)) === T_CASED) return false;
    }
    return false;
  }

  /**
   * Token `first` comes after words that only a paper or a broadcaster follows: "told The Australian", "reported by
   * The Australian", "according to The Australian".
   */
  private afterPressWords(t: Tokens, first: number): boolean {
    if (first < 1 || !(t.flags[first]! & T_JOINABLE)) return false;
    const prev = t.hash[first - 1]!;
    if (prev === TOLD_HASH) return true;
    if (first < 2 || !(t.flags[first - 1]! & T_JOINABLE)) return false;
    const before = t.hash[first - 2]!;
    return (prev === BY_HASH && PRESS_REPORTED.has(before)) || (prev === TO_HASH && before === ACCORDING_HASH);
  }

  /**
   * Candidate `c`, a surname in kanji in a Japanese text, is followed in the same run by more kanji that are neither
   * an office nor a word said of a person: the run is another name ("林剣" after "林").
   */
  private kanjiNameGoesOn(t: Tokens, c: Candidate, after: string): boolean {
    if (!this.japanese || c.first !== c.last || !after || !(t.flags[c.first]! & T_CJK)) return false;
    if ((classOf(after.charCodeAt(0)) & 7) !== C_CJK) return false;
    for (const word of JAPANESE_AFTER_NAME) if (after.startsWith(word)) return false;
    return !this.japaneseOfficeAfter(t, c);
  }

  /**
   * Token `first` comes right after an office's "of", with only small words between ("presidenta de la Cámara",
   * "Speaker of Parliament"): it is what the office is of, a body or a place, not a person.
   */
  private officeOfBefore(t: Tokens, first: number): boolean {
    for (let j = first - 1, steps = 0; j >= 0 && steps < MAX_TITLE_WORDS; j--, steps++) {
      if (!(t.flags[j + 1]! & T_JOINABLE) || t.flags[j]! & T_CAP_FIRST) return false;
      if (!(this.wordFlags(j) & W_PARTICLE)) return false;
      if (j > 0 && TITLE_LINKS.has(t.hash[j]!) && this.wordFlags(j - 1) & W_TITLE) return true;
    }
    return false;
  }

  /**
   * One capitalized word at a sentence start that the same text also writes in lower case ("Most of them…"
   * and "most analysts"): a common word, not the name it could be. Elsewhere capitals say it is a name.
   */
  private wordAtSentenceStart(t: Tokens, c: Candidate): boolean {
    if (c.first !== c.last || c.viaExact) return false;
    // A quoted sentence starts after its opening quote: «Che razza di musulmani sono?».
    const quoted = QUOTED_NAME_OPENERS.includes(this.text.charAt(t.start[c.first]! - 1));
    if (!(t.flags[c.first]! & T_SENT_START) && !quoted) return false;
    return this.seenLower(c.index, c.first);
  }

  /** The text also writes token j's word in lower case somewhere. */
  private seenLower(k: number, j: number): boolean {
    const id = this.tokenIds[k]![j]!;
    return id >= 0 && this.lowerSeen[k]![id] === this.scan;
  }

  /**
   * A surname that is itself a title word, used as the title: before a name or a bracket ("Prime Minister Justice
   * (retd) Nasirul Mulk"), after a word that makes a compound title of it ("the Chief Justice", "Lord Justice"), or
   * before "of" ("the most senior Justice of the Supreme Court"). None of these is Jim Justice.
   */
  private titleWordAsTitle(t: Tokens, c: Candidate): boolean {
    if (this.titleBeforeName(t, c.last)) return true;
    const before = c.first - 1;
    if (before >= 0 && t.flags[c.first]! & T_JOINABLE && TITLE_PREFIXES.has(t.hash[before]!)) return true;
    const after = c.last + 1;
    return after < t.count && (t.flags[after]! & T_JOINABLE) !== 0 && this.isOf(t, after);
  }

  /** A title word that is also a surname, used as a title: "Major General Ahmed al-Asiri". */
  private isRank(t: Tokens, c: Candidate): boolean {
    if (c.first !== c.last || !(this.wordFlags(c.first) & W_TITLE)) return false;
    const next = c.last + 1;
    return next < t.count && (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST);
  }

  /**
   * "U.S. Treasury yields", "Treasury notes", "JGB bonds": a state body's name before a word for the debt it issues
   * names the debt, a security, not the body.
   */
  private securityName(t: Tokens, c: Candidate): boolean {
    const next = c.last + 1;
    if (next >= t.count || !(t.flags[next]! & T_JOINABLE)) return false;
    // "the Nikkei average", "the Nikkei 225": a paper's name before a word for a stock index names the index.
    const kind = SECURITY_WORDS.has(t.hash[next]!) ? 'government-body' : INDEX_WORDS.has(t.hash[next]!) ? 'media' : '';
    if (!kind) return false;
    for (let q = 0; q < c.entities.length; q++) if (this.kindOf(c.entities[q]!) !== kind) return false;
    return c.entities.length > 0;
  }

  /**
   * "TRF-4", "Su-24", "MH-17": an acronym joined by a hyphen to a number is a designation (a court's region, an
   * aircraft), not the actor the letters alone would name.
   */
  private designation(t: Tokens, c: Candidate): boolean {
    const next = c.last + 1;
    if (c.first !== c.last || !c.viaExact || next >= t.count) return false;
    const f = t.flags[next]!;
    return (f & T_AFTER_HYPHEN) !== 0 && (f & T_HAS_DIGIT) !== 0 && t.start[next] === t.end[c.last]! + 1;
  }

  /** A month that is also a name, used as a date: "in May", "May 2015", "since June", "May 12". */
  private isDate(t: Tokens, c: Candidate): boolean {
    if (c.first !== c.last || !(this.wordFlags(c.first) & W_MONTH)) return false;
    if (t.flags[c.first]! & T_BEFORE_POSSESSIVE) return false;
    const next = c.last + 1;
    if (next < t.count && t.flags[next]! & T_HAS_DIGIT && !(t.flags[next]! & T_BLOCK_START)) return true;
    const prev = c.first - 1;
    return prev >= 0 && !(t.flags[c.first]! & T_BLOCK_START) && (this.wordFlags(prev) & W_DATE_WORD) !== 0;
  }

  /**
   * Sentence start, not counting the period of an abbreviated title ("Mr. Biden", "Gen. Zuniga"). A title written
   * in full ends its sentence ("… de la vice-présidente. En Grèce").
   */
  private sentenceStart(t: Tokens, j: number): boolean {
    if (!(t.flags[j]! & T_SENT_START)) return false;
    if (t.flags[j]! & T_BLOCK_START) return true;
    return !(j > 0 && t.end[j - 1]! - t.start[j - 1]! <= MAX_ABBREVIATED_TITLE && this.isTitle(t, j - 1));
  }

  /**
   * Token i names a street: right after a street's word, or after one and a first name ("rue Victor Hugo" at
   * "Hugo", "شارع الحبيب بورقيبة" at "بورقيبة").
   */
  private onStreet(t: Tokens, i: number): boolean {
    if (i < 1 || !(t.flags[i]! & T_JOINABLE)) return false;
    if (this.wordFlags(i - 1) & W_STREET) return true;
    const f = t.flags[i - 1]!;
    const nameWord = (f & T_CAP_FIRST) !== 0 || (f & T_CASED) === 0;
    return i >= 2 && nameWord && (f & T_JOINABLE) !== 0 && (this.wordFlags(i - 2) & W_STREET) !== 0;
  }

  /**
   * A weaker reading of the candidate names a body of `country`: at `level` ("Assemblée nationale" as a short
   * name), or at any level.
   */
  private weakerBodyOf(c: Candidate, country: number, level?: Level): boolean {
    for (let q = 0; q < c.weaker.length; q++) {
      const w = c.weaker[q]!;
      if (level !== undefined && w.level !== level) continue;
      if (w.entities.some((e) => !this.isPerson(e) && this.countryOf(e) === country)) return true;
    }
    return false;
  }

  /**
   * "The Joint Chiefs of Staff (JCS)" in a Yonhap story, "the CDU" in a Portuguese one: one country's full name of a
   * body, party or paper that another country's actor answers to as a shared name is that other actor's where the
   * story names its country more (twice at least).
   */
  /**
   * A person's full name that is also the surname of a person the story named in full before it, and names
   * no one else earlier: "Amira Mohamed Ali … auch Mohamed Ali hatte" is her, not the boxer. Accepted as that
   * surname if it can be; otherwise `c` is left as it was.
   */
  private acceptAsNamedSurname(c: Candidate, t: Tokens, ctx: Context): boolean {
    const named = (e: number) => (ctx.anchorAt.get(e)?.[0] ?? Infinity) < c.first;
    let own: number[] | undefined;
    for (let q = 0; q < c.weaker.length && !own; q++) {
      const w = c.weaker[q]!;
      if (w.level === Level.Surname) own = w.entities.filter((e) => this.isPerson(e) && named(e));
    }
    if (!own?.length) return false;
    // The full name of the one is read inside the other's ("Amira [Mohamed Ali]"): that names no one.
    const insideOwn = (p: number) =>
      own.some((e) => ctx.anchorAt.get(e)!.some((f) => f < p && p - f <= MAX_GIVEN_NAMES));
    for (let q = 0; q < c.entities.length; q++) {
      const e = c.entities[q]!;
      if (!this.isPerson(e) || (ctx.anchorAt.get(e) ?? []).some((p) => p < c.first && !insideOwn(p))) return false;
    }
    const { level, entities } = c;
    c.level = Level.Surname;
    c.entities = own;
    if (this.accept(c, t, ctx)) return true;
    c.level = level;
    c.entities = entities;
    return false;
  }

  private preferStorysOwn(c: Candidate, ctx: Context): void {
    if (!this.allNational(c.entities)) return;
    const country = this.storyCountryOf(c.weaker, c.entities, ctx);
    if (country < 0) return;
    const own: number[] = [];
    for (let q = 0; q < c.weaker.length; q++) {
      const w = c.weaker[q]!.entities;
      for (let k = 0; k < w.length; k++) {
        // Not a reading that names its actor only once named in full ("AFP" of the Australian Federal Police, in
        // a Pacific story datelined "Wellington (AFP)"), unless it was.
        if (c.onlyInFull.includes(w[k]!) && !ctx.doc.has(w[k]!)) continue;
        if (this.isNational(w[k]!) && this.countryOf(w[k]!) === country && !own.includes(w[k]!)) own.push(w[k]!);
      }
    }
    if (own.length) c.entities = own;
  }

  /**
   * Of the countries whose national actors the readings in `weaker` name, the one the story names most, if it
   * names it at least twice, more than any other of them and more than the country of any of `current`; or -1.
   */
  private storyCountryOf(weaker: Candidate['weaker'], current: readonly number[], ctx: Context): number {
    const { mentions, countries } = ctx.related;
    let floor = 0;
    for (let q = 0; q < current.length; q++) floor = Math.max(floor, mentions.get(this.countryOf(current[q]!)) ?? 0);
    let best = -1;
    let bestCount = floor;
    let tie = false;
    for (let q = 0; q < weaker.length; q++) {
      const w = weaker[q]!.entities;
      for (let k = 0; k < w.length; k++) {
        if (!this.isNational(w[k]!)) continue;
        const country = this.countryOf(w[k]!);
        const count = mentions.get(country) ?? 0;
        if (country === best || (countries.get(country) ?? 0) < DOMINANT_MIN_ANCHORS) continue;
        if (count > bestCount) {
          best = country;
          bestCount = count;
          tie = false;
        } else if (count === bestCount && best >= 0) tie = true;
      }
    }
    return tie ? -1 : best;
  }

  /** Accepts the candidate at its most certain level, or else at a weaker one ("Houthi" the group, not the surname). */
  private acceptAtSomeLevel(c: Candidate, t: Tokens, ctx: Context): boolean {
    if (c.level === Level.Anchor && c.weaker.length) {
      if (this.acceptAsNamedSurname(c, t, ctx)) return true;
      this.preferStorysOwn(c, ctx);
    }
    if (this.accept(c, t, ctx)) return true;
    for (let q = 0; q < c.weaker.length; q++) {
      const w = c.weaker[q]!;
      c.level = w.level;
      c.entities = w.entities;
      if (this.accept(c, t, ctx)) return true;
    }
    return false;
  }

  private accept(c: Candidate, t: Tokens, ctx: Context): boolean {
    if (this.isDate(t, c) || this.isRank(t, c) || this.lowerCaseDescription(t, c) || this.namedAfter(t, c))
      return false;
    if (this.workTitle(t, c)) return false;
    if (c.last + 1 < t.count && DOCTRINE_AFTER.has(t.hash[c.last + 1]!) && t.flags[c.last + 1]! & T_JOINABLE)
      return false;
    // "US$ 200", "HK$", "NZ$": a country's code with a dollar sign written onto it is the currency.
    if (c.viaExact && this.text.charCodeAt(c.end) === DOLLAR) return false;
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
      anchoredBetween(ctx, next, next, (e) => this.isPerson(e)) >= 0
    )
      return false;
    // "USS Harry S. Truman", "حاملة الطائرات هاري ترومان" (the carrier Harry Truman): a person's name after a ship's
    // prefix or the word for a carrier names the ship.
    if (this.shipBefore(t, c.first)) {
      c.entities = c.entities.filter((e) => !this.isPerson(e));
      if (!c.entities.length) return false;
    }
    // "윤 대통령", "이 대표": a Korean surname of one syllable names its person only with an office after it ("이" is
    // also 'this', "김" 'laver').
    if (
      c.end - c.start === 1 &&
      isHangul(this.text.charCodeAt(c.start)) &&
      (KOREAN_NOT_SURNAMES.has(this.text[c.start]!) || !koreanOfficeAfter(this.text, c.end))
    )
      return false;
    // "México envía a EU a 29 narcos": the Spanish press's "EU" is Estados Unidos; the European Union is "UE".
    if (this.spanish && c.first === c.last && this.text.slice(c.start, c.end) === 'EU') {
      const us = this.refOf(US_ID);
      if (us >= 0) c.entities = [us];
    }
    // "马哈茂德·阿鲁勒" (Mahmoud al-Aloul): a name followed by a middle dot and more of a transliterated name is
    // its first part, not the surname another foreigner is called by ("马哈茂德" of Hassan Sheikh Mohamud).
    // Not the Japanese press's dot between a name in kanji and an office in kanji ("松野博一・前官房長官"): there
    // the name ends.
    if (eastAsianNameDot(this.text, c.end) && !kanjiApposition(this.text, c.end)) return false;
    // "外交部长" (the foreign minister), "財政部長", "警察庁長官": a body's name with "长" written onto it is its
    // head's title, not the body (a country's is not: "中国长城" is the Great Wall).
    if (this.headTitleAfter(t, c)) {
      c.entities = c.entities.filter((e) => this.isPerson(e) || this.isPlace(e));
      if (!c.entities.length) return false;
    }
    // What a run of Chinese or Japanese characters written on after the name makes of it (CJK_RUN_RULES): "台湾海峡"
    // is no Taiwan, "胡志明市" no Ho Chi Minh, "日本貿易保険" no Japan.
    const cjkAfter = this.cjkRunAfter(t, c);
    if (cjkAfter && !this.cjkRunAllows(c, cjkAfter)) return false;
    // "对台军售" (arms sales to Taiwan), "美军事基地": an army's short name ("台军", "美军") whose 军 opens the next word
    // (军售 arms sales, 军事 military, 军火 arms, 军工, 军费, 军备) is no army.
    if (cjkAfter && CJK_ARMY_COMPOUND.test(cjkAfter) && /[军軍]$/.test(this.text.slice(c.start, c.end))) return false;
    // "林剣報道官" (Lin Jian, the spokesman) in a story that names 林芳正: a Japanese surname in kanji that the run of
    // kanji goes on from is the start of another name, unless an office or a word said of its person follows
    // ("林官房長官", "林氏", "岸田政権").
    if (c.level === Level.Surname && this.kanjiNameGoesOn(t, c, cjkAfter)) return false;
    if (this.securityName(t, c) || this.designation(t, c)) return false;
    // "على" ("on"), one of Arabic's commonest words, folds as the name Ali ("علي") does: written so, alone, it is
    // the preposition.
    if (c.first === c.last && t.end[c.first]! - t.start[c.first]! === 3 && this.tokenText(c.first) === 'على')
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
      c.entities = c.entities.filter((e) => !this.isPerson(e));
      if (!c.entities.length) return false;
    }

    // "東日本大震災" (the Great East Japan Earthquake), "西日本": a compass point written onto a country's name in
    // Chinese or Japanese makes a region's name; the country's own names that open so ("南非") are matched whole.
    if (this.compassBefore(t, c, ctx)) return false;
    // "شارع الحبيب بورقيبة", "rue Victor Hugo", "проспект Сахарова": a street named after a person.
    if (this.onStreet(t, c.first)) {
      c.entities = c.entities.filter((e) => !this.isPerson(e));
      if (!c.entities.length) return false;
    }
    // "devient ministre de la Défense": a body's short name after a minister's title is the portfolio, and a
    // ministry's one word before "Secretary" the office ("Treasury Secretary Janet Yellen"). Not a country
    // ("ministers of Turkey"). A council's or a party's secretary is its own ("Security Council Secretary Sergei
    // Shoigu", "ANC Secretary-General Fikile Mbalula").
    if (c.level === Level.Surname || c.level === Level.Ambiguous) {
      const portfolio = this.afterMinisterOf(t, c.first);
      const office =
        c.first === c.last &&
        OFFICE_PORTFOLIOS.has(t.hash[c.first]!) &&
        c.last + 1 < t.count &&
        t.flags[c.last + 1]! & T_JOINABLE &&
        SECRETARY.has(t.hash[c.last + 1]!);
      if (portfolio || office) {
        // After "Minister of", not a person either: "Minister of Justice, Abubakar Malami" is no Senator Justice.
        c.entities = c.entities.filter((e) => (portfolio ? this.isPlace(e) : this.kindOf(e) !== 'government-body'));
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
        c.entities = c.entities.filter((e) => !this.isPerson(e));
        if (!c.entities.length) return false;
      }
      // "Foreign Affairs CS Musalia Mudavadi", as the Kenyan press writes a Cabinet Secretary: the words before
      // "CS" name a ministry or its portfolio, not a magazine; "National Treasury CS" is the National Treasury.
      if (this.beforeCabinetSecretary(t, c.last)) {
        c.entities = c.entities.filter((e) => this.kindOf(e) === 'government-body' || this.isPerson(e));
        if (!c.entities.length) return false;
      }
    }
    switch (c.level) {
      case Level.Anchor:
        if (this.wordAtSentenceStart(t, c)) return false;
        if (c.first === c.last && t.flags[c.first]! & T_CYRILLIC && CYRILLIC_HOMOGRAPHS.has(this.tokenText(c.first)))
          return false;
        // An acronym written as a word ("Swift" for SWIFT, "Nato") after a capitalized word is the end of a longer
        // name: "Taylor Swift" (but "Interpol Manila" is Interpol's bureau there).
        // So is one before a compass point: "Suna East" is a constituency, not SUNA.
        if (
          c.viaExact &&
          (t.flags[c.first]! & (T_ALL_CAPS | T_CAP_FIRST)) === T_CAP_FIRST &&
          (this.longerNameBefore(t, c, ctx) || this.compassAfter(t, c.last))
        )
          return false;
        // A place name inside a longer proper name is another place: "New Mexico", "Mexico City",
        // "Lake Chad". Acronyms (US, UK) head compounds too often ("US Navy") to be judged this way.
        if (!c.viaExact && this.isPlaceCandidate(c))
          return !this.namedPersonsSurname(c, ctx) && !this.insideLongerName(t, c, ctx) && !this.afterOrgHeadOf(t, c);
        // "the Joint Chiefs of Staff Committee" (Pakistan's): a body's full name before a body's head noun is part
        // of another body's name. Not an acronym ("the IAEA Board of Governors" is the IAEA's).
        if (!c.viaExact && this.bodyHeadAfter(t, c)) {
          // Nor is a shorter name of the same words ("the Joint Chiefs").
          this.longerBodies.push(c.first, c.last);
          return false;
        }
        if (this.afterPatronymic(t, c)) return false;
        if (this.hyphenatedIntoCompound(t, c)) return false;
        if (this.otherCountrysBody(t, c, ctx)) return false;
        return !this.unknownSurname(t, c, ctx);
      case Level.Standalone:
        return !this.insideLongerName(t, c, ctx);
      case Level.Surname: {
        if (this.insideLongerName(t, c, ctx) || this.afterParticleOfName(t, c, ctx)) return false;
        // "under U.Khurelsukh": the initial of the one person the knowledge base knows by that surname names that
        // person, as a given name would.
        if (this.namedByInitial(t, c)) return true;
        if (apostropheInWord(this.text, t, c.last)) return false;
        if (t.hash[c.last] === CABINET_HASH && c.last + 1 < t.count && CABINET_COMPOUNDS.has(t.hash[c.last + 1]!))
          return false;
        if (!this.fitsCountryAfterOf(t, c, ctx)) return false;
        const beside = this.countryBeside(t, c, ctx);
        if (beside !== BESIDE_NONE) return beside === BESIDE_OWN;
        if (!this.fitsCountryAdjective(t, c, ctx)) return false;
        if (this.romanceAdjectiveAfter(t, c, ctx)) return true;
        // After a country's possessive or demonym, only that country's body: "Iran's Supreme Court" is not
        // Russia's, however much the document says about Russia.
        if (afterPossessive(t, c.first)) {
          const owner = ctx.countryEndingAt.get(c.first - 2);
          if (owner !== undefined) {
            if (this.ownBody(c, owner)) return true;
            // "Spain's Rajoy": a person there is read as any surname is.
            c.entities = c.entities.filter((e) => this.isPerson(e));
            if (!c.entities.length) return false;
          }
        } else if (this.afterDemonym(t, c.first)) {
          const index = this.indexes[c.index]!;
          const owner = index.demonymCountry(this.tokenIds[c.index]![c.first - 1]!);
          // The demonym is part of the body's name as written ("the Kenyan parliament"), unlike a possessive.
          if (owner >= 0 && this.ownBody(c, ref(c.index, owner))) {
            c.first--;
            c.start = t.start[c.first]!;
            return true;
          }
          if (owner >= 0) return false;
        } else {
          // "South Korea's main opposition Democratic Party": the possessive a word or two before, across lower-case
          // words, settles a body of that country (Japan's defunct party of the name, in a story about Japan, is not
          // it); a body of no country of that name is read as any short name is.
          const owner = this.ownerAcrossWords(t, c.first, ctx);
          if (owner !== undefined && this.ownBody(c, owner)) return true;
        }
        if (c.lowerAfterOwner) return false;
        if (c.lowerStory) return this.storysOwnBody(c, ctx);
        // "King Abdullah of Jordan" after "Jim Jordan": after "of", a name that is also a place is the place.
        if (c.first > 0 && this.isOf(t, c.first - 1) && this.placeReading(c)) return false;
        // "il portavoce del ministero degli Esteri Wang Wenbin": the body of the person its own words lead to, before
        // one the story names elsewhere (Italy's, in a story about Italy and China).
        if (this.speakersBodies(c, this.personInPhrase(t, c, ctx), ctx)) return true;
        let named = inDoc(c.entities, ctx.doc);
        // "Law criminalising secession …" opening a sentence, in a story that writes "the law" elsewhere: a
        // word, unless its person ("Nathan Law") was named in full before it.
        if (named.length && c.first === c.last && this.wordAtSentenceStart(t, c))
          named = named.filter((e) => (ctx.anchorAt.get(e)?.[0] ?? Infinity) < c.first);
        if (named.length) {
          c.entities = named;
          if (named.length > 1)
            c.preferred = this.koreanOfficeHolder(t, c, named, ctx) ?? this.surnameOwner(named, c.first, ctx);
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
        const japanese = this.japaneseOfficeAfter(t, c);
        const chinese = japanese ? '' : this.chineseOfficeBefore(c);
        if (japanese || chinese) {
          let people = c.entities.filter(
            (e) => this.isPerson(e) && !c.onlyInFull.includes(e) && !this.longGone(e, ctx.year),
          );
          if (chinese) {
            people = people.filter(
              (e) => this.activeAt(e, ctx.year) && this.prominence(e) >= CHINESE_OFFICE_MIN_PROMINENCE,
            );
            // "洪都拉斯外长雷纳": an office after a country's name is that country's; its holder is none of another's
            // (Angela Rayner is 雷纳 too), nor is the same surname after an office elsewhere in the story ("指示外长雷纳").
            const surname = this.text.slice(c.start, c.end);
            const country = this.countryNameEndingAt(t, c.start - chinese.length, ctx);
            if (country >= 0) people = people.filter((e) => this.countryOf(e) === country);
            if (country >= 0 && !people.length) ctx.othersSurnames.add(surname);
            if (ctx.othersSurnames.has(surname)) people = [];
          } else if (people.length > 1) people = people.filter((e) => this.activeAt(e, ctx.year));
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
                this.isPerson(e) &&
                this.prominence(e) >= JAPANESE_SHARED_MIN_PROMINENCE &&
                (former ? this.heldOfficeBy(e, ctx.year) : this.activeAt(e, ctx.year)),
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
        if (this.wordFlags(c.first) & W_OWNER_ONLY) return false;
        // "China … said through Foreign Ministry spokesperson Wang Wenbin" in a story about Myanmar: the body
        // of the person named right after it, before the story's own country's.
        // Not a speaker whose own body, named in the story, is another ("Parliament President Roberta Metsola" after
        // "the European Parliament" is not Malta's parliament).
        if (this.speakersBodies(c, this.personRightAfter(c, ctx), ctx)) return true;
        const bodies = this.bodiesOf(c.entities, ctx.dominantCountry);
        if (ctx.dominantCountry >= 0 && bodies.length) {
          c.entities = bodies;
          return true;
        }
        // "National Security Council spokesperson John Kirby" in a story about Ukraine: the one body whose own
        // people (linked to it in the knowledge base) the document names, in a story about another country.
        const kin = c.entities.filter((e) => !this.isPerson(e) && (ctx.related.counts.get(e) ?? 0) > 0);
        if (kin.length === 1) {
          c.entities = kin;
          return true;
        }
        // "Zelensky convened the National Security and Defense Council" in a story mostly about Russia: a short name
        // only one body answers to, of a country the story names at least twice.
        if (c.entities.length === 1 && !this.isPerson(c.entities[0]!)) {
          const country = this.countryOf(c.entities[0]!);
          if (country >= 0 && (ctx.related.mentions.get(country) ?? 0) >= 2 && this.officeOrThe(t, c.first))
            return true;
        }
        // "قوات الأسد", "نظام الأسد" ('Assad's forces', 'the Assad regime'): after the Arabic word for forces, regime
        // or government, a ruler's surname alone is the ruler, as "Assad" alone is in English ("الأسد" alone is
        // also 'the lion').
        if (this.afterRegimeWord(t, c.first)) {
          const people = c.entities.filter((e) => this.isPerson(e) && this.prominence(e) >= REGIME_MIN_PROMINENCE);
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
        const afterThe = c.first > 0 && this.text.slice(t.start[c.first - 1], t.end[c.first - 1]) === 'the';
        // "el presidente del Congreso" in a Peruvian story that names Mexico: Peru's Congress (a weaker reading,
        // tried next), not Mexico City's, when the story's own country has such a body.
        const ownWeaker = ctx.dominantCountry >= 0 && this.weakerBodyOf(c, ctx.dominantCountry);
        const officeOf = this.officeOfBefore(t, c.first);
        c.entities = c.entities.filter((e) =>
          this.isPerson(e)
            ? !afterThe && !officeOf && !c.onlyInFull.includes(e)
            : ctx.doc.has(this.countryOf(e)) && (!ownWeaker || this.countryOf(e) === ctx.dominantCountry),
        );
        // "Prime Minister Justice (retd) Nasirul Mulk": a surname that is itself a title, before a name or a
        // bracket, is the title ("Justice" is no Jim Justice). In a title-case headline only an office right
        // before says anything ("Parliament Adopts Foreign Agents Law": every word is capitalized there).
        if (this.wordFlags(c.first) & (W_TITLE | W_PERSON_TITLE) && this.titleWordAsTitle(t, c)) return false;
        const headline = ctx.titleCaseBlock[ctx.blocks[c.first]!] === 1;
        return c.entities.length > 0 && this.officeBefore(t, c.first, headline);
      }
      case Level.Ambiguous: {
        // "By NATION Reporters", "Dawn Report": an outlet in a byline, whatever words name it and go on after it.
        // Not a name that is also another kind of actor's ("Photo courtesy: PTI Twitter" is the party's account).
        // Not the tail of another outlet's name after a place ("Hungary Today" is no TODAY of Singapore).
        if (c.entities.every((e) => this.isPress(e)) && this.inByline(t, c, ctx))
          return !(
            (c.first > 0 &&
              (t.flags[c.first]! & (T_JOINABLE | T_AFTER_HYPHEN)) === T_JOINABLE &&
              t.flags[c.first - 1]! & T_CAP_FIRST &&
              this.knownPlace(c.first - 1)) ||
            // "صنعاء - الرياض: «الشرق الأوسط»": the dateline's cities come before the colon, the paper after it.
            this.text.charCodeAt(c.end) === COLON
          );
        if (this.insideLongerName(t, c, ctx)) return false;
        // "Che razza di musulmani sono?": opening a sentence, a shared name a text not in English also writes in lower
        // case is the word (Italian "che", not Che Guevara). Not in English, whose shared names are places that open
        // sentences ("Turkey, a NATO member, …" in a story that also serves turkey).
        if (this.foreignLatin && this.wordAtSentenceStart(t, c)) return false;
        const namedBody = this.namedBodysHead(t, c, ctx);
        if (namedBody >= 0) {
          c.entities = [namedBody];
          return true;
        }
        // "Russia's Security Council" is Russia's own, not the UN's: after a country's possessive, a short name
        // is no international body.
        if (afterPossessive(t, c.first) && ctx.countryEndingAt.has(c.first - 2)) {
          c.entities = c.entities.filter((e) => this.kindOf(e) !== 'international-organization');
          if (!c.entities.length) return false;
          // "Britain's Foreign Office", where Germany's answers to the name too: the country's own.
          const owner = ctx.countryEndingAt.get(c.first - 2)!;
          if (c.entities.length > 1 && this.ownBody(c, owner)) return !this.isPlaceCandidate(c);
        }
        if (this.afterOrgHeadOf(t, c) && this.isPlaceCandidate(c)) return false;
        // "Sudan, Mali, Burkina Faso, Niger, Guinea and Gabon": a place name in a list of countries the story names.
        if (this.anyPlace(c.entities) && this.listedWith(t, c, ctx, this.isCountry)) {
          c.entities = c.entities.filter((e) => this.isPlace(e));
          return true;
        }
        if (!this.fitsCountryAfterOf(t, c, ctx)) return false;
        const beside = this.countryBeside(t, c, ctx);
        if (beside !== BESIDE_NONE) return beside === BESIDE_OWN;
        // In an all-caps headline or credit a capital says nothing: "FORWARD" is a word, not the Forward.
        if (!c.viaExact && t.flags[c.first]! & T_ALL_CAPS && inAllCapsRun(t, c.first, c.last)) return false;
        // "il presidente della Repubblica": after "of the", a paper named by a common noun is that noun, even in
        // a story that quotes the paper.
        if (
          c.first > 0 &&
          t.flags[c.first]! & T_JOINABLE &&
          OF_THE.has(t.hash[c.first - 1]!) &&
          this.anyPress(c.entities)
        )
          return false;
        // "모든 수단을 동원해" ('by all means'): a Korean word that is also a country's name (수단 Sudan, 오만 Oman, 피지
        // Fiji) is the country only in a list of countries (above) or before a word said of a country ("수단 내전").
        if (c.first === c.last && isHangul(this.text.charCodeAt(c.start)) && this.isPlaceCandidate(c))
          return koreanCountryWordAfter(this.text, c.end);
        const named = inDoc(c.entities, ctx.doc);
        if (named.length) {
          if (named !== c.entities) c.entities = named.concat(c.entities.filter((e) => !ctx.doc.has(e)));
          return true;
        }
        // "el ministro de Defensa, Pedro Sánchez" in a Colombian story: of people who share a full name, the one
        // of the country the story is about, when the story names none of the others' countries.
        if (c.first < c.last && ctx.dominantCountry >= 0 && c.entities.every((e) => this.isPerson(e))) {
          const own = c.entities.filter((e) => this.countryOf(e) === ctx.dominantCountry);
          if (own.length === 1 && c.entities.every((e) => e === own[0] || !this.countryNamed(e, ctx))) {
            c.entities = own;
            return true;
          }
        }
        // "Pedro Sánchez e Olaf Scholz" in a Portuguese story of an EU summit: of people who share a full name, a
        // world figure, when the others are minor figures whose countries the story does not name (Colombia's
        // defence minister Pedro Sánchez).
        if (c.first < c.last && c.entities.every((e) => this.isPerson(e))) {
          const world = c.entities.filter((e) => this.prominence(e) >= WORLD_FIGURE_PROMINENCE);
          if (
            world.length === 1 &&
            c.entities.every(
              (e) => e === world[0] || (this.prominence(e) <= MINOR_PROMINENCE && !this.countryNamed(e, ctx)),
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
        if (!this.anyPlace(c.entities)) {
          const uncased = !(t.flags[c.first]! & (T_CASED | T_CJK));
          if ((uncased && c.first === c.last) || this.pressNamedByWords(c, t))
            return this.kindNounNear(t, c) || this.quotedAlone(t, c);
        }
        // "(AP Photo)": a credit word after it says it is the agency; so does another agency listed with it
        // ("AP, AFP") or an outlet's byline crediting it ("By Euronews with AP").
        if (
          this.anyPress(c.entities) &&
          ((c.last + 1 < t.count && this.wordFlags(c.last + 1) & W_CREDIT) ||
            this.afterPressWords(t, c.first) ||
            this.datelineCredit(t, c, ctx) ||
            this.listedWith(t, c, ctx, this.isMedia) ||
            (c.first >= 2 &&
              CREDIT_WITH.has(t.hash[c.first - 1]!) &&
              anchoredBetween(ctx, c.first - 2, c.first - 2, this.isMedia) >= 0))
        ) {
          c.entities = c.entities.filter((e) => this.isPress(e));
          return true;
        }
        // A party's or an institution's name shared by several countries ("Democratic Party", "the
        // Majlis", "Union"): only that of a country the document names, or one whose people it names.
        if (this.allNational(c.entities)) {
          const national = c.entities;
          const fitting = national.filter((e) => this.countryNamed(e, ctx) || (ctx.related.counts.get(e) ?? 0) > 1);
          if (!fitting.length) return false;
          c.entities = fitting;
          // "Congress" in a story mostly about the United States is its Congress, with or without another
          // actor in the same paragraph. Not for papers and companies, whose names are often common phrases.
          const own = fitting.filter((e) => this.countryOf(e) === ctx.dominantCountry);
          // An acronym is no common phrase: "ABC" in an Australian story is the Australian broadcaster.
          if (own.length && (!this.anyPress(own) || c.viaExact)) {
            c.entities = own;
            return true;
          }
          // "Assemblée nationale" in a Senegalese story: the body of the country the story is about answers to
          // it as a short name (a weaker reading, tried next), not France's named in passing.
          if (ctx.dominantCountry >= 0 && this.weakerBodyOf(c, ctx.dominantCountry, Level.Surname)) return false;
        }
        // A shared acronym of one country's group ("ASC", Cameroon's Ambazonia Self-Defence Council) is read only
        // in a story that names that country or its actors: in an Australian story ASC is the shipbuilder.
        if (c.viaExact && c.first === c.last && !this.countryInStory(c.entities, ctx)) return false;
        // "The storm hit Florida and Georgia" in an American story: a country named like a US state, in a story
        // mostly about the United States, needs its own actors in the story, not just any name nearby.
        if (
          c.first === c.last &&
          US_STATE_NAMES.has(t.hash[c.first]!) &&
          ctx.dominantCountry === this.refOf(US_ID) &&
          this.foreignCountriesOnly(c.entities, ctx)
        )
          return false;
        // "Nazarbayev stepped down as chairman of the Security Council" in a story about Kazakhstan that names
        // nothing of the UN's: the country's own body, unless the story names more of the international one's.
        if (this.ownBodyOverInternational(c, ctx)) return true;
        return this.supported(c, t, ctx);
      }
    }
  }

  /**
   * Which of several people of a surname named in full in the document a bare surname at token `at` means:
   * the one named in full just before ("Defense Minister Kim Yong-hyun … Kim said"); failing a recent full
   * mention, the one named in full most often (the story's subject), then the most prominent ("Kim" is Kim
   * Jong Un, whose official was named paragraphs ago). A relative named after someone ("Mugabe's wife, Grace
   * Mugabe") is not called by the bare surname the story already uses for that person, however recently named.
   */
  /**
   * "이 대통령은" in a story naming "이재명 대통령" and "이준석 후보": of several named in full, the one whose full
   * name the same office followed, as the Korean press names a person first in full with the office, then by the
   * surname with it. Only where exactly one such person is named.
   */
  private koreanOfficeHolder(t: Tokens, c: Candidate, named: readonly number[], ctx: Context): number | undefined {
    if (c.end - c.start !== 1 || !isHangul(this.text.charCodeAt(c.start))) return undefined;
    const office = koreanOfficeAfter(this.text, c.end);
    const holders = named.filter((e) =>
      (ctx.anchorAt.get(e) ?? []).some((p) => p < c.first && this.koreanOfficeOf(t.end[p]!) === office),
    );
    return holders.length === 1 ? holders[0] : undefined;
  }

  /** The office after a Korean name ending at `end`, or after one word more ("이재명 대선 후보", "… 민주당 대표"). */
  private koreanOfficeOf(end: number): string | undefined {
    const office = koreanOfficeAfter(this.text, end);
    if (office || this.text.charCodeAt(end) !== 0x20) return office;
    let next = end + 1;
    while (next < this.text.length && isHangul(this.text.charCodeAt(next))) next++;
    return next > end + 1 ? koreanOfficeAfter(this.text, next) : undefined;
  }

  private surnameOwner(named: readonly number[], at: number, ctx: Context): number {
    // "Hafez al-Assad ruled from 1970 … Assad fled" in 2024: one whose last office ended over ten years before
    // the story is not who a bare surname means when one of that name active then is named in full too.
    // Not when the story names that one in full more often than anyone else so named: "Álvaro Uribe … Uribe"
    // in a story on his trial, in which Miguel Uribe Turbay, a senator then, is named once.
    const current = named.filter((e) => !this.longGone(e, ctx.year));
    if (current.length && current.length < named.length) {
      const fullMentions = (e: number) => new Set(ctx.anchorAt.get(e)).size;
      const most = Math.max(...current.map(fullMentions));
      named = named.filter((e) => !this.longGone(e, ctx.year) || fullMentions(e) > most);
    }
    const weight = (e: number) => (ctx.anchorAt.get(e)?.length ?? 0) * 10 + this.prominence(e);
    let chosen = nearestBefore(named, at, ctx.anchorAt);
    const recent = (ctx.anchorAt.get(chosen) ?? []).some((p) => p < at && at - p <= RECENT_TOKENS);
    if (!recent) {
      // Far from any full mention, of two named as often, the one in office at the story's date: "عون" in a
      // story on Joseph Aoun's election is the new president, not Michel Aoun, named in passing.
      const farWeight = (e: number) => weight(e) + (this.activeAt(e, ctx.year) ? ACTIVE_BONUS : 0);
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
      if (this.relatives(e, chosen)) owner = e;
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

  /**
   * "Bank of Zambia", "Pontifical Catholic University of Peru": a country after "of" and the capitalized head of
   * an institution's name ends that name, one the knowledge base does not know; the country is not named there.
   * Nor in a water's name: "the Sea of Japan", "the Gulf of Mexico".
   */
  private afterOrgHeadOf(t: Tokens, c: Candidate): boolean {
    const head = c.first - 2;
    return (
      head >= 0 &&
      this.isOf(t, c.first - 1) &&
      (t.flags[head]! & T_CAP_FIRST) !== 0 &&
      ((this.wordFlags(head) & W_ORG_HEAD) !== 0 || WATER_HEADS.has(t.hash[head]!)) &&
      (t.flags[c.first - 1]! & T_JOINABLE) !== 0 &&
      (t.flags[c.first]! & T_JOINABLE) !== 0
    );
  }

  /** Every entity is a country other than the story's, none of whose actors the story names. */
  private foreignCountriesOnly(entities: readonly number[], ctx: Context): boolean {
    for (let q = 0; q < entities.length; q++) {
      const e = entities[q]!;
      if (this.kindOf(e) !== 'country' || e === ctx.dominantCountry) return false;
      if ((ctx.related.countries.get(e) ?? 0) > 0) return false;
    }
    return entities.length > 0;
  }

  /**
   * A name written from a lower-case word ("the state department", "the Independent") that is something else
   * here: a description that goes on ("the state department of transportation"), a state's own ("the state
   * justice department"), or the start of a longer name ("the Independent Electoral Commission").
   */
  private lowerCaseDescription(t: Tokens, c: Candidate): boolean {
    if (!c.viaExact || c.last === c.first || (t.flags[c.first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
    // A capital inside the first word makes it a name, however it opens ("uMkhonto weSizwe Party of Jacob Zuma").
    const word = this.text.slice(t.start[c.first], t.end[c.first]);
    if (word !== word.toLowerCase()) return false;
    const next = c.last + 1 < t.count && (t.flags[c.last + 1]! & T_JOINABLE) !== 0 ? c.last + 1 : -1;
    return (
      (next >= 0 && this.isOf(t, next)) ||
      // "the Independent Electoral Commission": a capitalized name goes on.
      (next >= 0 && (t.flags[next]! & T_CAP_FIRST) !== 0 && (t.flags[c.last]! & T_CAP_FIRST) !== 0) ||
      (c.first > 0 && (t.flags[c.first]! & T_JOINABLE) !== 0 && t.hash[c.first - 1] === STATE_HASH)
    );
  }

  /**
   * The candidate stands in a byline or a closing credit: a line of a few words of its own, right after the
   * headline ("By NATION Reporters", "Redacción Política – EL TIEMPO", "Dawn Report") or at the very end
   * ("Published in Dawn, July 4th, 2019"). An outlet there is the outlet, whatever common word names it.
   */
  private inByline(t: Tokens, c: Candidate, ctx: Context): boolean {
    const block = ctx.blocks[c.first]!;
    const last = ctx.blocks[t.count - 1]!;
    if (block === 0 || (block > BYLINE_LAST_BLOCK && block !== last)) return false;
    // The block's extent, given up as soon as it is longer than a byline.
    let from = c.first;
    while (from > 0 && ctx.blocks[from - 1] === block) {
      from--;
      if (c.first - from > BYLINE_MAX_TOKENS) return false;
    }
    let to = c.last;
    while (to + 1 < t.count && ctx.blocks[to + 1] === block) {
      to++;
      if (to - from >= BYLINE_MAX_TOKENS) return false;
    }
    return true;
  }

  /**
   * "SANTIAGO, Chile (AP) — Chileans on Sunday…", "PARIS (AFP) -": alone in brackets after the dateline that opens
   * a paragraph (a few capitalized words) and before the dash that starts the story, a name is the agency's credit.
   */
  private datelineCredit(t: Tokens, c: Candidate, ctx: Context): boolean {
    const text = this.text;
    if (text.charCodeAt(c.start - 1) !== OPEN_PAREN || text.charCodeAt(c.end) !== CLOSE_PAREN) return false;
    let p = c.end + 1;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
    const dash = text.charCodeAt(p);
    if (dash !== 0x2014 && dash !== 0x2013 && dash !== 45) return false;
    const block = ctx.blocks[c.first]!;
    let from = c.first;
    while (from > 0 && ctx.blocks[from - 1] === block) {
      from--;
      if (c.first - from > MAX_DATELINE_WORDS) return false;
    }
    if (from === c.first) return false;
    for (let j = from; j < c.first; j++) if (!(t.flags[j]! & T_CAP_FIRST)) return false;
    return true;
  }

  /** Token `first` follows the Arabic word for forces, regime, government or army, with or without a clitic ("لقوات"). */
  private afterRegimeWord(t: Tokens, first: number): boolean {
    const j = first - 1;
    if (j < 0 || !(t.flags[j]! & T_ARABIC) || !(t.flags[first]! & T_ARABIC)) return false;
    const start = t.start[j]!;
    const end = t.end[j]!;
    if (REGIME_WORDS.has(this.text.slice(start, end))) return true;
    const count = arabicSplits(this.text, start, end, this.splits);
    for (let q = 0; q < count; q++)
      if (!this.splits.article[q] && REGIME_WORDS.has(this.text.slice(start + this.splits.skip[q]!, end))) return true;
    return false;
  }

  /** Token `first` follows "the" (a body's short name is written so), or an office's title. */
  private officeOrThe(t: Tokens, first: number): boolean {
    return (
      (first > 0 && t.hash[first - 1] === THE_HASH && (t.flags[first]! & T_JOINABLE) !== 0) ||
      this.officeBefore(t, first)
    );
  }

  /** Whether token j is "of": by hash first, since it is asked of every short name's neighbour. */
  private isOf(t: Tokens, j: number): boolean {
    return t.hash[j] === OF_HASH && this.tokenText(j) === 'of';
  }

  /** Whether a weaker reading of candidate c is a place. */
  private placeReading(c: Candidate): boolean {
    for (let q = 0; q < c.weaker.length; q++) if (this.anyPlace(c.weaker[q]!.entities)) return true;
    return false;
  }

  /**
   * "Luís Montenegro … Montenegro said", "Jim Jordan … Jordan said": a place's one-word name is the surname of a
   * person the document names in full, and the document names nothing else of that place. Then the surname
   * reading (tried next) is taken.
   */
  private namedPersonsSurname(c: Candidate, ctx: Context): boolean {
    if (c.first !== c.last) return false;
    let person = false;
    for (let q = 0; q < c.weaker.length && !person; q++) {
      const w = c.weaker[q]!;
      if (w.level !== Level.Surname) continue;
      for (let x = 0; x < w.entities.length; x++) {
        const e = w.entities[x]!;
        if (this.isPerson(e) && ctx.anchorAt.has(e)) person = true;
      }
    }
    if (!person) return false;
    for (let q = 0; q < c.entities.length; q++) {
      if ((ctx.related.countries.get(c.entities[q]!) ?? 0) > 1) return false;
    }
    return true;
  }

  /**
   * "The National Guard of Uzbekistan": a body's shared name followed by "of" and a country is that country's
   * body, never another's; keeps only the candidate's entities of that country (false when none is).
   */
  private fitsCountryAfterOf(t: Tokens, c: Candidate, ctx: Context): boolean {
    const of = c.last + 1;
    if (of + 1 >= t.count || !this.isOf(t, of) || !this.allNational(c.entities)) return true;
    const country = anchoredBetween(ctx, of + 1, of + 1, (e) => this.kindOf(e) === 'country');
    if (country < 0) return true;
    c.entities = c.entities.filter((e) => this.countryOf(e) === country);
    return c.entities.length > 0;
  }

  /**
   * A state body's name written against another country's name is that country's body, not the one the name is of
   * at home: in Chinese or Japanese the country comes before, or before の/的 ("イスラエルの外務省報道官", 'the
   * spokesman of Israel's foreign ministry', is not Japan's 外務省); in Russian and Ukrainian after it, in the
   * genitive ("ГКНБ Таджикистана" is Tajikistan's committee, not Kyrgyzstan's ГКНБ).
   */
  private otherCountrysBody(t: Tokens, c: Candidate, ctx: Context): boolean {
    let country = -1;
    if (t.flags[c.first]! & T_CYRILLIC) {
      const next = c.last + 1;
      if (next < t.count && t.flags[next]! & T_JOINABLE && ctx.knownStart[next]) country = countrySpanAt(ctx, next, 0);
    } else if (t.flags[c.first]! & T_CJK && c.first >= 1) {
      const end = c.first >= 2 && CJK_OF.has(t.hash[c.first - 1]!) ? c.first - 2 : c.first - 1;
      // Written on, with nothing between the words: "澳洲。 中國外交部" is China's.
      if (ctx.knownEnd[end] && t.end[end] === t.start[end + 1] && t.end[c.first - 1] === t.start[c.first])
        country = countrySpanAt(ctx, end, 1);
    }
    return country >= 0 && this.allStateBodies(c.entities) && !c.entities.some((e) => this.countryOf(e) === country);
  }

  /**
   * "МВД Казахстана", "MSZ Rosji", "Irans Außenministerium", "İran Dışişleri Bakanlığı": a state body's short or
   * shared name right before or after a country's name is that country's body, never another's. BESIDE_OWN keeps
   * the candidate's bodies of that country; after the short name, the country in the genitive is part of the
   * body's name as written ("МВД Казахстана"), and the mention takes it in. BESIDE_OTHER when none is of that
   * country; BESIDE_NONE when no country's name is right beside it.
   */
  private countryBeside(t: Tokens, c: Candidate, ctx: Context): number {
    const next = c.last + 1;
    // A country's name is a known name: most candidates have none beside them, told by two array reads.
    const after = next < t.count && (t.flags[next]! & T_JOINABLE) !== 0 && ctx.knownStart[next] === 1;
    const before = c.first > 0 && (t.flags[c.first]! & T_JOINABLE) !== 0 && ctx.knownEnd[c.first - 1] === 1;
    if (!after && !before) return BESIDE_NONE;
    // A party too: "a New Zealand Labour government" is New Zealand's Labour Party.
    if (
      !this.allStateBodies(c.entities) &&
      !c.entities.every((e) => this.kindOf(e) === 'political-party' && this.countryOf(e) >= 0)
    )
      return BESIDE_NONE;
    const spans = ctx.countrySpans;
    for (let q = 0; q < spans.length; q += 3) {
      const first = spans[q]!;
      const last = spans[q + 1]!;
      if (!((after && first === next) || (before && last === c.first - 1))) continue;
      const country = spans[q + 2]!;
      const own = c.entities.filter((e) => this.countryOf(e) === country);
      if (!own.length) return BESIDE_OTHER;
      c.entities = own;
      if (first === next) {
        c.last = last;
        c.end = t.end[last]!;
      }
      return BESIDE_OWN;
    }
    return BESIDE_NONE;
  }

  /**
   * "российский МИД", "das iranische Außenministerium", "rosyjskie MSZ", "وزارة الخارجية الإيرانية": a country's
   * adjective beside a state body's short name makes it that country's body. Adjectives are told by their endings
   * (Russian, Ukrainian, Polish and German ones before the name, Arabic ones after it), and their country by the
   * story's own names of it: "казахстанское МВД" after "Казахстан", "الداخلية السورية" after "سوريا". Keeps the
   * bodies of a country the adjective is of; false when it is of none of theirs.
   */
  private fitsCountryAdjective(t: Tokens, c: Candidate, ctx: Context): boolean {
    if (!this.allStateBodies(c.entities)) return true;
    let adjective = -1;
    const prev = c.first - 1;
    const next = c.last + 1;
    if (prev >= 0 && t.flags[c.first]! & T_JOINABLE && t.flags[prev]! & T_CASED) {
      if (ADJECTIVE_BEFORE.test(this.tokenText(prev))) adjective = prev;
    }
    if (adjective < 0 && next < t.count && t.flags[next]! & T_JOINABLE && !(t.flags[next]! & T_CASED)) {
      if (ARABIC_NISBA.test(this.tokenText(next))) adjective = next;
    }
    if (adjective < 0) return true;
    const word = this.tokenText(adjective).replace(ARABIC_ARTICLE_START, '');
    const own = c.entities.filter((e) => this.countryNamedAs(this.countryOf(e), word, ctx));
    if (!own.length) return false;
    c.entities = own;
    return true;
  }

  /**
   * "el Ejército sirio", "l'armée syrienne", "o Exército israelense": the Romance press writes a country's adjective
   * after a state body's short name, in lower case. Where it starts like a country the story names and some of the
   * bodies are that country's, it keeps those and says so; "el Ejército ha dicho" has no such adjective.
   */
  private romanceAdjectiveAfter(t: Tokens, c: Candidate, ctx: Context): boolean {
    const next = c.last + 1;
    if (
      next >= t.count ||
      (t.flags[next]! & (T_JOINABLE | T_CASED | T_CAP_FIRST)) !== (T_JOINABLE | T_CASED) ||
      !this.allStateBodies(c.entities)
    )
      return false;
    const word = this.tokenText(next);
    if (!ROMANCE_ADJECTIVE_AFTER.test(word)) return false;
    const folded = foldSurface(word);
    const own = c.entities.filter((e) => this.countryNamedAs(this.countryOf(e), folded, ctx, true));
    if (!own.length) return false;
    c.entities = own;
    return true;
  }

  /** Whether a folded adjective starts like the name of some country the story names (see countryNamedAs). */
  private storyCountryAdjective(adjective: string, ctx: Context): boolean {
    const spans = ctx.countrySpans;
    for (let q = 0; q < spans.length; q += 3)
      if (this.spanNamedAs(spans[q]!, spans[q + 1]!, adjective, true)) return true;
    return false;
  }

  /** Whether the story names `country` by a word that `adjective` starts like ("Казахстан", "казахстанское"). */
  private countryNamedAs(country: number, adjective: string, ctx: Context, folded = false): boolean {
    const spans = ctx.countrySpans;
    for (let q = 0; q < spans.length; q += 3)
      if (spans[q + 2] === country && this.spanNamedAs(spans[q]!, spans[q + 1]!, adjective, folded)) return true;
    return false;
  }

  /**
   * Whether a word of tokens first..last (a country's name in the story) and `adjective` open with the same four letters,
   * or the whole of a shorter name. Folded where accents differ between the name and its adjective ("Irán", "iraní").
   */
  private spanNamedAs(first: number, last: number, adjective: string, folded: boolean): boolean {
    for (let j = first; j <= last; j++) {
      const name = folded ? foldSurface(this.tokenText(j)) : this.tokenText(j).replace(ARABIC_ARTICLE_START, '');
      let same = 0;
      while (same < name.length && same < adjective.length && name[same] === adjective[same]) same++;
      if (name.length >= 3 && same >= Math.min(4, name.length)) return true;
    }
    return false;
  }

  /** Every entity is a state body of a country: a ministry, a court, a force, a security service. */
  private allStateBodies(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) {
      const kind = this.kindOf(entities[q]!);
      if (!(kind === 'government-body' || kind === 'military' || kind === 'security-service')) return false;
      if (this.countryOf(entities[q]!) < 0) return false;
    }
    return entities.length > 0;
  }

  /**
   * Whether the gap before token j is a dash between spaces ("TOKYO -- Japan's ruling party", "Kyiv - Ukraine"):
   * the words either side belong to no common name unless the knowledge base has one written so ("Islamic State
   * – Sinai Province", matched whole).
   */
  private spacedDash(t: Tokens, j: number): boolean {
    if (!(t.flags[j]! & T_AFTER_HYPHEN) || j === 0) return false;
    const end = t.end[j - 1]!;
    const start = t.start[j]!;
    return start - end >= 3 && this.text.charCodeAt(end) === 32 && this.text.charCodeAt(start - 1) === 32;
  }

  /**
   * "the parliament", "passed parliament", "the new parliament", in lower case: as the English press names its
   * story's own parliament. Not after a word that makes it another ("the state parliament", "the European
   * parliament").
   */
  private theParliament(t: Tokens, first: number, last: number): boolean {
    if (first !== last || first === 0 || t.hash[first] !== PARLIAMENT_HASH) return false;
    if ((t.flags[first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
    // "the parliament building" is the place.
    if (first + 1 < t.count && t.flags[first + 1]! & T_JOINABLE && PARLIAMENT_PLACES.has(t.hash[first + 1]!))
      return false;
    if (!(t.flags[first]! & T_JOINABLE)) return true;
    const prev = first - 1;
    if (t.hash[prev] === THE_HASH) return true;
    return !(t.flags[prev]! & T_CAP_FIRST) && !OTHER_PARLIAMENTS.has(t.hash[prev]!);
  }

  /**
   * "the interior ministry", "the foreign ministry", in lower case after "the": as the English press names its
   * story's own country's ministries. Not one that goes on ("the foreign ministry of Iran", "the foreign ministry
   * spokesman Lin Jian" is still the ministry).
   */
  private theMinistry(t: Tokens, first: number, last: number): boolean {
    if (last !== first + 1 || first === 0 || t.hash[last] !== MINISTRY_HASH || !PORTFOLIOS.has(t.hash[first]!))
      return false;
    if ((t.flags[first]! & (T_CASED | T_CAP_FIRST)) !== T_CASED || !(t.flags[first]! & T_JOINABLE)) return false;
    if (t.hash[first - 1] !== THE_HASH) return false;
    const next = last + 1;
    return !(next < t.count && t.flags[next]! & T_JOINABLE && this.isOf(t, next));
  }

  /**
   * The one body among the candidate's that belongs to the country the story is about, when the story names no
   * other parliament ("the parliament" in a story about Thailand that also names the European Parliament is
   * either).
   */
  private storysOwnBody(c: Candidate, ctx: Context): boolean {
    if (ctx.dominantCountry < 0) return false;
    let own = this.bodiesOf(c.entities, ctx.dominantCountry);
    // "The parliament" of a British or an Australian story is the country's, not Scotland's or Victoria's: of
    // several, the one more prominent than the others.
    if (own.length > 1) own = this.mostProminent(own);
    if (own.length !== 1) return false;
    for (let q = 0; q < c.entities.length; q++)
      if (c.entities[q] !== own[0] && ctx.doc.has(c.entities[q]!)) return false;
    // Nor a parliament of another country or of none (the European Parliament), whatever its name's kind.
    for (const r of ctx.doc)
      if (r !== own[0] && !this.isPerson(r) && PARLIAMENT_WORD.test(this.indexes[refIndex(r)]!.name(refEntity(r))))
        return false;
    c.entities = own;
    return true;
  }

  /**
   * The candidate stands in a list next to a known name of which `test` holds: a one-word name right before it
   * or after it, after a comma or "and" ("Niger, Guinea", "Guinea and Gabon").
   */
  private listedWith(t: Tokens, c: Candidate, ctx: Context, test: (e: number) => boolean): boolean {
    let before = c.first - 1;
    const joined = before > 0 && LIST_JOINS.has(t.hash[before]!) && t.flags[before]! & T_JOINABLE;
    if (joined) before--;
    if ((joined || t.flags[c.first]! & T_AFTER_COMMA) && before >= 0 && ctx.knownStart[before]) {
      if (anchoredBetween(ctx, before, before, test) >= 0) return true;
    }
    let next = c.last + 1;
    if (next < t.count && LIST_JOINS.has(t.hash[next]!) && t.flags[next]! & T_JOINABLE) next++;
    else if (!(next < t.count && t.flags[next]! & T_AFTER_COMMA)) return false;
    return next < t.count && anchoredBetween(ctx, next, next, test) >= 0;
  }

  /** A Han compass point written right before the candidate, a place, and not the end of a known name. */
  private compassBefore(t: Tokens, c: Candidate, ctx: Context): boolean {
    const prev = c.first - 1;
    if (prev < 0 || !(t.flags[c.first]! & T_CJK) || t.end[prev] !== t.start[c.first] || ctx.knownEnd[prev])
      return false;
    return (
      COMPASS_POINTS.includes(this.text.charAt(t.start[prev]!)) &&
      t.end[prev]! - t.start[prev]! === 1 &&
      this.isPlaceCandidate(c)
    );
  }

  /**
   * Narrows the candidate to the bodies of the speaker's country and says whether there were any; not for a
   * speaker whose own body, named in the story, is another. -1 (no speaker) narrows nothing.
   */
  private speakersBodies(c: Candidate, speaker: number, ctx: Context): boolean {
    if (speaker < 0 || this.holdsOfficeInOther(speaker, c.entities, ctx)) return false;
    const own = this.bodiesOf(c.entities, this.countryOf(speaker));
    if (!own.length) return false;
    c.entities = own;
    return true;
  }

  /** The entities of the highest prominence among `entities`. */
  private mostProminent(entities: readonly number[]): number[] {
    let top = -1;
    for (let q = 0; q < entities.length; q++) top = Math.max(top, this.prominence(entities[q]!));
    return entities.filter((e) => this.prominence(e) === top);
  }

  /** Those of the entities that are bodies (not people) of the given country. */
  /**
   * A name an international body shares with national ones ("the Security Council"): the international body where
   * the story names more of what is tied to it (the UN) than of what is tied to the story's country's own body
   * (its chairman, its secretary), else that own body. Returns whether it narrowed `c`.
   */
  private ownBodyOverInternational(c: Candidate, ctx: Context): boolean {
    if (ctx.dominantCountry < 0) return false;
    const tied = (e: number) => ctx.related.counts.get(e) ?? 0;
    const international = c.entities.filter((e) => this.kindOf(e) === 'international-organization');
    const own = international.length ? this.bodiesOf(c.entities, ctx.dominantCountry) : NO_RANKING;
    if (!own.length) return false;
    const most = (list: readonly number[]) => list.reduce((m, e) => Math.max(m, tied(e)), 0);
    c.entities = most(international) > most(own) ? international : own;
    return true;
  }

  private bodiesOf(entities: readonly number[], country: number): number[] {
    return entities.filter((e) => !this.isPerson(e) && this.countryOf(e) === country);
  }

  /** Token `last` is followed by "CS", as the Kenyan press writes a Cabinet Secretary's title. */
  private beforeCabinetSecretary(t: Tokens, last: number): boolean {
    const next = last + 1;
    return (
      next < t.count &&
      t.hash[next] === CS_HASH &&
      (t.flags[next]! & (T_ALL_CAPS | T_JOINABLE)) === (T_ALL_CAPS | T_JOINABLE)
    );
  }

  /** Token i follows a minister's title and one to three joining words ("ministre de la", "minister for the"). */
  private afterMinisterOf(t: Tokens, i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      // An initial is no elided article: "Prime Minister L.Oyun-Erdene" is not "ministre de l'…".
      if (!(t.flags[j + 1]! & T_JOINABLE) || this.isInitial(this.text, t, j)) return false;
      if (MINISTER_WORDS.has(t.hash[j]!)) return j < i - 1;
      // "Minister of State for Foreign Affairs" (its "State" after "of", never a portfolio's first word).
      if (t.hash[j] === STATE_HASH && j < i - 1 && j >= 2 && PORTFOLIO_LINKS.has(t.hash[j - 1]!)) continue;
      if (!PORTFOLIO_LINKS.has(t.hash[j]!)) return false;
    }
    return false;
  }

  /** The country whose possessive is one or two lower-case words before token i ("Kenya's new parliament"). */
  private ownerAcrossWords(t: Tokens, i: number, ctx: Context): number | undefined {
    for (let j = i - 1; j >= i - 2 && j >= 2; j--) {
      const f = t.flags[j]!;
      if (!(f & T_JOINABLE) || f & T_CAP_FIRST || !(f & T_CASED)) return undefined;
      if (afterPossessive(t, j)) return ctx.countryEndingAt.get(j - 2);
    }
    return undefined;
  }

  /** A person named within the same phrase right after the candidate (no punctuation between), or -1. */
  private personInPhrase(t: Tokens, c: Candidate, ctx: Context): number {
    let last = c.last;
    while (last < c.last + PERSON_AFTER_BODY && last + 1 < t.count && t.flags[last + 1]! & T_JOINABLE) last++;
    return last > c.last
      ? anchoredBetween(ctx, c.last + 1, last, (e) => this.isPerson(e) && this.countryOf(e) >= 0)
      : -1;
  }

  /** A person named in full within a few words after candidate c ("Foreign Ministry spokesperson Wang Wenbin"), or -1. */
  private personRightAfter(c: Candidate, ctx: Context): number {
    return anchoredBetween(
      ctx,
      c.last + 1,
      c.last + PERSON_AFTER_BODY,
      (e) => this.isPerson(e) && this.countryOf(e) >= 0,
    );
  }

  /** Whether entity r was active (in office, or not yet dissolved) in the story's year; false without a date. */
  private activeAt(r: number, year: number): boolean {
    const index = this.indexes[refIndex(r)]!;
    const to = index.entTo[refEntity(r)]!;
    return year > 0 && index.entFrom[refEntity(r)]! <= year && (to === 0 || to >= year);
  }

  /** A person who held a known office at some time up to `year`. */
  private heldOfficeBy(r: number, year: number): boolean {
    const from = this.indexes[refIndex(r)]!.entFrom[refEntity(r)]!;
    return from > 0 && from <= year;
  }

  /** A person whose last known office ended more than ten years before `year`. */
  private longGone(r: number, year: number): boolean {
    const index = this.indexes[refIndex(r)]!;
    const to = index.entTo[refEntity(r)]!;
    return to > 0 && year - to > 10;
  }

  /**
   * A paper or company whose name, as written here, nothing tells from ordinary words: in a script without
   * capitals ("الشرق الأوسط", 'the Middle East') or in German, where every noun is capitalized ("Die Zeit").
   */
  private pressNamedByWords(c: Candidate, t: Tokens): boolean {
    return (
      this.anyPress(c.entities) &&
      // Italian writes its institutions with a capital, and its papers are named by them: "fedele alla
      // Repubblica" is the Republic, "la Stampa" the press.
      (this.german ||
        (this.italian && c.first === c.last && c.entities.every((e) => this.isPress(e))) ||
        !(t.flags[c.first]! & (T_CASED | T_CJK)))
    );
  }

  /** Person `person` is linked to a body the document names that is none of `entities`. */
  private holdsOfficeInOther(person: number, entities: readonly number[], ctx: Context): boolean {
    const index = this.indexes[refIndex(person)]!;
    const e = refEntity(person);
    for (let p = index.relStart[e]!; p < index.relStart[e + 1]!; p++) {
      const body = ref(refIndex(person), index.relList[p]!);
      if (!this.isPerson(body) && this.kindOf(body) !== 'country' && ctx.doc.has(body) && !entities.includes(body))
        return true;
    }
    return false;
  }

  /** Two people linked in the knowledge base (a spouse, a child, a sibling…). */
  private relatives(a: number, b: number): boolean {
    if (a === b || refIndex(a) !== refIndex(b) || !this.isPerson(a) || !this.isPerson(b)) return false;
    const index = this.indexes[refIndex(a)]!;
    // Either may hold the relation: "Nadine Menendez, spouse of Bob Menendez" is written on hers only.
    return index.relates(refEntity(a), refEntity(b)) || index.relates(refEntity(b), refEntity(a));
  }

  /** Token i follows a possessive or a country's demonym: a body's short name there may be that country's. */
  private afterOwner(t: Tokens, i: number): boolean {
    return afterPossessive(t, i) || this.afterDemonym(t, i);
  }

  /**
   * Token i follows a country's one-word demonym ("Kenyan parliament"), which does not end a longer one
   * ("South Sudanese", "Bissau-Guinean"): a capitalized word before it other than "The" says it might.
   */
  private afterDemonym(t: Tokens, i: number): boolean {
    if (i < 1 || !(this.tokenWords[i - 1]! & W_DEMONYM) || !(t.flags[i]! & T_JOINABLE)) return false;
    if (!(t.flags[i - 1]! & T_CAP_FIRST)) return false;
    const before = i - 2;
    return (
      before < 0 ||
      !(t.flags[i - 1]! & T_JOINABLE) ||
      !(t.flags[before]! & T_CAP_FIRST) ||
      (this.tokenWords[before]! & W_STOPWORD) !== 0
    );
  }

  /**
   * "India's Supreme Court", "Kenya's parliament": a body's short name after a country's possessive names
   * that country's body, whatever else the document is about. The country keeps its own mention: the
   * reader may want either card.
   */
  private ownBody(c: Candidate, owner: number): boolean {
    const bodies: number[] = [];
    for (let q = 0; q < c.entities.length; q++) {
      const e = c.entities[q]!;
      if (!this.isPerson(e) && this.countryOf(e) === owner) bodies.push(e);
    }
    if (!bodies.length) return false;
    c.entities = bodies;
    return true;
  }

  /** A word naming what kind of actor follows or precedes ("newspaper", "صحيفة", "ארגון") right beside it. */
  private kindNounNear(t: Tokens, c: Candidate): boolean {
    for (let j = Math.max(0, c.first - 2); j <= Math.min(t.count - 1, c.last + 1); j++) {
      if (j >= c.first && j <= c.last) continue;
      if (this.wordFlags(j) & W_KIND_NOUN) return true;
      // With a clitic attached: "لصحيفة" ('to the newspaper').
      const clitic = this.cliticIds[c.index]![j]!;
      if (clitic >= 0 && this.indexes[c.index]!.tokFlags[clitic]! & W_KIND_NOUN) return true;
    }
    return false;
  }

  /** The name, and nothing else, between quotation marks: «الهيئة», "Проект". */
  /**
   * "газета «Голос України»", "le journal « La Croix du Nord »": the name opens a quoted name of a few capitalized
   * words, a paper's, a book's or a law's, which it is only part of (even where the next word is a known name).
   */
  private quotedLonger(t: Tokens, c: Candidate): boolean {
    const text = this.text;
    const open = text.charAt(t.start[c.first]! - 1);
    if (!open || !QUOTED_NAME_OPENERS.includes(open) || CLOSE_QUOTES.includes(text.charAt(t.end[c.last]!)))
      return false;
    for (let j = c.last + 1; j < t.count && j <= c.last + 3; j++) {
      if ((t.flags[j]! & (T_JOINABLE | T_CAP_FIRST)) !== (T_JOINABLE | T_CAP_FIRST)) return false;
      if (CLOSE_QUOTES.includes(text.charAt(t.end[j]!))) return true;
    }
    return false;
  }

  /** Candidate `c` is a work's quoted title: a word for a work, then the name in quotation marks (see WORK_NOUNS). */
  private workTitle(t: Tokens, c: Candidate): boolean {
    if (c.first === 0 || !WORK_NOUNS.has(t.hash[c.first - 1]!)) return false;
    if (!/^\s?["«“„]$/.test(this.text.slice(t.end[c.first - 1], t.start[c.first]))) return false;
    // The closing mark may come after a comma or a full stop, as American style writes it ("People,"").
    let after = t.end[c.last]!;
    if (this.text.charAt(after) === ',' || this.text.charAt(after) === '.') after++;
    return CLOSE_QUOTES.includes(this.text.charAt(after)) && after < this.text.length;
  }

  private quotedAlone(t: Tokens, c: Candidate): boolean {
    const before = this.text.charAt(t.start[c.first]! - 1);
    const after = this.text.charAt(t.end[c.last]!);
    return OPEN_QUOTES.includes(before) && before !== '' && CLOSE_QUOTES.includes(after) && after !== '';
  }

  /** Support for an ambiguous name: another actor in the same block, or a cue word near it, and no counter-cue. */
  private supported(c: Candidate, t: Tokens, ctx: Context): boolean {
    const block = ctx.blocks[c.first]!;
    const lo = (w: number) => Math.max(0, c.first - w);
    const hi = (w: number) => Math.min(t.count - 1, c.last + w);
    // Counter-cues ("county", "Republicans", "recipe") point a place name elsewhere ("Georgia Republicans" are
    // the US state's); they say nothing against a party, which may itself be one ("Republicans").
    if (this.isPlaceCandidate(c)) {
      for (let j = lo(COUNTER_CUE_WINDOW); j <= hi(COUNTER_CUE_WINDOW); j++) {
        if (j >= c.first && j <= c.last) continue;
        if (ctx.blocks[j] === block && this.wordFlags(j) & W_COUNTER_CUE) return false;
      }
    }
    // "Representative Mike Rogers of Alabama": an office before a full name that the base shares with people it
    // does not know says a person is meant, and the one it knows is likelier than a stranger of that name.
    if (c.first < c.last && this.officeBefore(t, c.first) && c.entities.every((e) => this.isPerson(e))) return true;
    const anchors = ctx.blockAnchors.get(block);
    for (let q = 0; anchors && q < anchors.length; q += 2) {
      if (anchors[q + 1]! < c.first || anchors[q]! > c.last) return true;
    }
    // A country's demonym near a place name says the story is about countries: "the gas pipeline to Georgia will
    // end up on Azerbaijani territory".
    const cues = this.isPlaceCandidate(c) ? W_CUE | W_DEMONYM : W_CUE;
    for (let j = lo(CUE_WINDOW); j <= hi(CUE_WINDOW); j++) {
      if (j >= c.first && j <= c.last) continue;
      if (ctx.blocks[j] === block && this.wordFlags(j) & cues) return true;
    }
    // "des amerikanischen Konzerns Intel", "the chipmaker Intel": its kind named right beside it.
    return this.kindNounNear(t, c);
  }

  /**
   * How many anchors of the document each entity is related to, and how many anchors belong to each
   * country (a country named, or the country of a person or body named): "MIT" in an article naming
   * Erdoğan and Ankara is Turkey's intelligence agency.
   */
  private relatedCounts(doc: ReadonlySet<number>, anchorAt: ReadonlyMap<number, number[]>): Related {
    const counts = new Map<number, number>();
    const countries = new Map<number, number>();
    const mentions = new Map<number, number>();
    const territories = new Map<number, number>();
    const bump = (map: Map<number, number>, r: number, by = 1) => map.set(r, (map.get(r) ?? 0) + by);
    doc.forEach((r) => {
      const k = refIndex(r);
      const index = this.indexes[k]!;
      const e = refEntity(r);
      const kind = KIND_CODES[index.entKind[e]!];
      const isCountry = kind === 'country';
      // A country is related to everyone and everything in it: its share is counted in `countries` below,
      // not by walking its thousands of links on every scan.
      if (!isCountry)
        for (let p = index.relStart[e]!; p < index.relStart[e + 1]!; p++) bump(counts, ref(k, index.relList[p]!));
      const country = isCountry ? r : index.entCountry[e]! >= 0 ? ref(k, index.entCountry[e]!) : -1;
      if (country < 0) return;
      if (!isCountry) bump(counts, country);
      bump(countries, country);
      // Which country the story is about is told by its political actors: a story on Australia's social-media
      // law names Meta, TikTok and X more often than Australia's ministers, and every story names its agency.
      const political = kind !== 'organization' && kind !== 'media';
      // An international organization counts once for its seat's country, however often it is named: a story on
      // the EU's summit names the Commission and the Council again and again, and is no more about Belgium for it.
      const weight = kind === 'international-organization' ? 1 : Math.max(1, anchorAt.get(r)?.length ?? 0);
      if (political) bump(mentions, country, weight);
      // A territory with bodies of its own (Hong Kong, Greenland, Puerto Rico) is their country too, besides
      // its own country's (see dominantTerritory).
      if (kind === 'territory') {
        bump(countries, r);
        bump(territories, r, weight);
      } else if (political && this.kindOf(country) === 'territory') bump(territories, country, weight);
    });
    return { counts, countries, mentions, territories };
  }

  /** Ranks entities sharing a surface: named in the document, related to it, active at its date, prominent. */
  private rank(
    entities: number[],
    year: number,
    doc: ReadonlySet<number>,
    related: Related,
    dominantCountry: number,
    dominantTerritory: number,
  ): number[] {
    if (entities.length === 1) return entities;
    const score = (r: number) => {
      const index = this.indexes[refIndex(r)]!;
      const e = refEntity(r);
      let s = index.entProminence[e]!;
      if (doc.has(r)) s += 10;
      s += Math.min(6, 2 * (related.counts.get(r) ?? 0));
      const country = index.entCountry[e]!;
      if (country >= 0) s += Math.min(4, related.countries.get(ref(refIndex(r), country)) ?? 0);
      // A shared institutional name ("Congress", "the Constitutional Court") is most likely that of the
      // country the story is mostly about, even when a more prominent country's is named in passing.
      // Strong enough to outweigh a prominent foreign body that the story's other actors relate to (the US
      // Congress in a Brazilian story that names Trump), not a full mention of it (+10).
      // So is a territory's own ("the Democratic Party" in a story about Hong Kong), beside its country's.
      const own = country >= 0 ? ref(refIndex(r), country) : -1;
      if (own >= 0 && (own === dominantCountry || own === dominantTerritory) && this.isNational(r)) s += 8;
      const from = index.entFrom[e]!;
      const to = index.entTo[e]!;
      if (from || to) {
        if ((from === 0 || from <= year) && (to === 0 || to >= year)) s += 3;
        else if (from > year) s -= from - year <= 2 ? 1 : 6;
        else s -= year - to <= 3 ? 0 : 2;
      } else if (!this.isPerson(r)) {
        // A body without a founding year is not less likely to exist than one with ("Britain's parliament"
        // is Westminster's, not the Scottish Parliament founded in 1999). A person's years are those of their
        // offices, which do say who is meant.
        s += 3;
      }
      return s;
    };
    const scored = entities.map((r) => ({ r, s: score(r) }));
    scored.sort((a, b) => b.s - a.s || a.r - b.r);
    return scored.map((x) => x.r);
  }

  /**
   * Records the institutional nouns of `c`, a body named in full ("Election Commission of India"): a later "the
   * Commission" is most likely it (see namedBodysHead, which reads where it was first named from anchorAt).
   */
  private recordHeads(t: Tokens, c: Candidate, heads: Map<number, number>): void {
    const e = c.entities[0]!;
    if (this.isPerson(e) || this.isPlace(e)) return;
    for (let j = c.first; j <= c.last; j++) {
      if (!(this.wordFlags(j) & W_ORG_HEAD) || !(t.flags[j]! & T_CAP_FIRST)) continue;
      const h = t.hash[j]!;
      const owner = heads.get(h);
      heads.set(h, owner === undefined || owner === e ? e : NO_HEAD_OWNER);
    }
  }

  /**
   * "According to the Election Commission of India … the Commission's figures": a body's institutional noun alone,
   * capitalized, after the story has named in full one body with that noun, is that body, whatever other bodies
   * of the knowledge base answer to the word ("Commission" is the European Commission's short name).
   */
  private namedBodysHead(t: Tokens, c: Candidate, ctx: Context): number {
    if (c.first !== c.last || !(t.flags[c.first]! & T_CAP_FIRST) || t.flags[c.first]! & T_ALL_CAPS) return -1;
    const e = ctx.heads.get(t.hash[c.first]!);
    if (e === undefined || e === NO_HEAD_OWNER || c.entities.includes(e)) return -1;
    if ((ctx.anchorAt.get(e)?.[0] ?? Infinity) >= c.first) return -1;
    // Only where the word reads as a body's name everywhere (no reading is a person, a place or a paper).
    const entities = c.entities;
    return this.anyPerson(entities) || this.anyPlace(entities) || this.anyPress(entities) ? -1 : e;
  }

  /**
   * Whether candidate q, a full name, is the start of a longer full name of someone else read from the same word:
   * "Ferdinand "Bongbong" Marcos" of "Ferdinand "Bongbong" Marcos Jr." (the father's name, quoted nickname
   * skipped, in the son's), "Donald Trump" of "Donald Trump Jr.". It names no one in the story, so it does not
   * count as a full mention (the bare "Marcos" after it is the son). A walk puts a word's readings side by side,
   * shortest first.
   */
  private shadowedAnchor(candidates: readonly Candidate[], q: number): boolean {
    const c = candidates[q]!;
    for (let r = q + 1; r < candidates.length && candidates[r]!.first === c.first; r++) {
      const d = candidates[r]!;
      if (d.level !== Level.Anchor || d.last <= c.last) continue;
      let shared = false;
      for (let x = 0; x < d.entities.length && !shared; x++) shared = c.entities.includes(d.entities[x]!);
      if (!shared) return true;
    }
    return false;
  }

  /** What the context rules need to know about the whole document, computed once per match. */
  private context(t: Tokens, candidates: readonly Candidate[]): Context {
    const n = t.count;
    if (this.blocksBuf.length < n) {
      this.blocksBuf = new Int32Array(Math.max(2 * n, MIN_TOKEN_CAPACITY));
      this.knownStartBuf = new Uint8Array(this.blocksBuf.length);
      this.knownEndBuf = new Uint8Array(this.blocksBuf.length);
      this.namedSurnameBuf = new Uint8Array(this.blocksBuf.length);
      this.otherNameEndBuf = new Uint8Array(this.blocksBuf.length);
    }
    const blocks = this.blocksBuf;
    let b = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && t.flags[i]! & T_BLOCK_START) b++;
      blocks[i] = b;
    }
    const titleCaseBlock = new Uint8Array(b + 1);
    const cased = new Int32Array(b + 1);
    const capital = new Int32Array(b + 1);
    // Sentences after a block's first: a long block of several sentences is prose, however many names it holds.
    // A block that ends with a period is a sentence too (a list of ministers and their names, in one sentence).
    const sentences = new Int32Array(b + 1);
    for (let i = 0; i < n; i++) {
      const f = t.flags[i]!;
      if ((f & (T_SENT_START | T_BLOCK_START)) === T_SENT_START) sentences[blocks[i]!]!++;
      if ((i + 1 === n || t.flags[i + 1]! & T_BLOCK_START) && this.text.charCodeAt(t.end[i]!) === PERIOD)
        sentences[blocks[i]!]!++;
      if (!(f & T_CASED) || this.wordFlags(i) & (W_PARTICLE | W_STOPWORD)) continue;
      cased[blocks[i]!]!++;
      if (f & T_CAP_FIRST) capital[blocks[i]!]!++;
    }
    for (let k = 0; k <= b; k++) {
      if (sentences[k]! > 0 && cased[k]! > TITLE_CASE_MAX_WORDS) continue;
      if (cased[k]! >= TITLE_CASE_MIN_WORDS && capital[k]! >= cased[k]! * TITLE_CASE_SHARE) titleCaseBlock[k] = 1;
    }
    const knownStart = this.knownStartBuf.fill(0, 0, n);
    const knownEnd = this.knownEndBuf.fill(0, 0, n);
    const doc = new Set<number>();
    const heads = new Map<number, number>();
    const anchorAt = new Map<number, number[]>();
    const anchorsFrom = new Map<number, number[]>();
    const blockAnchors = new Map<number, number[]>();
    const countryEndingAt = new Map<number, number>();
    const countrySpans: number[] = [];
    for (let q = 0; q < candidates.length; q++) {
      const c = candidates[q]!;
      // Only names that stand without context count as known neighbours: a surname ("Lake") may itself be
      // rejected later.
      if (c.level !== Level.Anchor && c.level !== Level.Standalone) continue;
      knownStart[c.first] = 1;
      knownEnd[c.last] = 1;
      if (c.level !== Level.Anchor || this.shadowedAnchor(candidates, q)) continue;
      if (c.last > c.first && c.entities.length === 1) this.recordHeads(t, c, heads);
      for (let x = 0; x < c.entities.length; x++) {
        const e = c.entities[x]!;
        doc.add(e);
        (anchorAt.get(e) ?? anchorAt.set(e, []).get(e)!).push(c.first);
        (anchorsFrom.get(c.first) ?? anchorsFrom.set(c.first, []).get(c.first)!).push(e);
        // A country's name ending at a possessive ("Kenya's", "South Korea's"): see ownBody.
        if (this.kindOf(e) !== 'country') continue;
        if (t.flags[c.last]! & T_BEFORE_POSSESSIVE) countryEndingAt.set(c.last, e);
        countrySpans.push(c.first, c.last, e);
      }
      addBlockAnchor(blockAnchors, blocks[c.first]!, c);
    }
    // A surname alone of a person the story names in full (or one that stands alone, "Biden"): across a hyphen
    // from another such it is that person, not half of a double-barrelled name ("the Biden-Harris
    // administration", "the Prabowo-Gibran ticket").
    const namedSurname = this.namedSurnameBuf.fill(0, 0, n);
    const otherNameEnd = this.otherNameEndBuf.fill(0, 0, n);
    for (let q = 0; q < candidates.length; q++) {
      const c = candidates[q]!;
      if (!this.anyPlace(c.entities)) otherNameEnd[c.last] = 1;
      if ((c.level !== Level.Surname && c.level !== Level.Standalone) || c.first !== c.last) continue;
      for (let x = 0; x < c.entities.length; x++) {
        const e = c.entities[x]!;
        if ((c.level === Level.Standalone || anchorAt.has(e)) && this.isPerson(e)) namedSurname[c.first] = 1;
      }
    }
    const ctx: Context = {
      blocks,
      titleCaseBlock,
      knownStart,
      knownEnd,
      namedSurname,
      otherNameEnd,
      doc,
      anchorAt,
      anchorsFrom,
      blockAnchors,
      countryEndingAt,
      countrySpans,
      othersSurnames: new Set(),
      heads,
      unknownSurnames: undefined,
      bareSurnames: new Map(),
      dominantCountry: -1,
      dominantTerritory: -1,
      year: 0,
      related: { counts: new Map(), countries: new Map(), mentions: new Map(), territories: new Map() },
    };
    // A surname that stands alone ("Biden urged Congress") names its person for the context too, unless it
    // is part of a longer name ("Hunter Biden"); it does not count as a full mention (anchorAt).
    for (let q = 0; q < candidates.length; q++) {
      const c = candidates[q]!;
      if (c.level !== Level.Standalone || c.entities.length !== 1 || this.insideLongerName(t, c, ctx)) continue;
      doc.add(c.entities[0]!);
      addBlockAnchor(blockAnchors, blocks[c.first]!, c);
    }
    return ctx;
  }
}

/**
 * Per-token arrays start with room for a long article (about 15,000 words). Growing them later throws the
 * compiled loops away (a branch they had never taken), which made the first long page after short ones
 * 2-3× slower; the room costs about 1 MB in the background worker.
 */
const MIN_TOKEN_CAPACITY = 16384;
/**
 * A text that takes every path of the tokenizer once (scripts, kana, dotted acronyms, initials, possessives,
 * brackets, the text's end inside a word). Tokenized when a matcher is made, so that the first page's scan is
 * optimized with feedback for every path: a path first met there would throw the optimized tokenizer away
 * and have it compiled again, at some 15 ms a compile on a slow machine.
 */
const TOKENIZER_PRIMER =
  "Mr. S. Jaishankar (U.S.) met EE. UU. officials, CPI(M) & RFE/RL — Putin’s and Wilders' aides.\n\n" +
  'Путина؟ ابراهیم رئیسی; צה"ל 2024: 習近平・アルベルトの NATOの Luanda (Lusa) – A\u00a0b\u202fc… 東京 end';

/** How close (in words) a full mention must be for a bare surname to mean that person over a more famous one. */
const RECENT_TOKENS = 80;
/** Less than one more full mention (10), more than any difference of prominence (1–5). */
const ACTIVE_BONUS = 5;
/** How many words after a body's short name its person may be named ("Foreign Ministry spokesperson Wang Wenbin"). */
const PERSON_AFTER_BODY = 3;

/** countryBeside's answers. */
const BESIDE_NONE = 0;
const BESIDE_OWN = 1;
const BESIDE_OTHER = 2;
/**
 * Adjectives of countries written before a body's name: Russian and Ukrainian "российский", "казахстанское",
 * "українське"; Polish "rosyjskie", "niemieckiego"; German "iranische", "deutschen".
 */
const ADJECTIVE_BEFORE =
  /(?:[сц]ь?к(?:ий|ый|ая|ое|ие|ые|ого|ому|им|ым|ом|ой|ую|их|ими|е|а|і|ої|ій|ім|у|ою)|(?:sk|ck)(?:i|ie|iego|iemu|im|a|iej|ą)|(?:isch|deutsch)(?:e|en|er|es|em))$/u;
/**
 * A Spanish, Portuguese, Italian or French adjective of nationality after a noun ("sirio", "iraní", "israelense",
 * "iraniano", "syrienne", "français"), told by its ending; its country by the story's names (countryNamedAs).
 */
const ROMANCE_ADJECTIVE_AFTER =
  /^\p{Ll}{3,}(?:o|a|os|as|í|ís|e|i|ien|ienne|iens|iennes|ais|aise|ain|aine|ois|oise|ique|iques|ês|esa|ense|ano|ana)$/u;
/**
 * A Romance adjective that goes on a body's name after its head noun ("électorale", "nationale", "européenne",
 * "constitutionnel", "elettorale", "militaire"), told by endings verbs do not have ("la Commission estime" is the
 * Commission).
 */
const ROMANCE_BODY_ADJECTIVE =
  /^\p{Ll}{2,}(?:ale|ales|al|aux|ique|iques|ico|ica|ici|iche|aire|aires|ario|aria|ienne|iennes|éenne|éennes|aine|aines|nelle|nelles|nel|iste|istes|ista)$/u;
/** An Arabic adjective of relation agreeing with a ministry ("وزارة الخارجية الإيرانية"). */
const ARABIC_NISBA = /^ال[\u0600-\u06FF]{2,}ية$/u;
/** The Arabic article opening a word, left out when an adjective is compared with its country's name. */
const ARABIC_ARTICLE_START = /^ال/u;

/** Anchors a country needs before its bodies' short names are read as its own. */
const DOMINANT_MIN_ANCHORS = 2;
/** Countries whose flags name German coalitions by their colours, and the words such a name heads. */
const COALITION_FLAGS = hashWords('jamaika kenia simbabwe');
const COALITION_WORDS = hashWords(
  'koalition bündnis bündnisses sondierungen sondierung sondierungsgespräche verhandlungen gespräche regierung option',
);
/** German compound offices by their last part: "Finanzminister", "Bundeskanzlerin", "Regierungssprecher". */
const GERMAN_OFFICE =
  /(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|vorsitzende|vorsitzender|chef|chefin|botschafter|botschafterin|sekretär|sekretärin|bürgermeister|bürgermeisterin|führer|führerin)$/;

/** German articles: the capitalized word after one is a noun (see germanNoun). */
const GERMAN_ARTICLES = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
]);

/**
 * The country a document is mostly about: the one whose actors it names most often, counting every full
 * mention (a Russian-language story about Kazakhstan names more Russian bodies once each than Kazakh ones, but
 * names Kazakhstan and Tokayev again and again). It must have at least two of its actors named.
 */
function dominant(mentions: ReadonlyMap<number, number>, actors: ReadonlyMap<number, number>): number {
  let best = -1;
  let bestCount = 0;
  let tie = false;
  // Of two named as often, the one with more of its actors named: Saudi Arabia, whose company, agency, paper,
  // princes and alliances a story on the attack on Aramco names, over the United States named as often.
  let bestActors = 0;
  for (const [country, count] of mentions) {
    const named = actors.get(country) ?? 0;
    if (count > bestCount || (count === bestCount && named > bestActors)) {
      best = country;
      bestCount = count;
      bestActors = named;
      tie = false;
    } else if (count === bestCount && named === bestActors) tie = true;
  }
  return best >= 0 && bestActors >= DOMINANT_MIN_ANCHORS && !tie ? best : -1;
}

/** Records a name that stands without context in its block, as support for ambiguous names there. */
function addBlockAnchor(blockAnchors: Map<number, number[]>, block: number, c: Candidate): void {
  const list = blockAnchors.get(block);
  if (list) list.push(c.first, c.last);
  else blockAnchors.set(block, [c.first, c.last]);
}

/** The entities of `list` named in the document: `list` itself when all are (most often, one of one). */
function inDoc(list: number[], doc: ReadonlySet<number>): number[] {
  let named = 0;
  for (let q = 0; q < list.length; q++) if (doc.has(list[q]!)) named++;
  if (named === list.length) return list;
  const out: number[] = [];
  for (let q = 0; named && q < list.length; q++) if (doc.has(list[q]!)) out.push(list[q]!);
  return out;
}

/** Of `entities`, the one with a full mention nearest before token `at` (else the first after it). */
function nearestBefore(entities: readonly number[], at: number, anchorAt: ReadonlyMap<number, number[]>): number {
  let best = entities[0]!;
  let bestScore = -Infinity;
  for (const e of entities) {
    for (const pos of anchorAt.get(e) ?? []) {
      // Before `at`: the nearer the better; after it: always worse than any before.
      const score = pos < at ? pos : -1e9 - pos;
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
  }
  return best;
}

interface Related {
  /** Anchors of the document related to each entity (relations, country). */
  counts: Map<number, number>;
  /** Anchors of the document belonging to each country. */
  countries: Map<number, number>;
  /** Full mentions of each country and of its actors (an actor named without an anchor counts once). */
  mentions: Map<number, number>;
  /** The same of each territory (Hong Kong, Greenland) and of its own actors. */
  territories: Map<number, number>;
}

interface Context {
  blocks: Int32Array;
  /**
   * The institutional nouns ("commission", "assembly") of the bodies the story names in full, each with the one
   * body it names (NO_HEAD_OWNER when two bodies share it) and the token of its first full mention (see
   * recordHeads).
   */
  heads: Map<number, number>;
  titleCaseBlock: Uint8Array;
  /** Tokens where a non-ambiguous candidate starts / ends: a neighbour that is itself a known name. */
  knownStart: Uint8Array;
  knownEnd: Uint8Array;
  /** Tokens that are the surname alone of a person named in full in the story (see context()). */
  namedSurname: Uint8Array;
  /** Tokens where a candidate that names no place ends, whatever its level ("SPD" in "Union, SPD, Grüne"). */
  otherNameEnd: Uint8Array;
  /** Entities named by anchors anywhere in the document. */
  doc: Set<number>;
  /** Token positions of each entity's anchors, in document order. */
  anchorAt: Map<number, number[]>;
  /** By first token, the entities named in full from there. */
  anchorsFrom: Map<number, number[]>;
  /** The country most of the document is about (see dominant()), or -1. */
  dominantCountry: number;
  /** The territory with its own bodies most of the document is about (Hong Kong), or -1. */
  dominantTerritory: number;
  /** The document's year. */
  year: number;
  related: Related;
  /** Per block, the first and last token of each anchor in it, flat: [first, last, first, last, …]. */
  blockAnchors: Map<number, number[]>;
  /** At the last token of a country's name followed by a possessive ("Kenya's"): that country. */
  countryEndingAt: Map<number, number>;
  /** Every country named in full: [first token, last token, country, …]. */
  countrySpans: number[];
  /** Surnames in Chinese characters the story gives to another country's office-holder ("洪都拉斯外长雷纳"). */
  othersSurnames: Set<string>;
  /** Made when first asked: by hash, the first token of each unknown person's surname (see unknownSurname). */
  unknownSurnames: Map<number, number> | undefined;
  /** Each person a bare surname was read as, and the token where that was first done (see surnameOwner). */
  bareSurnames: Map<number, number>;
}

/**
 * An entity named in full starting at a token from `first` to `last` for which `test` holds, the nearest to
 * `first`, or -1. Read by token (anchorsFrom), not by walking every anchor of the document: asked for most
 * candidates, it was a tenth of a warm scan.
 */
function anchoredBetween(ctx: Context, first: number, last: number, test: (e: number) => boolean): number {
  // Most short names have no name right after them: then the document's mentions need not be walked.
  for (let j = first; j <= last && j < ctx.knownStart.length; j++) {
    if (!ctx.knownStart[j]) continue;
    const entities = ctx.anchorsFrom.get(j);
    for (let q = 0; entities && q < entities.length; q++) if (test(entities[q]!)) return entities[q]!;
  }
  return -1;
}

/** The mention that holds offset `at`, in mentions sorted by start and not overlapping (binary search). */
function mentionAt(mentions: readonly Mention[], at: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (at < m.start) hi = mid - 1;
    else if (at >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** "…, known as MIT", "…, also known as MIT": the token of the acronym after name token `last`, or -1. */
function knownAsAt(text: string, t: Tokens, last: number): number {
  const j = last + (t.hash[last + 1] === ALSO_HASH ? 4 : 3);
  if (j >= t.count || t.hash[j - 2] !== KNOWN_HASH || t.hash[j - 1] !== AS_HASH) return -1;
  return /^,?\s+(?:also\s+)?known\s+as\s+$/.test(text.slice(t.end[last], t.start[j])) ? j : -1;
}

/** Whether `acronym` is the first letters of the capitalized words of tokens first–last. */
function spellsInitials(text: string, t: Tokens, first: number, last: number, acronym: string): boolean {
  const initials = capitalInitials(text, t, first, last);
  if (initials.length < 2) return false;
  if (foldSurface(initials) === foldSurface(acronym)) return true;
  // "National Super Alliance (NASA)": the first letters of each capitalized word, one to MAX_ACRONYM_PART of
  // them, in order; a small word between them may give its first letter or none ("Department of Justice (DOJ)").
  const words: string[] = [];
  const optional: boolean[] = [];
  for (let j = first; j <= last; j++) {
    const small = !(t.flags[j]! & T_CAP_FIRST);
    if (small && !LINKS.has(t.hash[j]!)) continue;
    words.push(foldSurface(text.slice(t.start[j], t.end[j])));
    optional.push(small);
  }
  return spellsPrefixes(words, optional, 0, foldSurface(acronym), 0);
}
/** The most letters a word gives an acronym made of its words' first letters ("NAtional Super Alliance"). */
const MAX_ACRONYM_PART = 3;
/**
 * `acronym` from `at` is made of one to MAX_ACRONYM_PART first letters of each of words[w…], in order; an
 * optional word gives its first letter or nothing.
 */
function spellsPrefixes(
  words: readonly string[],
  optional: readonly boolean[],
  w: number,
  acronym: string,
  at: number,
): boolean {
  if (w === words.length) return at === acronym.length;
  const word = words[w]!;
  if (optional[w]) {
    if (spellsPrefixes(words, optional, w + 1, acronym, at)) return true;
    return at < acronym.length && word[0] === acronym[at] && spellsPrefixes(words, optional, w + 1, acronym, at + 1);
  }
  for (let k = 1; k <= MAX_ACRONYM_PART && k <= word.length && at + k <= acronym.length; k++) {
    if (word[k - 1] !== acronym[at + k - 1]) return false;
    if (spellsPrefixes(words, optional, w + 1, acronym, at + k)) return true;
  }
  return false;
}

/** Token i stands alone in brackets: "(PCA)". */
function inBrackets(text: string, t: Tokens, i: number): boolean {
  return i > 0 && text.charCodeAt(t.start[i]! - 1) === OPEN_PAREN && text.charCodeAt(t.end[i]!) === CLOSE_PAREN;
}

/**
 * The lower-case words that end at token `last`, one for each letter of the acronym, spell it: "prompt corrective
 * action" for PCA, "non-governmental organisation" for NGO. A short function word between them may be spelled or
 * not ("freedom of information" for FOI, "weapons of mass destruction" for WMD): the small words an acronym
 * skips in a body's name too (unknown-bodies' LINKS).
 */
function lowerWordsSpell(text: string, t: Tokens, last: number, acronym: string): boolean {
  const spells = (j: number, k: number): boolean => {
    if (k < 0) return true;
    if (j < 0 || (t.flags[j]! & (T_CASED | T_CAP_FIRST)) !== T_CASED) return false;
    if (foldCode(text.charCodeAt(t.start[j]!)) === foldCode(acronym.charCodeAt(k)) && spells(j - 1, k - 1)) return true;
    return k < acronym.length - 1 && LINKS.has(t.hash[j]!) && spells(j - 1, k);
  };
  return acronym.length >= 2 && spells(last, acronym.length - 1);
}

/** The first letters of the capitalized words among tokens `first`–`last`. */
function capitalInitials(text: string, t: Tokens, first: number, last: number): string {
  let initials = '';
  for (let j = first; j <= last; j++) if (t.flags[j]! & T_CAP_FIRST) initials += text.charAt(t.start[j]!);
  return initials;
}

/**
 * The letters of the acronym text[start, end) are, but for one, the initials of the capitalized words of tokens
 * `first`–`last` in any order: a translated name's native acronym ("National Electoral Council" → CNE).
 */
function initialsShuffled(text: string, t: Tokens, first: number, last: number, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 6 || last === first) return false;
  const initials = [...capitalInitials(text, t, first, last)].map((c) => foldCode(c.charCodeAt(0)));
  let found = 0;
  for (let i = start; i < end; i++) {
    const at = initials.indexOf(foldCode(text.charCodeAt(i)));
    if (at < 0) continue;
    initials[at] = -1;
    found++;
  }
  return found >= 2 && found >= length - 1;
}

/**
 * Token j ends at an apostrophe inside a longer word, as a transliteration writes one ("Ri'ayatuddin"): it is no
 * surname of its own ("Ri" is not Ri Song-hak). The rest must be a long word: Turkish writes a name's endings after
 * an apostrophe ("Putin'in", "Erdoğan'ın"), and English its possessive.
 */
function apostropheInWord(text: string, t: Tokens, j: number): boolean {
  const next = j + 1;
  return (
    next < t.count &&
    t.start[next] === t.end[j]! + 1 &&
    (classOf(text.charCodeAt(t.end[j]!)) & 7) === C_APOS &&
    t.end[next]! - t.start[next] >= MIN_WORD_AFTER_APOSTROPHE &&
    (t.flags[next]! & (T_CASED | T_CAP_FIRST)) === T_CASED
  );
}
/** Letters after an apostrophe that make a word go on, longer than any Turkish case ending ("'ndan"). */
const MIN_WORD_AFTER_APOSTROPHE = 6;

/** The katakana middle dot at `i` between two kanji: "松野博一・前官房長官", a name then its office. */
function kanjiApposition(text: string, i: number): boolean {
  const han = (code: number) => (classOf(code) & 7) === C_CJK;
  return text.charCodeAt(i) === 0x30fb && han(codeAt(text, i - 1)) && han(codeAt(text, i + 1));
}

/**
 * How an office the Japanese press writes after a surname ends: 総理大臣, 農林水産大臣, 外相, 官房長官, 幹事長, 委員長,
 * 副総裁, 代表, 知事, 大統領, 議員. Not the courtesy 氏 ("Mr"), which does not say which person of the name.
 */
const JAPANESE_OFFICE_ENDINGS = [
  '大臣',
  '首相',
  '総理',
  '相',
  '長',
  '長官',
  '総裁',
  '代表',
  '知事',
  '大統領',
  '議員',
  '報道官',
];
/** 前 ("former", of the last holder) and 元 ("ex-") before a Japanese office. */
const JAPANESE_FORMER = /^[前元]/;
/** How well known a person of a shared Japanese surname must be to be read from it and an office (see accept). */
const JAPANESE_SHARED_MIN_PROMINENCE = 3;
/** The national offices among them: the prime minister, a minister (大臣, 外相, 経産相), the chief cabinet secretary, a president. */
const JAPANESE_NATIONAL_OFFICE = /(?:首相|総理|大臣|[^首]相|官房長官|大統領)$/;
/** The longest office so written, in characters ("経済再生担当大臣", "選挙対策委員長"). */
const MAX_JAPANESE_OFFICE = 10;

/**
 * Words the Japanese press writes right after a surname that are no office but still say its person: 氏 (Mr, Ms),
 * 政権 (administration), 内閣 (cabinet), 陣営 (camp), 夫妻 (and spouse), 首相 and 元/前 before an office.
 */
const JAPANESE_AFTER_NAME = ['氏', '政権', '内閣', '陣営', '夫妻', '首相', '元', '前'];

/** A place's ending written onto a name in Chinese and Japanese: city, province, county, road, street (not 市長, mayor). */
const CJK_PLACE_ENDING = /^(?:市(?!長|长)|省(?!長|长)|县|縣|路|街|大道)/;
/**
 * The end of an organization's name within the characters after a country's ("日本経済新聞", "日本貿易保険",
 * "中国銀行"): a newspaper, an insurer, a bank, an association, an airline, a broadcaster, a news agency.
 */
const CJK_ORGANIZATION_ENDING =
  /^[^和与與及、，的・]{0,6}?(?:新聞|新闻|保険|保险|銀行|银行|協会|协会|協會|航空|放送|通信社|日報|日报)/;

/**
 * The end of a name given after a person within the characters after the person's name ("胡志明共产主义青年团",
 * "中山大学"): a youth league, a foundation, a university, a school, a memorial hall, a hospital, an airport.
 */
const CJK_NAMED_AFTER =
  /^[^和与與及、，的・]{0,6}?(?:青年团|青年團|基金会|基金會|大学|大學|中学|中學|小学|小學|纪念馆|紀念館|纪念堂|紀念堂|医院|醫院|机场|機場)/;

/**
 * Offices the Chinese press writes right before a foreigner's transliterated surname (simplified and traditional):
 * president, prime minister, chancellor, king, secretary of state, foreign and defence minister, speaker, spokesman.
 */
const CHINESE_OFFICES =
  `总统 總統 总理 總理 首相 主席 国王 國王 国务卿 國務卿 外长 外長 防长 防長 部长 部長 议长 議長 总书记 總書記 秘书长 秘書長
  发言人 發言人 大使 特使 王储 王儲 埃米尔 埃米爾 苏丹 蘇丹`.split(/\s+/);
/** The longest of them, in characters. */
const MAX_CHINESE_OFFICE = 3;
/** The particles of a possessive in Japanese and Chinese: の, 的. */
const CJK_OF = hashWords(['の', '的']);
/** Conjunctions between two office-holders of one country ("外長黃英賢及內政部長奧尼爾"). */
const CHINESE_AND = '及和与與、';
/** How prominent (1–5) a foreigner must be for the Chinese press's office and surname alone to name them. */
const CHINESE_OFFICE_MIN_PROMINENCE = 3;

/** What follows 军 in a word that is not an army's name: 军售, 军事, 军火, 军工, 军费, 军备 (simplified and traditional). */
const CJK_ARMY_COMPOUND = /^[售事火工费費备備]/;

/** How far on (in characters) cjkRunAfter reads. */
const MAX_CJK_LOOKAHEAD = 8;
/**
 * Words of geography and time that make another name of a place's, in Chinese and Japanese (simplified and
 * traditional): strait, time, peninsula, archipelago, and sea where the run ends there ("日本海で", not "中国海军").
 */
const CJK_PLACE_WORDS = /^(?:海峡|海峽|時間|时间|半島|半岛|列島|列岛|海$)/;
/**
 * A commission's or an office's name ending within the characters after a body's ("大陸委員會", "台灣事務辦公室",
 * "外事工作委员会办公室"), with no word between that would join two names ("和", "与", "及", "、").
 */
const CJK_LONGER_BODY =
  /^(?:[^和与與及、，的]{0,6}?(?:委員會|委员会|委員会|辦公室|办公室)|统战部|統戰部|宣传部|宣傳部|组织部|組織部|联络部|聯絡部)/;

/**
 * What a run of characters written on after a name in Chinese or Japanese rules out, by the run's start:
 * - a word of geography or time makes another name of a place's ("台湾海峡" the Taiwan Strait, "日本時間" Japan time,
 *   "朝鮮半島", "日本海"), as "Strait" does in English;
 * - a commission's or an office's name going on from a body's is that longer body's ("行政院大陸委員會" is the Mainland
 *   Affairs Council, not the Executive Yuan), as is a party department's ("中共中央统战部", the United Front Work
 *   Department, is not the Central Committee);
 * - a place's ending makes a place of a person's name ("胡志明市", "中山路"), and a youth league's, a foundation's, a
 *   university's makes what is named after the person ("胡志明共产主义青年团");
 * - a newspaper's, an insurer's or a bank's name going on from a country's is that name ("日本経済新聞", "日本貿易保険").
 */
const CJK_RUN_RULES: readonly (readonly [RegExp, 'place' | 'person' | 'body'])[] = [
  [CJK_PLACE_WORDS, 'place'],
  [CJK_LONGER_BODY, 'body'],
  [CJK_PLACE_ENDING, 'person'],
  [CJK_NAMED_AFTER, 'person'],
  [CJK_ORGANIZATION_ENDING, 'place'],
];

/** Swedish, Danish and Norwegian (Bokmål, Nynorsk), whose press writes names with a genitive -s alike. */
const NORDIC_LANGUAGES = new Set(['sv', 'da', 'no', 'nb', 'nn']);

function parseYear(date: string | undefined): number {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 0 ? y : new Date().getUTCFullYear();
}

function isTitlecase(t: Tokens, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const f = t.flags[j]!;
    if (f & T_CASED && (!(f & T_CAP_FIRST) || f & T_ALL_CAPS)) return false;
  }
  return true;
}

/** An all-caps word right before or after: a shouted headline, where "US" may just be "us". */
function inAllCapsRun(t: Tokens, first: number, last: number): boolean {
  const caps = (j: number) =>
    j >= 0 && j < t.count && (t.flags[j]! & (T_ALL_CAPS | T_CASED)) === (T_ALL_CAPS | T_CASED);
  // "the EU-US deal", "UK-US talks": two acronyms joined by a hyphen are a pair, not a shout; look past the other.
  let prev = first - 1;
  if (t.flags[first]! & T_AFTER_HYPHEN && caps(prev) && !(t.flags[prev]! & T_BLOCK_START)) prev--;
  let next = last + 1;
  if (next < t.count && t.flags[next]! & T_AFTER_HYPHEN && caps(next)) next++;
  return (
    (prev >= 0 && !(t.flags[prev + 1]! & T_BLOCK_START) && caps(prev)) ||
    (next < t.count && !(t.flags[next]! & T_BLOCK_START) && caps(next))
  );
}

/**
 * Finnish case endings, longest first: genitive -n ("Orpon"), partitive -a/-ta, illative -Vn ("Ukrainaan"), the
 * local cases ("Venäjällä", "Putinille") and -na, -ksi. A name ending in a consonant takes them after an -i-
 * ("Putinin", "Trumpista").
 */
const FINNISH_ENDINGS =
  'ssa ssä sta stä lla llä lta ltä lle ksi tta ttä na nä ta tä an än en in on un yn ön n a ä'.split(' ');

/**
 * The index's word for a capitalized Finnish word without its case ending, or -1: "Putinille" → "Putin",
 * "Orpon" → "Orpo", "Suomen" → "Suomi" (a final -i turns to -e- before an ending). The stem keeps three letters.
 */
function finnishStem(index: MatchIndex, text: string, start: number, end: number): number {
  for (const ending of FINNISH_ENDINGS) {
    const stop = end - ending.length;
    if (stop - start < 3 || !text.endsWith(ending, end)) continue;
    let id = lookupPart(index, text, start, stop);
    const last = text.charCodeAt(stop - 1);
    if (id < 0 && last === 0x69 /* i */ && stop - 1 - start >= 3) id = lookupPart(index, text, start, stop - 1);
    if (id < 0 && last === 0x65 /* e */) {
      const word = `${text.slice(start, stop - 1)}i`;
      id = lookupPart(index, word, 0, word.length);
    }
    if (id >= 0) return id;
  }
  return -1;
}

/**
 * Turkish case endings after a name's final possessive vowel, with their buffer consonant, longest first: ablative
 * "-ndan", genitive "-nın", locative "-nda", dative "-na", accusative "-nı", instrumental "-yla" ("Bakanlığından",
 * "Mahkemesinin", "Meclisinde", "Bakanlığına", "Bakanlığını", "Bakanlığıyla"). A proper name written otherwise takes
 * its ending after an apostrophe, which the tokenizer reads as the possessive's ("Türkiye'nin").
 */
const TURKISH_ENDINGS = 'ndan nden nın nin nun nün nda nde yla yle na ne nı ni nu nü'.split(' ');
const TURKISH_POSSESSIVE_VOWELS = 'ıiuü';

/**
 * The index's word for a capitalized Turkish word without the case ending after its possessive, or -1:
 * "Bakanlığına" → "Bakanlığı", "Mahkemesinin" → "Mahkemesi". The stem keeps three letters and ends in the vowel.
 */
function turkishStem(index: MatchIndex, text: string, start: number, end: number): number {
  for (const ending of TURKISH_ENDINGS) {
    const stop = end - ending.length;
    if (stop - start < 3 || !text.endsWith(ending, end)) continue;
    if (!TURKISH_POSSESSIVE_VOWELS.includes(text[stop - 1]!)) continue;
    const id = lookupPart(index, text, start, stop);
    if (id >= 0) return id;
  }
  return -1;
}

/** The token that starts at offset `start`, or -1 (binary search: tokens are in text order). */
function tokenAt(t: Tokens, start: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = t.start[mid]!;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Whether two names, in two languages, share a word's first four letters, folded ("Democrática" and "Democratic";
 * "nationale" and "National"; y read as i: "Siria", "Syrian").
 */
function sharesStem(a: string, b: string): boolean {
  const stems = (name: string) =>
    new Set(
      foldSurface(name)
        .replace(/y/g, 'i')
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4)
        .map((w) => w.slice(0, 4)),
    );
  const theirs = stems(b);
  for (const stem of stems(a)) if (theirs.has(stem)) return true;
  return false;
}

/** Whether the user muted the actor `id`, or the surface text[start, end) (MatchOptions). */
function isMuted(text: string, start: number, end: number, id: string, options: MatchOptions): boolean {
  if (options.mutedIds?.has(id)) return true;
  return !!options.mutedSurfaces?.size && options.mutedSurfaces.has(foldSurface(text.slice(start, end)));
}

/** Every order of the letters of `word`, each once. */
function letterOrders(word: string): Set<string> {
  if (word.length <= 1) return new Set([word]);
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++)
    for (const rest of letterOrders(word.slice(0, i) + word.slice(i + 1))) out.add(word[i]! + rest);
  return out;
}

/** The dictionary id of part of a token (a clitic or an ending cut off), with `prefix` put before it. */
function lookupPart(index: MatchIndex, text: string, start: number, end: number, prefix = ''): number {
  return index.lookup(text, start, end, hashRange(text, start, end, prefix), prefix);
}

/**
 * The country of the name in `ctx.countrySpans` that starts (`side` 0) or ends (`side` 1) at token `token`, or -1.
 */
function countrySpanAt(ctx: Context, token: number, side: 0 | 1): number {
  const spans = ctx.countrySpans;
  for (let q = 0; q < spans.length; q += 3) if (spans[q + side] === token) return spans[q + 2]!;
  return -1;
}

function hashRange(text: string, start: number, end: number, prefix: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) hash = Math.imul(hash ^ prefix.charCodeAt(i), FNV_PRIME);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // As the tokenizer hashes a word: without the marks it ignores, nor the gershayim of a Hebrew acronym ("צה\"ל"
    // in "בצה\"ל").
    if ((classOf(code) & 7) === C_IGNORE || (code === 34 && hebrewQuote(text, i))) continue;
    hash = Math.imul(hash ^ foldCode(code), FNV_PRIME);
  }
  return finishHash(hash);
}
