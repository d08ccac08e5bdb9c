/** The matcher's rules, each on the text a reader would see. */
import { describe, expect, it } from 'vitest';
import { matcherFor, readerFor, surfaces, testEntity } from './helpers/mini-kb';

const m = matcherFor();
const find = (text: string, date?: string) => surfaces(m, text, date ? { date } : {});

describe('folding', () => {
  it('matches with or without diacritics, offsets 1:1 with the text', () => {
    expect(find('Erdogan met Orban; later Erdoğan met Orbán.')).toEqual([
      ['Erdogan', 'Q39259'],
      ['Orban', 'Q57641'],
      ['Erdoğan', 'Q39259'],
      ['Orbán', 'Q57641'],
    ]);
  });

  it('keeps possessives out of the span, curly or straight', () => {
    expect(find("It is Putin’s trip, and Putin's plan.")).toEqual([
      ['Putin', 'Q7747'],
      ['Putin', 'Q7747'],
    ]);
  });

  it('reads German: a genitive -s is part of the name, and a name that is also a noun needs its kind', () => {
    // Every German noun is capitalized: "Irans Armee" is Iran's army, not a longer name.
    expect(
      find('Putins Rede wurde verschoben, und Irans Armee sagte nicht, ob Jake Sullivans Besuch stattfindet.'),
    ).toEqual([
      ['Putins', 'Q7747'],
      ['Irans', 'Q794'],
      ['Jake Sullivans', 'Q16730147'],
    ]);
    // German capitalizes every noun: a paper named by one is marked only beside its kind or quoted.
    expect(find('Die Zeit ist knapp, sagte Putin, und die Lage ist ernst.')).toEqual([['Putin', 'Q7747']]);
    expect(find('Die Wochenzeitung Die Zeit berichtete, dass Putin nicht kommt.')).toEqual([
      ['Die Zeit', 'x-die-zeit'],
      ['Putin', 'Q7747'],
    ]);
    // A capitalized noun after an article is not a given name: "einer Entlassung Sullivans" is Sullivan's.
    expect(find('Jake Sullivan kam nicht, und man werde einer Entlassung Sullivans nicht zusehen.')).toEqual([
      ['Jake Sullivan', 'Q16730147'],
      ['Sullivans', 'Q16730147'],
    ]);
    // In English "the Putins" would be a family: no genitive reading outside German ("Jake Sullivans" is at most
    // someone the base does not know).
    expect(
      find('The Putins and the Irans met Jake Sullivans in a story.').filter(([, id]) => !id.startsWith('unknown:')),
    ).toEqual([]);
  });

  it('reads Swedish, Danish and Norwegian genitives: an -s with no apostrophe is part of the name', () => {
    expect(find('Putins tal sköts upp, och Irans armé sade inte om Jake Sullivans besök blir av.')).toEqual([
      ['Putins', 'Q7747'],
      ['Irans', 'Q794'],
      ['Jake Sullivans', 'Q16730147'],
    ]);
    expect(find('Putins tale blev udsat, og Irans hær sagde ikke, om Jake Sullivans besøg bliver til noget.')).toEqual([
      ['Putins', 'Q7747'],
      ['Irans', 'Q794'],
      ['Jake Sullivans', 'Q16730147'],
    ]);
  });

  it('reads Finnish case endings on names, and only in Finnish text', () => {
    expect(
      find(
        'Vaalien jälkeen Putinin mukaan Iranin armeija ei ollut valmis, ja Jake Sullivanille kerrottiin, että kaikki oli ohi.',
      ),
    ).toEqual([
      ['Putinin', 'Q7747'],
      ['Iranin', 'Q794'],
      ['Jake Sullivanille', 'Q16730147'],
    ]);
    expect(find('Putinin and Iranin are not English words.').filter(([, id]) => !id.startsWith('unknown'))).toEqual([]);
  });

  it('treats hyphen and spacing variants alike', () => {
    expect(find('Hossein Amir-Abdollahian, also written Hossein Amirabdollahian or Hossein Amir Abdollahian.')).toEqual(
      [
        ['Hossein Amir-Abdollahian', 'Q17991320'],
        ['Hossein Amirabdollahian', 'Q17991320'],
        ['Hossein Amir Abdollahian', 'Q17991320'],
      ],
    );
    expect(find('Mohammed bin Abdulrahman Al-Thani spoke.')).toEqual([
      ['Mohammed bin Abdulrahman Al-Thani', 'Q23020336'],
    ]);
  });
});

describe('case', () => {
  it('leaves titles out of the span and lets an office title support a surname', () => {
    expect(find('President Vladimir Putin spoke. Mr. Putin left.')).toEqual([
      ['Vladimir Putin', 'Q7747'],
      ['Putin', 'Q7747'],
    ]);
    expect(find('Iran’s President Raisi arrived.', '2022-07-18')).toEqual([
      ['Iran', 'Q794'],
      ['Raisi', 'Q5947347'],
    ]);
  });

  it('finds all-caps credits and headlines', () => {
    expect(find('(Photo by Mikhail KLIMENTYEV / SPUTNIK / AFP)')).toEqual([
      ['Mikhail KLIMENTYEV', 'x-mikhail-klimentyev'],
      ['SPUTNIK', 'x-sputnik'],
    ]);
  });

  it('matches acronyms only as acronyms', () => {
    expect(find('The US and NATO, said IRNA and dpa. HTS fighters. Ask us anything.')).toEqual([
      ['US', 'Q30'],
      ['NATO', 'Q7184'],
      ['IRNA', 'x-irna'],
      ['dpa', 'x-dpa'],
      ['HTS', 'x-hts'],
    ]);
    expect(find('Nato said, and Dpa wrote; ASK US ANYTHING')).toEqual([['Nato', 'Q7184']]);
  });

  it('keeps common words and other things named like countries unmarked', () => {
    expect(find('How to roast a turkey for a crowd of twelve.')).toEqual([]);
    expect(find("Chad Smith's drum clinic draws fans to Atlanta, Georgia.")).toEqual([]);
    expect(find('Michael Jordan sneakers sell for a record price.')).toEqual([]);
    expect(find('Georgia peach harvest hit by frost.')).toEqual([]);
    expect(find('Thanksgiving Turkey Prices Soar Ahead of the Holidays')).toEqual([]);
    // An all-caps line gives no capital to go by, even beside other actors: "FORWARD" is a word there.
    expect(find('IRAN TALKS INCH FORWARD AS UNITED STATES WAITS')).toEqual([
      ['IRAN', 'Q794'],
      ['UNITED STATES', 'Q30'],
    ]);
  });

  it('reads a shared name of one country’s newspaper, party or body only where that country is in the story', () => {
    // "MK" is a Moscow daily, and also South Africa's uMkhonto weSizwe party and Indonesia's Constitutional Court.
    expect(find('The MK party of Jacob Zuma said Iran was welcome.')).toEqual([['Iran', 'Q794']]);
    expect(find('MK reported that Russia had recalled its envoy.')).toEqual([
      ['MK', 'x-moskovsky-komsomolets'],
      ['Russia', 'Q159'],
    ]);
  });

  it('marks those names where the text is about the country', () => {
    expect(find('Iran, Russia and Turkey met.')).toEqual([
      ['Iran', 'Q794'],
      ['Russia', 'Q159'],
      ['Turkey', 'Q43'],
    ]);
    expect(find("Georgia's parliament passed the law despite protests.")).toEqual([['Georgia', 'Q230']]);
    expect(find('Chad and Niger closed the border.')).toEqual([['Chad', 'Q657']]);
  });
});

describe('surnames', () => {
  it('resolves a surname to the person named in full elsewhere in the document', () => {
    expect(find('Jake Sullivan spoke on Monday. According to Sullivan, it is unclear.')).toEqual([
      ['Jake Sullivan', 'Q16730147'],
      ['Sullivan', 'Q16730147'],
    ]);
  });

  it('does not mark a bare surname of someone not named in full', () => {
    expect(find('Sullivan said on Monday.')).toEqual([]);
  });

  it('never marks a surname inside a longer proper name', () => {
    expect(find('Jake Sullivan spoke.\n\nSullivan County fair returns this weekend.')).toEqual([
      ['Jake Sullivan', 'Q16730147'],
    ]);
  });

  it('lets a few prominent surnames stand alone', () => {
    expect(find('Putin and Erdogan met; Orban was not there.')).toEqual([
      ['Putin', 'Q7747'],
      ['Erdogan', 'Q39259'],
      ['Orban', 'Q57641'],
    ]);
  });
});

describe('places inside longer names', () => {
  it('does not mark a country inside another place’s name', () => {
    expect(find('New Mexico voters and Mexico City officials met Mexico’s president.')).toEqual([['Mexico', 'Q96']]);
    expect(find('Lake Chad shrank. Chad’s army moved to the border.')).toEqual([['Chad', 'Q657']]);
  });

  it('reads lower-case elisions inside names', () => {
    expect(find("The Quai d'Orsay said.")).toEqual([["Quai d'Orsay", 'x-quai-dorsay']]);
  });
});

describe('names that are also surnames', () => {
  it('falls back to the group when the surname reading has no support', () => {
    expect(find('The Shiite Houthi rebels in Yemen attacked ships.')).toEqual([
      ['Houthi', 'x-houthis'],
      ['Yemen', 'Q805'],
    ]);
  });
});

describe('longest match', () => {
  it('prefers the longer name', () => {
    expect(find('Saudi Arabia and the U.N. Security Council, then the UN.')).toEqual([
      ['Saudi Arabia', 'Q851'],
      ['U.N. Security Council', 'Q37470'],
      ['UN', 'Q1065'],
    ]);
  });
});

describe('non-Latin scripts', () => {
  it('finds Russian and Ukrainian case forms', () => {
    expect(find('Визит Владимира Путина в Россию. Путину сказали.')).toEqual([
      ['Владимира Путина', 'Q7747'],
      ['Россию', 'Q159'],
      ['Путину', 'Q7747'],
    ]);
    // Acronyms do not decline ("США"), plural heads do ("Збройних сил").
    expect(find('Представитель Государственного департамента США и командование Збройних сил України.')).toEqual([
      ['Государственного департамента США', 'Q789915'],
      ['Збройних сил України', 'x-armed-forces-of-ukraine'],
    ]);
    // Ukrainian names in -о decline; Russian leaves them as they are.
    expect(find('Заява Кирила Буданова. Встреча Александра Лукашенко.')).toEqual([
      ['Кирила Буданова', 'x-kyrylo-budanov'],
      ['Александра Лукашенко', 'Q2866'],
    ]);
    // An institution declines up to its head noun; what follows is already in the genitive.
    expect(find('Представитель Министерства обороны России заявил, что Міністерству оборони Росії відомо.')).toEqual([
      ['Министерства обороны России', 'x-ministry-of-defence-russia'],
      ['Міністерству оборони Росії', 'x-ministry-of-defence-russia'],
    ]);
  });

  it('folds Arabic and Persian letter variants and looks through attached clitics', () => {
    // Persian keheh/yeh written with their Arabic forms, and و/ب/ال attached.
    expect(find('ابراهيم رئيسي وإيران')).toEqual([
      ['ابراهيم رئيسي', 'Q5947347'],
      ['إيران', 'Q794'],
    ]);
    expect(find('بإيران')).toEqual([['إيران', 'Q794']]);
  });

  it('takes no surname from a monarch’s ordinal in another script', () => {
    // After "King Abdullah II", "الثاني" ('the second') alone is a word.
    expect(find('استقبل الملك عبد الله الثاني وفدا من إيران في اليوم الثاني من الزيارة')).toEqual([
      ['عبد الله الثاني', 'x-abdullah-ii'],
      ['إيران', 'Q794'],
    ]);
  });

  it('finds Hebrew names with prefixes', () => {
    expect(find('ההודעה לנתניהו ולאיראן')).toEqual([
      ['נתניהו', 'Q43723'],
      ['איראן', 'Q794'],
    ]);
  });

  it('marks a name that is also a common word or phrase, in a script without capitals, only beside its kind or in quotation marks', () => {
    // "Iran said the union would expand": the word, not the Abu Dhabi newspaper.
    expect(find('قالت إيران إن الاتحاد سيتوسع')).toEqual([['إيران', 'Q794']]);
    // "the newspaper Al-Ittihad reported that Iran…", "«Al-Ittihad» quoted…"
    expect(find('ذكرت صحيفة الاتحاد أن إيران سترد')).toEqual([
      ['الاتحاد', 'x-al-ittihad'],
      ['إيران', 'Q794'],
    ]);
    // Longer names of papers too: "the Middle East" is a region, «the Middle East» a daily; an attached clitic
    // ("لصحيفة", 'to the newspaper') still names the kind.
    expect(find('قالت إيران إن الشرق الأوسط يتغير')).toEqual([['إيران', 'Q794']]);
    expect(find('وقال لصحيفة الشرق الأوسط إن إيران سترد')).toEqual([
      ['الشرق الأوسط', 'x-asharq-al-awsat'],
      ['إيران', 'Q794'],
    ]);
    expect(find('ونقلت «الاتحاد» عن مصدر في إيران')).toEqual([
      ['الاتحاد', 'x-al-ittihad'],
      ['إيران', 'Q794'],
    ]);
  });

  it('finds Chinese names without spaces', () => {
    expect(find('普京表示，')).toEqual([['普京', 'Q7747']]);
  });
});

describe('ambiguity', () => {
  it('picks by the article’s date and keeps the other candidate', () => {
    const text = 'Syria under Assad.';
    const in1995 = m.match(text, { date: '1995-05-01' }).find((x) => text.slice(x.start, x.end) === 'Assad');
    const in2015 = m.match(text, { date: '2015-05-01' }).find((x) => text.slice(x.start, x.end) === 'Assad');
    expect(in1995).toMatchObject({ id: 'x-hafez-al-assad', alts: ['Q44329'] });
    expect(in2015).toMatchObject({ id: 'Q44329', alts: ['x-hafez-al-assad'] });
  });

  it('picks the person named in full in the document', () => {
    expect(find('Kim Yo Jong issued a statement. Kim said the drills must stop.')).toEqual([
      ['Kim Yo Jong', 'x-kim-yo-jong'],
      ['Kim', 'x-kim-yo-jong'],
    ]);
  });
});

describe('muting', () => {
  it('skips muted entities and muted surfaces', () => {
    expect(surfaces(m, 'Putin and Erdogan met.', { mutedIds: new Set(['Q7747']) })).toEqual([['Erdogan', 'Q39259']]);
    expect(surfaces(m, 'Erdogan and Erdoğan.', { mutedSurfaces: new Set(['erdogan']) })).toEqual([]);
  });
});

describe('a body named by its country', () => {
  const read = readerFor([
    testEntity('x-test-testland', 'country', 'Testland', { demonyms: ['Testish', 'Borderish'] }),
    testEntity('x-test-otherland', 'country', 'Otherland', { demonyms: ['Otherish', 'Borderish'] }),
    testEntity('x-test-testland-parliament', 'government-body', 'Parliament of Testland', {
      country: 'x-test-testland',
    }),
  ]);

  it('reads a body’s short name after its country’s possessive or demonym, in either case', () => {
    expect(read("Testland's parliament voted.")).toEqual([
      ['Testland', 'x-test-testland'],
      ['parliament', 'x-test-testland-parliament'],
    ]);
    expect(read('The Testish parliament voted, and the Testish Parliament rose.')).toEqual([
      ['Testish parliament', 'x-test-testland-parliament'],
      ['Testish Parliament', 'x-test-testland-parliament'],
    ]);
  });

  it('reads it as no other country’s body, and a demonym two countries share as neither’s', () => {
    expect(read("Otherland's parliament voted. Testland was quiet.")).toEqual([
      ['Otherland', 'x-test-otherland'],
      ['Testland', 'x-test-testland'],
    ]);
    expect(read('The Otherish parliament and the Borderish parliament voted.')).toEqual([]);
    // Nor the last word of a longer demonym ("South Sudanese").
    expect(read('The North Testish parliament voted.')).toEqual([]);
  });
});

describe('a body named with its country first, in the East Asian press', () => {
  const read = readerFor([
    testEntity('Q419', 'country', 'Peru', { names: { zh: '秘鲁' } }),
    testEntity('Q28', 'country', 'Hungary', { names: { ja: 'ハンガリー', ko: '헝가리' } }),
    testEntity('Q17', 'country', 'Japan', { names: { ja: '日本' } }),
    testEntity('x-congress-of-peru', 'government-body', 'Congress of the Republic of Peru', {
      country: 'Q419',
      names: { zh: '秘鲁国会' },
    }),
    testEntity('x-national-assembly-hungary', 'government-body', 'National Assembly of Hungary', {
      country: 'Q28',
      names: { ja: 'ハンガリー国会', ko: '헝가리 의회' },
    }),
    testEntity('x-national-diet', 'government-body', 'National Diet', {
      country: 'Q17',
      names: { ja: '国会', zh: '日本国会' },
      aliases: [{ text: '国会', lang: 'ja', ambiguous: true }],
    }),
  ]);

  it('reads the body’s generic name alone as the body the story has named with its country', () => {
    expect(read('秘鲁国会周一以105票通过弹劾动议。国会随后宣布总统职位空缺。')).toEqual([
      ['秘鲁国会', 'x-congress-of-peru'],
      ['国会', 'x-congress-of-peru'],
    ]);
    expect(read('헝가리 의회는 4일 법안을 통과시켰다. 의회는 이날 표결했다.')).toEqual([
      ['헝가리 의회', 'x-national-assembly-hungary'],
      ['의회', 'x-national-assembly-hungary'],
    ]);
  });

  it('leaves the press’s own country’s body its own name', () => {
    // 国会 in the Japanese press is Japan's Diet, whatever country the story is about.
    expect(read('ハンガリー国会は法案を可決した。日本の国会でも議論された。')).toEqual([
      ['ハンガリー国会', 'x-national-assembly-hungary'],
      ['日本', 'Q17'],
      ['国会', 'x-national-diet'],
    ]);
  });
});

describe('a ministry named with its country in the genitive, in the Russian and Ukrainian press', () => {
  const read = readerFor([
    testEntity('Q262', 'country', 'Algeria', { names: { ru: 'Алжир' } }),
    testEntity('Q1028', 'country', 'Morocco', { names: { ru: 'Марокко' } }),
    testEntity('Q1041', 'country', 'Senegal', { names: { uk: 'Сенегал' } }),
    testEntity('x-mfa-algeria', 'government-body', 'Ministry of Foreign Affairs (Algeria)', { country: 'Q262' }),
    testEntity('x-mfa-morocco', 'government-body', 'Ministry of Foreign Affairs (Morocco)', { country: 'Q1028' }),
    testEntity('x-mfa-senegal', 'government-body', 'Ministry of Foreign Affairs (Senegal)', { country: 'Q1041' }),
    testEntity('x-defence-algeria', 'government-body', 'Ministry of National Defence (Algeria)', { country: 'Q262' }),
  ]);

  it('reads the press’s short and long names of the ministry, and a country that does not decline', () => {
    expect(read('МИД Алжира обвинил Рабат. В МИД Марокко ответили. Министерство обороны Алжира молчит.')).toEqual([
      ['МИД Алжира', 'x-mfa-algeria'],
      ['МИД Марокко', 'x-mfa-morocco'],
      ['Министерство обороны Алжира', 'x-defence-algeria'],
    ]);
    expect(read('Заяву МЗС Сенегалу оприлюднили в неділю.')).toEqual([['МЗС Сенегалу', 'x-mfa-senegal']]);
  });
});

describe('another country’s senate in the Hebrew press', () => {
  const read = readerFor([
    testEntity('Q30', 'country', 'United States', { names: { he: 'ארצות הברית' } }),
    testEntity('Q66096', 'government-body', 'United States Senate', { country: 'Q30' }),
    testEntity('Q22686', 'person', 'Donald Trump', { country: 'Q30', names: { he: 'דונלד טראמפ' } }),
  ]);

  it('reads "the Senate" of a story on the United States as its Senate', () => {
    expect(read('נשיא ארצות הברית דונלד טראמפ מינה שר חוץ חדש, והסנאט יצטרך לאשר את המינוי.')).toEqual([
      ['ארצות הברית', 'Q30'],
      ['דונלד טראמפ', 'Q22686'],
      ['הסנאט', 'Q66096'],
    ]);
  });
});

describe('a country’s central bank by the press’s short names', () => {
  const read = readerFor([
    testEntity('Q43', 'country', 'Turkey', { names: { zh: '土耳其', ja: 'トルコ', ru: 'Турция' } }),
    testEntity('x-cbrt', 'government-body', 'Central Bank of the Republic of Turkey', {
      country: 'Q43',
      description: 'Central bank of Turkey, which sets its interest rates',
    }),
  ]);

  it('reads the country and the word for a central bank as its central bank', () => {
    expect(read('土耳其央行宣布加息。')).toEqual([['土耳其央行', 'x-cbrt']]);
    expect(read('トルコ中銀は利上げを決めた。')).toEqual([['トルコ中銀', 'x-cbrt']]);
    expect(read('ЦБ Турции повысил ставку.')).toEqual([['ЦБ Турции', 'x-cbrt']]);
  });

  const elections = readerFor([
    testEntity('Q36', 'country', 'Poland', { names: { ko: '폴란드' } }),
    testEntity('Q217', 'country', 'Moldova', { names: { ru: 'Молдавия' } }),
    testEntity('x-pkw-poland', 'government-body', 'National Electoral Commission (Poland)', { country: 'Q36' }),
    testEntity('x-cec-moldova', 'government-body', 'Central Electoral Commission of Moldova', { country: 'Q217' }),
  ]);

  it('reads a country’s election commission by the press’s names of it too', () => {
    expect(elections('폴란드 선거관리위원회는 결과를 발표했다.')).toEqual([['폴란드 선거관리위원회', 'x-pkw-poland']]);
    expect(elections('ЦИК Молдавии объявил итоги.')).toEqual([['ЦИК Молдавии', 'x-cec-moldova']]);
  });
});

describe('a place of two halves in the Russian press', () => {
  const read = readerFor([
    testEntity('Q800', 'country', 'Costa Rica', { names: { ru: 'Коста-Рика' } }),
    testEntity('Q1007', 'country', 'Guinea-Bissau', { names: { ru: 'Гвинея-Бисау' } }),
  ]);

  it('reads it with its second half declined, or its first', () => {
    expect(read('Посол Коста-Рики прибыл в Гвинею-Бисау; в Коста-Рике выборы.')).toEqual([
      ['Коста-Рики', 'Q800'],
      ['Гвинею-Бисау', 'Q1007'],
      ['Коста-Рике', 'Q800'],
    ]);
  });
});

describe('a title before a short name', () => {
  const read = readerFor([
    testEntity('x-test-testland', 'country', 'Testland'),
    testEntity('x-test-otherland', 'country', 'Otherland'),
    testEntity('x-test-testner', 'person', 'Richard Testner', { country: 'x-test-otherland' }),
    testEntity('x-test-otherland-parliament', 'government-body', 'Parliament of Otherland', {
      country: 'x-test-otherland',
    }),
  ]);

  it('reads a surname after an office as that person, but not after "the"', () => {
    expect(read('Testland voted. President Testner spoke.')).toEqual([
      ['Testland', 'x-test-testland'],
      ['Testner', 'x-test-testner'],
    ]);
    expect(read('Testland voted. The head of the Testner group spoke.')).toEqual([['Testland', 'x-test-testland']]);
  });

  it('reads a body’s short name after an office only for a country the story names', () => {
    // Richard Testner ties the story to Otherland, but it does not name Otherland.
    expect(read('Testland voted. Richard Testner came. The Speaker of Parliament spoke.')).toEqual([
      ['Testland', 'x-test-testland'],
      ['Richard Testner', 'x-test-testner'],
    ]);
    expect(read('Otherland voted. The Speaker of Parliament spoke.')).toEqual([
      ['Otherland', 'x-test-otherland'],
      ['Parliament', 'x-test-otherland-parliament'],
    ]);
  });
});

describe('reading a name by the rest of the story', () => {
  const read = readerFor([
    testEntity('x-test-testland', 'country', 'Testland'),
    testEntity('x-test-otherland', 'country', 'Otherland'),
    testEntity('x-test-national-party', 'political-party', 'Testland National Party', {
      aliases: [{ text: 'National Party', ambiguous: true }],
      country: 'x-test-testland',
    }),
    testEntity('x-test-press', 'media', 'Test Press', {
      aliases: [{ text: 'TP', type: 'acronym', ambiguous: true }],
      country: 'x-test-otherland',
    }),
    testEntity('x-test-testoy', 'person', 'Mariano Testoy', { country: 'x-test-testland' }),
  ]);

  it('gives an ambiguous name the sense the story supports elsewhere (one sense per discourse)', () => {
    expect(
      read('Testland votes today.\n\nThe National Party sang songs.\n\nIn Testland, the National Party rallied.'),
    ).toEqual([
      ['Testland', 'x-test-testland'],
      ['National Party', 'x-test-national-party'],
      ['Testland', 'x-test-testland'],
      ['National Party', 'x-test-national-party'],
    ]);
    // Nowhere supported, it stays unmarked.
    expect(read('The National Party sang songs.')).toEqual([]);
  });

  it('derives "the Democrats" from a party of a country, not from one of the people it is named for', () => {
    const parties = readerFor([
      testEntity('x-test-testland', 'country', 'Testland'),
      testEntity('x-test-dps', 'political-party', 'Democratic Party of Socialists of Testland', {
        country: 'x-test-testland',
      }),
      testEntity('x-test-dpt', 'political-party', 'Democratic Party of Testland', { country: 'x-test-testland' }),
    ]);
    const text = 'In Testland, the Democrats won, and the Democratic Party of Socialists of Testland conceded.';
    expect(parties(text)).toEqual([
      ['Testland', 'x-test-testland'],
      ['Democrats', 'x-test-dpt'],
      ['Democratic Party of Socialists of Testland', 'x-test-dps'],
    ]);
  });

  it('reads a shared name of a body as that of the country the story is mostly about', () => {
    const readBodies = readerFor([
      testEntity('x-test-testland', 'country', 'Testland'),
      testEntity('x-test-otherland', 'country', 'Otherland'),
      testEntity('x-test-testland-congress', 'government-body', 'Congress of Testland', {
        aliases: [{ text: 'Congress', ambiguous: true }],
        country: 'x-test-testland',
      }),
      testEntity('x-test-otherland-congress', 'government-body', 'Congress of Otherland', {
        aliases: [{ text: 'Congress', ambiguous: true }],
        country: 'x-test-otherland',
      }),
      testEntity('x-test-jane', 'person', 'Jane Testperson', { country: 'x-test-testland' }),
    ]);
    // Testland and one of its people against Otherland alone: the story is mostly about Testland.
    const story = 'Jane Testperson of Testland met Otherland envoys.\n\nThe vote leaves Congress little time.';
    expect(readBodies(story).at(-1)).toEqual(['Congress', 'x-test-testland-congress']);
  });

  it('reads a Russian surname alone even when another language the matcher does not read writes it the same', () => {
    const readRu = readerFor([
      testEntity('x-test-testbayev', 'person', 'Nursultan Testbayev', {
        names: { kk: 'Нұрсұлтан Тестбаев', ru: 'Нурсултан Тестбаев' },
      }),
    ]);
    expect(readRu('Нурсултан Тестбаев приехал. Тестбаев молчал. Соратник Тестбаева ушел.')).toEqual([
      ['Нурсултан Тестбаев', 'x-test-testbayev'],
      ['Тестбаев', 'x-test-testbayev'],
      ['Тестбаева', 'x-test-testbayev'],
    ]);
  });

  it('takes no surname from an Arabic name ending with a common given name (a grandfather’s)', () => {
    const readAr = readerFor([
      testEntity('x-test-faki', 'person', 'Moussa Testi Mahamat', { names: { ar: 'موسى تستي محمد' } }),
      testEntity('x-test-rahim', 'person', 'Karim Testrahim', { names: { ar: 'كريم تسترحيم' } }),
    ]);
    expect(readAr('قال الرئيس محمد إن الوزير تسترحيم سيزور موسى تستي محمد')).toEqual([
      ['تسترحيم', 'x-test-rahim'],
      ['موسى تستي محمد', 'x-test-faki'],
    ]);
  });

  it('does not give a bare surname to a relative named after the person the story calls by it', () => {
    const readFamily = readerFor([
      testEntity('x-test-robert', 'person', 'Robert Testabe'),
      testEntity('x-test-grace', 'person', 'Grace Testabe', {
        relations: [{ type: 'spouse-of', target: 'x-test-robert' }],
      }),
    ]);
    expect(readFamily('Robert Testabe resigned. His wife, Grace Testabe, fled. Testabe spoke later.')).toEqual([
      ['Robert Testabe', 'x-test-robert'],
      ['Grace Testabe', 'x-test-grace'],
      ['Testabe', 'x-test-robert'],
    ]);
  });

  it('reads an agency before a photo credit as the agency', () => {
    expect(read('The crowd cheered.\n\n(TP Photo)\n\nThe rally ended.')).toEqual([['TP', 'x-test-press']]);
  });

  it('reads a surname after a country’s possessive as the person', () => {
    expect(read("Testland's Testoy wins\n\nMariano Testoy spoke.")).toEqual([
      ['Testland', 'x-test-testland'],
      ['Testoy', 'x-test-testoy'],
      ['Mariano Testoy', 'x-test-testoy'],
    ]);
  });
});

describe('acronyms the article defines', () => {
  const read = readerFor([
    testEntity('x-test-testland', 'country', 'Testland'),
    // Known by its name only.
    testEntity('x-test-itc', 'organization', 'Integrated Test Classification'),
    testEntity('x-test-press', 'media', 'Test Press', { aliases: [{ text: 'TP', type: 'acronym' }] }),
  ]);

  it('reads an acronym defined in brackets after a name as that name, wherever the article uses it', () => {
    expect(read('The Integrated Test Classification (ITC) warned of famine. The ITC said more.')).toEqual([
      ['Integrated Test Classification', 'x-test-itc'],
      ['ITC', 'x-test-itc'],
      ['ITC', 'x-test-itc'],
    ]);
    // Without the definition, the letters are nobody's.
    expect(read('The ITC said more.')).toEqual([]);
  });

  it('reads the acronym of the same words in the body’s own language as defined', () => {
    // "Classification Test Intégrée (CTI)": the French order of the initials after the English name.
    expect(read('The Integrated Test Classification (CTI) warned of famine. The CTI said more.')).toEqual([
      ['Integrated Test Classification', 'x-test-itc'],
      ['CTI', 'x-test-itc'],
      ['CTI', 'x-test-itc'],
    ]);
    // Letters that are not the name's initials are something else.
    expect(read('The Integrated Test Classification (WHO) warned. The WHO said more.')).toEqual([
      ['Integrated Test Classification', 'x-test-itc'],
    ]);
  });

  it('does not take a credit or a bracket that does not spell the name for a definition', () => {
    expect(read('TESTVILLE, Testland (TP) — Talks resumed, TP reported.')).toEqual([
      ['Testland', 'x-test-testland'],
      ['TP', 'x-test-press'],
      ['TP', 'x-test-press'],
    ]);
    expect(read('Testland (ABC) said the ABC would act.')).toEqual([['Testland', 'x-test-testland']]);
  });
});

describe('names with brackets', () => {
  const read = readerFor([
    testEntity('x-test-party-m', 'political-party', 'Test Party (Marxist)', {
      aliases: [{ text: 'TP(M)', type: 'acronym' }],
    }),
    testEntity('x-test-party', 'political-party', 'Test Party'),
    testEntity('x-test-press', 'media', 'Test Press'),
  ]);

  it('reads a name through its brackets, spaced or not, closing bracket included', () => {
    expect(read('The Test Party (Marxist) and the TP(M) won; the Test Party lost.')).toEqual([
      ['Test Party (Marxist)', 'x-test-party-m'],
      ['TP(M)', 'x-test-party-m'],
      ['Test Party', 'x-test-party'],
    ]);
  });

  it('does not join a name to a bracketed word after it', () => {
    expect(read('The Test Party (Test Press) said.')).toEqual([
      ['Test Party', 'x-test-party'],
      ['Test Press', 'x-test-press'],
    ]);
  });
});

describe('middle initials', () => {
  const read = readerFor([testEntity('x-test-ivan', 'person', 'Ivan Testov')]);

  it('reads a name with a middle initial its aliases do not write', () => {
    expect(read('Minister Ivan P. Testov said so; Ivan Testov agreed.')).toEqual([
      ['Ivan P. Testov', 'x-test-ivan'],
      ['Ivan Testov', 'x-test-ivan'],
    ]);
    // Not a lower-case letter, nor a letter without its period.
    expect(read('Ivan P Testov and Ivan p. Testov.')).toEqual([]);
  });
});
