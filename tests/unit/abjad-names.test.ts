import { describe, expect, it } from 'vitest';
import { type WrittenGiven, abjadKeys, findAbjadPeople, givenAgrees } from '../../src/core/abjad-names';
import { HEBREW } from '../../src/core/abjad-scripts';
import { latinKeys } from '../../src/core/katakana-names';

describe('foreigners’ names in Hebrew read by sound', () => {
  it('gives a Hebrew word the consonant classes of the English spelling it writes', () => {
    const shares = (hebrew: string, english: string) =>
      abjadKeys(hebrew, HEBREW).some((k) => latinKeys(english).includes(k));
    expect(shares("ג'ונתן", 'jonathan')).toBe(true);
    expect(shares('ריינולדס', 'reynolds')).toBe(true);
    expect(shares('מירוויס', 'mirvis')).toBe(true);
    expect(shares('מירוויס', 'jackson')).toBe(false);
  });

  // One person filed under Jonathan Reynolds's keys; `choose` takes the first.
  const given = new Set(latinKeys('jonathan'));
  const surname = new Set(latinKeys('reynolds'));
  const people = (g: string, s: string) => (given.has(g) && surname.has(s) ? [5] : []);
  const find = (text: string) =>
    findAbjadPeople(
      text,
      HEBREW,
      people,
      (refs) => refs[0] ?? -1,
      () => true,
    ).map((m) => text.slice(m.start, m.end));

  it('reads a name after a title and its words, and the surname alone after it', () => {
    expect(find("ההחלטה התקבלה עם מזכיר העסקים והסחר, ג'ונתן ריינולדס. לדברי ריינולדס, היא זמנית.")).toEqual([
      "ג'ונתן ריינולדס",
      'ריינולדס',
    ]);
  });

  it('reads no name in a minister’s portfolio and "new" after the title', () => {
    // "שר חוץ חדש", a new foreign minister, sounds as Betsy DeVos's name.
    const betsy = new Set(latinKeys('betsy'));
    const devos = new Set(latinKeys('devos'));
    const found = findAbjadPeople(
      'הנשיא מינה שר חוץ חדש.',
      HEBREW,
      (g, s) => (betsy.has(g) && devos.has(s) ? [7] : []),
      (refs) => refs[0] ?? -1,
      () => true,
    );
    expect(found).toEqual([]);
  });

  it('reads no name without a title before it, nor after "at the head of" (בראש)', () => {
    expect(find("אתמול ג'ונתן ריינולדס אמר.")).toEqual([]);
    expect(find("בראש הוועדה ג'ונתן ריינולדס.")).toEqual([]);
  });
});

describe('a surname read by sound', () => {
  it('is no word of two letters ("תלונה בת כ־300 עמודים", a complaint of some 300 pages)', () => {
    const anyone = (text: string) =>
      findAbjadPeople(
        text,
        HEBREW,
        () => [1],
        (refs) => refs[0] ?? -1,
        () => true,
      ).map((m) => text.slice(m.start, m.end));
    expect(anyone('הוא הגיש לשופט הפדרלי תלונה בת כ־300 עמודים')).toEqual([]);
    expect(anyone('הוא הגיש לשופט הפדרלי אריאל ליחו.')).toEqual(['אריאל ליחו']);
  });
});

describe('a written given name against the English one its keys are filed under', () => {
  const written = (hebrew: string) => {
    let seen: WrittenGiven | undefined;
    findAbjadPeople(
      `השר ${hebrew} פלאחיאן אמר`,
      HEBREW,
      () => [1],
      (_refs, _parts, given) => {
        seen = given;
        return -1;
      },
      () => true,
    );
    return seen!;
  };

  it('keeps a given name that opens alike and has about as many consonants', () => {
    expect(givenAgrees(written('עלי'), 'ali')).toBe(true);
    expect(givenAgrees(written("ג'רי"), 'jerry')).toBe(true);
    expect(givenAgrees(written('אוליבייה'), 'olivier')).toBe(true);
  });

  it('turns away one that opens otherwise, or has more consonants than the written one may be read with', () => {
    // "עלי" (Ali) opens with a vowel; Jerry with a consonant; Olivier has three consonants to its one.
    expect(givenAgrees(written('עלי'), 'jerry')).toBe(false);
    expect(givenAgrees(written('עלי'), 'olivier')).toBe(false);
    expect(givenAgrees(written("ג'רי"), 'ali')).toBe(false);
  });
});
