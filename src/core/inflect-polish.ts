/**
 * Polish case forms of names, generated at build time so the runtime matcher stays a plain token lookup:
 * "Polska" also indexes "Polski", "Polsce", "Polskę", "Polską"; "Andrzej Duda" also "Andrzeja Dudy",
 * "Andrzejowi Dudzie", "Andrzejem Dudą". The nominative is the alias itself; the other cases a news text
 * uses are generated: genitive, dative, accusative, instrumental and locative (the vocative is rare in news).
 * Every declinable word of a name takes the same case, as in the Cyrillic module. Forms are deliberately
 * generous (a noun and an adjective may end alike: "Polska" the country and "Polska Agencja Prasowa"): an
 * extra, wrong form of a proper name rarely matches ordinary text, a missing one loses the name. Pure.
 */

/** Forms per case: genitive, dative, accusative, instrumental, locative. */
type Cases = [string[], string[], string[], string[], string[]];

const empty = (): Cases => [[], [], [], [], []];

/**
 * Particles and prepositions inside names ("Prawo i Sprawiedliwość", "Ursula von der Leyen") do not
 * decline. Words of one or two letters ("i", "w", "z", "na", "de", "da", "al") never do, so only longer
 * ones are listed.
 */
const PARTICLES = new Set([
  'oraz',
  'dla',
  'pod',
  'nad',
  'przy',
  'przez',
  'del',
  'della',
  'dos',
  'das',
  'der',
  'den',
  'des',
  'van',
  'von',
  'ibn',
  'bin',
  'ben',
  'und',
  'the',
  'and',
  'zum',
  'zur',
  'ter',
]);
/** Conjunctions that join two names in the nominative ("Prawo i Sprawiedliwość"): both decline. */
const CONJUNCTIONS = new Set(['i', 'oraz']);

const LATIN_WORD = /^\p{Script=Latin}+$/u;
const VOWEL = /[aeiouyąęóáàâäãåéèêëíìîïòôöõúùûüýÿæœø]$/i;
/** Final consonants after which -a/-e/-o endings sound "hardened" or soft: no alternation, -y or -u. */
const HARDENED = /(?:rz|cz|sz|dz|dż|ż|c|l|j)$/;
/** Soft consonants written with an accent at the end of a word and with a following i before a vowel. */
const SOFT: [string, string][] = [
  ['dź', 'dzi'],
  ['ś', 'si'],
  ['ć', 'ci'],
  ['ń', 'ni'],
  ['ź', 'zi'],
];

/**
 * The locative and dative ending -e softens the consonant before it ("Sejm" → "Sejmie", "Senat" →
 * "Senacie", "Duda" → "Dudzie", "Polska" → "Polsce"). `stem` is the word without its vowel ending; the
 * velars (k, g, ch) take -e only in feminine and neuter nouns, masculine ones take -u (handled by callers).
 * Where a cluster softens too ("Wisła" → "Wiśle") both spellings are given.
 */
const ALTERNATIONS: [string, string[]][] = [
  ['szt', ['szcie']], // Budapeszt → Budapeszcie
  ['st', ['ście']], // Most → Moście
  ['zd', ['ździe']],
  ['sł', ['śle', 'sle']], // Wisła → Wiśle
  ['sn', ['śnie', 'snie']], // Wiosna → Wiośnie
  ['zn', ['źnie', 'znie']],
  ['ch', ['sze']], // Mucha → Musze
  ['k', ['ce']], // Polska → Polsce, Ameryka → Ameryce
  ['g', ['dze']], // Praga → Pradze
  ['t', ['cie']], // Malta → Malcie, Senat → Senacie
  ['d', ['dzie']], // Duda → Dudzie
  ['r', ['rze']], // Barbara → Barbarze, Bodnar → Bodnarze
  ['ł', ['le']], // Trybunał → Trybunale
  ['h', ['sze', 'he']],
];

function softenE(stem: string): string[] {
  const lower = stem.toLowerCase();
  for (const [end, repl] of ALTERNATIONS)
    if (lower.endsWith(end)) return repl.map((r) => stem.slice(0, stem.length - end.length) + r);
  // Labials, n, s, z and foreign consonants take -ie: "Ukrainie", "Europie", "Warszawie", "Gazie".
  return [stem + 'ie'];
}

const isVelar = (stem: string) => /(?:k|g)$/i.test(stem);
const isGuttural = (stem: string) => /(?:k|g|ch|h)$/i.test(stem);

/** Feminine (and masculine: "Duda", "Kuba") nouns in -a: "Ukraina", "Polska", "Rosja", "Unia", "Korea". */
function nounA(word: string): Cases {
  const b = word.slice(0, -1);
  const lower = b.toLowerCase();
  const out = empty();
  let gdl: string[]; // genitive; the dative and locative share it unless listed apart
  let dl: string[] | undefined;
  if (lower.endsWith('i')) {
    // "Unia" → "Unii", "Belgia" → "Belgii"; native soft stems "Ziemia" → "Ziemi", "Hołownia" → "Hołowni".
    gdl = /[csznm]i$/.test(lower) ? [b + 'i', b] : [b + 'i'];
  } else if (lower.endsWith('j')) {
    // "Rosja" → "Rosji"; after a vowel j merges with i: "Maja" → "Mai", "Nadzieja" → "Nadziei".
    gdl = VOWEL.test(b.slice(0, -1)) ? [b.slice(0, -1) + 'i', b + 'i'] : [b + 'i'];
  } else if (VOWEL.test(b)) {
    gdl = [b + 'i']; // "Korea" → "Korei", "Nikaragua" → "Nikaragui"
  } else if (/(?:k|g|l)$/.test(lower)) {
    gdl = [b + 'i']; // "Polski", "Pragi", "Angeli"
    if (!lower.endsWith('l')) dl = softenE(b);
  } else if (HARDENED.test(lower)) {
    gdl = [b + 'y']; // "Lewica" → "Lewicy" in the genitive, dative and locative
  } else {
    gdl = [b + 'y'];
    dl = softenE(b);
  }
  out[0] = gdl;
  out[1] = dl ?? gdl;
  out[2] = [b + 'ę'];
  out[3] = [b + 'ą'];
  out[4] = dl ?? gdl;
  return out;
}

/**
 * Adjectives and adjectival surnames in their nominative ending: "Trzaskowski" → "Trzaskowskiego",
 * "Najwyższy" → "Najwyższego", "Europejska" → "Europejskiej", "Zjednoczone" → "Zjednoczonych". A masculine
 * adjective of a person takes the genitive form in the accusative ("widział Trzaskowskiego"); of a thing,
 * the nominative ("Sąd Najwyższy"). An -e adjective is neuter singular or plural: both are given.
 */
function adjective(word: string, person: boolean): Cases {
  const out = empty();
  const last = word.slice(-1).toLowerCase();
  const b = word.slice(0, -1);
  if (last === 'y') {
    out[0] = [b + 'ego'];
    out[1] = [b + 'emu'];
    out[2] = [person ? b + 'ego' : word];
    out[3] = [b + 'ym'];
    out[4] = [b + 'ym'];
  } else if (last === 'i') {
    // -i keeps its i: "Polski" → "Polskiego", "Zachodni" → "Zachodniego", "Salvini" → "Salviniego".
    out[0] = [word + 'ego'];
    out[1] = [word + 'emu'];
    out[2] = [person ? word + 'ego' : word];
    out[3] = [word + 'm'];
    out[4] = [word + 'm'];
  } else if (last === 'a') {
    // "Polska" → "Polskiej", "Nowa" → "Nowej", "Trzecia" → "Trzeciej".
    const gdl = isVelar(b) ? b + 'iej' : b + 'ej';
    out[0] = [gdl];
    out[1] = [gdl];
    out[2] = [b + 'ą'];
    out[3] = [b + 'ą'];
    out[4] = [gdl];
  } else if (last === 'e') {
    // "Polskie" → "Polskiego", "Polskich"; "Zjednoczone" → "Zjednoczonego", "Zjednoczonych".
    const soft = b.toLowerCase().endsWith('i');
    const y = soft ? b : b + 'y';
    out[0] = [y + 'ch', b + 'ego'];
    out[1] = [y + 'm', b + 'emu'];
    out[2] = [word];
    out[3] = [y + 'mi', y + 'm'];
    out[4] = [y + 'ch', y + 'm'];
  }
  return out;
}

/** Neuter nouns in -o and -e: "Prawo" → "Prawa", "Prawu", "Prawem", "Prawie"; "Pomorze" → "Pomorzu". */
function neuter(word: string): Cases {
  const b = word.slice(0, -1);
  const lower = b.toLowerCase();
  const out = empty();
  out[0] = [b + 'a'];
  out[1] = [b + 'u'];
  out[2] = [word];
  out[3] = [isVelar(b) ? b + 'iem' : b + 'em'];
  // Velars, hardened and soft stems take -u ("Wojsku", "Pomorzu", "Zgromadzeniu"); hard ones -e ("Prawie").
  const takesU = word.toLowerCase().endsWith('e') || isGuttural(b) || HARDENED.test(lower) || lower.endsWith('i');
  out[4] = takesU ? [b + 'u'] : softenE(b);
  return out;
}

/**
 * Plural names: "Niemcy" → "Niemiec", "Niemcom", "Niemcami", "Niemczech"; "Stany" → "Stanów"; "Chiny" →
 * "Chin"; "Indie" → "Indii"; "Katowice" → "Katowic". The genitive is -ów or bare, the bare form often with
 * an inserted e or ie ("Węgry" → "Węgier", "Helsinki" → "Helsinek"): all are given. Country names keep an
 * old locative in -ech with softening ("Niemczech", "Węgrzech", "Włoszech").
 */
function plural(word: string): Cases {
  const p = word.slice(0, -1);
  const lower = p.toLowerCase();
  const out = empty();
  if (p.length < 2) return out;
  if (lower.endsWith('i')) {
    out[0] = [p + 'i'];
  } else {
    out[0] = [p + 'ów'];
    if (p.length >= 3) out[0].push(p);
    const m = /(?:ch|cz|sz|rz|dz|[^aeiouyąęó])$/i.exec(p);
    const before = m ? p.slice(0, p.length - m[0].length) : '';
    if (m && before.length >= 2 && !VOWEL.test(before) && !/[jł]$/i.test(before))
      out[0].push(before + 'ie' + m[0], before + 'e' + m[0]);
  }
  out[1] = [p + 'om'];
  out[2] = [word];
  out[3] = [p + 'ami'];
  out[4] = [p + 'ach'];
  if (lower.endsWith('ch')) out[4].push(p.slice(0, -2) + 'szech');
  else if (/[cr]$/.test(lower)) out[4].push(p + 'zech');
  return out;
}

/** Soft stem of a word ending in ś, ć, ń, ź, dź ("Białoruś" → "Białorusi"), or undefined. */
function softStem(word: string): string | undefined {
  for (const [end, repl] of SOFT) if (word.endsWith(end)) return word.slice(0, word.length - end.length) + repl;
  return undefined;
}

/** Feminine nouns in a soft consonant: "Sprawiedliwość" → "Sprawiedliwości", "Białoruś" → "Białorusią". */
function softFeminine(word: string, stem: string): Cases {
  return [[stem], [stem], [word], [stem + 'ą'], [stem]];
}

/**
 * Stems of a consonant-final masculine noun. A final -ów alternates with -ow- ("Kijów" → "Kijowa",
 * "Kraków" → "Krakowie"), as ó in the last syllable often does ("Kościół" → "Kościoła"); a mobile e drops
 * ("Marek" → "Marka", "Czarnek" → "Czarnka", "Niemiec" → "Niemca", "Paweł" → "Pawła"). Both the kept and the
 * changed stem are given, since proper names do not always follow the rule.
 */
function masculineStems(word: string): string[] {
  if (/ów$/i.test(word)) return [word.slice(0, -2) + 'ow'];
  const stems = [word];
  const mobile = /^(.*[^aeiouyąęó])i?e([kcł])$/i.exec(word);
  if (mobile && mobile[1]!.length >= 2) stems.push(mobile[1]! + mobile[2]!);
  return stems.flatMap(oStems);
}

/** A stem and, when its last syllable has ó, the same stem with o ("Łódź" → "Łodzi", "Kościół"). */
function oStems(stem: string): string[] {
  const o = /^(.+)ó([^aeiouyąęó]+i?)$/i.exec(stem);
  return o ? [stem, o[1]! + 'o' + o[2]!] : [stem];
}

/**
 * Masculine nouns ending in a consonant. A person's genitive and accusative are in -a ("Donalda Tuska");
 * a thing's genitive is -u or -a with no rule a program can see ("Sejmu", "Kremla"), both given, and its
 * accusative is the nominative. Instrumental -em, -iem after k and g ("Tuskiem"); locative -u after velars
 * and soft or hardened consonants ("Tusku", "Kremlu", "Paryżu"), -e with softening otherwise ("Putinie",
 * "Senacie").
 */
function masculine(word: string, person: boolean): Cases {
  const out = empty();
  for (const stem of masculineStems(word)) {
    const soft = softStem(stem);
    const s = soft ?? stem;
    if (s.length < 2) continue;
    out[0].push(s + 'a');
    if (!person) out[0].push(s + 'u');
    out[1].push(s + 'owi');
    out[2].push(person ? s + 'a' : word);
    out[3].push(isVelar(stem) && !soft ? s + 'iem' : s + 'em');
    if (soft || isGuttural(stem) || HARDENED.test(stem.toLowerCase())) out[4].push(s + 'u');
    else {
      out[4].push(...softenE(stem));
      // "Dom" → "Domu", "Wrocław" → "Wrocławiu": some things take -u after a hard consonant.
      if (!person) out[4].push(stem + 'u');
    }
  }
  // Place names in -ław are soft: "Wrocław" → "Wrocławia", "Wrocławiu".
  if (!person && /ław$/i.test(word)) {
    out[0].push(word + 'ia');
    out[4].push(word + 'iu');
  }
  // Feminine nouns in a hardened consonant: "Bydgoszcz" → "Bydgoszczy".
  if (!person && /(?:cz|sz|ż|rz|c)$/i.test(word)) {
    for (const c of [0, 1, 4]) out[c]!.push(word + 'y');
    out[3].push(word + 'ą');
  }
  return out;
}

/**
 * Does the word end like a nominative adjective ("Polska", "Nowa", "Biały", "Zjednoczone", "Wschodnia")?
 * Nouns may too ("Droga", "Ukraina", "Stany"): callers treat this as a possibility, not a fact.
 */
function adjectiveLike(word: string): boolean {
  const lower = word.toLowerCase();
  if (/[yi]$/.test(lower)) return true;
  if (!/[ae]$/.test(lower)) return false;
  return /(?:k|g|n|ow|ew|sz|ż|cz|ł|ci|dni|tni)$/.test(lower.slice(0, -1)) || /(?:k|g)ie$/.test(lower);
}

/** The word without its adjectival ending: "Europejska" → "europejsk", "Zachodnie" → "zachodn". */
const adjectiveBase = (lower: string) => lower.replace(/i?[yiae]$/, '');

/** Adjective suffixes no noun has: a word with one is surely an adjective ("Europejska", "Najwyższy"). */
const SURE_ADJECTIVE = /(?:sk|ck|dzk|czn|cn|dn|yjn|ijn|ln|wn|ow|ew|on|sz)$/;

const isAcronym = (word: string) => {
  // "NATO", "RP", and mixed ones like "PiS": more than one capital in a short word.
  const upper = [...word].filter((ch) => ch !== ch.toLowerCase()).length;
  return upper * 2 > word.length || (upper > 1 && word.length <= 4);
};

function declinable(word: string): boolean {
  return word.length >= 3 && LATIN_WORD.test(word) && !PARTICLES.has(word.toLowerCase()) && !isAcronym(word);
}

/**
 * Case forms of one word, per case; empty lists for words that do not decline. `adjectiveOnly`: the word
 * stands as an adjective beside the head noun ("Nowa Lewica", "Sąd Najwyższy"), so its noun forms
 * ("Nowie") would be noise.
 */
function wordCases(word: string, person: boolean, adjectiveOnly = false): Cases {
  const lower = word.toLowerCase();
  const out = empty();
  const add = (cases: Cases) => cases.forEach((forms, c) => out[c]!.push(...forms));
  const last = lower.slice(-1);
  if (/um$/.test(lower)) return out; // "Centrum", "Forum", "Muzeum" do not decline in the singular
  if (adjectiveOnly) add(adjective(word, person));
  else if (last === 'a') {
    if (person && /(?:sk|ck|dzk)a$/.test(lower)) add(adjective(word, person));
    else {
      add(nounA(word));
      if (person ? /(?:ow|ew)a$/.test(lower) : adjectiveLike(word)) add(adjective(word, person));
    }
  } else if (person && /[aeou]y$/.test(lower)) {
    // After a vowel, a foreign name's -y is a consonant, not an adjective's ending: "Van Rompuy" → "Van Rompuya",
    // "Murray" → "Murrayowi".
    add([[word + 'a'], [word + 'owi'], [word + 'a'], [word + 'em'], [word + 'u']]);
  } else if (last === 'y' || last === 'i') {
    add(adjective(word, person));
    // A thing in -y or -ki may be a plural noun ("Niemcy", "Stany", "Helsinki"), unless it is surely an
    // adjective ("Polski").
    if (!person && (last === 'y' || /[kg]i$/.test(lower)) && !SURE_ADJECTIVE.test(adjectiveBase(lower)))
      add(plural(word));
  } else if (last === 'e') {
    if (person) {
      // "Goethe" → "Goethego", "Goethemu", "Goethem" (the bare form is kept too: "Joe Bidena").
      const b = word.slice(0, -1);
      add([[b + 'ego'], [b + 'emu'], [b + 'ego'], [word + 'm'], [word + 'm']]);
    } else {
      const adj = adjectiveLike(word);
      if (adj) add(adjective(word, false));
      // "Zgromadzenie" and "Ostatnie" end alike; "Pomorze", "Katowice" are nouns.
      if (!adj || /nie$/.test(lower)) {
        add(neuter(word));
        add(plural(word));
      }
    }
  } else if (last === 'o') {
    // A man's surname in -o declines like -a ("Ziobro" → "Ziobry", "Kościuszko" → "Kościuszki"); a thing
    // in -o is neuter ("Prawo", "Kosowo", "Maroko").
    if (person) {
      add(nounA(word.slice(0, -1) + 'a'));
      // A foreign given name in -o is also declined as a man's name in a consonant ("Ratko Mladić" → "Ratka
      // Mladicia", "Marko" → "Marka"): both are written.
      add(masculine(word.slice(0, -1), true));
    } else add(neuter(word));
  } else if (!VOWEL.test(lower)) {
    const soft = softStem(word);
    if (soft && /ość$/.test(lower)) add(softFeminine(word, soft));
    else {
      add(masculine(word, person));
      // "Białoruś", "Łódź" (→ "Łodzi") are feminine; "Poznań" is not: a thing gets both.
      if (soft && !person) for (const s of oStems(soft)) add(softFeminine(word, s));
    }
  }
  // Other final vowels stay: foreign names in -u, -é, -ó do not decline in Polish ("Benjamina Netanjahu").
  for (const c of [0, 1, 2, 3, 4]) out[c] = [...new Set(out[c])].filter((f) => f.length >= 3 && f !== word);
  return out;
}

interface WordPlan {
  cases: Cases | null; // null: the word stays as it is
  keep: boolean; // the unchanged word is a further option in every case
}

/**
 * Which words of a non-person name decline, and how. Like the Cyrillic module, an institution declines up
 * to its head noun and the adjectives that agree with it ("Komisja Europejska" → "Komisji Europejskiej",
 * "Narodowy Bank Polski" → "Narodowego Banku Polskiego"); what follows is already in the genitive
 * ("Ministerstwo Spraw Zagranicznych" → "Ministerstwa Spraw Zagranicznych", "Rada Ministrów"). A
 * conjunction in the head phrase joins a second nominative ("Prawo i Sprawiedliwość" → "Prawa i
 * Sprawiedliwości"). An adjective before a noun takes only adjective forms ("Nowa Lewica" → "Nowej
 * Lewicy"). One after the head agrees in gender and number: feminine -a, neuter -e, masculine -y or -i,
 * plural -e ("Stany Zjednoczone"); one that ends like an adjective but may be a genitive noun ("Trzecia
 * Droga", "Urząd Ochrony Państwa") also keeps its bare form.
 */
function planThing(words: string[]): WordPlan[] {
  let declining = true;
  let head: string | undefined;
  const nextWord = (i: number) => {
    const w = words[i + 2];
    return w !== undefined && declinable(w) && !CONJUNCTIONS.has(w.toLowerCase()) ? w : undefined;
  };
  return words.map((w, i) => {
    if (i % 2 === 1) return { cases: null, keep: false };
    const lower = w.toLowerCase();
    if (CONJUNCTIONS.has(lower)) {
      if (declining) head = undefined;
      return { cases: null, keep: false };
    }
    // Hyphenated halves of a place name are in apposition, both declined: "Bielsko-Biała" → "Bielska-Białej".
    if (words[i - 1] === '-' && declining) head = undefined;
    if (!declining || !declinable(w)) {
      if (head !== undefined) declining = false;
      return { cases: null, keep: false };
    }
    if (head === undefined) {
      const next = nextWord(i);
      // "Bielsko-Biała" declines both halves; a compound adjective's first half in -o may not.
      const keep = words[i + 1] === '-' && lower.endsWith('o');
      if (adjectiveLike(w) && next !== undefined && !adjectiveLike(next))
        return { cases: wordCases(w, false, true), keep };
      head = w;
      return { cases: wordCases(w, false), keep };
    }
    const headEnd = head.toLowerCase().slice(-1);
    const agrees =
      adjectiveLike(w) &&
      (headEnd === 'a'
        ? lower.endsWith('a')
        : /[oe]/.test(headEnd)
          ? lower.endsWith('e')
          : /[yi]/.test(headEnd)
            ? /[eyi]$/.test(lower)
            : /[yi]$/.test(lower) || (/[ćńśź]/.test(headEnd) && lower.endsWith('a')));
    if (!agrees) {
      declining = false;
      return { cases: null, keep: false };
    }
    const sure = SURE_ADJECTIVE.test(adjectiveBase(lower));
    return { cases: wordCases(w, false, sure), keep: !sure };
  });
}

/**
 * A person's name declines word by word ("Andrzeja Dudy", "Rafała Trzaskowskiego"). A woman's foreign or
 * consonant-final surname does not ("Angeli Merkel", "Ursuli von der Leyen", "Beaty Szydło"): when the first
 * name ends in -a, the other words keep their bare form as an option. Surnames in -o and -e may or may not
 * decline ("Ziobry", but "Nicolása Maduro", "Joe Bidena"): both are given.
 */
function planPerson(words: string[]): WordPlan[] {
  const real = words.filter((w, i) => i % 2 === 0 && declinable(w));
  const feminine = real.length > 1 && /a$/i.test(real[0]!);
  return words.map((w, i) => {
    if (i % 2 === 1 || !declinable(w)) return { cases: null, keep: false };
    const keep = /[oe]$/i.test(w) || (feminine && !/a$/i.test(w));
    return { cases: wordCases(w, true), keep };
  });
}

/**
 * Inflected variants of a Polish name: for each case, every combination of its words' forms (a word that
 * does not decline keeps its form). Returns the distinct forms other than the name itself. Numbers
 * ("Polska 2050"), acronyms ("NATO", "PiS"), particles ("i", "von") and words of other scripts stay as they
 * are.
 */
export function inflectPolishName(name: string, person: boolean): string[] {
  if (!/\p{Script=Latin}/u.test(name)) return [];
  const words = name.split(/(\s+|-)/); // keep separators at odd positions
  const plan = person ? planPerson(words) : planThing(words);
  const out = new Set<string>();
  for (let c = 0; c < 5; c++) {
    let forms = [''];
    words.forEach((w, i) => {
      const p = plan[i]!;
      const cases = p.cases?.[c];
      const options = cases?.length ? (p.keep ? [...cases, w] : cases) : [w];
      const next: string[] = [];
      for (const f of forms) for (const o of options) next.push(f + o);
      // Bound the product: names have few words, and each word few forms.
      forms = next.slice(0, 64);
    });
    for (const f of forms) if (f !== name) out.add(f);
  }
  return [...out];
}
