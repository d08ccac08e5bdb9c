/**
 * Scoring of the evaluation corpus (tests/corpus/*.json): how the matcher's mentions compare with an
 * article's hand-made gold annotations. Pure; used by scripts/eval-corpus.ts and its unit test.
 *
 * Regions: every occurrence of a gold or optional surface at word boundaries, longest first, so "Gallant"
 * inside "Yoav Gallant" is one region of Gallant, and "Israel" inside an optional "Israeli" is none.
 * A mention is right when it overlaps a gold region of its entity; wrong when it overlaps a gold region of
 * another entity or no region at all; ignored when it only overlaps optional regions. Entity level: a gold
 * entity is found when one of its regions is; a marked entity is wrong when none of its mentions is right.
 */
import * as v from 'valibot';

const Article = v.object({
  title: v.string(),
  outlet_style: v.optional(v.string()),
  date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  lang: v.optional(v.string(), 'en'),
  text: v.pipe(v.string(), v.minLength(1)),
  gold: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^(Q\d+|x-[a-z0-9-]+|missing:.+)$/)),
      name: v.string(),
      surfaces: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
    }),
  ),
  optional: v.optional(v.array(v.string()), []),
  traps: v.optional(v.array(v.object({ surface: v.string(), not: v.string(), context: v.optional(v.string()) })), []),
});
export type CorpusArticle = v.InferOutput<typeof Article> & { file: string };

export function parseArticle(raw: unknown, file: string): CorpusArticle {
  const parsed = v.safeParse(Article, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`${file}: ${v.getDotPath(issue) ?? 'article'}: ${issue.message}`);
  }
  const article = { ...parsed.output, file };
  for (const g of article.gold) {
    for (const s of g.surfaces) {
      if (!article.text.includes(s)) throw new Error(`${file}: gold surface "${s}" (${g.name}) is not in the text`);
    }
  }
  return article;
}

interface Region {
  start: number;
  end: number;
  /** Gold entity id, or undefined for an optional region. */
  id: string | undefined;
  found: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

const HANGUL = /\p{Script=Hangul}/u;

/** Scripts written without spaces, or with particles attached: a word in another script next to one starts anew. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Letters `a` and `b` side by side are one word: both letters or digits, of the same kind of script. */
function oneWord(a: string, b: string): boolean {
  return WORD.test(a) && WORD.test(b) && EAST_ASIAN.test(a) === EAST_ASIAN.test(b);
}

/** Every occurrence of `surface` in `text` that does not start or end inside a word. */
export function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const before = text[i - 1];
    const after = text[i + surface.length];
    // "大律師Tim Owen來港": a Latin name written onto Chinese characters is a word of its own.
    const edgeStart = before === undefined || !oneWord(before, surface[0]!);
    const edgeEnd = after === undefined || !oneWord(surface.at(-1)!, after);
    // Scripts without spaces (Chinese, Japanese) and Arabic clitics attach to words: accept any position there.
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}]/u.test(
      surface,
    );
    // Korean writes its particles onto the name ("청와대는", "검찰이"): a name may end before more Hangul.
    const particle = after !== undefined && HANGUL.test(after) && HANGUL.test(surface.at(-1)!);
    if (unspaced || (edgeStart && (edgeEnd || particle))) out.push(i);
  }
  return out;
}

function regions(article: CorpusArticle): Region[] {
  const all: Region[] = [];
  for (const g of article.gold) {
    for (const s of g.surfaces) {
      for (const start of occurrences(article.text, s))
        all.push({ start, end: start + s.length, id: g.id, found: false });
    }
  }
  for (const s of article.optional) {
    for (const start of occurrences(article.text, s))
      all.push({ start, end: start + s.length, id: undefined, found: false });
  }
  // Longest first; on equal length gold before optional.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.id === undefined) - Number(b.id === undefined));
  const kept: Region[] = [];
  for (const r of all) if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface ArticleScore {
  file: string;
  lang: string;
  entities: Counts & { missingFromKb: number };
  mentions: Counts;
  missedEntities: { id: string; name: string; surfaces: string[] }[];
  wrongEntities: { id: string; name: string; surfaces: string[] }[];
  wrongMentions: { surface: string; id: string; name: string; expected?: string }[];
  missedMentions: { surface: string; expected: string }[];
  trapHits: { surface: string; id: string }[];
}

import { unknownName } from '../../src/core/unknown-id';

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const counts = (tp: number, fp: number, fn: number): Counts => ({
  tp,
  fp,
  fn,
  precision: ratio(tp, tp + fp),
  recall: ratio(tp, tp + fn),
});

/** A case suffix after an apostrophe, which a gold surface may include and a span never does: "Karayılan'ın". */
const SUFFIX = /^['’]\p{L}{1,5}$/u;

export function scoreArticle(
  article: CorpusArticle,
  mentions: readonly { start: number; end: number; id: string }[],
  nameOf: (id: string) => string,
): ArticleScore {
  const regs = regions(article);
  const goldName = new Map(article.gold.map((g) => [g.id, g.name]));
  let tp = 0;
  let fp = 0;
  const rightIds = new Set<string>();
  const markedSurfaces = new Map<string, Set<string>>();
  const wrongMentions: ArticleScore['wrongMentions'] = [];
  for (const found of mentions) {
    const over = regs.filter((r) => r.start < found.end && found.start < r.end);
    // An actor the knowledge base does not know, marked as such ("unknown:…", "unknown-body:…"), is right where the gold has
    // that name as an actor missing from the knowledge base (a title the gold counts in, "Sir Graham Brady",
    // is outside the span by design, as it is for known people).
    const missing =
      unknownName(found.id) !== undefined
        ? over.find(
            (r) =>
              r.id?.startsWith('missing:') &&
              r.start <= found.start &&
              (r.end === found.end || SUFFIX.test(article.text.slice(found.end, r.end))),
          )
        : undefined;
    const m = missing ? { ...found, id: missing.id! } : found;
    const surface = article.text.slice(m.start, m.end);
    const gold = over.filter((r) => r.id !== undefined);
    const right = gold.find((r) => r.id === m.id);
    if (!right && gold.length === 0 && over.length > 0) continue; // only optional regions
    (markedSurfaces.get(m.id) ?? markedSurfaces.set(m.id, new Set()).get(m.id)!).add(surface);
    if (right) {
      right.found = true;
      rightIds.add(m.id);
      tp++;
    } else {
      fp++;
      const expected = gold[0]?.id;
      wrongMentions.push({ surface, id: m.id, name: nameOf(m.id), ...(expected ? { expected } : {}) });
    }
  }
  const goldRegions = regs.filter((r) => r.id !== undefined);
  const missedMentions = goldRegions
    .filter((r) => !r.found)
    .map((r) => ({ surface: article.text.slice(r.start, r.end), expected: r.id! }));
  const foundIds = new Set(goldRegions.filter((r) => r.found).map((r) => r.id!));
  const goldIds = [...new Set(article.gold.map((g) => g.id))];
  const missedEntities = article.gold
    .filter((g) => !foundIds.has(g.id))
    .map((g) => ({ id: g.id, name: g.name, surfaces: g.surfaces }));
  const wrongEntities = [...markedSurfaces]
    .filter(([id]) => !rightIds.has(id))
    .map(([id, s]) => ({ id, name: nameOf(id), surfaces: [...s] }));
  const trapHits: ArticleScore['trapHits'] = [];
  for (const trap of article.traps) {
    const scope = trap.context ? article.text.indexOf(trap.context) : 0;
    if (scope < 0) throw new Error(`${article.file}: trap context "${trap.context}" is not in the text`);
    const scopeEnd = trap.context ? scope + trap.context.length : article.text.length;
    for (const start of occurrences(article.text, trap.surface)) {
      if (start < scope || start >= scopeEnd) continue;
      const end = start + trap.surface.length;
      const hit = mentions.find((m) => m.start < end && start < m.end && m.id === trap.not);
      if (hit) trapHits.push({ surface: trap.surface, id: hit.id });
    }
  }
  const entityTp = goldIds.filter((id) => foundIds.has(id)).length;
  return {
    file: article.file,
    lang: article.lang,
    entities: {
      ...counts(entityTp, wrongEntities.length, goldIds.length - entityTp),
      missingFromKb: missedEntities.filter((e) => e.id.startsWith('missing:')).length,
    },
    mentions: counts(tp, fp, missedMentions.length),
    missedEntities: missedEntities.map((e) => ({ ...e, name: goldName.get(e.id) ?? e.name })),
    wrongEntities,
    wrongMentions,
    missedMentions,
    trapHits,
  };
}

/** Micro-averaged totals over articles. */
export function sumScores(scores: readonly ArticleScore[]): {
  entities: Counts & { missingFromKb: number };
  mentions: Counts;
  trapHits: number;
} {
  const add = (pick: (s: ArticleScore) => Counts) => {
    const tp = scores.reduce((n, s) => n + pick(s).tp, 0);
    const fp = scores.reduce((n, s) => n + pick(s).fp, 0);
    const fn = scores.reduce((n, s) => n + pick(s).fn, 0);
    return counts(tp, fp, fn);
  };
  return {
    entities: { ...add((s) => s.entities), missingFromKb: scores.reduce((n, s) => n + s.entities.missingFromKb, 0) },
    mentions: add((s) => s.mentions),
    trapHits: scores.reduce((n, s) => n + s.trapHits.length, 0),
  };
}
