/**
 * The forms of a party's name the press writes: its short form, its native short form, the names the press of other
 * languages gives the Greens, the Left, the Centre. Pure; aliases.ts reads them.
 */

/**
 * A name that opens in lower case with a capital inside its first word ("teleSUR", "easyJet", "amaBhungane",
 * "uMkhonto weSizwe"): it is matched as written, as an acronym is (and capitalized at a sentence's start). Read as
 * an ordinary name it would need a capital first letter, and never match.
 */
export function isCamelCased(text: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(text);
}

/** Words of party names many countries share ("Democratic Party", "Party for Democracy and Socialism"). */
export const GENERIC_PARTY_WORDS = new Set(
  `the of for and party democratic democracy democrats republican republicans labour labor socialist socialism
  social conservative conservatives liberal liberals green greens communist people's peoples peoples' popular
  national progressive christian union alliance movement front justice freedom unity reform workers workers'
  centre center united new renewal solidarity development left right independence citizens civic`.split(/\s+/),
);

/** A party name made only of words many parties share: which party it is depends on the country. */
export function isGenericPartyName(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_PARTY_WORDS.has(w)) && words.some((w) => w !== 'the');
}

/** The plural, bare or adjective forms the press uses for a party: "Liberal Party" → "Liberals", "Liberal"; "Labour Party" → "Labour". */
/**
 * "of" and a country ("Democratic Party of Japan"), not "of" and the people the party is of: the "Democratic
 * Party of Socialists of Montenegro" is no "Democrats" (Montenegro's Democrats are another party).
 */
export const OF_A_COUNTRY = String.raw` of (?!(?:the )?(?:Socialists|Pensioners|Workers|Regions|Serbs|Croats|Albanians|Hungarians|Kurds|Turks|Citizens|Farmers|Left)\b).+`;

export const OF_COUNTRY = `(?:${OF_A_COUNTRY})?`;

export const PARTY_PLURALS: [RegExp, (m: RegExpExecArray) => string][] = [
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
export const NATIVE_PARTY =
  /^((?:Partido|Partito|Parti|Partei) (?:Socialista|Comunista|Liberal|Conservador|Popular|Verde|Demócrata Cristiano|Democrata Cristão|Democratico|Democrático|Republicano|Socialiste|Communiste|Radical|Nacional|Socialdemócrata|Social Democrata))(?: (?:de|del|da|do|di|della|du|de la|des|français|italiano|chileno|argentino|brasileiro|português|español)\b.*| d['’][A-ZÀ-Ý].*)$/;

export function nativePartyShortForm(name: string): string | undefined {
  return NATIVE_PARTY.exec(name)?.[1];
}

/** One party name's press forms, for each English spelling of it (see PRESS_PARTY_NAMES). */
export const GREEN_PARTY_FORMS = ['ja:緑の党', 'zh:绿党', 'ko:녹색당'];

export const LEFT_PARTY_FORMS = ['ja:左派党', 'zh:左翼党', 'ko:좌파당'];

export const SOCIAL_DEMOCRATIC_PARTY_FORMS = ['ja:社会民主党', 'zh:社会民主党', 'ko:사회민주당'];

export const CHRISTIAN_DEMOCRATIC_PARTY_FORMS = ['ja:キリスト教民主党', 'zh:基督教民主党', 'ko:기독교민주당'];

export const CENTRE_PARTY_FORMS = ['ja:中央党', 'zh:中间党', 'ko:중앙당'];

/**
 * Generic English names of parties and the names the press of other languages gives them, as "language:name": the
 * Japanese, Chinese and Korean press's, and the German (after "die" and after "der"), French, Spanish, Italian and
 * Portuguese press's.
 */
export const PRESS_PARTY_NAMES = new Map<string, readonly string[]>(
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
    'Social Democratic Party': SOCIAL_DEMOCRATIC_PARTY_FORMS,
    'Social Democrats': SOCIAL_DEMOCRATIC_PARTY_FORMS,
    'Christian Democratic Party': CHRISTIAN_DEMOCRATIC_PARTY_FORMS,
    'Christian Democrats': CHRISTIAN_DEMOCRATIC_PARTY_FORMS,
    Liberals: ['ja:自由党', 'zh:自由党', 'ko:자유당'],
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
 * The same generic names as the Russian, Ukrainian, Arabic, Persian and Hebrew press write another country's party
 * ("Социал-демократическая партия", "حزب المحافظين", "حزب سبز", "המפלגה השמרנית"); the build declines the Cyrillic
 * ones. Not the Hebrew "מפלגת העבודה", which in that press is Israel's own Labor.
 */
const MORE_PRESS_PARTY_NAMES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['Liberal Party', 'Liberals'],
    ['ru:Либеральная партия', 'uk:Ліберальна партія', 'ar:الحزب الليبرالي', 'fa:حزب لیبرال', 'he:המפלגה הליברלית'],
  ],
  [
    ['Labour Party', 'Labor Party'],
    // Not "מפלגת העבודה", which in Hebrew is Israel's own Labor Party.
    [
      'ru:Лейбористская партия',
      'uk:Лейбористська партія',
      'ar:حزب العمال',
      'fa:حزب کارگر',
      'he:מפלגת הלייבור',
      'he:הלייבור',
    ],
  ],
  [
    ['Conservative Party'],
    [
      'ru:Консервативная партия',
      'uk:Консервативна партія',
      'ar:حزب المحافظين',
      'fa:حزب محافظه‌کار',
      'he:המפלגה השמרנית',
    ],
  ],
  [
    ['Socialist Party'],
    [
      'ru:Социалистическая партия',
      'uk:Соціалістична партія',
      'ar:الحزب الاشتراكي',
      'fa:حزب سوسیالیست',
      'he:המפלגה הסוציאליסטית',
    ],
  ],
  [
    ['Social Democratic Party', 'Social Democrats'],
    [
      'ru:Социал-демократическая партия',
      'uk:Соціал-демократична партія',
      'ar:الحزب الاشتراكي الديمقراطي',
      'fa:حزب سوسیال دموکرات',
      'he:המפלגה הסוציאל-דמוקרטית',
      'he:הסוציאל-דמוקרטים',
    ],
  ],
  [
    ['Christian Democratic Party', 'Christian Democrats'],
    [
      'ru:Христианско-демократическая партия',
      'uk:Християнсько-демократична партія',
      'ar:الحزب الديمقراطي المسيحي',
      'fa:حزب دموکرات مسیحی',
    ],
  ],
  [
    ['Green Party', 'Greens', 'The Greens'],
    ['ru:Партия зелёных', 'uk:Партія зелених', 'ar:حزب الخضر', 'fa:حزب سبز', 'he:מפלגת הירוקים'],
  ],
  [
    ['Left Party', 'The Left'],
    ['ru:Левая партия', 'uk:Ліва партія', 'ar:حزب اليسار', 'fa:حزب چپ'],
  ],
  [
    ['Communist Party'],
    [
      'ru:Коммунистическая партия',
      'uk:Комуністична партія',
      'ar:الحزب الشيوعي',
      'fa:حزب کمونیست',
      'he:המפלגה הקומוניסטית',
    ],
  ],
  [
    ['Centre Party', 'Center Party'],
    ['ru:Партия центра', 'uk:Партія центру', 'ar:حزب الوسط', 'fa:حزب مرکز', 'he:מפלגת המרכז'],
  ],
  [["People's Party"], ['ru:Народная партия', 'uk:Народна партія', 'ar:حزب الشعب', 'fa:حزب مردم']],
];
for (const [names, forms] of MORE_PRESS_PARTY_NAMES)
  for (const name of names) PRESS_PARTY_NAMES.set(name, [...(PRESS_PARTY_NAMES.get(name) ?? []), ...forms]);

/**
 * Forms that transliterate a foreign party's name and so never name the press's own country's party of that English
 * name: Israel's Labor Party is "העבודה" in Hebrew, never "הלייבור".
 */
const FOREIGN_ONLY_FORMS = new Map([
  ['he:מפלגת הלייבור', 'IL'],
  ['he:הלייבור', 'IL'],
]);

/**
 * The names the press of other languages gives a party whose English name is a generic one, with its country's
 * name or adjective left off ("Liberal Party of Australia", "Australian Greens", "Socialist Party (France)" → 自由党,
 * 緑の党, 社会党 in Japanese; "Communist Party of China" → "Kommunistische Partei"), as [language, name] pairs.
 */
export function pressPartyForms(names: readonly string[], countryIso2?: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const form of genericPartyNames(names))
    for (const entry of PRESS_PARTY_NAMES.get(form) ?? []) {
      if (countryIso2 !== undefined && FOREIGN_ONLY_FORMS.get(entry) === countryIso2) continue;
      const colon = entry.indexOf(':');
      out.set(entry, [entry.slice(0, colon), entry.slice(colon + 1)]);
    }
  return [...out.values()];
}

/** A party's English names with its country's name or adjective left off, as pressPartyForms reads them. */
export function genericPartyNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const bare = name.replace(/ \([^)]*\)$/, '');
    out
      .add(bare)
      .add(bare.replace(/ of (?:the )?[A-Z][\w' -]*$/, ''))
      .add(bare.replace(/^[A-Z][a-z]+(?:an|ian|ish|ese|ch|i) /, ''));
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
