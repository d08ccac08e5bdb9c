/** Where a gold surface counts as written in an article: the scorer's word edges, script by script. */
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../scripts/lib/corpus-score';

describe('gold surfaces in the text', () => {
  it('takes a Latin-script surface only as a whole word', () => {
    const text = 'Oman and the Romans; Oman.';
    expect(occurrences(text, 'Oman')).toEqual([0, 21]);
  });

  it('takes a Korean name before the particle written onto it, but not inside a longer word', () => {
    const text = '청와대는 밝혔다. 자유한국당과 한국 정부.';
    expect(occurrences(text, '청와대')).toEqual([0]);
    // "한국" inside "자유한국당" starts mid-word; the one after a space counts.
    expect(occurrences(text, '한국')).toEqual([text.lastIndexOf('한국')]);
  });

  it('takes Chinese and Japanese surfaces anywhere, as those scripts write no spaces', () => {
    expect(occurrences('美國國會與美國', '美國')).toEqual([0, 5]);
  });

  it('takes a Latin name written onto Chinese characters as a word of its own', () => {
    const text = '英國御用大律師Tim Owen來港為其辯護';
    expect(occurrences(text, 'Tim Owen')).toEqual([7]);
    // Still not inside a longer Latin word.
    expect(occurrences('大律師Timothy Owen來港', 'Tim')).toEqual([]);
  });
});
