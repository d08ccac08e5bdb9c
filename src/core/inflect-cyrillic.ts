/**
 * Russian and Ukrainian case forms of names, generated at build time so the runtime matcher stays a plain
 * token lookup: "Путин" also indexes "Путина", "Путину", "Путиным", "Путине"; "Россия" also "России",
 * "Россию", "Россией". Every word of a name takes the same grammatical case ("Владимира Путина"). Forms are
 * deliberately generous (both languages, masculine and feminine surname patterns): an extra form of a
 * proper name cannot match ordinary text. Pure.
 */

type Cases = readonly (readonly string[])[]; // per case: the endings that replace the stem's ending

interface Rule {
  ending: string;
  cases: Cases; // [genitive, dative, accusative, instrumental, prepositional]
}

// Longest endings first.
const RULES: Rule[] = [
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
  { ending: 'а', cases: [['ы', 'и', 'і', 'ой'], ['е', 'і', 'ой'], ['у'], ['ой', 'ою', 'ей', 'ою'], ['е', 'і', 'ой']] },
  { ending: 'я', cases: [['и', 'і'], ['е', 'и', 'і'], ['ю'], ['ей', 'ею'], ['е', 'и', 'і']] },
];
/** Masculine consonant stems. */
const CONSONANT_CASES: Cases = [['а'], ['у', 'ові', 'еві'], ['а'], ['ом', 'ым', 'ем', 'им', 'ім'], ['е', 'і', 'ові']];
const CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
/** Words that do not decline in names (particles, initials). */
const INDECLINABLE = new Set(['де', 'ван', 'фон', 'аль', 'ибн', 'бен', 'ла', 'ле']);

const CYRILLIC = /[\u0400-\u04FF]/;

export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Case forms of one word, per case (5 lists); empty lists for words that do not decline. */
function wordCases(word: string): string[][] {
  const lower = word.toLowerCase();
  if (word.length < 3 || INDECLINABLE.has(lower) || !isCyrillic(word)) return [[], [], [], [], []];
  for (const rule of RULES) {
    if (lower.endsWith(rule.ending)) {
      const stem = word.slice(0, word.length - rule.ending.length);
      return rule.cases.map((endings) => endings.map((e) => stem + e));
    }
  }
  if (CONSONANTS.includes(lower[lower.length - 1]!))
    return CONSONANT_CASES.map((endings) => endings.map((e) => word + e));
  return [[], [], [], [], []];
}

/**
 * Inflected variants of a Cyrillic name: for each case, every combination of its words' forms (a word
 * that does not decline keeps its form). Returns forms other than the name itself.
 */
export function inflectName(name: string): string[] {
  if (!isCyrillic(name)) return [];
  const words = name.split(/(\s+|-)/); // keep separators at odd positions
  const perWord = words.map((w, i) => (i % 2 === 0 ? wordCases(w) : null));
  const out = new Set<string>();
  for (let c = 0; c < 5; c++) {
    let forms = [''];
    words.forEach((w, i) => {
      const cases = perWord[i]?.[c];
      const options = cases?.length ? cases : [w];
      const next: string[] = [];
      for (const f of forms) for (const o of options) next.push(f + o);
      // Bound the product: names have few words, and each word few forms.
      forms = next.slice(0, 64);
    });
    for (const f of forms) if (f !== name) out.add(f);
  }
  return [...out];
}
