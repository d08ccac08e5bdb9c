/**
 * Every surface form an entity answers to, with the flags the matcher needs to use it safely.
 * The canonical name, the names in other languages and the listed aliases are merged by text; an alias
 * object repeating a name's text sets that name's flags (so "Georgia" can be marked ambiguous).
 * Pure.
 */
import type { EntityInput } from './schema';
import { foldKey } from '../core/fold';
import { ARABIC_ARTICLES, NAME_PARTICLES, PATRONYMIC_PARTICLES } from '../core/particles';
import type { ALIAS_TYPES } from './schema';

export type AliasType = (typeof ALIAS_TYPES)[number];

export interface AliasEntry {
  text: string;
  type: AliasType;
  exactCase: boolean;
  ambiguous: boolean;
  standalone: boolean;
  /** Languages the form is a name in (empty: any/unspecified). */
  langs: string[];
  /** True for forms the build derived (a surname from a full name), not written in knowledge/. */
  derived?: boolean;
  /** A Spanish name's first surname, derived: dropped where it is also a given name. */
  paternal?: boolean;
  /** The other of British and American spelling, derived: dropped where another entity has that form. */
  spelling?: boolean;
}

/** The alias is an English form, or one of no language in particular. */
export function inEnglish(a: AliasEntry): boolean {
  return !a.langs.length || a.langs.includes('en');
}

/** Particles that belong to a surname ("al-Assad", "von der Leyen") or must not stand alone. */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, ...ARABIC_ARTICLES, 'das', 'la', 'le', 'ben']);
const ARTICLE = `(?:${ARABIC_ARTICLES.join('|')})`;
/** An Arabic article hyphenated to the word after it: "al-" of "al-Assad". */
const ARTICLE_HYPHEN = new RegExp(`^${ARTICLE}-`, 'i');
/** A surname made of an article and a capitalized word: "al-Assad", "al Assad". */
const ARTICLE_AND_NAME = new RegExp(`^${ARTICLE}[-\\s](\\p{Lu}.+)$`, 'u');
/**
 * Languages whose press writes a world-famous person's surname alone, as the English does: in other scripts, and in
 * the European press's own spellings ("Poutine a dit", "Łukaszenka ogłosił").
 */
const STANDALONE_SURNAME_LANGS = new Set([
  'ru',
  'uk',
  'ar',
  'fa',
  'he',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'tr',
]);
/** Name particles as the Japanese press writes them in katakana: "ド・ゴール", "フォン・デア・ライエン", "ビン・サルマン". */
const JAPANESE_PARTICLES = new Set(
  'ド デ ダ ディ デル デア ドス ダス フォン ファン ヴァン ラ ル ビン アル エル'.split(' '),
);
/** Where a person's name opens with the family name, in English usage too, or where no surname exists. */
export const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN', 'KH', 'MN', 'MM', 'SG']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * A surname for a Western- or Middle-Eastern-order full name: the last word with its particles
 * ("Bashar al-Assad" → "al-Assad"). None for patronymic chains ("Mohammed bin Salman"), monarchs
 * ("Charles III"), one-word names, or names whose family name comes first.
 */
export function deriveSurname(name: string, countryIso2: string | undefined): string | undefined {
  // Vietnamese names open with the family name, but the press calls people by the last word, their given
  // name ("Nguyen Phu Trong" → "Mr Trong", "To Lam" → "Lam"), as it would a surname.
  if (countryIso2 === 'VN') return lastGivenName(name);
  if (countryIso2 && FAMILY_NAME_FIRST.has(countryIso2)) {
    const family = familyNameFirst(name, countryIso2);
    // An English-style name of Singapore, Hong Kong, Taiwan or Macau ("Lawrence Wong", "John Lee", "William
    // Lai") ends with the family name, as in the West: "Mr Wong".
    if (family || !ENGLISH_STYLE_TOO.has(countryIso2) || name.split(/\s+/).length !== 2) return family;
  }
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/,$/, ''))) words.pop();
  if (words.length < 2) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => w === 'bin' || w === 'ibn' || w === 'bint' || w === 'of')) return undefined;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last.replace(ARTICLE_HYPHEN, ''))) return undefined;
  let i = words.length - 1;
  while (i > 1 && SURNAME_PARTICLES.has(lower[i - 1]!)) i--;
  const surname = words.slice(i).join(' ');
  return surname.length >= 3 ? surname : undefined;
}

function lastGivenName(name: string): string | undefined {
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  return words.length >= 2 && last && /^\p{Lu}\p{Ll}+$/u.test(last) && last.length >= 3 ? last : undefined;
}

/** Places where many people also go by an English given name before the family name. */
const ENGLISH_STYLE_TOO = new Set(['SG', 'HK', 'TW', 'MO']);
/** Where the press names people by a family name written first: "Yoon" after "Yoon Suk Yeol", "Xi". */
const FAMILY_FIRST_SURNAMED = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG']);

/**
 * The family name of a name written family name first: its first word, when the name is clearly in that
 * order ("Yoon Suk Yeol", "Lai Ching-te", "Xi Jinping"). Not for English-style names of the same places
 * ("Carrie Lam", "William Lai"), nor where the press uses the given name (Vietnam, Cambodia, Myanmar).
 */
function familyNameFirst(name: string, countryIso2: string): string | undefined {
  if (!FAMILY_FIRST_SURNAMED.has(countryIso2)) return undefined;
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return undefined;
  const clearly =
    words.length >= 3 || words.slice(1).some((w) => w.includes('-')) || ['CN', 'KP'].includes(countryIso2);
  return clearly ? words[0] : undefined;
}

/** Strips a leading Arabic article for the bare form readers also use ("al-Assad" → "Assad"). */
function withoutArticle(surname: string): string | undefined {
  const m = ARTICLE_AND_NAME.exec(surname);
  return m ? m[1] : undefined;
}

/** The languages of two forms of one text together; none (every language) if either has none. */
function unionLangs(a: readonly string[], b: readonly string[]): string[] {
  return a.length && b.length ? [...new Set([...a, ...b])] : [];
}

export function aliasEntries(e: EntityInput, countryIso2?: string): AliasEntry[] {
  const byText = new Map<string, AliasEntry>();
  const add = (entry: AliasEntry) => {
    const prev = byText.get(entry.text);
    if (!prev) {
      byText.set(entry.text, entry);
      return;
    }
    // A written alias refines a name with the same text; derived forms never override written ones. The same
    // derived surname from another language's name adds that language: "Назарбаев" from the Kazakh name
    // (which the matcher does not read) is also the Russian one (which it reads and inflects).
    if (entry.derived) {
      if (prev.derived && entry.langs.length) prev.langs = unionLangs(prev.langs, entry.langs);
      return;
    }
    if (entry.type === 'name' && prev.type !== 'name' && entry.langs.length) {
      // The same text as a name in another language adds that language only.
      prev.langs = unionLangs(prev.langs, entry.langs);
      return;
    }
    byText.set(entry.text, {
      ...prev,
      type: entry.type !== 'name' ? entry.type : prev.type,
      exactCase: entry.exactCase || prev.exactCase,
      ambiguous: entry.ambiguous || prev.ambiguous,
      standalone: entry.standalone || prev.standalone,
      langs: unionLangs(prev.langs, entry.langs),
      derived: false,
    });
  };
  const plain = (text: string, lang?: string): AliasEntry => ({
    text,
    // A name written in capitals ("DR", "ANF") is an acronym: "Dr" and "dr" are other words.
    type: isAcronymLike(text) ? 'acronym' : 'name',
    exactCase: isAcronymLike(text) || isCamelCased(text),
    // "Democratic Party", "Labour Party": parties of several countries; the context must say which. A name
    // that is a number ("444", a Hungarian news site) is a number in most texts.
    ambiguous: (e.kind === 'political-party' && isGenericPartyName(text)) || /^\d+$/.test(text),
    standalone: false,
    langs: lang ? [lang] : [],
  });

  add(plain(e.name, 'en'));
  for (const [lang, text] of Object.entries(e.names ?? {})) add(plain(text, lang));
  for (const a of e.aliases ?? []) {
    if (typeof a === 'string') {
      add(plain(a));
      continue;
    }
    const type = a.type ?? 'name';
    add({
      text: a.text,
      type,
      exactCase: a.exactCase ?? (type === 'acronym' || isCamelCased(a.text)),
      ambiguous: a.ambiguous ?? false,
      standalone: a.standalone ?? false,
      langs: a.lang ? [a.lang] : [],
    });
  }
  // A person's surname, derived from the name unless knowledge/ writes one in the name's own (Latin) script: one
  // written in kanji or Hangul for that press ("斉藤" of Tetsuo Saito) still leaves "Saito" to be derived.
  if (
    e.kind === 'person' &&
    !(e.aliases ?? []).some((a) => typeof a !== 'string' && a.type === 'surname' && /\p{Script=Latin}/u.test(a.text))
  ) {
    const surname = deriveSurname(e.name, countryIso2);
    if (surname) {
      // A Korean surname of two letters is also an English word ("In" of In Yo-han, "Oh", "Ha", "Do"): named
      // only once the person is named in full, never by a title before it ("JUSTICE IN AMERICA").
      const word = surname.length <= 2 && (countryIso2 === 'KR' || countryIso2 === 'KP');
      add({ ...derivedShortName(surname, []), ambiguous: word });
      const bare = withoutArticle(surname);
      if (bare) add(derivedShortName(bare, []));
    }
  }
  // The English press writes a German-speaking, Norwegian or Danish person's umlauts and Nordic vowels as two
  // letters, as German and Norwegian themselves do without them: "Stoere" (Reuters) for Støre, "Schroeder" for
  // Schröder. Folding already reads "Store" and "Schroder". Surnames keep their kind ("Stoere said").
  if (e.kind === 'person' && countryIso2 && DIGRAPH_VOWEL_COUNTRIES.has(countryIso2)) {
    for (const a of [...byText.values()]) {
      if ((a.type !== 'name' && a.type !== 'surname') || !inEnglish(a)) continue;
      const other = digraphVowels(a.text);
      if (other !== a.text) add({ ...a, text: other, derived: true });
    }
  }
  // The Dutch press writes Russian, Ukrainian and Caucasian names by Dutch sounds: "Poetin", "Sjojgoe",
  // "Loekasjenko", "Pasjinjan" for Putin, Shoigu, Lukashenko, Pashinyan. The forms are made from the English ones
  // (surnames keep their kind and standing) and tagged Dutch; like any name, they are read in any text.
  if (e.kind === 'person' && countryIso2 && DUTCH_SOUND_COUNTRIES.has(countryIso2)) {
    for (const a of [...byText.values()]) {
      if ((a.type !== 'name' && a.type !== 'surname') || !inEnglish(a)) continue;
      const dutch = dutchSpelling(a.text);
      if (dutch !== a.text) add({ ...a, text: dutch, derived: true, langs: ['nl'] });
      // The Turkish press likewise by Turkish letters: "Koçaryan", "Paşinyan", "Lukaşenko".
      const turkish = turkishSpelling(a.text);
      if (turkish !== a.text) add({ ...a, text: turkish, derived: true, langs: ['tr'] });
    }
  }
  // The Indian and Sri Lankan press write given names as initials: "Vinai Kumar Saxena" is "V K Saxena" (and, the
  // periods being dropped in matching, "V. K. Saxena"; run together, "VK Saxena" and "V.K. Saxena", derived
  // below from this form as from any name written with initials).
  if (e.kind === 'person' && countryIso2 && INITIALS_PRESS.has(countryIso2)) {
    const words = e.name.split(' ');
    if (words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
      const initials = words.slice(0, -1).map((w) => w[0]);
      add(derivedName(`${initials.join(' ')} ${words[words.length - 1]}`));
    }
  }
  // A British peer is "Lord Reed", "Lord True", "Baroness Smith of Basildon": Wikidata writes "Robert John Reed,
  // Lord Reed", "Nicholas True, Baron True". A baron is styled Lord; a title "of" a place is often left off.
  if (e.kind === 'person') {
    const peer = /^[^,]+, (Baron|Baroness|Lord|Lady) (\p{Lu}[\p{L}'-]+)( of .+)?$/u.exec(e.name);
    if (peer) {
      const style = peer[1] === 'Baron' ? 'Lord' : peer[1]!;
      add(derivedName(`${style} ${peer[2]}${peer[3] ?? ''}`));
      if (peer[3]) add({ ...derivedName(`${style} ${peer[2]}`), ambiguous: true });
    }
  }
  // "Kishida Fumio", "Matsuno Hirokazu": NHK, the Japanese government and part of the press write a Japanese name
  // family name first, as Japanese does; the English press mostly the other way round ("Fumio Kishida").
  if (e.kind === 'person' && countryIso2 === 'JP') {
    const words = e.name.split(' ');
    if (words.length === 2 && words.every((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w)))
      add(derivedName(`${words[1]} ${words[0]}`));
  }
  // "M. K. Stalin" is also "MK Stalin" (and "M.K. Stalin"): initials run together, as much of the press writes them.
  if (e.kind === 'person') {
    for (const a of [...byText.values()]) {
      if (a.type !== 'name' || !inEnglish(a)) continue;
      const words = a.text.split(' ');
      let n = 0;
      while (n < words.length - 1 && /^\p{Lu}\.?$/u.test(words[n]!)) n++;
      if (n < 2) continue;
      const joined = words
        .slice(0, n)
        .map((w) => w[0])
        .join('');
      add(derivedName(`${joined} ${words.slice(n).join(' ')}`));
    }
  }
  // "World Health Organisation", "Ethiopian National Defence Force": the British and the American press spell an
  // English name each its own way; a body's names of three words or more are found in both spellings. Not
  // shorter ones: "Defence Department" is Australia's, though the Pentagon is the "Defense Department"; nor a
  // form another entity has (compile.ts): "Department of Defence" is Australia's too.
  if (e.kind !== 'person') {
    for (const a of [...byText.values()]) {
      if (a.type === 'acronym' || !inEnglish(a) || a.text.split(' ').length < 3) continue;
      const other = otherSpelling(a.text);
      if (other !== a.text) add({ ...a, text: other, derived: true, spelling: true });
    }
  }
  // "Ministry of the Interior and Safety" for South Korea's "Ministry of Interior and Safety": the press adds or drops
  // the article of "the Interior" whichever way the body's own English name has it.
  if (e.kind !== 'person') {
    for (const a of [...byText.values()]) {
      if (a.type === 'acronym' || !inEnglish(a)) continue;
      const other = otherInterior(a.text);
      if (other !== a.text) add({ ...a, text: other, derived: true, spelling: true });
    }
  }
  // "the Office of the UN High Commissioner for Human Rights", "the U.N. Interim Force in Lebanon": the English
  // press shortens "United Nations" inside a body's name as it does alone.
  if (e.kind !== 'person') {
    for (const a of [...byText.values()]) {
      if (a.type === 'acronym' || !inEnglish(a) || !/\bUnited Nations /.test(a.text)) continue;
      for (const short of ['UN ', 'U.N. '])
        add({ ...a, text: a.text.replace(/\bUnited Nations /, short), derived: true });
    }
  }
  // German declines a name's adjectives: "die Europäische Union" but "der Europäischen Union", "des Deutschen
  // Bundestages", "beim Internationalen Währungsfonds". The form after an article in every other case (the
  // weak -en) is added; a noun's genitive -s the matcher reads itself.
  if (e.kind !== 'person') {
    // And a German-speaking country's names written without a language that decline so ("Deutsche
    // Presse-Agentur").
    const germanCountry = countryIso2 !== undefined && GERMAN_SPEAKING.has(countryIso2);
    for (const a of [...byText.values()]) {
      if (a.type === 'acronym') continue;
      if (!a.langs.includes('de') && !(germanCountry && inEnglish(a) && /sch(?:e|er|es) /.test(a.text))) continue;
      for (const form of germanDeclinedForms(a.text)) add({ ...a, text: form, langs: ['de'], derived: true });
    }
  }
  if (e.kind === 'person') {
    // "Mario Abdo Benítez" is "Abdo" and "Abdo Benítez" in the press: a Spanish-speaking country's name of three
    // words ends with two surnames, the father's first. The first surname alone is dropped by the build where it is someone's given
    // name ("José Raúl Mulino" has one surname, not "Raúl").
    const words = e.name.split(/\s+/);
    if (
      countryIso2 &&
      PRESS_LANGUAGE.get(countryIso2) === 'es' &&
      words.length === 3 &&
      words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
    ) {
      add(derivedShortName(`${words[1]} ${words[2]}`, []));
      add({ ...derivedShortName(words[1]!, []), paternal: true });
      // "Francisco Morales" for Francisco Morales Saravia: given name and first surname, a full name in the press.
      // Shared by many ("José López" is also Argentina's former public works secretary, not José López
      // Portillo): a name the story's context must support.
      add({ ...derivedName(`${words[0]} ${words[1]}`), paternal: true, ambiguous: true });
    }
    // "Mohammed al-Halbousi" and "Mohamed al-Halbousi": the common given names the English press spells
    // several ways, each way for every person the base writes one way.
    // So are the fathers' names of a patronymic chain: "Sultan bin Mohamed Al-Qasimi" is also "Sultan bin
    // Muhammad Al Qasimi" (one word varied at a time).
    // A Greek or a Cypriot is named by the formal given name or its everyday form ("Nikolaos"/"Nikos
    // Michaloliakos", "Konstantinos"/"Kostas"), the English press using both.
    const greek = countryIso2 === 'GR' || countryIso2 === 'CY';
    for (const a of [...byText.values()]) {
      if (a.type !== 'name' || a.derived || !inEnglish(a)) continue;
      const words = a.text.split(' ');
      for (let i = 0; i < words.length; i++) {
        // The first word of a name of two or more, or a word after "bin".
        if (i === 0 ? words.length < 2 : !PATRONYMIC_PARTICLES.includes(words[i - 1]!.toLowerCase())) continue;
        const spellings = [
          ...(GIVEN_NAME_SPELLINGS.get(words[i]!) ?? []),
          ...((greek && i === 0 && GREEK_GIVEN_NAMES.get(words[i]!)) || []),
        ];
        for (const v of spellings)
          if (v !== words[i]) add(derivedName(words.map((w, k) => (k === i ? v : w)).join(' ')));
      }
    }
    // The Polish press spells Czech and Slovak names in Polish ("Andrej Babisz", "Wit Rakuszan"), and declines
    // them (compile.ts): "Andreja Babisza".
    if (countryIso2 === 'CZ' || countryIso2 === 'SK') {
      for (const a of [...byText.values()]) {
        if ((a.type !== 'name' && a.type !== 'surname') || !inEnglish(a)) continue;
        const polish = polishSpelling(a.text);
        if (polish !== a.text) add({ ...a, text: polish, langs: ['pl'], derived: true, standalone: false });
      }
    }
    // The English press writes the short vowel of an Arabic name's last syllable either way: "Khalid"/"Khaled",
    // "Salim"/"Salem", "Ghanim"/"Ghanem" ("Marzouq Al-Ghanem" in the Kuwait Times, "Al-Ghanim" elsewhere). A
    // person of an Arab country is found under both, one word varied at a time, as written aliases are.
    if (countryIso2 && ARAB_COUNTRIES.has(countryIso2)) {
      for (const a of [...byText.values()]) {
        if ((a.type !== 'name' && a.type !== 'surname') || !inEnglish(a)) continue;
        const words = a.text.split(' ');
        words.forEach((w, i) => {
          const v = arabicVowelVariant(w);
          if (v)
            add({ ...a, text: words.map((x, k) => (k === i ? v : x)).join(' '), derived: true, standalone: false });
        });
      }
    }
    // The Russian press names a Ukrainian by the Russian form of the given name ("Александр Тарнавский" for
    // "Олександр Тарнавський"); the surname's spellings already fold alike (fold.ts).
    for (const a of [...byText.values()]) {
      if (a.type !== 'name' || !a.langs.includes('uk')) continue;
      const russian = russianGivenName(a.text);
      if (russian) add({ ...derivedName(russian), langs: ['ru'] });
    }
    // Surnames in the other scripts too: after "Сергей Лавров", "Лаврова" alone; after "علي خامنئي", "خامنئي".
    // Standalone only as the person's surname in Latin letters is (knowledge/ says so of the world-famous: "Trump",
    // so "טראמפ" and "ترامپ"), in the scripts whose press writes such a surname alone without a title.
    const famous = [...byText.values()].some(
      (a) => a.type === 'surname' && a.standalone && /\p{Script=Latin}/u.test(a.text),
    );
    for (const [lang, text] of Object.entries(e.names ?? {})) {
      const surname = deriveForeignSurname(text, lang, countryIso2);
      // A surname that is also a common adjective ("المصري", 'the Egyptian', of Taher al-Masri; "السوداني" of
      // Mohammed Shia al-Sudani) names its person only once named in full: "الرئيس المصري" is 'the Egyptian
      // president', not an office before a surname.
      const adjective = surname !== undefined && COMMON_ADJECTIVE_SURNAMES.has(surname);
      if (surname)
        add({
          ...derivedShortName(surname, [lang]),
          ambiguous: adjective,
          // Not one with the Arabic article: "الأسد" is also 'the lion'.
          standalone: famous && !adjective && STANDALONE_SURNAME_LANGS.has(lang) && !surname.startsWith('ال'),
        });
    }
    // The Chinese press names a foreigner by the transliterated surname alone, after the office ("美国总统特朗普",
    // "法国总统马克龙"), seldom in full ("唐纳德·特朗普"): the part after the interpunct stands alone, where
    // it is three characters or more (two-character ones, "拜登", "莫迪", are ordinary syllables too often).
    const chinese = e.names?.zh;
    const dot = chinese ? chinese.lastIndexOf('·') : -1;
    if (chinese && dot > 0 && /^\p{Script=Han}{2,}$/u.test(chinese.slice(dot + 1))) {
      // A two-character one ("拜登", "莫迪") only after the full name or an office, as any surname.
      const surname = chinese.slice(dot + 1);
      add({ ...derivedShortName(surname, ['zh']), standalone: surname.length >= 3 });
    }
    // The Japanese press likewise, after a full mention ("アルベルト・フジモリ元大統領 … フジモリ氏"): the katakana
    // after the last middle dot, as a surname (standalone only where knowledge/ says so). Not where a particle comes
    // before it ("シャルル・ド・ゴール": ゴール is 'goal') nor for a family name written first ("リー・クアンユー").
    const japanese = e.names?.ja;
    const jdot = japanese ? japanese.lastIndexOf('・') : -1;
    if (
      japanese &&
      jdot > 0 &&
      /^[\p{Script=Katakana}ー]{3,}$/u.test(japanese.slice(jdot + 1)) &&
      !JAPANESE_PARTICLES.has(japanese.slice(japanese.lastIndexOf('・', jdot - 1) + 1, jdot)) &&
      !(countryIso2 && FAMILY_NAME_FIRST.has(countryIso2))
    )
      add(derivedShortName(japanese.slice(jdot + 1), ['ja']));
    // The Korean press names a Korean by the surname and the office on second reference ("윤 대통령", "이 대표", "김
    // 여사"): the first syllable of a name of two or three Hangul syllables. Shared by millions, so only once the
    // person is named in full (ambiguous), and the matcher reads it only before an office (korean.ts).
    const korean = e.names?.ko;
    if (korean && /^\p{Script=Hangul}{2,3}$/u.test(korean))
      add({ ...derivedShortName(korean.slice(0, 1), ['ko']), ambiguous: true });
  }
  if ((e.kind === 'government-body' || e.kind === 'military' || e.kind === 'security-service') && e.country) {
    const names = [e.name, ...[...byText.values()].filter(inEnglish).map((a) => a.text)];
    const generic = genericBodyForms(names);
    for (const text of [...genericMinistryForms(names), ...generic]) add(derivedShortName(text, ['en']));
    // "下院", "상원", "Unterhaus", "Izba Gmin": the words the foreign press gives another country's bodies, read, as "the
    // Senate" is in English, as the story's country's.
    const heads = new Set(generic.map((g) => PRESS_HEAD_SYNONYMS[g] ?? g));
    for (const [head, lang, form] of FOREIGN_PRESS_BODY_HEADS) if (heads.has(head)) add(derivedShortName(form, [lang]));
    const native = [
      ...Object.entries(e.names ?? {}),
      ...[...byText.values()].flatMap((a) => a.langs.map((l) => [l, a.text])),
    ];
    for (const [lang, text] of native)
      for (const form of nativeBodyForms(text!, lang!)) add(derivedShortName(form, [lang!]));
    for (const [lang, text] of Object.entries(e.names ?? {})) {
      const forms = romanceMinistryForms(text, lang);
      if (!forms) continue;
      add({ ...plain(forms.lowerHead, lang), derived: true });
      if (forms.lower) add(derivedShortName(forms.lower, [lang]));
    }
    // Any country's central bank, as the French, Spanish, Portuguese and Italian press write it when the story is
    // about that country ("la Banque centrale" in Le Figaro on Turkey): a short name, read as the story's country's.
    if (names.some((n) => /\bCentral Bank\b/.test(n)))
      for (const [lang, form] of FOREIGN_PRESS_CENTRAL_BANK) add(derivedShortName(form, [lang]));
    const press = pressLanguages(countryIso2);
    for (const lang of press) {
      for (const form of translatedBodyForms(names, lang)) add(derivedShortName(form, [lang]));
      for (const form of pressMinistryForms(names, lang, countryIso2!)) add(form);
    }
    // The German and Romance press name another country's ministry as they name their own ("il portavoce del
    // ministero degli Esteri Wang Wenbin", "le ministère chinois des affaires étrangères"): read by the story's
    // country or the speaker named after it, as the English "Foreign Ministry" is.
    // Not the names one country's ministry alone has ("ministério da Fazenda" is Brazil's finance ministry).
    for (const lang of FOREIGN_PRESS_MINISTRY_LANGS)
      if (!press.includes(lang))
        for (const form of pressMinistryForms(names, lang, countryIso2!))
          if (!ONE_COUNTRYS_MINISTRY_FORMS.has(form.text)) add(form);
  }
  if (e.kind === 'political-party') {
    const names = [...byText.values()].filter((a) => a.type !== 'acronym' && inEnglish(a));
    for (const text of partyShortForms(names.map((a) => a.text))) add(derivedAmbiguousName(text, ['en']));
    // "自由党" (Liberal Party), "労働党" (Labour), "緑の党" (the Greens): the Japanese, Chinese and Korean press name a
    // foreign party by the translation of its generic name, read as the story's country's party of that name.
    // So does the European press: "die Kommunistische Partei" of a German story on China.
    for (const [lang, form] of pressPartyForms(names.map((a) => a.text))) add(derivedAmbiguousName(form, [lang]));
    for (const a of [...byText.values()]) {
      const text = a.type === 'acronym' ? undefined : nativePartyShortForm(a.text);
      if (!text) continue;
      add(derivedAmbiguousName(text, a.langs));
      // The Romance press writes the adjective in lower case: "il Partito socialista", "le Parti socialiste".
      const [head, ...rest] = text.split(' ');
      add(derivedAmbiguousName([head, ...rest.map((w) => w.toLowerCase())].join(' '), a.langs));
    }
  }
  if (e.country && FIRST_NAME_REFERENCE.has(e.country) && e.kind === 'person') {
    const first = e.name.split(/\s+/)[0];
    if (first && e.name.includes(' ') && first.length >= 4)
      add({
        text: first,
        type: 'surname',
        exactCase: false,
        ambiguous: false,
        standalone: false,
        langs: [],
        derived: true,
      });
  }
  // The Italian press writes acronyms as words, capital first ("Pd", "M5s", "Fdi", "Onu", "Bce"): for Italy's
  // actors, and for an international body's Italian acronym, that form too, read where the story supports it.
  if (countryIso2 === 'IT' || e.kind === 'international-organization') {
    for (const a of [...byText.values()]) {
      if (a.type !== 'acronym' || (countryIso2 !== 'IT' && !a.langs.includes('it'))) continue;
      const word = italianAcronymForm(a.text);
      if (word) add({ ...a, text: word, ambiguous: true, exactCase: true, langs: ['it'], derived: true });
    }
  }
  // One- and two-letter acronyms of anything but a country or an international body ("MK", "AP") collide with
  // other acronyms across languages: they need the context to say which.
  if (e.kind !== 'country' && e.kind !== 'territory' && e.kind !== 'international-organization') {
    for (const a of byText.values())
      if (a.type === 'acronym' && a.text.replace(/[^\p{L}]/gu, '').length <= 2) a.ambiguous = true;
  }
  // An alias marked ambiguous makes every form that folds the same way ambiguous too: "Georgia" marked in
  // English must not come back unmarked as the Portuguese "Geórgia".
  const entries = [...byText.values()];
  const ambiguousKeys = ambiguousFoldKeys(entries);
  for (const a of entries) if (!a.exactCase && !a.ambiguous && ambiguousKeys.has(foldKey(a.text))) a.ambiguous = true;
  return entries;
}

/** The folded forms an entity marks ambiguous (not exact-case ones): any form that folds so is ambiguous too. */
export function ambiguousFoldKeys(entries: readonly AliasEntry[]): Set<string> {
  return new Set(entries.filter((a) => a.ambiguous && !a.exactCase).map((a) => foldKey(a.text)));
}

const CZECH_IN_POLISH: [RegExp, string][] = [
  [/š/g, 'sz'],
  [/Š/g, 'Sz'],
  [/č/g, 'cz'],
  [/Č/g, 'Cz'],
  [/ř/g, 'rz'],
  [/Ř/g, 'Rz'],
  [/ž/g, 'ż'],
  [/Ž/g, 'Ż'],
];

const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);
const GERMAN_ARTICLES = new Set(['Der', 'Die', 'Das', 'Des', 'Dem', 'Den']);
/** Countries whose people's names the English press writes with "oe", "ae", "ue", "aa" for ö/ø, ä/æ, ü, å. */
const DIGRAPH_VOWEL_COUNTRIES = new Set([...GERMAN_SPEAKING, 'NO', 'DK']);
const DIGRAPHS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', æ: 'ae', å: 'aa' };

/** Countries whose people's names the Dutch press spells by Dutch sounds from Cyrillic, Armenian or Georgian. */
const DUTCH_SOUND_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'AZ', 'AM', 'GE']);

/**
 * An English transliteration of a Russian, Ukrainian or Caucasian name as the Dutch press writes it: "u" is "oe",
 * "sh" "sj", "ch" "tsj", "zh" "zj", "kh" "ch", a "y" before a vowel "j" ("Putin" → "Poetin", "Shoigu" → "Sjojgoe",
 * "Yanukovych" → "Janoekovytsj", "Aliyev" → "Alijev").
 */
export function dutchSpelling(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => {
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const rest = word.slice(i).toLowerCase();
      const upper = word[i] !== word[i]!.toLowerCase();
      const put = (dutch: string, used: number) => {
        out += upper ? dutch[0]!.toUpperCase() + dutch.slice(1) : dutch;
        i += used - 1;
      };
      if (rest.startsWith('shch')) put('sjtsj', 4);
      else if (rest.startsWith('sh')) put('sj', 2);
      else if (rest.startsWith('zh')) put('zj', 2);
      else if (rest.startsWith('kh')) put('ch', 2);
      else if (rest.startsWith('tch')) put('tsj', 3);
      else if (rest.startsWith('ch')) put('tsj', 2);
      else if (rest.startsWith('ou')) put('oe', 2);
      else if (rest[0] === 'u') put('oe', 1);
      // After sj, tsj or zj a "yo" is an "o" ("Gorbachyov" → "Gorbatsjov").
      else if (rest[0] === 'y' && /[aeiou]/.test(rest[1] ?? '') && /[sz]j$/.test(out)) continue;
      else if (rest[0] === 'y' && /[aeiou]/.test(rest[1] ?? '')) put('j', 1);
      // "Shoigu" → "Sjojgoe", "Nikolai" → "Nikolaj"; not the "il" ending a name ("Mikhail" → "Michail").
      else if (
        rest[0] === 'i' &&
        i > 0 &&
        /[aeo]/.test(word[i - 1]!.toLowerCase()) &&
        /[^aeiou]|$/.test(rest[1] ?? '') &&
        rest !== 'il'
      )
        put('j', 1);
      else out += word[i];
    }
    return out;
  });
}

/**
 * An English transliteration of a Russian, Ukrainian or Caucasian name as the Turkish press writes it: "sh" is "ş",
 * "ch" "ç", "zh" "j", "kh" "h" ("Kocharyan" → "Koçaryan", "Lukashenko" → "Lukaşenko", "Zakharova" → "Zaharova").
 */
export function turkishSpelling(name: string): string {
  return name.replace(/\p{L}+/gu, (word) =>
    word
      .replace(/shch/g, 'şç')
      .replace(/Shch/g, 'Şç')
      .replace(/sh/g, 'ş')
      .replace(/Sh/g, 'Ş')
      .replace(/t?ch/g, 'ç')
      .replace(/Ch/g, 'Ç')
      .replace(/zh/g, 'j')
      .replace(/Zh/g, 'J')
      .replace(/kh/g, 'h')
      .replace(/Kh/g, 'H'),
  );
}

/** "Jonas Gahr Støre" → "Jonas Gahr Stoere", "Gerhard Schröder" → "Gerhard Schroeder", "Ærø" → "Aeroe". */
export function digraphVowels(text: string): string {
  return text.replace(/[äöüøæåÄÖÜØÆÅ]/g, (c) => {
    const lower = DIGRAPHS[c.toLowerCase()]!;
    return c === c.toLowerCase() ? lower : lower[0]!.toUpperCase() + lower[1];
  });
}

/**
 * A German name with its adjectives declined as they stand after an article ("Europäische Union" → "Europäischen
 * Union"; "Nationaler Sicherheitsrat" → "Nationalen Sicherheitsrat" and "Nationale Sicherheitsrat", as in "der
 * Nationale Sicherheitsrat"; "Deutsches Rotes Kreuz" → "Deutschen Roten Kreuz" and "Deutsche Rote Kreuz"), or none
 * when no word before the last is a capitalized adjective in -e, -er or -es followed by a capital. A noun taken
 * for one ("Gruppe Wagner") gives a form no text writes, which costs nothing.
 */
export function germanDeclinedForms(name: string): string[] {
  const words = name.split(' ');
  const weak = [...words];
  const nominative = [...words];
  let adjectives = 0;
  let strong = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (GERMAN_ARTICLES.has(w) || !/^\p{Lu}/u.test(words[i + 1]!)) continue;
    const m = /^(\p{Lu}[\p{L}-]*\p{Ll})(e|er|es)$/u.exec(w);
    if (!m || w.length < 4) continue;
    weak[i] = `${m[1]}en`;
    nominative[i] = `${m[1]}e`;
    adjectives++;
    if (m[2] !== 'e') strong = true;
  }
  if (!adjectives) return [];
  return strong ? [weak.join(' '), nominative.join(' ')] : [weak.join(' ')];
}

/** A Czech or Slovak name as the Polish press writes it: š, č, ř, ž as sz, cz, rz, ż; other marks dropped. */
export function polishSpelling(text: string): string {
  let out = text;
  for (const [from, to] of CZECH_IN_POLISH) out = out.replace(from, to);
  return out
    .normalize('NFD')
    .replace(/(?<![zZ])\u0307|[\u0301\u030C\u030A\u0308\u0302]/g, '')
    .normalize('NFC');
}

/** "M5S" → "M5s", "FdI" → "Fdi": an acronym of two or more letters as the Italian press writes it, if different. */
function italianAcronymForm(text: string): string | undefined {
  if (!/^\p{Lu}[\p{L}\d]+$/u.test(text) || text.replace(/\d/g, '').length < 2) return undefined;
  const word = text[0] + text.slice(1).toLowerCase();
  return word === text ? undefined : word;
}

/**
 * Portfolios written as one word in a ministry's every name ("Ministry of Commerce", "Commerce Ministry"), unlike
 * those PORTFOLIOS spells out below ("Foreign Affairs", "the Interior").
 */
const ONE_WORD_PORTFOLIOS = [
  'Commerce',
  'Trade',
  'Education',
  'Unification',
  'Agriculture',
  'Transport',
  'Environment',
];

/** Portfolios whose ministries the news names without their country once it is clear ("the Foreign Ministry"). */
const PORTFOLIOS: [RegExp, string][] = [
  [/foreign affairs|foreign/i, 'Foreign'],
  [/defen[cs]e/i, 'Defence'],
  [/interior|internal affairs|home affairs/i, 'Interior'],
  [/finance/i, 'Finance'],
  [/justice/i, 'Justice'],
  [/health/i, 'Health'],
  [/energy/i, 'Energy'],
  [/economy/i, 'Economy'],
  ...ONE_WORD_PORTFOLIOS.map((p): [RegExp, string] => [new RegExp(p, 'i'), p]),
];

/** Given names the English press spells several ways (transliterations from Arabic). */
const GIVEN_NAME_SPELLINGS = new Map(
  [
    ['Mohammed', 'Mohamed', 'Muhammad', 'Mohammad', 'Muhammed', 'Mohamad'],
    ['Ahmed', 'Ahmad'],
    ['Hussein', 'Hussain', 'Husain'],
    ['Abdullah', 'Abdallah'],
    ['Mahmoud', 'Mahmud'],
    ['Mustafa', 'Mostafa'],
    ['Youssef', 'Yousef', 'Yusuf'],
  ].flatMap((group) => group.map((name) => [name, group] as const)),
);

/** Members of the Arab League, by ISO code: their people's names are transliterated from Arabic. */
const ARAB_COUNTRIES = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '));

/**
 * The other spelling of an Arabic name's last short vowel before d or m, after a consonant: "Khalid" ↔ "Khaled",
 * "Al-Salem" ↔ "Al-Salim", "Hashim" ↔ "Hashem". Not "Ahmed", "Mohamed" (an a, which GIVEN_NAME_SPELLINGS varies),
 * nor a long vowel ("Saeed", "Zayed").
 */
function arabicVowelVariant(word: string): string | undefined {
  const m = /^((?:[Aa]l-|[Ee]l-)?\p{Lu}\p{Ll}*[bcdfghjklmnpqrstvwxz])([ie])([dm])$/u.exec(word);
  // Nor names whose other spelling is a long vowel ("Ibraheem", "Kareem", "Waleed"), not an e.
  if (!m || /^(?:[AaEe]l-)?(?:Ahm|Moh?amm?|Muh?amm?|Ibrah|Kar|Wal|Rah)$/.test(m[1]!)) return undefined;
  return `${m[1]}${m[2] === 'i' ? 'e' : 'i'}${m[3]}`;
}

/** Greek given names, formal and everyday, as the English press transliterates them. */
const GREEK_GIVEN_NAMES = new Map(
  [
    ['Nikolaos', 'Nikos'],
    ['Georgios', 'Giorgos', 'Yiorgos'],
    ['Konstantinos', 'Kostas', 'Costas'],
    ['Dimitrios', 'Dimitris'],
    ['Ioannis', 'Giannis', 'Yiannis', 'Yannis'],
    ['Panagiotis', 'Panos'],
    ['Alexandros', 'Alexis'],
    ['Evangelos', 'Vangelis'],
    ['Athanasios', 'Thanasis'],
    ['Stylianos', 'Stelios'],
    ['Spyridon', 'Spyros'],
    ['Vasileios', 'Vasilis'],
    ['Theodoros', 'Thodoris'],
    ['Emmanouil', 'Manolis'],
    ['Michail', 'Michalis'],
    ['Anastasios', 'Tasos'],
    ['Efstathios', 'Stathis'],
  ].flatMap((group) => group.map((name) => [name, group] as const)),
);

const SPELLINGS: [RegExp, string][] = [
  [/\bDefense\b/g, 'Defence'],
  [/\bDefence\b/g, 'Defense'],
  [/\bOrganization\b/g, 'Organisation'],
  [/\bOrganisation\b/g, 'Organization'],
  [/\bCenter\b/g, 'Centre'],
  [/\bCentre\b/g, 'Center'],
];

/** The name in the other of British and American spelling, or the name itself. */
function otherSpelling(text: string): string {
  for (const [from, to] of SPELLINGS) if (from.test(text)) return text.replace(from, to);
  return text;
}

/**
 * Ukrainian given names and their Russian forms, where they do not fold alike (fold.ts reads і as и, є as е and
 * drops soft signs, so "Ігор" is "Игорь" and "Руслан" is itself).
 */
const UKRAINIAN_TO_RUSSIAN_GIVEN = new Map(
  Object.entries({
    Олександр: 'Александр',
    Олександра: 'Александра',
    Олексій: 'Алексей',
    Володимир: 'Владимир',
    Дмитро: 'Дмитрий',
    Андрій: 'Андрей',
    Сергій: 'Сергей',
    Василь: 'Василий',
    Микола: 'Николай',
    Михайло: 'Михаил',
    Петро: 'Пётр',
    Павло: 'Павел',
    Кирило: 'Кирилл',
    Євген: 'Евгений',
    Данило: 'Даниил',
    Федір: 'Фёдор',
    Олена: 'Елена',
    Тетяна: 'Татьяна',
    Світлана: 'Светлана',
    Наталія: 'Наталья',
    Катерина: 'Екатерина',
    Ганна: 'Анна',
  }),
);

/** The Russian form of a Ukrainian full name whose given name Russian writes otherwise, or undefined. */
export function russianGivenName(name: string): string | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  const russian = UKRAINIAN_TO_RUSSIAN_GIVEN.get(name.slice(0, space));
  return russian ? russian + name.slice(space) : undefined;
}

/**
 * Arabic surnames that are also the adjectives of countries or common adjectives ('Egyptian', 'Iraqi', 'popular').
 */
const COMMON_ADJECTIVE_SURNAMES = new Set(
  (
    'المصري السوري العراقي الأردني اللبناني اليمني السعودي الإيراني التركي الروسي الأمريكي الأميركي الفلسطيني ' +
    'الليبي السوداني التونسي الجزائري المغربي القطري الكويتي الإماراتي البحريني العماني الصومالي الموريتاني ' +
    'الباكستاني الأفغاني الهندي الصيني الفرنسي البريطاني الألماني الإسرائيلي الكردي العربي الإسلامي الوطني ' +
    'الشعبي الأوروبي الدولي'
  ).split(' '),
);

/** Countries whose English-language press writes given names as initials ("V K Saxena"). */
const INITIALS_PRESS = new Set(['IN', 'LK']);

/** "Ministry of Interior and Safety" ↔ "Ministry of the Interior and Safety"; the text itself if it has neither. */
export function otherInterior(text: string): string {
  return / of the Interior\b/.test(text)
    ? text.replace(/ of the Interior\b/, ' of Interior')
    : text.replace(/ of Interior\b/, ' of the Interior');
}

/** A full name the build derives (another spelling, a shorter form): read as the name is, with no context. */
export function derivedName(text: string): AliasEntry {
  return { text, type: 'name', exactCase: false, ambiguous: false, standalone: false, langs: ['en'], derived: true };
}

const MORE = ONE_WORD_PORTFOLIOS.join('|');
/** "Austrian Finance Ministry", "China's Commerce Ministry": the portfolio before "Ministry". */
const PORTFOLIO_MINISTRY = new RegExp(
  `^(?:.+\\s)?(Foreign|Defen[cs]e|Interior|Finance|Justice|(?:Public )?Health|Energy|Economy|${MORE}) Ministry$`,
);
/** "Ministry of the Interior of Kenya", "Ministry of Commerce and Industry": the portfolio after "Ministry of". */
const MINISTRY_OF_PORTFOLIO = new RegExp(
  `^Ministry of ((?:National )?Defen[cs]e|Foreign Affairs|the Interior|Internal Affairs|Home Affairs|Finance|Justice|(?:Public )?Health|Energy|(?:the )?Economy|${MORE})(?:$|\\s(?:of|and)\\s)`,
);

/**
 * The portfolio words of a ministry's English name ("Ministry of the Interior of Kenya" → "the Interior",
 * "Austrian Finance Ministry" → "Finance"), when it is one of PORTFOLIOS'.
 */
function ministryHead(written: string): string | undefined {
  // "Ministry of Public Health (Thailand)": the bracket only tells it from its namesakes.
  const name = written.replace(/\s*\([^)]*\)$/, '');
  return (PORTFOLIO_MINISTRY.exec(name) ?? MINISTRY_OF_PORTFOLIO.exec(name))?.[1];
}

function portfolioOf(head: string): string | undefined {
  return PORTFOLIOS.find(([re]) => re.test(head))?.[1];
}

/**
 * A short form the build derives (a person's surname, a body's country-less name): matched like a surname,
 * only where the context says who is meant.
 */
export function derivedShortName(text: string, langs: string[]): AliasEntry {
  return { text, type: 'surname', exactCase: false, ambiguous: false, standalone: false, langs, derived: true };
}

/** A name the build derives that others may share ("Republicans", "the People's Party"): read with support. */
export function derivedAmbiguousName(text: string, langs: string[]): AliasEntry {
  return { text, type: 'short', exactCase: false, ambiguous: true, standalone: false, langs, derived: true };
}

/**
 * The country-less forms of a ministry's names ("Russian Defence Ministry", "Ministry of Defence of Russia"
 * → "Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"). They are surnames:
 * marked only where the ministry is named in full in the same document, so "the Defense Ministry said" in an
 * article about Russia's ministry links to it, and nothing is guessed otherwise.
 */
export function genericMinistryForms(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const written of names) {
    const head = ministryHead(written);
    const portfolio = head && portfolioOf(head);
    if (!head || !portfolio) continue;
    if (portfolio === 'Defence') {
      out.add('Defence Ministry').add('Defense Ministry').add('Ministry of Defence').add('Ministry of Defense');
      // China, Taiwan, Poland, Vietnam, Colombia: "the Ministry of National Defense".
      if (head.startsWith('National '))
        out.add('Ministry of National Defence').add('Ministry of National Defense').add('National Defense Ministry');
    } else if (portfolio === 'Foreign') {
      out.add('Foreign Ministry').add('Ministry of Foreign Affairs');
    } else if (portfolio === 'Interior') {
      out.add('Interior Ministry').add('Ministry of the Interior').add('Ministry of Interior');
      // Georgia, Ukraine, Russia and Kazakhstan name theirs for "internal affairs"; India, South Africa and
      // Kenya, "home affairs": the press writes what the ministry calls itself.
      if (/internal affairs/i.test(head)) out.add('Ministry of Internal Affairs').add('Internal Affairs Ministry');
      if (/home affairs/i.test(head)) out.add('Ministry of Home Affairs').add('Home Affairs Ministry');
    } else {
      out.add(`${portfolio} Ministry`).add(`Ministry of ${portfolio}`);
      // "Ministry of Public Health" (Thailand, Qatar) is also "the Public Health Ministry".
      if (head.startsWith('Public ')) out.add('Public Health Ministry').add('Ministry of Public Health');
    }
  }
  return [...out];
}

/** Scripts whose names put the family name first or have no spaces: no surname is derived from them. */
const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Words that make a name a patronymic chain (bin, ibn, bint) rather than given name + surname. */
const PATRONYMIC = /^(bin|ibn|bint|бин|ибн|بن|ابن|بنت|בן|בת)$/i;

/** The last word of a name written in another language, as a surname; none for family-name-first scripts. */
/**
 * Last words that are not surnames: ordinals of monarchs and popes ("عبد الله الثاني", "بنديكت السادس عشر",
 * "פליפה השישי"), "the elder"/"the younger" (Bush "الأب"), and surnames that are everyday Arabic words
 * ("أركان" 'staff' in "رئيس أركان", "جامع" 'mosque', "أمين" in "الأمين العام"; "الوزير" 'the minister' of Kamel
 * El-Wazir, "الشيخ" 'the sheikh', "السلام" 'peace' of Belaid Abdessalam, "مادي" 'material' of Hamada Madi, "نجم" 'star',
 * "نمر" 'tiger', "بشارة" 'good news', "الشعار" 'the slogan', "البدوي" 'the Bedouin', "مرسل" 'sent'…).
 */
const NOT_SURNAMES = new Set(
  `الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر الأب الابن الأكبر الأصغر
الأولى الثانية الثالثة
أركان جامع مصدر أمين بين
الوزير الشيخ السلام الأمير الرئيس مادي بشارة نمر نجم الشعار لوح البدوي المحمود السالك مرسل
اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم پدر پسر
הראשון השני השלישי הרביעי החמישי השישי השביעי השמיני התשיעי העשירי האב הבן`.split(/\s+/),
);
/**
 * The commonest Arabic given names: an Arabic name often ends with the grandfather's given name ("موسى فكي
 * محمد"), which would make "الرئيس محمد" ('President Mohammed') that person. Such a surname is written by hand
 * where the press uses it.
 */
const COMMON_GIVEN_NAMES = new Set(
  `محمد أحمد احمد محمود مصطفى علي حسن حسين إبراهيم ابراهيم يوسف عمر خالد سعيد عثمان سليمان عبدالله
محمّد`.split(/\s+/),
);

export function deriveForeignSurname(name: string, lang: string, countryIso2?: string): string | undefined {
  if (lang === 'en' || FAMILY_FIRST_SCRIPT.test(name)) return undefined;
  // Chinese, Korean and Vietnamese names written out in Arabic, Persian or Cyrillic letters end with a
  // syllable of the given name ("وانغ هو نينغ"), not a surname.
  if (countryIso2 && FAMILY_NAME_FIRST.has(countryIso2)) return undefined;
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || words.some((w) => PATRONYMIC.test(w))) return undefined;
  // Monarchs ("Carlos III", German "Charles III.", Turkish "III. Charles", "Philippe de Belgique") and names with
  // particles ("Lula da Silva") are left to the aliases written by hand: their last word is a numeral, a country or
  // a shared family name.
  if (words.some((w) => /^[IVXLC]+\.?$/.test(w) || /^\p{Ll}/u.test(w))) return undefined;
  let last = words[words.length - 1]!;
  if (NOT_SURNAMES.has(last) || COMMON_GIVEN_NAMES.has(last)) return undefined;
  // Arabic theophoric endings belong to the word before: "نصر الله", "عز الدين"; so does a Turkish surname's "-oğlu"
  // written apart ("إمام أوغلو", "جاويش أوغلو": "أوغلو" alone is every such name's).
  if (/^(الله|الدين|[أا]وغلو|[اأ]وغلی|אוגלו)$/.test(last)) last = `${words[words.length - 2]!} ${last}`;
  if (last.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  return last;
}

/** Institutions the news names without their country once the story's country is clear. */
const BODY_HEADS = [
  'National Assembly',
  'Parliament',
  // Iraq's, Ethiopia's, the UAE's, Switzerland's: before "Supreme Court", which it holds.
  'Federal Supreme Court',
  'Supreme Court',
  'High Court',
  'Constitutional Court',
  'Central Election Commission',
  // Armenia's, Moldova's, Lithuania's, Georgia's spelling of the same body.
  'Central Electoral Commission',
  'Election Commission',
  'Electoral Commission',
  'General Staff',
  'Presidential Office',
  // Japan's, India's, Pakistan's, Israel's…: "the Prime Minister's Office said".
  "Prime Minister's Office",
  'Presidential Administration',
  'National Security Council',
  // Armenia's, Uzbekistan's, Kyrgyzstan's security services ("former Director of the National Security Service").
  'National Security Service',
  'Central Bank',
  'Senate',
  'House of Representatives',
  'House of Commons',
  'Chamber of Deputies',
  'Council of Ministers',
  'Council of State',
  // China's, Russia's, Belarus's: "the State Council's Financial Stability and Development Committee".
  'State Council',
  'National Security and Defense Council',
  'National Security and Defence Council',
  'Constitutional Council',
  'Electoral Tribunal',
  'Supreme Electoral Tribunal',
  'National Electoral Council',
  'Supreme Court of Appeal',
  // Egypt's, Thailand's, Czechia's… ("the Supreme Administrative Court", "the Supreme Constitutional Court").
  'Supreme Administrative Court',
  'Supreme Constitutional Court',
  // Kuwait's, Saudi Arabia's, Ukraine's, Tunisia's: "deputy chief of the National Guard" in a story about Kuwait.
  'National Guard',
  // Indonesia's, Ukraine's, Mexico's, Afghanistan's…
  "Attorney General's Office",
  'Council of Representatives',
  'Public Ministry',
  // "a request by the Prosecutor General's Office" (The Moscow Times): Russia's, Ukraine's, Georgia's…
  "Prosecutor General's Office",
  'Office of the Prosecutor General',
  'Federal Parliament',
  // "the Cabinet approved": the press of every parliamentary country names its own so.
  'Cabinet',
  'National Police',
];
/**
 * Generic English heads of bodies (genericBodyForms) and the words the Japanese, Korean and Chinese press write only
 * of other countries' bodies: Japan's houses are 衆議院 and 参議院, Korea's parliament has one house, China has no
 * constitutional court.
 */
const EAST_ASIAN_BODY_HEADS: readonly (readonly [string, string, string])[] = [
  ['House', 'ja', '下院'],
  ['Senate', 'ja', '上院'],
  ['National Assembly', 'ja', '国民議会'],
  ['Constitutional Court', 'ja', '憲法裁判所'],
  ['Federal Parliament', 'ja', '連邦議会'],
  ['House', 'ko', '하원'],
  ['Senate', 'ko', '상원'],
  ['Federal Parliament', 'ko', '연방의회'],
  ['Constitutional Court', 'zh', '宪法法院'],
  ['National Assembly', 'zh', '国民议会'],
  ['Federal Parliament', 'zh', '联邦议会'],
];

/**
 * Generic English heads of bodies (genericBodyForms) and the names the European and Turkish press give any country's
 * body of that kind ("die Zentrale Wahlkommission" of Belarus, "la Camera dei rappresentanti" of Libya, "Izba Gmin",
 * "Temsilciler Meclisi"), read, as "the Senate" is in English, as the story's country's. The press's own country's
 * body has its own name, which the story's country settles. The Romance press writes the adjective in lower case.
 */
const EUROPEAN_PRESS_BODY_HEADS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Supreme Court',
    [
      ['de', 'Oberster Gerichtshof'],
      ['pl', 'Sąd Najwyższy'],
      ['it', 'Corte suprema'],
      ['nl', 'Hooggerechtshof'],
      ['tr', 'Yüksek Mahkeme'],
      ['fr', 'Cour suprême'],
      ['es', 'Corte Suprema'],
      ['es', 'Tribunal Supremo'],
      ['pt', 'Suprema Corte'],
      ['pt', 'Supremo Tribunal'],
    ],
  ],
  [
    'Constitutional Court',
    [
      ['de', 'Verfassungsgericht'],
      ['pl', 'Trybunał Konstytucyjny'],
      ['it', 'Corte costituzionale'],
      ['nl', 'Grondwettelijk Hof'],
      ['tr', 'Anayasa Mahkemesi'],
      ['fr', 'Cour constitutionnelle'],
      ['es', 'Corte Constitucional'],
      ['es', 'Tribunal Constitucional'],
      ['pt', 'Tribunal Constitucional'],
    ],
  ],
  [
    'Senate',
    [
      ['de', 'Senat'],
      ['pl', 'Senat'],
      ['it', 'Senato'],
      ['nl', 'Senaat'],
      ['tr', 'Senato'],
      ['fr', 'Sénat'],
      ['es', 'Senado'],
      ['pt', 'Senado'],
    ],
  ],
  [
    'House of Representatives',
    [
      ['de', 'Repräsentantenhaus'],
      ['pl', 'Izba Reprezentantów'],
      ['it', 'Camera dei rappresentanti'],
      ['nl', 'Huis van Afgevaardigden'],
      ['tr', 'Temsilciler Meclisi'],
      ['fr', 'Chambre des représentants'],
      ['es', 'Cámara de Representantes'],
      ['pt', 'Câmara dos Representantes'],
    ],
  ],
  [
    'House of Commons',
    [
      ['de', 'Unterhaus'],
      ['pl', 'Izba Gmin'],
      ['it', 'Camera dei Comuni'],
      ['nl', 'Lagerhuis'],
      ['tr', 'Avam Kamarası'],
      ['fr', 'Chambre des communes'],
      ['es', 'Cámara de los Comunes'],
      ['pt', 'Câmara dos Comuns'],
    ],
  ],
  [
    'Central Election Commission',
    [
      ['de', 'Zentrale Wahlkommission'],
      ['pl', 'Centralna Komisja Wyborcza'],
      ['it', 'Commissione elettorale centrale'],
      ['nl', 'Centrale Kiescommissie'],
      ['tr', 'Merkez Seçim Komisyonu'],
      ['fr', 'Commission électorale centrale'],
      ['es', 'Comisión Electoral Central'],
      ['pt', 'Comissão Eleitoral Central'],
    ],
  ],
  [
    'Election Commission',
    [
      ['de', 'Wahlkommission'],
      ['pl', 'Komisja Wyborcza'],
      ['it', 'Commissione elettorale'],
      ['nl', 'Kiescommissie'],
      ['tr', 'Seçim Komisyonu'],
      ['fr', 'Commission électorale'],
      ['es', 'Comisión Electoral'],
      ['pt', 'Comissão Eleitoral'],
    ],
  ],
  [
    'National Assembly',
    [
      ['de', 'Nationalversammlung'],
      ['pl', 'Zgromadzenie Narodowe'],
      ['it', 'Assemblea nazionale'],
      ['nl', 'Nationale Assemblee'],
      ['tr', 'Ulusal Meclis'],
      ['fr', 'Assemblée nationale'],
      ['es', 'Asamblea Nacional'],
      ['pt', 'Assembleia Nacional'],
    ],
  ],
];
/** Both tables as [English head, language, form], the East Asian first. */
const FOREIGN_PRESS_BODY_HEADS: readonly (readonly [string, string, string])[] = [
  ...EAST_ASIAN_BODY_HEADS,
  ...EUROPEAN_PRESS_BODY_HEADS.flatMap(([head, forms]) => forms.map(([lang, form]) => [head, lang, form] as const)),
];
/** The heads that name the same bodies another way, read as these (none is an East Asian table's head). */
const PRESS_HEAD_SYNONYMS: Record<string, string> = {
  'Central Electoral Commission': 'Central Election Commission',
  'Electoral Commission': 'Election Commission',
};
/** How the press names a country's office of the president without the country. */
const PRESIDENTS_OFFICE = ["President's Office", 'Presidential Office', 'Office of the President'];
/**
 * Lower houses that "the House" names in their country's stories (not the Lords, not the White House): the whole name,
 * or the name with its country ("House of Representatives of Japan", "House of Commons (Canada)"), not a committee's
 * name that opens with it ("House of Commons Public Accounts Committee").
 */
const LOWER_HOUSE = /^House of (?:Representatives|Commons|the People|Assembly)(?:$| of | \()/;
// Not "Army", "Navy", "Air Force": a war story names two of each, and "the army" is either side's.
const BODY_HEAD = new RegExp(
  `^(?:(${BODY_HEADS.join('|')}) of (?:the )?\\S.*|(?:\\S.*\\s)?(${BODY_HEADS.join('|')}))$`,
);

/** Words that make a body's name a region's, a province's or a city's. */
const SUBNATIONAL = /\b(?:Region|Regional|Province|Provincial|Canton|Cantonal|Municipal|City)\b/;

/**
 * The country-less form of a national institution's names ("National Assembly of Pakistan", "Russian
 * General Staff" → "National Assembly", "General Staff"). Surnames: the matcher reads them as this body
 * only where it is named in full, or where the document is mostly about its country.
 */
export function genericBodyForms(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    // A region's or a province's body is no national one: "the Parliament" of a Belgian story is the federal one,
    // not the Parliament of the Brussels-Capital Region.
    if (SUBNATIONAL.test(name)) continue;
    const m = BODY_HEAD.exec(name);
    const head = m?.[1] ?? m?.[2];
    // Not a body named "of" another: "the Taiwan Affairs Office of the State Council" is no State Council.
    if (head && head !== name && !name.endsWith(` of ${head}`) && !name.endsWith(` of the ${head}`)) out.add(head);
    // "ConCourt": the Southern African press's short name for its country's Constitutional Court.
    if (head === 'Constitutional Court') out.add('ConCourt');
    // "the House" of a story about Nepal or India is its lower house. Not the Lords, nor the White House.
    if (LOWER_HOUSE.test(name)) out.add('House');
    // "A video released by the President's Office" (Ukraine's, South Korea's, Taiwan's).
    if (/^Office of the President\b/.test(name)) for (const form of PRESIDENTS_OFFICE) out.add(form);
    // A chamber's committee without the chamber, once the story has named it ("the Senate Armed Services
    // Committee … members of the Armed Services Committee"): both chambers have most of them.
    const committee = /^(?:Senate|House) (.+ Committee)$/.exec(name)?.[1];
    if (committee) out.add(committee);
  }
  return [...out];
}

/**
 * The same country-less heads in the languages whose press names its own institutions by them: "el Senado",
 * "la Cámara de Diputados", "il Parlamento", "o Supremo". A name yields every head it starts with ("Assemblée
 * nationale du Sénégal" → "Assemblée nationale", "Assemblée").
 */
const NATIVE_BODY_HEADS: Record<string, string[]> = {
  es: [
    'Senado',
    'Parlamento',
    'Cámara de Diputados',
    'Cámara de Representantes',
    'Congreso',
    'Asamblea Nacional',
    'Corte Suprema',
    'Tribunal Supremo',
    'Tribunal Constitucional',
    'Corte Constitucional',
    'Consejo Nacional Electoral',
    'Consejo de Ministros',
    'Banco Central',
    'Fuerzas Armadas',
    'Ejército',
  ],
  pt: [
    'Senado',
    'Câmara dos Deputados',
    'Congresso Nacional',
    'Congresso',
    'Câmara',
    'Supremo',
    'Supremo Tribunal Federal',
    'Assembleia da República',
    'Assembleia Nacional',
    'Banco Central',
    'Forças Armadas',
    'Exército',
  ],
  fr: [
    'Sénat',
    'Assemblée nationale',
    'Assemblée',
    'Conseil constitutionnel',
    'Cour suprême',
    'Cour constitutionnelle',
    'Conseil des ministres',
    'Banque centrale',
    'Forces armées',
  ],
  it: ['Senato', 'Camera dei deputati', 'Parlamento', 'Corte costituzionale', 'Consiglio dei ministri', 'Esercito'],
  de: ['Parlament', 'Bundesrat', 'Nationalrat', 'Verfassungsgericht', 'Verfassungsgerichtshof'],
  // The Arabic press names its country's bodies without the country's adjective: "مجلس النواب الليبي" →
  // "مجلس النواب".
  ar: [
    'مجلس النواب',
    'مجلس الشيوخ',
    'مجلس الشورى',
    'مجلس الأمة',
    'مجلس الوزراء',
    'المجلس الرئاسي',
    'المجلس الدستوري',
    'المحكمة الدستورية',
    'المحكمة العليا',
    'المحكمة الاتحادية العليا',
    'مجلس الشعب',
    'مجلس السيادة',
    'مجلس القيادة الرئاسي',
    'الهيئة العليا المستقلة للانتخابات',
    'المفوضية العليا المستقلة للانتخابات',
  ],
};

/**
 * The language of a country's own press: there a body the knowledge base names only in English is written in
 * that language ("la Cour constitutionnelle" of Mali, "das Innenministerium" of Austria, "МВД" of Kazakhstan).
 * Not the country entity's `native` (the language of the name its card shows): the Moroccan, Algerian, Tunisian,
 * Rwandan or Malagasy press writes French where the card's native name is Arabic or none, and the Kazakh,
 * Kyrgyz and Belarusian press mostly Russian. Only languages the matcher reads (MATCH_LANGS).
 */
const PRESS_LANGUAGE = new Map<string, string>(
  Object.entries({
    fr: 'FR BE LU MC BJ BF BI CM CF TD KM CG CD CI DJ GA GN HT MG ML MR NE RW SN TG DZ MA TN',
    es: 'ES AR BO CL CO CR CU DO EC SV GQ GT HN MX NI PA PR PY PE UY VE',
    pt: 'PT BR AO CV GW MZ ST TL',
    de: 'DE AT',
    it: 'IT',
    // Uzbekistan's, Tajikistan's and Turkmenistan's news in Russian (Gazeta.uz, Asia-Plus, «Фергана») reaches
    // more readers abroad than their national languages'.
    ru: 'RU BY KZ KG UZ TJ TM',
    uk: 'UA',
    tr: 'TR',
    pl: 'PL',
    ar: 'AE BH EG IQ JO KW LB LY OM PS QA SA SD SY YE',
  }).flatMap(([lang, countries]) => countries.split(' ').map((c): [string, string] => [c, lang])),
);
/** Countries whose press writes a second language as much: the Maghreb's French and Arabic. */
const SECOND_PRESS_LANGUAGE = new Map<string, string>([
  ['DZ', 'ar'],
  ['MA', 'ar'],
  ['TN', 'ar'],
  ['MR', 'ar'],
]);

/** The languages of a country's own press, the first first. */
function pressLanguages(countryIso2: string | undefined): string[] {
  const first = countryIso2 ? PRESS_LANGUAGE.get(countryIso2) : undefined;
  const second = countryIso2 ? SECOND_PRESS_LANGUAGE.get(countryIso2) : undefined;
  return first ? (second ? [first, second] : [first]) : [];
}

/** Languages whose press names any country's ministries by its own generic forms (see aliasEntries). */
const FOREIGN_PRESS_MINISTRY_LANGS = ['de', 'fr', 'es', 'pt', 'it'];

/** Forms of PRESS_MINISTRY_FORMS that name the ministries of one or a few countries only, not any country's. */
const ONE_COUNTRYS_MINISTRY_FORMS = new Set([
  'ministério da Fazenda',
  'ministério da Administração Interna',
  'ministerio de Hacienda',
]);

/** "Central Bank" in the Romance press, for any country's (see aliasEntries). */
const FOREIGN_PRESS_CENTRAL_BANK: [string, string][] = [
  ['fr', 'Banque centrale'],
  ['es', 'Banco Central'],
  ['pt', 'Banco Central'],
  ['it', 'Banca centrale'],
];

/** English heads of national bodies and how the French, Spanish, Portuguese and Russian press write them. */
const TRANSLATED_HEADS: Record<string, [string, string[]][]> = {
  // Capitalized as the Russian press writes a country's own chamber, court or commission ("Сенат", "Верховный
  // суд"); the Cyrillic case forms are added by the build ("Сената", "Кабинета министров").
  ru: [
    ['Senate', ['Сенат']],
    ['Supreme Court', ['Верховный суд']],
    ['Constitutional Court', ['Конституционный суд']],
    ['Central Election Commission', ['Центральная избирательная комиссия', 'ЦИК']],
    ['Cabinet of Ministers', ['Кабинет министров']],
    ['Legislative Chamber', ['Законодательная палата']],
  ],
  fr: [
    ['Constitutional Court', ['Cour constitutionnelle']],
    ['Constitutional Council', ['Conseil constitutionnel']],
    ['Supreme Court', ['Cour suprême']],
    ['National Assembly', ['Assemblée nationale']],
    ['Senate', ['Sénat']],
    ['Parliament', ['Parlement']],
    ['National Police', ['Police nationale']],
  ],
  es: [
    ['Constitutional Court', ['Corte Constitucional', 'Tribunal Constitucional']],
    ['Constitutional Tribunal', ['Tribunal Constitucional']],
    ['Supreme Court', ['Corte Suprema', 'Tribunal Supremo']],
    ['Supreme Court of Justice', ['Corte Suprema de Justicia', 'Corte Suprema']],
    ['National Assembly', ['Asamblea Nacional']],
    ['Senate', ['Senado']],
    ['Parliament', ['Parlamento']],
    ['Chamber of Deputies', ['Cámara de Diputados']],
    ['Supreme Electoral Tribunal', ['Tribunal Supremo Electoral']],
    ['National Electoral Council', ['Consejo Nacional Electoral']],
    ['National Police', ['Policía Nacional']],
    // "la Fiscalía" (Colombia's Fiscalía General de la Nación, Mexico's Fiscalía General de la República).
    ["Attorney General's Office", ['Fiscalía', 'Fiscalía General']],
  ],
  pt: [
    ['Constitutional Court', ['Tribunal Constitucional']],
    ['Constitutional Council', ['Conselho Constitucional']],
    ['Supreme Court', ['Supremo Tribunal']],
    ['National Assembly', ['Assembleia Nacional']],
    ['Assembly of the Republic', ['Assembleia da República']],
    ['Senate', ['Senado']],
    ['Parliament', ['Parlamento']],
    ['Chamber of Deputies', ['Câmara dos Deputados']],
    ['National Elections Commission', ['Comissão Nacional de Eleições']],
    ['National Police', ['Polícia Nacional']],
  ],
};

/**
 * "Constitutional Court of Mali" → "Cour constitutionnelle": the head of a body's English name as its country's
 * French-, Spanish- or Portuguese-language press writes it. A surname, like the other country-less forms.
 */
export function translatedBodyForms(names: readonly string[], lang: string): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const bare = name.replace(/\s*\(.*\)\s*$/, '');
    for (const [head, forms] of TRANSLATED_HEADS[lang] ?? []) {
      if (bare === head || bare.startsWith(`${head} of `) || bare.endsWith(` ${head}`))
        for (const f of forms) out.add(f);
    }
  }
  return [...out];
}

/**
 * How the press of a language names its own country's ministry of a portfolio without the country: "das
 * Innenministerium", "le ministère de l'Intérieur", "МВД", "Dışişleri Bakanlığı", "وزارة الداخلية". Only forms
 * that press writes. A first word in lower case is an institutional noun (W_GENERIC) the press writes either way
 * ("ministère", "ministerio", "ministero", "ministério"); a word written in lower case here may be capitalized
 * in the text, so the French forms, which Le Monde writes all in lower case, are written so.
 */
const PRESS_MINISTRY_FORMS: Record<string, Record<string, string[]>> = {
  de: {
    Foreign: ['Außenministerium'],
    Defence: ['Verteidigungsministerium'],
    Interior: ['Innenministerium'],
    Finance: ['Finanzministerium'],
    Justice: ['Justizministerium'],
    Health: ['Gesundheitsministerium'],
  },
  fr: {
    Foreign: ['ministère des affaires étrangères'],
    Defence: ['ministère de la défense'],
    Interior: ["ministère de l'intérieur"],
    Finance: ['ministère des finances'],
    Justice: ['ministère de la justice'],
    Health: ['ministère de la santé'],
    Energy: ["ministère de l'énergie"],
  },
  es: {
    // "Cancillería" is Latin American (see pressMinistryForms); Spain's is "Exteriores".
    Foreign: [
      'ministerio de Relaciones Exteriores',
      'ministerio de Asuntos Exteriores',
      'ministerio de Exteriores',
      'Cancillería',
    ],
    Defence: ['ministerio de Defensa'],
    Interior: ['ministerio del Interior'],
    Finance: ['ministerio de Hacienda', 'ministerio de Finanzas'],
    Justice: ['ministerio de Justicia'],
    Health: ['ministerio de Salud', 'ministerio de Sanidad'],
    Energy: ['ministerio de Energía'],
  },
  pt: {
    Foreign: ['ministério das Relações Exteriores', 'ministério dos Negócios Estrangeiros'],
    Defence: ['ministério da Defesa'],
    Interior: ['ministério do Interior', 'ministério da Administração Interna'],
    Finance: ['ministério da Fazenda', 'ministério das Finanças'],
    Justice: ['ministério da Justiça'],
    Health: ['ministério da Saúde'],
  },
  it: {
    Foreign: ['ministero degli Esteri', 'ministero degli Affari esteri'],
    Defence: ['ministero della Difesa'],
    Interior: ["ministero dell'Interno"],
    // Italy's finance ministry is the "ministero dell'Economia e delle Finanze".
    Finance: ["ministero dell'Economia"],
    Justice: ['ministero della Giustizia'],
    Health: ['ministero della Salute'],
  },
  ru: {
    Foreign: ['МИД', 'Министерство иностранных дел'],
    Defence: ['Минобороны', 'Министерство обороны'],
    Interior: ['МВД', 'Министерство внутренних дел'],
    Finance: ['Минфин', 'Министерство финансов'],
    Justice: ['Минюст', 'Министерство юстиции'],
    Health: ['Минздрав', 'Министерство здравоохранения'],
    Energy: ['Минэнерго', 'Министерство энергетики'],
  },
  uk: {
    Foreign: ['МЗС', 'Міністерство закордонних справ'],
    Defence: ['Міноборони', 'Міністерство оборони'],
    Interior: ['МВС', 'Міністерство внутрішніх справ'],
    Finance: ['Мінфін', 'Міністерство фінансів'],
    Justice: ["Мін'юст", 'Міністерство юстиції'],
    Health: ['МОЗ', "Міністерство охорони здоров'я"],
    Energy: ['Міненерго', 'Міністерство енергетики'],
  },
  tr: {
    Foreign: ['Dışişleri Bakanlığı'],
    Defence: ['Milli Savunma Bakanlığı', 'MSB'],
    Interior: ['İçişleri Bakanlığı'],
    Finance: ['Hazine ve Maliye Bakanlığı', 'Maliye Bakanlığı'],
    Justice: ['Adalet Bakanlığı'],
    Health: ['Sağlık Bakanlığı'],
    Energy: ['Enerji ve Tabii Kaynaklar Bakanlığı', 'Enerji Bakanlığı'],
  },
  pl: {
    Foreign: ['MSZ', 'Ministerstwo Spraw Zagranicznych'],
    Defence: ['MON', 'Ministerstwo Obrony Narodowej'],
    Interior: ['MSWiA', 'Ministerstwo Spraw Wewnętrznych i Administracji'],
    Finance: ['Ministerstwo Finansów'],
    Justice: ['Ministerstwo Sprawiedliwości'],
    Health: ['Ministerstwo Zdrowia'],
  },
  ar: {
    Foreign: ['وزارة الخارجية', 'وزارة الشؤون الخارجية'],
    Defence: ['وزارة الدفاع'],
    Interior: ['وزارة الداخلية'],
    Finance: ['وزارة المالية'],
    Justice: ['وزارة العدل'],
    Health: ['وزارة الصحة'],
    Energy: ['وزارة الطاقة'],
  },
};

/**
 * French adjectives of the countries whose press writes French, for "le ministère marocain des Affaires
 * étrangères". Not "congolais", which two countries share.
 */
const FRENCH_DEMONYMS: Record<string, string> = {
  FR: 'français',
  BE: 'belge',
  LU: 'luxembourgeois',
  MC: 'monégasque',
  BJ: 'béninois',
  BF: 'burkinabè',
  BI: 'burundais',
  CM: 'camerounais',
  CF: 'centrafricain',
  TD: 'tchadien',
  KM: 'comorien',
  CI: 'ivoirien',
  DJ: 'djiboutien',
  GA: 'gabonais',
  GN: 'guinéen',
  HT: 'haïtien',
  MG: 'malgache',
  ML: 'malien',
  MR: 'mauritanien',
  NE: 'nigérien',
  RW: 'rwandais',
  SN: 'sénégalais',
  TG: 'togolais',
  DZ: 'algérien',
  MA: 'marocain',
  TN: 'tunisien',
};

/**
 * "Ministry of the Interior (Austria)" → "Innenministerium"; "Ministry of Internal Affairs of Kazakhstan" →
 * "МВД", "Министерство внутренних дел": a ministry of a portfolio (PORTFOLIOS, read from its English names) as
 * the press of its country's language names it without the country. Surnames, like the English forms; an acronym
 * ("МВД", "MSZ") only as written. With the country's French adjective ("le ministère malien de la défense") the
 * form names its country: a name.
 */
export function pressMinistryForms(names: readonly string[], lang: string, countryIso2: string): AliasEntry[] {
  const table = PRESS_MINISTRY_FORMS[lang];
  if (!table) return [];
  const portfolios = new Set<string>();
  for (const name of names) {
    const head = ministryHead(name);
    const portfolio = head && portfolioOf(head);
    if (portfolio) portfolios.add(portfolio);
  }
  const out: AliasEntry[] = [];
  for (const portfolio of portfolios) {
    for (const text of table[portfolio] ?? []) {
      // The Spanish press calls Latin American foreign ministries "la Cancillería"; Spain's is not.
      if (text === 'Cancillería' && countryIso2 === 'ES') continue;
      const acronym = !text.includes(' ') && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
      out.push({ ...derivedShortName(text, [lang]), exactCase: acronym });
      const demonym = lang === 'fr' ? FRENCH_DEMONYMS[countryIso2] : undefined;
      if (demonym) {
        const named = text.replace(/^ministère /, `ministère ${demonym} `);
        out.push({ ...derivedShortName(named, [lang]), type: 'name' });
      }
    }
  }
  return out;
}

/** PRESS_MINISTRY_FORMS of each language, in lower case: the names any country's ministry of a portfolio has. */
const PRESS_MINISTRY_NAMES = new Map(
  Object.entries(PRESS_MINISTRY_FORMS).map(([lang, table]) => [
    lang,
    new Set(
      Object.values(table)
        .flat()
        .map((f) => f.toLocaleLowerCase(lang)),
    ),
  ]),
);

/** The Romance heads of a ministry's name, written with a capital in the name and in lower case in running text. */
const ROMANCE_MINISTRY_HEAD = /^(Ministère|Ministerio|Ministero|Ministério) \S/u;

/**
 * How the Romance press writes a ministry's own name in running text: the head noun in lower case ("le ministère
 * des Armées", "il ministero della Difesa"), the name itself; and, in French, every word in lower case, as Le Monde
 * does ("le ministère des armées"), which is also how it speaks of any ministry of that portfolio, so the build
 * makes that one a surname (read where the story names the ministry or is about its country).
 */
export function romanceMinistryForms(name: string, lang: string): { lowerHead: string; lower?: string } | undefined {
  if (!['fr', 'es', 'it', 'pt'].includes(lang) || !ROMANCE_MINISTRY_HEAD.test(name)) return undefined;
  // A name any country's ministry has ("Ministero della Difesa": "il ministero della Difesa russo") gets its press
  // forms from pressMinistryForms, read by the story's country.
  const folded = name.toLocaleLowerCase(lang);
  if (PRESS_MINISTRY_NAMES.get(lang)?.has(folded)) return undefined;
  const lowerHead = name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
  return { lowerHead, lower: lang === 'fr' && folded !== lowerHead ? folded : undefined };
}

/**
 * The country-less head a national institution's name in its own language starts with ("Senado de Chile",
 * "Senado Federal" → "Senado"; "Parlamento italiano" → "Parlamento"). Like the English forms, a surname: read
 * where the body is named in full or the story is mostly about its country.
 */
export function nativeBodyForms(name: string, lang: string): string[] {
  if (lang === 'ru' || lang === 'uk') return cyrillicBodyForms(name);
  const heads = NATIVE_BODY_HEADS[lang.slice(0, 2)];
  if (!heads) return [];
  const lower = name.toLocaleLowerCase(lang);
  const out: string[] = [];
  for (const head of heads) {
    const h = head.toLocaleLowerCase(lang);
    if (lower.length > h.length && lower.startsWith(h) && /[\s,]/.test(lower[h.length]!)) out.push(head);
  }
  return out;
}

/**
 * What a Russian or Ukrainian name of a national body says after the body itself: its country in the genitive
 * ("… Российской Федерации", "… США", "… Республики Казахстан", "… України", "… Молдовы", "… Грузии": a last
 * capitalized word in the genitive of a body's name is its country) and, after that, the body it
 * belongs to ("Главное управление разведки Министерства обороны", "Генеральный штаб Вооружённых сил").
 */
const CYRILLIC_COUNTRY_TAIL =
  /\s+(?:Российской Федерации|России|РФ|США|Соединённых Штатов(?: Америки)?|Соединенных Штатов(?: Америки)?|Сполучених Штатів(?: Америки)?|Украины|України|(?:Республики|Республіки|Королевства|Королівства|Государства|Держави) [А-ЯЁІЇЄҐ][^\s]*|[А-ЯЁІЇЄҐ][^\s]*(?:ой|ої) Республики|[А-ЯЁІЇЄҐ][^\s]*(?:ої) Республіки|[А-ЯЁІЇЄҐ][а-яёіїєґ'ʼ-]+(?:ы|и|а|і|ї|у))$/u;
const CYRILLIC_PARENT_TAIL =
  /\s+(?:Министерства обороны|Міністерства оборони|Вооружённых сил|Вооруженных сил|Збройних сил)$/u;

/**
 * "Воздушно-космические силы Российской Федерации" → "Воздушно-космические силы"; "Головне управління розвідки
 * Міністерства оборони України" → "Головне управління розвідки Міністерства оборони", "Головне управління
 * розвідки": the press of the country names its bodies without the country. Surnames, like the other
 * country-less forms (the build also declines them: "Воздушно-космическими силами").
 */
function cyrillicBodyForms(name: string): string[] {
  const out: string[] = [];
  let rest = name.replace(CYRILLIC_COUNTRY_TAIL, '');
  if (rest === name) return out;
  for (;;) {
    // Two words at least: "Правительство" or "Парламент" alone is any country's.
    if (rest.split(/\s+/).length < 2) break;
    out.push(rest);
    const shorter = rest.replace(CYRILLIC_PARENT_TAIL, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return out;
}

/** Two to five capital Latin letters, nothing else: an acronym, matched only as written. */
function isAcronymLike(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text);
}

/**
 * A name that opens in lower case with a capital inside its first word ("teleSUR", "easyJet", "amaBhungane",
 * "uMkhonto weSizwe"): it is matched as written, as an acronym is (and capitalized at a sentence's start). Read as
 * an ordinary name it would need a capital first letter, and never match.
 */
function isCamelCased(text: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(text);
}

/** Words of party names many countries share ("Democratic Party", "Party for Democracy and Socialism"). */
const GENERIC_PARTY_WORDS = new Set(
  `the of for and party democratic democracy democrats republican republicans labour labor socialist socialism
  social conservative conservatives liberal liberals green greens communist people's peoples peoples' popular
  national progressive christian union alliance movement front justice freedom unity reform workers workers'
  centre center united new renewal solidarity development left right independence citizens civic`.split(/\s+/),
);

/** A party name made only of words many parties share: which party it is depends on the country. */
function isGenericPartyName(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_PARTY_WORDS.has(w)) && words.some((w) => w !== 'the');
}

/**
 * Where the press names people by the first word of their name on second reference: Indonesia (Q252:
 * "Prabowo", "Gibran"), Thailand (Q869: "Srettha", "Paetongtarn", "Anutin"), Ethiopia (Q115: "Abiy",
 * "Getachew") and Eritrea (Q986: "Isaias"), whose second word is a father's given name, not a family name.
 */
const FIRST_NAME_REFERENCE = new Set(['Q252', 'Q869', 'Q115', 'Q986']);

/** The plural, bare or adjective forms the press uses for a party: "Liberal Party" → "Liberals", "Liberal"; "Labour Party" → "Labour". */
/**
 * "of" and a country ("Democratic Party of Japan"), not "of" and the people the party is of: the "Democratic
 * Party of Socialists of Montenegro" is no "Democrats" (Montenegro's Democrats are another party).
 */
const OF_A_COUNTRY = String.raw` of (?!(?:the )?(?:Socialists|Pensioners|Workers|Regions|Serbs|Croats|Albanians|Hungarians|Kurds|Turks|Citizens|Farmers|Left)\b).+`;
const OF_COUNTRY = `(?:${OF_A_COUNTRY})?`;

const PARTY_PLURALS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    new RegExp(
      `^(?:the )?(New Democratic|Liberal Democratic|Social Democratic|Christian Democratic|Democratic|Republican|Liberal|Conservative|Socialist|Communist|Green|Progressive Conservative)(?: Party)?${OF_COUNTRY}$`,
      'i',
    ),
    (m) => `${m[1]!.replace(/ic$/i, '')}s`,
  ],
  [new RegExp(`^(?:the )?(Labour|Labor)(?: Party)?${OF_COUNTRY}$`, 'i'), (m) => m[1]!],
  // The adjective of a member or a vote: "Republican senators", "a Democrat", "the Conservative leader".
  [new RegExp(`^(?:the )?(Democratic|Republican|Conservative|Liberal)(?: Party)?${OF_COUNTRY}$`, 'i'), (m) => m[1]!],
  [new RegExp(`^(?:the )?Democratic(?: Party)?${OF_COUNTRY}$`, 'i'), () => 'Democrat'],
  [
    new RegExp(
      `^(?:the )?(Green|Democratic|Liberal|Conservative|Republican|Socialist|Communist) Party${OF_A_COUNTRY}$`,
      'i',
    ),
    (m) => `${m[1]!} Party`,
  ],
];

/**
 * "Partido Socialista de Chile" → "Partido Socialista", "Parti communiste français" → "Parti communiste": the
 * press of the party's own language drops the country. Only for names made of words many parties share.
 */
const NATIVE_PARTY =
  /^((?:Partido|Partito|Parti|Partei) (?:Socialista|Comunista|Liberal|Conservador|Popular|Verde|Demócrata Cristiano|Democrata Cristão|Democratico|Democrático|Republicano|Socialiste|Communiste|Radical|Nacional|Socialdemócrata|Social Democrata))(?: (?:de|del|da|do|di|della|du|de la|des|français|italiano|chileno|argentino|brasileiro|português|español)\b.*| d['’][A-ZÀ-Ý].*)$/;

export function nativePartyShortForm(name: string): string | undefined {
  return NATIVE_PARTY.exec(name)?.[1];
}

/** One party name's press forms, for each English spelling of it (see PRESS_PARTY_NAMES). */
const GREEN_PARTY_FORMS = ['ja:緑の党', 'zh:绿党', 'ko:녹색당'];
const LEFT_PARTY_FORMS = ['ja:左派党', 'zh:左翼党', 'ko:좌파당'];
const CENTRE_PARTY_FORMS = ['ja:中央党', 'zh:中间党', 'ko:중앙당'];

/**
 * Generic English names of parties and the names the press of other languages gives them, as "language:name": the
 * Japanese, Chinese and Korean press's, and the German (after "die" and after "der"), French, Spanish, Italian and
 * Portuguese press's.
 */
const PRESS_PARTY_NAMES = new Map<string, readonly string[]>(
  Object.entries({
    'Liberal Party': [
      'ja:自由党',
      'zh:自由党',
      'ko:자유당',
      'de:Liberale Partei',
      'de:Liberalen Partei',
      'fr:Parti libéral',
      'es:Partido Liberal',
      'it:Partito liberale',
      'pt:Partido Liberal',
    ],
    'Freedom Party': ['ja:自由党', 'zh:自由党', 'ko:자유당'],
    'Labour Party': [
      'ja:労働党',
      'zh:工党',
      'ko:노동당',
      'de:Labour-Partei',
      'fr:Parti travailliste',
      'es:Partido Laborista',
      'it:Partito laburista',
      'pt:Partido Trabalhista',
    ],
    'Labor Party': [
      'ja:労働党',
      'zh:工党',
      'ko:노동당',
      'de:Labor-Partei',
      'fr:Parti travailliste',
      'es:Partido Laborista',
      'it:Partito laburista',
      'pt:Partido Trabalhista',
    ],
    'National Party': ['ja:国民党', 'zh:国家党', 'ko:국민당'],
    Nationals: ['ja:国民党', 'zh:国家党', 'ko:국민당'],
    "People's Party": ['ja:国民党', 'zh:人民党', 'ko:국민당'],
    'Conservative Party': [
      'ja:保守党',
      'zh:保守党',
      'ko:보수당',
      'de:Konservative Partei',
      'de:Konservativen Partei',
      'fr:Parti conservateur',
      'es:Partido Conservador',
      'it:Partito conservatore',
      'pt:Partido Conservador',
    ],
    'Socialist Party': [
      'ja:社会党',
      'zh:社会党',
      'ko:사회당',
      'de:Sozialistische Partei',
      'de:Sozialistischen Partei',
      'fr:Parti socialiste',
      'es:Partido Socialista',
      'it:Partito socialista',
      'pt:Partido Socialista',
    ],
    'Democratic Party': [
      'ja:民主党',
      'zh:民主党',
      'ko:민주당',
      'de:Demokratische Partei',
      'de:Demokratischen Partei',
      'fr:Parti démocrate',
      'es:Partido Demócrata',
      'it:Partito democratico',
      'pt:Partido Democrata',
    ],
    'Republican Party': [
      'ja:共和党',
      'zh:共和党',
      'ko:공화당',
      'de:Republikanische Partei',
      'de:Republikanischen Partei',
      'fr:Parti républicain',
      'es:Partido Republicano',
      'it:Partito repubblicano',
      'pt:Partido Republicano',
    ],
    'Social Democratic Party': ['ja:社会民主党', 'zh:社会民主党', 'ko:사회민주당'],
    'Free Democratic Party': ['ja:自由民主党', 'zh:自由民主党', 'ko:자유민주당'],
    Greens: GREEN_PARTY_FORMS,
    'The Greens': GREEN_PARTY_FORMS,
    'Green Party': GREEN_PARTY_FORMS,
    'The Left': LEFT_PARTY_FORMS,
    'Left Party': LEFT_PARTY_FORMS,
    'Communist Party': [
      'ja:共産党',
      'zh:共产党',
      'ko:공산당',
      'de:Kommunistische Partei',
      'de:Kommunistischen Partei',
      'fr:Parti communiste',
      'es:Partido Comunista',
      'it:Partito comunista',
      'pt:Partido Comunista',
    ],
    'Centre Party': CENTRE_PARTY_FORMS,
    'Center Party': CENTRE_PARTY_FORMS,
    'Progressive Party': ['ja:進歩党', 'zh:进步党', 'ko:진보당'],
    'Reform Party': ['ja:改革党', 'zh:改革党', 'ko:개혁당'],
    'Independence Party': ['ja:独立党', 'zh:独立党', 'ko:독립당'],
    "Workers' Party": ['ja:労働者党', 'zh:工人党', 'ko:노동자당'],
  }),
);

/**
 * The names the press of other languages gives a party whose English name is a generic one, with its country's
 * name or adjective left off ("Liberal Party of Australia", "Australian Greens", "Socialist Party (France)" → 自由党,
 * 緑の党, 社会党 in Japanese; "Communist Party of China" → "Kommunistische Partei"), as [language, name] pairs.
 */
export function pressPartyForms(names: readonly string[]): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const form of genericPartyNames(names))
    for (const entry of PRESS_PARTY_NAMES.get(form) ?? []) {
      const colon = entry.indexOf(':');
      out.set(entry, [entry.slice(0, colon), entry.slice(colon + 1)]);
    }
  return [...out.values()];
}

/** A party's English names with its country's name or adjective left off, as pressPartyForms reads them. */
function genericPartyNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const bare = name.replace(/ \([^)]*\)$/, '');
    out
      .add(bare)
      .add(bare.replace(/ of (?:the )?[A-Z][\w' -]*$/, ''))
      .add(bare.replace(/^[A-Z][a-z]+(?:an|ian) /, ''));
  }
  return [...out];
}

export function partyShortForms(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const [re, form] of PARTY_PLURALS) {
      const m = re.exec(name);
      if (m) out.add(form(m));
    }
  }
  for (const n of names) out.delete(n);
  return [...out];
}
