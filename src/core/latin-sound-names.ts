/**
 * Foreigners' names as the European press spells them in its own letters: Spanish "Mijail Kasiánov", German "Ahmed
 * Schafik" and "Chaled Ali", Italian "Dmitrij Medvedev", Polish "Wiktar Babaryka", Dutch "Muammar Kaddafi", where the
 * knowledge base has the English spelling ("Mikhail Kasyanov", "Ahmed Shafik"). Such a name is read by the sound of its
 * given name and surname, as a name in katakana is (katakana-names.ts): both reduced to keys of consonant classes, with
 * the variants a spelling allows, and looked up among the key pairs the build files every person under. The matcher
 * asks only for a name it would otherwise take for a person the base lacks, and takes the one person of a country the
 * story names (Matcher.oneOf). Those keys are coarse ("Paul Reichler" sounds as "Barbara Lee" in katakana), so a person
 * they find is taken only where both parts have the same consonants once spellings are made alike, and the same first
 * vowels (soundsAs). Pure: no DOM, no `browser`.
 */
import { latinKeys, nameWords } from './katakana-names';

/** The shortest surname, in letters, read by sound: shorter ones share their keys with too many. */
const MIN_SURNAME_LETTERS = 4;

/**
 * A word spelled in a European language's letters, rewritten to the English-like spelling latinKeys reads: Polish and
 * German w as v, German dsch as j, Polish sz, cz, rz and Turkish ş, ç; Spanish j and German ch as the kh they write; French and Dutch ou
 * and oe as u. `word` is folded (nameWords), except that Turkish letters are read from `written`.
 */
function englishLike(word: string): string {
  return word
    .replace(/dsch/g, 'j')
    .replace(/sch/g, 'sh')
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/rz/g, 'zh')
    .replace(/w/g, 'v')
    .replace(/^j(?=[aeiou])/, 'y')
    .replace(/(?<=[aeiou])j(?=[aeiou])/g, 'y')
    .replace(/ou|oe/g, 'u');
}

/**
 * The key pairs ("given|surname" as nameKeyPairs files them) a name of two parts or more, as written, may sound as;
 * none for a name not in Latin letters or with too short a surname. Both parts' spellings are read as written and
 * rewritten (englishLike): a pair of either matches.
 */
export function writtenNameKeyPairs(name: string): [string, string][] {
  if (/[^ -\u024f\s’'-]/.test(name)) return [];
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const givenKeys = wordKeys(words[0]!, true);
  const surnameKeys = wordKeys(words[words.length - 1]!, false);
  const pairs: [string, string][] = [];
  for (const gk of givenKeys) for (const sk of surnameKeys) pairs.push([gk, sk]);
  return pairs;
}

/**
 * The keys one written word of a name may sound as (latinKeys of it as written and as englishLike rewrites it), kept
 * from page to page: the same few thousand words come back ("Der", "Kandidat", a story's names), and folding and
 * rewriting one costs some microseconds. A surname too short to read gives none.
 */
function wordKeys(written: string, given: boolean): readonly string[] {
  const cache = given ? GIVEN_KEYS : SURNAME_KEYS;
  let keys = cache.get(written);
  if (keys) return keys;
  const word = (nameWords(turkishAsEnglish(written))[0] ?? '').replace(/-/g, '');
  const keysOf = (w: string) => [...latinKeys(w), ...latinKeys(englishLike(w))];
  if (!given && word.length < MIN_SURNAME_LETTERS) keys = [];
  // French writes some given names with a final s the English lacks ("Georges Papandréou").
  else if (given && word.length > 4 && word.endsWith('s')) keys = [...keysOf(word), ...keysOf(word.slice(0, -1))];
  else keys = keysOf(word);
  keys = [...new Set(keys)].filter(Boolean);
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(written, keys);
  return keys;
}

/** Words' keys read before (see wordKeys), as a given name and as a surname; cleared when this many are kept. */
const GIVEN_KEYS = new Map<string, readonly string[]>();
const SURNAME_KEYS = new Map<string, readonly string[]>();
const MAX_CACHED_WORDS = 20000;

/**
 * Whether a name as written sounds as a person's English name closely enough to be theirs: the same number of words
 * or more; given name and surname each with the same consonants once spellings are made alike (skeleton: "Mijail"
 * and "Mikhail", "Łukaszenka" and "Lukashenko", "Cepkała" and "Tsepkalo"), a given name of one consonant only when
 * spelled alike but for y and i ("Ilia", "Ilya"); and the same first vowels. The keys that found the person are
 * coarser ("Paul Reichler" and "Barbara Lee" share theirs). `declined`: the name was read from a language that
 * declines given names ("Горана", Goran's genitive), where a final -a is no feminine ending.
 */
export function soundsAs(written: string, english: string, declined = false): boolean {
  // A middle initial says nothing of the sound ("Amin H. Nasser" is "Амин Насер").
  const a = nameWords(turkishAsEnglish(written)).filter((w) => w.length > 1);
  const b = nameWords(english).filter((w) => w.length > 1);
  if (a.length < 2 || b.length < 2 || b.length > a.length) return false;
  const given = a[0]!;
  const surname = a[a.length - 1]!;
  const theirGiven = b[0]!;
  const theirSurname = b[b.length - 1]!;
  if (firstVowel(given) !== firstVowel(theirGiven) || firstVowel(surname) !== firstVowel(theirSurname)) return false;
  const ourSurname = skeletons(surname);
  if (!englishSkeletons(theirSurname).some((s) => ourSurname.includes(s))) return false;
  // "Sven Schulze" is no Svenja Schulze, "Ivan" no Ivana: beside the same surname, a feminine ending makes another
  // given name, whatever its consonants. Not where the surname is declined too: Polish "Jean-Luca Melenchona" is
  // Jean-Luc Mélenchon in the genitive.
  if (!declined && surname === theirSurname && (feminineOf(given, theirGiven) || feminineOf(theirGiven, given)))
    return false;
  const theirs = englishSkeletons(theirGiven);
  // French writes some given names with a final s the English lacks ("Georges Papandréou").
  const forms = given.length > 4 && given.endsWith('s') ? [given, given.slice(0, -1)] : [given];
  return forms.some((g) => {
    const ours = skeletons(g);
    return (
      theirs.some((s) => s.length >= 2 && ours.includes(s)) ||
      g.replace(/y/g, 'i') === theirGiven.replace(/y/g, 'i') ||
      g.replace(/y/g, 'i') === theirGiven.replace(/[jy]/g, 'i')
    );
  });
}

/** `longer` is `shorter` with a feminine ending: "Svenja" of "Sven", "Paula" of "Paul". */
function feminineOf(longer: string, shorter: string): boolean {
  return (
    longer.startsWith(shorter) &&
    (longer.length - shorter.length === 1 ? longer.endsWith('a') : longer === `${shorter}ja`)
  );
}

/**
 * The skeletons of a name as the knowledge base spells it in Latin letters: as English reads it, and with a j as the
 * y it stands for in Nordic, Dutch, German and Slavic names ("Jussi Halla-aho", "Anna-Maja Henriksson", which
 * Cyrillic writes "Юссі", "Мая"); the y is a vowel to skeleton().
 */
function englishSkeletons(word: string): string[] {
  const plain = skeleton(word);
  const asY = word.includes('j') ? skeleton(word.replace(/j/g, 'y')) : plain;
  return asY === plain ? [plain] : [plain, asY];
}

/** Turkish ş and ç as the sh and ch they are, before folding drops their marks. */
function turkishAsEnglish(name: string): string {
  return name.replace(/[şŞ]/g, 'sh').replace(/[çÇ]/g, 'ch');
}

/**
 * A folded word's consonants once the spellings of one sound are made alike: German dsch as j; sch, sz as sh; tsch, cz as ch, then ch
 * and kh as h; ts as c (Polish c); x as ks; ph as f; vowels (y too) dropped, doubled letters single.
 */
function skeleton(word: string): string {
  return word
    .replace(/-/g, '')
    .replace(/dsch/g, 'j')
    .replace(/tsch|tch|cz/g, 'ch')
    .replace(/sch|sz/g, 'sh')
    .replace(/kh|ch/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The skeletons a word written in a European language may have in English spelling: its j as j, y (Polish, German,
 * Dutch, Italian "Jarmoszyna", "Dmitrij") or h (Spanish "Mijail"), its w as w or v (Polish, German "Wiktar").
 */
function skeletons(word: string): string[] {
  const out = new Set<string>();
  for (const j of ['j', 'y', 'h'])
    for (const w of ['w', 'v']) out.add(skeleton(word.replace(/j/g, j).replace(/w/g, w)));
  return [...out];
}

/** The first vowel of a folded word, y read as i and ou, oe as u (Dutch and French spellings of u); '' if none. */
function firstVowel(word: string): string {
  const m = /ou|oe|[aeiouy]/.exec(word.replace(/^y(?=[aeiou])/, ''));
  if (!m) return '';
  return m[0] === 'y' ? 'i' : m[0].length === 2 ? 'u' : m[0];
}
