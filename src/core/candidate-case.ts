/**
 * Whether a span is written as a name: the case of its words against the alias's. Pure functions of the matcher's state
 * (the Matcher passed first); matcher.ts runs them in order.
 */
import { A_LOWER_FIRST_BIT, A_LOWER_MAX, W_ARTICLE, W_GENERIC, W_ORG_HEAD, W_PARTICLE } from './index-flags';
import { type MatchIndex } from './match-index';
import { COMPASS_WORDS, NOT_CASED, STATE_HASH } from './match-words';
import type { Matcher } from './matcher';
import { NAME_PARTICLES } from './particles';
import { T_AFTER_HYPHEN, T_CAP_FIRST, T_CASED, T_CYRILLIC, T_JOINABLE, type Tokens, isPossessiveS } from './tokenize';

/**
 * Among the words after the first, an institutional noun ("council", "court", "party"), but not "state": "an
 * Islamic state" is no Islamic State.
 */
export function institutionalTail(matcher: Matcher, t: Tokens, first: number, last: number): boolean {
  let found = false;
  for (let j = first + 1; j <= last; j++) {
    // "Ukraine's air force" is read as "Kenya's parliament" is: the country, then its body.
    if (isPossessiveS(t, j)) return false;
    if (matcher.wordFlags(j) & (W_GENERIC | W_ORG_HEAD) && t.hash[j] !== STATE_HASH) found = true;
  }
  return found;
}

/** A capitalized word among `from..last`, after nothing but particles ("der Leyen"). */
export function capitalAhead(
  matcher: Matcher,
  t: Tokens,
  index: MatchIndex,
  k: number,
  from: number,
  last: number,
): boolean {
  for (let j = from; j <= last; j++) {
    if (t.flags[j]! & T_CAP_FIRST) return true;
    const id = matcher.tokenIds[k]![j]!;
    if (id < 0 || !(index.tokFlags[id]! & W_PARTICLE)) return false;
  }
  return false;
}

/**
 * A name in a cased script must be capitalized: every word except particles ("al", "bin", "of") and the
 * words its alias itself writes in lower case ("Assemblée nationale", "Белый дом"). Returns NOT_CASED,
 * or a mask of the span's words (bit j-1 for word first+j) that are in lower case with no general excuse:
 * a term accepts the span when its own lower-case mask covers them.
 */
export function casedMask(
  matcher: Matcher,
  t: Tokens,
  index: MatchIndex,
  k: number,
  first: number,
  last: number,
  gapFrom = -1,
  gapTo = -1,
): number {
  const ids = matcher.tokenIds[k]!;
  let capitalized = 0;
  let mask = 0;
  // Bits count the alias's words: a skipped nickname's tokens are not among them.
  let shift = 0;
  // Whether a word after the first is capitalized, asked once per span (see the Cyrillic rule below).
  let properInside: boolean | undefined;
  for (let j = first; j <= last; j++) {
    if (j === gapFrom) {
      shift = gapTo - gapFrom + 1;
      j = gapTo;
      continue;
    }
    const f = t.flags[j]!;
    if (!(f & T_CASED)) continue;
    if (f & T_CAP_FIRST) {
      capitalized++;
      continue;
    }
    const id = j === first && ids[j]! < 0 ? matcher.cliticIds[k]![j]! : ids[j]!;
    const w = id >= 0 ? index.tokFlags[id]! : 0;
    if (w & W_PARTICLE && j > first) continue;
    // "al-Qaeda", "el-Sisi", "von der Leyen": particles may open a name in lower case, before a capital.
    if (
      j === first &&
      j < last &&
      (w & W_ARTICLE || (w & W_PARTICLE && NAME_PARTICLES.has(matcher.tokenText(j)))) &&
      capitalAhead(matcher, t, index, k, j + 1, last)
    )
      continue;
    // Russian and Ukrainian write only the first word of an institution's name with a capital ("Генеральна
    // асамблея ООН", "Кабінет міністрів України"), whatever case the base writes the rest in. Only in a name
    // that holds another proper name: a generic one ("Верховный суд", any country's) is read as its alias is
    // written, or Ukraine's "Верховний Суд" would be every Russian story's supreme court.
    if (
      f & T_CYRILLIC &&
      j > first &&
      t.flags[first]! & T_CAP_FIRST &&
      (properInside ??= capitalInside(t, first, last))
    )
      continue;
    // "the Chinese foreign ministry": institutional nouns after a capitalized start. Not "state" ending the
    // name: "an Islamic state" is no Islamic State ("the US state department" keeps it).
    if (w & W_GENERIC && j > first && t.flags[first]! & T_CAP_FIRST && !(j === last && t.hash[j] === STATE_HASH))
      continue;
    // The "s" of a possessive inside a name ("Ukraine's Foreign Ministry").
    if (j > first && isPossessiveS(t, j)) continue;
    // The lower-case half of a hyphenated given name ("Tsai Ing-wen", "Kim Jong-un").
    if (j > first && f & T_AFTER_HYPHEN && t.flags[j - 1]! & T_CAP_FIRST) continue;
    // "armée israélienne", "ministerio de Defensa": an institutional noun may open a name in lower case
    // when the alias itself writes it so (the term's A_LOWER_FIRST_BIT).
    if (j === first) {
      if (!(w & W_GENERIC) || j === last) return NOT_CASED;
      mask |= 1 << A_LOWER_FIRST_BIT;
      continue;
    }
    // Past the words the mask holds, a long name's case is not checked: its first seven words already were
    // ("Rassemblement des houphouëtistes pour la démocratie et la paix").
    if (j - shift - first > A_LOWER_MAX) continue;
    mask |= 1 << (j - shift - first - 1);
  }
  return capitalized > 0 || !(t.flags[first]! & T_CASED) || mask & (1 << A_LOWER_FIRST_BIT) ? mask : NOT_CASED;
}

/** Token `last` is followed by a capitalized compass point joined to it ("Suna East", "Nairobi West"). */
export function compassAfter(t: Tokens, last: number): boolean {
  const next = last + 1;
  return (
    next < t.count &&
    (t.flags[next]! & (T_JOINABLE | T_CAP_FIRST)) === (T_JOINABLE | T_CAP_FIRST) &&
    COMPASS_WORDS.has(t.hash[next]!)
  );
}

/** A token after the first, up to last, is capitalized. */
export function capitalInside(t: Tokens, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (t.flags[k]! & T_CAP_FIRST) return true;
  return false;
}
