/**
 * Names in Cyrillic that the knowledge base has only in Latin letters: "Горан Весич" in a Russian story on Serbia,
 * "Дилма Руссефф" where the base has Dilma Rousseff's Russian name as "Дилма Русеф". They are read by sound, as a
 * European spelling is (latin-sound-names.ts): the Cyrillic is written in the English spelling of Russian and
 * Ukrainian names, and the readings it may have are looked up as that spelling would be. Pure: no DOM, no `browser`.
 */

/** A word with a Cyrillic letter. */
export const CYRILLIC_WORD = /[\u0400-\u04ff]/;

/** Cyrillic letters as the English spelling of Russian and Ukrainian names writes them (г: see latinReadings). */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ј: 'y',
  љ: 'l',
  њ: 'n',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dzh',
};

/**
 * Case endings with a consonant, which the sound of a name would keep: the instrumental ("Весичем"),
 * and the adjectival surname's ("Зеленского", "Зеленському"). Endings of a vowel alone are left on: a name's keys
 * and consonants ignore vowels.
 */
const CASE_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ім', 'им', 'ым', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ій'];

/** The fewest letters a word keeps once a case ending is taken off. */
const MIN_STEM = 3;

/** The most readings one name is given (each is looked up). */
const MAX_READINGS = 24;

/**
 * The Latin spellings a name written in Cyrillic may stand for: each word with and without a case ending that has a
 * consonant, a final -ич also as the -ić of South Slavic names (folded to -ic), and г as g (Russian "Гарри") and as h
 * (Ukrainian, and the Russian for an English h: "Гаррис" for Harris), the same in every word. A name of one word, or
 * not in Cyrillic, has none.
 */
export function latinReadings(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  if (words.length < 2 || !words.every((w) => CYRILLIC_WORD.test(w))) return [];
  const stems = words.map((w) => {
    const out = [w];
    for (const end of CASE_ENDINGS)
      if (w.length - end.length >= MIN_STEM && w.endsWith(end)) out.push(w.slice(0, -end.length));
    for (const s of [...out]) {
      const bare = s.replace(/[уюаяеиіы]$/, '');
      if (bare.endsWith('ич') && bare.length > 4) out.push(`${bare.slice(0, -2)}ић`);
    }
    return [...new Set(out)];
  });
  const readings = new Set<string>();
  for (const h of ['g', 'h']) {
    let partial = [''];
    for (const forms of stems) {
      const next: string[] = [];
      for (const p of partial) for (const f of forms) next.push(`${p}${p ? ' ' : ''}${spell(f, h)}`);
      partial = next.slice(0, MAX_READINGS);
    }
    for (const r of partial) readings.add(r);
  }
  return [...readings].slice(0, MAX_READINGS);
}

/** One lower-case Cyrillic word in Latin letters, with г as `h` (ћ, folded, as the c of ć). */
function spell(word: string, h: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // дж is the English j ("Джонсон", "Джо Байден").
    if (ch === 'д' && word[i + 1] === 'ж') {
      out += 'j';
      i++;
    } else out += ch === 'г' ? h : (LATIN[ch] ?? (ch === '-' ? '-' : ''));
  }
  return out;
}
