/**
 * The head nouns of state bodies ("Supreme Court", "Election Commission") and the words the press of other languages
 * writes for them: the tables genericBodyForms and translatedBodyForms read. Pure; aliases.ts reads them.
 */

/** Institutions the news names without their country once the story's country is clear. */
export const BODY_HEADS = [
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
 * Generic English heads of bodies (genericBodyForms) and the words the Japanese, Korean, Chinese, Hebrew, Persian,
 * Russian and Ukrainian press write only of other countries' bodies: Japan's houses are 衆議院 and 参議院, Korea's
 * parliament has one house, China has no constitutional court.
 */
export const OTHER_COUNTRIES_BODY_HEADS: readonly (readonly [string, string, string])[] = [
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
  // Israel's parliament is the Knesset alone, Iran's the Majlis, Russia's and Ukraine's have no Senate: "הסנאט",
  // "سنا", "Сенат" are another country's.
  ['Senate', 'he', 'הסנאט'],
  ['House', 'he', 'בית הנבחרים'],
  ['Senate', 'fa', 'سنا'],
  ['Senate', 'fa', 'مجلس سنا'],
  ['Senate', 'ru', 'Сенат'],
  ['Senate', 'uk', 'Сенат'],
];

/**
 * Generic English heads of bodies (genericBodyForms) and the names the European and Turkish press give any country's
 * body of that kind ("die Zentrale Wahlkommission" of Belarus, "la Camera dei rappresentanti" of Libya, "Izba Gmin",
 * "Temsilciler Meclisi"), read, as "the Senate" is in English, as the story's country's. The press's own country's
 * body has its own name, which the story's country settles. The Romance press writes the adjective in lower case.
 */
export const EUROPEAN_PRESS_BODY_HEADS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
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

/** Both tables as [English head, language, form], the other countries' first. */
export const FOREIGN_PRESS_BODY_HEADS: readonly (readonly [string, string, string])[] = [
  ...OTHER_COUNTRIES_BODY_HEADS,
  ...EUROPEAN_PRESS_BODY_HEADS.flatMap(([head, forms]) => forms.map(([lang, form]) => [head, lang, form] as const)),
];

/** The heads that name the same bodies another way, read as these (none is an East Asian table's head). */
export const PRESS_HEAD_SYNONYMS: Record<string, string> = {
  'Central Electoral Commission': 'Central Election Commission',
  'Electoral Commission': 'Election Commission',
};

/**
 * The same country-less heads in the languages whose press names its own institutions by them: "el Senado",
 * "la Cámara de Diputados", "il Parlamento", "o Supremo". A name yields every head it starts with ("Assemblée
 * nationale du Sénégal" → "Assemblée nationale", "Assemblée").
 */
export const NATIVE_BODY_HEADS: Record<string, string[]> = {
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
export const PRESS_LANGUAGE = new Map<string, string>(
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
export const SECOND_PRESS_LANGUAGE = new Map<string, string>([
  ['DZ', 'ar'],
  ['MA', 'ar'],
  ['TN', 'ar'],
  ['MR', 'ar'],
]);

/** "Central Bank" in the Romance press, for any country's (see aliasEntries). */
export const FOREIGN_PRESS_CENTRAL_BANK: [string, string][] = [
  ['fr', 'Banque centrale'],
  ['es', 'Banco Central'],
  ['pt', 'Banco Central'],
  ['it', 'Banca centrale'],
];

/** English heads of national bodies and how the French, Spanish, Portuguese and Russian press write them. */
export const TRANSLATED_HEADS: Record<string, [string, string[]][]> = {
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
    // "el Gabinete" of a story about Ecuador or Peru: the country's cabinet.
    ['Cabinet', ['Gabinete']],
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

/** A body's names in the press of the other scripts: [language, form], "{}" standing for its country's name there. */
export type PressForms = readonly (readonly ['ru' | 'uk' | 'zh' | 'ja' | 'ko' | 'he' | 'fa', string])[];

/**
 * How the press of the languages written in other scripts names a country's central bank, "{}" standing for the
 * country's name in that language (in the genitive in Russian and Ukrainian): Xinhua's "瑞士央行", Nikkei's "トルコ中銀",
 * Yonhap's "터키 중앙은행", TASS's "ЦБ Турции", Globes's "הבנק המרכזי של טורקיה", IRNA's "بانک مرکزی ترکیه".
 */
export const CENTRAL_BANK_FORMS: PressForms = [
  ['zh', '{}央行'],
  ['zh', '{}中央银行'],
  ['ja', '{}中銀'],
  ['ja', '{}中央銀行'],
  ['ko', '{} 중앙은행'],
  ['ru', 'ЦБ {}'],
  ['ru', 'Центробанк {}'],
  ['ru', 'Центральный банк {}'],
  ['uk', 'Центробанк {}'],
  ['uk', 'Центральний банк {}'],
  ['he', 'הבנק המרכזי של {}'],
  ['fa', 'بانک مرکزی {}'],
];

/** A national election commission's English name: "Election Commission of Pakistan", "National Electoral Commission". */
export const ELECTION_COMMISSION =
  /^(?:(?:Central|National|Independent|Independent National|Supreme|Federal) )?Elect(?:ion|oral) Commission\b/;

/** How the Korean, Japanese and Chinese press name another country's election commission ("폴란드 선거관리위원회"). */
export const ELECTION_COMMISSION_FORMS: PressForms = [
  ['ko', '{} 선거관리위원회'],
  ['ja', '{}選挙管理委員会'],
  ['zh', '{}选举委员会'],
];

/** And a central election commission, as those and the Russian and Ukrainian press name it ("ЦИК Молдавии"). */
export const CENTRAL_ELECTION_COMMISSION_FORMS: PressForms = [
  ['ko', '{} 중앙선거관리위원회'],
  ['ja', '{}中央選挙管理委員会'],
  ['zh', '{}中央选举委员会'],
  ['ru', 'ЦИК {}'],
  ['ru', 'Центризбирком {}'],
  ['uk', 'ЦВК {}'],
];
