/**
 * Bodies the knowledge base does not know — parties, courts, commissions, alliances, movements — found by the way
 * the press names them:
 * - a name the article defines an acronym for, whose letters are the initials of its words ("the Human Rights
 *   Defenders Coalition (HRDC)", "le Comité national pour le salut du peuple (CNSP)"); the acronym alone later
 *   names the same body;
 * - capitalized words that end with a body's head noun ("the Malawi Law Society", "Eritrea-Ethiopia Boundary
 *   Commission", "Yeşil Sol Parti") or open with one and go on in capitals ("Coalición Republicana", "the
 *   Ministry of Communication and Information Technology").
 *
 * A known place inside such a name is part of it ("Malawi" in "Malawi Law Society" is not the country). A known
 * actor of any other kind inside it means the words are a known actor's, and are left to the matcher. A reader
 * sees such a body marked and learns from the card that the knowledge base does not know it. Pure: no DOM, no
 * `browser`.
 */
import { foldTokens } from './fold';
import {
  hashFolded,
  hashWords,
  T_AFTER_BRACKET,
  T_AFTER_COMMA,
  T_ALL_CAPS,
  T_CAP_FIRST,
  T_HAS_DIGIT,
  T_JOINABLE,
  T_CASED,
} from './tokenize';
import {
  W_ADJECTIVE,
  W_DATE_WORD,
  W_DEMONYM,
  W_GENERIC,
  W_GIVEN_NAME,
  W_MONTH,
  W_ORG_HEAD,
  W_PERSON_TITLE,
  W_STOPWORD,
  W_TITLE,
} from './index-flags';
import { UNKNOWN_BODY_PREFIX } from './unknown-id';
import { LIST_JOINS, WEEKDAYS, type NameContext, type UnknownMention } from './unknown-people';

/** The small words a body's name holds between capitals ("Ministry of …", "Bolsa de Santiago"); not "on", "in". */
const RUN_LINK_WORDS = `of and for the de du des la le les l d pour et del y e el los las da do dos das di della dei
  degli per für und der ve ile w we i`;
const RUN_LINKS = hashWords(RUN_LINK_WORDS);

/** Small words an acronym skips: those, and more prepositions ("Citizens for Responsibility and Ethics in Washington"). */
export const LINKS = hashWords(`${RUN_LINK_WORDS} in on to at die das i z na w a al au aux ao aos à às no nos nas`);

/** Articles that open a second name after a conjunction ("and the"), or stand before a name ("Le Front …"). */
const ARTICLES = hashWords('the la le les el los las il o a die der das');

/**
 * Last words of names of things, not actors, that the press also defines acronyms for: "the Grand Ethiopian
 * Renaissance Dam (GERD)", "the Joint Comprehensive Plan of Action (JCPOA)", "the Belt and Road Initiative (BRI)".
 */
const THING_HEADS = hashWords(`dam bridge pipeline canal airport port project programme program agreement accord
  treaty plan action act initiative index station plant reactor corridor highway railway tunnel mine summit
  conference festival games cup stadium`);

/** Head nouns that end a body's name in English and Turkish ("Boundary Commission", "Sol Parti"). */
const LAST_HEADS = hashWords(`party alliance coalition front movement league council committee commission court
  tribunal authority agency bureau board ministry department office society association federation foundation
  institute organization organisation assembly parliament congress union cartel brigade brigades militia university
  corporation company group trust network convention junta service exchange
  parti partisi ittifakı kurulu meclisi mahkemesi bakanlığı derneği vakfı cephesi hareketi birliği konseyi komisyonu`);

/**
 * Head nouns that open a body's name in the Romance languages, Polish and English ("Coalición Republicana",
 * "Ministry of …", "Sądu Okręgowego w Krakowie", in its case forms): the name goes on in capitals, or with small
 * words between capitals.
 */
const FIRST_HEADS = hashWords(`ministry department office council committee commission court university
  partido parti partito movimiento mouvement movimento comité conseil consejo conselho consiglio coalición coalition
  coalizione convención convention frente front fronte unión union unione alianza alliance alleanza tribunal
  tribunale corte cour ministerio ministère ministério ministero fundación fondation fundação fondazione instituto
  institut istituto asociación association associação associazione comisión commission comissão commissione
  asamblea assemblée assembleia assemblea bolsa bourse agencia agence agência agenzia universidad université
  universidade università
  sąd sądu sądem sądzie trybunał trybunału trybunale komisja komisji ministerstwo ministerstwa ministerstwie urząd
  urzędu urzędzie rada rady radzie partia partii fundacja fundacji instytut instytutu agencja agencji uniwersytet
  uniwersytetu prokuratura prokuratury`);

/** Numbers written as words, which open sentences, not names. */
const NUMBER_WORDS =
  hashWords(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred hundreds thousand thousands dozen dozens`);

/** Words that cannot be inside a body's name: common words, months, dates. */
const NOT_IN_NAME = W_STOPWORD | W_MONTH | W_DATE_WORD;

/** How many words a body's name may hold, small words included. */
const MAX_WORDS = 12;

const CLOSE_BRACKET = 41;
/** An acronym whose letters can be read one by one: upper-case letters only. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Kinds of known actor that may stand inside a body's name: places ("Malawi Law Society"). */
const PLACE_KINDS = new Set(['country', 'territory', 'city']);

export function findUnknownBodies(n: NameContext): UnknownMention[] {
  const t = n.tokens;
  const out: UnknownMention[] = [];
  const used = new Uint8Array(t.count);
  /** Acronym (hash of its folded letters) → the body it was defined for. */
  const acronyms = new Map<number, UnknownMention>();
  /** A known actor's acronym the article defines for another name (hash → the known actor's id). */
  const redefined = new Map<number, string>();
  const add = (first: number, last: number, id?: string, name?: string): UnknownMention => {
    const start = t.start[first]!;
    const end = t.end[last]!;
    const written = name ?? n.text.slice(start, end).replace(/\s+/g, ' ');
    const m = { start, end, id: id ?? UNKNOWN_BODY_PREFIX + written, name: written };
    out.push(m);
    used.fill(1, first, last + 1);
    return m;
  };

  // Defined acronyms first: they are the surest.
  for (let j = 1; j < t.count; j++) {
    if ((t.flags[j]! & (T_AFTER_BRACKET | T_ALL_CAPS)) !== (T_AFTER_BRACKET | T_ALL_CAPS)) continue;
    if (n.text.charCodeAt(t.end[j]!) !== CLOSE_BRACKET || t.flags[j]! & T_HAS_DIGIT) continue;
    const first = definedBy(n, j);
    if (first < 0 || used[first] || n.knownName(first, j - 1)) continue;
    if (THING_HEADS.has(t.hash[j - 1]!)) continue;
    // "la Radio-Télévision guinéenne (RTG)": a name the knowledge base does not write, defined by an acronym
    // the matcher read as a known body, is that body's name. (This pass runs only where actors not in the base
    // are looked for: with that setting off, such a name stays unmarked, as it was before this pass.)
    const known = n.covered[j] ? n.coveredId(j) : undefined;
    const written = n.text.slice(t.start[first], t.end[j - 1]);
    // "las Fuerzas de Siria Democrática (FSD)", "la Ligue nationale pour la démocratie (LND)": a known body whose
    // acronym, in English, has these letters in another order, of a country the story names.
    const translated = known ? undefined : n.bodyByAcronymLetters(n.text.slice(t.start[j], t.end[j]), written);
    if (translated) {
      const body = add(first, j - 1, translated, written);
      add(j, j, translated, written);
      acronyms.set(t.hash[j]!, body);
      continue;
    }
    if (known) {
      if (PLACE_KINDS.has(n.coveredKind(j)!) || n.coveredKind(j) === 'person') continue;
      if (namesAlike(written, n.nameOf(known) ?? '')) {
        add(first, j - 1, known, written);
        continue;
      }
      // "the Samyukt Kisan Morcha (SKM)": a known acronym (the Sikkim Krantikari Morcha's) defined for words that
      // are not its actor's name names a new body, here and wherever the article writes it.
      redefined.set(t.hash[j]!, known);
    }
    const body = add(first, j - 1);
    if (!n.covered[j] || known) add(j, j, body.id, body.name);
    acronyms.set(t.hash[j]!, body);
  }
  // The acronym alone, elsewhere.
  if (acronyms.size) {
    for (let i = 0; i < t.count; i++) {
      if (used[i] || !(t.flags[i]! & T_ALL_CAPS)) continue;
      if (n.covered[i] && n.coveredId(i) !== redefined.get(t.hash[i]!)) continue;
      const body = acronyms.get(t.hash[i]!);
      if (body) add(i, i, body.id, body.name);
    }
  }
  // Names with a head noun; not in German, which capitalizes every noun ("Union Parlamentarier").
  for (let i = 0; i < t.count && !n.german; i++) {
    if (used[i] || !startsName(n, i)) continue;
    if (i > 0 && t.flags[i]! & T_JOINABLE && inName(n, i - 1)) continue; // tried from the run's start
    const last = runEnd(n, i);
    let [from, to] = headedName(n, i, last);
    // "the Taiwanese company Gold Apollo", "la organización Manos Limpias", "Hami Nepal, a volunteer organisation":
    // a name without a head noun, introduced by the kind of body it is.
    // Two words at least: one alone may be the first of a name that goes on in lower case ("le groupe Libertés,
    // indépendants, outre-mer et territoires").
    // Not capitals that open with a given name, a person's ("Tom Ruud, a company spokesman"), unless they end in a
    // place's name, as no person's does ("Hami Nepal").
    if (
      from < 0 &&
      last > i &&
      (kindBefore(n, i) || kindAfter(n, last)) &&
      (!(n.words[i]! & W_GIVEN_NAME) || n.place(last))
    )
      [from, to] = [i, last];
    if (from < 0) continue;
    // A known actor's name the matcher left unmarked (a shared "National Party" it could not settle) is not
    // someone new; nor are generic words alone ("the Standing Committee"), which name the story's own body.
    if (n.knownName(from, to) || !distinctive(n, from, to)) continue;
    add(from, to);
    i = to;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the words an acronym is defined for can be its known actor's English name in the article's language:
 * half their content words or more begin as a word of that name does ("Radio-Télévision guinéenne" and
 * "Radiodiffusion Télévision Guinéenne"), which "Samyukt Kisan Morcha" and "Sikkim Krantikari Morcha" do not.
 */
function namesAlike(written: string, name: string): boolean {
  // Only Latin letters compare with an English name: "Организация Объединённых Наций (ООН)" is the UN's.
  if (/[^\p{Script=Latin}\P{L}]/u.test(written)) return true;
  const stems = (s: string) =>
    foldTokens(s)
      .filter((w) => w.length > 2 && !LINKS.has(hashFolded(w)))
      // Three letters: a cognate keeps them where its fourth differs ("Eleitoral", "Electoral").
      .map((w) => w.slice(0, 3));
  const theirs = new Set(stems(name));
  const ours = stems(written);
  return ours.filter((w) => theirs.has(w)).length * 2 >= ours.length;
}

/**
 * The first token of the name that the bracketed acronym at token `j` spells, walking back over its words: each
 * word gives the acronym's letter at its place, small words may be skipped. -1 when the words do not spell it,
 * when a known actor other than a place stands among them, or when they look like a person's name ("John
 * Fitzgerald Kennedy (JFK)").
 */
function definedBy(n: NameContext, j: number): number {
  const t = n.tokens;
  const letters = n.text.slice(t.start[j], t.end[j]);
  if (!ACRONYM.test(letters)) return -1;
  let need = letters.length - 1;
  let k = j - 1;
  let descriptive = false;
  for (; k >= 0 && need >= 0; k--) {
    if (k < j - 1 && !(t.flags[k + 1]! & T_JOINABLE)) return -1;
    if (!(t.flags[k]! & T_CASED) || t.flags[k]! & (T_ALL_CAPS | T_HAS_DIGIT)) return -1;
    if (n.covered[k] && !PLACE_KINDS.has(n.coveredKind(k)!)) return -1;
    // Small words are skipped: "Citizens for Responsibility and Ethics in Washington (CREW)".
    if (LINKS.has(t.hash[k]!)) continue;
    if (n.text.charAt(t.start[k]!).toUpperCase() !== letters[need]) return -1;
    need--;
    if (!(t.flags[k]! & T_CAP_FIRST) || n.words[k]! & (W_ORG_HEAD | W_GENERIC | W_ADJECTIVE)) descriptive = true;
    if (LAST_HEADS.has(t.hash[k]!) || FIRST_HEADS.has(t.hash[k]!)) descriptive = true;
  }
  if (need >= 0) return -1;
  const first = k + 1;
  if (!(t.flags[first]! & T_CAP_FIRST) || LINKS.has(t.hash[first]!)) return -1;
  // A person's name with initials: only given-name-led capitals and nothing that names a kind of body.
  if (!descriptive && n.words[first]! & W_GIVEN_NAME) return -1;
  return first;
}

/** Token i may open a body's name: capitalized, not an acronym, not a common word, not in a headline. */
function startsName(n: NameContext, i: number): boolean {
  const f = n.tokens.flags[i]!;
  // Not a title ("Judge …"), nor an elided article ("L'Alliance"), nor a number opening a sentence ("Two Congress
  // MLAs").
  return (
    (f & (T_CAP_FIRST | T_ALL_CAPS)) === T_CAP_FIRST &&
    !NUMBER_WORDS.has(n.tokens.hash[i]!) &&
    inName(n, i) &&
    !n.headline(i) &&
    !(n.words[i]! & W_PERSON_TITLE) &&
    n.tokens.end[i]! - n.tokens.start[i]! > 1
  );
}

/** Token i may stand inside a body's name: capitalized, and no known actor but a place. */
function inName(n: NameContext, i: number): boolean {
  const f = n.tokens.flags[i]!;
  if (!(f & T_CAP_FIRST) || f & T_HAS_DIGIT || n.words[i]! & NOT_IN_NAME || WEEKDAYS.has(n.tokens.hash[i]!))
    return false;
  return !n.covered[i] || PLACE_KINDS.has(n.coveredKind(i)!);
}

/** The last token of the run of capitalized words from `first`, with small words between capitals. */
function runEnd(n: NameContext, first: number): number {
  const t = n.tokens;
  let last = first;
  for (let j = first + 1; j < t.count && j - first < MAX_WORDS && t.flags[j]! & T_JOINABLE; j++) {
    if (inName(n, j)) {
      last = j;
      continue;
    }
    // "Ministry of Communication and Information Technology", "Bolsa de Santiago"; but a conjunction after a
    // head noun joins two names ("the Law Society and the Constitutional Court").
    if (t.flags[j]! & T_CAP_FIRST || !RUN_LINKS.has(t.hash[j]!)) break;
    if (LIST_JOINS.has(t.hash[j]!) && LAST_HEADS.has(t.hash[j - 1]!)) break;
    if (LIST_JOINS.has(t.hash[j - 1]!) && ARTICLES.has(t.hash[j]!)) return last;
  }
  return last;
}

/**
 * Within the capitalized run `first`–`last`, the body's name as [first token, last token]: the whole run when it
 * opens with a head noun and holds another capitalized word the knowledge base does not know ("Coalición
 * Republicana", "Ministry of Communication and Information Technology"); else the capitalized words before the
 * run's last head noun ("Malawi Law Society", "Sverdlovsk Regional Court"), with "of …" after it ("Constitutional
 * Court of Malawi"). [-1, -1] when there is none, or when a known place is all there is besides the head ("Malawi
 * Parliament" is the country's).
 */
function headedName(n: NameContext, first: number, last: number): [number, number] {
  const t = n.tokens;
  if (last === first) return NONE;
  if (FIRST_HEADS.has(t.hash[first]!) && !(n.words[first]! & (W_TITLE | W_PERSON_TITLE))) {
    // "Union Minister of State for Home Ajay Mishra", "Council President": a head with a person's title after it
    // opens an office, and the name after the office is a person's.
    if (n.words[first + 1]! & W_PERSON_TITLE) return NONE;
    // "the Union Jack": a head and a lone given name after it name a thing (a flag), not a body.
    if (last === first + 1 && n.words[last]! & W_GIVEN_NAME) return NONE;
    for (let k = first + 1; k <= last; k++)
      if (t.flags[k]! & T_CAP_FIRST && !n.covered[k] && !namedPersonsSurname(n, k)) return [first, last];
  }
  for (let k = last; k > first; k--) {
    if (!LAST_HEADS.has(t.hash[k]!)) continue;
    // Back over capitalized words and conjunctions ("Land and Titles Court"), not over "of the": "Judge Andrei
    // Mineyev of the Sverdlovsk Regional Court" is a person and a court.
    let from = k;
    while (from > first && (t.flags[from - 1]! & T_CAP_FIRST || LIST_JOINS.has(t.hash[from - 1]!))) from--;
    while (from < k && !(t.flags[from]! & T_CAP_FIRST)) from++;
    while (from < k && (n.words[from]! & (W_TITLE | W_PERSON_TITLE) || ARTICLES.has(t.hash[from]!))) from++;
    // "president Edith Nawakwi and United National Independence Party leader …": capitals that open with a given
    // name before the conjunction are a person's, not the first of two bodies' names.
    if (n.words[from]! & W_GIVEN_NAME)
      for (let q = from + 1; q < k; q++)
        if (LIST_JOINS.has(t.hash[q]!)) {
          from = q + 1;
          break;
        }
    let unknown = 0;
    for (let q = from; q < k; q++) if (t.flags[q]! & T_CAP_FIRST && !n.covered[q]) unknown++;
    if (unknown < 1) return NONE;
    return [from, k < last && !(t.flags[k + 1]! & T_CAP_FIRST) ? last : k];
  }
  return NONE;
}

const NONE: [number, number] = [-1, -1];

/**
 * Token k is the last word of a person the story names in full elsewhere: "il presidente del Consiglio Conte" is
 * an office and Giuseppe Conte, not a council named "Consiglio Conte".
 */
function namedPersonsSurname(n: NameContext, k: number): boolean {
  const t = n.tokens;
  const hash = t.hash[k]!;
  for (let j = 1; j < t.count; j++) {
    if (j === k || t.hash[j] !== hash || !n.covered[j] || n.coveredKind(j) !== 'person') continue;
    const id = n.coveredId(j);
    if (n.coveredId(j - 1) === id && (j + 1 >= t.count || n.coveredId(j + 1) !== id)) return true;
  }
  return false;
}

/** Nouns for a kind of body, written before its name ("the company Gold Apollo") or after it (", a company"). */
const KIND_WORDS = hashWords(`company firm group organisation organization ngo charity consortium conglomerate
  carmaker chipmaker automaker startup lender insurer contractor manufacturer developer operator broadcaster
  société entreprise ong groupe empresa compañía organización firma grupo consorcio companhia organização
  consórcio società azienda gruppo organizzazione`);
/** Words of an apposition before its kind noun ("a Taiwan-based", "the state-owned"). */
const MAX_KIND_APPOSITION = 4;

/** Token i, opening a run of capitals, comes right after a kind noun in lower case. */
function kindBefore(n: NameContext, i: number): boolean {
  const t = n.tokens;
  return i > 0 && t.flags[i]! & T_JOINABLE && !(t.flags[i - 1]! & T_CAP_FIRST) ? KIND_WORDS.has(t.hash[i - 1]!) : false;
}

/**
 * The run ending at token `last` is followed by an indefinite apposition whose head is a kind noun (", a company
 * based in"); not ", the company", which may open a clause ("Under Hashimoto, the company has grown").
 */
function kindAfter(n: NameContext, last: number): boolean {
  const t = n.tokens;
  const comma = last + 1;
  if (comma >= t.count || !(t.flags[comma]! & T_AFTER_COMMA) || !ARTICLES_BEFORE_KIND.has(t.hash[comma]!)) return false;
  for (let j = comma + 1; j < t.count && j - comma <= MAX_KIND_APPOSITION; j++) {
    if (!(t.flags[j]! & T_JOINABLE)) return false;
    if (KIND_WORDS.has(t.hash[j]!)) return true;
    if (n.words[j]! & W_STOPWORD) return false;
  }
  return false;
}
const ARTICLES_BEFORE_KIND = hashWords('a an une un una um uma');

/**
 * Generic words of bodies' names: the head nouns, "national", "supreme", "standing"… A name made of these alone
 * ("the National Assembly", "the Judiciary Committee") is the story's own country's body, not a new one.
 */
const GENERIC_WORDS = hashWords(`national general supreme constitutional federal central standing public grand high
  higher electoral elections election cabinet judiciary judicial defence defense union state people peoples republican
  democratic popular regional provincial municipal city county district joint permanent special select executive
  legislative nacional suprema supremo pública nationale générale suprême constitutionnel constitutionnelle
  constitucional costituzionale popolare alta alto haute démocratique demócrata`);

/** Tokens first–last hold a word that is neither a head noun, nor generic, nor a demonym or an adjective. */
function distinctive(n: NameContext, first: number, last: number): boolean {
  const t = n.tokens;
  for (let k = first; k <= last; k++) {
    if (!(t.flags[k]! & T_CAP_FIRST)) continue;
    const h = t.hash[k]!;
    if (LAST_HEADS.has(h) || FIRST_HEADS.has(h) || GENERIC_WORDS.has(h)) continue;
    if (n.words[k]! & (W_GENERIC | W_ADJECTIVE | W_DEMONYM | W_TITLE | W_PERSON_TITLE)) continue;
    return true;
  }
  return false;
}
