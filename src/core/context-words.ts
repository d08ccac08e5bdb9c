/**
 * Words the matcher looks at around a candidate name. They are compiled into the index's token dictionary
 * with W_* flags, so at match time a neighbour is classified by one array read. Folded (lower case, no
 * diacritics). Used at build time only.
 */
import {
  W_COUNTER_CUE,
  W_CUE,
  W_HONORIFIC,
  W_ADJECTIVE,
  W_ARTICLE,
  W_KIND_NOUN,
  W_GERMAN,
  W_DATE_WORD,
  W_GENERIC,
  W_MONTH,
  W_PARTICLE,
  W_PLACE_PREFIX,
  W_PLACE_SUFFIX,
  W_STOPWORD,
  W_TITLE,
  W_OWNER_ONLY,
  W_CREDIT,
  W_ORG_HEAD,
  W_PERSON_TITLE,
  W_STREET,
  W_ITALIAN,
  W_NORDIC,
  W_FINNISH,
  W_TURKISH,
  W_SPANISH,
  W_REGION_WORD,
  W_BUSINESS,
} from './index-flags';
import { ARABIC_ARTICLES, CYRILLIC_NAME_PARTICLES } from './particles';
import { ROYAL_TITLES } from './royal-titles';

/**
 * Honorifics and offices written before a name; they are never part of the span but support it. Among them the
 * Zimbabwean press's "Cde" (comrade) and "Amai" (Shona: mother, for a leader's wife): "Cde Mugabe", "Amai Sally Mugabe".
 */
const TITLES = `mr mrs ms miss dr prof sir dame lord lady president presidents vice prime minister ministers premier pm
senior
chancellor secretary cs adviser advisor sen senator major lieutenant brigadier captain sergeant corporal rep representative gov governor mayor general gen lt col colonel adm admiral
marshal field commander chief spokesman spokeswoman spokesperson envoy ambassador sheikh shaikh sheik ayatollah
grand hojatoleslam hojjatoleslam imam emir amir king queen prince princess crown sultan pope cardinal patriarch
rabbi speaker judge justice deputy foreign defence defense interior finance leader chairman chairwoman chair
chairperson director head justice officer minister-president taoiseach tanaiste his her excellency attorney prosecutor
solicitor commissioner counsel inspector superintendent clerk registrar
presidente presidenta président présidente ministro ministra ministre canciller chancelier diputado diputada deputado
deputada député députée senador senadora sénateur sénatrice gobernador gobernadora governador governadora gouverneur
alcalde alcaldesa prefeito prefeita maire juez jueza juiz juíza juge procurador procuradora procureur portavoz
embajador embajadora embaixador embaixadora ambassadeur ambassadrice sindaco giudice ambasciatore senatore deputato
papa pape papst papież
${ROYAL_TITLES}
prezydent marszałek rzecznik ambasador präsident präsidentin kanzler kanzlerin ministerin bundeskanzler
bundeskanzlerin
highness majesty mullah cleric hrh rt hon honourable honorable former late acting interim elect cde comrade amai
президент премьер министр глава председатель спикер пресс-секретарь генерал
патриарх патриарха патриарху патриархом патриархе патріарх патріарха патріарху патріархом патріархові митрополит
митрополита митрополиту митрополитом митрополите митрополитові
الرئيس رئيس الوزير وزير الشيخ الملك الأمير المرشد
رئیس‌جمهور رئیس وزیر آیت‌الله
cumhurbaşkanı başkanı başbakan başbakanı bakanı emiri kralı prensi sözcüsü komiseri temsilcisi sekreteri dış dışişleri
büyükelçi büyükelçisi elçisi valisi
leider fractieleider partijleider voorzitter fractievoorzitter partijvoorzitter lijsttrekker woordvoerder
staatssecretaris kanselier bondskanselier defensieminister
נשיא ראש השר שר`;

/**
 * Courtesy titles: they say a person is meant, not which office they hold. "Imam" too: "Imam Hussain" and
 * "Imam Ali" are the Shia imams of the seventh century, not a politician surnamed Hussain or Ali. "Alhaji" (West
 * Africa's courtesy title for a man who has made the hajj) opens many a Nigerian name, as "Chief" does. Burmese
 * names open with "U" (for a man) or "Daw" (for a woman): "U Htin Kyaw", "Daw Aung San Suu Kyi".
 */
const HONORIFICS = `mr mrs ms miss dr prof sir dame lord lady his her excellency highness majesty hrh rt hon honourable
honorable late former imam m mme mmes mlle cde comrade amai alhaji alhaja hajia u daw`;

/** May be written in lower case inside a name. */
const PARTICLES = `al el ad as ash at az bin ibn bint bn abu abd van von der den de del della di da dos das du la le i
of the and for y e und et des zu ul d l
${CYRILLIC_NAME_PARTICLES.join(' ')} бен`;

/**
 * First words of the short names of a country's forces (see militaryForms in compile.ts). A war story names
 * two armies, so "the army" is read only after its country: "Pakistan's army", "the Japanese coast guard".
 */
const OWNER_ONLY = `army navy air coast`;
/** Photo and video credits and bylines: "(AP Photo/Evan Vucci)", "AFP Video", "Reuters Pool", "The Hindu Bureau". */
const CREDITS = `photo photos video pool bureau staff`;

/** World-affairs words: near an ambiguous place name they point to the country. */
const CUES = `government president prime minister ministry parliament embassy ambassador troops army military forces
sanctions talks border borders election elections regime officials official capital foreign republic kingdom
war ceasefire invasion diplomatic diplomats diplomat treaty summit nato un opposition protesters protests coup
junta rebels militants refugees nuclear state-run national authorities envoy delegation bilateral soviet
occupation independence referendum crisis conflict fighters mercenaries militia militias insurgents jihadists
paramilitary paramilitaries
правительство президент президента министр министра премьер армия войска санкции переговоры посол
посольство парламент выборы война
уряд президент міністр армія війська санкції переговори посол парламент вибори війна
gouvernement président ministre armée sanctions ambassadeur parlement élections guerre
regierung präsident minister armee sanktionen botschafter parlament wahlen krieg
gobierno presidente ministro ejército sanciones embajador parlamento elecciones guerra
حكومة الحكومة رئيس الرئيس وزير الوزير وزارة جيش الجيش قوات سفير السفير حرب الحرب انتخابات عقوبات
دولت رئیس‌جمهور وزیر ارتش سفیر جنگ انتخابات تحریم`;

/**
 * Words of business news, in the languages of the European press: a company's shared name near one of them is the
 * company ("Shares in BP and Shell fell"). Words the company's other readings seldom stand beside: not "oil",
 * "market" or "bid", which a story of states uses as often, nor French "actions" (English's word too).
 */
const BUSINESS_CUES = `shares shareholder shareholders stock stocks investor investors profit profits revenue revenues
earnings dividend dividends quarterly turnover sales ceo executive carmaker carmakers automaker chipmaker lender lenders
insurer retailer airline conglomerate subsidiary subsidiaries merger takeover acquisition stake plc inc corp ltd llc
refinery refineries nasdaq ftse nyse company companies jobs corporate employees
aktie aktien aktionäre anleger gewinn umsatz quartal dividende börse vorstandschef konzernchef
actionnaires bénéfice bénéfices bourse dividende trimestre pdg
acciones accionistas ganancias ingresos bolsa dividendo trimestre
azioni azionisti ricavi fatturato borsa
ações acionistas lucro lucros receita dividendos
aandelen aandeelhouders winst omzet beurs kwartaal topman`;

/** Words that point away from the world-affairs reading of an ambiguous name. */
const COUNTER_CUES = `county counties statehouse legislature atlanta savannah republican republicans democrat democrats
gop sneakers nba nfl recipe roast thanksgiving stuffing peach peaches bulldogs`;

/** Capitalized words that extend a preceding proper name into another one ("Sullivan County"). */
const PLACE_SUFFIXES = `county street avenue road square park river lake mountain mountains island islands bay city town
village university college school hospital airport station bridge hall tower center centre institute foundation
fund bank company corporation corp inc ltd group club stadium arena cup league fc boulevard highway museum memorial
mausoleum library prize award trophy madrasa madrassa mosque church cathedral temple seminary academy`;

/**
 * Heads of institutions' names of the form "<Head> of <Country>": "Bank of Zambia", "Pontifical Catholic University
 * of Peru", "Electoral Commission of Zambia". Not offices ("President of"), nor "Government", "Republic",
 * "Embassy" or "Union", whose country is the actor or the name of the country itself.
 */
const ORG_HEADS = `bank university college institute institution commission committee council court tribunal authority
agency board corporation company association federation foundation church chamber league academy school hospital
museum airport airlines airways exchange society`;

/** Capitalized words that begin a longer place name ("New Mexico", "Lake Chad", "North Carolina"). */
const PLACE_PREFIXES = `new north south east west northern southern eastern western upper lower greater central lake mount
port saint st san santa fort cape gulf little old nueva nuevo`;

/**
 * Words for a street, a square, an airport, a stadium, a bridge, a pipeline or a city's district written before the name
 * it bears ("فرودگاه امام خمینی", "aéroport Charles-de-Gaulle", Mexico City's "alcaldía Miguel Hidalgo", Argentina's
 * "gasoducto Néstor Kirchner").
 */
const STREETS = `rue avenue boulevard calle avenida rua praça piazza plaza ulica aleja placu ulicy alei улица улице улицы
alcaldía alcaldia colonia municipio delegación barrio gasoducto oleoducto gasoduto oleoduto estadio estádio stade stadio
puente ponte
проспект проспекте площадь площади вулиця вулиці проспекті площа شارع بشارع ميدان بميدان ساحة جادة خیابان רחוב
aeropuerto aeroporto aéroport аэропорт аэропорту аэропорта аеропорт аеропорту аеропорті مطار بمطار فرودگاه`;

/** Nationality, regional and religious adjectives: capitalized, but "Shiite Houthi rebels" is no longer name. */
const ADJECTIVES = `afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani azeri bahraini bangladeshi belarusian belgian beninese bolivian bosnian brazilian british bulgarian
burkinabe burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban
cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish
french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian
indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar
kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian macedonian malagasy malawian malaysian malian
maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan
nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali somalian spanish
sudanese swedish swiss syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean soviet western eastern northern southern arab
arabic kurdish kurd persian shiite shia shiʿite sunni alawite druze zaydi islamist jihadist jewish muslim christian
catholic orthodox coptic hindu buddhist pashtun baloch tamil sikh gulf asian african latin nordic baltic balkan
caucasian chechen crimean tatar uyghur tibetan rohingya yazidi hazara tuareg amhara tigrayan oromo fulani hausa yoruba
igbo maronite transatlantic francophone anglophone lusophone franstalig nederlandstalig duitstalig engelstalig`;

/** Institutional nouns newsrooms write in lower case after a capitalized name ("the Chinese foreign ministry"). */
const GENERIC = `ministry foreign defense defence interior affairs office army navy forces force guard council police
intelligence service services command party group committee commission court bank department agency assembly
parliament coast mission state finance justice health energy economy trade commerce education external
ministere armee departement gouvernement ministerio ejercito gobierno departamento ministero esercito governo
ministerio exercito parquet cour tribunal ministerie regering leger`;

/** Month names that are also surnames or given names. */
const MONTHS = `january february march april may june july august september october november december`;

/** Words before a month name that make it a date ("in May", "since June", "early August"). */
const DATE_WORDS = `in since until till from early late mid last next this during through by of`;

/**
 * Words naming the kind of actor beside them: the support a name that is also a common word needs where
 * capitals say nothing (Arabic, Hebrew, and German, where every noun is capitalized). Arabic also has the words
 * that only a news outlet stands beside: its bureau and correspondent ("مكتب الجزيرة", "مراسل الجزيرة") and the
 * credit line closing an article ("المصدر: الجزيرة + وكالات").
 */
const KIND_NOUNS = `newspaper paper daily agency channel broadcaster magazine website outlet group organization
organisation company party movement firm chipmaker carmaker automaker
konzerns unternehmens firma hersteller herstellers chipkonzern chipkonzerns chiphersteller autobauer
société entreprise empresa compañía azienda società
صحيفة جريدة قناة وكالة مجلة موقع منظمة مركز مؤسسة شركة حزب حركة جمعية تلفزيون إذاعة مكتب مراسل مراسلة المصدر
روزنامه خبرگزاری شبکه سازمان حزب شرکت سایت پایگاه نشریه
עיתון ערוץ ארגון חברת מפלגת מפלגה אתר סוכנות עמותת עמותה תנועת
газета агентство издание телеканал журнал организация компания партия видання організація компанія партія
zeitung tageszeitung wochenzeitung magazin nachrichtenmagazin wochenmagazin blatt boulevardblatt sender agentur
nachrichtenagentur zeitschrift verlag konzern unternehmen`;

/**
 * German function words that no other language of the news writes as words: a text with enough of them is
 * German, where names take a genitive -s ("Putins Rede", "des Bundestags"). Not "des", "die", "war":
 * French and English words too; nor "mit", "uber", "hat" (MIT, Uber, a hat).
 */
const GERMAN = `und nicht auch eine einen einem einer wurde wurden werden wird sind ist haben nach zum zur bei sich
noch wie dass oder aber seine seiner ihre ihrer ihren dem der das`;

/**
 * Italian function words that no other language of the news writes as words: a text with enough of them is
 * Italian, whose press writes an acronym as a word ("l'Onu", "gli Usa", "la Bce"). Not "che", "per", "il", "con":
 * words of French, Spanish, Portuguese or English too.
 */
const ITALIAN = `della dello degli delle nella nello negli nelle dalla dagli dalle alla allo agli alle sono anche
questo questa hanno stato stata essere perché già più però secondo ieri oggi`;

/**
 * Swedish, Danish and Norwegian function words that no other language of the news writes as words: a text with
 * enough of them is Scandinavian, where a name takes a genitive -s ("Putins", "Sveriges"). Not "at", "for",
 * "den", "sin", "til", "et", "var", "som": English, French or Latin words too.
 */
const NORDIC = `och inte att också eller efter hade sina sitt skulle kunde mellan enligt även säger sade ikke og også etter
hadde havde mellom ifølge bliver blir blev ble sier siger sagde`;

/**
 * Finnish function words that no other language of the news writes as words: a text with enough of them is
 * Finnish, where a name takes case endings ("Putinin", "Orpolle", "Suomen"). Not "on", "ja", "ei", "se":
 * English, German or Spanish words too.
 */
const FINNISH = `että myös mutta joka jonka sekä hän ovat olisi mukaan jälkeen kanssa vuonna sanoi oli eikä kuin
jossa josta koska vaikka mitä tämä tämän siitä niin vielä`;

/**
 * Turkish function words that no other language of the news writes as words: a text with enough of them is Turkish,
 * where a name ending in the possessive takes case endings ("Bakanlığına", "Mahkemesinin"). Not "ile", which folds
 * as French "île".
 */
const TURKISH = `ve bir için olarak gibi sonra kadar ancak göre olan değil yüzde tarafından ayrıca ediyor etti oldu
olduğu daha çok ise bunun şöyle`;

/**
 * Spanish function words that Italian and Portuguese do not write: a text with enough of them is Spanish, where the
 * Mexican and Central American press write "EU" for Estados Unidos.
 */
const SPANISH = `los las y según también dijo sino aunque después mientras además ayer hasta cuando donde muy sus`;

/**
 * Words after which the press writes a person's name, and nothing else: offices, ranks, courtesy titles and the
 * roles of people quoted in the news ("analyst Susan Booysen"). Not words that also open an institution's or a
 * company's name ("General Motors", "Chief Executive"), nor modifiers ("deputy", "foreign", "former"), which
 * stand before another title. A hyphenated title counts by its last part ("премьер-министр", "porte-parole").
 */
const PERSON_TITLES = `mr mrs ms miss dr prof sir dame president minister premier chancellor secretary cs adviser advisor
senator sen rep representative congressman congresswoman governor gov mayor lieutenant lt colonel col brigadier
captain admiral adm marshal commander spokesman spokeswoman spokesperson envoy ambassador sheikh ayatollah
hojatoleslam emir king queen prince princess sultan pope cardinal patriarch rabbi speaker judge justice chairman
chairwoman chairperson director leader mp lawmaker legislator councillor councilor prosecutor attorney commissioner
superintendent clerk registrar sergeant corporal brig maj capt sgt cpl datuk dato datin seri tun tunku tengku agong pertuan analyst lawyer economist professor researcher activist journalist reporter
correspondent candidate politician ceo founder advocate counsel wife husband widow son daughter mother father brother
actor actress singer author writer novelist businessman businesswoman billionaire tycoon entrepreneur scholar historian
scientist coordinator newcomer incumbent campaigner pastor reverend cde comrade amai republican republicans democrat
democrats chair ombudsman ombudswoman diplomat negotiator banker executive mediator strategist pollster consultant aide
lobbyist commentator editor columnist presenter fellow delegate officer inspector whip partner
sister ministers senators judges lawmakers mps governors presidents member citizen jurist
assemblyman assemblywoman assemblymember councilman councilwoman councilmember alderman alderwoman justices sheriff
magistrate mep mla bishop archbishop
${ROYAL_TITLES}
periodista jornalista giornalista journaliste esposa esposo viuda viudo hijo hija madre padre hermano hermana épouse
époux veuve mari fils mère père frère sœur marido filho filha mãe pai irmão irmã ministros ministras ministres
senadores sénateurs jueces juízes juges jurista juristas juriste
m mme président présidente ministre député députée sénateur sénatrice maire gouverneur juge procureur procureure
parole ambassadeur ambassadrice avocat avocate
presidente presidenta ministro ministra canciller diputado diputada senador senadora alcalde alcaldesa gobernador
gobernadora juez jueza fiscal portavoz vocero vocera embajador embajadora abogado abogada candidato candidata
secretario secretaria concejal concejala intendente legislador legisladora magistrado magistrada secretário secretária
vereador vereadora relator relatora desembargador desembargadora secrétaire préfet préfète segretario segretaria
sottosegretario governatore
dirigente deputado deputada governador governadora prefeito prefeita juiz juiza procurador procuradora voz
embaixador embaixadora advogado advogada deputato deputata senatore senatrice sindaco giudice procuratore portavoce
ambasciatore
herr frau präsidentin ministerin kanzlerin abgeordnete abgeordneter abgeordneten bürgermeister bürgermeisterin sprecherin
richter richterin botschafterin ständerat ständerätin nationalrat nationalrätin
президент министр премьер глава председатель спикер секретарь генерал губернатор мэр депутат сенатор посол судья
прокурор лидер міністр голова речник посол мер суддя адвокат журналист политолог аналитик эксперт бизнесмен
руководитель директор аким министра министру судьи адвоката депутата журналіст політолог аналітик експерт керівник
судді
cumhurbaşkanı başkanı başbakan bakan bakanı sözcüsü milletvekili vali valisi kaymakam kaymakamı büyükelçi büyükelçisi
başsavcı başsavcısı
prezydent premier minister poseł posłanka marszałek rzecznik rzeczniczka ambasador generał sędzia prokurator
burmistrz wojewoda szef szefowa prezes prezeska dyrektor dyrektorka wicepremier wiceminister
voorzitter fractievoorzitter partijleider lijsttrekker vicepresident woordvoerder woordvoerster burgemeester
staatssecretaris kamerlid leider fractieleider partijvoorzitter kanselier bondskanselier defensieminister
commissievoorzitter kamervoorzitter
consultor consultora asesor asesora assessor assessora`;

/** Russian and Ukrainian words for a region, in their cases (see W_REGION_WORD). */
const REGION_WORDS = `область области областью областей края краю краем район района районе округа округе області
областю районі району`;

/** Common English words that an all-caps acronym could be (US, IS, WHO, IT). */
const STOPWORDS = `a an and are as at be but by do for from go he her his i if in into is it its me my no not of on
one or our out so than that the their them then there they this to up us was we were what when where which who
why will with you your am most many some several few both`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export function contextWords(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (list: string, flag: number) => {
    for (const w of words(list)) map.set(w, (map.get(w) ?? 0) | flag);
  };
  add(TITLES, W_TITLE);
  add(HONORIFICS, W_TITLE | W_HONORIFIC);
  add(PARTICLES, W_PARTICLE);
  add(CUES, W_CUE);
  add(COUNTER_CUES, W_COUNTER_CUE);
  add(PLACE_SUFFIXES, W_PLACE_SUFFIX);
  add(PLACE_PREFIXES, W_PLACE_PREFIX);
  add(STREETS, W_STREET);
  add(ADJECTIVES, W_ADJECTIVE);
  add(STOPWORDS, W_STOPWORD);
  add(GENERIC, W_GENERIC);
  add(MONTHS, W_MONTH);
  add(OWNER_ONLY, W_OWNER_ONLY);
  // A credit word also names what its agency is, as "agency" does.
  add(CREDITS, W_CREDIT | W_KIND_NOUN);
  add(DATE_WORDS, W_DATE_WORD);
  add(ARABIC_ARTICLES.join(' '), W_ARTICLE);
  add(KIND_NOUNS, W_KIND_NOUN);
  add(GERMAN, W_GERMAN);
  add(ITALIAN, W_ITALIAN);
  add(NORDIC, W_NORDIC);
  add(FINNISH, W_FINNISH);
  add(TURKISH, W_TURKISH);
  add(SPANISH, W_SPANISH);
  add(REGION_WORDS, W_REGION_WORD);
  add(BUSINESS_CUES, W_BUSINESS);
  add(ORG_HEADS, W_ORG_HEAD);
  add(PERSON_TITLES, W_PERSON_TITLE);
  return map;
}

/** Is a folded alias one of the common words an all-caps acronym can collide with? */
export function isStopword(folded: string): boolean {
  return words(STOPWORDS).includes(folded);
}
