/**
 * Foreigners' names as the Chinese press writes them: in characters of its transliteration table, given name and
 * surname apart with a middle dot ("弗朗西斯科·萨加斯蒂", Francisco Sagasti). The knowledge base has the Chinese of
 * a few thousand people; any other such name is read by its sound, as katakana is (katakana-names.ts): each part
 * reduced to keys of consonant classes from its characters' readings (han-sounds.ts), and a name whose parts agree
 * with one person of a country the story names is that person; the surname alone after it names them too.
 *
 * Chinese writes no space around a name, so a part may run into the words beside it ("选举弗朗西斯科"): the longest
 * span of table characters that names someone is taken. Pure: no DOM, no `browser`.
 */
import { HAN_SOUNDS } from './han-sounds';
import { keysTell } from './katakana-names';

/** Each table character's classes, one string per reading (see scripts/gen-han-sounds.ts). */
let sounds: Map<string, string[]> | undefined;

function soundsOf(ch: string): string[] | undefined {
  if (!sounds) {
    sounds = new Map();
    for (const entry of HAN_SOUNDS.split(' ')) {
      const ch = String.fromCodePoint(entry.codePointAt(0)!);
      sounds.set(ch, entry.slice(ch.length).split('/'));
    }
  }
  return sounds.get(ch);
}

/** The dots the press writes between the parts of a foreign name: ·, ・, •, ‧. */
const DOTS = new Set([0xb7, 0x30fb, 0x2022, 0x2027]);

/** Whether `code` is one of the middle dots a foreign name's parts are written apart with. */
export function isHanNameDot(code: number): boolean {
  return DOTS.has(code);
}
/**
 * Characters of the transliteration table that are also the words written right before or after a name ("以" of
 * "桑切斯以约20%得票率", "与", "和", "在"): a name's part does not run on through them.
 */
const NOT_IN_NAMES = new Set('以在于与和及的是将对为称说也则并已曾被向从因'.split(''));

/** Hyphens inside a part ("德拉米尼－祖马"). */
const JOINERS = new Set([0xff0d, 0x2d, 0x2010]);

/** The longest part read, in characters, and the fewest. */
const MAX_PART = 7;
const MIN_PART = 2;
/** More keys of one part than this are not followed (a part of many characters with two readings). */
const MAX_KEYS = 32;

/** Whether text[i] is a character of the transliteration table. */
function tableChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && soundsOf(text[i]!) !== undefined;
}

/**
 * The keys text[start, end) may sound as: its characters' classes in turn, repeats merged, an n before a b, p or m
 * read as the m it writes ("特朗普", Trump); undefined if a character is not in the table.
 */
export function hanKeys(text: string, start: number, end: number): string[] | undefined {
  let keys = [''];
  for (let i = start; i < end; i++) {
    if (JOINERS.has(text.charCodeAt(i))) continue;
    const classes = soundsOf(text[i]!);
    if (!classes) return undefined;
    const next: string[] = [];
    for (const key of keys)
      for (const cls of classes) {
        let k = key;
        for (const c of cls) {
          if (k.endsWith('N') && (c === 'P' || c === 'M')) k = `${k.slice(0, -1)}M`;
          if (!k.endsWith(c)) k += c;
        }
        if (!next.includes(k)) next.push(k);
      }
    keys = next.slice(0, MAX_KEYS);
  }
  return keys;
}

/** A span of text that names a person of the knowledge base (the caller's reference). */
export interface HanMention {
  start: number;
  end: number;
  ref: number;
}

/**
 * The dotted names in `text` that name people of the knowledge base, and their surnames alone after them. `people`
 * gives the people filed under a given name's and a surname's keys; `choose` picks one of them (or -1); `free` says
 * whether a span may be taken (no mention found before reaches out of it). Sorted by start.
 */
export function findHanPeople(
  text: string,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number) => number,
  free: (start: number, end: number) => boolean,
): HanMention[] {
  const out: HanMention[] = [];
  const surnames = new Map<string, number>();
  for (let dot = 0; dot < text.length; dot++) {
    if (!DOTS.has(text.charCodeAt(dot)) || !tableChar(text, dot - 1) || !tableChar(text, dot + 1)) continue;
    // The last dot of the name and the parts between: "迈克尔·理查德·庞培" has three.
    let lastDot = dot;
    let parts = 2;
    for (let i = dot + 1; i < text.length && i - lastDot <= MAX_PART + 1; i++) {
      if (DOTS.has(text.charCodeAt(i)) && tableChar(text, i + 1)) {
        lastDot = i;
        parts++;
      } else if (!tableChar(text, i) && !JOINERS.has(text.charCodeAt(i))) break;
    }
    const found = nameAround(text, dot, lastDot, parts, people, choose);
    dot = lastDot;
    if (!found || !free(found.start, found.end)) continue;
    out.push(found);
    const surname = text.slice(lastDot + 1, found.end);
    if (!surnames.has(surname)) surnames.set(surname, found.ref);
    dot = found.end - 1;
  }
  if (!out.length) return out;
  // The surname alone, not inside a longer name: no dot beside it, no table character before it.
  const named = out.slice();
  for (const [surname, ref] of surnames) {
    for (let at = text.indexOf(surname, named[0]!.end); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (named.some((m) => m.start <= at && at < m.end)) continue;
      if (DOTS.has(text.charCodeAt(at - 1)) || DOTS.has(text.charCodeAt(end)) || tableChar(text, at - 1)) continue;
      if (free(at, end)) out.push({ start: at, end, ref });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The person named by the dotted name whose first dot is at `dot` and last at `lastDot`: the given name the longest
 * run of table characters before the first dot that names someone, the surname the longest after the last.
 */
function nameAround(
  text: string,
  dot: number,
  lastDot: number,
  parts: number,
  people: (givenKey: string, surnameKey: string) => readonly number[],
  choose: (refs: readonly number[], parts: number) => number,
): HanMention | undefined {
  let from = dot;
  while (from > 0 && dot - from < MAX_PART && tableChar(text, from - 1) && !NOT_IN_NAMES.has(text[from - 1]!)) from--;
  let to = lastDot + 1;
  while (
    to < text.length &&
    to - lastDot <= MAX_PART &&
    ((tableChar(text, to) && !NOT_IN_NAMES.has(text[to]!)) || JOINERS.has(text.charCodeAt(to)))
  )
    to++;
  for (let start = from; dot - start >= MIN_PART - 1 && start < dot; start++) {
    const givenKeys = hanKeys(text, start, dot);
    if (!givenKeys) continue;
    for (let end = to; end - lastDot - 1 >= MIN_PART; end--) {
      // Not a surname cut inside a hyphenated one: not ending at its hyphen, its part after the hyphen of two
      // characters or more.
      if (JOINERS.has(text.charCodeAt(end))) continue;
      let joiner = end - 1;
      while (joiner > lastDot && !JOINERS.has(text.charCodeAt(joiner))) joiner--;
      if (joiner > lastDot && end - joiner - 1 < MIN_PART) continue;
      const surnameKeys = hanKeys(text, lastDot + 1, end);
      if (!surnameKeys) continue;
      const refs: number[] = [];
      for (const g of givenKeys)
        for (const s of surnameKeys) {
          if (!keysTell(g, s)) continue;
          for (const r of people(g, s)) if (!refs.includes(r)) refs.push(r);
        }
      if (!refs.length) continue;
      const ref = choose(refs, parts);
      if (ref >= 0) return { start, end, ref };
    }
  }
  return undefined;
}
