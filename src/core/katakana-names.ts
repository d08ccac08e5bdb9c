/**
 * Foreigners' names as the Japanese press writes them: in katakana, given name and surname apart with a middle dot
 * ("ペニー・モーダント", Penny Mordaunt; "ジャン＝マリー・ルペン"). The knowledge base has the katakana of a few
 * hundred prominent people; for everyone else, such a name is read by its sound: each part is reduced to a key of
 * consonant classes (vowels, and the sounds katakana cannot tell apart, merged: l and r, b and v and f), and the same
 * keys are made from the English name of every person in the knowledge base, with the variants English spelling
 * allows ("th" as t or s, "ch" as k, s or nothing, an r before a consonant silent or not). A name whose given name
 * and surname both agree with one person's, and with no one else's, is that person; later, the surname alone in
 * katakana names them too ("モーダント氏").
 *
 * Precision first: only katakana names of two parts or more (the dot is the press's mark of a foreign person's name),
 * keys of some length, one person alone. Pure: no DOM, no `browser`.
 */

/** The key class of each katakana letter from U+30A1 to U+30FA ('' for vowels and the like, which say nothing). */
const KANA_CLASSES: string = (() => {
  // Rows of the katakana block in code point order; each letter followed by its class ('-' for none).
  const table =
    'ァ-ア-ィ-イ-ゥ-ウ-ェ-エ-ォ-オ-カKガKキKギKクKグKケKゲKコKゴKサSザSシSジSスSズSセSゼSソSゾSタTダTチSヂSッ-ツSヅSテTデTトTドT' +
    'ナNニNヌNネNノNハ-バPパPヒ-ビPピPフPブPプPヘ-ベPペPホ-ボPポPマMミMムMメMモMャ-ヤ-ュ-ユ-ョ-ヨ-ラRリRルRレRロRヮ-ワ-ヰ-ヱ-' +
    'ヲ-ンNヴPヵKヶKヷPヸPヹPヺP';
  let out = '';
  for (let i = 0; i < table.length; i += 2) out += table[i + 1] === '-' ? ' ' : table[i + 1]!;
  return out;
})();
const KANA_FIRST = 0x30a1;
const KANA_LAST = 0x30fa;
const N_KANA = 0x30f3; // ン
const PROLONGED = 0x30fc; // ー
const MIDDLE_DOT = 0x30fb; // ・
/** Marks that join the halves of one part ("ジャン＝マリー"): ＝, ゠, =. */
const JOINERS = new Set([0xff1d, 0x30a0, 0x3d]);

/** Katakana letters, the prolonged sound mark and the iteration marks: the letters of a part. */
export function isKatakanaLetter(code: number): boolean {
  return (code >= KANA_FIRST && code <= KANA_LAST) || code === PROLONGED || code === 0x30fd || code === 0x30fe;
}

/** The key of the katakana in text[start, end): its consonant classes, repeats merged (joiners are skipped). */
export function katakanaKey(text: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < KANA_FIRST || code > KANA_LAST) continue;
    let cls = KANA_CLASSES[code - KANA_FIRST]!;
    if (cls === ' ') continue;
    // ン before m, b or p is an m: "ランブレヒト" (Lambrecht), "ムハンマド" (Mohammed).
    if (code === N_KANA) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      const after = next >= KANA_FIRST && next <= KANA_LAST ? KANA_CLASSES[next - KANA_FIRST] : '';
      if (after === 'M' || after === 'P') cls = 'M';
    }
    if (key.charCodeAt(key.length - 1) !== cls.charCodeAt(0)) key += cls;
  }
  return key;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** More spellings of one word than this are not followed (a long word with many "ch"s). */
const MAX_VARIANTS = 16;

/**
 * The keys the English spelling of one word may sound as in katakana, each the consonant classes that
 * katakanaKey would give. `word` is folded: lower case, no diacritics.
 */
export function latinKeys(word: string): string[] {
  let keys = [''];
  const add = (...classes: string[]) => {
    if (classes.length === 1) {
      const c = classes[0]!;
      if (c) keys = keys.map((k) => (k.endsWith(c) ? k : k + c));
      return;
    }
    const next: string[] = [];
    for (const k of keys)
      for (const c of classes) {
        const v = !c || k.endsWith(c) ? k : k + c;
        if (!next.includes(v)) next.push(v);
      }
    keys = next.slice(0, MAX_VARIANTS);
  };
  const consonantAt = (i: number) => i < word.length && /[a-z]/.test(word[i]!) && !VOWELS.has(word[i]!);
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1] ?? '';
    if (!/[a-z]/.test(ch) || VOWELS.has(ch) || ch === 'w') continue;
    switch (ch) {
      case 'b':
      case 'p':
      case 'f':
        add('P');
        break;
      case 'v':
        // "Volodymyr" is ウォロディミル as often as ヴォロディミル.
        add('P', '');
        break;
      case 'h':
        // Katakana writes "hu" with フ ("ネタニヤフ"). (An h before a consonant, as in "モフセン" for Mohsen, is
        // left silent: read as フ, it made "John" sound as "Ben".)
        add(...(next === 'u' ? ['', 'P'] : ['']));
        break;
      case 't':
        if (next === 'h') {
          add('T', 'S');
          i++;
        } else if (next === 's' || next === 'z') {
          add('S');
          i++;
        } else if (next === 'c' && word[i + 2] === 'h') {
          add('S');
          i += 2;
        } else add('T');
        break;
      case 'd':
        // "Lindsey" リンジー, "Djokovic" ジョコビッチ.
        if (next === 'j' || next === 'z' || next === 's') {
          add('S');
          i++;
        } else add('T');
        break;
      case 'c':
        if (next === 'h') {
          // "Charles" チャールズ, "Christine" クリスティーネ, "Lambrecht" ランブレヒト.
          add('S', 'K', '');
          i++;
        } else if (next === 'k') {
          add('K');
          i++;
        } else if (next === 'z') {
          add('S');
          i++;
        } else add(next === 'e' || next === 'i' || next === 'y' ? 'S' : 'K');
        break;
      case 'g':
        if (next === 'h') {
          add('K', '');
          i++;
        } else add(...(next === 'e' || next === 'i' || next === 'y' ? ['K', 'S'] : ['K']));
        break;
      case 'j':
        // "James" ジェームズ; Spanish "José" ホセ, German "Jens" イェンス.
        add('S', '');
        break;
      case 'k':
        if (next === 'h') {
          add('K', '');
          i++;
        } else add('K');
        break;
      case 'q':
        add('K');
        break;
      case 'x':
        add('K');
        add('S');
        break;
      case 's':
      case 'z':
        add('S');
        break;
      case 'l':
        add('R');
        break;
      case 'r':
        // British English leaves an r before a consonant unsaid: "Mordaunt" モーダント, "Faeser" フェーザー.
        add(...(i + 1 >= word.length || consonantAt(i + 1) ? ['R', ''] : ['R']));
        break;
      case 'm':
        add('M');
        break;
      case 'n':
        add('N');
        break;
    }
  }
  return [...new Set(keys)];
}

/** The vowel of each katakana letter from U+30A1 to U+30FA (' ' for ン, ッ and the like). */
const KANA_VOWELS: string = (() => {
  const rows: Record<string, string> = {
    a: 'ァアカガサザタダナハバパマャヤラヮワヵヷ',
    i: 'ィイキギシジチヂニヒビピミリヰヸ',
    u: 'ゥウクグスズツヅヌフブプムュユルヴ',
    e: 'ェエケゲセゼテデネヘベペメレヱヶヹ',
    o: 'ォオコゴソゾトドノホボポモョヨロヲヺ',
  };
  const out = new Array<string>(KANA_LAST - KANA_FIRST + 1).fill(' ');
  for (const [vowel, letters] of Object.entries(rows))
    for (const letter of letters) out[letter.charCodeAt(0) - KANA_FIRST] = vowel;
  return out.join('');
})();
/** The plain vowel letters: a vowel of the name, never one katakana adds after a consonant. */
const KATAKANA_PLAIN_VOWELS = 'アイウエオ';
/** Small letters that give the syllable before them their vowel ("ジェ", "シャ", "ウォ"). */
const SMALL_VOWELS = 'ァィゥェォャュョヮ';
/**
 * The vowels a Latin letter may sound as in katakana: English "a" is often エ ("James", ジェームズ), "u" ア ("Truss")
 * or オ ("Mueller", モラー).
 */
const LATIN_VOWELS: Record<string, string> = { a: 'ae', e: 'ei', i: 'ia', o: 'oa', u: 'uao', y: 'ia' };

/** The vowels the first syllable of this katakana may stand for: its own, or the next one's if its own may be one
 * that katakana adds to a consonant cluster ("トラス", Truss; "ブレア", Blair). */
function firstKanaVowels(kana: string): string {
  const syllables: string[] = [];
  for (let i = 0; i < kana.length && syllables.length < 2; i++) {
    const code = kana.charCodeAt(i);
    if (code < KANA_FIRST || code > KANA_LAST) continue;
    let vowel = KANA_VOWELS[code - KANA_FIRST]!;
    if (vowel === ' ' || SMALL_VOWELS.includes(kana[i]!)) continue;
    const next = kana[i + 1];
    if (next && SMALL_VOWELS.includes(next)) vowel = KANA_VOWELS[next.charCodeAt(0) - KANA_FIRST]!;
    // A plain vowel letter (ア, ウ, オ…) is a real vowel, never one added after a consonant.
    syllables.push(KATAKANA_PLAIN_VOWELS.includes(kana[i]!) ? vowel.toUpperCase() : vowel);
  }
  const [first, second] = syllables;
  if (!first) return '';
  // Katakana adds u after a consonant, and o after t and d ("ト", "ド"), where the name has no vowel.
  const added = first === 'u' || (first === 'o' && /^[トド]/.test(kana));
  if (added && second && second === second.toLowerCase()) return first + second;
  return first.toLowerCase();
}

/** The katakana vowels the first vowel of a Latin surname may sound as ("Guedes": the u after g is silent). */
function latinFirstVowels(surname: string): string {
  for (let i = 0; i < surname.length; i++) {
    const letter = surname[i]!;
    if (!LATIN_VOWELS[letter]) continue;
    if (letter === 'u' && /[gq]/.test(surname[i - 1] ?? '') && /[ei]/.test(surname[i + 1] ?? '')) continue;
    // "Wallace" is ウォレス; "Heitkamp" ハイトカンプ (ei, ey as in German).
    const next = surname[i + 1] ?? '';
    return (
      LATIN_VOWELS[letter] +
      (letter === 'a' && surname[i - 1] === 'w' ? 'o' : '') +
      (letter === 'e' && /[iy]/.test(next) ? 'a' : '')
    );
  }
  return '';
}

/**
 * Whether katakana `kana` may be the surname of a person of this English name by its first vowel too: the keys
 * are of consonants alone, and "モゲリーニ" (Mogherini) and Macron share theirs, as "ミシェル" and Major do.
 */
export function surnameVowelAgrees(kana: string, name: string): boolean {
  return surnameVowelsAgree(firstKanaVowels(kana), name);
}

/**
 * Whether a surname whose first syllable may have these vowels (as katakana's: a, i, u, e, o) may be that of a
 * person of this English name; any, where none is known.
 */
export function surnameVowelsAgree(vowels: string, name: string): boolean {
  if (!vowels) return true;
  return surnamesOf(nameWords(name)).some((surname) => {
    const latin = latinFirstVowels(surname);
    return !latin || [...latin].some((v) => vowels.includes(v));
  });
}

/** Particles that Japanese writes onto the surname after them: "ルペン" (Le Pen), "ダシルバ" (da Silva). */
const SURNAME_PARTICLES = new Set([
  'le',
  'la',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
]);
/** Words after a name that are not its surname: "Charles III", "Martin Luther King Jr.". */
const NOT_SURNAME = /^(?:[ivx]+|jr|sr)$/;

/**
 * The forms a name's surname may take in katakana: its last word, and with a particle before it, both written
 * together ("lepen"). Drops the words after a name that are no surname ("Charles III") from `words` first.
 */
function surnamesOf(words: string[]): string[] {
  while (words.length > 1 && NOT_SURNAME.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1] ?? '';
  const before = words.length > 2 ? words[words.length - 2]! : '';
  return SURNAME_PARTICLES.has(before) ? [last, before + last] : [last];
}

/** The keys a person's surname may sound as in katakana (latinKeys of each form surnamesOf gives). */
export function surnameKeys(name: string): string[] {
  return surnamesOf(nameWords(name)).flatMap((surname) => latinKeys(surname.replace(/-/g, '')));
}

/**
 * Offices and words the Japanese press writes right after a foreigner's surname in katakana, with no given name
 * before it ("シーア党首", "ベルニエ氏", "ブランシェ党首率いる"): the office of one character (相, 長) only as the end of
 * a longer one (外相, 議長), since 長 also opens words (長距離).
 */
const OFFICES_AFTER_SURNAME = ['氏', '党首', '首相', '大統領', '政権', '陣営', '夫妻', '元', '前', '師'];
const ONE_CHARACTER_OFFICES = new Set(['相', '長']);

/**
 * The katakana words of `text` that a surname alone may be: three letters or more, no dot or joiner beside them (not
 * a part of a dotted name), with an office or 氏 written right after (see OFFICES_AFTER_SURNAME), each as [start, end).
 */
export function katakanaSurnamesBeforeOffices(
  text: string,
  endings: readonly string[],
  maxOffice: number,
): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isKatakanaLetter(text.charCodeAt(i))) continue;
    const start = i;
    while (i < text.length && isKatakanaLetter(text.charCodeAt(i))) i++;
    const end = i;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = end < text.length ? text.charCodeAt(end) : 0;
    if (end - start < 3 || before === MIDDLE_DOT || after === MIDDLE_DOT || JOINERS.has(before) || JOINERS.has(after))
      continue;
    if (officeAt(text, end, endings, maxOffice)) out.push([start, end]);
  }
  return out;
}

/** Whether the kanji written at text[at] open with an office (see katakanaSurnamesBeforeOffices). */
function officeAt(text: string, at: number, endings: readonly string[], maxOffice: number): boolean {
  for (const word of OFFICES_AFTER_SURNAME) if (text.startsWith(word, at)) return true;
  let stop = at;
  while (stop < text.length && stop - at < maxOffice && /\p{Script=Han}/u.test(text[stop]!)) stop++;
  for (let end = stop; end > at; end--) {
    const run = text.slice(at, end);
    for (const ending of endings) {
      if (!run.endsWith(ending)) continue;
      if (ending.length > 1 || (run.length > 1 && ONE_CHARACTER_OFFICES.has(ending))) return true;
    }
  }
  return false;
}

/**
 * Whether a katakana surname and a person's English surname both open with a vowel or both with a consonant (an h, w
 * or y may be either: "Hollande" is オランド): the keys say nothing of a vowel before the first consonant.
 */
export function initialVowelAgrees(kana: string, name: string): boolean {
  const surname = nameWords(name).at(-1) ?? '';
  const kanaVowel = 'アイウエオ'.includes(kana[0]!);
  const latinVowel = /^[aeiou]/.test(surname);
  return kanaVowel ? latinVowel || /^[hwy]/.test(surname) : !latinVowel;
}

/** Folds a name to lower case letters without diacritics, its words split on spaces. */
export function nameWords(name: string): string[] {
  // Lower case first: "Ł", "Ø" and "Æ" do not decompose, and are folded below only as lower-case letters.
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z-]/g, ''))
    .filter((w) => w.length > 0);
}

/** Most key pairs one person is filed under (a name whose spelling allows more is filed under the first). */
const MAX_PAIRS = 64;

/**
 * The key pairs ("given|surname") a person of this English name may be written as in katakana: the build files
 * every person under them (match-index.ts); none for a name not in Latin letters or not of a given name and a
 * surname ("Abdullah II of Jordan").
 */
export function nameKeyPairs(name: string): string[] {
  if (/[^ -\u024f\s’]/.test(name)) return []; // a letter beyond Latin Extended-B: not a Latin name
  const words = nameWords(name);
  const surnames = surnamesOf(words);
  if (words.length < 2 || words.includes('of')) return [];
  const given = latinKeys(words[0]!.replace(/-/g, ''));
  const pairs: string[] = [];
  for (const surname of surnames)
    for (const sk of latinKeys(surname.replace(/-/g, '')))
      for (const gk of given)
        if (gk && sk && pairs.length < MAX_PAIRS && !pairs.includes(gk + '|' + sk)) pairs.push(gk + '|' + sk);
  return pairs;
}

/** The 32-bit hash (FNV-1a) a key pair is filed under in the index. */
export function keyPairHash(given: string, surname: string): number {
  let h = 0x811c9dc5;
  const pair = given + '|' + surname;
  for (let i = 0; i < pair.length; i++) h = Math.imul(h ^ pair.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A foreigner's name in katakana: the whole span, and its first and last parts. */
export interface KatakanaName {
  start: number;
  end: number;
  givenStart: number;
  givenEnd: number;
  surnameStart: number;
  surnameEnd: number;
  /** How many parts the dots divide it into. */
  parts: number;
}

/** A key shorter than this says too little: "ホワイト・ハウス" gives T and S. */
const MIN_SURNAME_KEY = 2;
const MIN_PAIR_KEY = 4;

/** Whether the keys of this name are long enough to tell one person. */
export function keysTell(givenKey: string, surnameKey: string): boolean {
  return (
    givenKey.length >= 1 && surnameKey.length >= MIN_SURNAME_KEY && givenKey.length + surnameKey.length >= MIN_PAIR_KEY
  );
}

/** A letter of a part of a name: katakana, or a mark joining two halves. */
function partChar(code: number): boolean {
  return isKatakanaLetter(code) || JOINERS.has(code);
}

/**
 * The names in katakana of two parts or more that `text` writes with middle dots, each part of two letters or more;
 * a part may have halves joined with "＝". A dot after the last part (before an office: "・前外相") ends the name.
 */
export function katakanaNames(text: string): KatakanaName[] {
  const out: KatakanaName[] = [];
  let from = text.indexOf('・');
  while (from >= 0) {
    let start = from;
    while (start > 0 && partChar(text.charCodeAt(start - 1))) start--;
    let end = from;
    for (let c = text.charCodeAt(end); end < text.length && (partChar(c) || c === MIDDLE_DOT);)
      c = text.charCodeAt(++end);
    let last = end;
    while (last > start && text.charCodeAt(last - 1) === MIDDLE_DOT) last--;
    // The parts between the dots: every one of two letters or more ("ジョン・F・ケネディ" breaks at the F).
    const bounds: number[] = [];
    let partStart = start;
    let ok = true;
    for (let i = start; i <= last && ok; i++) {
      if (i < last && text.charCodeAt(i) !== MIDDLE_DOT) continue;
      ok = i - partStart >= 2 && !JOINERS.has(text.charCodeAt(partStart)) && !JOINERS.has(text.charCodeAt(i - 1));
      bounds.push(partStart, i);
      partStart = i + 1;
    }
    if (ok && bounds.length >= 4)
      out.push({
        start,
        end: last,
        givenStart: bounds[0]!,
        givenEnd: bounds[1]!,
        surnameStart: bounds[bounds.length - 2]!,
        surnameEnd: last,
        parts: bounds.length / 2,
      });
    from = text.indexOf('・', end);
  }
  return out;
}

/** A span of text that names a person of the knowledge base (the caller's reference). */
export interface KatakanaMention {
  start: number;
  end: number;
  ref: number;
}

/**
 * The katakana names in `text` that name people of the knowledge base, and their surnames alone wherever the text
 * writes them as a word of their own. `people` gives the people filed under a name's keys; `choose` picks one person of those whose keys agree (or -1: none, or no
 * telling which); `free` says whether a span overlaps no mention found before, or with `inside` none that reaches
 * out of it (a full name's surname read as someone else's is then given up for the full name). Sorted by start.
 */
export function findKatakanaPeople(
  text: string,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number, surname: string) => number,
  free: (start: number, end: number, inside: boolean) => boolean,
): KatakanaMention[] {
  const out: KatakanaMention[] = [];
  // Each linked surname as written, with the starts of its full names and who they name.
  const surnames = new Map<string, { at: number; ref: number }[]>();
  for (const name of katakanaNames(text)) {
    const given = katakanaKey(text, name.givenStart, name.givenEnd);
    const surname = katakanaKey(text, name.surnameStart, name.surnameEnd);
    if (!keysTell(given, surname)) continue;
    const ref = choose(people(given, surname), name.parts, text.slice(name.surnameStart, name.surnameEnd));
    if (ref < 0 || !free(name.start, name.end, true)) continue;
    out.push({ start: name.start, end: name.end, ref });
    const written = text.slice(name.surnameStart, name.surnameEnd);
    const list = surnames.get(written);
    if (list) list.push({ at: name.start, ref });
    else surnames.set(written, [{ at: name.start, ref }]);
  }
  for (const [written, named] of surnames) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      const after = end < text.length ? text.charCodeAt(end) : 0;
      // A word of its own: not inside a longer katakana word, nor a part of a name with dots.
      if (partChar(before) || before === MIDDLE_DOT || partChar(after) || after === MIDDLE_DOT) continue;
      if (!free(at, end, false)) continue;
      // Two people of one surname (Le Pen father and daughter): the one named last before it, else first.
      let ref = named[0]!.ref;
      for (const n of named) if (n.at < at) ref = n.ref;
      out.push({ start: at, end, ref });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
