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
 *
 * This file holds the Matcher's state and the order of its passes; the passes and the rules they apply are
 * functions of that state in the modules beside it: token-reading.ts (each word against the index, the text's
 * language), candidate-walk.ts and candidate-case.ts (pass 1), story-context.ts (pass 2), accept.ts with
 * word-vetoes.ts, longer-names.ts, offices.ts, story-countries.ts, own-bodies.ts and east-asian-rules.ts (pass 3),
 * document-passes.ts (acronyms, royals, settling) and unknown-pass.ts (people the base does not know, or knows
 * in another spelling). Shared shapes, words and helpers: match-types.ts, match-words.ts, match-helpers.ts.
 */
import { acceptAtSomeLevel } from './accept';
import { collect } from './candidate-walk';
import { createSplits } from './clitics';
import {
  definedAcronyms,
  dropConceptAcronyms,
  dropInsideLongerBodies,
  partyOfAcronymAfter,
  royalGivenNames,
  settle,
} from './document-passes';
import { japaneseOfficeAfter, withCountryLetters, withWireCredits } from './east-asian-rules';
import { familyGivenNames, kinGivenNames, pairedGivenNames } from './given-names';
import { HEBREW } from './abjad-scripts';
import {
  withAbjadPeople,
  withHanPeople,
  withHangulPeople,
  withKatakanaPeople,
  withKatakanaSurnames,
} from './sound-people';
import { primaryLanguage } from './language-tag';
import { dominant, isMuted, parseYear, ref, refEntity, refIndex } from './match-helpers';
import { KIND_CODES, NATIONAL_KINDS, W_STOPWORD, W_TITLE } from './index-flags';
import { type MatchIndex } from './match-index';
import { type Candidate, Level } from './match-types';
import { CLERICAL_TITLES, GIVEN_NAME_TITLE_HASHES, MIN_TOKEN_CAPACITY, TOKENIZER_PRIMER } from './match-words';
import { officeBefore } from './offices';
import { context, pastFiguresName, relatedCounts } from './story-context';
import { lookupTokens } from './token-reading';
import { T_CAP_FIRST, type Tokens, createTokens, hashFolded, tokenize } from './tokenize';
import { coveredBuf, withUnknownPeople } from './unknown-pass';
import { WordCache } from './word-cache';
import { pressNamedByWords } from './word-vetoes';

/** How the press styles a peer before the territorial name (startAfterTitles). */
const PEER_TITLES = new Set(['lord', 'lady', 'baron', 'baroness']);

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

/**
 * The members below are read and written by the pass modules (see the file's header), so they are not private;
 * callers use only the constructor, match() and nameOf().
 */
export class Matcher {
  readonly tokens: Tokens = createTokens(MIN_TOKEN_CAPACITY);

  /** The text being matched (for the few checks that read a token's letters). */
  text = '';

  /** Per dictionary word, the stamp of the last scan that saw it in lower case (cleared once in 255 scans). */
  lowerSeen: Uint8Array[] = [];

  scan = 0;

  /** Per-token context arrays, reused from scan to scan (see context()). */
  blocksBuf = new Int32Array(0);

  knownStartBuf = new Uint8Array(0);

  knownEndBuf = new Uint8Array(0);

  namedSurnameBuf = new Uint8Array(0);

  otherNameEndBuf = new Uint8Array(0);

  tokenIds: Int32Array[] = [];

  /** Per index and token, the trie node of the token as a name's first word (child of the root), or -1. */
  rootNodes: Int32Array[] = [];

  cliticIds: Int32Array[] = [];

  cliticSkip = new Uint8Array(0);

  /**
   * Per index and token, the id of the word without a German or Scandinavian genitive -s ("Putins") or a Korean particle
   * ("국회의"), or -1.
   */
  genitiveIds: Int32Array[] = [];

  /** Per token, the code units of its Korean particle, which a name's span leaves out (0 for a genitive -s). */
  suffixTrim = new Uint8Array(0);

  /** The text being matched has German or Scandinavian genitives or Korean particles to read (lookupGenitives). */
  suffixed = false;

  readonly particleLengths: number[] = [];

  /** The text being matched is German (readLanguage): genitives and noun-named papers are read so. */
  german = false;

  /** The text being matched is Italian (readLanguage): acronyms may be written as words ("Onu", "Bce"). */
  italian = false;

  /** The text being matched is Swedish, Danish or Norwegian (readLanguage): names take a genitive -s. */
  nordic = false;

  /** The text being matched is Finnish (readLanguage): names take case endings. */
  finnish = false;

  /** The text being matched is Turkish (readLanguage): a name ending in the possessive takes case endings. */
  turkish = false;

  /** The text being matched is Spanish (readLanguage): "EU" is Estados Unidos. */
  spanish = false;

  /**
   * The text being matched is in Latin letters but not English (readLanguage): names the knowledge base spells the
   * English way may be written in the text's own spelling (namesBySound).
   */
  foreignLatin = false;

  /** Some index files people by sound and knows English's stopwords (see the constructor). */
  readonly readsBySound: boolean;

  /** The primary language subtag the document declares ("de" of "de-AT"), lower case; '' if none. */
  declaredLang = '';

  /** The text being matched has Korean words (readLanguage), whose particles lookupGenitives reads off. */
  korean = false;

  /** The text being matched has words in kana (readLanguage): Japanese, whose press writes an office after a surname. */
  japanese = false;

  /** The text being matched has words in Arabic script (readLanguage): see unknown-people-arabic.ts. */
  arabicScript = false;

  /** The text being matched has Hebrew words (readLanguage), whose foreigners' names may be read by sound. */
  hebrew = false;

  /** The text being matched has Chinese characters (readLanguage): Chinese, or Japanese with kana. */
  han = false;

  readonly scratchRefs: number[] = [];

  readonly splits = createSplits();

  /** Per index, how each word was last read (see word-cache.ts). */
  readonly wordCaches: WordCache[];

  readonly scratchLevels: Level[] = [];

  readonly scratchOnlyInFull: boolean[] = [];

  /** W_* flags of each token (titles, particles, cues…), merged over the indexes. */
  tokenWords = new Uint32Array(0);

  /** First and last tokens of each body's full name read as part of a longer body's name (bodyHeadAfter). */
  readonly longerBodies: number[] = [];

  /** Per token, 1 where a mention of a known actor covers it (for unknown-people.ts). */
  covered = new Uint8Array(0);

  constructor(readonly indexes: readonly MatchIndex[]) {
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
    lookupTokens(this, text, t);
    const year = parseYear(options.date);
    const candidates = collect(this, text, t);
    // A minor figure of the past named in full names no one until the story supports it (accept()).
    for (let q = 0; q < candidates.length; q++) {
      const c = candidates[q]!;
      if (c.level === Level.Anchor && pastFiguresName(this, c, year)) c.level = Level.Ambiguous;
    }
    // Pass 2: anchors name the document's entities; related entities support each other's ambiguous names.
    const ctx = context(this, t, candidates);
    for (const id of options.contextIds ?? []) {
      const r = this.refOf(id);
      if (r >= 0) ctx.doc.add(r);
    }
    const related = relatedCounts(this, ctx.doc, ctx.anchorAt);
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
      if (!acceptAtSomeLevel(this, c, t, ctx)) {
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
      settle(this, c, year, ctx);
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
            officeBefore(this, t, c.first) &&
            !GIVEN_NAME_TITLE_HASHES.has(t.hash[c.first - 1]!) &&
            !CLERICAL_TITLES.has(t.hash[c.first - 1]!)) ||
            japaneseOfficeAfter(this, t, c) !== '') &&
          !ctx.anchorsFrom.get(c.first)?.some((e) => e !== c.chosen);
        if ((c.level === Level.Ambiguous || titled) && !ctx.doc.has(c.chosen)) {
          ctx.doc.add(c.chosen);
          // Its country is named now, as an anchor's is (relatedCounts): "Congo's army … M23 rebels", where "Congo"
          // is settled only by the story, names the country whose rebels M23 are.
          const country = this.kindOf(c.chosen) === 'country' ? c.chosen : this.countryOf(c.chosen);
          if (country >= 0) ctx.related.countries.set(country, (ctx.related.countries.get(country) ?? 0) + 1);
          found = true;
        }
      }
      for (let q = 0; found && q < doubted.length; q++) {
        const c = doubted[q]!;
        // Not places, whose every use is judged by the words around it ("Georgia" the state and the country
        // in one story), nor papers named by common words where capitals say nothing ("الشرق الأوسط"). A
        // state's short name ("the Kingdom", "المملكة") is a surname: it names the state the story names.
        if ((c.level !== Level.Surname && this.anyPlace(c.entities)) || pressNamedByWords(this, c, t)) continue;
        if (!acceptAtSomeLevel(this, c, t, ctx)) continue;
        settle(this, c, year, ctx);
        accepted.push(c);
      }
    }
    dropConceptAcronyms(text, t, accepted);
    definedAcronyms(this, text, t, accepted);
    partyOfAcronymAfter(this, text, t, accepted);
    royalGivenNames(this, text, t, accepted);
    pairedGivenNames(this, t, accepted);
    familyGivenNames(this, t, accepted);
    kinGivenNames(this, t, accepted);
    if (this.longerBodies.length) dropInsideLongerBodies(this, accepted);

    // Longest first at each start; among equals, the more certain level.
    accepted.sort((a, b) => a.start - b.start || b.end - a.end || a.level - b.level);
    const out: Mention[] = [];
    let lastEnd = -1;
    const covered = options.unknownPeople === false ? undefined : coveredBuf(this, n);
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
      // A title the knowledge base writes into a person's alias ("Ayatollah Ali Khamenei", "Crown Prince Mohammed bin
      // Salman", "King Hussein") helps read the name but is not part of the span, as "President" before "Biden" is not.
      const start = this.wordFlags(c.first) & W_TITLE && this.isPerson(c.chosen) ? this.startAfterTitles(c) : c.start;
      if (isMuted(text, start, c.end, id, options)) continue;
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
      out.push(alts ? { start, end: c.end, id, alts } : { start, end: c.end, id });
      lastKept = c;
      lastEnd = c.end;
    }
    let found = covered ? withUnknownPeople(this, text, t, ctx, covered, out, options, bare) : out;
    // Korean writes foreigners' names in hangul, Chinese with a middle dot, Japanese in katakana: other text costs no
    // more than a test each.
    if (this.readsBySound) {
      if (this.hebrew) found = withAbjadPeople(this, HEBREW, text, found, year, ctx.dominantCountry, options);
      if (this.korean) found = withHangulPeople(this, text, found, year, ctx.dominantCountry, options);
      else if (this.han && !this.japanese && text.includes('·'))
        found = withHanPeople(this, text, found, year, ctx.dominantCountry, options);
    }
    if (!this.japanese) return found;
    const katakana = withKatakanaPeople(this, text, found, year, ctx.dominantCountry, options);
    const letters = withCountryLetters(
      this,
      text,
      this.readsBySound ? withKatakanaSurnames(this, text, katakana, year, ctx.dominantCountry, options) : katakana,
      options,
    );
    return withWireCredits(this, text, letters, options);
  }

  /**
   * Where a person's name starts after the titles opening its span: "Ali Khamenei" of "Ayatollah Ali Khamenei". Not a
   * word of the person's English name itself ("Sheikh Hasina", "Prince Harry, Duke of Sussex", a peer's "Lord Reed"),
   * nor the span's last word.
   */
  startAfterTitles(c: Candidate): number {
    const name = ` ${this.englishName(c.chosen).toLowerCase().replace(/,/g, '')} `;
    let f = c.first;
    // A peer is "Lord True" whose name says "Baron True".
    const peer = / (?:baron|baroness|lord|lady|viscount|earl) /.test(name);
    while (f < c.last && this.wordFlags(f) & W_TITLE) {
      const word = this.tokenText(f).replace(/\.$/, '');
      if (name.includes(` ${word} `) || (peer && PEER_TITLES.has(word))) break;
      f++;
    }
    return this.tokens.start[f]!;
  }

  isPlaceCandidate(c: Candidate): boolean {
    for (let q = 0; q < c.entities.length; q++) if (!this.isPlace(c.entities[q]!)) return false;
    return true;
  }

  anyPlace(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPlace(entities[q]!)) return true;
    return false;
  }

  anyPerson(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPerson(entities[q]!)) return true;
    return false;
  }

  anyPress(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (this.isPress(entities[q]!)) return true;
    return false;
  }

  allNational(entities: readonly number[]): boolean {
    for (let q = 0; q < entities.length; q++) if (!this.isNational(entities[q]!)) return false;
    return true;
  }

  /**
   * An actor of one country (a party, a state body, a newspaper, a company): its shared bare name is read
   * only in its country's context ("Democratic Party"; "MK", a Moscow daily and a South African party).
   */
  isNational(r: number): boolean {
    const kind = this.kindOf(r);
    if (kind === undefined || !NATIONAL_KINDS.has(kind)) return false;
    // Of a country, not of the European Union ("Ppe", the European People's Party, is no Italian party).
    const country = this.countryOf(r);
    return country >= 0 && this.kindOf(country) !== 'international-organization';
  }

  kindOf(r: number): (typeof KIND_CODES)[number] | undefined {
    return KIND_CODES[this.indexes[refIndex(r)]!.entKind[refEntity(r)]!];
  }

  prominence(r: number): number {
    return this.indexes[refIndex(r)]!.entProminence[refEntity(r)]!;
  }

  isPerson(r: number): boolean {
    return this.kindOf(r) === 'person';
  }

  /** The entity's country as a global reference, or -1. */
  countryOf(r: number): number {
    const c = this.indexes[refIndex(r)]!.entCountry[refEntity(r)]!;
    return c >= 0 ? ref(refIndex(r), c) : -1;
  }

  // Tests passed to listedWith, made once (bound to this matcher).
  readonly isCountry = (r: number): boolean => this.kindOf(r) === 'country';

  readonly isMedia = (r: number): boolean => this.kindOf(r) === 'media';

  /** A newspaper, a channel or a company: names that are often common phrases ("الشرق الأوسط"). */
  isPress(r: number): boolean {
    const kind = this.kindOf(r);
    return kind === 'media' || kind === 'organization';
  }

  isPlace(r: number): boolean {
    const kind = this.kindOf(r);
    return kind === 'country' || kind === 'territory' || kind === 'city';
  }

  refOf(id: string): number {
    for (let k = 0; k < this.indexes.length; k++) {
      const e = this.indexes[k]!.indexOfId(id);
      if (e >= 0) return ref(k, e);
    }
    return -1;
  }

  /**
   * The people the indexes file under these pairs of sound keys (katakana-names.ts), as refs: index by index, pair by
   * pair, in the order filed (a person may come twice).
   */
  soundPeople(pairs: readonly (readonly [string, string])[]): number[] {
    const refs: number[] = [];
    for (let k = 0; k < this.indexes.length; k++)
      for (const [given, surname] of pairs)
        for (const e of this.indexes[k]!.soundPeople(given, surname)) refs.push(ref(k, e));
    return refs;
  }

  /** The entity's canonical English name. */
  /** The people of the knowledge base of country `country` (a reference), listed once per matcher. */
  peopleOf(country: number): readonly number[] {
    if (!this.peopleByCountry) {
      this.peopleByCountry = new Map();
      for (let k = 0; k < this.indexes.length; k++) {
        const index = this.indexes[k]!;
        for (let e = 0; e < index.entityCount; e++) {
          const r = ref(k, e);
          if (!this.isPerson(r)) continue;
          const c = this.countryOf(r);
          const list = this.peopleByCountry.get(c);
          if (list) list.push(r);
          else this.peopleByCountry.set(c, [r]);
        }
      }
    }
    return this.peopleByCountry.get(country) ?? [];
  }

  private peopleByCountry: Map<number, number[]> | undefined;

  englishName(r: number): string {
    return this.indexes[refIndex(r)]!.name(refEntity(r));
  }

  idOf(r: number): string {
    return this.indexes[refIndex(r)]!.id(refEntity(r));
  }

  /** The token's text as written, lower-cased (only for the rare checks that need it). */
  tokenText(j: number): string {
    return this.text.slice(this.tokens.start[j], this.tokens.end[j]).toLowerCase();
  }

  wordFlags(j: number): number {
    return this.tokenWords[j]!;
  }
}
