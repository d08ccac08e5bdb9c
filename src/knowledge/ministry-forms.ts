/**
 * The forms of a ministry's name the press writes: by portfolio ("Interior Ministry", "Ministry of the Interior"), in
 * other languages' press, and the generic forms that need their country. Pure; aliases.ts reads them.
 */
import type { AliasEntry } from './aliases';

/**
 * Portfolios written as one word in a ministry's every name ("Ministry of Commerce", "Commerce Ministry"), unlike
 * those PORTFOLIOS spells out below ("Foreign Affairs", "the Interior").
 */
export const ONE_WORD_PORTFOLIOS = [
  'Commerce',
  'Trade',
  'Education',
  'Unification',
  'Agriculture',
  'Transport',
  'Environment',
];

/** Portfolios whose ministries the news names without their country once it is clear ("the Foreign Ministry"). */
export const PORTFOLIOS: [RegExp, string][] = [
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

export const MORE = ONE_WORD_PORTFOLIOS.join('|');

/** "Austrian Finance Ministry", "China's Commerce Ministry": the portfolio before "Ministry". */
export const PORTFOLIO_MINISTRY = new RegExp(
  `^(?:.+\\s)?(Foreign|Defen[cs]e|Interior|Finance|Justice|(?:Public )?Health|Energy|Economy|${MORE}) Ministry$`,
);

/** "Ministry of the Interior of Kenya", "Ministry of Commerce and Industry": the portfolio after "Ministry of". */
export const MINISTRY_OF_PORTFOLIO = new RegExp(
  `^Ministry of ((?:National )?Defen[cs]e|Foreign Affairs|the Interior|Internal Affairs|Home Affairs|Finance|Justice|(?:Public )?Health|Energy|(?:the )?Economy|${MORE})(?:$|\\s(?:of|and)\\s)`,
);

/**
 * The portfolio words of a ministry's English name ("Ministry of the Interior of Kenya" → "the Interior",
 * "Austrian Finance Ministry" → "Finance"), when it is one of PORTFOLIOS'.
 */
export function ministryHead(written: string): string | undefined {
  // "Ministry of Public Health (Thailand)": the bracket only tells it from its namesakes.
  const name = written.replace(/\s*\([^)]*\)$/, '');
  return (PORTFOLIO_MINISTRY.exec(name) ?? MINISTRY_OF_PORTFOLIO.exec(name))?.[1];
}

export function portfolioOf(head: string): string | undefined {
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

/** Languages whose press names any country's ministries by its own generic forms (see aliasEntries). */
export const FOREIGN_PRESS_MINISTRY_LANGS = ['de', 'fr', 'es', 'pt', 'it'];

/** Forms of PRESS_MINISTRY_FORMS that name the ministries of one or a few countries only, not any country's. */
export const ONE_COUNTRYS_MINISTRY_FORMS = new Set([
  'ministério da Fazenda',
  'ministério da Administração Interna',
  'ministerio de Hacienda',
]);

/**
 * How the press of a language names its own country's ministry of a portfolio without the country: "das
 * Innenministerium", "le ministère de l'Intérieur", "МВД", "Dışişleri Bakanlığı", "وزارة الداخلية". Only forms
 * that press writes. A first word in lower case is an institutional noun (W_GENERIC) the press writes either way
 * ("ministère", "ministerio", "ministero", "ministério"); a word written in lower case here may be capitalized
 * in the text, so the French forms, which Le Monde writes all in lower case, are written so.
 */
export const PRESS_MINISTRY_FORMS: Record<string, Record<string, string[]>> = {
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
export const FRENCH_DEMONYMS: Record<string, string> = {
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
/** The portfolios of a ministry's names ("Ministry of Foreign Affairs of Algeria" → Foreign), each once. */
function portfoliosOf(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const head = ministryHead(name);
    const portfolio = head && portfolioOf(head);
    if (portfolio) out.add(portfolio);
  }
  return out;
}

/**
 * Another country's ministry as the Russian and Ukrainian press name it, by the press's own generic name and the
 * country in the genitive: "МИД Алжира", "Министерство обороны Израиля", "МЗС Сенегалу". `genitives` are the
 * country's names in that language, in the genitive (inflect-cyrillic's genitivesOf).
 */
export function cyrillicCountryMinistryForms(
  names: readonly string[],
  lang: string,
  genitives: readonly string[],
): string[] {
  const table = PRESS_MINISTRY_FORMS[lang];
  if (!table || (lang !== 'ru' && lang !== 'uk')) return [];
  const out: string[] = [];
  for (const portfolio of portfoliosOf(names))
    for (const text of table[portfolio] ?? []) for (const g of genitives) out.push(`${text} ${g}`);
  return out;
}

export function pressMinistryForms(names: readonly string[], lang: string, countryIso2: string): AliasEntry[] {
  const table = PRESS_MINISTRY_FORMS[lang];
  if (!table) return [];
  const out: AliasEntry[] = [];
  for (const portfolio of portfoliosOf(names)) {
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
export const PRESS_MINISTRY_NAMES = new Map(
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
export const ROMANCE_MINISTRY_HEAD = /^(Ministère|Ministerio|Ministero|Ministério) \S/u;

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
