/**
 * Greek case forms of names, generated at build time like the Russian and Polish ones (inflect-cyrillic.ts,
 * inflect-polish.ts): "Αλέξης Τσίπρας" also indexes "Αλέξη Τσίπρα"; "Κυριάκος Μητσοτάκης" also "Κυριάκου
 * Μητσοτάκη"; "Νέα Δημοκρατία" also "Νέας Δημοκρατίας"; "Ηνωμένες Πολιτείες" also "Ηνωμένων Πολιτειών". Every
 * word of a name takes the same case. The endings written carry no accent: the matcher folds accents away, so a
 * stress that moves in the genitive ("Πολιτειών") matches all the same. Pure.
 */

/** An ending of the nominative (unaccented, lower case) and its genitive, accusative and vocative endings. */
interface Rule {
  ending: string;
  cases: readonly (readonly string[])[];
  /**
   * Not on a person's last word: a woman's surname does not decline ("της Γεννηματά", "της Αχτσιόγλου"), and its
   * genitive form would be her male relatives' nominative ("Γεννηματάς"); a foreign surname in -ο is left as
   * written too ("του Ρούτο").
   */
  notOnSurname?: boolean;
}

const RULES: readonly Rule[] = [
  { ending: 'ος', cases: [['ου'], ['ο'], ['ε']] },
  { ending: 'ας', cases: [['α'], ['α'], ['α']] },
  { ending: 'ης', cases: [['η'], ['η'], ['η']] },
  { ending: 'ες', cases: [['ων'], ['ες'], ['ες']] },
  { ending: 'οι', cases: [['ων'], ['ους'], ['οι']] },
  { ending: 'μα', cases: [['ματος'], ['μα'], ['μα']] },
  { ending: 'α', cases: [['ας'], ['α'], ['α']], notOnSurname: true },
  { ending: 'η', cases: [['ης'], ['η'], ['η']], notOnSurname: true },
  { ending: 'ο', cases: [['ου'], ['ο'], ['ο']], notOnSurname: true },
];

const GREEK_LETTER = /\p{Script=Greek}/u;
/** Case count of RULES: genitive, accusative, vocative. */
const CASES = 3;
/** Bound on the forms of one case: names have few words, and each word few forms. */
const MAX_FORMS = 64;

/** Lower case, accents dropped, final sigma as in the middle: what the endings are compared with. */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');
}

/** The case forms of one word ([genitive, accusative, vocative]), or undefined if it does not decline. */
function wordCases(word: string, lastOfPerson: boolean): readonly (readonly string[])[] | undefined {
  // Acronyms ("ΣΥΡΙΖΑ", "ΠΑΣΟΚ"), lower-case words ("των") and other scripts stay as written.
  if (word.length < 2 || !GREEK_LETTER.test(word) || word === word.toUpperCase() || word[0] === word[0]!.toLowerCase())
    return undefined;
  const p = plain(word);
  for (const rule of RULES) {
    const ending = rule.ending.replace(/ς/g, 'σ');
    if (!p.endsWith(ending) || p.length <= ending.length + 1) continue;
    if (rule.notOnSurname && lastOfPerson) return undefined;
    const stem = word.slice(0, word.length - ending.length);
    return rule.cases.map((endings) => endings.map((e) => stem + e));
  }
  return undefined;
}

/** The genitive, accusative and vocative forms of a Greek name (not the name itself); none for other scripts. */
export function inflectGreekName(name: string, person: boolean): string[] {
  if (!GREEK_LETTER.test(name)) return [];
  const words = name.split(/(\s+|-)/); // separators at odd positions
  let last = -1;
  for (let i = 0; i < words.length; i += 2) if (words[i]) last = i;
  const plans = words.map((w, i) => (i % 2 ? undefined : wordCases(w, person && i === last)));
  if (plans.every((p) => !p)) return [];
  // A body's name may go on with a genitive of its own, which stays ("Κίνημα Αλλαγής" → "Κινήματος Αλλαγής"): its
  // first declining word alone is declined too.
  const head = plans.findIndex((p) => p);
  const out = new Set<string>();
  const seen = new Set([plain(name)]);
  const emit = (c: number, only: number) => {
    let forms = [''];
    words.forEach((w, i) => {
      const options = (only < 0 || i === only ? plans[i]?.[c] : undefined) ?? [w];
      const next: string[] = [];
      for (const f of forms) for (const o of options) next.push(f + o);
      forms = next.slice(0, MAX_FORMS);
    });
    // Forms that differ only by accents are one form to the matcher.
    for (const f of forms) {
      const key = plain(f);
      if (seen.has(key)) continue;
      seen.add(key);
      out.add(f);
    }
  };
  for (let c = 0; c < CASES; c++) {
    emit(c, -1);
    if (!person) emit(c, head);
  }
  return [...out];
}
