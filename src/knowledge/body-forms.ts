/**
 * The forms of a state body's name the press writes besides its own: the generic head with its country, the other
 * languages' press's words, the native forms, the Cyrillic ones. Pure; aliases.ts reads them.
 */
import { BODY_HEADS, NATIVE_BODY_HEADS, PRESS_LANGUAGE, SECOND_PRESS_LANGUAGE, TRANSLATED_HEADS } from './body-heads';

/** How the press names a country's office of the president without the country. */
export const PRESIDENTS_OFFICE = ["President's Office", 'Presidential Office', 'Office of the President'];

/**
 * Lower houses that "the House" names in their country's stories (not the Lords, not the White House): the whole name,
 * or the name with its country ("House of Representatives of Japan", "House of Commons (Canada)"), not a committee's
 * name that opens with it ("House of Commons Public Accounts Committee").
 */
export const LOWER_HOUSE = /^House of (?:Representatives|Commons|the People|Assembly)(?:$| of | \()/;

// Not "Army", "Navy", "Air Force": a war story names two of each, and "the army" is either side's.
export const BODY_HEAD = new RegExp(
  `^(?:(${BODY_HEADS.join('|')}) of (?:the )?\\S.*|(?:\\S.*\\s)?(${BODY_HEADS.join('|')}))$`,
);

/** Words that make a body's name a region's, a province's or a city's. */
export const SUBNATIONAL = /\b(?:Region|Regional|Province|Provincial|Canton|Cantonal|Municipal|City)\b/;

/**
 * The country-less form of a national institution's names ("National Assembly of Pakistan", "Russian
 * General Staff" → "National Assembly", "General Staff"). Surnames: the matcher reads them as this body
 * only where it is named in full, or where the document is mostly about its country.
 */
export function genericBodyForms(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    // A region's or a province's body is no national one: "the Parliament" of a Belgian story is the federal one,
    // not the Parliament of the Brussels-Capital Region.
    if (SUBNATIONAL.test(name)) continue;
    const m = BODY_HEAD.exec(name);
    const head = m?.[1] ?? m?.[2];
    // Not a body named "of" another: "the Taiwan Affairs Office of the State Council" is no State Council.
    if (head && head !== name && !name.endsWith(` of ${head}`) && !name.endsWith(` of the ${head}`)) out.add(head);
    // "ConCourt": the Southern African press's short name for its country's Constitutional Court.
    if (head === 'Constitutional Court') out.add('ConCourt');
    // "The Cabinet approved the bill" of a story about Nepal or Lebanon: the English press's word for any country's
    // council of ministers.
    if (head === 'Council of Ministers' || /^(?:Union )?(?:Council|Cabinet) of Ministers\b/.test(name))
      out.add('Cabinet');
    // "the House" of a story about Nepal or India is its lower house. Not the Lords, nor the White House.
    if (LOWER_HOUSE.test(name)) out.add('House');
    // "A video released by the President's Office" (Ukraine's, South Korea's, Taiwan's).
    if (/^Office of the President\b/.test(name)) for (const form of PRESIDENTS_OFFICE) out.add(form);
    // A chamber's committee without the chamber, once the story has named it ("the Senate Armed Services
    // Committee … members of the Armed Services Committee"): both chambers have most of them.
    const committee = /^(?:Senate|House) (.+ Committee)$/.exec(name)?.[1];
    if (committee) out.add(committee);
  }
  return [...out];
}

/** The languages of a country's own press, the first first. */
export function pressLanguages(countryIso2: string | undefined): string[] {
  const first = countryIso2 ? PRESS_LANGUAGE.get(countryIso2) : undefined;
  const second = countryIso2 ? SECOND_PRESS_LANGUAGE.get(countryIso2) : undefined;
  return first ? (second ? [first, second] : [first]) : [];
}

/**
 * "Constitutional Court of Mali" → "Cour constitutionnelle": the head of a body's English name as its country's
 * French-, Spanish- or Portuguese-language press writes it. A surname, like the other country-less forms.
 */
export function translatedBodyForms(names: readonly string[], lang: string): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const bare = name.replace(/\s*\(.*\)\s*$/, '');
    for (const [head, forms] of TRANSLATED_HEADS[lang] ?? []) {
      if (bare === head || bare.startsWith(`${head} of `) || bare.endsWith(` ${head}`))
        for (const f of forms) out.add(f);
    }
  }
  return [...out];
}

/** A head that a branch after it makes another service's: "el Ejército" is Spain's army, not its Ejército del Aire. */
const ANOTHER_BRANCH = /^ejército del aire\b/;

/**
 * The country-less head a national institution's name in its own language starts with ("Senado de Chile",
 * "Senado Federal" → "Senado"; "Parlamento italiano" → "Parlamento"). Like the English forms, a surname: read
 * where the body is named in full or the story is mostly about its country.
 */
export function nativeBodyForms(name: string, lang: string): string[] {
  if (lang === 'ru' || lang === 'uk') return cyrillicBodyForms(name);
  const heads = NATIVE_BODY_HEADS[lang.slice(0, 2)];
  if (!heads) return [];
  const lower = name.toLocaleLowerCase(lang);
  if (ANOTHER_BRANCH.test(lower)) return [];
  const out: string[] = [];
  for (const head of heads) {
    const h = head.toLocaleLowerCase(lang);
    if (lower.length > h.length && lower.startsWith(h) && /[\s,]/.test(lower[h.length]!)) out.push(head);
  }
  return out;
}

/**
 * What a Russian or Ukrainian name of a national body says after the body itself: its country in the genitive
 * ("… Российской Федерации", "… США", "… Республики Казахстан", "… України", "… Молдовы", "… Грузии": a last
 * capitalized word in the genitive of a body's name is its country) and, after that, the body it
 * belongs to ("Главное управление разведки Министерства обороны", "Генеральный штаб Вооружённых сил").
 */
export const CYRILLIC_COUNTRY_TAIL =
  /\s+(?:Российской Федерации|России|РФ|США|Соединённых Штатов(?: Америки)?|Соединенных Штатов(?: Америки)?|Сполучених Штатів(?: Америки)?|Украины|України|(?:Республики|Республіки|Королевства|Королівства|Государства|Держави) [А-ЯЁІЇЄҐ][^\s]*|[А-ЯЁІЇЄҐ][^\s]*(?:ой|ої) Республики|[А-ЯЁІЇЄҐ][^\s]*(?:ої) Республіки|[А-ЯЁІЇЄҐ][а-яёіїєґ'ʼ-]+(?:ы|и|а|і|ї|у))$/u;

export const CYRILLIC_PARENT_TAIL =
  /\s+(?:Министерства обороны|Міністерства оборони|Вооружённых сил|Вооруженных сил|Збройних сил)$/u;

/**
 * "Воздушно-космические силы Российской Федерации" → "Воздушно-космические силы"; "Головне управління розвідки
 * Міністерства оборони України" → "Головне управління розвідки Міністерства оборони", "Головне управління
 * розвідки": the press of the country names its bodies without the country. Surnames, like the other
 * country-less forms (the build also declines them: "Воздушно-космическими силами").
 */
export function cyrillicBodyForms(name: string): string[] {
  const out: string[] = [];
  let rest = name.replace(CYRILLIC_COUNTRY_TAIL, '');
  if (rest === name) return out;
  for (;;) {
    // Two words at least: "Правительство" or "Парламент" alone is any country's.
    if (rest.split(/\s+/).length < 2) break;
    out.push(rest);
    const shorter = rest.replace(CYRILLIC_PARENT_TAIL, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return out;
}
