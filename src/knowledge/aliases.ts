/**
 * Every surface form an entity answers to, with the flags the matcher needs to use it safely.
 * The canonical name, the names in other languages and the listed aliases are merged by text; an alias
 * object repeating a name's text sets that name's flags (so "Georgia" can be marked ambiguous).
 * The forms derived from a name live beside it, by kind: surnames.ts, name-spellings.ts (other languages'
 * spellings of people's names), ministry-forms.ts, body-heads.ts and body-forms.ts (state bodies), party-forms.ts.
 * Pure.
 */
import { foldKey } from '../core/fold';
import { PATRONYMIC_PARTICLES } from '../core/particles';
import { genericBodyForms, nativeBodyForms, pressLanguages, translatedBodyForms } from './body-forms';
import {
  FOREIGN_PRESS_BODY_HEADS,
  FOREIGN_PRESS_CENTRAL_BANK,
  PRESS_HEAD_SYNONYMS,
  PRESS_LANGUAGE,
} from './body-heads';
import {
  derivedAmbiguousName,
  derivedName,
  derivedShortName,
  FOREIGN_PRESS_MINISTRY_LANGS,
  genericMinistryForms,
  ONE_COUNTRYS_MINISTRY_FORMS,
  otherInterior,
  pressMinistryForms,
  romanceMinistryForms,
} from './ministry-forms';
import {
  ARAB_COUNTRIES,
  arabicVowelVariant,
  DIGRAPH_VOWEL_COUNTRIES,
  digraphVowels,
  DUTCH_SOUND_COUNTRIES,
  dutchSpelling,
  egyptianG,
  GERMAN_SPEAKING,
  germanDeclinedForms,
  GIVEN_NAME_SPELLINGS,
  GREEK_GIVEN_NAMES,
  italianAcronymForm,
  otherSpelling,
  polishSpelling,
  russianGivenName,
  turkishSpelling,
} from './name-spellings';
import {
  isCamelCased,
  isGenericPartyName,
  nativePartyShortForm,
  partyShortForms,
  pressPartyForms,
} from './party-forms';
import type { ALIAS_TYPES, EntityInput } from './schema';
import {
  deriveForeignSurname,
  deriveSurname,
  FAMILY_NAME_FIRST,
  JAPANESE_PARTICLES,
  STANDALONE_SURNAME_LANGS,
  withoutArticle,
} from './surnames';

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
    // The Egyptian press's ج for a foreigner's g ("شي جين بينج" beside "شي جين بينغ"): every Arabic name and surname of
    // the person, written or derived above, in that spelling too, keeping its standing.
    for (const a of [...byText.values()]) {
      if ((a.type !== 'name' && a.type !== 'surname') || !a.langs.includes('ar')) continue;
      const egyptian = egyptianG(a.text, e.name, countryIso2);
      if (egyptian) add({ ...a, text: egyptian, langs: ['ar'], derived: true });
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
    const texts = names.map((a) => a.text);
    for (const text of partyShortForms(texts)) add(derivedAmbiguousName(text, ['en']));
    // "自由党" (Liberal Party), "労働党" (Labour), "緑の党" (the Greens): the Japanese, Chinese and Korean press name a
    // foreign party by the translation of its generic name, read as the story's country's party of that name.
    // So does the European press: "die Kommunistische Partei" of a German story on China.
    for (const [lang, form] of pressPartyForms(texts, countryIso2)) add(derivedAmbiguousName(form, [lang]));
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
  // Persian joins the parts of a word with a zero-width non-joiner ("خامنه‌ای", "چاووش‌اوغلو", "علی‌اف"), which
  // folding drops, making one word; many Iranian and Afghan sites type a space instead ("خامنه ای"), making two. A
  // name written with one is found written with the other too, keeping its standing.
  for (const a of [...byText.values()]) {
    if (a.type === 'acronym' || !a.text.includes(ZWNJ)) continue;
    add({ ...a, text: a.text.replaceAll(ZWNJ, ' '), derived: true });
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

const ZWNJ = '\u200c';

/** The folded forms an entity marks ambiguous (not exact-case ones): any form that folds so is ambiguous too. */
export function ambiguousFoldKeys(entries: readonly AliasEntry[]): Set<string> {
  return new Set(entries.filter((a) => a.ambiguous && !a.exactCase).map((a) => foldKey(a.text)));
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

/** Two to five capital Latin letters, nothing else: an acronym, matched only as written. */
function isAcronymLike(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text);
}

/**
 * Where the press names people by the first word of their name on second reference: Indonesia (Q252:
 * "Prabowo", "Gibran"), Thailand (Q869: "Srettha", "Paetongtarn", "Anutin"), Ethiopia (Q115: "Abiy",
 * "Getachew") and Eritrea (Q986: "Isaias"), whose second word is a father's given name, not a family name.
 */
const FIRST_NAME_REFERENCE = new Set(['Q252', 'Q869', 'Q115', 'Q986']);
