/**
 * Writes knowledge/given-names.txt: common given names of the languages the matcher reads, from the name lists
 * of @faker-js/faker (MIT), less every name that is also an English word (an-array-of-english-words, MIT), so
 * that "Hope", "Grace" or "Bill" are given names only where a person of the knowledge base bears them.
 *
 * The matcher reads a capitalized word that opens a person's name as evidence that the capitals after it are a
 * person the knowledge base does not know ("Gladys Gonzalo said"); the knowledge base's own people give most
 * such names, and this list the common ones no known person bears. A maintainer's tool, run once per update:
 *
 *   npm pack @faker-js/faker@10.6.0 an-array-of-english-words@2.0.0   (in an empty folder; unpack both)
 *   npx tsx scripts/kb/extract-given-names.ts <faker package dir> <an-array-of-english-words package dir>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KNOWLEDGE_DIR } from './load';

/** Faker's locales for the languages and regions the news the matcher reads is written in (Latin and Cyrillic). */
const LOCALES = [
  'en',
  'en_GB',
  'en_AU',
  'en_CA',
  'en_IE',
  'en_IN',
  'en_NG',
  'en_GH',
  'en_ZA',
  'af_ZA',
  'es',
  'es_MX',
  'fr',
  'fr_CA',
  'de',
  'it',
  'pt_BR',
  'pt_PT',
  'nl',
  'pl',
  'tr',
  'id_ID',
  'ru',
  'uk',
];
/** Letters of the scripts kept: Latin (with its diacritics) and Cyrillic. */
const KEPT_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u;

interface FakerLocale {
  rawDefinitions?: { person?: { first_name?: string[] | Record<string, string[]> } };
}

async function firstNames(fakerDir: string, locale: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(join(fakerDir, 'dist', 'locale', `${locale}.js`)).href)) as Record<
    string,
    unknown
  >;
  const faker = Object.values(mod).find((v): v is FakerLocale => !!v && typeof v === 'object' && 'rawDefinitions' in v);
  const names = faker?.rawDefinitions?.person?.first_name;
  if (!names) throw new Error(`@faker-js/faker: no first names for ${locale}`);
  return Array.isArray(names) ? names : Object.values(names).flat();
}

async function main(): Promise<void> {
  const [fakerDir, wordsDir] = process.argv.slice(2);
  if (!fakerDir || !wordsDir) throw new Error('usage: extract-given-names.ts <faker dir> <english words dir>');
  const version = (JSON.parse(readFileSync(join(fakerDir, 'package.json'), 'utf8')) as { version: string }).version;
  const english = new Set(JSON.parse(readFileSync(join(wordsDir, 'index.json'), 'utf8')) as string[]);
  const kept = new Set<string>();
  for (const locale of LOCALES) {
    for (const name of await firstNames(fakerDir, locale)) {
      // One word of three letters or more ("Mary Ann" and "Jo" say too little), not an English word.
      if (/\s/.test(name) || name.length < 3 || !KEPT_SCRIPT.test(name)) continue;
      if (english.has(name.toLowerCase())) continue;
      kept.add(name);
    }
  }
  const sorted = [...kept].sort((a, b) => a.localeCompare(b, 'en'));
  const header = [
    '# Common given names: a capitalized word that opens a person’s name (see scripts/kb/extract-given-names.ts).',
    `# From the first-name lists of @faker-js/faker ${version} (MIT; © 2022–2025 Faker contributors), locales`,
    `# ${LOCALES.join(' ')}; names that are English words (an-array-of-english-words, MIT) left out.`,
    '# The compiler also leaves out a name that is a word the matcher reads in context or a name of a known',
    '# actor other than a person ("Jordan", "Chad"). One name per line.',
  ];
  writeFileSync(join(KNOWLEDGE_DIR, 'given-names.txt'), [...header, ...sorted, ''].join('\n'));
  console.log(`knowledge/given-names.txt: ${sorted.length} names`);
}

await main();
