/**
 * Small words inside personal names, shared by the build (which derives surnames) and the matcher (which
 * decides where a name ends). Folded, lower case. Pure.
 */

/** Arabic articles that begin names in lower case in English ("al-Qaeda", "el-Sisi", "ash-Sharaa"). */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el', 'ad', 'as', 'ash', 'at', 'az'];

/** The particles of an Arabic patronymic chain ("bin Salman"): the word after one is a father's given name. */
export const PATRONYMIC_PARTICLES: readonly string[] = ['bin', 'ibn', 'bint'];

/**
 * The particles of NAME_PARTICLES as Russian and Ukrainian write them ("фон дер Ляєн", "ван Бетховен", "аль-Асад"): they
 * also never decline (inflect-cyrillic.ts) and are particles to the matcher's word list (context-words.ts).
 */
export const CYRILLIC_NAME_PARTICLES: readonly string[] = ['фон', 'ван', 'дер', 'ден', 'аль', 'ибн', 'бін'];

/** Particles inside personal names (not "and", "of"): after a name, they say the name goes on. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  ...CYRILLIC_NAME_PARTICLES,
]);
