/**
 * The credits the Japanese press gives its two news agencies: the dateline "【ワシントン共同】", "【パリ時事】" (the city,
 * then the agency), and the credit in brackets after a photo's caption or a story's last line ("（共同）", "（ロイター＝共同）").
 * Both words are also common ones ("共同声明", a joint statement; "時事問題", current affairs): they name the agency only
 * where a credit's brackets close right after them. Pure: no DOM, no `browser`.
 */

/** The agencies' words and their ids in the knowledge base. */
const AGENCIES: ReadonlyMap<string, string> = new Map([
  ['共同', 'x-kyodo'],
  ['時事', 'x-jiji-press'],
]);

/**
 * A credit: the dateline's brackets with up to 16 characters of places before the agency (cities joined by "、"), or
 * round brackets with the agency alone or after another agency and "＝".
 */
const CREDIT = /【[^【】\n]{0,16}?(共同|時事)】|[（(](?:[^（()）\n]{1,12}[＝=])?(共同|時事)[）)]/gu;

/** A credit's agency word: where it starts and the agency's id. */
export interface WireCredit {
  start: number;
  end: number;
  id: string;
}

/** The agency credits in `text`, in order. */
export function japaneseWireCredits(text: string): WireCredit[] {
  if (!text.includes('共同') && !text.includes('時事')) return [];
  const out: WireCredit[] = [];
  for (const m of text.matchAll(CREDIT)) {
    const word = m[1] ?? m[2]!;
    // The word ends one character before the closing bracket.
    const end = m.index + m[0].length - 1;
    out.push({ start: end - word.length, end, id: AGENCIES.get(word)! });
  }
  return out;
}
