/**
 * Word lists and thresholds the matcher's rules read (hashed as tokenize hashes tokens), and its limits.
 */
import { W_FINNISH, W_GERMAN, W_ITALIAN, W_NORDIC, W_SPANISH, W_STOPWORD, W_TURKISH } from './index-flags';
import { PATRONYMIC_PARTICLES } from './particles';
import { ROYAL_TITLES } from './royal-titles';
import { hashFolded, hashWords } from './tokenize';

/** The longest abbreviated title before its period, in code units ("Capt", "Prof", "Sgt"). */
export const MAX_ABBREVIATED_TITLE = 4;

/** Quotation marks that may close a quoted name (OPEN_QUOTES, from tokenize.ts, open one). */
export const CLOSE_QUOTES = '"»”“’\'›」』';

/** Opening quotation marks that are not also apostrophes. */
export const QUOTED_NAME_OPENERS = '"«“„‹「『';

/** A text is German when it has this many German function words, and this share of its cased words. */
export const LANGUAGE_MIN_WORDS = 3;

export const LANGUAGE_MIN_SHARE = 0.04;

/**
 * A text of this many cased words shows its language: a declared language it has fewer than
 * LANGUAGE_MIN_WORDS function words of is not believed. In a shorter one, the declaration decides.
 */
export const LANGUAGE_JUDGED_WORDS = 150;

/** Function words of the languages readLanguage tells, which no name begins or ends with. */
export const FUNCTION_WORDS = W_STOPWORD | W_GERMAN | W_ITALIAN | W_SPANISH | W_TURKISH | W_NORDIC | W_FINNISH;

/** The longest run of capitalized words namesBySound reads a name at the end of. */
export const MAX_RUN = 5;

/** A text of this many cased words or more is English when this share of them are English stopwords (W_STOPWORD). */
export const ENGLISH_JUDGED_WORDS = 40;

export const ENGLISH_MIN_SHARE = 0.17;

/** How far (in tokens) a cue word may be from an ambiguous name and still support it. */
export const CUE_WINDOW = 12;
/**
 * Verbs of saying right after a name, in the languages the matcher reads: a person's whose given name the base knows
 * ("Kurt Burneo said", saidAfter), a company's that opens a sentence ("Amazon said", companyAmongBusinessWords).
 */
export const SAID = hashWords([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'warned',
  'announced',
  'reported',
  'dijo',
  'afirmo',
  'declaro',
  'disse',
  'afirmou',
  'declarou',
  'sagte',
  'erklarte',
  'заявил',
  'заявила',
  'сказал',
  'сказала',
  'заявив',
]);

/** How far from a company's shared name a word of business supports it (companyAmongBusinessWords). */
export const BUSINESS_WINDOW = 8;

/** A company's stock named right after its name ("Apple shares fell"), which no common word at a sentence's start has. */
export const STOCK_AFTER = hashWords('shares stock');

/** A block is a title-case headline when this share of its (at least this many) words is capitalized. */
export const TITLE_CASE_SHARE = 0.75;

export const TITLE_CASE_MIN_WORDS = 3;

/** The least prominence of a person an initial and a surname name alone ("U.Khurelsukh"). */
export const INITIAL_PROMINENCE = 2;

/**
 * More words than a headline has (not counting stopwords): such a block of sentences (two, or one ending with a
 * period) is prose, written in capitals only because it lists names ("chaired by Justice Gabriel Scott Pwamang …
 * Major Flora Bazwaanura Dalugo").
 */
export const TITLE_CASE_MAX_WORDS = 24;

/** How far a counter-cue may be and still veto an ambiguous name. */
export const COUNTER_CUE_WINDOW = 6;

/** casedMask's answer for a span that cannot be a name as written. */
export const NOT_CASED = -1;

/** Longest office title before a name, in words ("Minister of Foreign Affairs"). */
export const MAX_TITLE_WORDS = 4;

/** Compass points that end a place's name after another word ("Suna East", "Nairobi West"). */
export const COMPASS_WORDS = hashWords('east west north south central');

/**
 * Acronyms that name an international body only in the French, Italian, Spanish or Portuguese press, and a concept
 * in English and Chinese: "CPI" is the Cour pénale internationale to Le Monde, the consumer price index to Reuters
 * and Caixin.
 */
export const ROMANCE_BODY_ACRONYMS = hashWords('CPI');

/** Longest alias, in tokens (a Chinese name is one per character: UNRWA's has 18); bounds the trie walk. */
export const MAX_ALIAS_TOKENS = 24;

/**
 * Titles after which the press names a person by given name alone: the Gulf press its royals ("Sheikh Tamim",
 * "Prince Mohammed"), the British and Commonwealth press its knights and dames ("Sir Keir", "Dame Sandra"), every
 * press its kings and queens.
 */
export const GIVEN_NAME_TITLES = new Set([
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

export const GIVEN_NAME_TITLE_HASHES = new Set([...GIVEN_NAME_TITLES].map(hashFolded));

/** Popes, patriarchs, saints and imams go by a given name after their title ("Pope Francis", "Imam Ali"). */
export const CLERICAL_TITLES = hashWords(
  'pope pontiff patriarch saint st imam патриарх патриарха патриарху патриархом патріарх патріарха патріарху патріархом',
);

/** The particles of an Arabic patronymic chain: the word before one is a given name, whatever else it is. */
export const PATRONYMIC_HASHES = new Set(PATRONYMIC_PARTICLES.map(hashFolded));

export const OF_HASH = hashFolded('of');

/** "长" (長): written right after a Chinese or Japanese body's name, it makes its head's title ("外交部长", "警察庁長官"). */
export const HEAD_CHAR_HASH = hashFolded('长');

export const CABINET_HASH = hashFolded('cabinet');

export const STATE_HASH = hashFolded('state');

/** East, west, south, north, as Chinese (simplified and traditional) and Japanese write them. */
export const COMPASS_POINTS = '東西南北东';

export const PARLIAMENT_HASH = hashFolded('parliament');

/** Words for a state's debt after the name of the body that issues it ("Treasury yields"): see securityName. */
export const SECURITY_WORDS = hashWords(
  'yield yields bond bonds note notes bill bills securities futures auction auctions',
);

/** Words for a stock index after the name of the paper that computes it ("the Nikkei average"). */
export const INDEX_WORDS = hashWords('average index 225 stock composite');

export const THE_HASH = hashFolded('the');

export const PARLIAMENT_WORD = /\bParliament\b/;

/** Words after "parliament" that make it a place ("the parliament building"). */
export const PARLIAMENT_PLACES = hashWords('building buildings complex grounds compound premises');

/** Words before "parliament" that make it another than the country's own ("the state parliament"). */
export const MINISTRY_HASH = hashFolded('ministry');

/** Ministries the English press names in lower case ("the interior ministry"): see theMinistry. */
export const PORTFOLIOS = hashWords(
  'foreign interior defence defense finance justice health education economy trade energy',
);

export const OTHER_PARLIAMENTS = hashWords(
  'state regional provincial local municipal city youth student students party european world pan-african african',
);

/** Words of a person's name that may stand between a part of it and the place named after it (namedAfter). */
export const MAX_NAMED_AFTER_GAP = 3;

export const DOLLAR = 36; // "$"

export const COLON = 58; // ":"

/** Words of a full name before the surname it ends with, at most ("Amira" of "Amira Mohamed Ali"). */
export const MAX_GIVEN_NAMES = 3;

/**
 * Common words that fold onto a name, the folding reading Ukrainian і and Russian ы as и: Ukrainian "крім"
 * ('besides', "Крім того, …") is "Крим" (Crimea) folded.
 */
export const CYRILLIC_HOMOGRAPHS = new Set(['крім']);

/** Countries named like a US state (see accept), and the United States' id. */
export const US_STATE_NAMES = hashWords('georgia');
export const [ALSO_HASH, KNOWN_HASH, AS_HASH] = ['also', 'known', 'as'].map(hashFolded);

/** "By Euronews with AP": the agencies a byline credits after the outlet. */
export const CREDIT_WITH = hashWords('with avec mit con com');

/** Words right before a ship's name, which is often a person's: USS, HMS, carrier (English, Arabic, Russian, Ukrainian). */
export const SHIP_BEFORE = hashWords(
  'uss hms hmas hmcs ins carrier الطائرات авианосец авианосца авианосцем авианосце авіаносець авіаносця',
);

/**
 * Words for a work before its quoted title: "the series "Servant of the People"" is Zelensky's sitcom, not his party
 * (English, French, Spanish, Italian, German, Portuguese, Russian, Ukrainian). Not a paper's: "the newspaper "Pravda"" is
 * the paper.
 */
export const WORK_NOUNS = hashWords(
  'series sitcom show film movie documentary book novel memoir song album play programme program serie série ' +
    'feuilleton filme livro libro livre roman canción chanson canzone lied сериал сериале сериала фильм фильме фильма ' +
    'книга книге книгу серіал серіалі серіалу фільм фільмі',
);

/** "The Chevron doctrine", "the Brezhnev doctrine": a name before the word for a doctrine is its eponym, not an actor. */
export const DOCTRINE_AFTER = hashWords(
  'doctrine doctrina dottrina doutrina doktrin доктрина доктрины доктрину доктрини',
);

/** An ideology's adjective describes a body and opens none's name: "the Islamist Justice and Development Party". */
export const IDEOLOGY_ADJECTIVES = hashWords('islamist jihadist');

/** Adjectives (so not read as a longer name's start, see ADJECTIVES) that open a region's name before a country's. */
export const REGION_ADJECTIVES = hashWords('latin gulf');

/** In Context.heads: an institutional noun two bodies named in the story share. */
export const NO_HEAD_OWNER = -1;

/** A party's members, written after the body they sit in: "Senate Republicans", "House Democrats". */
export const PARTY_MEMBERS = hashWords('republicans democrats conservatives liberals');

/** Offices written as acronyms before a name (Indian and British English): national security adviser, member of parliament… */
export const TITLE_ACRONYMS = hashWords('nsa mp pm cm dg ag fm vp');
/** Words before a paper's name: "told", "reported by", "according to" (see afterPressWords). */
export const [TOLD_HASH, BY_HASH, TO_HASH, ACCORDING_HASH] = ['told', 'by', 'to', 'according'].map(hashFolded);

export const PRESS_REPORTED = hashWords('reported published broadcast aired revealed obtained');

/** A byline is one of the first blocks after the headline (a dateline may come between: see inByline). */
export const BYLINE_LAST_BLOCK = 2;

/** A dateline before an agency's credit has at most this many words ("WEST PALM BEACH, Florida"). */
export const MAX_DATELINE_WORDS = 5;

/** A byline or a closing credit has at most this many words. */
export const BYLINE_MAX_TOKENS = 8;

export const US_ID = 'Q30';

/** "Of the" in one word (Italian), before a paper named by a common noun ("della Repubblica"). */
export const OF_THE = hashWords('della');

/** Words that make a compound title of the title word after them ("Chief Justice", "Attorney General"). */
export const TITLE_PREFIXES = hashWords(
  'chief lord lady associate puisne deputy acting assistant attorney solicitor surgeon sergeant lieutenant brigadier vice',
);

/** Words after which "Cabinet" is part of an office's or a body's name: "Chief Cabinet Secretary", "Cabinet Office". */
export const CABINET_COMPOUNDS = hashWords('secretary secretaries minister ministers office');

/** A minister's title and the words that join it to a portfolio: "ministre de la Défense", "ministro della Difesa". */
export const MINISTER_WORDS = hashWords('minister ministers ministre ministres ministro ministra ministri');

export const SECRETARY = hashWords('secretary secretaries');

export const CS_HASH = hashFolded('cs');

/** A ministry's one-word name that names an office before "Secretary" ("Treasury Secretary", "Defense Secretary"). */
export const OFFICE_PORTFOLIOS = hashWords(
  'treasury defense defence interior health energy commerce labor labour education transportation transport agriculture justice homeland',
);

export const PORTFOLIO_LINKS = hashWords(
  'of the for de la du des l d del della dell dello degli do da dos das van voor',
);

/** Waters named "<Head> of <Country>": the Sea of Japan, the Gulf of Mexico, the Gulf of Oman are not the country. */
export const WATER_HEADS = hashWords('sea gulf bay strait straits');

/**
 * Members' bodies named "<Members> of <Country>": the Communications Workers of America, the Boy Scouts of America,
 * the Veterans of Foreign Wars are not the country.
 */
export const MEMBER_HEADS = hashWords('workers scouts veterans employees teachers farmers');

/** Arabic words after which a ruler's surname alone names the ruler: forces, regime, government, army. */
export const REGIME_WORDS = new Set(['قوات', 'نظام', 'حكومة', 'جيش']);

/** Words for a government written before its head's surname in the European press ("gouvernement Bedoui"). */
export const GOVERNMENT_BEFORE = hashWords('gouvernement governo gobierno regierung kabinett kabinet rząd rzad');

/** English words for a government written after its head's surname ("the Kishida cabinet", "the Modi government"). */
export const GOVERNMENT_AFTER = hashWords('government cabinet administration');

/** A ruler read from a surname after REGIME_WORDS is one the base ranks this prominent. */
export const REGIME_MIN_PROMINENCE = 3;

/** Pronouns that, first after a name in its sentence, say what it names: a thing ("Rogers said it") or a person. */
export const THING_PRONOUNS = hashWords('it its');
export const PERSON_PRONOUNS = hashWords('he his him she her');

/** How many words after a name its sentence's first pronoun is looked for. */
export const PRONOUN_WINDOW = 12;

/** Portfolios among the titles: an office before a name only with its title after them ("Finance Minister X"). */
export const PORTFOLIO_WORDS = hashWords('foreign defence defense interior finance');

/** "And" between two given names that share the surname after them ("Sergei and Yulia Skripal"), as the press writes it. */
export const AND_WORDS = hashWords('and und et y e i en ve og och oraz и та і');

/** Family words before a given name: "his daughter Yulia", "sa fille Ioulia", "seine Frau Sara". */
export const KIN_WORDS = hashWords(
  'daughter son wife husband brother sister father mother widow nephew niece cousin ' +
    'fille fils épouse femme mari frère sœur tochter sohn frau ehefrau bruder schwester ' +
    'hija hijo esposa esposo hermano hermana figlia figlio moglie marito fratello sorella filha filho irmão irmã',
);

/** Words that, written onto a name with a hyphen, say "like it": "Soviet-style", "Kremlin-like", "Trump-esque". */
export const LIKENESS_WORDS = hashWords('style like esque');

/** "Of" before a common noun in a likeness: "the Airbus of rail", "l'« Airbus du rail »", "el Uber de la comida". */
export const LIKENESS_OF = hashWords('of du de del des della dello der');

/** A world figure (a head of government of a large state): among namesakes, the one a story means unless it says. */
export const WORLD_FIGURE_PROMINENCE = 4;

/** An organization known the world over (the ICRC): its name shared with national ones is its own where the story names none of their countries. */
export const WORLD_BODY_PROMINENCE = 3;

/** A namesake too minor to be meant without his country named (a minister of another state). */
export const MINOR_PROMINENCE = 2;

/** Head nouns that, after a body's full name, make it a longer body's name ("Joint Chiefs of Staff Committee"). */
export const BODY_HEADS_AFTER = hashWords(
  'committee commission council court tribunal board authority agency bureau directorate center centre institute foundation',
);

/** Global entity reference: index number in the high bits, entity in the low. */
export const REF_SHIFT = 22;

/**
 * Per-token arrays start with room for a long article (about 15,000 words). Growing them later throws the
 * compiled loops away (a branch they had never taken), which made the first long page after short ones
 * 2-3× slower; the room costs about 1 MB in the background worker.
 */
export const MIN_TOKEN_CAPACITY = 16384;

/**
 * A text that takes every path of the tokenizer once (scripts, kana, dotted acronyms, initials, possessives,
 * brackets, the text's end inside a word). Tokenized when a matcher is made, so that the first page's scan is
 * optimized with feedback for every path: a path first met there would throw the optimized tokenizer away
 * and have it compiled again, at some 15 ms a compile on a slow machine.
 */
export const TOKENIZER_PRIMER =
  "Mr. S. Jaishankar (U.S.) met EE. UU. officials, CPI(M) & RFE/RL — Putin’s and Wilders' aides.\n\n" +
  'Путина؟ ابراهیم رئیسی; צה"ל 2024: 習近平・アルベルトの NATOの Luanda (Lusa) – A\u00a0b\u202fc… 東京 end';

/** How close (in words) a full mention must be for a bare surname to mean that person over a more famous one. */
export const RECENT_TOKENS = 80;

/** Less than one more full mention (10), more than any difference of prominence (1–5). */
export const ACTIVE_BONUS = 5;

/** How many words after a body's short name its person may be named ("Foreign Ministry spokesperson Wang Wenbin"). */
export const PERSON_AFTER_BODY = 3;

/** countryBeside's answers. */
export const BESIDE_NONE = 0;

export const BESIDE_OWN = 1;

export const BESIDE_OTHER = 2;

/**
 * Adjectives of countries written before a body's name: Russian and Ukrainian "российский", "казахстанское",
 * "українське"; Polish "rosyjskie", "niemieckiego"; German "iranische", "deutschen".
 */
export const ADJECTIVE_BEFORE =
  /(?:[сц]ь?к(?:ий|ый|ая|ое|ие|ые|ого|ому|им|ым|ом|ой|ую|их|ими|е|а|і|ої|ій|ім|у|ою)|(?:sk|ck)(?:i|ie|iego|iemu|im|a|iej|ą)|(?:isch|deutsch)(?:e|en|er|es|em))$/u;

/**
 * A Spanish, Portuguese, Italian or French adjective of nationality after a noun ("sirio", "iraní", "israelense",
 * "iraniano", "syrienne", "français"), told by its ending; its country by the story's names (countryNamedAs).
 */
export const ROMANCE_ADJECTIVE_AFTER =
  /^\p{Ll}{3,}(?:o|a|os|as|í|ís|e|i|ien|ienne|iens|iennes|ais|aise|ain|aine|ois|oise|ique|iques|ês|esa|ense|ano|ana)$/u;

/**
 * A Romance adjective that goes on a body's name after its head noun ("électorale", "nationale", "européenne",
 * "constitutionnel", "elettorale", "militaire"), told by endings verbs do not have ("la Commission estime" is the
 * Commission).
 */
export const ROMANCE_BODY_ADJECTIVE =
  /^\p{Ll}{2,}(?:ale|ales|al|aux|ique|iques|ico|ica|ici|iche|aire|aires|ario|aria|ienne|iennes|éenne|éennes|aine|aines|nelle|nelles|nel|iste|istes|ista)$/u;

/** An Arabic adjective of relation agreeing with a ministry ("وزارة الخارجية الإيرانية"). */
export const ARABIC_NISBA = /^ال[\u0600-\u06FF]{2,}ية$/u;

/** The Arabic article opening a word, left out when an adjective is compared with its country's name. */
export const ARABIC_ARTICLE_START = /^ال/u;

/** Anchors a country needs before its bodies' short names are read as its own. */
export const DOMINANT_MIN_ANCHORS = 2;

/** Countries whose flags name German coalitions by their colours, and the words such a name heads. */
export const COALITION_FLAGS = hashWords('jamaika kenia simbabwe');

export const COALITION_WORDS = hashWords(
  'koalition bündnis bündnisses sondierungen sondierung sondierungsgespräche verhandlungen gespräche regierung option',
);

/** German compound offices by their last part: "Finanzminister", "Bundeskanzlerin", "Regierungssprecher". */
export const GERMAN_OFFICE =
  /(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|vorsitzende|vorsitzender|chef|chefin|botschafter|botschafterin|sekretär|sekretärin|bürgermeister|bürgermeisterin|führer|führerin)$/;

/** German articles: the capitalized word after one is a noun (see germanNoun). */
export const GERMAN_ARTICLES = new Set([
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

/** The most letters a word gives an acronym made of its words' first letters ("NAtional Super Alliance"). */
export const MAX_ACRONYM_PART = 3;

/** Letters after an apostrophe that make a word go on, longer than any Turkish case ending ("'ndan"). */
export const MIN_WORD_AFTER_APOSTROPHE = 6;

/**
 * How an office the Japanese press writes after a surname ends: 総理大臣, 農林水産大臣, 外相, 官房長官, 幹事長, 委員長,
 * 副総裁, 代表, 知事, 大統領, 議員. Not the courtesy 氏 ("Mr"), which does not say which person of the name.
 */
export const JAPANESE_OFFICE_ENDINGS = [
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
  '次官',
  '大使',
];

/**
 * The honorific the Japanese press writes after a Shia cleric's surname ("ハメネイ師", "シスタニ師"): alone after it,
 * it says which person as an office does. Only alone: 医師 (doctor) and 牧師 (pastor) are words of their own.
 */
export const JAPANESE_CLERIC_HONORIFIC = '師';

/** 前 ("former", of the last holder) and 元 ("ex-") before a Japanese office. */
export const JAPANESE_FORMER = /^[前元]/;

/** How well known a person of a shared Japanese surname must be to be read from it and an office (see accept). */
export const JAPANESE_SHARED_MIN_PROMINENCE = 3;

/** The national offices among them: the prime minister, a minister (大臣, 外相, 経産相), the chief cabinet secretary, a president. */
export const JAPANESE_NATIONAL_OFFICE = /(?:首相|総理|大臣|[^首]相|官房長官|大統領)$/;

/** The longest office so written, in characters ("経済再生担当大臣", "選挙対策委員長"). */
export const MAX_JAPANESE_OFFICE = 10;

/**
 * Words the Japanese press writes right after a surname that are no office but still say its person: 氏 (Mr, Ms),
 * 政権 (administration), 内閣 (cabinet), 陣営 (camp), 夫妻 (and spouse), 首相 and 元/前 before an office.
 */
export const JAPANESE_AFTER_NAME = ['氏', '政権', '内閣', '陣営', '夫妻', '首相', '元', '前'];

/** A place's ending written onto a name in Chinese and Japanese: city, province, county, road, street (not 市長, mayor). */
export const CJK_PLACE_ENDING = /^(?:市(?!長|长)|省(?!長|长)|县|縣|路|街|大道)/;

/**
 * The end of an organization's name within the characters after a country's ("日本経済新聞", "日本貿易保険",
 * "中国銀行"): a newspaper, an insurer, a bank, an association, an airline, a broadcaster, a news agency.
 */
export const CJK_ORGANIZATION_ENDING =
  /^[^和与與及、，的・]{0,6}?(?:新聞|新闻|保険|保险|銀行|银行|協会|协会|協會|航空|放送|通信社|日報|日报)/;

/**
 * The end of a name given after a person within the characters after the person's name ("胡志明共产主义青年团",
 * "中山大学"): a youth league, a foundation, a university, a school, a memorial hall, a hospital, an airport.
 */
export const CJK_NAMED_AFTER =
  /^[^和与與及、，的・]{0,6}?(?:青年团|青年團|基金会|基金會|大学|大學|中学|中學|小学|小學|纪念馆|紀念館|纪念堂|紀念堂|医院|醫院|机场|機場)/;

/**
 * Offices the Chinese press writes right before a foreigner's transliterated surname (simplified and traditional):
 * president, prime minister, chancellor, king, secretary of state, foreign and defence minister, speaker, spokesman.
 */
export const CHINESE_OFFICES =
  `总统 總統 总理 總理 首相 主席 国王 國王 国务卿 國務卿 外长 外長 防长 防長 部长 部長 议长 議長 总书记 總書記 秘书长 秘書長
  发言人 發言人 大使 特使 王储 王儲 埃米尔 埃米爾 苏丹 蘇丹`.split(/\s+/);

/** The longest of them, in characters. */
export const MAX_CHINESE_OFFICE = 3;

/** The particles of a possessive in Japanese and Chinese: の, 的. */
export const CJK_OF = hashWords(['の', '的']);

/** Conjunctions between two office-holders of one country ("外長黃英賢及內政部長奧尼爾"). */
export const CHINESE_AND = '及和与與、';

/** How prominent (1–5) a foreigner must be for the Chinese press's office and surname alone to name them. */
export const CHINESE_OFFICE_MIN_PROMINENCE = 3;

/** What follows 军 in a word that is not an army's name: 军售, 军事, 军火, 军工, 军费, 军备 (simplified and traditional). */
export const CJK_ARMY_COMPOUND = /^[售事火工费費备備]/;

/** How far on (in characters) cjkRunAfter reads. */
export const MAX_CJK_LOOKAHEAD = 8;

/**
 * Words of geography and time that make another name of a place's, in Chinese and Japanese (simplified and
 * traditional): strait, time, peninsula, archipelago, and sea where the run ends there ("日本海で", not "中国海军").
 */
export const CJK_PLACE_WORDS = /^(?:海峡|海峽|時間|时间|半島|半岛|列島|列岛|海$)/;

/**
 * A commission's or an office's name ending within the characters after a body's ("大陸委員會", "台灣事務辦公室",
 * "外事工作委员会办公室"), with no word between that would join two names ("和", "与", "及", "、").
 */
export const CJK_LONGER_BODY =
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
export const CJK_RUN_RULES: readonly (readonly [RegExp, 'place' | 'person' | 'body'])[] = [
  [CJK_PLACE_WORDS, 'place'],
  [CJK_LONGER_BODY, 'body'],
  [CJK_PLACE_ENDING, 'person'],
  [CJK_NAMED_AFTER, 'person'],
  [CJK_ORGANIZATION_ENDING, 'place'],
];

/** Swedish, Danish and Norwegian (Bokmål, Nynorsk), whose press writes names with a genitive -s alike. */
export const NORDIC_LANGUAGES = new Set(['sv', 'da', 'no', 'nb', 'nn']);

/**
 * Finnish case endings, longest first: genitive -n ("Orpon"), partitive -a/-ta, illative -Vn ("Ukrainaan"), the
 * local cases ("Venäjällä", "Putinille") and -na, -ksi. A name ending in a consonant takes them after an -i-
 * ("Putinin", "Trumpista").
 */
export const FINNISH_ENDINGS =
  'ssa ssä sta stä lla llä lta ltä lle ksi tta ttä na nä ta tä an än en in on un yn ön n a ä'.split(' ');

/**
 * Turkish case endings after a name's final possessive vowel, with their buffer consonant, longest first: ablative
 * "-ndan", genitive "-nın", locative "-nda", dative "-na", accusative "-nı", instrumental "-yla" ("Bakanlığından",
 * "Mahkemesinin", "Meclisinde", "Bakanlığına", "Bakanlığını", "Bakanlığıyla"). A proper name written otherwise takes
 * its ending after an apostrophe, which the tokenizer reads as the possessive's ("Türkiye'nin").
 */
export const TURKISH_ENDINGS = 'ndan nden nın nin nun nün nda nde yla yle na ne nı ni nu nü'.split(' ');

export const TURKISH_POSSESSIVE_VOWELS = 'ıiuü';
