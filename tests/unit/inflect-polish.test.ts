/** Polish case forms of names: what Polish news writes after a preposition, as an object, or in a genitive. */
import { describe, expect, it } from 'vitest';
import { inflectPolishName } from '../../src/core/inflect-polish';

/** Asserts each form is among the name's generated forms. */
function expectForms(name: string, person: boolean, forms: string[]) {
  const got = inflectPolishName(name, person);
  for (const form of forms) expect(got, `${name} → ${form}`).toContain(form);
}

describe('inflectPolishName', () => {
  it('declines feminine nouns in -a with their consonant alternations', () => {
    expectForms('Polska', false, ['Polski', 'Polsce', 'Polskę', 'Polską']);
    expectForms('Ukraina', false, ['Ukrainy', 'Ukrainie', 'Ukrainę', 'Ukrainą']);
    expectForms('Rosja', false, ['Rosji', 'Rosję', 'Rosją']);
    expectForms('Warszawa', false, ['Warszawy', 'Warszawie', 'Warszawę', 'Warszawą']);
    expectForms('Moskwa', false, ['Moskwy', 'Moskwie']);
    expectForms('Bruksela', false, ['Brukseli', 'Brukselę']);
    expectForms('Praga', false, ['Pragi', 'Pradze']);
    expectForms('Wisła', false, ['Wisły', 'Wiśle']);
    expectForms('Kanada', false, ['Kanady', 'Kanadzie']);
    expectForms('Francja', false, ['Francji', 'Francję']);
    expectForms('Hiszpania', false, ['Hiszpanii', 'Hiszpanię']);
    expectForms('Korea Północna', false, ['Korei Północnej', 'Koreę Północną']);
    expectForms('Strefa Gazy', false, ['Strefy Gazy', 'Strefie Gazy']);
  });

  it('declines masculine names in -a and surnames in -o like feminine nouns', () => {
    expectForms('Andrzej Duda', true, [
      'Andrzeja Dudy',
      'Andrzejowi Dudzie',
      'Andrzeja Dudę',
      'Andrzejem Dudą',
      'Andrzeju Dudzie',
    ]);
    expectForms('Lech Wałęsa', true, ['Lecha Wałęsy', 'Lechowi Wałęsie', 'Lechem Wałęsą']);
    expectForms('Szymon Hołownia', true, ['Szymona Hołowni', 'Szymonem Hołownią']);
    expectForms('Aleksandr Łukaszenka', true, ['Aleksandra Łukaszenki', 'Aleksandrem Łukaszenką']);
    expectForms('Zbigniew Ziobro', true, ['Zbigniewa Ziobry', 'Zbigniewowi Ziobrze']);
    // A foreign given name in -o is also declined as a man's name: the Polish press writes both.
    expectForms('Ratko Mladić', true, ['Ratki Mladicia', 'Ratka Mladicia', 'Ratkowi Mladiciowi', 'Ratkiem Mladiciem']);
  });

  it('declines masculine consonant stems: a person in -a, a thing in -u or -a', () => {
    expectForms('Donald Tusk', true, ['Donalda Tuska', 'Donaldowi Tuskowi', 'Donaldem Tuskiem', 'Donaldzie Tusku']);
    expectForms('Emmanuel Macron', true, ['Emmanuela Macrona', 'Emmanuelowi Macronowi', 'Emmanuelem Macronem']);
    expectForms('Władimir Putin', true, ['Władimira Putina', 'Władimirem Putinem', 'Władimirze Putinie']);
    expectForms('Donald Trump', true, ['Donalda Trumpa', 'Donaldowi Trumpowi']);
    expectForms('Olaf Scholz', true, ['Olafa Scholza']);
    // A foreign name's -y after a vowel is a consonant, not an adjective's ending ("Rompuyego").
    expectForms('Herman Van Rompuy', true, ['Hermana Van Rompuya', 'Hermanowi Van Rompuyowi']);
    expectForms('Jan Paweł II', true, ['Jana Pawła II', 'Janowi Pawłowi II']);
    expectForms('Władysław Kosiniak-Kamysz', true, ['Władysława Kosiniaka-Kamysza']);
    expectForms('Sejm', false, ['Sejmu', 'Sejmowi', 'Sejmem', 'Sejmie']);
    expectForms('Kreml', false, ['Kremla', 'Kremlu']);
    expectForms('Senat', false, ['Senatu', 'Senacie']);
    expectForms('Kongres', false, ['Kongresu', 'Kongresie']);
    expectForms('Iran', false, ['Iranu', 'Iranie']);
    expectForms('Izrael', false, ['Izraela', 'Izraelem']);
    expectForms('Hamas', false, ['Hamasu']);
    expectForms('Kijów', false, ['Kijowa', 'Kijowie']);
    expectForms('Kraków', false, ['Krakowa', 'Krakowie']);
    expectForms('Gdańsk', false, ['Gdańska', 'Gdańsku']);
    expectForms('Wrocław', false, ['Wrocławia', 'Wrocławiu']);
    expectForms('Waszyngton', false, ['Waszyngtonu', 'Waszyngtonie']);
    expectForms('Paryż', false, ['Paryża', 'Paryżu']);
    expectForms('Poznań', false, ['Poznania', 'Poznaniu']);
  });

  it('declines adjectives and adjectival surnames', () => {
    expectForms('Rafał Trzaskowski', true, [
      'Rafała Trzaskowskiego',
      'Rafałowi Trzaskowskiemu',
      'Rafałem Trzaskowskim',
      'Rafale Trzaskowskim',
    ]);
    expectForms('Wołodymyr Zełenski', true, ['Wołodymyra Zełenskiego', 'Wołodymyrowi Zełenskiemu']);
    expectForms('Jarosław Kaczyński', true, ['Jarosława Kaczyńskiego', 'Jarosławem Kaczyńskim']);
    expectForms('Mateusz Morawiecki', true, ['Mateusza Morawieckiego', 'Mateuszem Morawieckim']);
    expectForms('Barbara Nowacka', true, ['Barbary Nowackiej', 'Barbarę Nowacką']);
    expectForms('Małgorzata Kidawa-Błońska', true, ['Małgorzaty Kidawy-Błońskiej']);
    expectForms('Komisja Europejska', false, ['Komisji Europejskiej', 'Komisję Europejską', 'Komisją Europejską']);
    expectForms('Unia Europejska', false, ['Unii Europejskiej', 'Unię Europejską', 'Unią Europejską']);
    expectForms('Nowa Lewica', false, ['Nowej Lewicy', 'Nową Lewicę', 'Nową Lewicą']);
    expectForms('Polska 2050', false, ['Polski 2050', 'Polsce 2050', 'Polskę 2050', 'Polską 2050']);
    expectForms('Wielka Brytania', false, ['Wielkiej Brytanii', 'Wielką Brytanię']);
    expectForms('Biały Dom', false, ['Białego Domu', 'Białym Domu']);
    expectForms('Bliski Wschód', false, ['Bliskiego Wschodu', 'Bliskim Wschodzie']);
    expectForms('Sąd Najwyższy', false, ['Sądu Najwyższego', 'Sądzie Najwyższym']);
    expectForms('Trybunał Konstytucyjny', false, ['Trybunału Konstytucyjnego', 'Trybunale Konstytucyjnym']);
    expectForms('Parlament Europejski', false, ['Parlamentu Europejskiego', 'Parlamencie Europejskim']);
    expectForms('Platforma Obywatelska', false, ['Platformy Obywatelskiej', 'Platformie Obywatelskiej']);
    expectForms('Narodowy Bank Polski', false, ['Narodowego Banku Polskiego', 'Narodowym Banku Polskim']);
    expectForms('Polska Agencja Prasowa', false, ['Polskiej Agencji Prasowej']);
    expectForms('Trzecia Droga', false, ['Trzeciej Drogi', 'Trzeciej Drodze']);
  });

  it('declines neuter nouns and feminine nouns in a soft consonant', () => {
    expectForms('Prawo i Sprawiedliwość', false, [
      'Prawa i Sprawiedliwości',
      'Prawu i Sprawiedliwości',
      'Prawem i Sprawiedliwością',
      'Prawie i Sprawiedliwości',
    ]);
    expectForms('Białoruś', false, ['Białorusi', 'Białorusią']);
    expectForms('Łódź', false, ['Łodzi']);
    expectForms('Solidarność', false, ['Solidarności']);
    expectForms('Kosowo', false, ['Kosowa', 'Kosowie']);
    expectForms('Pomorze', false, ['Pomorza', 'Pomorzu']);
    expectForms('Bielsko-Biała', false, ['Bielska-Białej', 'Bielsku-Białej']);
  });

  it('declines plural names', () => {
    expectForms('Niemcy', false, ['Niemiec', 'Niemcom', 'Niemcami', 'Niemczech']);
    expectForms('Stany Zjednoczone', false, [
      'Stanów Zjednoczonych',
      'Stanom Zjednoczonym',
      'Stanami Zjednoczonymi',
      'Stanach Zjednoczonych',
    ]);
    expectForms('Węgry', false, ['Węgier', 'Węgrzech']);
    expectForms('Włochy', false, ['Włoch', 'Włoszech']);
    expectForms('Czechy', false, ['Czech', 'Czechach']);
    expectForms('Chiny', false, ['Chin', 'Chinach']);
    expectForms('Indie', false, ['Indii', 'Indiach']);
    expectForms('Katowice', false, ['Katowic', 'Katowicach']);
    expectForms('Siły Zbrojne', false, ['Sił Zbrojnych', 'Siłami Zbrojnymi']);
  });

  it('stops an institution at its head noun: what follows is already in the genitive', () => {
    expectForms('Ministerstwo Obrony Narodowej', false, [
      'Ministerstwa Obrony Narodowej',
      'Ministerstwie Obrony Narodowej',
    ]);
    expectForms('Rada Ministrów', false, ['Rady Ministrów', 'Radzie Ministrów']);
    expectForms('Ministerstwo Spraw Zagranicznych', false, ['Ministerstwa Spraw Zagranicznych']);
    expectForms('Kancelaria Prezydenta RP', false, ['Kancelarii Prezydenta RP']);
    expectForms('Konfederacja Wolność i Niepodległość', false, ['Konfederacji Wolność i Niepodległość']);
    const forms = inflectPolishName('Ministerstwo Obrony Narodowej', false);
    expect(forms.every((f) => f.endsWith(' Obrony Narodowej'))).toBe(true);
  });

  it("keeps a woman's foreign surname and undeclinable words as they are", () => {
    expectForms('Angela Merkel', true, ['Angeli Merkel', 'Angelę Merkel']);
    expectForms('Ursula von der Leyen', true, ['Ursuli von der Leyen', 'Ursulą von der Leyen']);
    expectForms('Giorgia Meloni', true, ['Giorgii Meloni']);
    expectForms('Kamala Harris', true, ['Kamali Harris']);
    expectForms('Beata Szydło', true, ['Beaty Szydło', 'Beacie Szydło']);
    expectForms('Joe Biden', true, ['Joe Bidena', 'Joe Bidenowi']);
    expectForms('Benjamin Netanjahu', true, ['Benjamina Netanjahu']);
    expectForms('Xi Jinping', true, ['Xi Jinpinga']);
  });

  it('leaves numbers, acronyms, particles and other scripts unchanged', () => {
    expect(inflectPolishName('NATO', false)).toEqual([]);
    expect(inflectPolishName('PiS', false)).toEqual([]);
    expect(inflectPolishName('USA', false)).toEqual([]);
    expect(inflectPolishName('Путин', true)).toEqual([]);
    expect(inflectPolishName('Centrum', false)).toEqual([]);
    expect(inflectPolishName('Polska 2050', false).every((f) => f.endsWith(' 2050'))).toBe(true);
    expect(inflectPolishName('Kancelaria Prezydenta RP', false).every((f) => f.endsWith(' RP'))).toBe(true);
    expect(inflectPolishName('Prawo i Sprawiedliwość', false).every((f) => f.includes(' i '))).toBe(true);
    const leyen = inflectPolishName('Ursula von der Leyen', true);
    expect(leyen.every((f) => f.includes(' von der '))).toBe(true);
    expect(inflectPolishName('Xi Jinping', true).every((f) => f.startsWith('Xi '))).toBe(true);
  });

  it('gives only distinct, plausible word shapes and never the name itself', () => {
    const names: [string, boolean][] = [
      ['Polska', false],
      ['Andrzej Duda', true],
      ['Stany Zjednoczone', false],
      ['Prawo i Sprawiedliwość', false],
      ['Niemcy', false],
      ['Pies', false],
      ['Ewa', true],
      ['Ewa Kopacz', true],
      ['Kim Dzong Un', true],
      ['Polska 2050', false],
      ['Ministerstwo Spraw Zagranicznych', false],
      ['Bielsko-Biała', false],
      ['Jan Paweł II', true],
    ];
    for (const [name, person] of names) {
      const forms = inflectPolishName(name, person);
      expect(forms.length, name).toBeGreaterThan(0);
      expect(new Set(forms).size).toBe(forms.length);
      expect(forms).not.toContain(name);
      const original = name.split(/\s+|-/);
      for (const form of forms) {
        expect(form.trim()).toBe(form);
        const words = form.split(/\s+|-/);
        expect(words.length, form).toBe(original.length);
        // A changed word is a stem of two letters or more plus an ending; an unchanged one is as it was.
        words.forEach((w, i) => {
          if (w !== original[i]) expect(w, form).toMatch(/^\p{L}{3,}$/u);
        });
      }
    }
  });
});
