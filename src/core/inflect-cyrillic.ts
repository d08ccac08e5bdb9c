/**
 * Russian and Ukrainian case forms of names, generated at build time so the runtime matcher stays a plain
 * token lookup: "Путин" also indexes "Путина", "Путину", "Путиным", "Путине"; "Россия" also "России",
 * "Россию", "Россией". Every word of a name takes the same grammatical case ("Владимира Путина"). Forms are
 * deliberately generous (both languages, masculine and feminine surname patterns): an extra form of a
 * proper name cannot match ordinary text. Pure.
 */

import { CYRILLIC_NAME_PARTICLES } from './particles';

type Cases = readonly (readonly string[])[]; // per case: the endings that replace the stem's ending

interface Rule {
  ending: string;
  cases: Cases; // [genitive, dative, accusative, instrumental, prepositional]
}

// Every rule whose ending fits contributes forms (a noun and an adjective may end alike: "Україна",
// "Південна"); a wrong extra form of a proper name cannot match ordinary text.
const RULES: Rule[] = [
  // Adjectives in names: "Саудовская Аравия", "Белый дом", "Объединённые Арабские Эмираты".
  { ending: 'ая', cases: [['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']] },
  { ending: 'яя', cases: [['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']] },
  { ending: 'ое', cases: [['ого'], ['ому'], ['ое'], ['ым'], ['ом']] },
  { ending: 'ее', cases: [['его'], ['ему'], ['ее'], ['им'], ['ем']] },
  { ending: 'ые', cases: [['ых'], ['ым'], ['ых'], ['ыми'], ['ых']] },
  { ending: 'ие', cases: [['их'], ['им'], ['их'], ['ими'], ['их']] },
  { ending: 'і', cases: [['их'], ['им'], ['их'], ['ими'], ['их']] },
  { ending: 'ий', cases: [['ого', 'его'], ['ому', 'ему'], ['ого', 'его'], ['им'], ['ом', 'ем', 'ім', 'ому']] },
  { ending: 'ый', cases: [['ого'], ['ому'], ['ого'], ['ым'], ['ом']] },
  { ending: 'ой', cases: [['ого'], ['ому'], ['ого'], ['ым'], ['ом']] },
  { ending: 'ія', cases: [['ії'], ['ії'], ['ію'], ['ією'], ['ії']] },
  { ending: 'ия', cases: [['ии'], ['ии'], ['ию'], ['ией', 'ией'], ['ии']] },
  { ending: 'й', cases: [['я'], ['ю'], ['я'], ['ем', 'єм'], ['е', 'ї']] },
  {
    ending: 'ь',
    cases: [
      ['я', 'и', 'і'],
      ['ю', 'и', 'і'],
      ['я', 'ь'],
      ['ем', 'ью', 'ем', 'ом'],
      ['е', 'и', 'і'],
    ],
  },
  {
    ending: 'а',
    cases: [['ы', 'и', 'і', 'ой', 'ої'], ['е', 'і', 'ой', 'ій'], ['у'], ['ой', 'ою', 'ей'], ['е', 'і', 'ой', 'ій']],
  },
  // Ukrainian masculine names in -о: "Кирило" → "Кирила", "Петро" → "Петра", "Порошенко" → "Порошенка".
  { ending: 'о', cases: [['а'], ['у', 'ові'], ['а'], ['ом'], ['ові', 'і']] },
  { ending: 'я', cases: [['и', 'і', 'ї'], ['е', 'и', 'і', 'ї'], ['ю'], ['ей', 'ею', 'єю'], ['е', 'и', 'і', 'ї']] },
];
/**
 * Neuter and plural nouns heading the names of institutions: "Министерство", "Управление", "Міністерство",
 * "Вооружённые силы", "Соединённые Штаты", "Збройні сили".
 */
const INSTITUTION_RULES: Rule[] = [
  { ending: 'о', cases: [['а'], ['у'], ['о'], ['ом'], ['е', 'і']] },
  // Ukrainian neuter adjectives: "Головне управління" → "Головного управління".
  { ending: 'не', cases: [['ного'], ['ному'], ['не'], ['ним'], ['ному', 'нім']] },
  // Plural nouns in -а: "Сухопутні війська" → "Сухопутними військами", "військ".
  { ending: 'а', cases: [['', 'ів'], ['ам'], ['а'], ['ами'], ['ах']] },
  { ending: 'ие', cases: [['ия'], ['ию'], ['ие'], ['ием'], ['ии']] },
  { ending: 'ння', cases: [['ння'], ['нню'], ['ння'], ['нням'], ['нні']] },
  { ending: 'ы', cases: [['ов', ''], ['ам'], ['ы'], ['ами'], ['ах']] },
  // The genitive plural in -ів is Ukrainian: "Нідерланди" → "Нідерландів" (Russian "Нидерландов").
  { ending: 'и', cases: [['ей', 'ов', 'ів', ''], ['ям', 'ам'], ['и'], ['ями', 'ами'], ['ях', 'ах']] },
];
/**
 * Endings of adjectives, which agree with the noun they precede: Russian "Верховная Рада", "Белый дом";
 * Ukrainian "Верховна Рада", "Українська правда", "Головне управління".
 */
const ADJECTIVE_ENDINGS = [
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ій',
  'на',
  'ька',
  'ова',
  'ні',
  'не',
  'ьке',
];
/** Masculine consonant stems; Ukrainian gives things a genitive in -у ("Генерального штабу", "Конгресу"). */
const CONSONANT_CASES: Cases = [
  ['а', 'у'],
  ['у', 'ові', 'еві'],
  ['а'],
  ['ом', 'ым', 'ем', 'им', 'ім'],
  ['е', 'і', 'ові'],
];
const CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
/**
 * Words that do not decline in names: particles ("фон дер" of "Урсулі фон дер Ляєн", whose "дер" had been declined
 * as a noun), and the Turkic "милли" ('national') of "Милли Меджлис".
 */
const INDECLINABLE = new Set([...CYRILLIC_NAME_PARTICLES, 'де', 'дель', 'бен', 'ла', 'ле', 'милли']);

const CYRILLIC = /[\u0400-\u04FF]/;

export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Case forms of one word, per case (5 lists); empty lists for words that do not decline. */
function wordCases(word: string, institution: boolean): string[][] {
  const lower = word.toLowerCase();
  const none = [[], [], [], [], []];
  // Two letters decline only as a name ending in a consonant ("Ян Куцяк" → "Яна Куцяка").
  const short = word.length === 2 && CONSONANTS.includes(lower[1]!);
  if ((word.length < 3 && !short) || INDECLINABLE.has(lower) || !isCyrillic(word)) return none;
  // A foreign name in a vowel and "-а" does not decline: "Франсуа Олланда", "Андреа".
  if (/[аеёиоуыэюяіїє]а$/.test(lower)) return none;
  // Acronyms do not decline: "США", "ВС РФ" ("Госдепартамента США").
  if (word === word.toUpperCase()) return none;
  const out: string[][] = [[], [], [], [], []];
  for (const rule of institution ? [...RULES, ...INSTITUTION_RULES] : RULES) {
    if (!lower.endsWith(rule.ending)) continue;
    const stem = word.slice(0, word.length - rule.ending.length);
    // "-е" is the dative of "Земля", not of a noun in "-ия"/"-ія" ("России", not "Россие"): "Известия" gives no
    // "Известие", the ordinary word 'news'.
    const softStem = rule.ending === 'я' && /[иі]$/.test(stem.toLowerCase());
    rule.cases.forEach((endings, c) =>
      out[c]!.push(...endings.filter((e) => !(softStem && e === 'е')).map((e) => stem + e)),
    );
  }
  if (CONSONANTS.includes(lower[lower.length - 1]!))
    CONSONANT_CASES.forEach((endings, c) => out[c]!.push(...endings.map((e) => word + e)));
  return out.map((forms) => [...new Set(forms)]);
}

const isAdjective = (word: string) => ADJECTIVE_ENDINGS.some((e) => word.toLowerCase().endsWith(e));

/** The Arabic article as Russian and Ukrainian write it before a hyphen ("Аль-", "ан-", "Эр-", "аш-"). */
const ARABIC_ARTICLE = /^(?:аль|эль|ель|ал|ан|ас|аш|ат|ад|аз|ар|эр|ер)$/i;

/** "And" in Russian and Ukrainian, between the coordinated nouns of a name. */
const CONJUNCTIONS = new Set(['и', 'і', 'й', 'та']);

/**
 * Inflected variants of a Cyrillic name: for each case, every combination of its words' forms (a word
 * that does not decline keeps its form). Returns forms other than the name itself. A person's name declines
 * word by word ("Владимира Путина"); an institution's only up to its head noun, and what follows the head is
 * already in the genitive ("Офиса президента Украины", "Министерства обороны России").
 */
export function inflectName(name: string, person = true): string[] {
  const out = new Set<string>();
  for (const forms of caseForms(name, person)) for (const f of forms) if (f !== name) out.add(f);
  return [...out];
}

/**
 * A country's name in the genitive, as it follows a body's name ("МИД Алжира", "МЗС Сенегалу", "Минобороны
 * Израиля"); a name that does not decline as it is ("Марокко", "США"). Generous, as the other forms are.
 */
export function genitivesOf(name: string, lang: 'ru' | 'uk'): string[] {
  // Only the language's own letters, and the first few of a long name's combinations: the forms are many
  // ("Южнаи Кореи" of the generous rules), and each one is declined again as the ministry's name is.
  const foreign = lang === 'ru' ? /[іїєґ]/i : /[ыэёъ]/i;
  const forms = (caseForms(name, false)[0] ?? []).filter((f) => !foreign.test(f)).slice(0, 4);
  return forms.length ? forms : [name];
}

/** Per case (genitive, dative, accusative, instrumental, prepositional), the name's forms (see inflectName). */
function caseForms(name: string, person: boolean): string[][] {
  if (!isCyrillic(name)) return [];
  const words = name.split(/(\s+|-)/); // keep separators at odd positions
  let headSeen = false;
  let headAt = -1;
  const perWord = words.map((w, i) => {
    if (i % 2 === 1) return null;
    // The Arabic article never declines and is no head: "Аль-Каида" → "Аль-Каиды", "Башар Аль-Асад" →
    // "Башара Аль-Асада".
    if (words[i + 1] === '-' && ARABIC_ARTICLE.test(w)) return null;
    // "Боснія і Герцеговина" → "Боснії і Герцеговини": a conjunction right after the head noun does not decline,
    // and the noun after it does, as the head does. After a complement ("Министерство науки и высшего
    // образования") the words after it stay as they are.
    if (CONJUNCTIONS.has(w.toLowerCase())) {
      if (headAt === i - 2) headSeen = false;
      return null;
    }
    if (person) return wordCases(w, false);
    if (headSeen) return null;
    // "Воздушно-космические силы": the first half of a compound adjective does not decline.
    if (words[i + 1] === '-' && /[оеі]$/i.test(w)) return null;
    const cases = wordCases(w, true);
    // An indeclinable word is no head ("Милли Меджлис" → "Милли Меджлиса", "Радио Свобода" → "Радио Свободы"):
    // the noun after it declines.
    if (!isAdjective(w) && w !== w.toUpperCase() && cases.some((forms) => forms.length)) {
      headSeen = true;
      headAt = i;
    }
    return cases;
  });
  const out: string[][] = [];
  // A woman's surname in a consonant or "-ь" does not decline ("Ангели Меркель", "Хиллари Клинтон"); a man's does
  // ("Никиты Хрущёва"): after a given name in "-а"/"-я", the surname is kept as written too.
  const lastWord = words.length - 1;
  const end = words[lastWord]!.toLowerCase().at(-1)!;
  const feminine = person && lastWord > 0 && /[ая]$/i.test(words[0]!) && (CONSONANTS.includes(end) || end === 'ь');
  for (let c = 0; c < 5; c++) {
    let forms = [''];
    words.forEach((w, i) => {
      const cases = perWord[i]?.[c];
      // Names in -о decline in Ukrainian but not in Russian ("Александра Лукашенко"): keep both.
      const both = /о$/i.test(w) || (feminine && i === lastWord);
      // The first half of a person's double surname declines only when it is a surname itself ("Римского-
      // Корсакова"), not when it is a prefix ("Кара-Мурзы"): both, the undeclined first, so that the bound below
      // keeps it.
      const prefix = person && words[i + 1] === '-';
      const options = cases?.length ? (prefix ? [w, ...cases] : both ? [...cases, w] : cases) : [w];
      const next: string[] = [];
      for (const f of forms) for (const o of options) next.push(f + o);
      // Bound the product: names have few words, and each word few forms.
      forms = next.slice(0, 64);
    });
    // A place of two halves may decline only its second: "Коста-Рика" → "Коста-Рики", "Шри-Ланка" → "Шри-Ланке"
    // (and "Гвинея-Бисау" only its first, above).
    const halves = person ? null : /^([^\s-]+)-([^\s-]+)$/.exec(name);
    if (halves) for (const f of wordCases(halves[2]!, true)[c]!) forms.push(`${halves[1]}-${f}`);
    out.push(forms);
  }
  return out;
}
