/**
 * Sentences as the news writes them, matched with the shipped knowledge base: the cases that went wrong
 * once and must stay right.
 */
import { describe, expect, it } from 'vitest';
import { realKb } from './helpers/real-kb';

const { matcher } = realKb();

/** [surface, canonical name] of each mention; `lang` as a page declares it. */
function find(text: string, date = '2024-06-01', lang?: string): [string, string][] {
  return matcher
    .match(text, { date, ...(lang ? { lang } : {}) })
    .map((m) => [text.slice(m.start, m.end), matcher.nameOf(m.id) ?? m.id]);
}

/** The canonical names of what `find` found, for "not this actor" checks. */
const namesOf = (found: readonly [string, string][]): string[] => found.map(([, name]) => name);

describe('the shipped knowledge base in context', () => {
  it('reads "OPEC+" as the alliance and "OPEC" as the organization, in English and in Russian', () => {
    expect(find('OPEC+ agreed to cut output, and OPEC said prices would hold.', '2022-10-05')).toEqual([
      ['OPEC+', 'OPEC Plus'],
      ['OPEC', 'Organization of the Petroleum Exporting Countries'],
    ]);
    expect(find('ОПЕК+ договорилась о сокращении добычи.', '2022-10-05', 'ru')).toEqual([['ОПЕК+', 'OPEC Plus']]);
  });

  it('reads "CPI" as the International Criminal Court in French, and as no actor in English or Chinese', () => {
    expect(find('La CPI a émis un mandat d’arrêt contre Vladimir Poutine.', '2023-03-17', 'fr')).toContainEqual([
      'CPI',
      'International Criminal Court',
    ]);
    expect(find('US CPI rose 3.2% in July, the Federal Reserve said.').map(([s]) => s)).not.toContain('CPI');
    expect(find('英国国家统计局公布，4月CPI同比上涨2.3%。', '2024-05-23', 'zh').map(([s]) => s)).not.toContain('CPI');
  });

  it('reads "Yemen’s Houthi militia" as the group, not a person surnamed Houthi', () => {
    expect(find('Iran armed Yemen’s Houthi militia, which fights Saudi Arabia.')).toContainEqual(['Houthi', 'Houthis']);
  });

  it('reads a country’s ministry named with a possessive as the ministry', () => {
    expect(find("Ukraine's Foreign Ministry said on Monday.")).toEqual([
      ["Ukraine's Foreign Ministry", 'Ministry of Foreign Affairs of Ukraine'],
    ]);
  });

  it('reads a body’s short name after a country’s possessive as that country’s body, in any case', () => {
    expect(find("India's Supreme Court ruled on Monday.")).toEqual([
      ['India', 'India'],
      ['Supreme Court', 'Supreme Court of India'],
    ]);
    expect(find("Kenya's parliament approved the budget, and Mexico's senate approved the treaty.")).toEqual([
      ['Kenya', 'Kenya'],
      ['parliament', 'Parliament of Kenya'],
      ['Mexico', 'Mexico'],
      ['senate', 'Senate of Mexico'],
    ]);
    // Westminster, not the Scottish Parliament or the Senedd, which have founding years and it does not.
    expect(find("Britain's parliament voted.")).toContainEqual(['parliament', 'Parliament of the United Kingdom']);
    // A country's demonym names it too, and is part of the body's name as written.
    expect(find('The Kenyan parliament and the Brazilian Supreme Court met.')).toEqual([
      ['Kenyan parliament', 'Parliament of Kenya'],
      ['Brazilian Supreme Court', 'Supreme Federal Court of Brazil'],
    ]);
    // Without the possessive, a lower-case noun is a noun.
    expect(find('Kenya said the parliament and the senate had agreed.')).toEqual([['Kenya', 'Kenya']]);
  });

  it('reads a force’s short name only right after its country', () => {
    expect(find("Pakistan's army chief met the Japanese coast guard and India's navy.")).toEqual([
      ['Pakistan', 'Pakistan'],
      ['army', 'Pakistan Army'],
      ['Japanese coast guard', 'Japan Coast Guard'],
      ['India', 'India'],
      ['navy', 'Indian Navy'],
    ]);
    // A war story names two armies: "the Army" alone is neither, however Pakistani the story (but it is the
    // one named in full earlier).
    const story = 'Shehbaz Sharif met Asim Munir in Islamabad, Pakistan. The Army said it was ready.';
    expect(find(story)).not.toContainEqual(['Army', 'Pakistan Army']);
    expect(find(`The Pakistan Army moved. ${story}`)).toContainEqual(['Army', 'Pakistan Army']);
    // "Israel's military" describes more than it names.
    expect(find("Israel's military said it struck.")).toEqual([['Israel', 'Israel']]);
  });

  it('does not read the Shia imams as politicians who share their names', () => {
    expect(find('Mourners in Karachi marked the martyrdom of Imam Hussain.')).toEqual([]);
    expect(find('Ayatollah Khamenei spoke.')).toEqual([['Khamenei', 'Ali Khamenei']]);
  });

  it('never reads a body after a country’s possessive as another country’s', () => {
    const found = find(
      'Russia’s Foreign Ministry and the Kremlin said Putin met Lavrov in Moscow. Azerbaijan’s Defense Ministry said the ceasefire held, and Iran’s Supreme Court upheld the sentence.',
    );
    expect(found.filter(([, name]) => /Ministry|Court/.test(name))).toEqual([
      ['Russia’s Foreign Ministry', 'Ministry of Foreign Affairs of Russia'],
      ['Defense Ministry', 'Ministry of Defence (Azerbaijan)'],
      ['Supreme Court', 'Supreme Court of Iran'],
    ]);
  });

  it('links a bare "Defense Ministry" to the ministry named in full earlier, and only then', () => {
    expect(find('The Russian Defense Ministry said drones were downed. Later the Defense Ministry said more.')).toEqual(
      [
        ['Russian Defense Ministry', 'Ministry of Defence of Russia'],
        ['Defense Ministry', 'Ministry of Defence of Russia'],
      ],
    );
    expect(find('The Defense Ministry said drones were downed.')).toEqual([]);
  });

  it('does not read a common word at a sentence start as the party or outlet it can also name', () => {
    expect(find('Most of the delegates agreed. Most analysts said most of them would stay.')).toEqual([]);
    expect(find('Bridge repairs began in May. The bridge reopened.')).toEqual([]);
  });

  it('reads "Congress" as the congress of the country the story is about', () => {
    expect(find('Brazil’s President Lula signed the bill after Congress approved it in Brasília.')).toContainEqual([
      'Congress',
      'National Congress of Brazil',
    ]);
    expect(find('Biden urged Congress to pass the aid for Ukraine.')).toContainEqual([
      'Congress',
      'United States Congress',
    ]);
    // Brazil's story, with Trump named in passing: still Brazil's congress.
    expect(
      find(
        "Brazil's Supreme Court convicted Jair Bolsonaro. Donald Trump called the trial a witch hunt. In Brazil, Lula said Brazil's democracy won, and Brazil's courts held firm. Bolsonaro's allies in Congress want an amnesty.",
      ),
    ).toContainEqual(['Congress', 'National Congress of Brazil']);
  });

  it('reads an institution by the short name its own country’s press uses, in that language', () => {
    const chile =
      'El presidente Gabriel Boric citó en La Moneda a los presidentes del Senado y de la Cámara de Diputados. En Chile, el Partido Socialista y el Partido Comunista apoyaron el texto.';
    expect(find(chile, '2022-09-05')).toEqual(
      expect.arrayContaining([
        ['Senado', 'Senate of Chile'],
        ['Cámara de Diputados', 'Chamber of Deputies of Chile'],
        ['Partido Socialista', 'Socialist Party of Chile'],
        ['Partido Comunista', 'Communist Party of Chile'],
      ]),
    );
    const brazil = 'O presidente Lula disse em Brasília que o Senado votará a proposta. No Brasil, o Senado decide.';
    expect(find(brazil)).toContainEqual(['Senado', 'Federal Senate of Brazil']);
    // Without the country's story, the word names nothing.
    expect(find('El Senado votó.').map(([s]) => s)).not.toContain('Senado');
  });

  it('reads a country after a French article that opens a known person’s name ("Les Etats-Unis", not "Les" Moonves)', () => {
    const text =
      'Le départ français laisse ouverte la question. Les Etats-Unis, qui comptent 1 100 militaires au Niger, restent.';
    expect(find(text, '2023-09-25', 'fr')).toContainEqual(['Etats-Unis', 'United States']);
  });

  it('does not read the Hebrew "למרות שלא" (even though) as a foreigner’s name by its sound', () => {
    const found = find(
      'בלינקן הגיע לפסגה. עומאן שלחה לפסגה את שר החוץ שלה, למרות שלא הייתה חלק מהסכמי אברהם. איראן גינתה.',
      '2022-03-28',
      'he',
    );
    expect(found.map(([s]) => s)).not.toContain('למרות שלא');
    // Nor "ואילו" (whereas) before a noun: "ואילו השותפות הטבעיות של הליכוד" is no Charlie Javice.
    const partners = find(
      'אחד הסעיפים המשמעותיים נוגע להחלת הריבונות: החל מ-1 ביולי יוכל נתניהו להביא לדיון בממשלה ובכנסת את החלת הריבונות על חלקים מיהודה ושומרון, בתיאום עם ארצות הברית ועל בסיס תוכנית השלום של נשיא ארה"ב דונלד טראמפ.\n\n' +
        'בכחול לבן צפויים לצרף לממשלה גם את יו"ר מפלגת העבודה עמיר פרץ ואת ח"כ איציק שמולי, ואילו השותפות הטבעיות של הליכוד, ש"ס בראשות אריה דרעי ויהדות התורה, צפויות גם הן לקבל תיקים. בימינה בראשות נפתלי בנט טרם הוחלט אם המפלגה תצטרף לקואליציה או תעבור לאופוזיציה.',
      '2020-04-20',
      'he',
    );
    expect(partners.map(([s]) => s)).not.toContain('ואילו השותפות');
  });

  it('reads a name the knowledge base writes in lower case only so written ("franceinfo" in its byline)', () => {
    const found = find(
      'Nicolas Hulot a annoncé sa démission sur France Inter.\n\nfranceinfo avec AFP',
      '2018-08-28',
      'fr',
    );
    expect(found).toContainEqual(['franceinfo', 'franceinfo']);
  });

  it('reads "Royal Jordanian Air Force" as the air force, not the airline inside its name', () => {
    const found = find(
      'The Islamic State killed Royal Jordanian Air Force pilot Muath Al Kasasbeh, Jordan said.',
      '2015-02-04',
    );
    expect(found).toContainEqual(['Royal Jordanian Air Force', 'Royal Jordanian Air Force']);
    expect(namesOf(found)).not.toContain('Royal Jordanian');
  });

  it('reads "Ford Motor", as the wires name the carmaker first, and then its bare "Ford"', () => {
    const found = find(
      'Ford Motor said on Tuesday it would cut jobs in Germany. Ford will close its Saarlouis plant.',
      '2024-11-20',
    );
    expect(found).toContainEqual(['Ford Motor', 'Ford Motor Company']);
    expect(found).toContainEqual(['Ford', 'Ford Motor Company']);
  });

  it('reads the Moldovan press’s "Socialists" as the Party of Socialists where the story names it', () => {
    const text =
      'Maia Sandu won a second term, defeating a candidate of the Party of Socialists of the Republic of Moldova. The Socialists, led by Igor Dodon, contested the result.';
    expect(find(text, '2024-11-04')).toContainEqual(['Socialists', 'Party of Socialists of the Republic of Moldova']);
  });

  it('reads a body’s short name as the one body whose own people the story names', () => {
    const text =
      'Ukraine pressed deeper into the Kursk region. National Security Council spokesperson John Kirby said Ukraine had not told Washington in advance.';
    expect(find(text, '2024-08-12')).toContainEqual([
      'National Security Council',
      'United States National Security Council',
    ]);
  });

  it('reads an acronym the story defines after a body’s short name as that body', () => {
    const text =
      'KAMPALA, Uganda. The Electoral Commission (EC) yesterday declared President Museveni winner of the election in Uganda. EC chairperson Simon Byabakama said the vote was free.';
    expect(find(text, '2021-01-17').filter(([s]) => s === 'EC')).toEqual([
      ['EC', 'Electoral Commission of Uganda'],
      ['EC', 'Electoral Commission of Uganda'],
    ]);
  });

  it('reads a royal named again by title and given name as the one named in full before', () => {
    const text =
      "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Saudi Crown Prince Mohammed bin Salman in Riyadh. Sheikh Tamim later flew home, and Prince Mohammed thanked him. Sheikh Mohammed bin Rashid of Dubai was absent. Prince Mohammed spoke again.";
    const found = find(text, '2021-01-05');
    expect(found.filter(([s]) => s === 'Mohammed')).toEqual([
      ['Mohammed', 'Mohammed bin Salman'],
      ['Mohammed', 'Mohammed bin Salman'],
    ]);
    expect(found).toContainEqual(['Tamim', 'Tamim bin Hamad Al Thani']);
    const uae =
      'UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan signed in Washington. Sheikh Abdullah, brother of the crown prince, thanked Trump.';
    expect(find(uae, '2020-09-15').filter(([s]) => s === 'Abdullah')).toEqual([
      ['Abdullah', 'Abdullah bin Zayed Al Nahyan'],
    ]);
    // Without a full mention, a title before a given name does not make it a commoner's surname.
    expect(find('Prince Mohammed spoke in Riyadh.').map(([s]) => s)).not.toContain('Mohammed');
  });

  it('reads the first of two given names before one surname as the person the base knows by both', () => {
    const found = find(
      'Sergei and Yulia Skripal were poisoned in Salisbury. Bill and Hillary Clinton visited.',
      '2018-04-01',
    );
    expect(found).toContainEqual(['Sergei', 'Sergei Skripal']);
    expect(found).toContainEqual(['Yulia Skripal', 'Yulia Skripal']);
    expect(found).toContainEqual(['Bill', 'Bill Clinton']);
    // Ivanka Kushner is no one's full name (she is Ivanka Trump): no reading.
    expect(find('Ivanka and Jared Kushner flew in.', '2018-04-01').map(([s]) => s)).toEqual(['Jared Kushner']);
  });

  it('keeps a surname the story uses alone for its protagonist when a namesake is named in full once after', () => {
    const text =
      'Hong Kong leader Carrie Lam announced the withdrawal. The move was one of four actions Lam unveiled. She named ' +
      'senior counsel Paul Lam Ting-kwok to the watchdog. But Lam again ruled out the other demands.';
    expect(find(text, '2019-09-04').filter(([s]) => s === 'Lam')).toEqual([
      ['Lam', 'Carrie Lam'],
      ['Lam', 'Carrie Lam'],
    ]);
  });

  it('reads a name across a nickname in single quotes', () => {
    expect(find("RSF Commander Mohamed 'Hemedti' Hamdan Dagalo acknowledged the loss.", '2025-01-12')).toContainEqual([
      "Mohamed 'Hemedti' Hamdan Dagalo",
      'Mohamed Hamdan Dagalo',
    ]);
  });

  it('does not read the second half of a double surname as the company it also names', () => {
    const found = find(
      "L'actuel PDG d'Alstom, Henri Poupart-Lafarge, a parlé. La fusion Alstom-Siemens est morte.",
      '2019-02-06',
      'fr',
    );
    expect(found.map(([, name]) => name)).not.toContain('Lafarge');
    // Nor the French "PDG" (a company's chief) as a party, nor a quoted likeness as the company.
    expect(found.map(([, name]) => name)).not.toContain('Party of the People');
    expect(found.filter(([s]) => s === 'Siemens')).toEqual([['Siemens', 'Siemens']]);
    expect(find("C'est la fin de l'« Airbus du rail ». Airbus a livré 700 avions.", '2019-02-06', 'fr')).toEqual([
      ['Airbus', 'Airbus'],
    ]);
  });

  it('takes no other actor’s one-word name for a given name, though a known person’s name opens with it', () => {
    // Tory Whanau, Wellington's mayor, is in the base: "Tory" still opens no longer name.
    expect(find('Tory China hawks are expected to question Cameron on Beijing.', '2023-11-13')).toContainEqual([
      'China',
      'China',
    ]);
  });

  it('reads a shared body name as the body of the person named right after it', () => {
    const text =
      'The Kyrgyz delegation was headed by the Chairman of the State Committee for National Security (SCNS) ' +
      'Kamchybek Tashiev, and the Tajik delegation by the Chairman of the State Committee for National Security of ' +
      'Tajikistan Saimumin Yatimov.';
    expect(find(text, '2025-03-13').slice(0, 2)).toEqual([
      ['State Committee for National Security', 'State Committee for National Security of Kyrgyzstan'],
      ['SCNS', 'State Committee for National Security of Kyrgyzstan'],
    ]);
  });

  it('does not read a country at the end of a members’ body’s name', () => {
    const found = find('The Boy Scouts of America and the Teachers of Kenya met in Nairobi.', '2023-10-13');
    expect(found.map(([, name]) => name)).not.toContain('United States');
    expect(found.map(([, name]) => name)).not.toContain('Kenya');
  });

  it('does not read a person in the name of a pipeline, a stadium or a bridge named for them', () => {
    expect(
      find('Kulfas se fue tras una polémica por la licitación del gasoducto Néstor Kirchner.', '2022-07-03', 'es'),
    ).toEqual([]);
  });

  it('reads a province’s party by the federal party’s short name where the story names it in full', () => {
    const text =
      'The Coalition Avenir Québec passed the bill while the Quebec Liberal Party voted against it. Premier ' +
      'François Legault accused the Liberals of spreading misinformation.';
    expect(find(text, '2022-05-24').filter(([s]) => s === 'Liberals')).toEqual([['Liberals', 'Quebec Liberal Party']]);
  });

  it('reads a given name after a family word as the relative of the person named before', () => {
    const found = find(
      'Sergei Skripal, 66, and his daughter Yulia, 33, remain ill. Netanyahu was accompanied by his wife Sara.',
      '2018-10-26',
    );
    expect(found).toContainEqual(['Yulia', 'Yulia Skripal']);
    expect(found).toContainEqual(['Sara', 'Sara Netanyahu']);
    // No known relative of that name: nothing read.
    expect(find('Sergei Skripal and his daughter Maria were seen.', '2018-04-01').map(([s]) => s)).toEqual([
      'Sergei Skripal',
    ]);
  });

  it('reads a given name alone as the one of two people of a surname the story names in full by it', () => {
    const skripal = find(
      'Sergei and Yulia Skripal were poisoned in Salisbury. Yulia was discharged first.',
      '2018-04-01',
    );
    expect(skripal.filter(([s]) => s === 'Yulia')).toEqual([['Yulia', 'Yulia Skripal']]);
    const oman = find('Benjamin Netanyahu and his wife Sara Netanyahu flew to Oman. Sara met the staff.', '2018-10-26');
    expect(oman.filter(([s]) => s === 'Sara')).toEqual([['Sara', 'Sara Netanyahu']]);
    // No family in the story: a given name alone is left unread.
    expect(find('Sara Netanyahu flew to Oman. Sara met the staff.', '2018-10-26').map(([s]) => s)).not.toContain(
      'Sara',
    );
  });

  it('reads a name many countries’ bodies share as the body of the country the story is about', () => {
    const senegal =
      "Bassirou Diomaye Faye a été élu président du Sénégal. Emmanuel Macron l'a félicité depuis la France. Au Sénégal, la loi d'amnistie avait été votée par l'Assemblée nationale à Dakar, et Macky Sall a quitté le pouvoir.";
    expect(find(senegal, '2024-03-26')).toContainEqual(['Assemblée nationale', 'National Assembly of Senegal']);
    const france =
      "À Paris, Emmanuel Macron a dissous l'Assemblée nationale. La France vote en juin, et Gabriel Attal fait campagne.";
    expect(find(france, '2024-06-10')).toContainEqual(['Assemblée nationale', 'National Assembly of France']);
    // Its own press shortens it further once the country is clear.
    const again = `${france} Les députés de l'Assemblée ont quitté Paris.`;
    expect(find(again, '2024-06-10')).toContainEqual(['Assemblée', 'National Assembly of France']);
  });

  it('reads a paper in its byline and a party by the short name its country’s press uses', () => {
    const text =
      'The Hindu Bureau\n\nNEW DELHI/DHAKA, August 5, 2024\n\nBangladesh Prime Minister Sheikh Hasina resigned. The army chief met the Bangladesh Nationalist Party (BNP) and the Jamaat-e-Islami.';
    const found = find(text, '2024-08-05');
    expect(found).toContainEqual(['The Hindu', 'The Hindu']);
    expect(found).toContainEqual(['Jamaat-e-Islami', 'Bangladesh Jamaat-e-Islami']);
  });

  it('reads a name the knowledge base tells apart by its country in brackets, written bare, for that country', () => {
    const text =
      "BANGKOK -- Thailand's Constitutional Court dissolved Move Forward. The party's lawmakers regrouped under the People's Party, led by Natthaphong Ruengpanyawut.";
    expect(find(text, '2024-08-14')).toContainEqual(["People's Party", "People's Party (Thailand)"]);
    const us =
      "The US military's Central Command said the strikes on the Houthis in Yemen were carried out with Britain.";
    expect(find(us, '2024-01-12')).toContainEqual(['Central Command', 'United States Central Command']);
  });

  it('reads a surname after the French “M.” and after a German compound office', () => {
    const fr =
      'Bassirou Diomaye Faye a été élu président du Sénégal. Le président français, Emmanuel Macron, a félicité M. Faye.';
    expect(find(fr, '2024-03-26').filter(([s]) => s === 'Faye')).toEqual([['Faye', 'Bassirou Diomaye Faye']]);
    const de =
      'Scholz entlässt Finanzminister Lindner. Die Ampel ist am Ende: Bundeskanzler Olaf Scholz hat am Mittwoch angekündigt, dass er Bundesfinanzminister Christian Lindner entlassen wird. Der Kanzler sagte, die Regierung habe keine Mehrheit mehr.';
    expect(find(de, '2024-11-07')).toContainEqual(['Lindner', 'Christian Lindner']);
  });

  it('gives a bare surname to the namesake active at the story’s date, not to one long out of office', () => {
    const text =
      'Bashar al-Assad fled Damascus on Sunday. The family had ruled Syria since Hafez al-Assad took power in 1970. Assad landed in Moscow, Russian media said.';
    expect(find(text, '2024-12-08').filter(([s]) => s === 'Assad')).toEqual([['Assad', 'Bashar al-Assad']]);
    const arabic =
      'فر بشار الأسد من دمشق. حكمت العائلة سوريا منذ تولي حافظ الأسد السلطة عام 1970. ووصل الأسد إلى موسكو.';
    expect(find(arabic, '2024-12-08').at(-1)).toEqual(['الأسد', 'Bashar al-Assad']);
    // In its own time the father is the one just named.
    const old =
      'Bashar al-Assad, his son, studied in London. Hafez al-Assad met Clinton in Geneva. Assad said peace was near.';
    expect(find(old, '1994-01-16').filter(([s]) => s === 'Assad')).toEqual([['Assad', 'Hafez al-Assad']]);
  });

  it('reads a cartel written with a lower-case “cartel”, as the English press does', () => {
    const text = "Ecuador's president said the Sinaloa cartel and the Jalisco cartel fought in Guayaquil.";
    expect(find(text, '2023-08-10')).toEqual(
      expect.arrayContaining([
        ['Sinaloa cartel', 'Sinaloa Cartel'],
        ['Jalisco cartel', 'Jalisco New Generation Cartel'],
      ]),
    );
  });

  it('reads a country’s parliament as its legislature, whatever its own name', () => {
    expect(find("Hungary's parliament ratified Finland's accession.")).toContainEqual([
      'parliament',
      'National Assembly of Hungary',
    ]);
  });

  it('reads a body’s short name after a title only as a body of a country the story names', () => {
    const found = find(
      'Turkey’s army chief was taken hostage. Chief of General Staff Hulusi Akar was freed in Ankara, and Turkey’s president Erdoğan returned to Istanbul.',
    );
    expect(found.filter(([surface]) => surface === 'General Staff')).toEqual([]);
  });

  it('looks through an Arabic clitic to the whole name, not to a word of a longer one', () => {
    // و + "الجزائر" (Algeria), not وال + "جزائر" (a word of a longer name).
    expect(find('أرسلت الإمارات والجزائر وقطر مساعدات إنسانية إلى ليبيا.')).toContainEqual(['الجزائر', 'Algeria']);
  });

  it('reads the US parties by their short names in a US story, even beside each other', () => {
    const found = find(
      'President Joe Biden said Republicans in the House would block the aid. Democrats in the Senate disagreed.',
    );
    expect(found).toContainEqual(['Republicans', 'Republican Party']);
    expect(found).toContainEqual(['Democrats', 'Democratic Party']);
  });

  it('reads a party’s adjective as the party of the country the story is about, not inside another name', () => {
    const us =
      'The U.S. Senate confirmed Ketanji Brown Jackson 53 to 47. Three Republican senators joined the Democrats. Senator Mitt Romney, a Republican from Utah, voted yes, and President Biden, a Democrat, thanked him.';
    const found = find(us, '2022-04-07');
    expect(found.filter(([s]) => s === 'Republican')).toEqual([
      ['Republican', 'Republican Party'],
      ['Republican', 'Republican Party'],
    ]);
    expect(found).toContainEqual(['Democrat', 'Democratic Party']);
    const iraq =
      "Saddam Hussein's Republican Guard fought the U.S. Army in Iraq. The United States said the Republican Guard had collapsed.";
    expect(find(iraq, '2003-04-10').map(([s]) => s)).not.toContain('Republican');
    expect(
      find('In Seoul, the Democratic Party of Korea won. The Democratic lawmakers cheered in South Korea.'),
    ).toContainEqual(['Democratic', 'Democratic Party of Korea']);
  });

  it('reads the Spanish abbreviation of the United States however it is spaced', () => {
    // As written, and the span marked: the closing period of "EE. UU." is the sentence's.
    for (const [written, span] of [
      ['EE.UU.', 'EE.UU.'],
      ['EE. UU.', 'EE. UU'],
      ['EE UU', 'EE UU'],
    ]) {
      expect(find(`El Gobierno de ${written} anunció sanciones.`)).toEqual([[span, 'United States']]);
    }
  });

  it('does not read a word opening a sentence as an acronym written like a word', () => {
    // "Nato" is NATO, but "Dans" opening a French sentence is "dans", not DANS (Bulgaria's security agency).
    const page =
      'Le vote a commencé dans la matinée dans plusieurs pays.\n\nDans un communiqué, le gouvernement bulgare a réagi.';
    expect(find(page)).toEqual([]);
    // The same after an earlier page taught the matcher the word "dans" (it keeps words it has read).
    find('Il est arrivé dans la ville.');
    expect(find(page)).toEqual([]);
  });

  it('finds French and Spanish institutions written with a lower-case noun first, and only as the knowledge base writes them', () => {
    expect(find("Selon l'armée israélienne, le département d'Etat a été informé.")).toEqual([
      ['armée israélienne', 'Israel Defense Forces'],
      ["département d'Etat", 'United States Department of State'],
    ]);
    expect(find('Según el ejército israelí, el departamento de Estado fue informado.')).toEqual([
      ['ejército israelí', 'Israel Defense Forces'],
      ['departamento de Estado', 'United States Department of State'],
    ]);
    expect(find("L'armée a tiré et le gouvernement s'est tu.")).toEqual([]);
  });

  it('follows the article’s date for who held an office', () => {
    expect(find('Secretary of State Blinken met Foreign Minister Wang Yi.', '2023-06-19')).toContainEqual([
      'Blinken',
      'Antony Blinken',
    ]);
  });
  it('reads a Russian or Ukrainian body’s name without its country, in any case, in a story about that country', () => {
    expect(
      find(
        'Министр обороны России Андрей Белоусов заявил, что удары нанесли Воздушно-космические силы. Дмитрий Песков ' +
          'сказал, что Россия не ведёт переговоров. Командование Воздушно-десантных войск не комментировало.',
      ),
    ).toEqual([
      ['России', 'Russia'],
      ['Андрей Белоусов', 'Andrey Belousov'],
      ['Воздушно-космические силы', 'Russian Aerospace Forces'],
      ['Дмитрий Песков', 'Dmitry Peskov'],
      ['Россия', 'Russia'],
      ['Воздушно-десантных войск', 'Russian Airborne Forces'],
    ]);
    // And what it belongs to is dropped too: the Defence Ministry's intelligence directorate.
    expect(
      find('Президент Володимир Зеленський заявив, що Україна отримала дані від Головного управління розвідки.'),
    ).toContainEqual(['Головного управління розвідки', 'Defence Intelligence of Ukraine']);
    // Never down to one word: "Правительство" is any country's government.
    expect(find('Правительство России и Дмитрий Песков. Правительство заявило.').map(([s]) => s)).not.toContain(
      'Правительство',
    );
  });

  it('reads the Russian full names of countries the data gives Russian only acronyms for', () => {
    expect(
      find('Группа «Вагнер» действует в Центральноафриканской Республике и в Объединённых Арабских Эмиратах.'),
    ).toEqual([
      ['Вагнер', 'Wagner Group'],
      ['Центральноафриканской Республике', 'Central African Republic'],
      ['Объединённых Арабских Эмиратах', 'United Arab Emirates'],
    ]);
  });
  it('gives a bare surname far from any full mention to the namesake in office at the story’s date', () => {
    const text =
      "Lebanon's parliament elected army chief Joseph Aoun as president on Thursday. The post had been vacant since " +
      'the term of President Michel Aoun ended in October 2022. Lawmakers from most blocs voted for the general in ' +
      'the second round, after a first round in which he fell short of the two-thirds majority required. Diplomats ' +
      'from France, Saudi Arabia and the United States had pressed the factions for weeks to agree on a candidate, ' +
      'and the session was attended by ambassadors from several Gulf states. The vote ended a vacancy of more than ' +
      'two years, during which a caretaker cabinet ran the country through a financial collapse and a war on its ' +
      'southern border. Aoun pledged to rebuild the state.';
    expect(find(text, '2025-01-09').at(-1)).toEqual(['Aoun', 'Joseph Aoun']);
    // Right after the other's full mention, the bare surname is still that one's.
    expect(
      find(
        'President Joseph Aoun spoke. His predecessor Michel Aoun left in 2022; Aoun had served six years.',
        '2025-01-09',
      ).at(-1),
    ).toEqual(['Aoun', 'Michel Aoun']);
  });

  it('reads an Arabic outlet named by a common word beside its correspondent, bureau or closing credit', () => {
    expect(find('قال مراسل الجزيرة في بيروت إن الجلسة انتهت. المصدر: الجزيرة + وكالات')).toEqual([
      ['الجزيرة', 'Al Jazeera'],
      ['الجزيرة', 'Al Jazeera'],
    ]);
    // Without such a word it stays "the island".
    expect(find('وصل الوفد إلى الجزيرة صباح اليوم')).toEqual([]);
  });
  it('reads a body’s short name as the body of the person named right after it, before the story’s country’s', () => {
    const found = find(
      'The military seized power in Myanmar and detained Aung San Suu Kyi. Myanmar’s army chief Min Aung Hlaing ' +
        'took control. China, Myanmar’s largest neighbor, said through Foreign Ministry spokesperson Wang Wenbin ' +
        'that it had noted the events.',
      '2021-02-01',
    );
    expect(found).toContainEqual(['Foreign Ministry', 'Ministry of Foreign Affairs of China']);
  });
  it('does not read a dateline and the name after its dash as one longer name', () => {
    // "Tokyo" is also a given name (Tokyo Sexwale): a name could go on from it, but not across a spaced dash.
    expect(find("TOKYO -- Japan's ruling Liberal Democratic Party lost its majority.")).toEqual([
      ['Japan', 'Japan'],
      ['Liberal Democratic Party', 'Liberal Democratic Party'],
    ]);
    expect(find('Tokyo Sexwale spoke.')).toEqual([['Tokyo Sexwale', 'Tokyo Sexwale']]);
  });
  it('does not read a surname written like a word-like acronym as the acronym', () => {
    // SADR (the Sahrawi Republic) may be written "Sadr" like "Nato", but Sadr is Muqtada al-Sadr's name.
    expect(find('Iraqi cleric Muqtada al-Sadr won. Sadr said he would form a government. Nato said.')).toEqual([
      ['Muqtada al-Sadr', 'Muqtada al-Sadr'],
      ['Sadr', 'Muqtada al-Sadr'],
      ['Nato', 'NATO'],
    ]);
  });

  it('reads an acronym defined after a name as that name, even where it is also a credit or another party', () => {
    expect(
      find("Mr Lawrence Wong leads the ruling People's Action Party (PAP). Mr Wong said the PAP would renew itself."),
    ).toEqual([
      ['Lawrence Wong', 'Lawrence Wong'],
      ["People's Action Party", "People's Action Party"],
      ['PAP', "People's Action Party"],
      ['Wong', 'Lawrence Wong'],
      ['PAP', "People's Action Party"],
    ]);
    const chile = find('Kast contó con el apoyo de Renovación Nacional (RN). RN votó a favor.', '2021-12-19');
    expect(chile.filter(([surface]) => surface === 'RN')).toEqual([
      ['RN', 'National Renewal'],
      ['RN', 'National Renewal'],
    ]);
    // A dateline's place and its agency's credit define nothing.
    expect(find('BAKU, Azerbaijan (AP) — The talks ended.')).not.toContainEqual(['AP', 'Azerbaijan']);
  });

  it('reads an acronym the story defines with "known as" as the body it names', () => {
    const text =
      'The United States and Russia swapped prisoners. President Joe Biden and Vice President Kamala Harris welcomed ' +
      'Evan Gershkovich and Paul Whelan, a former U.S. Marine, at Joint Base Andrews. The White House said the U.S. ' +
      "had worked for months. The swap took place in Ankara. Turkey's National Intelligence Organization, known as " +
      'MIT, said it had coordinated the exchange.';
    expect(find(text, '2024-08-01')).toContainEqual(['MIT', 'National Intelligence Organization']);
  });

  it('finds a name that opens with an ordinal, and keeps a name after one', () => {
    const found = find(
      "Ukraine's 3rd Assault Brigade held the line. A panel of the 2nd Circuit Court of Appeals ruled, and the " +
        'Pentagon sent the 82nd Airborne. In Beijing, the party’s 20th Central Committee met under Xi Jinping.',
      '2024-01-10',
    );
    expect(found).toContainEqual(['3rd Assault Brigade', 'Third Separate Assault Brigade']);
    expect(found).toContainEqual([
      '2nd Circuit Court of Appeals',
      'United States Court of Appeals for the Second Circuit',
    ]);
    expect(found).toContainEqual(['82nd Airborne', '82nd Airborne Division']);
    expect(found).toContainEqual(['Central Committee', 'Central Committee of the Chinese Communist Party']);
  });

  it('weighs a name the build derives as ambiguous when the same name is given as ambiguous', () => {
    // "Raed Saleh" is derived from Raed al-Saleh's name and given, ambiguous, for both men: in a Berlin story
    // it is the SPD's, not the Syrian minister.
    const found = find(
      'The SPD met in Berlin. Franziska Giffey and the SPD state chair Raed Saleh chose talks with Kai Wegner.',
      '2023-04-27',
    );
    expect(found).toContainEqual(['Raed Saleh', 'Raed Saleh']);
  });

  it('reads an acronym the article spells out in lower-case words as that concept, not a body of the base', () => {
    const concept = find(
      'The Reserve Bank of India placed 11 lenders under its prompt corrective action (PCA) framework. The PCA ' +
        'rules restrict lending, and the government wants them eased.',
      '2018-12-10',
    );
    expect(concept.map(([surface]) => surface)).not.toContain('PCA');
    const body = find(
      'The Permanent Court of Arbitration (PCA) ruled for the Philippines. China said it would ignore the PCA.',
      '2016-07-12',
    );
    expect(body).toContainEqual(['PCA', 'Permanent Court of Arbitration']);
  });

  it('does not read a father’s name inside a son’s patronymic name as the father', () => {
    const found = find(
      'Saudi Sports Minister Prince Abdulaziz bin Turki al-Faisal welcomed the decision. Crown Prince Mohammed bin ' +
        'Salman attended. Separately, Prince Turki al-Faisal, a former intelligence chief, spoke in London.',
      '2024-12-11',
    );
    expect(found.filter(([, name]) => name === 'Turki al-Faisal')).toHaveLength(1);
    expect(found).toContainEqual(['Abdulaziz bin Turki al-Faisal', 'Abdulaziz bin Turki Al Saud']);
  });

  it('reads a full name the base shares with strangers as the known person after an office, and a namesake apart', () => {
    const filler =
      'The vote came after one of the most chaotic scenes on the House floor in recent memory, and the chamber ' +
      'moved straight to another ballot after last-minute talks with the holdouts.';
    const found = find(
      `${filler} Moments later Representative Mike Rogers of Alabama lunged toward Matt Gaetz. ${filler} ` +
        `Kevin McCarthy was then greeted by Representative Wade Rogers of Kentucky.`,
      '2023-01-07',
    );
    expect(found).toContainEqual(['Mike Rogers', 'Mike Rogers']);
    // Wade Rogers (made up) is not in the base: his surname is not Mike Rogers's; he is someone it does not know.
    expect(found.filter(([surface]) => surface === 'Rogers')).toEqual([]);
    expect(found).toContainEqual(['Wade Rogers', 'unknown:Wade Rogers']);
  });

  it('reads a full name two known people share as the one of the country the story is about', () => {
    const colombia = find(
      'El presidente de Colombia, Gustavo Petro, lamentó la muerte del senador del Centro Democrático. El ' +
        'expresidente Álvaro Uribe pidió justicia. En junio, el Gobierno había ofrecido, por medio del ministro de ' +
        'Defensa, Pedro Sánchez, una recompensa por información sobre el ataque.',
      '2025-08-11',
    );
    expect(colombia).toContainEqual(['Pedro Sánchez', 'Pedro Arnulfo Sánchez']);
    const spain = find(
      'Los Reyes visitaron Paiporta, en Valencia, junto al presidente del Gobierno de España. El rey Felipe VI ' +
        'escuchó a los vecinos, y Carlos Mazón pidió ayuda. Después, Pedro Sánchez prometió más militares.',
      '2024-11-03',
    );
    expect(spain).toContainEqual(['Pedro Sánchez', 'Pedro Sánchez']);
  });

  it('reads a name one of whose words does not decline, in Ukrainian and Russian', () => {
    const found = find(
      'Переговори Володимира Путіна, канцлера Німеччини Ангели Меркель і президента Франції Франсуа Олланда ' +
        'розпочалися в середу. Посол Росії в Україні Михайло Зурабов підписав документ.',
      '2015-02-12',
    );
    expect(found).toContainEqual(['Ангели Меркель', 'Angela Merkel']);
    expect(found).toContainEqual(['Франсуа Олланда', 'François Hollande']);
    expect(find('Встреча Владимира Путина и Франсуа Олланда прошла в Кремле.', '2015-02-12')).toContainEqual([
      'Франсуа Олланда',
      'François Hollande',
    ]);
  });

  it('reads "the Prosecutor General’s Office" as that of the country the story is about', () => {
    const found = find(
      'Russia’s Supreme Court ordered Memorial shut. Judge Alla Nazarova granted a request by the Prosecutor ' +
        'General’s Office, and Vladimir Putin’s Kremlin stayed silent as Moscow police detained protesters.',
      '2021-12-28',
    );
    expect(found).toContainEqual(['Prosecutor General’s Office', "Prosecutor General's Office of Russia"]);
  });

  it('reads an acronym before the words of an office as its own name, in Turkish', () => {
    const found = find(
      'Avrupa Komisyonu Başkanı Jean-Claude Juncker, AB Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi ' +
        'Federica Mogherini ile ortak bir açıklama yaptı.',
      '2017-04-17',
    );
    expect(found).toContainEqual(['AB', 'European Union']);
  });

  it('reads a country’s bodies by the short names its own press gives them', () => {
    const zimbabwe = find(
      'HARARE — The Constitutional Court (ConCourt) yesterday dismissed Nelson Chamisa’s challenge to Emmerson ' +
        'Mnangagwa’s victory. Zanu PF and the MDC Alliance both claimed vindication in Zimbabwe.',
      '2018-08-25',
    );
    expect(zimbabwe).toContainEqual(['ConCourt', 'Constitutional Court of Zimbabwe']);
    const colombia = find(
      'El presidente Iván Duque habló desde Bogotá. El director de la Policía Nacional, general Óscar Atehortúa, ' +
        'dio detalles del ataque en Colombia. La Fiscalía también anunció una captura.',
      '2019-01-18',
    );
    expect(colombia).toContainEqual(['Policía Nacional', 'National Police of Colombia']);
    expect(colombia).toContainEqual(['Fiscalía', "Attorney General's Office of Colombia"]);
    const vietnam = find(
      'Nguyen Xuan Phuc resigned as Vietnam’s president. He will cease to be a member of the Politburo, the statement ' +
        'of the Communist Party of Vietnam said, and Nguyen Phu Trong thanked him.',
      '2023-01-17',
    );
    expect(vietnam).toContainEqual(['Politburo', 'Politburo of the Communist Party of Vietnam']);
  });

  it('reads a body’s short name as that body, not as one named "of" it', () => {
    const found = find(
      'Regulators in Beijing summoned Jack Ma after China’s central bank met. On Oct. 31, the State Council’s ' +
        'Financial Stability and Development Committee, chaired by Vice Premier Liu He, met in Beijing.',
      '2020-11-04',
    );
    expect(found).toContainEqual(['State Council', "State Council of the People's Republic of China"]);
  });

  it('reads no country or person inside a German compound that names something after them', () => {
    const found = find(
      'Nach gut vier Wochen ist die Jamaika-Koalition aus CDU, CSU, FDP und Grünen gescheitert, sagte SPD-Chef ' +
        'Martin Schulz im Willy-Brandt-Haus. Angela Merkel bleibt geschäftsführend im Amt.',
      '2017-11-20',
    );
    expect(namesOf(found)).not.toContain('Jamaica');
    expect(namesOf(found)).not.toContain('Willy Brandt');
    expect(found).toContainEqual(['Martin Schulz', 'Martin Schulz']);
  });

  it('reads a Russian double surname whose first half does not decline, and Burmese names after U and Daw', () => {
    expect(
      find(
        'Мосгорсуд приговорил политика Владимира Кара-Мурзу к 25 годам. Сам Кара-Мурза выслушал приговор.',
        '2023-04-17',
      ),
    ).toEqual([
      ['Мосгорсуд', 'Moscow City Court'],
      ['Владимира Кара-Мурзу', 'Vladimir Kara-Murza'],
      ['Кара-Мурза', 'Vladimir Kara-Murza'],
    ]);
    const burma = find(
      'Myint Swe becomes first vice president. U Tin Maung Win, an ethnic Chin lawmaker, received 79 votes, and ' +
        'his wife Daw Khin Mar Lwin, an NLD lawmaker, welcomed it.',
      '2016-03-15',
    );
    expect(burma).toContainEqual(['Tin Maung Win', 'unknown:Tin Maung Win']);
    expect(burma).toContainEqual(['Khin Mar Lwin', 'unknown:Khin Mar Lwin']);
  });

  it('does not read a possessive as the French party Génération.s, whose name folds alike', () => {
    const found = find(
      "The KDP came first in the Kurdistan Region's election, though New Generation's strong showing surprised Erbil.",
      '2024-10-22',
    );
    expect(namesOf(found)).not.toContain('Génération.s');
    expect(found).toContainEqual(['Kurdistan Region', 'Kurdistan Region']);
  });

  it('does not read the Russian word for "news" as the paper Izvestia, whose name is its plural', () => {
    const found = find(
      'Известие о перемирии вызвало бурю в Ереване. Газета «Известия» сообщила об этом.',
      '2020-11-10',
    );
    expect(found.filter(([, name]) => name === 'Izvestia').map(([surface]) => surface)).toEqual(['Известия']);
  });

  it('reads "GNA" as Libya’s Government of National Accord or the Ghana News Agency by the story', () => {
    const libya = find(
      "Libya's UN-backed Government of National Accord said on Sunday that forces loyal to Khalifa Haftar had " +
        'struck Tripoli. The GNA called for a truce.',
      '2019-04-07',
    );
    expect(libya).toContainEqual(['GNA', 'Government of National Accord (Libya)']);
    const ghana = find(
      'ACCRA, March 5 (GNA) - President Nana Akufo-Addo said Ghana would keep its fiscal targets, the Ghana News ' +
        'Agency reports.',
      '2019-03-05',
    );
    expect(ghana).toContainEqual(['GNA', 'Ghana News Agency']);
  });

  it('reads a word before "Minister" as the portfolio, not a person of that surname', () => {
    const found = find(
      'Communications Minister Mitch Fifield and Jobs Minister Michaelia Cash told him.',
      '2018-08-24',
    );
    expect(found.map(([surface]) => surface)).not.toContain('Jobs');
    expect(found).toContainEqual(['Michaelia Cash', 'Michaelia Cash']);
  });

  it('keeps a bare surname for the story’s subject after a parent named in passing', () => {
    const text =
      'Uddhav Thackeray resigned as Chief Minister. The rebels invoked Shiv Sena founder Balasaheb Thackeray. ' +
      'Thackeray had announced his resignation on Facebook.';
    expect(find(text, '2022-06-30').filter(([surface]) => surface === 'Thackeray')).toEqual([
      ['Thackeray', 'Uddhav Thackeray'],
    ]);
  });

  it('reads a Greek by the everyday form of the given name the base writes formally', () => {
    const found = find('Golden Dawn leader Nikos Michaloliakos was convicted. Michaloliakos denied it.', '2020-10-07');
    expect(found).toContainEqual(['Nikos Michaloliakos', 'Nikolaos Michaloliakos']);
    expect(found).toContainEqual(['Michaloliakos', 'Nikolaos Michaloliakos']);
  });

  it('reads short forms the regional press writes: "PH" in a Philippine story, "Sena", "Wam", "MoFAIC"', () => {
    expect(
      find('PH wins arbitration case vs China. The Philippines welcomed the ruling.', '2016-07-12'),
    ).toContainEqual(['PH', 'Philippines']);
    expect(find('Anwar Ibrahim leads PH. The PH government in Malaysia said.', '2023-01-10')).toContainEqual([
      'PH',
      'Pakatan Harapan',
    ]);
    expect(find('The Shiv Sena split; the Sena rebels backed Eknath Shinde.', '2022-06-30')).toContainEqual([
      'Sena',
      'Shiv Sena',
    ]);
    const uae = find(
      'The UAE Ministry of Foreign Affairs and International Cooperation (MoFAIC) condemned the attack, Wam reported.',
      '2022-01-17',
    );
    expect(uae).toContainEqual(['MoFAIC', 'Ministry of Foreign Affairs of the United Arab Emirates']);
    expect(uae).toContainEqual(['Wam', 'Emirates News Agency']);
  });

  it('reads a company’s name through an abbreviation’s period when a lower-case word follows it', () => {
    expect(find('Kenya cancelled the deal. Solar Energy Corp. of India, a state firm, had signed it.')).toContainEqual([
      'Solar Energy Corp. of India',
      'Solar Energy Corporation of India',
    ]);
    // Before a capital, the period may end the sentence: "India" is then a name of its own.
    expect(find('The deal went to Solar Energy Corp. India said it would appeal.')).toContainEqual(['India', 'India']);
  });

  it('reads a shared agency acronym in a byline’s credit, beside the outlet or another agency', () => {
    const euronews = find(
      'Schoof sworn in\n\nBy Euronews with AP\n\nThe Netherlands has a new government.',
      '2024-07-02',
    );
    expect(euronews).toContainEqual(['AP', 'Associated Press']);
    expect(find('The talks ended without a deal.\n\nWith AP, AFP')).toContainEqual(['AP', 'Associated Press']);
    expect(find('The talks ended without a deal, Reuters and AP reported.')).toContainEqual(['AP', 'Associated Press']);
    // Alone, after "with", it is not read so: "the alliance with AP" may be a party or a state.
    expect(find('The coalition talks with AP ended.').map(([surface]) => surface)).not.toContain('AP');
  });

  it('reads a shared agency acronym in brackets after a dateline as the agency’s credit', () => {
    const story = 'Chileans reject constitution\n\nSANTIAGO, Chile (AP) — Chileans on Sunday rejected a draft charter.';
    expect(find(story, '2023-12-17')).toContainEqual(['AP', 'Associated Press']);
    expect(find('WEST PALM BEACH, Fla. (AP) - Trump spoke on Friday.', '2025-01-10')).toContainEqual([
      'AP',
      'Associated Press',
    ]);
    // Not after words in lower case, nor without the dash that starts the story: brackets alone say nothing.
    const names = (text: string) => find(text, '2023-12-17').map(([surface]) => surface);
    expect(names('Chileans reject the charter, the largest party (AP) — said in Santiago.')).not.toContain('AP');
    expect(
      names('Chileans reject constitution\n\nSANTIAGO, Chile (AP) said on Sunday the draft failed.'),
    ).not.toContain('AP');
  });

  it('reads a country’s name as the surname of a person named in full when the story names nothing else of it', () => {
    expect(find('O primeiro-ministro Luís Montenegro venceu. Montenegro disse que vai governar.')).toEqual([
      ['Luís Montenegro', 'Luís Montenegro'],
      ['Montenegro', 'Luís Montenegro'],
    ]);
    expect(find('Prime Minister Milojko Spajić of Montenegro met Luís Montenegro. Montenegro said.')).toContainEqual([
      'Montenegro',
      'Montenegro',
    ]);
  });

  it('reads a place’s name after a given name as the surname of a person the base does not know', () => {
    // A made-up person (Suriname's vice-president, Gregory Rusland, is in the base now): the rule is under test.
    const story =
      'Simons gekozen tot president\n\nOok de vicepresident werd gekozen: Hendrik Rusland, de voorzitter van de ' +
      'Nationale Partij Suriname (NPS). Simons en Rusland worden op 16 juli beëdigd.';
    const found = find(story, '2025-07-06');
    expect(found).toContainEqual(['Hendrik Rusland', 'unknown:Hendrik Rusland']);
    expect(found).toContainEqual(['Rusland', 'unknown:Hendrik Rusland']);
    // A story that names Russia otherwise keeps the country where it stands alone.
    const russia = find(`${story} Rusland en Oekraïne praten in Moskou met het Kremlin.`, '2025-07-06');
    expect(russia).toContainEqual(['Rusland', 'Russia']);
  });

  it('reads a Turkish body’s name with its case ending after the possessive, and a country before an office', () => {
    const story =
      'Erdoğan yeni kabineyi açıkladı\n\nHazine ve Maliye Bakanlığına Mehmet Şimşek getirildi. Dışişleri ' +
      "Bakanlığına ise Hakan Fidan getirildi. Göktaş, Türkiye'nin Cezayir Büyükelçisi olarak görev yapıyordu ve " +
      "daha önce Belçika'da Brüksel Bölge Parlamentosu'nda milletvekilliği yapmıştı. Bu kabine için bir ilk oldu.";
    const found = find(story, '2023-06-03');
    expect(found).toContainEqual(['Hazine ve Maliye Bakanlığına', 'Ministry of Treasury and Finance (Turkey)']);
    expect(found).toContainEqual(['Dışişleri Bakanlığına', 'Ministry of Foreign Affairs of Türkiye']);
    expect(found).toContainEqual(['Cezayir', 'Algeria']);
    expect(found).toContainEqual(['Belçika', 'Belgium']);
  });

  it('reads, of namesakes, the world figure when the others are minor figures of countries the story does not name', () => {
    const summit =
      'Costa eleito presidente do Conselho Europeu\n\nO acordo foi negociado por Donald Tusk e Kyriakos Mitsotakis ' +
      'pelo Partido Popular Europeu (PPE), Pedro Sánchez e Olaf Scholz pelos socialistas.';
    expect(find(summit, '2024-06-27')).toContainEqual(['Pedro Sánchez', 'Pedro Sánchez']);
    // In a Colombian story the Colombian minister is meant.
    const colombia = 'El ministro de Defensa de Colombia, Pedro Sánchez, viajó a Bogotá con Gustavo Petro.';
    expect(namesOf(find(colombia, '2025-06-01'))).not.toContain('Pedro Sánchez');
  });

  it('never reads a region’s parliament by the country-less "Parliament" of its country’s stories', () => {
    const story =
      'EU strikes AI deal\n\nBRUSSELS — Negotiators for the European Parliament and the Council of the EU reached ' +
      "a deal. Brando Benifei said that, thanks to Parliament's resilience, the law would pass. Belgium welcomed it.";
    expect(namesOf(find(story, '2023-12-09'))).not.toContain('Parliament of the Brussels-Capital Region');
  });

  it('leaves a bare surname to the person named first when a relative named after is named more often', () => {
    const story =
      'NEW YORK — Sen. Bob Menendez was convicted on Tuesday. Prosecutors said Menendez and his wife, Nadine ' +
      'Menendez, took bribes. A witness bought Nadine Menendez a car. Nadine Menendez will be tried separately. ' +
      'Menendez said he would appeal.';
    const bare = find(story, '2024-07-16').filter(([surface]) => surface === 'Menendez');
    expect(bare.length).toBe(2);
    expect(bare.every(([, name]) => name === 'Bob Menendez')).toBe(true);
  });

  it('reads the Spanish press’s "EU" as the United States, and "UE" as the European Union', () => {
    const story =
      'México envía a EU a 29 narcotraficantes\n\nEl gobierno de México envió ayer a los Estados Unidos a 29 ' +
      'presos, según la Fiscalía. También dijo que la UE y los países de América Latina fueron informados.';
    const found = find(story, '2025-02-27');
    expect(found).toContainEqual(['EU', 'United States']);
    expect(found).toContainEqual(['UE', 'European Union']);
    // In English, the European Union.
    expect(find('The EU and Mexico signed a trade deal on Friday in Brussels.', '2025-02-27')).toContainEqual([
      'EU',
      'European Union',
    ]);
  });

  it('declines a body’s Russian name from its first declinable noun, past a word that does not decline', () => {
    const found = find('Делегация Милли Меджлиса отменила визит. Спикер Жогорку Кенеша выступил.', '2025-07-01');
    expect(found).toContainEqual(['Милли Меджлиса', 'National Assembly of Azerbaijan']);
    expect(found).toContainEqual(['Жогорку Кенеша', 'Supreme Council of Kyrgyzstan']);
  });

  it('never reads a Persian courtesy title as part of a name', () => {
    const found = find('اسماعیل خطیب، وزیر اطلاعات دولت آقای رئیسی، در سمت خود باقی ماند.', '2024-08-21');
    expect(found.map(([surface]) => surface).join('|')).not.toContain('آقای');
  });

  it('never reads a body’s shared name followed by "of" and a country as another country’s body', () => {
    expect(find('The National Guard of Uzbekistan was deployed.').map(([, n]) => n)).not.toContain(
      'National Guard (United States)',
    );
  });

  it('reads a word opening a sentence as a word when the story writes it in lower case, until its person is named', () => {
    expect(
      find('Law criminalising secession takes effect. The law was passed. Joshua Wong and Nathan Law quit.').map(
        ([s]) => s,
      ),
    ).toEqual(['Joshua Wong', 'Nathan Law']);
  });
  it('reads a movement’s or party’s name with its last word in lower case, and French country names as French writes them', () => {
    expect(find('Results showed the Sadrist movement winning 73 seats.', '2021-10-11')).toContainEqual([
      'Sadrist movement',
      'Sadrist Movement',
    ]);
    expect(find('Emmanuel Macron, rentré d’une visite d’État en Arabie saoudite, parlera jeudi.')).toContainEqual([
      'Arabie saoudite',
      'Saudi Arabia',
    ]);
  });
  it('reads Telegram the app mid-sentence, however little else the story says about its home country', () => {
    expect(find('Residents posted updates on Telegram as the authorities sought to control the news.')).toEqual([
      ['Telegram', 'Telegram'],
    ]);
    expect(find('He sent a telegram to the embassy.')).toEqual([]);
  });
  it('reads a name that is also a place as the place after "of", even when a person of that surname is named', () => {
    const found = find(
      'Rep. Jim Jordan chairs the committee. Jordan said the vote would happen. King Abdullah of Jordan met him.',
    );
    expect(found).toContainEqual(['Jordan', 'Jim Jordan']);
    expect(found.at(-1)).toEqual(['Jordan', 'Jordan']);
  });
  it('takes the country a story names most often as its own, though it names more actors of another once each', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Токаев заявил, что Казахстан справится с кризисом. Касым-Жомарт Токаев ' +
      'обратился к гражданам Казахстана. Владимир Путин, Дмитрий Песков и Сергей Лавров выразили поддержку. ' +
      'Касым-Жомарт Токаев возглавил Совет безопасности. В Казахстане введено чрезвычайное положение.';
    expect(find(text, '2022-01-06')).toContainEqual(['Совет безопасности', 'Security Council of Kazakhstan']);
  });
  it('reads the short names of electoral tribunals, constitutional councils and prosecutors in a story about their country', () => {
    const found = find(
      "Guatemala's Supreme Electoral Tribunal certified the result. Bernardo Arévalo won the runoff in Guatemala, " +
        'though the Public Ministry sought to suspend his party. The Supreme Electoral Tribunal said the vote stood.',
      '2023-09-01',
    );
    expect(found.filter(([s]) => s === 'Supreme Electoral Tribunal').map(([, n]) => n)).toEqual([
      'Supreme Electoral Tribunal of Guatemala',
      'Supreme Electoral Tribunal of Guatemala',
    ]);
    expect(found).toContainEqual(['Public Ministry', 'Public Ministry of Guatemala']);
  });
  it('reads a name with a quoted nickname inside it whole, whether or not the alias writes the nickname', () => {
    expect(
      find('Senator Ronald "Bato" dela Rosa and Christopher “Bong” Go met Ferdinand "Bongbong" Marcos Jr. on Monday.'),
    ).toEqual([
      ['Ronald "Bato" dela Rosa', 'Ronald dela Rosa'],
      ['Christopher “Bong” Go', 'Bong Go'],
      ['Ferdinand "Bongbong" Marcos Jr', 'Ferdinand Marcos Jr.'],
    ]);
  });
  it('reads an Arabic body named without its country in a story about that country', () => {
    const text =
      'أعلن المجلس الرئاسي الليبي الحداد في ليبيا بعد الفيضانات في درنة. وقال رئيس مجلس النواب عقيلة صالح إن ' +
      'مجلس النواب خصص ميزانية طارئة، فيما دعا المجلس الرئاسي إلى الوحدة.';
    const found = find(text, '2023-09-12');
    expect(found).toContainEqual(['مجلس النواب', 'House of Representatives (Libya)']);
    expect(found.filter(([s]) => s === 'المجلس الرئاسي').map(([, n]) => n)).toEqual(['Presidential Council (Libya)']);
  });
  it('reads a country named before the words of an office in Turkish, not as part of a longer name', () => {
    // Mid-paragraph, in ordinary case: a sentence of capitalized words alone reads as a headline, where a capital
    // says nothing about a longer name.
    const found = find(
      'Tebrik mesajları peş peşe geldi. Katar Emiri Şeyh Temim bin Hamad Al Sani, Erdoğan’ı ilk tebrik eden ' +
        'liderler arasında yer aldı. Rusya Devlet Başkanı Vladimir Putin, Erdoğan’a gönderdiği mesajda seçimi kutladı.',
      '2023-05-29',
    );
    expect(found).toContainEqual(['Rusya', 'Russia']);
    expect(found).toContainEqual(['Katar', 'Qatar']);
  });
  it('reads a word the story first used as the surname of a person it does not know as that surname, not an acronym', () => {
    const found = find(
      'Congress leader Ajay Rai lost to Narendra Modi in Varanasi. Rai said he accepted the verdict.',
      '2024-06-05',
    );
    // The person is one the base does not know, found by the title before the name (unknown-people.ts).
    expect(found).toEqual([
      ['Congress', 'Indian National Congress'],
      ['Ajay Rai', 'unknown:Ajay Rai'],
      ['Narendra Modi', 'Narendra Modi'],
      ['Rai', 'unknown:Ajay Rai'],
    ]);
    // Without the person, the broadcaster.
    expect(find('Italian broadcaster Rai reported the result.')).toContainEqual(['Rai', 'RAI']);
  });
  it('reads a body the base names in English under the name its country’s French or Portuguese press uses', () => {
    const mali = find(
      'Le président malien Ibrahim Boubacar Keïta a démissionné au Mali. Au Mali, la Cour constitutionnelle est contestée.',
      '2020-08-19',
    );
    expect(mali).toContainEqual(['Cour constitutionnelle', 'Constitutional Court of Mali']);
    const mozambique = find(
      'Daniel Chapo foi proclamado em Moçambique. Em Moçambique, a Assembleia da República reuniu-se.',
      '2024-12-23',
    );
    expect(mozambique).toContainEqual(['Assembleia da República', 'Assembly of the Republic of Mozambique']);
  });
  it('reads "U.S. Attorney" as an office before a name, not as part of a longer name', () => {
    expect(find('U.S. Attorney Damian Williams said the verdict sent a message.', '2024-03-08')).toContainEqual([
      'Damian Williams',
      'Damian Williams',
    ]);
  });
  it('reads a shared acronym of one country’s group only in a story that names that country', () => {
    const text =
      "Under AUKUS, Australia's own submarines will be assembled by ASC in Adelaide, with reactors from Rolls-Royce.";
    const found = find(text, '2023-03-14');
    expect(found.map(([s]) => s)).toContain('Australia');
    // Australia's shipbuilder, not Cameroon's Ambazonia Self-Defence Council.
    expect(found).toContainEqual(['ASC', 'ASC Pty Ltd']);
    expect(namesOf(found)).not.toContain('Ambazonia Self-Defence Council');
  });
  it('reads an Arabic plural name in its -ين form too', () => {
    const found = find('وصدر بيان عن الإخوان المسلمين في مصر.', '2013-07-04');
    expect(found.map(([s]) => s)).toContain('الإخوان المسلمين');
  });
  it('reads "the House" as the lower house of the country the story is about', () => {
    const nepal = find(
      "KATHMANDU - Nepal's President dissolved the House of Representatives. Prime Minister Sushila Karki said the House would be elected in March.",
      '2025-09-13',
    );
    expect(nepal.filter(([s]) => s === 'House').map(([, n]) => n)).toEqual(['House of Representatives (Nepal)']);
    const us = find('WASHINGTON - Speaker Mike Johnson said the House would vote on Friday.', '2024-04-18');
    expect(us).toContainEqual(['House', 'United States House of Representatives']);
  });

  it('does not read a common word as the title-case form of an acronym', () => {
    // PLAN (China's navy) and RAND are also written as words in German; NATO's "Nato" stays a name.
    const found = find('Die Kommission erwartet von Österreich einen Plan. Am Rand des Treffens sprach die Nato.');
    expect(found.map(([s]) => s)).not.toContain('Plan');
    expect(found.map(([s]) => s)).not.toContain('Rand');
    expect(found).toContainEqual(['Nato', 'NATO']);
  });
  it('reads a German article after a surname as an article, not part of a longer name', () => {
    const text =
      'Bundeskanzler Karl Nehammer ist zurückgetreten, nachdem die Gespräche mit der SPÖ gescheitert sind. Van der Bellen hatte im Oktober dennoch Nehammer den Auftrag erteilt, weil keine andere Partei eine Mehrheit hatte.';
    expect(find(text, '2025-01-04').filter(([s]) => s === 'Nehammer')).toEqual([['Nehammer', 'Karl Nehammer']]);
  });
  it('does not read a country inside an institution’s name, known or not', () => {
    const found = find(
      'The Bank of Zambia raised its rate, a professor at the Pontifical Catholic University of Peru said.',
      '2024-05-01',
    );
    // Whether or not the base knows the longer name, the country is not named there.
    expect(found.filter(([, n]) => n === 'Zambia' || n === 'Peru')).toEqual([]);
    // Nor is an office or the government of a country part of a longer name.
    expect(find('The President of Zambia met the Government of Peru.').map(([s]) => s)).toEqual(['Zambia', 'Peru']);
  });
  it('reads a party name shared by two countries as the one of the country the story is about', () => {
    const found = find(
      'Yamandú Orsi, del Frente Amplio (FA), ganó la segunda vuelta en Uruguay. Orsi asumirá en marzo.',
      '2024-11-25',
    );
    expect(found).toContainEqual(['Frente Amplio', 'Broad Front (Uruguay)']);
    expect(found).toContainEqual(['FA', 'Broad Front (Uruguay)']);
  });
  it('reads a Russian body name without its country as the body of the country the story is about', () => {
    const found = find(
      'Президент Молдовы Майя Санду заявила, что Центральная избирательная комиссия (ЦИК) Молдовы объявит итоги. ЦИК сообщила о явке.',
      '2024-11-04',
    );
    expect(found.filter(([s]) => s === 'ЦИК').map(([, n]) => n)).toEqual([
      'Central Electoral Commission of Moldova',
      'Central Electoral Commission of Moldova',
    ]);
    expect(find('Делегация РФ прибыла в Женеву.')).toContainEqual(['РФ', 'Russia']);
  });
  it('reads an Arabic servant-of name with or without the space', () => {
    const found = find('قال رئيس الوزراء الشيخ أحمد عبدالله الأحمد الصباح إن الحكومة مستعدة.', '2024-05-10');
    expect(found).toContainEqual(['أحمد عبدالله الأحمد الصباح', 'Ahmad Abdullah Al-Ahmad Al-Sabah']);
  });
  it('reads "the Public Health Ministry" as the ministry its country names "of Public Health"', () => {
    const found = find("Thailand's Public Health Ministry said on Monday that cases rose.", '2025-07-28');
    expect(found).toContainEqual(['Public Health Ministry', 'Ministry of Public Health (Thailand)']);
  });

  it('reads a German name shared by two countries as the one of the country the story is about', () => {
    const swiss = find(
      'Bern – Die Vereinigte Bundesversammlung hat Beat Jans in den Bundesrat gewählt, nachdem er im dritten Wahlgang die Mehrheit erreicht hatte. Der Bundesrat der Schweiz zählt sieben Mitglieder, und die Schweiz wählt ihn nach jeder Wahl des Parlaments neu.',
      '2023-12-13',
    );
    expect(swiss.filter(([s]) => s === 'Bundesrat').map(([, n]) => n)).toEqual([
      'Swiss Federal Council',
      'Swiss Federal Council',
    ]);
  });
  it('reads an acronym compounded with a German noun as the acronym', () => {
    const text =
      'Bundeskanzler Olaf Scholz hat die Entlassung des FDP-Vorsitzenden Christian Lindner beantragt, nachdem der Streit über den Haushalt nicht beigelegt werden konnte. Die Regierung aus SPD, Grünen und FDP ist damit am Ende.';
    expect(find(text, '2024-11-07').filter(([s]) => s === 'FDP')).toHaveLength(2);
  });
  it('reads a body after a one-letter article opening a dateline’s sentence', () => {
    const found = find(
      'Luanda, 08 set 2022 (Lusa) – O Tribunal Constitucional de Angola indeferiu hoje o recurso da UNITA contra a vitória de João Lourenço. O Tribunal Constitucional considerou o recurso improcedente.',
      '2022-09-08',
    );
    // The first is followed by its country, itself marked: "de Angola" is no longer name.
    expect(found.filter(([s]) => s === 'Tribunal Constitucional').map(([, n]) => n)).toEqual([
      'Constitutional Court of Angola',
      'Constitutional Court of Angola',
    ]);
  });
  it('reads a French institution’s name with its adjectives in lower case', () => {
    const found = find(
      'À Madagascar, la Haute Cour constitutionnelle a invité le colonel Michael Randrianirina à exercer les fonctions de chef de l’État.',
      '2025-10-14',
    );
    expect(found).toContainEqual(['Haute Cour constitutionnelle', 'High Constitutional Court of Madagascar']);
  });

  it('reads Polish names in their case forms', () => {
    const found = find(
      'Karol Nawrocki wygrał wybory prezydenckie w Polsce i zastąpi Andrzeja Dudę. Premier Donald Tusk zwróci się do Sejmu o wotum zaufania.',
      '2025-06-02',
    );
    expect(found).toContainEqual(['Polsce', 'Poland']);
    expect(found).toContainEqual(['Andrzeja Dudę', 'Andrzej Duda']);
    expect(found).toContainEqual(['Sejmu', 'Sejm']);
    // Foreign leaders under their Polish names, declined too.
    const foreign = find(
      'Nawrockiemu pogratulował prezydent Ukrainy Wołodymyr Zełenski. Rzecznik Kremla powiedział, że Putina to nie interesuje.',
      '2025-06-02',
    );
    expect(foreign).toContainEqual(['Ukrainy', 'Ukraine']);
    expect(foreign).toContainEqual(['Wołodymyr Zełenski', 'Volodymyr Zelensky']);
    expect(foreign).toContainEqual(['Putina', 'Vladimir Putin']);
  });

  it('reads the first of a Spanish name’s two surnames alone, unless it is a given name', () => {
    const found = find(
      'El presidente Mario Abdo Benítez felicitó a Santiago Peña. Abdo dijo que el Partido Colorado ganó. José Raúl Mulino, presidente de Panamá, también felicitó a Peña; Raúl habló después.',
      '2023-05-01',
    );
    expect(found).toContainEqual(['Abdo', 'Mario Abdo Benítez']);
    expect(found.map(([s]) => s)).not.toContain('Raúl');
  });

  it('reads an acronym many countries’ outlets share as the one of the country the story is about', () => {
    // CNA is Taiwan's Central News Agency and Singapore's Channel NewsAsia: in a byline of a Taiwanese story, Taiwan's.
    const taiwan = find(
      "Lai wins presidency\n\nBy Staff writer, with CNA\n\nDemocratic Progressive Party (DPP) presidential candidate Lai Ching-te won Taiwan's presidential election yesterday, defeating the Kuomintang's Hou Yu-ih. Taiwan's voters also elected the Legislative Yuan.",
      '2024-01-14',
    );
    expect(taiwan).toContainEqual(['CNA', 'Central News Agency (Taiwan)']);
    const us = find(
      'WASHINGTON - Senator Mitch McConnell said on ABC that Congress disagreed with Joe Biden.',
      '2024-05-01',
    );
    expect(us.filter(([s]) => s === 'ABC').map(([, n]) => n)).toEqual(['ABC News']);
  });

  it('reads a page where a body it does not know holds a known name and a surname is bare (it had thrown)', () => {
    // Pakistan Today on the Aasia Bibi verdict: the unknown bodies dropped known mentions inside them, and the
    // bare surnames were then looked up by their old places in the list, past its end.
    const text =
      "A three-member bench headed by Chief Justice of Pakistan (CJP) Mian Saqib Nisar and comprising Justice Asif Saeed Khosa and Justice Mazhar Alam Khan Miankhel accepted her appeal and set aside the 2014 judgement of the Lahore High Court (LHC), which had upheld the death sentence handed down by a trial court in Nankana Sahib in November 2010. The bench had reserved its verdict on October 8 after hearing arguments in the appeal.\n\nThe case drew international attention and deeply divided Pakistan. In January 2011, Punjab Governor Salmaan Taseer, who had visited Bibi in jail and called for a review of the blasphemy laws, was shot dead in Islamabad by his police guard Mumtaz Qadri. Two months later, Federal Minister for Minorities Affairs Shahbaz Bhatti, who had also spoken out on her behalf, was assassinated in the capital. Mumtaz Qadri was hanged in 2016.\n\nBibi's lawyer, Saiful Malook, welcomed the decision and said it showed that the poor and the minorities could get justice in the country. She is currently held in a jail in Multan. Her husband Ashiq Masih and their family have been living in hiding, and rights groups said there were serious concerns for their safety after her release.";
    const found = find(text, '2018-10-31');
    expect(found).toContainEqual(['Asif Saeed Khosa', 'Asif Saeed Khosa']);
    expect(found).toContainEqual(['Lahore High Court', 'Lahore High Court']);
  });

  it('reads a ruler’s Arabic surname after the word for forces or regime as the ruler of the day', () => {
    const text = 'قاتلت المعارضة قوات الأسد قرب إدلب. ونفى نظام الأسد ذلك.';
    expect(find(text, '2018-09-18')).toEqual([
      ['الأسد', 'Bashar al-Assad'],
      ['الأسد', 'Bashar al-Assad'],
    ]);
    expect(namesOf(find(text, '1985-01-01'))).toEqual(['Hafez al-Assad', 'Hafez al-Assad']);
    // Alone, "الأسد" is also 'the lion'.
    expect(find('شاهدنا الأسد في حديقة الحيوان.', '2018-09-18')).toEqual([]);
  });

  it('reads a body’s name before "Center" or "Institute" as part of another body’s name', () => {
    // Egypt's Adalah Center for Rights and Freedoms is not Adalah, the Israeli legal centre.
    const found = find('Baqer, the director of the Adalah Center for Rights and Freedoms, was arrested in Cairo.');
    expect(found.map(([surface]) => surface)).not.toContain('Adalah');
    expect(find('Adalah, the legal centre, petitioned the court.')).toContainEqual(['Adalah', 'Adalah']);
  });

  it('reads a shared party name after a people’s adjective as part of a longer name', () => {
    const found = find('The US embassy issued an alert. The Amhara Democratic Party said it would investigate.');
    expect(found.map(([surface]) => surface)).not.toContain('Democratic Party');
    // A single party's name after such an adjective is that party: "Islamist" is no part of "Ennahda".
    expect(find("Tunisia's Islamist Ennahda party won the vote.")).toContainEqual(['Ennahda', 'Ennahda']);
  });

  it('reads an ambiguous place name as the country beside another country’s demonym', () => {
    const text = 'Villagers fear that parts of the gas pipeline to Georgia will end up on Azerbaijani territory.';
    expect(find(text)).toEqual([['Georgia', 'Georgia']]);
    expect(matcher.match(text, { date: '2024-05-09' })[0]?.id).toBe('Q230');
    // A US state's counter-cue still wins: "Georgia county officials" are the state's.
    expect(find('Georgia county officials and Mexican workers met on Monday.')).not.toContainEqual([
      'Georgia',
      'Georgia',
    ]);
  });

  it('reads an Arabic name with its last short vowel spelled either way', () => {
    // The base writes "Khalid bin Salman" and "Naim Qassem".
    expect(
      find(
        'Saudi defence minister Khaled bin Salman met Hezbollah leader Naim Qassim. Qassim said the talks went well.',
      ),
    ).toEqual([
      ['Khaled bin Salman', 'Khalid bin Salman Al Saud'],
      ['Hezbollah', 'Hezbollah'],
      ['Naim Qassim', 'Naim Qassem'],
      ['Qassim', 'Naim Qassem'],
    ]);
  });

  it('reads the other usual spellings of a common Arabic given name', () => {
    // The base writes "Mohamed al-Halbousi".
    const found = find("Parliament speaker Mohammed al-Halbousi's bloc came second in the vote in Iraq.", '2021-10-12');
    expect(found).toContainEqual(['Mohammed al-Halbousi', 'Mohamed al-Halbousi']);
  });
});

describe('ministries named as the press of their country’s language names them', () => {
  it('reads a place or a body written on into a longer name in Chinese or Japanese as that name, not itself', () => {
    // The Taiwan Strait, Japan time, the Sea of Japan: no Taiwan, no Japan; a navy written onto a country's name is
    // that country's navy.
    expect(find('台湾海峡の平和と安定を確認した。日本時間19日未明に発表された。', '2023-08-19')).toEqual([]);
    expect(find('日本海で中国海軍の艦艇が確認された。', '2024-04-10')).toEqual([
      ['中国海軍', "People's Liberation Army Navy"],
    ]);
    // The Mainland Affairs Council, whose full name opens with the Executive Yuan's (the Japanese press writes it
    // whole, 行政院大陸委員会); the State Council before its premier is the State Council.
    expect(find('行政院大陸委員會今天表示遺憾。', '2024-04-10')).toEqual([
      ['行政院大陸委員會', 'Mainland Affairs Council'],
    ]);
    expect(find('大陸委員會今天表示遺憾。', '2024-04-10')).toEqual([['大陸委員會', 'Mainland Affairs Council']]);
    expect(find('国务院总理李强出席。', '2023-03-11')).toContainEqual([
      '国务院',
      "State Council of the People's Republic of China",
    ]);
  });

  it('reads a Japanese surname in kanji with an office written after it as the person, as NHK writes it', () => {
    expect(find('石破首相 自民党総裁を辞任する意向表明', '2025-09-07')).toContainEqual(['石破', 'Shigeru Ishiba']);
    expect(find('石破総理大臣は7日夜、記者会見しました。', '2025-09-07')).toEqual([['石破', 'Shigeru Ishiba']]);
    // A courtesy title does not say which person of the name; nor does a word that is no office.
    expect(find('石破氏は7日夜、記者会見しました。', '2025-09-07')).toEqual([]);
    expect(find('石破政権の閣僚が述べました。', '2025-09-07')).toEqual([]);
    expect(find('森山幹事長と茂木外相が会談した。', '2025-09-07')).toEqual([
      ['森山', 'Hiroshi Moriyama'],
      ['茂木', 'Toshimitsu Motegi'],
    ]);
    // Only at the start of a run of kanji: "親石破派議員" (lawmakers of the pro-Ishiba camp).
    expect(find('親石破派議員が集まった。', '2025-09-07')).toEqual([]);
    // A surname many share (鈴木) names no one by a party's office, nor a prime minister of the 1980s in 2025; before a
    // national office it names the well-known person of it in office that year (the cabinet's minister).
    expect(find('鈴木総務会長と小泉農林水産大臣と林官房長官が述べました。', '2025-09-07')).toEqual([
      ['小泉', 'Shinjiro Koizumi'],
      ['林', 'Yoshimasa Hayashi'],
    ]);
  });

  it('reads a katakana surname before an office that runs on into a verb ("デウバ首相率いる", led by PM Deuba)', () => {
    expect(find('下院選では、デウバ首相率いるネパール会議派が89議席を獲得した。', '2022-12-25', 'ja')).toContainEqual([
      'デウバ',
      'Sher Bahadur Deuba',
    ]);
  });

  it("reads the Persian press's bare \"وزارت دفاع\" as no ministry by itself, though it is Pakistan's ministry's Urdu name", () => {
    const found = find('جبل‌الطارق نفتکش را توقیف کرد. وزارت دفاع اعلام کرد. لندن و تهران.', '2019-07-05', 'fa');
    expect(namesOf(found)).not.toContain('Ministry of Defence (Pakistan)');
    expect(find('وزارت دفاع پاکستان اعلام کرد.', '2019-07-05', 'fa')).toContainEqual([
      'وزارت دفاع پاکستان',
      'Ministry of Defence (Pakistan)',
    ]);
  });

  it('declines a given name of two letters ("Яна Куцяка", of Ján Kuciak)', () => {
    expect(find('Словакия помнит убийство журналиста Яна Куцяка.', '2018-03-01', 'ru')).toContainEqual([
      'Яна Куцяка',
      'Ján Kuciak',
    ]);
  });

  it('reads a katakana surname before a vice-minister’s office ("ミスリ外務次官")', () => {
    expect(find('インド外務省のミスリ外務次官は記者会見で述べた。', '2025-05-07', 'ja')).toContainEqual([
      'ミスリ',
      'Vikram Misri',
    ]);
  });

  it('reads a Korean name with the copula written onto it ("말레이시아입니다")', () => {
    expect(find('내년 APEC 의장국은 말레이시아입니다.', '2019-10-31', 'ko')).toContainEqual(['말레이시아', 'Malaysia']);
    expect(find('차기 의장국은 말레이시아였다.', '2019-10-31', 'ko')).toContainEqual(['말레이시아', 'Malaysia']);
  });

  it('reads a Korean surname with an office after it as the person named in full before, as Yonhap writes it', () => {
    const yoon = find(
      '헌법재판소가 4일 윤석열 대통령을 파면했다. 윤 대통령은 이날 오전 관저에 머물렀다.',
      '2025-04-04',
    );
    expect(yoon).toContainEqual(['윤', 'Yoon Suk Yeol']);
    // "전" before an office is 'former', not the surname Jeon; "문 전 대통령" is the former president Moon.
    expect(
      find('윤석열 전 대통령의 배우자 김건희 여사가 구속됐다. 김 여사는 윤 전 대통령과 함께 수감됐다.', '2025-08-12'),
    ).toEqual([
      ['윤석열', 'Yoon Suk Yeol'],
      ['김건희', 'Kim Keon-hee'],
      ['김', 'Kim Keon-hee'],
      ['윤', 'Yoon Suk Yeol'],
    ]);
    // Without an office the syllable is a word: "이 문제는" is 'this problem'.
    expect(
      find('이재명 대표는 기자들과 만났다. 이 문제는 국회에서 다룬다.', '2024-06-01').filter(([s]) => s === '이'),
    ).toEqual([]);
    // Of two named in full, the one whose full name the same office followed.
    const lees = find(
      '이재명 대통령은 49.42%를 얻었다. 이준석 후보는 8.34%를 얻었다. 이 대통령은 국무총리 후보자로 김민석 의원을 지명했다.',
      '2025-06-04',
    );
    expect(lees.filter(([s]) => s === '이')).toEqual([['이', 'Lee Jae-myung']]);
  });

  it('reads a kanji surname that the run of kanji goes on from as the start of another name', () => {
    const found = find(
      '林芳正官房長官は27日の記者会見で述べた。中国外務省の林剣報道官は記者会見で確認中だと述べた。林官房長官は遺憾だとした。',
      '2024-08-27',
    );
    expect(found.filter(([s]) => s === '林')).toEqual([['林', 'Yoshimasa Hayashi']]);
  });

  it('reads a name with a place’s or an organization’s ending written onto it as that other name', () => {
    // Ho Chi Minh City and the youth union named after him are not the man.
    const vietnam = find('他曾任胡志明共产主义青年团中央第一书记，后来到胡志明市工作。', '2024-03-21');
    expect(vietnam.filter(([, name]) => name === 'Ho Chi Minh')).toEqual([]);
    // A country's name that goes on into an insurer's is the insurer's (Nippon Export and Investment Insurance).
    expect(namesOf(find('国際協力銀行や日本貿易保険による出資で構成する。', '2025-07-23'))).not.toContain('Japan');
    expect(find('日本は米国に投資する。', '2025-07-23')).toContainEqual(['日本', 'Japan']);
  });

  it('reads a foreign leader’s two-character surname after an office, as the Chinese press writes it', () => {
    expect(find('美国总统拜登去年9月访问河内。', '2024-03-21')).toContainEqual(['拜登', 'Joe Biden']);
    // Without the office, two characters name no one on their own.
    expect(find('拜登去年9月访问河内。', '2024-03-21').map(([s]) => s)).not.toContain('拜登');
  });

  it('reads a world-famous person’s surname alone in Hebrew, Persian and Arabic, as "Trump" in English', () => {
    expect(find('ממשל טראמפ הודיע על הסכם חדש.', '2019-05-02')).toContainEqual(['טראמפ', 'Donald Trump']);
    expect(find('ترامپ روز دوشنبه گفت.', '2019-05-02')).toContainEqual(['ترامپ', 'Donald Trump']);
    // A Turkish surname written apart in Arabic is one surname: "أوغلو" ('-oğlu') alone is every such name's.
    const arabic = find('وقال مولود جاويش أوغلو إن أوغلو سيزور القاهرة.', '2022-11-20');
    expect(arabic).toContainEqual(['مولود جاويش أوغلو', 'Mevlüt Çavuşoğlu']);
    expect(namesOf(arabic)).not.toContain('Ekrem İmamoğlu');
  });

  it('reads a Hebrew acronym only with its gershayim: "חדש" is the word "new", not Hadash', () => {
    expect(find('בנימין נתניהו ביקש לשקול את החוק מחדש ולבנות סדר חדש.', '2024-06-25').map(([, n]) => n)).not.toContain(
      'Hadash',
    );
    expect(find('בנימין נתניהו תקף את חד"ש ואת חד״ש.', '2024-06-25')).toEqual([
      ['בנימין נתניהו', 'Benjamin Netanyahu'],
      ['חד"ש', 'Hadash'],
      ['חד״ש', 'Hadash'],
    ]);
  });

  it('reads a body’s name in Russian before another country’s name in the genitive as that country’s', () => {
    const tajik = find('По данным ГКНБ Таджикистана, огонь открыли киргизские пограничники.', '2022-09-18');
    expect(namesOf(tajik)).not.toContain('State Committee for National Security of Kyrgyzstan');
    expect(find('ГКНБ Киргизии сообщил о перестрелке.', '2022-09-18')).toContainEqual([
      'ГКНБ',
      'State Committee for National Security of Kyrgyzstan',
    ]);
  });

  it('reads a party’s name with another party’s acronym in brackets after it as that party', () => {
    const germany = find('中道左派・社会民主党（SPD）のオラフ・ショルツ氏が首相に選出された。', '2021-12-08');
    expect(germany).toContainEqual(['社会民主党', 'Social Democratic Party of Germany']);
    expect(find('日本の社会民主党は声明を出した。', '2021-12-08')).toContainEqual([
      '社会民主党',
      'Social Democratic Party (Japan)',
    ]);
  });

  it('reads a body’s name in Japanese or Chinese after another country’s name (and の) as that country’s', () => {
    const israel = find('イランと敵対するイスラエルの外務省報道官は声明を出した。', '2021-06-19');
    expect(namesOf(israel)).not.toContain('Ministry of Foreign Affairs of Japan');
    expect(find('日本の外務省は声明を出した。', '2021-06-19')).toContainEqual([
      '外務省',
      'Ministry of Foreign Affairs of Japan',
    ]);
    // Only written on: a country ending the sentence before says nothing of the body after it.
    expect(find('任建峰身處澳洲。  中國外交部發言人昨日回應。', '2023-07-04')).toContainEqual([
      '中國外交部',
      'Ministry of Foreign Affairs of China',
    ]);
  });

  it('reads a shared short name after a country’s name and の as that country’s, or none ("ロシアの下院")', () => {
    // "下院" alone is the American House in American stories; Russia's is no American one.
    const russia = find('米国は制裁を警告した。ロシアの下院は20日、罰則を強化する法案を可決した。', '2022-09-20', 'ja');
    expect(namesOf(russia)).not.toContain('United States House of Representatives');
    expect(find('米国の下院は20日、法案を可決した。', '2022-09-20', 'ja')).toContainEqual([
      '下院',
      'United States House of Representatives',
    ]);
  });

  it('does not read a shared short name glossing the word before it in brackets as another body ("国民議会（下院）")', () => {
    const france = find(
      '米国も注視する。マクロン氏は6月の国民議会（下院）選挙に向けて戦うと表明した。',
      '2022-04-24',
      'ja',
    );
    expect(namesOf(france)).not.toContain('United States House of Representatives');
  });

  it('reads a body after a country’s one letter in Japanese as that country’s ("英首相官邸" is no Japanese office)', () => {
    const britain = find(
      '英首相官邸は9日午後、ジョンソン氏の辞任を発表した。日本政府は注視している。',
      '2022-07-07',
      'ja',
    );
    expect(namesOf(britain)).not.toContain("Prime Minister's Office of Japan");
    expect(find('首相官邸は9日午後、発表した。', '2022-07-07', 'ja')).toContainEqual([
      '首相官邸',
      "Prime Minister's Office of Japan",
    ]);
  });

  it('reads "連邦最高裁" in an American story as the US Supreme Court, not Japan’s', () => {
    const found = find(
      'カバノー氏の連邦最高裁判事への就任が上院で承認された。米国の中間選挙。日本政府は注視する。',
      '2018-11-07',
      'ja',
    );
    expect(namesOf(found)).not.toContain('Supreme Court of Japan');
    expect(found).toContainEqual(['連邦最高裁', 'Supreme Court of the United States']);
  });

  it('reads an office after a country’s name, in Chinese, as that country’s: its holder is none of another’s', () => {
    // Angela Rayner is 雷纳 too; Honduras's foreign minister, Eduardo Enrique Reina, is not in the base.
    const honduras = find('洪都拉斯外长雷纳在北京同秦刚举行会谈。此前，总统已指示外长雷纳推动建交。', '2023-03-26');
    expect(namesOf(honduras)).not.toContain('Angela Rayner');
    expect(find('英国副首相雷纳表示。', '2024-09-10')).toContainEqual(['雷纳', 'Angela Rayner']);
    // Two office-holders of one country: Clare O'Neil, Australia's home affairs minister, is not Michelle O'Neill.
    const australia = find('澳洲外長黃英賢及內政部長奧尼爾發表聯合聲明。', '2023-07-03');
    expect(namesOf(australia)).not.toContain("Michelle O'Neill");
    expect(find('北爱尔兰首席部长奥尼尔表示。', '2024-09-03')).toContainEqual(['奥尼尔', "Michelle O'Neill"]);
  });

  it('reads a Korean word that is also a country’s name as the country only where a country is meant', () => {
    expect(find('국제사회와 함께 가용한 모든 수단을 동원해 대응하겠다고 밝혔다.', '2024-10-18')).toEqual([]);
    expect(find('수단 내전이 격화되면서 수단 정부는 지원을 요청했다.', '2024-10-18')).toEqual([
      ['수단', 'Sudan'],
      ['수단', 'Sudan'],
    ]);
  });

  it('reads "AFP" in a dateline as the agency, not the Australian Federal Police the story never names', () => {
    const text =
      'Wellington (AFP) - Australia and New Zealand sent aid flights to Tonga on Thursday. Australian Prime Minister ' +
      'Scott Morrison said Australia would send a navy ship, and Australia’s Foreign Minister Marise Payne said more ' +
      'help would follow.';
    expect(find(text, '2022-01-20')).toContainEqual(['AFP', 'Agence France-Presse']);
  });

  it('reads an army’s short Chinese name whose 军 opens the next word ("对台军售", arms sales) as no army', () => {
    expect(namesOf(find('他说，美国必须继续对台军售。', '2023-04-05'))).not.toContain('Republic of China Armed Forces');
  });

  it('reads Korean names joined by a middle dot as a list of people, as the Korean press writes them', () => {
    const found = find('최고위원에는 장동혁·김재원·인요한·김민전 후보가 선출됐다.', '2024-07-23');
    expect(found).toContainEqual(['김재원', 'Kim Jae-won']);
    expect(found).toContainEqual(['인요한', 'In Yo-han']);
  });

  it('reads a Korean surname and office as the person whose full name that office followed, one word on', () => {
    const text =
      '대법원은 이재명 대선 후보의 상고심에서 원심을 깼다. 이흥구·오경미 대법관은 반대의견을 냈다. 이 후보는 판결에 유감을 표했다.';
    expect(find(text, '2025-05-01').filter(([s]) => s === '이')).toEqual([['이', 'Lee Jae-myung']]);
  });

  it('reads a Korean’s two-letter surname that is an English word only once the person is named in full', () => {
    expect(find('Trump wrote "JUSTICE IN AMERICA!" after the indictment.', '2025-09-25').map(([s]) => s)).not.toContain(
      'IN',
    );
  });

  it('reads a paper whose name is also a word after "told", "reported by" or "according to"', () => {
    expect(find('The story was first reported by The Australian on Monday.', '2022-08-16')).toContainEqual([
      'The Australian',
      'The Australian',
    ]);
    expect(find('The minister told The Australian he had not known.', '2022-08-16')).toContainEqual([
      'The Australian',
      'The Australian',
    ]);
    // Without such words, a demonym: "The Australian government".
    expect(
      find('The Australian government said on Monday it would act.', '2022-08-16').map(([, n]) => n),
    ).not.toContain('The Australian');
  });

  it('reads a person’s name after a ship’s prefix or the word for a carrier as the ship', () => {
    const names = (text: string) => namesOf(find(text, '2025-05-06'));
    expect(names('سقطت مقاتلة من على متن حاملة الطائرات "هاري ترومان" في البحر الأحمر.')).not.toContain(
      'Harry S. Truman',
    );
    expect(names('The USS Harry S. Truman sailed into the Red Sea.')).not.toContain('Harry S. Truman');
    expect(names('President Harry S. Truman ordered the airlift.')).toContain('Harry S. Truman');
  });

  it('reads Bulgarian names as the Bulgarian press writes them', () => {
    const found = find('Мария Габриел и Асен Василев се срещнаха в София. Народното събрание гласува.', '2023-06-06');
    expect(found).toContainEqual(['Мария Габриел', 'Mariya Gabriel']);
    expect(found).toContainEqual(['Асен Василев', 'Asen Vassilev']);
  });

  it('reads "Jnr" and "Snr", as the Commonwealth press writes them, as "Jr." and "Sr."', () => {
    expect(find('Under President Ferdinand Marcos Jnr, the Philippines has publicised its incidents.')).toContainEqual([
      'Ferdinand Marcos Jnr',
      'Ferdinand Marcos Jr.',
    ]);
    expect(find('Donald Trump Jnr said on Monday.')).toEqual([['Donald Trump Jnr', 'Donald Trump Jr.']]);
  });

  it('reads a short text in the language the page declares, which its few words cannot tell', () => {
    const read = (text: string, lang?: string) => find(text, '2024-06-01', lang);
    // A German headline: "Putins" is Putin in the genitive only in German.
    expect(read('Putins Sprecher widerspricht')).toEqual([]);
    expect(read('Putins Sprecher widerspricht', 'de-AT')).toEqual([['Putins', 'Vladimir Putin']]);
    // A Turkish one, whose ministry carries a case ending; a Spanish one, whose "EU" is the United States.
    expect(read('Dışişleri Bakanlığına göre', 'tr')).toEqual([
      ['Dışişleri Bakanlığına', 'Ministry of Foreign Affairs of Türkiye'],
    ]);
    expect(read('México envía a EU a 29 narcos')).toContainEqual(['EU', 'European Union']);
    expect(read('México envía a EU a 29 narcos', 'es-MX')).toContainEqual(['EU', 'United States']);
    // An English story on a site that declares German for every page: long enough to show it is not.
    const english = 'Kim Jong Un met the Trumps at the gala.';
    const filler = ' The talks in Geneva went on for hours, and the delegates left without a statement.'.repeat(14);
    expect(read(english, 'de')).toContainEqual(['Trumps', 'Donald Trump']);
    expect(read(english + filler, 'de')).toEqual([['Kim Jong Un', 'Kim Jong Un']]);
  });

  it('reads German ministries without their country in a story about Austria or Germany, and in the genitive', () => {
    const austria = find(
      'In Wien wurde die neue Regierung von Christian Stocker angelobt. Die Gespräche zwischen FPÖ und ÖVP scheiterten am Streit um das Innenministerium. Das Finanzministerium übernimmt ein Ökonom, und Beate Meinl-Reisinger übernimmt das Außenministerium. Eine Sprecherin des Innenministeriums sagte, dass der Minister bleibe.',
      '2025-03-03',
    );
    expect(austria).toContainEqual(['Innenministerium', 'Federal Ministry of the Interior (Austria)']);
    expect(austria).toContainEqual(['Finanzministerium', 'Federal Ministry of Finance (Austria)']);
    expect(austria).toContainEqual([
      'Außenministerium',
      'Federal Ministry for European and International Affairs (Austria)',
    ]);
    expect(austria).toContainEqual(['Innenministeriums', 'Federal Ministry of the Interior (Austria)']);
    const germany = find(
      'Bundeskanzler Olaf Scholz hat Christian Lindner entlassen. Wer Lindner im Finanzministerium nachfolgt, ließ Scholz offen. Das Auswärtige Amt antwortete auf Englisch.',
      '2024-11-07',
    );
    expect(germany).toContainEqual(['Finanzministerium', 'Federal Ministry of Finance (Germany)']);
    expect(germany).toContainEqual(['Auswärtige Amt', 'Federal Foreign Office']);
  });

  it('does not read a German ministry after another country’s adjective as the story’s own country’s', () => {
    const found = find(
      'In Wien wurde die neue Regierung von Christian Stocker angelobt, und die FPÖ und die ÖVP stritten. Das iranische Außenministerium kritisierte, dass das österreichische Innenministerium nicht reagierte. Österreich schwieg.',
      '2025-03-03',
    );
    expect(namesOf(found)).not.toContain('Federal Ministry for European and International Affairs (Austria)');
    expect(found).toContainEqual(['Innenministerium', 'Federal Ministry of the Interior (Austria)']);
  });

  it('reads French ministries without their country, or with its adjective, in a story about that country', () => {
    const gabon = find(
      'Au Gabon, le président Brice Oligui Nguema a reçu à Libreville les résultats publiés par le ministère de l’Intérieur.',
      '2024-11-20',
    );
    expect(gabon).toContainEqual(['ministère de l’Intérieur', 'Ministry of the Interior (Gabon)']);
    const mali = find(
      'Au Mali, le président de la transition Assimi Goïta a reçu à Bamako le rapport publié par le ministère de la Défense.',
      '2024-11-20',
    );
    expect(mali).toContainEqual(['ministère de la Défense', 'Ministry of Defence and Veterans Affairs (Mali)']);
    // Le Monde writes the portfolio in lower case; the country's adjective makes the ministry its country's anywhere.
    const france = find(
      "Emmanuel Macron a dissous l'Assemblée nationale. Le RN est en tête en France, selon les résultats publiés par le ministère de l'intérieur.",
      '2024-06-10',
    );
    expect(france).toContainEqual(["ministère de l'intérieur", 'Ministry of the Interior (France)']);
    const morocco = find(
      'Le ministère marocain des Affaires étrangères, dirigé par Nasser Bourita, a regretté la décision.',
      '2021-08-25',
    );
    expect(morocco).toContainEqual([
      'ministère marocain des Affaires étrangères',
      'Ministry of Foreign Affairs (Morocco)',
    ]);
  });

  it('reads Portuguese, Spanish and Italian ministries without their country in a story about that country', () => {
    const brazil = find(
      'Lula decretou intervenção federal em Brasília. Para o cargo de interventor, Lula nomeou Ricardo Cappelli, secretário-executivo do Ministério da Justiça.',
      '2023-01-09',
    );
    expect(brazil).toContainEqual(['Ministério da Justiça', 'Ministry of Justice and Public Security (Brazil)']);
    const colombia = find(
      'El presidente Gustavo Petro habló en Bogotá, Colombia. El Ministerio de Defensa informó que la Cancillería convocó al embajador.',
      '2024-05-01',
    );
    expect(colombia).toContainEqual(['Ministerio de Defensa', 'Ministry of National Defense (Colombia)']);
    expect(colombia).toContainEqual(['Cancillería', 'Ministry of Foreign Affairs (Colombia)']);
    const italy = find(
      'La presidente del Consiglio Giorgia Meloni ha parlato a Roma con Matteo Salvini e Antonio Tajani. In Italia il ministero dell’Interno ha diffuso i dati.',
      '2024-05-01',
    );
    expect(italy).toContainEqual(['ministero dell’Interno', 'Ministry of the Interior (Italy)']);
  });

  it('reads a Russian ministry’s acronym before a country in the genitive as that country’s ministry', () => {
    expect(find('МВД Казахстана сообщило о задержании более 4 тысяч человек.', '2022-01-09')).toEqual([
      ['МВД Казахстана', 'Ministry of Internal Affairs of Kazakhstan'],
    ]);
    expect(find('МВД России сообщило о задержании.', '2022-01-09')).toEqual([
      ['МВД России', 'Ministry of Internal Affairs (Russia)'],
    ]);
    expect(find('МИД Киргизии и МИД Казахстана провели консультации в Бишкеке.', '2022-01-09')).toEqual([
      ['МИД Киргизии', 'Ministry of Foreign Affairs (Kyrgyzstan)'],
      ['МИД Казахстана', 'Ministry of Foreign Affairs (Kazakhstan)'],
    ]);
    // Alone, in a story about Kazakhstan, it is Kazakhstan's; after another country's adjective it is not.
    const kazakh = find(
      'Президент Казахстана Касым-Жомарт Токаев заявил в Астане, что порядок восстановлен. МВД сообщило о задержаниях, а российский МИД выразил поддержку Токаеву.',
      '2022-01-09',
    );
    expect(kazakh).toContainEqual(['МВД', 'Ministry of Internal Affairs of Kazakhstan']);
    expect(namesOf(kazakh)).not.toContain('Ministry of Foreign Affairs (Kazakhstan)');
  });

  it('reads Ukrainian and Turkish ministries without their country in a story about that country', () => {
    const ukraine = find(
      'Міністр Андрій Сибіга заявив у Києві, що Україна вимагає пояснень. МВС готує відповідь.',
      '2025-01-10',
    );
    expect(ukraine).toContainEqual(['МВС', 'Ministry of Internal Affairs of Ukraine']);
    // After the story's own country's adjective, still its own; after another's, not.
    const adjectives = find(
      'Міністр Андрій Сибіга заявив у Києві, що Україна вимагає пояснень. Українське МВС готує відповідь.',
      '2025-01-10',
    );
    expect(adjectives).toContainEqual(['МВС', 'Ministry of Internal Affairs of Ukraine']);
    const russian = find(
      'Міністр Андрій Сибіга заявив у Києві, що Україна вимагає пояснень. Російське МВС мовчить.',
      '2025-01-10',
    );
    expect(russian.map(([s]) => s)).not.toContain('МВС');
    const turkey = find(
      "Cumhurbaşkanı Recep Tayyip Erdoğan Ankara'da Türkiye'nin kararını açıkladı. Adalet Bakanlığı soruşturma başlattı.",
      '2025-01-10',
    );
    expect(turkey).toContainEqual(['Adalet Bakanlığı', 'Ministry of Justice (Turkey)']);
  });

  it('reads an Arabic ministry without its country as the story’s own, but not before another country’s adjective', () => {
    const found = find(
      'قال الرئيس السوري بشار الأسد إن سوريا ستواصل القتال، وإن وزارة الداخلية اعتقلت مسلحين في سوريا، فيما انتقدت وزارة الداخلية الفرنسية القرار.',
      '2024-05-01',
    );
    // The French interior ministry, which the base does not name in Arabic, is not Syria's.
    expect(found.filter(([, name]) => name === 'Ministry of Interior (Syria)')).toEqual([
      ['وزارة الداخلية', 'Ministry of Interior (Syria)'],
    ]);
  });
});

describe('people as the press of their country names them', () => {
  it('reads a Vietnamese leader by the last word of the name, as the press calls him', () => {
    const found = find(
      "Vietnam's To Lam succeeds Trong\n\nPresident To Lam was elected to succeed Nguyen Phu Trong. Mr Trong died in July, and Lam's rise was swift.",
    );
    expect(found).toContainEqual(['Trong', 'Nguyễn Phú Trọng']);
    expect(found.filter(([s]) => s === 'Trong')).toHaveLength(2);
    expect(found).toContainEqual(['Lam', 'Tô Lâm']);
  });

  it('reads Thai and Ethiopian people by their first name after the full name', () => {
    // Neither has a short name written in knowledge/: the build derives it from the country's custom.
    expect(
      find('Move Forward leader Chaithawat Tulathon spoke first. Chaithawat said the party would appeal.'),
    ).toContainEqual(['Chaithawat', 'Chaithawat Tulathon']);
  });

  it('reads "PM" before a surname as a title, even after a demonym in a headline', () => {
    expect(
      find(
        'Mongolian PM Oyun-Erdene ousted in confidence vote\n\nPrime Minister Luvsannamsrain Oyun-Erdene lost the vote.',
        '2025-06-03',
      ),
    ).toContainEqual(['Oyun-Erdene', 'Luvsannamsrain Oyun-Erdene']);
  });

  it('reads a surname of a person whose full name the story settles on, though the name is shared', () => {
    // "Luisa González" is also another person's name: the story about Ecuador settles it, and her surname follows.
    const found = find(
      'Daniel Noboa defeated Luisa Gonzalez in Ecuador. Gonzalez said she would contest it.',
      '2025-04-14',
    );
    expect(found).toContainEqual(['Gonzalez', 'Luisa González']);
  });

  it('reads foreign people in their Polish case forms, and Czech names in Polish spelling', () => {
    const found = find(
      'Rozmowa Donalda Trumpa z Emmanuelem Macronem dotyczyła Ukrainy. Premier Petr Fiala spotkał się z Andrejem Babiszem. Rząd Petra Fiali upadł, a Babiszowi pogratulował Viktor Orbán.',
      '2025-10-05',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['Donalda Trumpa', 'Donald Trump'],
        ['Emmanuelem Macronem', 'Emmanuel Macron'],
        ['Andrejem Babiszem', 'Andrej Babiš'],
        ['Petra Fiali', 'Petr Fiala'],
        ['Babiszowi', 'Andrej Babiš'],
      ]),
    );
  });

  it('does not read a Polish case form of a surname after an office as that person, unnamed in full', () => {
    // "Seselja" is Šešelj's genitive in Polish, and the surname of an Australian senator in English.
    const found = find(
      'Foreign Minister Marise Payne and Senator Seselja said Canberra was disappointed.',
      '2022-04-20',
    );
    expect(namesOf(found)).not.toContain('Vojislav Šešelj');
  });

  it('reads a German full name after a capitalized noun, and a party after an article', () => {
    const found = find(
      'Die Staatsanwaltschaft hatte Milorad Dodik vorgeworfen, Entscheidungen des Hohen Repräsentanten Christian Schmidt missachtet zu haben. Das Gericht hat nun entschieden, und der Präsident will dagegen vorgehen. Bei der Wahl im Bundestag fehlten dem Kanzler die Stimmen. Lars Klingbeil sagte über seine Partei: "Die SPD steht." Olaf Scholz schwieg.',
      '2025-02-26',
    );
    expect(found).toContainEqual(['Christian Schmidt', 'Christian Schmidt']);
    expect(found).toContainEqual(['SPD', 'Social Democratic Party of Germany']);
  });

  it('reads an office in the press’s own language before a surname, and a body after it as the story’s own', () => {
    const chile = find(
      'José Antonio Kast sucederá a Gabriel Boric en marzo. El Presidente Boric, en tanto, felicitó al ganador en Chile.',
      '2025-12-15',
    );
    expect(chile.filter(([s]) => s === 'Boric')).toEqual([['Boric', 'Gabriel Boric']]);
    // Peru's Congress, not Mexico City's, though the story names Mexico too.
    const peru = find(
      'El Congreso del Perú destituyó a Pedro Castillo. México le ofreció asilo. Dina Boluarte juró ante el presidente del Congreso, José Williams.',
      '2022-12-07',
    );
    expect(peru).toContainEqual(['Congreso', 'Congress of the Republic of Peru']);
    expect(namesOf(peru)).not.toContain('Mexico City Congress');
  });

  it('does not take a family name written first for a given name, nor a number for a news site', () => {
    // "No" is the family name of No Kwang-chol, not a given name that would join "Senado" into a longer name.
    const found = find(
      'O Senado Federal aprovou a proposta em Brasília.\n\nNo Senado, Davi Alcolumbre foi eleito com 73 votos, e 444 deputados votaram na Câmara.',
      '2025-02-01',
    );
    expect(found).toContainEqual(['Senado', 'Federal Senate of Brazil']);
    expect(found.map(([s]) => s)).not.toContain('444');
  });

  it('does not read a street named after a person as that person', () => {
    const found = find(
      'واحتفل أنصار الرئيس قيس سعيد في شارع الحبيب بورقيبة وسط العاصمة تونس. Protesters marched down the rue Victor Hugo; Habib Bourguiba ruled Tunisia for three decades.',
      '2024-10-07',
    );
    expect(found.filter(([, name]) => name === 'Habib Bourguiba')).toEqual([['Habib Bourguiba', 'Habib Bourguiba']]);
  });

  it('reads a long French name with lower-case words past its seventh, and a party’s name as the Italian press writes it', () => {
    expect(
      find(
        "Alassane Ouattara, candidat du Rassemblement des houphouëtistes pour la démocratie et la paix (RHDP), l'emporte en Côte d'Ivoire.",
        '2025-10-27',
      ),
    ).toContainEqual([
      'Rassemblement des houphouëtistes pour la démocratie et la paix',
      'Rally of Houphouëtists for Democracy and Peace',
    ]);
    // In a story about Albania, its parties; not Italy's Partito democratico.
    const albania = find(
      'Il Partito socialista del primo ministro Edi Rama ha vinto le elezioni in Albania, davanti al Partito democratico di Sali Berisha.',
      '2025-05-12',
    );
    expect(albania).toContainEqual(['Partito socialista', 'Socialist Party of Albania']);
    expect(albania).toContainEqual(['Partito democratico', 'Democratic Party of Albania']);
  });

  it('reads a body’s name in British or American spelling, and "the Ministry of National Defence"', () => {
    expect(
      find('Soldiers of the Ethiopian National Defence Force entered Mekelle, Abiy Ahmed said.', '2020-11-28'),
    ).toContainEqual(['Ethiopian National Defence Force', 'Ethiopian National Defense Force']);
    expect(
      find(
        "Xi Jinping chaired the meeting in Beijing. The Ministry of National Defence announced that He Weidong had been expelled from China's army.",
        '2025-10-17',
      ),
    ).toContainEqual(['Ministry of National Defence', 'Ministry of National Defense of China']);
    // A two-word name keeps its own spelling: the Pentagon is the "Defense Department", Australia's the "Defence".
    const australia = find(
      "Australia's Department of Defence said Richard Marles would visit. The Defence Department gave no details.",
      '2024-03-01',
    );
    expect(namesOf(australia)).not.toContain('United States Department of Defense');
  });
});

describe('names the press of other languages writes in its own way', () => {
  it('reads the Italian press’s acronyms written as words, not given names nor parts of longer names', () => {
    const text =
      "Il vertice si è tenuto a Ginevra sotto l'egida dell'Onu. Secondo fonti della Farnesina, gli Usa hanno chiesto alla Bce di intervenire. Le forze della Lna hanno lasciato Sirte, e anche la ministra Ana Palacio è stata ascoltata.";
    const found = find(text, '2021-02-05');
    expect(found).toContainEqual(['Onu', 'United Nations']);
    expect(found).toContainEqual(['Usa', 'United States']);
    expect(found).toContainEqual(['Bce', 'European Central Bank']);
    expect(found).toContainEqual(['Lna', 'Libyan National Army']);
    expect(found.map(([surface]) => surface)).not.toContain('Ana');
    // The same word in an English text is no acronym: the British press writes so only four letters and more.
    expect(find('The Usa brand and the Bce label were sold in Milan, officials said on Monday.')).toEqual([]);
  });

  it('reads a country by the short name its press writes, not only the formal one', () => {
    expect(find("Il presidente ha parlato con gli Stati Uniti e con la Gran Bretagna dell'Olanda.")).toEqual(
      expect.arrayContaining([
        ['Stati Uniti', 'United States'],
        ['Gran Bretagna', 'United Kingdom'],
      ]),
    );
    expect(find('O Irã e os EUA negociaram em Omã, e a Tanzânia também.')).toEqual(
      expect.arrayContaining([
        ['Irã', 'Iran'],
        ['EUA', 'United States'],
      ]),
    );
    // i18n-iso-countries swaps the two Congos in Portuguese.
    expect(find('A República Democrática do Congo e a República do Congo assinaram o acordo.')).toEqual([
      ['República Democrática do Congo', 'Democratic Republic of the Congo'],
      ['República do Congo', 'Republic of the Congo'],
    ]);
  });

  it('reads "al" in Spanish as "a el", not as the particle of an Arabic name', () => {
    const found = find(
      'El expresidente Álvaro Uribe habló en Bogotá y Petro firmó el decreto en Colombia. Llegó al Senado en 2022 como cabeza de lista.',
      '2025-08-11',
    );
    expect(found).toContainEqual(['Senado', 'Senate of Colombia']);
  });

  it('reads a Ukrainian named by the Russian form of the given name, as the Russian press writes it', () => {
    expect(
      find('Командующий группировкой «Таврия» Александр Тарнавский заявил, что отход завершен.', '2024-02-17'),
    ).toEqual([['Александр Тарнавский', 'Oleksandr Tarnavskyi']]);
  });

  it('reads "and" attached to an Arabic name of two words, keeping the article the name opens with', () => {
    expect(find('قالت مصادر إن مصر والولايات المتحدة تقودان الوساطة مع قطر.', '2025-09-10')).toEqual([
      ['مصر', 'Egypt'],
      ['الولايات المتحدة', 'United States'],
      ['قطر', 'Qatar'],
    ]);
    // Not the Persian name of Al Arabiya in the Arabic adjective "Arab": ة and ه fold alike.
    expect(find('وتوالت الإدانات العربية والدولية على الهجوم.', '2025-09-10')).toEqual([]);
  });

  it('reads a Hebrew acronym written with gershayim or with the straight quote typed for it', () => {
    expect(find('דובר צה"ל אמר כי צה״ל תקף, ונשיא ארה"ב נפגש עם שר הביטחון ישראל כ"ץ.', '2025-06-20')).toEqual([
      ['צה"ל', 'Israel Defense Forces'],
      ['צה״ל', 'Israel Defense Forces'],
      ['ארה"ב', 'United States'],
      ['ישראל כ"ץ', 'Israel Katz'],
    ]);
    // After a prefix too ("בצה"ל", 'in the IDF'), the quote typed for the gershayim.
    expect(find('שני בניה נפלו בשירותם בצה"ל, ובנה השלישי משרת בצה״ל.', '2021-06-02')).toEqual([
      ['צה"ל', 'Israel Defense Forces'],
      ['צה״ל', 'Israel Defense Forces'],
    ]);
    // A straight quote elsewhere is a quotation mark, outside the name.
    expect(find('He said "Hamas" had agreed, officials in Cairo said on Monday.')).toContainEqual(['Hamas', 'Hamas']);
  });

  it('spells the izafat of Urdu names either way', () => {
    expect(
      find('Members of the Pakistan Tehreek-i-Insaf (PTI) and the Jamaat-i-Islami walked out.', '2025-11-13'),
    ).toEqual([
      ['Pakistan Tehreek-i-Insaf', 'Pakistan Tehreek-e-Insaf'],
      ['PTI', 'Pakistan Tehreek-e-Insaf'],
      ['Jamaat-i-Islami', 'Jamaat-e-Islami Pakistan'],
    ]);
  });

  it('reads no part of a quoted longer name as another actor', () => {
    const found = find(
      'Закон підписав Президент, а вже вночі його оприлюднила парламентська газета «Голос України». Фракція «Голос» голосувала проти.',
      '2025-07-23',
    );
    // The paper's name holds the party's: it is the paper (in the base since 5 December), not the party; the
    // party quoted alone, later, is the party.
    expect(found).toEqual([
      ['Голос України', 'Holos Ukrainy'],
      ['Голос', 'Holos'],
    ]);
  });

  it('reads the generic name of a one-chamber legislature and of a cabinet as the story’s country’s', () => {
    const guyana = find(
      "Guyana's Irfaan Ali was sworn in after the People's Progressive Party/Civic won 36 of the 65 seats in the National Assembly. Venezuela, which claims the Essequibo region, did not comment. The Cabinet met on Monday in Georgetown, Guyana.",
      '2025-09-07',
    );
    expect(guyana).toContainEqual(['National Assembly', 'Parliament of the Co-operative Republic of Guyana']);
    expect(guyana).toContainEqual(['Cabinet', 'Cabinet of Ministers of Guyana']);
    expect(namesOf(guyana)).not.toContain('National Assembly of Venezuela');
    // In an office's name the word is no cabinet: "Chief Cabinet Secretary", "Defence Cabinet Secretary".
    const japan = find(
      "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had lodged a protest with Beijing.",
      '2024-06-01',
    );
    expect(namesOf(japan)).not.toContain('Cabinet of Japan');
  });
});

describe('who a bare surname means', () => {
  it('is the long-retired leader the story names most, not a namesake in office named once', () => {
    const found = find(
      'Una jueza declaró culpable al expresidente Álvaro Uribe Vélez. Uribe, que gobernó entre 2002 y 2010, negó los cargos. Álvaro Uribe apelará. El senador Miguel Uribe Turbay, herido en junio, no fue mencionado.',
      '2025-07-28',
    );
    expect(found).toContainEqual(['Uribe', 'Álvaro Uribe']);
  });
});

describe('acronym pairs and places named like people', () => {
  it('reads two acronyms joined by a hyphen as a pair of actors, not a shouted headline', () => {
    expect(find('Officials met on Monday in Brussels. The EU-US deal and the UK-US talks went ahead.')).toEqual([
      ['EU', 'European Union'],
      ['US', 'United States'],
      ['UK', 'United Kingdom'],
      ['US', 'United States'],
    ]);
    expect(find('Officials met on Monday.\n\nUS-CHINA TRADE WAR RESUMES AS US TALKS FAIL')).not.toContainEqual([
      'US',
      'United States',
    ]);
  });

  it('does not read a place named as a person is, after a locative preposition, as a person', () => {
    const found = find('Officials met on Monday. The military base on Diego Garcia stays, said Jonathan Powell.');
    expect(found.map(([surface]) => surface)).not.toContain('Diego Garcia');
  });

  it('reads a German name with its adjectives declined, and not its last word alone as another actor', () => {
    const found = find(
      'Die Sprecherin der Europäischen Union sagte, laut der Deutschen Presse-Agentur habe beim Internationalen ' +
        'Währungsfonds niemand die Vereinten Nationen informiert. Die Europäische Union schwieg. Der Internationale ' +
        'Währungsfonds warnte.',
    );
    expect(found).toEqual([
      ['Europäischen Union', 'European Union'],
      ['Deutschen Presse-Agentur', 'Deutsche Presse-Agentur'],
      ['Internationalen Währungsfonds', 'International Monetary Fund'],
      ['Vereinten Nationen', 'United Nations'],
      ['Europäische Union', 'European Union'],
      ['Internationale Währungsfonds', 'International Monetary Fund'],
    ]);
  });

  it('reads "UN" and "U.N." inside a body’s name as the English press shortens "United Nations"', () => {
    expect(
      find('The Office of the UN High Commissioner for Human Rights and the U.N. Interim Force in Lebanon spoke.'),
    ).toEqual([
      [
        'Office of the UN High Commissioner for Human Rights',
        'Office of the United Nations High Commissioner for Human Rights',
      ],
      ['U.N. Interim Force in Lebanon', 'United Nations Interim Force in Lebanon'],
    ]);
  });

  it('reads an international body’s shared acronym without the story naming the country of its seat', () => {
    const found = find(
      'Hungary will leave the ICC, Viktor Orbán said as he welcomed Benjamin Netanyahu.',
      '2025-04-03',
    );
    expect(found).toContainEqual(['ICC', 'International Criminal Court']);
  });

  it('reads a foreigner named in Chinese by the transliterated surname alone, as the Chinese press names them', () => {
    const found = find('国家主席习近平在釜山同美国总统特朗普举行会晤。法国总统马克龙表示欢迎。', '2025-10-30');
    expect(found).toContainEqual(['特朗普', 'Donald Trump']);
    expect(found).toContainEqual(['马克龙', 'Emmanuel Macron']);
  });

  it('reads Chinese in traditional characters as in simplified, and Taiwan’s names for countries', () => {
    const text = '美國聯邦眾議院議長麥卡錫與總統蔡英文會面。蔡英文此行過境瓜地馬拉與貝里斯。';
    const found = find(text, '2023-04-06');
    expect(found).toContainEqual(['美國聯邦眾議院', 'United States House of Representatives']);
    expect(found).toContainEqual(['蔡英文', 'Tsai Ing-wen']);
    expect(found).toContainEqual(['瓜地馬拉', 'Guatemala']);
    expect(found).toContainEqual(['貝里斯', 'Belize']);
    // Offsets stay those of the page's own characters.
    const us = matcher.match(text, { date: '2023-04-06' })[0]!;
    expect([us.start, us.end]).toEqual([0, 7]);
  });

  it('reads a Chinese body’s name with "长" written onto it as its head’s title, not the body', () => {
    const text = '外交部長吳釗燮表示，外交部將持續關注。';
    const ministry = matcher.match(text, { date: '2023-04-06' }).filter((m) => text.slice(m.start, m.end) === '外交部');
    // The second "外交部" is the ministry; the first, the minister's title.
    expect(ministry.map((m) => m.start)).toEqual([text.indexOf('，') + 1]);
    expect(find(text, '2023-04-06')).toContainEqual(['吳釗燮', 'Joseph Wu']);
  });

  it('reads "HE" before a name as His Excellency, and a title that is also a surname as the title', () => {
    const found = find('GCC Secretary-General HE Jasem Mohamed Albudaiwi welcomed the agreement.', '2023-04-12');
    expect(found.map(([surface]) => surface)).not.toContain('HE');
    expect(found).toContainEqual(['Jasem Mohamed Albudaiwi', 'Jasem Mohamed Albudaiwi']);
    const mulk = find('The caretaker government of Prime Minister Justice (retd) Nasirul Mulk.', '2018-07-06');
    expect(mulk.map(([surface]) => surface)).not.toContain('Justice');
    // In a title-case headline a capitalized word after "Foreign" is no office-holder's surname.
    const headline = find('Parliament Adopts Foreign Agents Law in Third Reading\n\nThe Parliament of Georgia voted.');
    expect(headline.map(([surface]) => surface)).not.toContain('Law');
  });

  it('reads "Justice" in a compound title or before "of" as the title, not Jim Justice', () => {
    const text =
      'President John Dramani Mahama has suspended the Chief Justice, Justice Gertrude Torkornoo. By convention, ' +
      'the most senior Justice of the Supreme Court acts as Chief Justice.';
    expect(namesOf(find(text, '2025-04-22'))).not.toContain('Jim Justice');
  });

  it('reads a paragraph of several sentences as prose however many names it capitalizes', () => {
    // Read as a title-case headline, the paragraph let "Gabriel" stand for Robert Gabriel inside a longer name.
    const text =
      'The committee is chaired by Justice Gabriel Scott Pwamang, a Justice of the Supreme Court. The other ' +
      'members are Justice Samuel Kwame Adibu-Asiedu, also of the Supreme Court; Daniel Yaw Domelevo, a former ' +
      'Auditor-General; Major Flora Bazwaanura Dalugo of the Ghana Armed Forces; and Professor James Sefah Dzisah.';
    const found = find(text, '2025-04-22');
    expect(namesOf(found)).not.toContain('Robert Gabriel');
    expect(found.map(([surface]) => surface)).toContain('Gabriel Scott Pwamang');
  });

  it('reads a Hebrew name after a prefix that swallowed its article', () => {
    // "ובמחנה הממלכתי" is ו + ב + "המחנה הממלכתי": after ב, ל and כ the article ה is not written.
    const found = find('חברי הכנסת ובמחנה הממלכתי וברשימה המשותפת תקפו.', '2024-01-10');
    expect(namesOf(found)).toEqual(expect.arrayContaining(['National Unity', 'Joint List']));
    // "בית" opens a name too ("בית המשפט העליון"); where that reading leads nowhere, the article's is tried.
    const both = find('השר בבית היהודי אמר, והדיון בבית המשפט העליון נמשך.', '2018-11-14');
    expect(namesOf(both)).toEqual(expect.arrayContaining(['The Jewish Home', 'Supreme Court of Israel']));
  });

  it('reads Hebrew prefixes only in their order: "and" first, the article last', () => {
    // "השמאלי" is ה + "שמאלי" (the leftist), never ה + ש + "מאלי" (Mali); "ובמאלי" is ו + ב + "מאלי".
    expect(find('הוא הבטיח לשמור על הקו הכלכלי השמאלי של המפלגה.', '2020-04-04', 'he')).toEqual([]);
    expect(namesOf(find('הצבא הצרפתי נלחם ובמאלי ובניז׳ר.', '2020-04-04', 'he'))).toContain('Mali');
  });

  it('reads an initial written onto a surname as the person’s, and "El" for "al-"', () => {
    const text =
      'The campaign of the MPP, chaired by Prime Minister L.Oyun-Erdene, won. In 2020 under U.Khurelsukh the party won.';
    const found = find(text, '2024-06-29');
    expect(found).toContainEqual(['Oyun-Erdene', 'Luvsannamsrain Oyun-Erdene']);
    expect(found).toContainEqual(['Khurelsukh', 'Ukhnaagiin Khürelsükh']);
    // A middle initial is no initial of another person of the surname.
    const cohen = find('Michael D. Cohen testified on Tuesday. Cohen said he had lied.', '2019-03-24');
    expect(namesOf(cohen)).not.toContain('David S. Cohen');
    // Dabanga's "El Faki" is the knowledge base's "al-Faki".
    expect(find('Sovereign Council member Mohamed El Faki Suleiman was detained.', '2021-10-25')).toContainEqual([
      'Mohamed El Faki Suleiman',
      'Mohamed al-Faki Suleiman',
    ]);
    // Egypt Today's "Hanafy Gebaly", without the article the knowledge base writes ("Hanafy El Gebaly").
    expect(find('Speaker Hanafy Gebaly opened the session of the House.', '2024-07-03')).toContainEqual([
      'Hanafy Gebaly',
      'Hanafy El Gebaly',
    ]);
  });

  it('reads a Dutch minister’s portfolio after "van" as the portfolio', () => {
    // In a story that names Belgium, whose armed forces are also called "Defensie".
    const text =
      'Het onderzoeksteam bestond uit Nederland, Australië, België, Maleisië en Oekraïne. ' +
      "Girkin was in de zomer van 2014 de 'minister van Defensie' van de DNR, zei de rechtbank.";
    expect(namesOf(find(text, '2022-11-17'))).not.toContain('Belgian Armed Forces');
  });

  it('reads a country’s name run together with a Chinese ministry’s generic name as that country’s ministry', () => {
    const found = find('洪都拉斯外交部发表声明，表示与台湾断绝所谓“外交关系”。', '2023-03-26');
    expect(found).toContainEqual(['洪都拉斯外交部', 'Secretariat of Foreign Affairs (Honduras)']);
  });

  it('reads a one-sentence paragraph that lists ministers as prose, not a headline', () => {
    const text =
      'Among those detained are Minister of Cabinet Affairs Khalid Omer Yousif, Minister of Industry Ibrahim El ' +
      'Sheikh, Minister of Culture and Information Hamza Baloul, Sovereign Council member Mohamed El Faki Suleiman, ' +
      'Khartoum state governor Ayman Khalid and Faisal Mohamed Saleh, media advisor to the prime minister.';
    const names = namesOf(find(text, '2021-10-25'));
    expect(names).not.toContain('Abbas Ibrahim');
    expect(names).not.toContain('Saud al-Faisal');
  });

  it('reads Greek names in their case forms', () => {
    const text =
      'Ο Στέφανος Κασσελάκης εξελέγη πρόεδρος του ΣΥΡΙΖΑ, μετά την παραίτηση του Αλέξη Τσίπρα. Ο πρωθυπουργός ' +
      'Κυριάκος Μητσοτάκης και η κυβέρνηση του Κυριάκου Μητσοτάκη σχολίασαν.';
    const found = find(text, '2023-09-24');
    expect(found).toContainEqual(['Αλέξη Τσίπρα', 'Alexis Tsipras']);
    expect(found).toContainEqual(['Κυριάκου Μητσοτάκη', 'Kyriakos Mitsotakis']);
    expect(found).toContainEqual(['Στέφανος Κασσελάκης', 'Stefanos Kasselakis']);
  });

  it('reads a king "of" his country as the king and the country', () => {
    const found = find('Sultan Haitham bin Tarik of Oman and King Abdullah II of Jordan met in Cairo.', '2023-04-12');
    expect(found).toContainEqual(['Abdullah II', 'Abdullah II of Jordan']);
    expect(found).toContainEqual(['Jordan', 'Jordan']);
    // The rest of a prince's name after "bin" is his name's, not someone else's.
    expect(find('It was hosted by Crown Prince Mohammed bin Salman bin Abdulaziz al-Saud.', '2023-04-12')).toEqual([
      ['Mohammed bin Salman', 'Mohammed bin Salman'],
    ]);
  });

  it('reads "on" in Arabic as a word, though it folds as the name Ali does', () => {
    const found = find(
      'أعلن الرئيس الأمريكي دونالد ترامب اعتراف الولايات المتحدة بسيادة المغرب على الصحراء.',
      '2020-12-10',
    );
    expect(found.map(([surface]) => surface)).not.toContain('على');
    expect(found).toContainEqual(['دونالد ترامب', 'Donald Trump']);
  });

  it('reads a ministry of "internal affairs" named in full and then by its short name', () => {
    const text =
      'The Ministry of Internal Affairs of Georgia said 63 people were held in Tbilisi. The Ministry of Internal ' +
      'Affairs said all were released.';
    expect(find(text, '2024-05-14').filter(([surface]) => surface === 'Ministry of Internal Affairs')).toEqual([
      ['Ministry of Internal Affairs', 'Ministry of Internal Affairs of Georgia'],
    ]);
  });

  it('reads a Japanese name in kanji before the dot that joins it to an office', () => {
    const found = find('「5人衆」と呼ばれる松野博一・前官房長官、西村康稔・前経済産業相が会見した。', '2024-01-20');
    expect(found).toContainEqual(['松野博一', 'Hirokazu Matsuno']);
    expect(found).toContainEqual(['西村康稔', 'Yasutoshi Nishimura']);
  });

  it('reads a body of a country by its short name in a story about that country', () => {
    const found = find(
      'KUWAIT CITY - He was deputy chief of the National Guard and governor of Hawalli.',
      '2023-12-17',
    );
    expect(found).toContainEqual(['National Guard', 'Kuwait National Guard']);
  });

  it('reads no outlet in the tail of another outlet’s name after a place in a byline', () => {
    const found = find(
      'Parliament Ratifies Accession\n\nHungary Today\n\nThe Hungarian National Assembly voted.',
      '2024-02-26',
    );
    expect(found.map(([surface]) => surface)).not.toContain('Today');
  });

  it('reads a Korean name without the particle written onto it', () => {
    const found = find('헌법재판소가 윤석열 대통령의 파면을 결정했다. 미국과 중국은 북한을 비난했다.', '2025-04-04');
    expect(found).toEqual([
      ['헌법재판소', 'Constitutional Court of Korea'],
      ['윤석열', 'Yoon Suk Yeol'],
      ['미국', 'United States'],
      ['중국', 'China'],
      ['북한', 'North Korea'],
    ]);
  });

  it('reads a body’s name capitalized only at its first word, as the Guardian writes it', () => {
    const found = find(
      'The UN security council met after Israel struck Gaza. The European court of human rights ruled against ' +
        "Russia. Keir Starmer's Labour party won.",
      '2025-04-03',
    );
    expect(found).toContainEqual(['UN security council', 'United Nations Security Council']);
    expect(found).toContainEqual(['European court of human rights', 'European Court of Human Rights']);
    expect(found).toContainEqual(['Labour party', 'Labour Party']);
    // The two courts it writes wholly in lower case.
    expect(find('Hungary will leave the international criminal court, Orbán said.')).toContainEqual([
      'international criminal court',
      'International Criminal Court',
    ]);
    // Not a common noun after an adjective, nor a country's body after its possessive (read as two).
    expect(find('Iran is an Islamic state, Hamas said.').map(([surface]) => surface)).not.toContain('Islamic state');
    expect(find("Ukraine's air force said it downed 40 drones.")).toContainEqual(['Ukraine', 'Ukraine']);
  });

  it('reads "Bundesregierung" as Germany’s government in a German story, and as Austria’s in an Austrian one', () => {
    const german =
      'Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen zu verlängern. Bundeskanzler Olaf Scholz (SPD) ' +
      'sagte in Berlin, Deutschland stehe fest an der Seite der Ukraine. Finanzminister Christian Lindner (FDP) ' +
      'kritisierte die Kosten.';
    expect(find(german, '2024-05-01')).toContainEqual(['Bundesregierung', 'Cabinet of Germany']);
    const austrian =
      'Die Bundesregierung in Wien hat am Mittwoch beschlossen, die Hilfen zu verlängern. Bundeskanzler Karl ' +
      'Nehammer (ÖVP) sagte, Österreich und die FPÖ streiten.';
    expect(find(austrian, '2024-05-01')).toContainEqual(['Bundesregierung', 'Federal Government of Austria']);
    expect(namesOf(find(austrian, '2024-05-01'))).not.toContain('Cabinet of Germany');
  });

  it('reads a foreign name written with a middle dot in Chinese and Japanese as one name', () => {
    expect(find('美国总统唐纳德·特朗普表示。', '2025-09-12')).toContainEqual(['唐纳德·特朗普', 'Donald Trump']);
    // Between Latin words the dot is a menu's separator.
    expect(find('Politics · Joe · Biden', '2024-09-12').map(([surface]) => surface)).not.toContain('Joe · Biden');
  });

  it('reads Japanese words apart where the script changes, and names as the Japanese press writes them', () => {
    const found = find(
      'ペルーのアルベルト・フジモリ元大統領が死去した。フジモリ氏は1990年に就任した。プーチン大統領は声明を出した。' +
        '中国外務省の報道官は日本政府を批判した。',
      '2024-09-12',
    );
    expect(found).toEqual([
      ['ペルー', 'Peru'],
      ['アルベルト・フジモリ', 'Alberto Fujimori'],
      ['フジモリ', 'Alberto Fujimori'],
      ['プーチン', 'Vladimir Putin'],
      ['中国外務省', 'Ministry of Foreign Affairs of China'],
      ['日本', 'Japan'],
    ]);
  });

  it('does not read Ukrainian "Крім" (besides) as Crimea, which it folds onto', () => {
    expect(find('Крім того, лідери ЄС погодили. Крим залишається окупованим.', '2023-12-14')).toEqual([
      ['ЄС', 'European Union'],
      ['Крим', 'Crimea'],
    ]);
  });

  it('does not read a body after its speaker as the speaker’s country’s when the speaker heads another', () => {
    const found = find(
      'Ursula von der Leyen secured 401 votes in the European Parliament, Parliament President Roberta Metsola announced.',
      '2024-07-18',
    );
    expect(namesOf(found)).not.toContain('House of Representatives of Malta');
  });

  it('reads "Ensemble pour la République" as the party of the story’s country', () => {
    expect(
      find(
        'Moïse Katumbi, chef du parti Ensemble pour la République, et Martin Fayulu contestent la victoire de Félix Tshisekedi.',
        '2024-01-09',
      ),
    ).toContainEqual(['Ensemble pour la République', 'Together for the Republic (DR Congo)']);
    expect(
      find(
        'Gabriel Attal, président du groupe Ensemble pour la République, a répondu à Marine Le Pen. Emmanuel Macron se tait.',
        '2024-10-09',
      ),
    ).toContainEqual(['Ensemble pour la République', 'Ensemble']);
  });

  it('reads the Independent as the British press cites it, not the adjective or a longer name', () => {
    const found = find(
      'Independent candidates won 62 seats. A spokesman told the Independent that turnout was low. Officials of the ' +
        'Independent Electoral and Boundaries Commission said.',
      '2024-01-08',
    );
    expect(found).toEqual([
      ['the Independent', 'The Independent'],
      ['Independent Electoral and Boundaries Commission', 'Independent Electoral and Boundaries Commission'],
    ]);
  });

  it('reads the Japanese press’s names of the United States and the Fed', () => {
    expect(find('米国の中央銀行にあたる米連邦準備理事会（FRB）は利下げを見送った。', '2024-03-19')).toEqual([
      ['米国', 'United States'],
      ['米連邦準備理事会', 'Federal Reserve'],
      ['FRB', 'Federal Reserve'],
    ]);
  });

  it('reads an ambiguous company’s name with its kind named beside it', () => {
    expect(
      find(
        'Das Geld sollte für die geplante Ansiedlung des amerikanischen Konzerns Intel in Magdeburg gezahlt werden. ' +
          'Bundeskanzler Olaf Scholz (SPD) und die Regierung haben nicht reagiert.',
        '2023-11-15',
      ),
    ).toContainEqual(['Intel', 'Intel']);
  });

  it('reads an Indian name written with initials, as the Indian press writes it', () => {
    expect(
      find('Delhi Lieutenant Governor V K Saxena recommended the probe; VK Saxena later said so.', '2024-03-22'),
    ).toEqual([
      ['V K Saxena', 'Vinai Kumar Saxena'],
      ['VK Saxena', 'Vinai Kumar Saxena'],
    ]);
  });

  it('reads a foreign ministry named without its country in a Persian story about Iran', () => {
    const text =
      'جمهوری اسلامی به این تصمیم واکنش نشان داد. ناصر کنعانی، سخنگوی وزارت امور خارجه، این جایزه را سیاسی خواند. ' +
      'مسعود پزشکیان رئیس‌جمهور ایران نیز سخن گفت.';
    expect(find(text, '2024-10-06')).toContainEqual(['وزارت امور خارجه', 'Ministry of Foreign Affairs of Iran']);
  });

  it('reads the Italian press’s short name of the Court of Cassation', () => {
    expect(find('Il ministro Matteo Piantedosi annuncia ricorso in Cassazione.', '2024-10-18')).toContainEqual([
      'Cassazione',
      'Court of Cassation (Italy)',
    ]);
  });

  it('reads a plural country name in its Ukrainian genitive plural, as in the Russian one', () => {
    expect(find("Прем'єр Нідерландів заявив.", '2025-03-02')).toContainEqual(['Нідерландів', 'Netherlands']);
    expect(find('Премьер Нидерландов заявил.', '2025-03-02')).toContainEqual(['Нидерландов', 'Netherlands']);
  });

  it('reads a name of two coordinated nouns in its Russian and Ukrainian cases, both declined', () => {
    expect(find('Угода з Боснією і Герцеговиною. Делегация Боснии и Герцеговины приехала.', '2023-12-14')).toEqual([
      ['Боснією і Герцеговиною', 'Bosnia and Herzegovina'],
      ['Боснии и Герцеговины', 'Bosnia and Herzegovina'],
    ]);
  });

  it('does not read an Arabic country adjective after a title as a surname of that spelling', () => {
    const found = find(
      'أعلن الرئيس المصري عبد الفتاح السيسي أن القاهرة ستستضيف قمة عربية. والتقى رئيس الوزراء العراقي محمد شياع ' +
        'السوداني بالوفد. وقال السوداني إن بغداد ترفض التصعيد.',
      '2025-02-18',
    );
    expect(found).toEqual([
      ['عبد الفتاح السيسي', 'Abdel Fattah el-Sisi'],
      ['محمد شياع السوداني', 'Mohammed Shia al-Sudani'],
      ['السوداني', 'Mohammed Shia al-Sudani'],
    ]);
  });

  it('does not read an acronym written as a word at the end of a longer name as the acronym', () => {
    const found = find(
      'Taylor Swift announced new tour dates in Paris and London, while the Swift network cut off Russian banks. ' +
        'Interpol Manila received a copy.',
      '2024-05-01',
    );
    expect(found.filter(([, name]) => name === 'SWIFT' || name === 'Interpol')).toEqual([
      ['Swift', 'SWIFT'],
      ['Interpol', 'Interpol'],
    ]);
  });

  it('does not read a place or an institution named after a person as the person', () => {
    const found = find(
      'Flights from John F. Kennedy International Airport to Ho Chi Minh City resumed, and students at Nelson ' +
        'Mandela University marched. Later Nelson Mandela’s grandson spoke, and Joe Biden called Ho Chi Minh a ' +
        'nationalist. Kim Jong Un greeted guests on Kim Il Sung Square.',
      '2024-05-01',
    );
    expect(found.filter(([, name]) => !name.startsWith('unknown'))).toEqual([
      ['Nelson Mandela', 'Nelson Mandela'],
      ['Joe Biden', 'Joe Biden'],
      ['Ho Chi Minh', 'Ho Chi Minh'],
      ['Kim Jong Un', 'Kim Jong Un'],
    ]);
  });

  it('reads a ministry the press names without its country as that of the spokesperson named after it', () => {
    const found = find(
      'Il ministro degli Esteri Antonio Tajani ha parlato alla Farnesina con Giorgia Meloni. Da Pechino, il ' +
        'portavoce del ministero degli Esteri Wang Wenbin ha difeso il progetto della Cina.',
      '2023-12-07',
    );
    expect(found.filter(([surface]) => surface === 'ministero degli Esteri')).toEqual([
      ['ministero degli Esteri', 'Ministry of Foreign Affairs of China'],
    ]);
  });

  it('reads "parliament" in lower case as the parliament of the country the story is about, and only then', () => {
    const thai = find(
      'Pita Limjaroenrat of the Move Forward Party was suspended as an MP. Prime Minister Srettha Thavisin said ' +
        'parliament would vote again, and the parliament rejected him. Protesters gathered outside the parliament ' +
        'building, and the state parliament of Penang watched.',
      '2023-07-19',
    );
    expect(thai.filter(([surface]) => surface === 'parliament')).toEqual([
      ['parliament', 'National Assembly of Thailand'],
      ['parliament', 'National Assembly of Thailand'],
    ]);
    // A story that names another parliament too: either could be meant.
    const two = find(
      'Pita Limjaroenrat of the Move Forward Party met members of the European Parliament, and Prime Minister ' +
        'Srettha Thavisin said the parliament would vote again.',
      '2023-07-19',
    );
    expect(two.filter(([surface]) => surface === 'parliament')).toEqual([]);
  });

  it('does not read the first part of a transliterated Chinese name as the surname of another', () => {
    expect(
      find('法塔赫副主席马哈茂德·阿鲁勒出席。索马里总统哈桑·谢赫·马哈茂德表示支持。马哈茂德说。', '2024-07-23').map(
        ([surface, name]) => `${surface} → ${name}`,
      ),
    ).toEqual([
      '法塔赫 → Fatah',
      '索马里 → Somalia',
      '哈桑·谢赫·马哈茂德 → Hassan Sheikh Mohamud',
      '马哈茂德 → Hassan Sheikh Mohamud',
    ]);
  });

  it('does not read a country in a region’s name that a compass point opens in Chinese or Japanese', () => {
    expect(find('2011年の東日本大震災以来、日本政府は対応を強化した。西日本でも地震があった。', '2024-01-03')).toEqual([
      ['日本', 'Japan'],
    ]);
    expect(find('南非总统拉马福萨表示。', '2024-01-03')[0]).toEqual(['南非', 'South Africa']);
  });

  it('reads a country name that is also a word in a list of countries the story names', () => {
    const found = find(
      'States suspended after coups, namely Sudan, Mali, Burkina Faso, Niger, Guinea and Gabon, did not vote.',
      '2025-02-15',
    );
    expect(found).toContainEqual(['Guinea', 'Guinea']);
    // A Chinese name longer than twelve characters, each a token of its own.
    expect(find('联合国近东巴勒斯坦难民救济和工程处表示，援助将继续。', '2024-07-23')).toEqual([
      [
        '联合国近东巴勒斯坦难民救济和工程处',
        'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
      ],
    ]);
  });

  it('reads "the Economy Ministry" as the economy ministry of the story’s country', () => {
    const found = find(
      'Argentina’s President Javier Milei and Economy Minister Luis Caputo announced cuts. The Economy Ministry ' +
        'said the peso would be devalued, and the central bank followed.',
      '2023-12-12',
    );
    expect(found).toContainEqual(['Economy Ministry', 'Ministry of Economy (Argentina)']);
  });

  it('reads a name that writes a comma as one name, but not a list', () => {
    expect(
      find(
        'Officials of the Ministry of Economy, Trade and Industry met fishermen. Talks with Bosnia, Herzegovina ' +
          'and Serbia went on.',
        '2023-08-24',
      ),
    ).toEqual([
      ['Ministry of Economy, Trade and Industry', 'Ministry of Economy, Trade and Industry'],
      ['Bosnia', 'Bosnia and Herzegovina'],
      ['Serbia', 'Serbia'],
    ]);
  });

  it('reads a British peer by title and territorial name, as the press writes them', () => {
    expect(
      find(
        'The president of the court, Lord Reed, read the judgment. Lord True and Baroness Smith of Basildon spoke ' +
          'in the Lords. Reed said the ruling was unanimous.',
        '2023-11-15',
      ).map(([surface, name]) => `${surface} → ${name}`),
    ).toEqual([
      'Lord Reed → Robert John Reed, Lord Reed',
      'Lord True → Nicholas True, Baron True',
      'Baroness Smith of Basildon → Angela Smith, Baroness Smith of Basildon',
      'Reed → Robert John Reed, Lord Reed',
    ]);
  });

  it('reads a body’s short name in a headline as the body the story names in full after it', () => {
    const found = find(
      'Supreme court rules Rwanda deportation plan unlawful\n\nThe government’s plan to send asylum seekers to ' +
        'Rwanda is unlawful, the UK supreme court has ruled. Rwanda’s government said it took issue with the ruling.',
      '2023-11-15',
    );
    expect(found.filter(([surface]) => /supreme court/i.test(surface))).toEqual([
      ['Supreme court', 'Supreme Court of the United Kingdom'],
      ['UK supreme court', 'Supreme Court of the United Kingdom'],
    ]);
  });

  it('reads a name written with initials also with the initials run together', () => {
    expect(
      find(
        'Tamil Nadu chief minister MK Stalin sent a team to Odisha. M.K. Stalin said the state would help.',
        '2023-06-04',
      ),
    ).toEqual([
      ['MK Stalin', 'M. K. Stalin'],
      ['M.K. Stalin', 'M. K. Stalin'],
    ]);
  });

  it('reads a Spanish name shortened to given name and first surname only where the story supports it', () => {
    // "José López" is José López Portillo only in a story about his Mexico, not Argentina's public works secretary.
    expect(
      find(
        'El ex secretario de Obras Públicas José López fue condenado en Buenos Aires junto a Cristina Fernández de ' +
          'Kirchner.',
        '2022-12-06',
      ).map(([, name]) => name),
    ).toEqual(['Cristina Fernández de Kirchner']);
    expect(
      find('En 1976 José López asumió la presidencia de México tras Luis Echeverría.', '1980-01-01').map(
        ([, name]) => name,
      ),
    ).toEqual(['José López Portillo', 'Mexico', 'Luis Echeverría']);
  });

  it('reads "the Kingdom" and "the Islamic Republic" as the state the story is about', () => {
    expect(
      find(
        'Saudi Arabia hosted the talks in Riyadh. The Kingdom’s mediation was praised, and the Kingdom will host ' +
          'the next round. Iran fired drones at Israel in the Islamic Republic’s first direct attack.',
        '2025-02-18',
      ).map(([surface, name]) => `${surface} → ${name}`),
    ).toEqual([
      'Saudi Arabia → Saudi Arabia',
      'Kingdom → Saudi Arabia',
      'Kingdom → Saudi Arabia',
      'Iran → Iran',
      'Israel → Israel',
      'Islamic Republic → Iran',
    ]);
    // A kingdom the story does not name is not guessed; a longer name is its own.
    expect(find('The Kingdom of Heaven opened in cinemas. The United Kingdom said nothing.', '2025-02-18')).toEqual([
      ['United Kingdom', 'United Kingdom'],
    ]);
    // Arabic: "المملكة" alone, once the story has named Morocco, also before that mention.
    expect(
      find(
        'ضرب الزلزال المملكة ليلة الجمعة. وأعلنت السلطات أن المغرب قبل عروض الدعم من إسبانيا وقطر والمملكة المتحدة. ويعد هذا ' +
          'الزلزال الأعنف الذي تشهده المملكة منذ عقود.',
        '2023-09-10',
      ).filter(([surface]) => surface === 'المملكة'),
    ).toEqual([
      ['المملكة', 'Morocco'],
      ['المملكة', 'Morocco'],
    ]);
  });

  it('reads Georgia as the US state in an American story, and as the country where its own actors are named', () => {
    const us = find(
      'The storm hit Florida and Georgia on Tuesday. Gov. Ron DeSantis declared an emergency, and FEMA sent teams ' +
        'as President Joe Biden promised federal aid.',
      '2024-10-10',
    );
    expect(namesOf(us)).not.toContain('Georgia');
    const country = find(
      'Georgia’s prime minister, Irakli Kobakhidze, met Secretary of State Antony Blinken in Washington as President ' +
        'Joe Biden weighed sanctions.',
      '2024-10-10',
    );
    expect(country).toContainEqual(['Georgia', 'Georgia']);
  });

  it('tells the story’s country by its political actors, not by the companies it names', () => {
    const found = find(
      'Australia’s parliament passed the ban after Prime Minister Anthony Albanese and Communications Minister ' +
        'Michelle Rowland pushed it through. Meta, TikTok, Snapchat, Reddit and X will face fines, Meta said, and ' +
        'Elon Musk criticised the law. The Senate passed the bill 34 votes to 19, and the Greens opposed it.',
      '2024-11-29',
    );
    expect(found).toContainEqual(['Senate', 'Australian Senate']);
    expect(found).toContainEqual(['Greens', 'Australian Greens']);
  });

  it.each([
    [
      'Die Bundesanwaltschaft in Karlsruhe ließ in ganz Deutschland Reichsbürger festnehmen. Innenministerin Nancy ' +
        'Faeser (SPD) lobte die Ermittler, Bundeskanzler Olaf Scholz dankte ihnen.',
      '2022-12-07',
      'Bundesanwaltschaft',
      'Federal Prosecutor General of Germany',
    ],
    [
      'Die Bundesanwaltschaft in Bern ermittelte gegen Gianni Infantino; Bundesrätin Karin Keller-Sutter und die Schweiz schwiegen.',
      '2020-07-30',
      'Bundesanwaltschaft',
      'Office of the Attorney General of Switzerland',
    ],
    [
      'QUITO — El presidente Guillermo Lasso disolvió la Asamblea Nacional de Ecuador; el Consejo Nacional Electoral convocará elecciones.',
      '2023-05-17',
      'Consejo Nacional Electoral',
      'National Electoral Council of Ecuador',
    ],
    [
      'CARACAS — El Consejo Nacional Electoral proclamó a Nicolás Maduro; María Corina Machado denunció fraude en Venezuela.',
      '2024-07-29',
      'Consejo Nacional Electoral',
      'National Electoral Council of Venezuela',
    ],
  ])('reads a name two countries’ bodies share as the story’s country’s (%#)', (text, date, surface, name) => {
    expect(find(text, date)).toContainEqual([surface, name]);
  });

  it('reads an Arabic name after ل with the article contracted (للقوات = ل + القوات)', () => {
    expect(
      find('وأصدر الملك محمد السادس تعليماته للقوات المسلحة الملكية بنشر فرق الإنقاذ في المغرب.', '2023-09-10'),
    ).toContainEqual(['قوات المسلحة الملكية', 'Royal Moroccan Armed Forces']);
  });

  it('reads a name joined by an ampersand', () => {
    expect(find('The Mail & Guardian reported that AT&T had left.', '2024-07-18')).toEqual([
      ['Mail & Guardian', 'Mail & Guardian'],
      ['AT&T', 'AT&T'],
    ]);
  });

  it('reads "Repubblica" as the paper where it is quoted, not in "il presidente della Repubblica"', () => {
    expect(
      find(
        'Il presidente della Repubblica Sergio Mattarella ha firmato il decreto, ha detto Giorgia Meloni. ' +
          "In un'intervista a Repubblica, Matteo Salvini ha confermato.",
      ).filter(([surface]) => surface === 'Repubblica'),
    ).toEqual([['Repubblica', 'La Repubblica']]);
  });

  it('reads the US departments the Guardian writes wholly in lower case, but not a state’s own', () => {
    expect(
      find('A state department spokesperson declined to comment, and the justice department opened an inquiry.'),
    ).toEqual([
      ['state department', 'United States Department of State'],
      ['justice department', 'United States Department of Justice'],
    ]);
    expect(
      find(
        'The state department of transportation closed the road; the state justice department in Sacramento agreed.',
      ),
    ).toEqual([]);
  });

  it('reads a Russian name opening with the Arabic article in its case forms', () => {
    const found = find('Боевики, связанные с «Аль-Каидой», атаковали. Члены «Аль-Каиды» бежали.', '2025-06-10');
    expect(found).toEqual([
      ['Аль-Каидой', 'al-Qaeda'],
      ['Аль-Каиды', 'al-Qaeda'],
    ]);
  });

  it('reads a Hebrew name written with the geresh as with the apostrophe Hebrew sites type for it', () => {
    expect(find('ג׳ו ביידן אמר.', '2023-10-18')).toEqual([['ג׳ו ביידן', 'Joe Biden']]);
    expect(find("ג'ו ביידן אמר.", '2023-10-18')).toEqual([["ג'ו ביידן", 'Joe Biden']]);
  });
});

describe('readings added from held-out set 21', () => {
  it('reads a Japanese name written family name first, as NHK writes it', () => {
    const found = find(
      'Chief Cabinet Secretary Matsuno Hirokazu said Japan had protested. Prime Minister Kishida Fumio agreed.',
      '2023-03-16',
    );
    expect(found).toContainEqual(['Matsuno Hirokazu', 'Hirokazu Matsuno']);
    expect(found).toContainEqual(['Kishida Fumio', 'Fumio Kishida']);
  });

  it('does not read a sea or a gulf named after a country as the country', () => {
    expect(find('The missile fell into the Sea of Japan, and tankers crossed the Gulf of Oman.', '2023-03-16')).toEqual(
      [],
    );
  });

  it('reads a portfolio after a minister’s title, and a ministry’s word before “Secretary”, as no body', () => {
    const french = find('Theo Francken devient ministre de la Défense. Bart De Wever et la Belgique.', '2025-02-03');
    expect(french.map(([surface]) => surface)).not.toContain('Défense');
    expect(find('Treasury Secretary Janet Yellen spoke.', '2023-11-15')).toEqual([['Janet Yellen', 'Janet Yellen']]);
    // A country after a minister's title is the country.
    expect(find('The foreign ministers of Turkey, Finland and Sweden met.', '2022-06-28').map(([s]) => s)).toEqual([
      'Turkey',
      'Finland',
      'Sweden',
    ]);
  });

  it('reads "the Treasury" as the country’s the story is about', () => {
    const found = find(
      'The Treasury said the chancellor remained committed to the plan. Jeremy Hunt, the UK chancellor, and the ' +
        'Bank of England spoke. Britain and the UK government agreed.',
      '2022-10-01',
    );
    expect(found[0]).toEqual(['Treasury', 'HM Treasury']);
  });

  it('does not read a body named after a country’s possessive as an international one', () => {
    const found = find(
      "Andrei Belousov was named defence minister and Sergei Shoigu secretary of Russia's Security Council.",
      '2024-05-13',
    );
    expect(namesOf(found)).not.toContain('United Nations Security Council');
  });

  it('reads a body after a possessive and lower-case words as that country’s', () => {
    expect(
      find("South Korea's main opposition Democratic Party, led by Lee Jae-myung, criticized Japan.", '2023-03-16'),
    ).toContainEqual(['Democratic Party', 'Democratic Party of Korea']);
    expect(
      find("A foundation under South Korea's Ministry of the Interior and Safety will pay.", '2023-03-16'),
    ).toContainEqual(['Ministry of the Interior and Safety', 'Ministry of Interior and Safety of South Korea']);
  });

  it('reads German nouns around names as nouns', () => {
    const found = find(
      'Die Bundesregierung hat am Sonntag beschlossen, dass die Ukraine Waffen bekommt. Im Mittelpunkt steht dabei ' +
        'die Frage, ob Deutschland Kampfpanzer liefert, und nicht nur Helme. Zudem sollen russische Banken vom ' +
        'internationalen Zahlungssystem Swift ausgeschlossen werden, sagte Bundeskanzler Olaf Scholz im Bundestag.',
      '2022-02-27',
    );
    expect(found).toContainEqual(['Deutschland', 'Germany']);
    expect(found).toContainEqual(['Swift', 'SWIFT']);
  });

  it('ends a sentence at a title written in full', () => {
    expect(
      find(
        'Metsola a suspendu les pouvoirs de la vice-présidente. En Grèce, le Pasok a exclu Eva Kaili.',
        '2022-12-11',
      ),
    ).toContainEqual(['Grèce', 'Greece']);
  });

  it('reads no person in quoted capitals, and a known person with a middle name the base does not write', () => {
    const bill = find(
      "President Javier Milei's reform bill, known as the 'Ley Bases', passed after Vice President Victoria " +
        'Villarruel broke the tie.',
      '2024-06-13',
    );
    expect(bill.map(([surface]) => surface)).toEqual(['Javier Milei', 'Victoria Villarruel']);
    expect(find('The suspect was identified as Fernando André Sabag Montiel, 35.', '2022-09-02')).toEqual([
      ['Fernando André Sabag Montiel', 'Fernando Sabag Montiel'],
    ]);
  });

  it('reads "the Presidency" as the story’s country’s head of state’s office, and not the office won', () => {
    expect(
      find(
        'President Bola Tinubu signed the bills in Abuja. Governors asked him to withdraw them, a request the ' +
          "Presidency turned down. Nigeria's Senate had passed them.",
        '2025-06-26',
      ),
    ).toContainEqual(['Presidency', 'Presidency of Nigeria']);
    expect(
      find("Javier Milei wins Argentina's presidency in a landslide. Argentina voted.", '2023-11-20').map(([s]) => s),
    ).toEqual(['Javier Milei', 'Argentina', 'Argentina']);
  });

  it('reads the Russian press of Kazakhstan naming its own Supreme Court', () => {
    const found = find(
      'Трансляция шла на YouTube-канале Верховного суда. Позже Верховный суд отклонил жалобу. Президент ' +
        'Касым-Жомарт Токаев подписал закон в Казахстане.',
      '2024-05-13',
    );
    expect(found).toContainEqual(['Верховного суда', 'Supreme Court of the Republic of Kazakhstan']);
    expect(found).toContainEqual(['Верховный суд', 'Supreme Court of the Republic of Kazakhstan']);
  });

  it('reads both Congos written without "the", as Reuters and the BBC write them', () => {
    expect(
      find(
        'M23 rebels seized Goma in the Democratic Republic of Congo. Troops from the Republic of Congo and the ' +
          'Congo Republic were not involved.',
        '2025-01-28',
      ),
    ).toEqual([
      ['M23', 'March 23 Movement'],
      ['Democratic Republic of Congo', 'Democratic Republic of the Congo'],
      ['Republic of Congo', 'Republic of the Congo'],
      ['Congo Republic', 'Republic of the Congo'],
    ]);
  });

  it('reads the Gaza health ministry with its words in lower case, as Reuters writes it', () => {
    expect(find('On Monday, the Gaza health ministry said 40 people were killed.')).toEqual([
      ['Gaza health ministry', 'Gaza Health Ministry'],
    ]);
    expect(find('On Monday, the Hamas-run health ministry said 40 people were killed.')).toEqual([
      ['Hamas-run health ministry', 'Gaza Health Ministry'],
    ]);
  });

  it('reads a ministry of more portfolios by its word alone after its country, in lower case too', () => {
    // As "China's foreign ministry" is read: the possessive and the ministry's lower-case words, one name.
    expect(find("China's commerce ministry announced export controls on gallium.", '2023-07-03')).toEqual([
      ["China's commerce ministry", 'Ministry of Commerce of China'],
    ]);
    expect(find("China's finance ministry said bond sales would rise.", '2023-07-03')).toEqual([
      ['China', 'China'],
      ['finance ministry', 'Ministry of Finance (China)'],
    ]);
  });

  it('reads a federal supreme court after its country’s possessive, and the US Justice Department in Italian', () => {
    expect(find("In May 2023, Iraq's Federal Supreme Court ruled against the extension.", '2024-10-22')).toEqual([
      ['Iraq', 'Iraq'],
      ['Federal Supreme Court', 'Federal Supreme Court of Iraq'],
    ]);
    expect(
      find("Il Dipartimento di Giustizia americano accusa l'ingegnere di aver violato le sanzioni.", '2025-01-08'),
    ).toEqual([['Dipartimento di Giustizia', 'United States Department of Justice']]);
  });

  describe('readings added from held-out set 23', () => {
    it('reads a body’s full name another country’s body shares as the body of the country the story names more', () => {
      const yonhap =
        'North Korea blew up the liaison office. South Korea said it would respond, and South Korea’s ' +
        'unification ministry expressed regret. President Moon Jae-in met ' +
        'his aides, and South Korean officials warned Pyongyang. The Joint Chiefs of Staff (JCS) said the military ' +
        'was on alert. The US said it supported South Korea.';
      expect(find(yonhap, '2020-06-16')).toContainEqual([
        'Joint Chiefs of Staff',
        'Joint Chiefs of Staff (South Korea)',
      ]);
      const publico =
        'Marcelo Rebelo de Sousa foi reeleito em Portugal. António Costa felicitou-o. João Ferreira, apoiado pela ' +
        'CDU, ficou em quarto lugar em Portugal.';
      expect(find(publico, '2021-01-24')).toContainEqual(['CDU', 'Unitary Democratic Coalition']);
      // In a German story it stays Germany's.
      expect(find('Friedrich Merz leads the CDU in Germany. Germany votes in February.', '2025-01-10')).toContainEqual([
        'CDU',
        'Christian Democratic Union',
      ]);
    });

    it('reads "Foreign Office" as Germany’s in a German story, and as Britain’s after "Britain’s"', () => {
      expect(
        find(
          'Angela Merkel said Germany had proof. Germany summoned the Russian ambassador. The Foreign Office in Berlin ' +
            'said Germany would consult its partners.',
          '2020-09-02',
        ),
      ).toContainEqual(['Foreign Office', 'Federal Foreign Office']);
      expect(
        find(
          'Saudi Arabia admitted the killing in Riyadh. Saudi Arabia blamed rogue agents, and Britain’s Foreign Office ' +
            'said it was considering its next steps.',
          '2018-10-20',
        ),
      ).toContainEqual(['Foreign Office', 'Foreign, Commonwealth and Development Office']);
    });

    it('reads a Kenyan Cabinet Secretary’s portfolio before "CS" as a ministry, never as a magazine', () => {
      const found = find(
        'President William Ruto dismissed the Cabinet in Kenya. Foreign Affairs CS Musalia Mudavadi stayed, while ' +
          'National Treasury CS Njuguna Ndung’u left. Kenya’s House will vet the nominees.',
        '2024-07-11',
      );
      expect(namesOf(found)).not.toContain('Foreign Affairs');
      expect(found).toContainEqual(['National Treasury', 'National Treasury (Kenya)']);
      expect(found).toContainEqual(['Musalia Mudavadi', 'Musalia Mudavadi']);
    });

    it('reads an EU-level party written as an Italian word beside its leader', () => {
      expect(
        find(
          'Cordoglio è giunto dalla presidente della Commissione europea Ursula von der Leyen e dal presidente del Ppe ' +
            'Manfred Weber.',
          '2023-06-12',
        ),
      ).toContainEqual(['Ppe', "European People's Party"]);
    });

    it('reads "N. Korea" in a headline, and no one-letter name made from "N+"', () => {
      expect(find('(LEAD) N. Korea blows up inter-Korean liaison office in Kaesong', '2020-06-16')).toEqual([
        ['N. Korea', 'North Korea'],
      ]);
      expect(find('Police questioned N. Smith and J. Brown in Kenya on Monday.', '2024-06-01').map(([s]) => s)).toEqual(
        ['Kenya'],
      );
    });

    it('reads Nigeria’s “FG” as the federal government in a Nigerian story, and as Fine Gael in an Irish one', () => {
      expect(
        find(
          'President Bola Tinubu told governors in Abuja that the FG had no choice. The Nigeria Labour Congress ' +
            'rejected the plan, and the FG said talks with unions in Nigeria would go on.',
          '2023-06-01',
        ),
      ).toContainEqual(['FG', 'Federal Government of Nigeria']);
      expect(
        find('Leo Varadkar said FG would back Micheál Martin as Taoiseach. Ireland will vote again.', '2020-06-15'),
      ).toContainEqual(['FG', 'Fine Gael']);
    });
  });

  describe('readings added from held-out set 25', () => {
    it('reads a Gulf royal named again by title and given name before "and" as the one named in full', () => {
      const found = find(
        'The Rulers mourned Sheikh Khalifa bin Zayed Al Nahyan. The council met, offered condolences on the passing ' +
          'of Sheikh Khalifa and congratulated the new President.',
        '2022-05-14',
      );
      expect(found.filter(([surface]) => surface === 'Khalifa')).toEqual([['Khalifa', 'Khalifa bin Zayed Al Nahyan']]);
    });

    it('reads a patronymic chain whose father’s name is spelled another way, with no surname inside it', () => {
      expect(
        find('The meeting was attended by Sheikh Dr Sultan bin Muhammad Al Qasimi, Ruler of Sharjah.', '2022-05-14'),
      ).toEqual([['Sultan bin Muhammad Al Qasimi', 'Sultan bin Mohamed Al-Qasimi']]);
    });

    it('makes two overlapping full names of one person one mention, leaving the country after it', () => {
      expect(
        find(
          'The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud of Saudi Arabia sent a cable.',
          '2022-05-14',
        ),
      ).toEqual([
        ['Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz Al Saud'],
        ['Saudi Arabia', 'Saudi Arabia'],
      ]);
    });

    it('reads a South Asian name with its article joined to the word before ("Anwaarul Haq Kakar")', () => {
      expect(find('Caretaker Prime Minister Anwaarul Haq Kakar handed over.', '2024-03-03')).toContainEqual([
        'Anwaarul Haq Kakar',
        'Anwaar-ul-Haq Kakar',
      ]);
    });

    it('reads the Zimbabwean press’s “Cde” as a title before a surname, not as part of a name', () => {
      const found = find(
        'Nation mourns founding father Cde Mugabe\n\nZIMBABWE is in mourning following the death of its former ' +
          'President, Cde Robert Gabriel Mugabe, who died in Singapore.',
        '2019-09-07',
      );
      expect(found[0]).toEqual(['Mugabe', 'Robert Mugabe']);
    });

    it('reads “the House” in a Pakistani story as the National Assembly, not the US House', () => {
      expect(
        find(
          'Shehbaz Sharif was elected prime minister of Pakistan by the National Assembly. He asked the House to ' +
            'speak with one voice; Pakistan needs the IMF, and the US welcomed the vote.',
          '2024-03-03',
        ),
      ).toContainEqual(['House', 'National Assembly of Pakistan']);
    });

    it('reads the names the Dutch, German, Spanish and French press use for NATO, Zelensky, the King, a court and Lega', () => {
      expect(find('Mark Rutte leidt de NAVO.', '2025-06-03')).toContainEqual(['NAVO', 'NATO']);
      expect(find('Wolodimir Selenski reiste nach Luzern. Selenski dankte.', '2024-06-16')).toEqual([
        ['Wolodimir Selenski', 'Volodymyr Zelensky'],
        ['Selenski', 'Volodymyr Zelensky'],
      ]);
      expect(find('Don Felipe escuchó a los vecinos de Paiporta.', '2024-11-03')).toContainEqual([
        'Don Felipe',
        'Felipe VI',
      ]);
      expect(
        find(
          'Marine Le Pen fera appel devant la cour d’appel de Paris. Matteo Salvini, chef de la Ligue, la soutient.',
          '2025-03-31',
        ),
      ).toEqual(
        expect.arrayContaining([
          ['cour d’appel de Paris', 'Paris Court of Appeal'],
          ['Ligue', 'Lega'],
        ]),
      );
    });

    it('gives a bare surname to the son named in full, not to the father whose name opens the son’s', () => {
      const found = find(
        'Marcos, Sara headed for landslide win\n\nMANILA, Philippines — Former senator Ferdinand "Bongbong" Marcos ' +
          'Jr. and Davao City Mayor Sara Duterte were headed for a landslide victory yesterday.\n\nMarcos had more ' +
          'than 31 million votes, 36 years after his father, the late dictator Ferdinand Marcos, was driven into exile.',
        '2022-05-10',
      );
      expect(found.filter(([surface]) => surface === 'Marcos')).toEqual([
        ['Marcos', 'Ferdinand Marcos Jr.'],
        ['Marcos', 'Ferdinand Marcos Jr.'],
      ]);
    });

    it('reads “the Generalitat” as the one the story names, or whose president it names', () => {
      expect(
        find(
          'Pedro Sánchez y la Generalitat Valenciana coordinan la ayuda. La Generalitat pidió más medios.',
          '2024-11-03',
        ).filter(([surface]) => surface === 'Generalitat'),
      ).toEqual([['Generalitat', 'Generalitat Valenciana']]);
      expect(find('Carlos Mazón, presidente de la Generalitat, visitó Paiporta.', '2024-11-03')).toContainEqual([
        'Generalitat',
        'Generalitat Valenciana',
      ]);
      expect(find('Salvador Illa, president de la Generalitat, va parlar a Barcelona.', '2025-01-10')).toContainEqual([
        'Generalitat',
        'Generalitat de Catalunya',
      ]);
    });

    it('reads a name with a plus sign inside it ("LGBT+ Rights Ghana")', () => {
      // He is no one the base knows; "who leads" says he is a person.
      expect(find('Alex Kofi Donkor, who leads LGBT+ Rights Ghana, criticised the bill.', '2024-02-28')).toEqual([
        ['Alex Kofi Donkor', 'unknown:Alex Kofi Donkor'],
        ['LGBT+ Rights Ghana', 'LGBT+ Rights Ghana'],
      ]);
    });
  });

  describe('readings added from held-out set 26', () => {
    it('reads a name that opens with digits ("1Malaysia Development Berhad", "1MDB")', () => {
      expect(
        find('SRC was a subsidiary of 1Malaysia Development Bhd (1MDB). 1MDB lost billions.', '2022-08-23'),
      ).toEqual(
        expect.arrayContaining([
          ['1Malaysia Development Bhd', '1Malaysia Development Berhad'],
          ['1MDB', '1Malaysia Development Berhad'],
        ]),
      );
    });

    it('reads no surname in a word an apostrophe runs through, but still one before a Turkish ending', () => {
      expect(
        find('Najib can petition the King, Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah.', '2022-08-23').map(
          ([surface]) => surface,
        ),
      ).not.toContain('Ri');
      expect(find('Kim Jong Un met Ri Song-hak. Ri’nin açıklaması geldi.', '2022-08-23')).toContainEqual([
        'Ri',
        'Ri Song-hak',
      ]);
    });

    it('reads Malaysia’s “Federal Court” in a Malaysian story and the Italian press’s “Camera”', () => {
      expect(
        find(
          'Najib Razak went to prison in Malaysia after the Federal Court upheld his conviction. Malaysia’s Anwar ' +
            'Ibrahim said the courts were independent.',
          '2022-08-23',
        ),
      ).toContainEqual(['Federal Court', 'Federal Court of Malaysia']);
      expect(
        find(
          'Elly Schlein, eletta alla Camera a settembre, guida il Pd. Giorgia Meloni governa l’Italia.',
          '2023-02-27',
        ),
      ).toContainEqual(['Camera', 'Chamber of Deputies of Italy']);
    });

    it('keeps a bare surname for the person it already named, when a namesake is named once nearby', () => {
      const found = find(
        'President Joseph Aoun on Monday tasked Nawaf Salam with forming a government. Aoun had been elected last ' +
          'week. The Free Patriotic Movement of Gebran Bassil, the son-in-law of former President Michel Aoun, also ' +
          'backed Salam, after it had helped elect Aoun.',
        '2025-01-13',
      );
      expect(found.filter(([surface]) => surface === 'Aoun')).toEqual([
        ['Aoun', 'Joseph Aoun'],
        ['Aoun', 'Joseph Aoun'],
      ]);
    });
  });

  it('reads an acronym made of its words’ first letters as the name it follows in brackets', () => {
    // NASA is the space agency elsewhere; here the coalition defines it.
    const found = find(
      'Odinga and his National Super Alliance (NASA) coalition went to court. NASA said.',
      '2017-09-01',
    );
    expect(found.filter(([s]) => s === 'NASA')).toEqual([
      ['NASA', 'National Super Alliance'],
      ['NASA', 'National Super Alliance'],
    ]);
  });

  it('reads "Treasury yields" and "Treasury notes" as the debt, not the department', () => {
    const names = namesOf(find('Yields on U.S. Treasury notes rose as Treasury yields climbed.'));
    expect(names).not.toContain('United States Department of the Treasury');
    expect(find('The U.S. Treasury said on Monday.')).toEqual([
      ['U.S. Treasury', 'United States Department of the Treasury'],
    ]);
  });

  it('ends a sentence at a lower-case abbreviation’s period: "4 p.m. He told the House" names nobody called He', () => {
    expect(
      find('The vote was due at 4 p.m. He told the House he would resign.', '2018-05-19').map(([s]) => s),
    ).not.toContain('He');
  });

  it('reads "the interior ministry" in lower case as the ministry of the country the story is about', () => {
    const text =
      'Prime Minister Shehbaz Sharif said the army would deploy. Interior Minister Mohsin Naqvi met Pakistan’s police ' +
      'chiefs. The interior ministry said the capital was calm.';
    expect(find(text, '2023-05-10')).toContainEqual(['interior ministry', 'Ministry of Interior (Pakistan)']);
    // Not one that goes on to name its country.
    expect(find(`${text} The interior ministry of Iran said nothing.`, '2023-05-10')).toContainEqual([
      'interior ministry',
      'Ministry of Interior (Pakistan)',
    ]);
    expect(
      find(`${text} The interior ministry of Iran said nothing.`, '2023-05-10').filter(
        ([s]) => s === 'interior ministry',
      ),
    ).toHaveLength(1);
  });

  it('reads "parliament" as the national legislature: never a US state’s house, the UK’s over Scotland’s', () => {
    const us =
      'The United States said. Biden said. The U.S. State Department said parliament had been dissolved in Haiti.';
    expect(namesOf(find(us, '2021-07-07'))).not.toContain('Arizona House of Representatives');
    expect(
      find(
        'Prime Minister Keir Starmer signed the treaty on Thursday. Foreign Secretary David Lammy said Britain would ' +
          'keep the base. The treaty must now be ratified by parliament.',
        '2025-05-22',
      ),
    ).toContainEqual(['parliament', 'Parliament of the United Kingdom']);
  });

  it('reads a short name only one body has as that body where the story names its country twice', () => {
    expect(
      find(
        'Russia annexed four regions of Ukraine. Ukraine rejected it. Zelensky convened an emergency meeting of the ' +
          'National Security and Defense Council.',
        '2022-09-30',
      ),
    ).toContainEqual(['National Security and Defense Council', 'National Security and Defense Council of Ukraine']);
  });

  it('reads an outlet named by common words in its byline and its closing credit', () => {
    const text =
      'Gachagua removed as deputy president\n\nBy NATION Reporters\n\nRigathi Gachagua has become the first deputy ' +
      'president to be impeached in Kenya.';
    expect(find(text, '2024-10-18')).toContainEqual(['NATION', 'Daily Nation']);
    const dawn =
      'Khan arrested\n\nDawn Report\n\nISLAMABAD: Former prime minister Imran Khan was arrested.\n\nPublished in Dawn, ' +
      'May 10th, 2023';
    expect(find(dawn, '2023-05-10').filter(([s]) => s === 'Dawn')).toEqual([
      ['Dawn', 'Dawn'],
      ['Dawn', 'Dawn'],
    ]);
    // Not in the story's own paragraphs, and not a name another kind of actor shares ("PTI" is the party too).
    expect(find('Khan arrested\n\nThe Dawn of a new era, he said, had come.', '2023-05-10')).toEqual([]);
    expect(find(`${dawn}\n\n— Photo courtesy: PTI Twitter`, '2023-05-10')).not.toContainEqual([
      'PTI',
      'Press Trust of India',
    ]);
  });

  it('reads "the President’s Office" of a story about its country', () => {
    expect(
      find(
        "Zelensky said Ukraine would apply. A video released by the President's Office showed Zelensky signing in Kyiv.",
        '2022-09-30',
      ),
    ).toContainEqual(["President's Office", 'Office of the President of Ukraine']);
  });

  it('reads "the Nikkei average" as the index and "TRF-4" as a court’s designation, not the paper and the group', () => {
    const names = find('The Nikkei average fell 1.4% as the Nikkei 225 hit a low.', '2020-08-28').map(([, n]) => n);
    expect(names).not.toContain('Nikkei');
    expect(find('O TRF-4 confirmou a condenação em Porto Alegre.', '2021-03-08').map(([, n]) => n)).not.toContain(
      'The Resistance Front',
    );
  });

  it('reads a Russian headline’s first word as the word, not the acronym it is also written as', () => {
    const names = find('Удар в спину над Латакией\n\nТурецкие ВВС сбили российский бомбардировщик.', '2015-11-24');
    expect(names.map(([, n]) => n)).not.toContain('UDAR');
  });

  it('reads a party’s short name right after a country’s name as that country’s party', () => {
    expect(
      find(
        'Julie Bishop said she would find it difficult to trust a New Zealand Labour government, and Jacinda Ardern ' +
          'agreed.',
        '2017-10-27',
      ),
    ).toContainEqual(['Labour', 'New Zealand Labour Party']);
  });

  it('reads "the Prime Minister’s Office" of a story about its country', () => {
    expect(
      find(
        'Prime Minister Shinzo Abe said he would resign. Japan’s ruling party will choose his successor. The Prime ' +
          "Minister's Office said he would stay until then.",
        '2020-08-28',
      ),
    ).toContainEqual(["Prime Minister's Office", "Prime Minister's Office of Japan"]);
  });

  it('reads a Ukrainian institution’s name with only its first word capitalized, as Ukrainian writes it', () => {
    const found = find(
      'Зеленський виступав на Генеральній асамблеї ООН. Кабінет міністрів України подав законопроєкт.',
      '2021-10-07',
    );
    expect(found).toContainEqual(['Генеральній асамблеї ООН', 'United Nations General Assembly']);
    expect(found).toContainEqual(['Кабінет міністрів України', 'Cabinet of Ministers of Ukraine']);
    expect(found).not.toContainEqual(['ООН', 'United Nations']);
  });

  it('reads a congressional committee named without its chamber as the one the story named in full', () => {
    const senate = find(
      'Sessions met the ambassador as a member of the Senate Armed Services Committee. Other members of the Armed ' +
        'Services Committee said they had not.',
      '2017-03-02',
    );
    expect(senate.filter(([, n]) => n === 'Senate Armed Services Committee').map(([s]) => s)).toEqual([
      'Senate Armed Services Committee',
      'Armed Services Committee',
    ]);
    const house = find('The House Judiciary Committee met. The Judiciary Committee voted 23-17.', '2023-10-25');
    expect(house).toContainEqual(['Judiciary Committee', 'House Judiciary Committee']);
  });

  it('reads an acronym defined in brackets that spells the small words too, as the name before it', () => {
    const found = find(
      'Leila de Lima was granted bail. It was not clear whether the Department of Justice (DOJ), under Secretary ' +
        'Jesus Crispin Remulla, would appeal. The DOJ said it would study the ruling.',
      '2023-11-13',
    );
    expect(found.filter(([s]) => s === 'DOJ').map(([, n]) => n)).toEqual([
      'Department of Justice (Philippines)',
      'Department of Justice (Philippines)',
    ]);
  });

  it('reads the word after an office’s "of" as what the office is of, not a person’s surname', () => {
    const found = find(
      'Cristina Kirchner, que condujo la sesión como presidenta de la Cámara alta, anunció el resultado.',
      '2020-12-30',
    );
    expect(found.map(([s]) => s)).not.toContain('Cámara');
  });

  it('reads an acronym written as a word before a compass point as part of a place’s name', () => {
    expect(find('Voters in Suna East and Kibra went to the polls in Kenya.', '2021-05-14')).toEqual([
      ['Kenya', 'Kenya'],
    ]);
  });

  it('reads a pope by his papal name after the title as Spanish, Italian and French write it', () => {
    expect(find('Horas antes de la votación, el papa Francisco escribió en Twitter.', '2020-12-30')).toContainEqual([
      'Francisco',
      'Pope Francis',
    ]);
    expect(find('Il papa Francesco ha ricevuto Zelensky in Vaticano.', '2023-05-13')).toContainEqual([
      'Francesco',
      'Pope Francis',
    ]);
  });
  it('does not read a common word as a four-letter acronym, nor a post-nominal as a foreign body’s acronym', () => {
    // "Code" is the word, not CODE (an Ivorian party); "SAN" after a Nigerian lawyer's name is Senior Advocate of
    // Nigeria, not the South African Navy.
    const found = find(
      'Buhari acted on an order of the Code of Conduct Tribunal. Under the Code of Conduct, every official must declare assets. The Nigerian Bar Association President, Mr. Paul Usoro, SAN, said the suspension was illegal.',
      '2019-01-26',
    ).map(([surface]) => surface);
    expect(found).toContain('Code of Conduct Tribunal');
    expect(found).not.toContain('Code');
    expect(found).not.toContain('SAN');
  });
  it('reads "the Security Council" as the story’s country’s own where nothing of the UN is named', () => {
    const russia = find(
      'Putin met Belousov in the Kremlin on Monday. Dmitry Medvedev, deputy chairman of the Security Council, said the army would grow.',
      '2024-05-13',
    );
    expect(russia).toContainEqual(['Security Council', 'Security Council of Russia']);
    // Where the UN is named, its council.
    const un = find(
      'Russia blocked the resolution at the United Nations on Monday, Putin said. The Security Council will meet again.',
      '2024-05-13',
    );
    expect(un).toContainEqual(['Security Council', 'United Nations Security Council']);
  });
  it('reads a site named with its domain ("Lenta.ru", "Газета.Ru") as one name, not a sentence’s end', () => {
    expect(
      find(
        'According to Lenta.ru, the governor was arrested. Как сообщает «Газета.Ru», суд арестовал его.',
        '2020-07-10',
      ),
    ).toEqual([
      ['Lenta.ru', 'Lenta.ru'],
      ['Газета.Ru', 'Gazeta.ru'],
    ]);
  });
  it('reads a site whose domain the Russian press writes in Cyrillic ("Фонтанка.ру")', () => {
    expect(find('Государственная дума приняла закон, сообщает «Фонтанка.ру».', '2020-03-10')).toContainEqual([
      'Фонтанка.ру',
      'Fontanka.ru',
    ]);
  });
  it('reads a knight or a dame named by title and given name as the one named so in full before', () => {
    expect(
      find(
        'Prime Minister Sir Keir Starmer signed the treaty on Thursday. Sir Keir said it secured the base. Sir John, a former diplomat, disagreed.',
        '2025-05-22',
      ),
    ).toEqual([
      ['Keir Starmer', 'Keir Starmer'],
      ['Keir', 'Keir Starmer'],
    ]);
  });
  it('ends a country’s name before a Russian region’s name ("с Украиной Курской области")', () => {
    expect(
      find('Именно при Старовойте в приграничной с Украиной Курской области начали строить укрепления.', '2025-07-07'),
    ).toContainEqual(['Украиной', 'Ukraine']);
    // A capitalized word that opens no region's name still makes a longer name: "Россия Сегодня" is no Russia.
    expect(find('Об этом сообщило агентство Россия Сегодня.', '2025-07-07')).not.toContainEqual(['Россия', 'Russia']);
  });

  it('reads "o Exército" in a Brazilian story as Brazil’s army, as the Brazilian press writes it', () => {
    expect(
      find(
        'O general Walter Braga Netto foi preso pela Polícia Federal no Rio de Janeiro e levado para uma unidade do Exército, no Brasil.',
        '2024-12-14',
      ),
    ).toContainEqual(['Exército', 'Brazilian Army']);
  });

  it('reads a Norwegian’s or a German’s name with "oe" for ø and ö, as Reuters writes it', () => {
    const found = find('Prime Minister Jonas Gahr Stoere won. Stoere, 65, thanked Markus Soeder.', '2025-09-08');
    expect(found).toContainEqual(['Jonas Gahr Stoere', 'Jonas Gahr Støre']);
    expect(found).toContainEqual(['Stoere', 'Jonas Gahr Støre']);
    expect(found).toContainEqual(['Markus Soeder', 'Markus Söder']);
  });

  it('reads a ministry’s own French name with its head noun in lower case, as the French press writes it', () => {
    // "le ministère des Armées" is France's alone; Le Monde writes it all in lower case, read in a story about France.
    expect(find('Sébastien Lecornu a nommé Bruno Le Maire au ministère des Armées.', '2025-10-06')).toContainEqual([
      'ministère des Armées',
      'Ministry of the Armed Forces (France)',
    ]);
    expect(
      find(
        'À Paris, Emmanuel Macron a reçu Sébastien Lecornu. La nomination de Bruno Le Maire au ministère des armées a surpris la France.',
        '2025-10-06',
      ),
    ).toContainEqual(['ministère des armées', 'Ministry of the Armed Forces (France)']);
    // A name any country's ministry has stays read by the story's country: no Italian ministry in a Russian story.
    expect(
      find(
        "Vladimir Putin ha parlato a Mosca con i generali russi. Il ministero della Difesa ha detto che l'offensiva continua.",
      ),
    ).not.toContainEqual(['ministero della Difesa', 'Ministry of Defence (Italy)']);
  });

  it('does not read an office inside a longer office ("the Office of the Prosecutor General")', () => {
    // Estonia's prosecutor's office, not the ICC prosecutor's.
    const estonia = find(
      'Ratas resigned a day after the Office of the Prosecutor General named his party as a suspect.',
      '2021-01-13',
    );
    expect(namesOf(estonia)).not.toContain('Office of the Prosecutor of the International Criminal Court');
    // A party's adjective before an office is the party's: "Republican Senator Lindsey Graham".
    expect(find('Republican Senator Lindsey Graham backed the bill.', '2025-03-01')).toContainEqual([
      'Republican',
      'Republican Party',
    ]);
  });

  it('reads two people joined by a hyphen as both ("the Biden-Harris administration", "the Prabowo-Gibran ticket")', () => {
    const us = find('Joe Biden and Kamala Harris campaigned. The Biden-Harris administration said so.', '2024-06-01');
    expect(us.slice(2)).toEqual([
      ['Biden', 'Joe Biden'],
      ['Harris', 'Kamala Harris'],
    ]);
    const indonesia = find(
      'Prabowo Subianto and Gibran Rakabuming Raka won. The Prabowo-Gibran ticket took 58 percent.',
      '2024-03-20',
    );
    expect(indonesia.slice(2)).toEqual([
      ['Prabowo', 'Prabowo Subianto'],
      ['Gibran', 'Gibran Rakabuming Raka'],
    ]);
  });

  it('reads a name written with a small first letter and a capital inside as written ("teleSUR", "easyJet")', () => {
    expect(namesOf(find('Venezuela spoke on teleSUR, and easyJet cut its flights.'))).toEqual([
      'Venezuela',
      'teleSUR',
      'easyJet',
    ]);
    expect(find('The uMkhonto weSizwe Party of Jacob Zuma won 14.6 percent.')).toContainEqual([
      'uMkhonto weSizwe Party',
      'uMkhonto weSizwe Party',
    ]);
  });

  it('reads a name that several parties share as the party of the territory a story is about (Hong Kong)', () => {
    const found = find(
      'John Lee was elected Hong Kong’s leader; Carrie Lam congratulated him, and the Hong Kong Police Force kept watch. Opposition parties, including the Democratic Party, stayed out. The United States sanctioned Lee in 2020.',
      '2022-05-08',
    );
    expect(found).toContainEqual(['Democratic Party', 'Democratic Party (Hong Kong)']);
  });

  it('reads each name in a list of parties after a comma ("Union, SPD, Grüne und FDP")', () => {
    const found = find(
      'Friedrich Merz hatte vorgeschlagen, dass Union, SPD, Grüne und FDP nur gemeinsame Beschlüsse fassen. Olaf Scholz und Robert Habeck lehnten ab.',
      '2025-01-30',
      'de',
    );
    expect(found).toContainEqual(['Grüne', 'Alliance 90/The Greens']);
  });

  it('reads a king or queen named by title and given name as the monarch, not a commoner of that surname', () => {
    expect(find('El rey Felipe VI y la Reina Letizia visitaron Valencia.', '2025-11-03', 'es')).toContainEqual([
      'Letizia',
      'Queen Letizia',
    ]);
    const belgium = find('Bart De Wever a prêté serment devant le roi Philippe, au Palais royal.', '2025-02-03', 'fr');
    expect(namesOf(belgium)).not.toContain('Guy Philippe');
  });

  it('does not read an ideology’s adjective as the start of a party’s name ("the Islamist Justice and Development Party")', () => {
    const found = find(
      "Morocco's government, led by the Islamist Justice and Development Party (PJD), faces a test. King Mohammed VI spoke.",
      '2020-12-10',
    );
    expect(found).toContainEqual(['Justice and Development Party', 'Justice and Development Party (Morocco)']);
  });

  it('reads a foreigner’s surname in katakana with an office written onto it as that office’s holder ("マルコス大統領")', () => {
    const found = find('岸田首相は11日、フィリピンのマルコス大統領を交えて日米比首脳会談に臨む。', '2024-04-11', 'ja');
    expect(found).toContainEqual(['マルコス', 'Ferdinand Marcos Jr.']);
    expect(find('関税交渉ではラトニック商務長官とベッセント財務長官が応じた。', '2025-07-23', 'ja')).toEqual([
      ['ラトニック', 'Howard Lutnick'],
      ['ベッセント', 'Scott Bessent'],
    ]);
  });

  it('reads a portfolio after "Minister of State for" as the portfolio, not a magazine ("Foreign Affairs")', () => {
    const found = find(
      'PM Shehbaz Sharif thanked Minister of State for Foreign Affairs Hina Rabbani Khar and her team. The United States and India reacted.',
      '2022-10-21',
    );
    expect(namesOf(found)).not.toContain('Foreign Affairs');
    expect(found).toContainEqual(['Hina Rabbani Khar', 'Hina Rabbani Khar']);
  });

  it('reads a body before "von" and an office as the body, not the start of a longer name ("die Bundesregierung von Bundeskanzler Olaf Scholz")', () => {
    expect(
      find(
        'Die Bundesregierung von Bundeskanzler Olaf Scholz nannte sie die schlechteste. Friedrich Merz widersprach in Berlin.',
        '2023-10-23',
        'de',
      ),
    ).toContainEqual(['Bundesregierung', 'Cabinet of Germany']);
  });

  it('reads a surname that is also a famous person’s name as the person the story named in full ("Amira Mohamed Ali … Mohamed Ali")', () => {
    const found = find(
      'Die Ko-Vorsitzende Amira Mohamed Ali führt den Verein. Auch Mohamed Ali hatte auf eine weitere Amtszeit verzichtet.',
      '2023-10-23',
      'de',
    );
    expect(found).toEqual([
      ['Amira Mohamed Ali', 'Amira Mohamed Ali'],
      ['Mohamed Ali', 'Amira Mohamed Ali'],
    ]);
    // Without her, the name is still the boxer's.
    expect(find('Cassius Clay took the name Muhammad Ali in 1964.', '1964-03-06')).toContainEqual([
      'Muhammad Ali',
      'Muhammad Ali (boxer)',
    ]);
  });

  it('reads a country’s code with a dollar sign as the currency ("US$ 200"), and "Latin America" as no America', () => {
    const names = (text: string, date: string, lang?: string) => namesOf(find(text, date, lang));
    expect(
      names(
        'El Banco Central fijó un tope de US$ 200 por mes. Mauricio Macri habló con Alberto Fernández.',
        '2019-10-28',
        'es',
      ),
    ).not.toContain('United States');
    expect(
      names('The company paid bribes across Latin America, prosecutors in Peru said.', '2019-09-30'),
    ).not.toContain('United States');
  });

  it('reads an office’s acronym before a person’s full name as the title ("NSA Ajit Doval"), not the agency', () => {
    const found = find(
      'Narendra Modi chaired the meeting with NSA Ajit Doval in attendance. The United States urged both sides to show restraint.',
      '2019-02-26',
    );
    expect(namesOf(found)).not.toContain('National Security Agency');
    expect(found).toContainEqual(['Ajit Doval', 'Ajit Doval']);
    // A body's acronym before its member's name stays the body: "лидер ЛДПР Владимир Жириновский".
    expect(find('Лидер ЛДПР Владимир Жириновский выступил в Госдуме.', '2020-01-16', 'ru')).toContainEqual([
      'ЛДПР',
      'Liberal Democratic Party of Russia',
    ]);
  });

  it('reads a capitalized Italian institution that also names a paper as the institution ("fedele alla Repubblica")', () => {
    const found = find(
      'Giorgia Meloni ha giurato davanti a Sergio Mattarella. «Giuro di essere fedele alla Repubblica», ha detto la leader di Fratelli d’Italia, che della Repubblica e dello Stato parla spesso.',
      '2022-10-22',
      'it',
    );
    expect(namesOf(found)).not.toContain('La Repubblica');
  });

  it('reads a surname named first only with an office as that person wherever it stands alone later ("Foreign Minister Wong … Wong said")', () => {
    expect(
      find(
        'Foreign Minister Wong met the Chinese delegation in Canberra. Wong said the talks were constructive. Later, Wong flew to Jakarta.',
        '2023-05-01',
      ),
    ).toEqual([
      ['Wong', 'Penny Wong'],
      ['Wong', 'Penny Wong'],
      ['Wong', 'Penny Wong'],
    ]);
    // Dutch joins the party to the office: "GroenLinks-leider Klaver".
    const dutch = find(
      'Demissionair premier Rutte overleefde het debat. GroenLinks-leider Klaver diende een motie in. Rutte zei dat Klaver ongelijk had.',
      '2021-04-02',
      'nl',
    );
    expect(dutch.filter(([, name]) => name === 'Jesse Klaver')).toHaveLength(2);
    expect(dutch.filter(([, name]) => name === 'Mark Rutte')).toHaveLength(2);
  });

  it('reads a Ukrainian name with "фон дер" in any case and its surname in lower case ("Урсулі фон дер Ляєн", "фон дер Ляєн")', () => {
    expect(
      find(
        'Урсула фон дер Ляєн заявила про це. Пізніше фон дер Ляєн додала, що все добре. Урсулі фон дер Ляєн подякував Зеленський.',
        '2022-06-23',
        'uk',
      ).filter(([, name]) => name === 'Ursula von der Leyen'),
    ).toHaveLength(3);
  });

  it('reads "Senate Republicans" and "House Democrats" as the chamber and the party, not one longer name', () => {
    expect(
      find(
        'In Washington, Senate Republicans led by Mitch McConnell refused to act, and House Democrats objected, Donald Trump said.',
        '2018-06-26',
      ),
    ).toEqual([
      ['Senate', 'United States Senate'],
      ['Republicans', 'Republican Party'],
      ['Mitch McConnell', 'Mitch McConnell'],
      ['House', 'United States House of Representatives'],
      ['Democrats', 'Democratic Party'],
      ['Donald Trump', 'Donald Trump'],
    ]);
  });

  it('reads an acronym before a "Chairperson" and a name as the party, for the country the story is about', () => {
    const found = find(
      'Sheikh Hasina opened the bridge in Dhaka. Hasina has criticised BNP Chairperson Khaleda Zia. Bangladesh celebrated.',
      '2022-06-25',
    );
    expect(found).toContainEqual(['BNP', 'Bangladesh Nationalist Party']);
  });

  it('reads a body’s institutional noun alone as the one body the story named with it ("the Commission")', () => {
    const found = find(
      'Mamata Banerjee won in West Bengal. According to the Election Commission of India, the BJP won 77 seats, according to the Commission’s figures.',
      '2021-05-02',
    );
    expect(found).toContainEqual(['Commission', 'Election Commission of India']);
    expect(namesOf(found)).not.toContain('European Commission');
  });

  it('reads the cities of an Arabic dateline before its colon as places, not a paper ("صنعاء - الرياض: «الشرق الأوسط»")', () => {
    const found = find(
      'مقتل علي عبد الله صالح\n\nصنعاء - الرياض: «الشرق الأوسط»\n\nلقي الرئيس اليمني السابق علي عبد الله صالح مصرعه على يد الحوثيين.',
      '2017-12-05',
      'ar',
    );
    expect(namesOf(found)).not.toContain('Al Riyadh');
    expect(found).toContainEqual(['الشرق الأوسط', 'Asharq Al-Awsat']);
  });

  it('reads three capitals amid mixed case as an acronym, not a country folded from another language ("IRA" is no "Irã")', () => {
    const found = find(
      'Martin McGuinness resigned in Belfast. Mr McGuinness, a former IRA commander, was deputy First Minister of Northern Ireland.',
      '2017-01-09',
    );
    expect(namesOf(found)).not.toContain('Iran');
    expect(found).toContainEqual(['Martin McGuinness', 'Martin McGuinness']);
  });

  it('reads a country after a Dutch language adjective ("Franstalig België") as the country', () => {
    const found = find(
      'Vlaams Belang won in Vlaanderen, terwijl Franstalig België naar links opschuift. Bart De Wever reageerde.',
      '2019-05-27',
      'nl',
    );
    expect(found).toContainEqual(['België', 'Belgium']);
  });

  it('reads a church leader’s name after a Ukrainian clerical title ("патріарх Варфоломій", "митрополитом Онуфрієм")', () => {
    const found = find(
      'Вселенський патріарх Варфоломій вручив томос у Стамбулі. Керівництво УПЦ МП на чолі з митрополитом Онуфрієм собор проігнорувало.',
      '2019-01-06',
      'uk',
    );
    expect(found).toContainEqual(['Варфоломій', 'Bartholomew I of Constantinople']);
    expect(found).toContainEqual(['Онуфрієм', 'Metropolitan Onufriy']);
  });

  it('reads a shared Japanese surname before a national office as the well-known person in office that year ("安倍首相")', () => {
    const found = find(
      '日本政府は輸出管理を強化した。安倍首相は７月、韓国が約束を守っていないと述べた。鈴木知事は会見した。',
      '2019-08-02',
      'ja',
    );
    expect(found).toContainEqual(['安倍', 'Shinzo Abe']);
    expect(found.map(([surface]) => surface)).not.toContain('鈴木');
  });

  it('reads a quoted name after a word for a work as the work’s title ("the series "Servant of the People,"")', () => {
    const found = find(
      'Ihor Kolomoisky’s channel 1+1 broadcast the series "Servant of the People," in which Volodymyr Zelensky played a teacher.',
      '2023-09-02',
    );
    expect(namesOf(found)).not.toContain('Servant of the People');
    expect(found).toContainEqual(['Volodymyr Zelensky', 'Volodymyr Zelensky']);
  });

  it('reads a name before "doctrine" as the doctrine’s eponym, not the actor ("the Chevron doctrine")', () => {
    const found = find(
      'The Supreme Court discarded the so-called Chevron doctrine, Chief Justice John Roberts wrote.',
      '2024-06-28',
    );
    expect(namesOf(found)).not.toContain('Chevron Corporation');
    expect(found).toContainEqual(['John Roberts', 'John Roberts']);
  });

  it('reads a Chinese party department written on after the Central Committee as another body (中共中央联络部)', () => {
    const found = find('中共中央联络部发布了新闻。习近平出席会议。', '2018-09-22', 'zh');
    expect(namesOf(found)).not.toContain('Central Committee of the Chinese Communist Party');
    expect(namesOf(found)).toContain('Xi Jinping');
  });

  it('reads a person’s name after the word for an airport as the airport ("فرودگاه امام خمینی")', () => {
    const found = find(
      'نازنین زاغری در فرودگاه امام خمینی سوار هواپیما شد. حسین امیرعبداللهیان گفت که بدهی پرداخت شده است.',
      '2022-03-16',
      'fa',
    );
    expect(namesOf(found)).not.toContain('Ruhollah Khomeini');
  });

  it('ends an Italian name not in the base before "al" (a preposition): "Massimo Garavaglia al Turismo"', () => {
    const found = find(
      'Mario Draghi ha giurato al Quirinale. Nel governo entra il leghista Massimo Sestante al Turismo, mentre Mara Carfagna va al Sud.',
      '2021-02-13',
      'it',
    );
    expect(found.map(([surface]) => surface)).toContain('Massimo Sestante');
    expect(found.map(([surface]) => surface)).not.toContain('Massimo Sestante al Turismo');
  });

  it('reads a shared Japanese surname before a former national office as the one who held it ("安倍前総理大臣")', () => {
    const found = find('自民党総裁選をめぐり、安倍前総理大臣は岸田氏を支持しなかった。', '2021-09-03', 'ja');
    expect(found).toContainEqual(['安倍', 'Shinzo Abe']);
  });

  it('reads "the House" of a British story as the Commons, not a committee whose name opens with "House of Commons"', () => {
    const found = find(
      'Theresa May lost the vote in the House of Commons in London. The House rejected her deal by 230 votes, and Britain waited.',
      '2019-01-15',
    );
    expect(found).toContainEqual(['House', 'House of Commons of the United Kingdom']);
  });
});

describe('the Japanese press’s long vowels and its cleric’s honorific', () => {
  it('reads a name with or without the long vowel mark as one name (グテーレス, グテレス)', () => {
    expect(find('国連のグテレス事務総長は、民間船舶への攻撃を非難した。', '2019-06-14', 'ja')).toContainEqual([
      'グテレス',
      'António Guterres',
    ]);
  });

  it('reads a cleric’s surname with 師 after it, after an office in kanji, as the one in office', () => {
    const found = find('安倍首相はテヘランでイランの最高指導者ハメネイ師と会談した。', '2019-06-14', 'ja');
    expect(found).toContainEqual(['ハメネイ', 'Ali Khamenei']);
    // Not 医師 (doctor), a word of its own.
    expect(namesOf(find('英国のジョンソン医師は述べた。', '2019-06-14', 'ja'))).not.toContain('Boris Johnson');
  });
});

describe('foreigners’ names in katakana that the knowledge base does not have, read by sound', () => {
  it('reads a British minister’s katakana name in a story about Britain, and her surname alone after it', () => {
    const text =
      '英国のボリス・ジョンソン首相は、プリティ・パテル内相とグラント・シャップス運輸相を起用した。パテル氏は移民政策を担う。';
    const found = find(text, '2020-02-14', 'ja');
    expect(found).toContainEqual(['プリティ・パテル', 'Priti Patel']);
    expect(found).toContainEqual(['パテル', 'Priti Patel']);
  });

  it('takes the story’s own country’s person where two countries’ people sound alike, and names of three parts only for names of three words', () => {
    const brazil = 'ブラジル大統領選で勝利したボルソナロ氏は、パウロ・ゲデス氏を経済相に起用する。';
    expect(find(brazil, '2018-10-29', 'ja')).toContainEqual(['パウロ・ゲデス', 'Paulo Guedes']);
    const us =
      '米国の中間選挙で、民主党のナンシー・ペロシ院内総務が勝利を宣言した。ジョージア州とフロリダ州のアンドリュー・ギラム・タラハシー市長、ロシアの介入も焦点だった。';
    const found = find(us, '2018-11-07', 'ja');
    expect(found).toContainEqual(['ナンシー・ペロシ', 'Nancy Pelosi']);
    expect(namesOf(found)).not.toContain('Andrei Troshev');
  });

  it('reads a foreigner’s katakana surname before the office of spokesman as the person ("ペスコフ大統領報道官")', () => {
    expect(find('ロシアのペスコフ大統領報道官は述べた。', '2021-11-12', 'ja')).toContainEqual([
      'ペスコフ',
      'Dmitry Peskov',
    ]);
  });

  it('reads a dotted Chinese name by sound over a namesake’s surname, and that surname alone after it', () => {
    // The base has Beatriz Sánchez in English only; "桑切斯" alone is Pedro Sánchez's standalone surname.
    const text =
      '智利大选中，“广泛阵线”候选人贝亚特里斯·桑切斯以约20%得票率位列第三，令中左翼处于不利地位。桑切斯在第二轮前表示支持。';
    const found = find(text, '2017-12-18', 'zh');
    expect(found).toContainEqual(['贝亚特里斯·桑切斯', 'Beatriz Sánchez']);
    expect(found).toContainEqual(['桑切斯', 'Beatriz Sánchez']);
    expect(namesOf(found)).not.toContain('Pedro Sánchez');
  });

  it('takes no one whose last office ended long before the story', () => {
    // Moussa Faki (the base has him in English only) sounds as James Baker, Secretary of State until 1992.
    const text = '米国務省は声明を出した。アフリカ連合（AU）のムーサ・ファキ委員長は声明で述べた。';
    expect(namesOf(find(text, '2019-04-12', 'ja'))).not.toContain('James Baker');
  });

  it('takes no one whose country the story does not name (the keys are coarse)', () => {
    // Tim Walz has no katakana name in the base (Priti Patel, who was here, has one now).
    expect(find('米国のティム・ウォルズ知事が来日した。', '2020-02-14', 'ja')).toContainEqual([
      'ティム・ウォルズ',
      'Tim Walz',
    ]);
    expect(find('ティム・ウォルズ氏が来日した。', '2020-02-14', 'ja')).toEqual([]);
  });
});

describe('world news in European languages and another country’s ministries (set 76)', () => {
  it('reads Russian names as the Dutch press spells them ("Poetin", "Sjojgoe", "Denis Poesjilin")', () => {
    const text = 'Poetin erkent de volksrepublieken. Daarbij sprak defensieminister Sjojgoe. Denis Poesjilin tekende.';
    const found = find(text, '2022-02-21', 'nl');
    expect(found).toContainEqual(['Poetin', 'Vladimir Putin']);
    expect(found).toContainEqual(['Sjojgoe', 'Sergei Shoigu']);
    expect(found).toContainEqual(['Denis Poesjilin', 'Denis Pushilin']);
  });

  it('reads Russian and Caucasian names as the Turkish press spells them ("Robert Koçaryan", "Lukaşenko")', () => {
    const text =
      'Ermenistan’da eski Cumhurbaşkanı Robert Koçaryan seçime katıldı. Belarus lideri Aleksandr Lukaşenko da konuştu.';
    const found = find(text, '2021-06-15', 'tr');
    expect(found).toContainEqual(['Robert Koçaryan', 'Robert Kocharyan']);
    expect(namesOf(found)).toContain('Alexander Lukashenko');
  });

  it('reads a surname after a minister’s title and portfolio as the minister, not a longer name', () => {
    expect(find('Daarbij sprak minister van Buitenlandse Zaken Lavrov over de zaak.', '2022-02-21', 'nl')).toEqual([
      ['Lavrov', 'Sergey Lavrov'],
    ]);
    expect(find('El ministro de Asuntos Exteriores Lavrov dijo que no.', '2022-02-21', 'es')).toEqual([
      ['Lavrov', 'Sergey Lavrov'],
    ]);
  });

  it('reads another country’s ministry written after its name in Turkish, Japanese and Korean as that one', () => {
    expect(
      find('Ermenistan Dışişleri Bakanlığı ziyareti provokasyon olarak nitelendirdi.', '2021-06-15', 'tr'),
    ).toEqual([['Ermenistan Dışişleri Bakanlığı', 'Ministry of Foreign Affairs (Armenia)']]);
    expect(find('アルメニア外務省とブラジル国防省が発表した。', '2021-06-15', 'ja')).toEqual([
      ['アルメニア外務省', 'Ministry of Foreign Affairs (Armenia)'],
      ['ブラジル国防省', 'Ministry of Defence (Brazil)'],
    ]);
    expect(find('아르메니아 외교부는 발표했다.', '2021-06-15', 'ko')).toEqual([
      ['아르메니아 외교부', 'Ministry of Foreign Affairs (Armenia)'],
    ]);
  });
});

describe('foreign parties by the translation of their generic names in Japanese, Chinese and Korean (set 77)', () => {
  it('reads 労働党, 自由党 and 緑の党 in a story about Australia as Australia’s parties', () => {
    const ja = find(
      'オーストラリア総選挙で労働党が勝利し、自由党は敗れた。緑の党も議席を伸ばした。',
      '2022-05-22',
      'ja',
    );
    expect(ja).toContainEqual(['労働党', 'Australian Labor Party']);
    expect(ja).toContainEqual(['自由党', 'Liberal Party of Australia']);
    expect(ja).toContainEqual(['緑の党', 'Australian Greens']);
    const zh = find('澳大利亚大选中，工党击败了自由党，绿党也有所斩获。', '2022-05-22', 'zh');
    expect(zh).toContainEqual(['工党', 'Australian Labor Party']);
    expect(zh).toContainEqual(['自由党', 'Liberal Party of Australia']);
    // The knowledge base has the party's Korean name with its country (호주 노동당), read whole.
    expect(find('호주 노동당 대표는 말했다.', '2022-05-22', 'ko')).toContainEqual([
      '호주 노동당',
      'Australian Labor Party',
    ]);
  });

  it('reads 社会民主党, 自由党 and 基督教民主党 in a story about Sweden as Sweden’s parties, and still as Japan’s at home', () => {
    // Sweden's parties are "Swedish Social Democratic Party", "Liberals", "Christian Democrats" in English; Japan's
    // own 社会民主党 is its native name, which a Chinese story on Sweden had read.
    const zh = find(
      '瑞典大选结果显示，社会民主党获得30%选票。自由党和基督教民主党将支持克里斯特松。',
      '2022-09-15',
      'zh',
    );
    expect(zh).toContainEqual(['社会民主党', 'Swedish Social Democratic Party']);
    const ids = matcher.match('瑞典大选结果显示，自由党和基督教民主党将支持克里斯特松。', {
      date: '2022-09-15',
      lang: 'zh',
    });
    expect(ids.map((m) => m.id)).toEqual(expect.arrayContaining(['Q110857', 'Q213654'])); // Sweden's Liberals, KD
    expect(find('社会民主党の福島瑞穂党首は記者会見で話した。', '2022-09-15', 'ja')).toContainEqual([
      '社会民主党',
      'Social Democratic Party (Japan)',
    ]);
  });

  it('reads the Persian, Ukrainian and Hebrew press’s generic party names as the story’s country’s parties', () => {
    // A story about Sweden: a party of the country it names over and over ("Green Party" is also Brazil's).
    const fa = find(
      'در انتخابات پارلمانی سوئد، حزب سوسیال دموکرات اول شد و حزب چپ و حزب سبز عقب ماندند. نخست‌وزیر سوئد استعفا داد و پارلمان سوئد تشکیل جلسه داد.',
      '2022-09-12',
      'fa',
    );
    expect(fa).toEqual(
      expect.arrayContaining([
        ['حزب سوسیال دموکرات', 'Swedish Social Democratic Party'],
        ['حزب چپ', 'Left Party'],
        ['حزب سبز', 'Green Party'],
      ]),
    );
    const uk = find('У Румунії Соціал-демократична партія отримала найбільше голосів на виборах.', '2024-12-02', 'uk');
    expect(uk).toContainEqual(['Соціал-демократична партія', 'Social Democratic Party (Romania)']);
    const he = find('ראש ממשלת בריטניה הודיע כי המפלגה השמרנית תתמודד בבחירות.', '2024-05-23', 'he');
    expect(he).toContainEqual(['המפלגה השמרנית', 'Conservative Party']);
  });

  it('reads "die Kommunistische Partei" of a German story on China as the Communist Party of China', () => {
    const text =
      'Chinas Volkskongress hat die Amtszeitbegrenzung gestrichen. Die Kommunistische Partei steht über allem.';
    expect(find(text, '2018-03-11', 'de')).toContainEqual(['Kommunistische Partei', 'Communist Party of China']);
  });

  it('reads 社会党 in a story about France and 左派党 in one about Germany as theirs', () => {
    expect(find('フランス大統領選で、社会党の候補は低迷した。', '2022-04-25', 'ja')).toContainEqual([
      '社会党',
      'Socialist Party',
    ]);
    expect(find('ドイツ連邦会議で、左派党は独自候補を立てた。', '2017-02-13', 'ja')).toContainEqual([
      '左派党',
      'Die Linke',
    ]);
  });
});

describe('another country’s houses by the words the East Asian press keeps for them (set 77)', () => {
  it('reads 上院 of a story about Spain as Spain’s Senate, and 상원 of one about Australia as Australia’s', () => {
    expect(
      find('スペイン上院はカタルーニャ自治権の停止を承認し、憲法裁判所も判断した。', '2017-10-28', 'ja'),
    ).toContainEqual(['上院', 'Senate of Spain']);
    expect(find('영국 하원은 표결했다. 호주 상원도.', '2019-01-15', 'ko')).toContainEqual([
      '상원',
      'Australian Senate',
    ]);
  });
});

describe('another country’s parliament by the word the European press uses for any (set 76)', () => {
  it('reads "le Parlement" of a French story on Serbia, and "das Parlament" of a German one, as Serbia’s', () => {
    const fr = 'En Serbie, le Premier ministre Miloš Vučević a démissionné devant le Parlement.';
    expect(find(fr, '2025-01-28', 'fr')).toContainEqual(['Parlement', 'National Assembly of Serbia']);
    const de = 'In Serbien trat Ministerpräsident Miloš Vučević zurück. Das Parlament muss nun entscheiden.';
    expect(find(de, '2025-01-28', 'de')).toContainEqual(['Parlament', 'National Assembly of Serbia']);
  });
});

describe('countries by one letter in Japanese (set 77)', () => {
  it('marks 米 of "米政府" and "日米" as the United States, and not the 米 of 欧米 or 米価', () => {
    const found = find('米政府は日米首脳会談の後、欧米の米価について説明した。', '2023-08-18', 'ja');
    expect(found.filter(([surface]) => surface === '米')).toEqual([
      ['米', 'United States'],
      ['米', 'United States'],
    ]);
  });
});

describe('Polish case forms of places named as in English, and regnal numbers (set 76)', () => {
  it('reads "Serbii", "Iranu" and "w Omanie" as the countries whose Polish names are their English ones', () => {
    const found = find('Prezydent Serbii spotkał się z szefem dyplomacji Iranu w Omanie.', '2017-11-22', 'pl');
    expect(found).toEqual([
      ['Serbii', 'Serbia'],
      ['Iranu', 'Iran'],
      ['Omanie', 'Oman'],
    ]);
  });

  it('never reads a Roman numeral alone as a monarch ("III RP" is the Third Polish Republic, not Charles III)', () => {
    expect(
      find('Tadeusz Mazowiecki, pierwszy niekomunistyczny premier III RP, był wysłannikiem ONZ.', '2017-11-22', 'pl'),
    ).not.toContainEqual(['III', 'Charles III']);
    expect(find('Der britische König Charles III. reiste nach Berlin.', '2023-03-29', 'de')).toContainEqual([
      'Charles III',
      'Charles III',
    ]);
  });
});

describe('a state body by the Romance adjective written after it (set 76)', () => {
  it('reads "o Exército nigeriano" as Nigeria’s army, where the story names Nigeria among others', () => {
    expect(
      find('Na Nigéria e no Chade, o Exército nigeriano avança com apoio da França.', '2019-10-17', 'pt'),
    ).toContainEqual(['Exército', 'Nigerian Army']);
  });

  it('takes no ordinary word after the body for an adjective', () => {
    expect(namesOf(find('El Ejército ha dicho que avanza en Siria.', '2017-10-17', 'es'))).not.toContain(
      'Syrian Arab Army',
    );
  });
});

describe('foreigners named in the European press’s own spellings (set 78)', () => {
  it('reads "Ahmed Schafik" of a German story on Egypt as Ahmed Shafik, and his surname after', () => {
    const found = find(
      'Der frühere Ministerpräsident Ahmed Schafik zog seine Kandidatur in Ägypten zurück. Schafik sagte nichts.',
      '2018-04-02',
      'de',
    );
    expect(found).toContainEqual(['Ahmed Schafik', 'Ahmed Shafik']);
    expect(found).toContainEqual(['Schafik', 'Ahmed Shafik']);
  });

  it('reads names no pass has read in a Polish and a German story, and a surname after them', () => {
    const pl = find(
      'Na Białorusi opozycja: Wiktar Babaryka i Waleryj Cepkała oraz Maria Kalesnikawa protestują przeciwko władzom Białorusi. Babaryka siedzi w areszcie.',
      '2020-08-10',
      'pl',
    );
    expect(pl).toContainEqual(['Wiktar Babaryka', 'Viktar Babaryka']);
    expect(pl).toContainEqual(['Waleryj Cepkała', 'Valery Tsepkalo']);
    expect(pl).toContainEqual(['Maria Kalesnikawa', 'Maria Kalesnikava']);
    expect(pl).toContainEqual(['Babaryka', 'Viktar Babaryka']);
    const de = find(
      'Der Kandidat Mussa Mustafa Mussa gilt als Unterstützer von Präsident Abdel Fattah al-Sisi in Ägypten.',
      '2018-04-02',
      'de',
    );
    expect(de).toContainEqual(['Mussa Mustafa Mussa', 'Moussa Mostafa Moussa']);
  });

  it('reads "Georges Papandréou" of a French story of 2015 as the prime minister, not his grandfather', () => {
    expect(find('Le Grec Georges Papandréou, ancien Premier ministre de la Grèce.', '2015-01-26', 'fr')).toContainEqual(
      ['Georges Papandréou', 'George Papandreou'],
    );
  });
});

describe('foreigners named in Cyrillic spellings the knowledge base lacks (set 80)', () => {
  it('reads "Дилма Руссефф" as Dilma Rousseff, whose Russian name the base writes "Дилма Русеф"', () => {
    const found = find(
      'Саммит БРИКС прошел в Бразилии. Новый банк развития возглавляет бывший президент Бразилии Дилма Руссефф.',
      '2025-07-07',
      'ru',
    );
    expect(found).toContainEqual(['Дилма Руссефф', 'Dilma Rousseff']);
  });

  it('reads a Serbian minister in the dative, "Горану Весичу", by the sound of his Latin name', () => {
    const found = find(
      'В Сербии премьер Милош Вучевич ушел в отставку. Бывшему министру строительства Горану Весичу предъявлено обвинение.',
      '2025-01-28',
      'ru',
    );
    expect(found).toContainEqual(['Горану Весичу', 'Goran Vesić']);
  });
});

describe('foreigners named in hangul spellings the knowledge base lacks (set 80)', () => {
  it('reads "스콧 베센트 미 재무장관" as Scott Bessent and "베센트 장관" after it, and a Pakistani general by his office', () => {
    const ko = find(
      '미국과 한국이 관세 협상을 했다. 스콧 베센트 미 재무장관은 말했다. 베센트 장관은 협상을 이끌었다.',
      '2025-07-31',
      'ko',
    );
    expect(ko).toContainEqual(['스콧 베센트', 'Scott Bessent']);
    expect(ko).toContainEqual(['베센트', 'Scott Bessent']);
    expect(find('파키스탄 군부의 카마르 자베드 바지와 육군참모총장이 퇴임한다.', '2022-11-03', 'ko')).toContainEqual([
      '카마르 자베드 바지와',
      'Qamar Javed Bajwa',
    ]);
  });

  it('does not read two ordinary Korean words that sound as a name', () => {
    const text = '프랑스 대선에서 마크롱은 "이제 나는 어느 한 진영의 후보가 아니라 모두의 대통령"이라고 말했다.';
    expect(find(text, '2022-04-24', 'ko').filter(([surface]) => surface.includes(' '))).toEqual([]);
  });
});

describe('foreigners named in Chinese spellings the knowledge base lacks (sets 80 and 81)', () => {
  it('reads dotted names in a story on Peru and on Sweden by sound, and the surname alone after one', () => {
    const peru = find(
      '秘鲁国会16日选举弗朗西斯科·萨加斯蒂为临时总统。此前曼努埃尔·梅里诺辞职。萨加斯蒂表示将稳定局势。',
      '2020-11-17',
      'zh',
    );
    expect(peru).toContainEqual(['弗朗西斯科·萨加斯蒂', 'Francisco Sagasti']);
    expect(peru).toContainEqual(['曼努埃尔·梅里诺', 'Manuel Merino']);
    expect(peru).toContainEqual(['萨加斯蒂', 'Francisco Sagasti']);
    expect(find('瑞典议会议长安德烈亚斯·诺伦与瑞典民主党领袖吉米·奥克松会面。', '2022-09-20', 'zh')).toEqual(
      expect.arrayContaining([
        ['安德烈亚斯·诺伦', 'Andreas Norlén'],
        ['吉米·奥克松', 'Jimmie Åkesson'],
      ]),
    );
  });
});

describe('a foreigner’s surname alone in katakana before an office, where the base lacks it (set 81)', () => {
  it('reads "ベルニエ氏" and "ウィルソンレイボールド元法相" of a story on Canada as Bernier and Wilson-Raybould', () => {
    const found = find(
      'カナダ総選挙で自由党が勝利し、トルドー首相が続投する。カナダ下院では保守党、ブロック・ケベコワ、新民主党が議席を得た。' +
        'ベルニエ氏の人民党は議席を失った。ウィルソンレイボールド元法相は無所属で当選した。',
      '2019-10-22',
      'ja',
    );
    expect(found).toContainEqual(['ベルニエ', 'Maxime Bernier']);
    expect(found).toContainEqual(['ウィルソンレイボールド', 'Jody Wilson-Raybould']);
  });
});

describe('foreigners named in Hebrew spellings the knowledge base lacks, after a title (sets 80 and 81)', () => {
  it('reads a British minister and the Chief Rabbi after their titles, and the minister’s surname after', () => {
    const found = find(
      "בריטניה השעתה רישיונות. ההחלטה של בריטניה התקבלה יחד עם מזכיר העסקים והסחר, ג'ונתן ריינולדס. הרב הראשי של בריטניה, אפרים מירוויס, תקף את ההחלטה. ריינולדס אמר.",
      '2024-09-02',
      'he',
    );
    expect(found).toContainEqual(["ג'ונתן ריינולדס", 'Jonathan Reynolds']);
    expect(found).toContainEqual(['אפרים מירוויס', 'Ephraim Mirvis']);
    expect(found).toContainEqual(['ריינולדס', 'Jonathan Reynolds']);
  });
});

describe('another country’s houses, courts and election commissions by the European press’s words (set 78)', () => {
  it('reads the Polish "Centralna Komisja Wyborcza" of a story on Belarus as Belarus’s, and OMON there as its own', () => {
    const found = find(
      'Na Białorusi Łukaszenka ogłosił zwycięstwo. Centralna Komisja Wyborcza podała, że Łukaszenka wygrał. OMON rozpędzał protesty w Mińsku, stolicy Białorusi.',
      '2020-08-10',
      'pl',
    );
    expect(found).toContainEqual(['Centralna Komisja Wyborcza', 'Central Election Commission of Belarus']);
    expect(found).toContainEqual(['OMON', 'Belarusian OMON']);
    expect(namesOf(found)).not.toContain('Gazeta Wyborcza');
  });

  it('reads the German "Unterhaus" of a story on Britain as the House of Commons', () => {
    expect(
      find(
        'Großbritannien hat einen neuen Premier. Boris Johnson muss im Unterhaus eine Mehrheit finden, sagte er in London über Großbritannien.',
        '2019-07-23',
        'de',
      ),
    ).toContainEqual(['Unterhaus', 'House of Commons of the United Kingdom']);
  });
});

describe('a world-famous person’s surname alone in the European press’s spelling (set 78)', () => {
  it('reads "Poutine" and "Łukaszenka" alone as Putin and Lukashenko', () => {
    expect(find('Poutine a dit que la Russie gagnera.', '2022-03-01', 'fr')).toContainEqual([
      'Poutine',
      'Vladimir Putin',
    ]);
    expect(find('Łukaszenka wygrał wybory na Białorusi.', '2020-08-10', 'pl')).toContainEqual([
      'Łukaszenka',
      'Alexander Lukashenko',
    ]);
  });
});

describe('a known body’s acronym defined for its name in a neighbouring language (set 78)', () => {
  it('reads "Instituto Nacional Eleitoral (INE)" of a Portuguese story on Mexico as Mexico’s INE, not a new body', () => {
    const found = find(
      'No México, o Instituto Nacional Eleitoral (INE) divulgou a contagem. López Obrador venceu no México. O INE confirmou.',
      '2018-07-02',
      'pt',
    );
    expect(found).toContainEqual(['Instituto Nacional Eleitoral', 'National Electoral Institute']);
    expect(found.filter(([, name]) => name.startsWith('unknown'))).toEqual([]);
  });
});

describe('the Dutch and German press’s spellings and names (set 79)', () => {
  it('reads "Michail Gorbatsjov" of a Dutch story and "Adel al-Dschubeir" of a German one', () => {
    expect(
      find(
        'Michail Gorbatsjov, de laatste leider van de Sovjet-Unie, is overleden. Rusland rouwt.',
        '2022-08-31',
        'nl',
      ),
    ).toContainEqual(['Michail Gorbatsjov', 'Mikhail Gorbachev']);
    expect(
      find(
        'Der saudische Außenminister Adel al-Dschubeir sagte in Riad, Saudi-Arabien breche mit Iran.',
        '2016-01-04',
        'de',
      ),
    ).toContainEqual(['Adel al-Dschubeir', 'Adel al-Jubeir']);
  });

  it('reads the German "Bosnien" and the Polish "Bośni" as Bosnia and Herzegovina', () => {
    expect(find('In Bosnien wurde am Sonntag gewählt.', '2022-10-03', 'de')).toContainEqual([
      'Bosnien',
      'Bosnia and Herzegovina',
    ]);
    expect(find('Wybory w Bośni odbyły się w niedzielę.', '2022-10-03', 'pl')).toContainEqual([
      'Bośni',
      'Bosnia and Herzegovina',
    ]);
  });
});

describe('a body’s head noun going on in a Romance adjective (set 78)', () => {
  it('does not read "la Commission électorale" of a French story on Gabon as the European Commission', () => {
    const found = find(
      'Au Gabon, la Commission électorale a proclamé Ali Bongo vainqueur. L’Union européenne a demandé les résultats. La Commission électorale a refusé.',
      '2016-09-01',
      'fr',
    );
    expect(namesOf(found)).not.toContain('European Commission');
  });
});

describe('a shared name opening a quoted sentence (set 79)', () => {
  it('reads "Che" opening a quotation in an Italian story as the word, not Che Guevara', () => {
    const found = find(
      'A Cuba, Fidel Castro e Raúl Castro ricordano la rivoluzione. La premier ha detto: "Che razza di musulmani sono?". Ha detto che il Paese resisterà.',
      '2016-07-03',
      'it',
    );
    expect(namesOf(found)).not.toContain('Che Guevara');
  });

  it('still reads "Turkey" opening an English sentence as the country, where the story also serves turkey', () => {
    const found = find(
      'Erdogan met Putin in Tehran. Turkey, a NATO member, wants more. Families roast a turkey for the holidays.',
      '2022-07-19',
    );
    expect(found).toContainEqual(['Turkey', 'Turkey']);
  });
});

describe('a company’s shared name among words of business', () => {
  it('reads "BP" and "Shell" beside "Shares" as the oil companies, in a story that names no country', () => {
    expect(find('Shares in BP and Shell rose on Tuesday after oil prices climbed.', '2024-11-05')).toEqual([
      ['BP', 'BP'],
      ['Shell', 'Shell plc'],
    ]);
    expect(find('Profits at the oil giant Shell fell by a third in the quarter.', '2024-11-05')).toEqual([
      ['Shell', 'Shell plc'],
    ]);
  });

  it('reads "Ford" as the carmaker among words of business, and as the premier where the story names him', () => {
    expect(find('Shares of Ford fell 3% after the carmaker cut its profit forecast.', '2024-11-05')).toEqual([
      ['Ford', 'Ford Motor Company'],
    ]);
    expect(
      namesOf(find('Ontario Premier Doug Ford met investors. Ford said the company tax would not rise.', '2024-11-05')),
    ).toEqual(['Doug Ford', 'Doug Ford']);
  });

  it('reads a company’s shared name opening a sentence before a verb of saying, a possessive or its stock', () => {
    expect(find('Amazon said it would cut 14,000 corporate jobs.', '2025-10-28')).toEqual([['Amazon', 'Amazon']]);
    expect(find('Apple’s shares fell after the iPhone maker warned on sales.', '2025-10-28')).toEqual([
      ['Apple', 'Apple Inc.'],
    ]);
    expect(find('Apple shares fell after the iPhone maker warned on sales.', '2025-10-28')).toEqual([
      ['Apple', 'Apple Inc.'],
    ]);
  });

  it('does not read a common word opening a sentence as a company, nor a party’s shared acronym as a company', () => {
    expect(namesOf(find('Total revenue rose 5% in the quarter, and profits climbed.', '2024-11-05'))).toEqual([]);
    expect(
      namesOf(
        find('Cyril Ramaphosa said the ANC would hold its stake in the talks, as shares in South African banks fell.'),
      ),
    ).toContain('African National Congress');
  });
});

describe('readings added from held-out set 87', () => {
  it('reads "the Cabinet" of a story about Nepal and "el Gabinete" of one about Ecuador as their councils of ministers', () => {
    expect(
      find(
        'KATHMANDU: Prime Minister KP Sharma Oli said Nepal would not back down. The Cabinet approved the map.',
        '2020-06-13',
      ),
    ).toContainEqual(['Cabinet', 'Council of Ministers of Nepal']);
    expect(
      find(
        'QUITO: El presidente Lenín Moreno dijo que el Gabinete se reunirá. Ecuador vive una crisis.',
        '2019-10-14',
        'es',
      ),
    ).toContainEqual(['Gabinete', 'Cabinet of Ecuador']);
  });

  it('reads "PrivatBank" as the bank, and German’s common noun "Privatbank" as no actor', () => {
    expect(find('Kolomoisky lost control of PrivatBank in 2016.', '2019-05-01')).toContainEqual([
      'PrivatBank',
      'PrivatBank',
    ]);
    expect(
      namesOf(
        find(
          'Die Schweizer Privatbank Julius Bär hatte offengelegt, dass sie Kredite vergeben hatte.',
          '2023-11-29',
          'de',
        ),
      ),
    ).not.toContain('PrivatBank');
  });

  it('reads Ecuador’s "Contraloría General del Estado" in a story about Ecuador, not Bolivia’s', () => {
    expect(
      find(
        'En Quito, manifestantes incendiaron la sede de la Contraloría General del Estado. El presidente Lenín Moreno condenó el ataque en Ecuador.',
        '2019-10-14',
        'es',
      ),
    ).toContainEqual(['Contraloría General del Estado', 'Comptroller General of Ecuador']);
  });

  it('reads a surname after a word for a government as its head in office, in French', () => {
    expect(
      find(
        'Le procès vise des hommes du système, dont plusieurs ministres du gouvernement Bedoui.',
        '2019-12-11',
        'fr',
      ),
    ).toContainEqual(['Bedoui', 'Noureddine Bedoui']);
  });

  it('reads "Congo" of a story on M23 and Goma as the Democratic Republic, and M23 as the rebels of the country it names', () => {
    expect(find('The M23 rebels captured Goma, Congo’s army said.', '2025-01-28')).toEqual([
      ['M23', 'March 23 Movement'],
      ['Congo', 'Democratic Republic of the Congo'],
    ]);
    // The Republic of the Congo where the story says so.
    expect(find('In Brazzaville, Congo’s president Denis Sassou Nguesso won again.', '2021-03-23')).toContainEqual([
      'Congo',
      'Republic of the Congo',
    ]);
  });

  it('leaves a title the knowledge base writes into an alias out of the span, and keeps one that is part of the name', () => {
    expect(
      find(
        'Supreme Leader Ayatollah Ali Khamenei received Emir Sheikh Tamim bin Hamad Al Thani. Sheikh Hasina and Prince Harry were absent.',
        '2023-05-01',
      ),
    ).toEqual([
      ['Ali Khamenei', 'Ali Khamenei'],
      ['Tamim bin Hamad Al Thani', 'Tamim bin Hamad Al Thani'],
      ['Sheikh Hasina', 'Sheikh Hasina'],
      ['Prince Harry', 'Prince Harry, Duke of Sussex'],
    ]);
  });

  it('reads a minor figure of the past named in full only where the story names their country or kin', () => {
    // The English judge of 2019, not New Zealand's prime minister of the 1940s.
    const post =
      'In 2019 the subpostmasters won their case in the High Court, where Justice Peter Fraser found that Horizon was not robust. Rishi Sunak promised a law.';
    expect(namesOf(find(post, '2024-01-11'))).not.toContain('Peter Fraser');
    const nz = 'Peter Fraser led New Zealand through the war; Labour governed until 1949.';
    expect(find(nz, '2024-01-11')).toContainEqual(['Peter Fraser', 'Peter Fraser']);
  });
});

describe('readings added in the stop of held-out set 88 (from probing, then from the set)', () => {
  it('reads "the Red Cross" as the national society of the story’s country, and as the ICRC where it names none', () => {
    const stories: [string, string, string][] = [
      [
        'The Red Cross said it had received the hostages in Gaza, and Hamas confirmed the handover.',
        '2023-11-25',
        'International Committee of the Red Cross',
      ],
      [
        'After Hurricane Helene hit North Carolina, the Red Cross opened shelters, FEMA said.',
        '2024-10-01',
        'American Red Cross',
      ],
      [
        'The Red Cross said volunteers helped after the floods in Yorkshire, and Keir Starmer thanked them.',
        '2024-10-01',
        'British Red Cross',
      ],
    ];
    for (const [text, date, name] of stories) expect(find(text, date)).toContainEqual(['Red Cross', name]);
  });

  it('does not read a name with a word of likeness written onto it ("Kremlin-style") as the actor', () => {
    const text = 'Critics called it a Kremlin-style vote. The Kremlin-backed candidate won, Vladimir Putin said.';
    expect(find(text, '2024-03-18').map(([surface]) => surface)).toEqual(['The Kremlin', 'Vladimir Putin']);
  });

  it('reads a company’s shared name listed beside other companies as the company', () => {
    const text =
      'Das Gemeinschaftsunternehmen ESMC, an dem auch Bosch, Infineon und NXP beteiligt sind, baut in Dresden.';
    expect(find(text, '2024-09-17')).toContainEqual(['Bosch', 'Robert Bosch GmbH']);
  });

  it('reads no surname after a portfolio that has no title after it ("Climate Finance Deal")', () => {
    expect(
      find('COP29 Ends in Baku With $300 Billion Climate Finance Deal After Marathon Talks', '2024-11-24'),
    ).toEqual([]);
    expect(find('Finance Minister Sitharaman presented the budget.', '2024-02-01')).toContainEqual([
      'Sitharaman',
      'Nirmala Sitharaman',
    ]);
  });

  it('does not read an acronym written like a word as the acronym where another actor has that word for a name', () => {
    // "Otan" was the first name of Kazakhstan's ruling party; NATO's French name is read in French.
    const kz = 'Amanat, which was founded as Otan in 1999 by Nursultan Nazarbayev, won the Mazhilis election.';
    expect(namesOf(find(kz, '2023-03-20'))).not.toContain('NATO');
    expect(find('Le sommet de l’Otan s’est ouvert à Vilnius, a dit Emmanuel Macron.', '2023-07-11')).toContainEqual([
      'Otan',
      'NATO',
    ]);
  });

  it('reads a national body’s shared name before "of" and a province the base lacks as the province’s body', () => {
    const text =
      "Canada's Competition Bureau lost in Ottawa, and Justin Trudeau's government appealed. The Supreme Court of Nova Scotia ruled on Monday.";
    const found = find(text, '2024-01-01');
    expect(namesOf(found)).not.toContain('Supreme Court of Canada');
    expect(found).toContainEqual(['Supreme Court of Nova Scotia', 'unknown-body:Supreme Court of Nova Scotia']);
    // A court's own words after "of" stay the court's.
    expect(
      find('In Pretoria, Cyril Ramaphosa said the Supreme Court of Appeal had ruled.', '2024-01-01'),
    ).toContainEqual(['Supreme Court of Appeal', 'Supreme Court of Appeal of South Africa']);
  });

  it('reads a surname shared with a company the story names as the company where the story says so', () => {
    const text =
      'Rogers Communications Inc. closed its takeover of Shaw. Rogers said it would invest in the West. Later, chair Edward Rogers spoke. Rogers said he was pleased.';
    expect(find(text, '2023-04-03').filter(([surface]) => surface === 'Rogers')).toEqual([
      ['Rogers', 'Rogers Communications'],
      ['Rogers', 'Edward Rogers'],
    ]);
  });
});
