/**
 * The name the Chinese, Japanese and Korean press give a country's body once the story has said whose it is: "秘鲁国会"
 * → "国会", "ハンガリー議会" → "議会", "헝가리 의회" → "의회". These press write another country's body with the
 * country's name first, then the body's generic name alone ("国会通过了弹劾动议"); read, as "Congress" is in English,
 * as the story's country's. Not a form the press's own country's bodies go by: Japan's Diet is 国会 and Korea's
 * National Assembly 국회 in their own press, and 政府 / 정부 there is the press's own government.
 * Pure: used by the build (compile.ts).
 */

/** Languages read here, and the countries whose press writes them (their bodies' names are not derived). */
export const EAST_ASIAN_PRESS: Readonly<Record<string, readonly string[]>> = {
  zh: ['Q148'],
  ja: ['Q17'],
  ko: ['Q884'],
};

/**
 * Generic words that, alone, are the press's own country's in its own press whatever the story, or any bank:
 * "銀行" of "スペイン銀行" (the Bank of Spain) is 'bank'.
 */
const OWN_BY_DEFAULT = new Set(['政府', '内阁', '内閣', '정부', '내각', '银行', '銀行', '은행']);

const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;
const HANGUL = /^[\p{Script=Hangul}]+(?: [\p{Script=Hangul}]+)*$/u;

/**
 * The country-less forms of a body's names in these languages. `names` are [language, text] pairs; `countryNames`
 * gives the body's country's names in a language; `ownForms` the texts its press's own country's bodies have.
 */
export function eastAsianCountrylessForms(
  names: readonly (readonly [string, string])[],
  countryNames: (lang: string) => readonly string[],
  ownForms: (lang: string) => ReadonlySet<string>,
): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const [lang, text] of names) {
    if (!EAST_ASIAN_PRESS[lang]) continue;
    for (const country of countryNames(lang)) {
      if (country.length < 2 || !text.startsWith(country)) continue;
      // Korean writes a space after the country ("헝가리 의회"); run together, the country is part of a word
      // ("핀란드인당", the Finns Party).
      const spaced = lang === 'ko';
      if (spaced !== (text[country.length] === ' ')) continue;
      const rest = text.slice(country.length).trim();
      if (!(spaced ? HANGUL : HAN_OR_KANA).test(rest) || rest.length < 2) continue;
      if (OWN_BY_DEFAULT.has(rest) || ownForms(lang).has(rest)) continue;
      out.set(`${lang} ${rest}`, [lang, rest]);
    }
  }
  return [...out.values()];
}
