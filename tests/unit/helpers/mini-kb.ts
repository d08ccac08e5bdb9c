/**
 * A small knowledge base built in memory with the real compiler, so matcher tests state exactly which
 * entities exist. Facts here are test data about real people and places, kept true.
 */
import { MatchIndex } from '../../../src/core/match-index';
import { Matcher, type MatchOptions } from '../../../src/core/matcher';
import { compileKnowledge } from '../../../src/knowledge/compile';
import type { EntityInput } from '../../../src/knowledge/schema';

const base = { sources: ['wikidata'], checked: '2026-11-21' };

export const MINI_KB: EntityInput[] = [
  {
    id: 'Q7747',
    kind: 'person',
    name: 'Vladimir Putin',
    description: 'President of Russia',
    names: { ru: 'Владимир Путин', zh: '弗拉基米尔·普京' },
    aliases: [
      { text: 'Putin', type: 'surname', standalone: true },
      { text: 'Путин', type: 'surname', standalone: true },
      { text: '普京', type: 'surname', standalone: true },
    ],
    country: 'Q159',
    roles: [{ title: 'President of Russia', of: 'Q159', start: '2012-05-07' }],
    prominence: 5,
    ...base,
  },
  {
    id: 'Q39259',
    kind: 'person',
    name: 'Recep Tayyip Erdoğan',
    description: 'President of Turkey',
    aliases: ['Recep Tayyip Erdogan', { text: 'Erdoğan', type: 'surname', standalone: true }],
    country: 'Q43',
    prominence: 5,
    ...base,
  },
  {
    id: 'Q57641',
    kind: 'person',
    name: 'Viktor Orbán',
    description: 'Prime Minister of Hungary',
    aliases: [{ text: 'Orbán', type: 'surname', standalone: true }],
    ...base,
  },
  {
    id: 'Q16730147',
    kind: 'person',
    name: 'Jake Sullivan',
    description: 'US National Security Advisor 2021–2025',
    country: 'Q30',
    roles: [{ title: 'National Security Advisor', of: 'Q30', start: '2021-01-20', end: '2025-01-20' }],
    ...base,
  },
  {
    id: 'Q17991320',
    kind: 'person',
    name: 'Hossein Amir-Abdollahian',
    description: 'Foreign Minister of Iran 2021–2024',
    names: { fa: 'حسین امیرعبداللهیان' },
    born: '1964-04-23',
    died: '2024-05-19',
    country: 'Q794',
    ...base,
  },
  {
    id: 'Q23020336',
    kind: 'person',
    name: 'Mohammed bin Abdulrahman Al Thani',
    description: 'Prime Minister of Qatar',
    ...base,
  },
  {
    id: 'Q5947347',
    kind: 'person',
    name: 'Ebrahim Raisi',
    description: 'President of Iran 2021–2024',
    names: { fa: 'ابراهیم رئیسی' },
    aliases: ['Ebrahim Raissi', { text: 'Raisi', type: 'surname' }],
    born: '1960-12-14',
    died: '2024-05-19',
    country: 'Q794',
    roles: [{ title: 'President of Iran', of: 'Q794', start: '2021-08-03', end: '2024-05-19' }],
    ...base,
  },
  {
    id: 'Q44329',
    kind: 'person',
    name: 'Bashar al-Assad',
    description: 'President of Syria 2000–2024',
    aliases: [
      { text: 'Assad', type: 'surname', ambiguous: true, standalone: true },
      { text: 'al-Assad', type: 'surname', ambiguous: true, standalone: true },
    ],
    country: 'Q858',
    roles: [{ title: 'President of Syria', of: 'Q858', start: '2000-07-17', end: '2024-12-08' }],
    prominence: 4,
    ...base,
  },
  {
    id: 'x-hafez-al-assad',
    kind: 'person',
    name: 'Hafez al-Assad',
    description: 'President of Syria 1971–2000',
    aliases: [
      { text: 'Assad', type: 'surname', ambiguous: true, standalone: true },
      { text: 'al-Assad', type: 'surname', ambiguous: true, standalone: true },
    ],
    born: '1930-10-06',
    died: '2000-06-10',
    country: 'Q858',
    roles: [{ title: 'President of Syria', of: 'Q858', start: '1971-03-14', end: '2000-06-10' }],
    prominence: 3,
    ...base,
  },
  {
    id: 'Q56226',
    kind: 'person',
    name: 'Kim Jong Un',
    description: 'Supreme Leader of North Korea',
    aliases: ['Kim Jong-un', { text: 'Kim', type: 'surname', ambiguous: true }],
    country: 'Q423',
    roles: [{ title: 'Supreme Leader', of: 'Q423', start: '2011-12-17' }],
    prominence: 5,
    ...base,
  },
  {
    id: 'x-kim-yo-jong',
    kind: 'person',
    name: 'Kim Yo Jong',
    description: 'North Korean official',
    aliases: [{ text: 'Kim', type: 'surname', ambiguous: true }],
    country: 'Q423',
    ...base,
  },
  {
    id: 'Q43723',
    kind: 'person',
    name: 'Benjamin Netanyahu',
    description: 'Prime Minister of Israel',
    names: { he: 'בנימין נתניהו' },
    aliases: [
      { text: 'Netanyahu', type: 'surname', standalone: true },
      { text: 'נתניהו', type: 'surname', standalone: true },
    ],
    ...base,
  },
  { id: 'Q159', kind: 'country', name: 'Russia', names: { ru: 'Россия' }, description: 'Country', ...base },
  {
    id: 'Q43',
    kind: 'country',
    name: 'Turkey',
    aliases: ['Türkiye', { text: 'Turkey', ambiguous: true }],
    description: 'Country',
    ...base,
  },
  {
    id: 'Q657',
    kind: 'country',
    name: 'Chad',
    aliases: [{ text: 'Chad', ambiguous: true }],
    description: 'Country',
    ...base,
  },
  {
    id: 'Q230',
    kind: 'country',
    name: 'Georgia',
    aliases: [{ text: 'Georgia', ambiguous: true }],
    description: 'Country',
    ...base,
  },
  {
    id: 'Q810',
    kind: 'country',
    name: 'Jordan',
    aliases: [{ text: 'Jordan', ambiguous: true }],
    description: 'Country',
    ...base,
  },
  {
    id: 'Q30',
    kind: 'country',
    name: 'United States',
    aliases: [
      { text: 'US', type: 'acronym' },
      { text: 'U.S.', type: 'acronym' },
    ],
    description: 'Country',
    ...base,
  },
  { id: 'Q851', kind: 'country', name: 'Saudi Arabia', description: 'Country', ...base },
  {
    id: 'Q794',
    kind: 'country',
    name: 'Iran',
    names: { fa: 'ایران', ar: 'إيران', he: 'איראן' },
    description: 'Country',
    ...base,
  },
  { id: 'Q858', kind: 'country', name: 'Syria', description: 'Country', ...base },
  {
    id: 'x-al-ittihad',
    kind: 'media',
    name: 'Al Ittihad',
    names: { ar: 'الاتحاد' },
    aliases: [{ text: 'الاتحاد', ambiguous: true }],
    description: 'Arabic-language daily newspaper published in Abu Dhabi',
    ...base,
  },
  {
    id: 'x-asharq-al-awsat',
    kind: 'media',
    name: 'Asharq Al-Awsat',
    aliases: [{ text: 'الشرق الأوسط', ambiguous: true }],
    description: 'Saudi-owned pan-Arab daily newspaper',
    country: 'Q851',
    ...base,
  },
  { id: 'Q423', kind: 'country', name: 'North Korea', description: 'Country', ...base },
  {
    id: 'Q1065',
    kind: 'international-organization',
    name: 'United Nations',
    aliases: [
      { text: 'UN', type: 'acronym' },
      { text: 'U.N.', type: 'acronym' },
    ],
    description: 'Intergovernmental organization',
    ...base,
  },
  {
    id: 'Q37470',
    kind: 'international-organization',
    name: 'United Nations Security Council',
    aliases: ['UN Security Council', 'U.N. Security Council'],
    description: 'UN organ',
    ...base,
  },
  {
    id: 'Q7184',
    kind: 'international-organization',
    name: 'NATO',
    aliases: [{ text: 'NATO', type: 'acronym' }],
    description: 'Military alliance',
    ...base,
  },
  {
    id: 'x-hts',
    kind: 'armed-group',
    name: 'Hayat Tahrir al-Sham',
    aliases: [{ text: 'HTS', type: 'acronym' }],
    description: 'Syrian armed group',
    ...base,
  },
  {
    id: 'x-irna',
    kind: 'media',
    name: 'Islamic Republic News Agency',
    aliases: [{ text: 'IRNA', type: 'acronym' }],
    description: 'Iranian state news agency',
    ...base,
  },
  {
    id: 'x-dpa',
    kind: 'media',
    name: 'Deutsche Presse-Agentur',
    aliases: [{ text: 'dpa', type: 'acronym' }],
    description: 'German news agency',
    ...base,
  },
  { id: 'x-sputnik', kind: 'media', name: 'Sputnik', description: 'Russian state media', ...base },
  {
    id: 'x-ministry-of-defence-russia',
    kind: 'government-body',
    name: 'Ministry of Defence of Russia',
    names: { ru: 'Министерство обороны России', uk: 'Міністерство оборони Росії' },
    description: 'Russian federal ministry',
    country: 'Q159',
    ...base,
  },
  {
    id: 'x-die-zeit',
    kind: 'media',
    name: 'Die Zeit',
    aliases: [{ text: 'Die Zeit', ambiguous: true }],
    description: 'German weekly newspaper',
    ...base,
  },
  {
    id: 'x-kyrylo-budanov',
    kind: 'person',
    name: 'Kyrylo Budanov',
    names: { uk: 'Кирило Буданов' },
    description: 'Head of Ukraine’s military intelligence from 2020',
    ...base,
  },
  {
    id: 'Q2866',
    kind: 'person',
    name: 'Alexander Lukashenko',
    names: { ru: 'Александр Лукашенко' },
    description: 'President of Belarus since 1994',
    ...base,
  },
  {
    id: 'Q789915',
    kind: 'government-body',
    name: 'United States Department of State',
    names: { ru: 'Государственный департамент США' },
    description: 'US foreign ministry',
    country: 'Q30',
    ...base,
  },
  {
    id: 'x-armed-forces-of-ukraine',
    kind: 'military',
    name: 'Armed Forces of Ukraine',
    names: { uk: 'Збройні сили України' },
    description: 'Military of Ukraine',
    ...base,
  },
  {
    id: 'x-abdullah-ii',
    kind: 'person',
    name: 'Abdullah II of Jordan',
    names: { ar: 'عبد الله الثاني' },
    description: 'King of Jordan since 1999',
    ...base,
  },
  {
    id: 'x-forward',
    kind: 'media',
    name: 'The Forward',
    aliases: [{ text: 'Forward', ambiguous: true }],
    description: 'American Jewish newspaper',
    country: 'Q30',
    ...base,
  },
  {
    id: 'x-moskovsky-komsomolets',
    kind: 'media',
    name: 'Moskovsky Komsomolets',
    aliases: [{ text: 'MK', type: 'acronym', ambiguous: true }],
    description: 'Moscow daily newspaper',
    country: 'Q159',
    ...base,
  },
  {
    id: 'x-mikhail-klimentyev',
    kind: 'person',
    name: 'Mikhail Klimentyev',
    description: 'Russian photographer',
    ...base,
  },
];

MINI_KB.push(
  { id: 'Q96', kind: 'country', name: 'Mexico', description: 'Country', ...base },
  { id: 'Q805', kind: 'country', name: 'Yemen', description: 'Country', ...base },
  {
    id: 'x-houthis',
    kind: 'armed-group',
    name: 'Houthis',
    aliases: ['Ansar Allah', { text: 'Houthi', ambiguous: true }],
    description: 'Yemeni armed movement',
    ...base,
  },
  // Shares "Houthi" as a (derived) surname: the group must still be found in "Houthi rebels".
  {
    id: 'x-mohammed-ali-al-houthi',
    kind: 'person',
    name: 'Mohammed Ali al-Houthi',
    description: 'Houthi politician',
    ...base,
  },
  {
    id: 'x-quai-dorsay',
    kind: 'government-body',
    name: 'Ministry for Europe and Foreign Affairs',
    aliases: [{ text: "Quai d'Orsay", type: 'metonym' }],
    description: 'French foreign ministry',
    ...base,
  },
);

export function matcherFor(entities: EntityInput[] = MINI_KB): Matcher {
  const compiled = compileKnowledge(entities, '2026-01-22');
  return new Matcher([new MatchIndex(compiled.index)]);
}

/**
 * A synthetic entity (ids x-test-…) for tests that state a rule apart from the real world: `extra` adds
 * what the rule needs (aliases, a country, demonyms).
 */
export function testEntity(
  id: string,
  kind: EntityInput['kind'],
  name: string,
  extra: Partial<EntityInput> = {},
): EntityInput {
  return { id, kind, name, description: `Test ${kind}`, ...base, ...extra };
}

/** A reader of [surface, id] pairs over a knowledge base of just these entities. */
export function readerFor(entities: EntityInput[]): (text: string) => [string, string][] {
  const matcher = matcherFor(entities);
  return (text) => surfaces(matcher, text);
}

/** Mentions as [surface, id] pairs, for readable assertions. */
export function surfaces(matcher: Matcher, text: string, options: MatchOptions = {}): [string, string][] {
  return matcher.match(text, options).map((m) => [text.slice(m.start, m.end), m.id]);
}
