/**
 * Other spellings of a person's name that the press of other languages writes: Dutch, Turkish, German and Polish
 * transliterations of Russian and other names, German declension, Arabic and Greek given-name variants. Pure;
 * aliases.ts reads them.
 */

export const CZECH_IN_POLISH: [RegExp, string][] = [
  [/š/g, 'sz'],
  [/Š/g, 'Sz'],
  [/č/g, 'cz'],
  [/Č/g, 'Cz'],
  [/ř/g, 'rz'],
  [/Ř/g, 'Rz'],
  [/ž/g, 'ż'],
  [/Ž/g, 'Ż'],
];

export const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);

export const GERMAN_ARTICLES = new Set(['Der', 'Die', 'Das', 'Des', 'Dem', 'Den']);

/** Countries whose people's names the English press writes with "oe", "ae", "ue", "aa" for ö/ø, ä/æ, ü, å. */
export const DIGRAPH_VOWEL_COUNTRIES = new Set([...GERMAN_SPEAKING, 'NO', 'DK']);

export const DIGRAPHS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', æ: 'ae', å: 'aa' };

/** Countries whose people's names the Dutch press spells by Dutch sounds from Cyrillic, Armenian or Georgian. */
export const DUTCH_SOUND_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'AZ', 'AM', 'GE']);

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
export function italianAcronymForm(text: string): string | undefined {
  if (!/^\p{Lu}[\p{L}\d]+$/u.test(text) || text.replace(/\d/g, '').length < 2) return undefined;
  const word = text[0] + text.slice(1).toLowerCase();
  return word === text ? undefined : word;
}

/** Given names the English press spells several ways (transliterations from Arabic). */
export const GIVEN_NAME_SPELLINGS = new Map(
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
export const ARAB_COUNTRIES = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '));

/**
 * Where a name's غ is its own sound (ghayn), not a foreign g: the Arab states', Iran's and Afghanistan's people
 * ("غسان", "غني"), whom the Egyptian press writes as everyone else does.
 */
const GHAYN_COUNTRIES = new Set([...ARAB_COUNTRIES, 'IR', 'AF']);

/**
 * A foreigner's Arabic name as the Egyptian press writes it: a hard g is ج there ("شي جين بينج", "أنطونيو جوتيريش"),
 * where ar.wikipedia and the Levantine and Gulf press write غ ("شي جين بينغ", "غوتيريش"). Only for a person whose
 * English name has a g and no gh (a ghayn's usual spelling: "Ghani", "Ghassan"), and not of a country where غ is
 * ghayn; undefined where nothing changes.
 */
export function egyptianG(arabic: string, englishName: string, countryIso2: string | undefined): string | undefined {
  if (!arabic.includes('غ') || (countryIso2 && GHAYN_COUNTRIES.has(countryIso2))) return undefined;
  const latin = englishName.toLowerCase();
  if (!latin.includes('g') || latin.includes('gh')) return undefined;
  return arabic.replaceAll('غ', 'ج');
}

/**
 * The other spelling of an Arabic name's last short vowel before d or m, after a consonant: "Khalid" ↔ "Khaled",
 * "Al-Salem" ↔ "Al-Salim", "Hashim" ↔ "Hashem". Not "Ahmed", "Mohamed" (an a, which GIVEN_NAME_SPELLINGS varies),
 * nor a long vowel ("Saeed", "Zayed").
 */
export function arabicVowelVariant(word: string): string | undefined {
  const m = /^((?:[Aa]l-|[Ee]l-)?\p{Lu}\p{Ll}*[bcdfghjklmnpqrstvwxz])([ie])([dm])$/u.exec(word);
  // Nor names whose other spelling is a long vowel ("Ibraheem", "Kareem", "Waleed"), not an e.
  if (!m || /^(?:[AaEe]l-)?(?:Ahm|Moh?amm?|Muh?amm?|Ibrah|Kar|Wal|Rah)$/.test(m[1]!)) return undefined;
  return `${m[1]}${m[2] === 'i' ? 'e' : 'i'}${m[3]}`;
}

/** Greek given names, formal and everyday, as the English press transliterates them. */
export const GREEK_GIVEN_NAMES = new Map(
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

export const SPELLINGS: [RegExp, string][] = [
  [/\bDefense\b/g, 'Defence'],
  [/\bDefence\b/g, 'Defense'],
  [/\bOrganization\b/g, 'Organisation'],
  [/\bOrganisation\b/g, 'Organization'],
  [/\bCenter\b/g, 'Centre'],
  [/\bCentre\b/g, 'Center'],
];

/** The name in the other of British and American spelling, or the name itself. */
export function otherSpelling(text: string): string {
  for (const [from, to] of SPELLINGS) if (from.test(text)) return text.replace(from, to);
  return text;
}

/**
 * Ukrainian given names and their Russian forms, where they do not fold alike (fold.ts reads і as и, є as е and
 * drops soft signs, so "Ігор" is "Игорь" and "Руслан" is itself).
 */
export const UKRAINIAN_TO_RUSSIAN_GIVEN = new Map(
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
