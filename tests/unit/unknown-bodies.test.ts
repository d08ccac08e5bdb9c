/**
 * Bodies the knowledge base does not know, found by the way the press names them (src/core/unknown-bodies.ts),
 * with the shipped knowledge base: what a reader sees marked, and what must stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import type { MatchOptions } from '../../src/core/matcher';
import { readerFor, surfaces, testEntity } from './helpers/mini-kb';
import { realKb } from './helpers/real-kb';

const { matcher } = realKb();

/** [surface, id] of each mention, in a story of June 2024. */
const find = (text: string, options: MatchOptions = {}) => surfaces(matcher, text, { date: '2024-06-01', ...options });

const bodies = (text: string) => find(text).filter(([, id]) => id.startsWith('unknown-body:'));

// Multi-sentence texts: a single capitalized line would read as a title-case headline, where capitals say nothing.
const LEAD = 'The vote was held in May and the count took a week. ';

describe('bodies the knowledge base does not know', () => {
  it('marks a name the article defines an acronym for, and the acronym alone later, as one body', () => {
    const text = `${LEAD}The Human Rights Defenders Coalition (HRDC) called protests. Police met HRDC leaders on Friday.`;
    const id = 'unknown-body:Human Rights Defenders Coalition';
    expect(bodies(text)).toEqual([
      ['Human Rights Defenders Coalition', id],
      ['HRDC', id],
      ['HRDC', id],
    ]);
    // Small words in lower case are no letters of the acronym, in any language.
    expect(bodies(`${LEAD}Le Comité national pour le salut du peuple (CNSP) a pris le pouvoir à Niamey.`)).toEqual([
      ['Comité national pour le salut du peuple', 'unknown-body:Comité national pour le salut du peuple'],
      ['CNSP', 'unknown-body:Comité national pour le salut du peuple'],
    ]);
  });

  it('marks no body for the acronym of a thing: a dam, a plan, an initiative', () => {
    const text = `${LEAD}Egypt fears the Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile. Talks on GERD stalled. Iran left the Joint Comprehensive Plan of Action (JCPOA).`;
    expect(bodies(text)).toEqual([]);
  });

  it('reads a body named in another language, with its acronym in that language’s word order, as the known body', () => {
    const es = 'Las Fuerzas de Siria Democrática (FSD) tomaron Raqa, en Siria. Las FSD dijeron que la batalla terminó.';
    expect(find(es)).toContainEqual(['Fuerzas de Siria Democrática', 'x-syrian-democratic-forces']);
    expect(find(es).filter(([s]) => s === 'FSD')).toEqual([
      ['FSD', 'x-syrian-democratic-forces'],
      ['FSD', 'x-syrian-democratic-forces'],
    ]);
    const fr = 'En Birmanie, la Ligue nationale pour la démocratie (LND) a gagné. La LND a obtenu la majorité.';
    expect(find(fr)).toContainEqual(['Ligue nationale pour la démocratie', 'Q849603']);
    // Not a known acronym of the same letters whose name shares no word with these (the SNCF, France's railway).
    const cameroon =
      'Au Cameroun, le Front pour le salut national du Cameroun (FSNC) a soutenu Paul Biya. La France a réagi.';
    expect(find(cameroon)).toContainEqual(['FSNC', 'unknown-body:Front pour le salut national du Cameroun']);
  });

  it('reads a name defined by the acronym of a known body as that body, and skips small words in any language', () => {
    const guinea =
      'Le vote a eu lieu en Guinée en mars. À Conakry, l’officier a lu une déclaration sur la Radio-Télévision guinéenne (RTG) au nom des militaires.';
    expect(find(guinea)).toContainEqual(['Radio-Télévision guinéenne', 'x-rtg-guinea']);
    expect(
      bodies(`${LEAD}Os dados foram divulgados pela Direção-Geral de Apoio ao Processo Eleitoral (DGAPE) na segunda.`),
    ).toEqual([
      ['Direção-Geral de Apoio ao Processo Eleitoral', 'unknown-body:Direção-Geral de Apoio ao Processo Eleitoral'],
      ['DGAPE', 'unknown-body:Direção-Geral de Apoio ao Processo Eleitoral'],
    ]);
  });

  it('marks a name introduced by the kind of body it is, before or in an apposition after it', () => {
    expect(bodies(`${LEAD}The pagers were made by the Taiwanese company Gold Apollo, its founder said.`)).toEqual([
      ['Gold Apollo', 'unknown-body:Gold Apollo'],
    ]);
    expect(bodies(`${LEAD}La denuncia partió de la organización Manos Limpias, dirigida por un abogado.`)).toEqual([
      ['Manos Limpias', 'unknown-body:Manos Limpias'],
    ]);
    expect(bodies(`${LEAD}Its demands were shaped by Hami Nepal, a volunteer organisation, and by students.`)).toEqual([
      ['Hami Nepal', 'unknown-body:Hami Nepal'],
    ]);
    // Capitals that open with a given name are a person's, unless they end in a place's name as "Hami Nepal" does.
    expect(bodies(`${LEAD}The plan was defended by Tom Ruud, a company spokesman, on Monday.`)).toEqual([]);
    // Not a clause that opens with "the company", nor one word that a lower-case name goes on from.
    expect(bodies(`${LEAD}Under Hashimoto Eiji, the company has built up operations abroad.`)).toEqual([]);
    expect(bodies(`${LEAD}Le groupe Libertés, indépendants, outre-mer et territoires a déposé une motion.`)).toEqual(
      [],
    );
  });

  it('does not take a bracket that does not spell the words, or a person’s initials, for a body', () => {
    // The head noun still names the body; the agency's credit is no acronym of it.
    expect(bodies(`${LEAD}The Human Rights Defenders Coalition (AFP) called protests on Friday.`)).toEqual([
      ['Human Rights Defenders Coalition', 'unknown-body:Human Rights Defenders Coalition'],
    ]);
    expect(bodies(`${LEAD}He met Thabo Mandla Nkosi (TMN) in Durban on Friday.`)).toEqual([]);
  });

  it('marks capitalized words that end or open with a body’s head noun', () => {
    expect(
      bodies(`${LEAD}The Malawi Law Society and the Land and Titles Court disagreed with the Coalición Republicana.`),
    ).toEqual([
      ['Malawi Law Society', 'unknown-body:Malawi Law Society'],
      ['Land and Titles Court', 'unknown-body:Land and Titles Court'],
      ['Coalición Republicana', 'unknown-body:Coalición Republicana'],
    ]);
    expect(
      bodies(`${LEAD}The Ministry of Communication and Information Technology on Monday blocked the app.`),
    ).toEqual([
      [
        'Ministry of Communication and Information Technology',
        'unknown-body:Ministry of Communication and Information Technology',
      ],
    ]); // A head noun written with its diacritics in the word list ("Derneği") is read as the tokens fold it.
    expect(
      bodies('Seçim mart ayında yapıldı ve sonuçlar açıklandı. Çağdaş Yaşamı Destekleme Derneği kararı eleştirdi.'),
    ).toEqual([['Çağdaş Yaşamı Destekleme Derneği', 'unknown-body:Çağdaş Yaşamı Destekleme Derneği']]);
    // Polish declines the head noun, and joins a court to its city with "w": a body, not a judge's name.
    const polish = find(
      'Nowi ministrowie zostali zaprzysiężeni w środę. Żurek, sędzia Sądu Okręgowego w Krakowie, był rzecznikiem sędziów.',
    );
    expect(polish).toContainEqual(['Sądu Okręgowego w Krakowie', 'unknown-body:Sądu Okręgowego w Krakowie']);
    expect(polish.map(([, id]) => id)).not.toContain('unknown:Sądu Okręgowego');
    // And writes "and" as "i": "Ministerstwo Gospodarki Morskiej i Żeglugi Śródlądowej" is one ministry.
    expect(
      find('Decyzję podjęto w środę. Ministerstwo Gospodarki Morskiej i Żeglugi Śródlądowej wydało komunikat.'),
    ).toContainEqual([
      'Ministerstwo Gospodarki Morskiej i Żeglugi Śródlądowej',
      'unknown-body:Ministerstwo Gospodarki Morskiej i Żeglugi Śródlądowej',
    ]);
  });

  it('takes a known place inside the name as part of the body, not as the country', () => {
    const text =
      'The dispute went on for years. The 2002 ruling of the Eritrea-Djibouti Boundary Commission was not applied.';
    // Without the bodies, the country is read inside the name.
    expect(find(text, { unknownPeople: false })).toEqual([['Eritrea', 'Q986']]);
    expect(find(text)).toEqual([
      ['Eritrea-Djibouti Boundary Commission', 'unknown-body:Eritrea-Djibouti Boundary Commission'],
    ]);
  });

  it('leaves generic names, titles before a court, German nouns and known names alone', () => {
    // The story's own body, which the knowledge base names through its country.
    expect(bodies(`${LEAD}The National Assembly and the Judiciary Committee met on Monday.`)).toEqual([]);
    // A judge and a court, not one long name.
    expect(find(`${LEAD}Judge Andrei Mineyev of the Sverdlovsk Regional Court ruled on Monday.`)).toEqual([
      ['Andrei Mineyev', 'unknown:Andrei Mineyev'],
      ['Sverdlovsk Regional Court', 'unknown-body:Sverdlovsk Regional Court'],
    ]);
    const german =
      'Die Union Parlamentarier sind nicht zufrieden, und die Regierung wird nach der Wahl nicht mehr bei der Sache sein.';
    expect(bodies(german)).toEqual([]);
    // A known body's name, whatever the matcher made of it.
    expect(bodies(`${LEAD}The European Commission said on Monday it would act.`)).toEqual([]);
  });

  it('is turned off with the people not in the base', () => {
    expect(find(`${LEAD}The Malawi Law Society said so.`)).toEqual([
      ['Malawi Law Society', 'unknown-body:Malawi Law Society'],
    ]);
    expect(find(`${LEAD}The Malawi Law Society said so.`, { unknownPeople: false })).toEqual([]);
  });

  it('reads a known acronym defined for another name as the new body, there and wherever it stands alone', () => {
    // A base where "SKM" is only the Sikkim party's: the farm unions' front of the same initials is new to it.
    const read = readerFor([
      testEntity('x-test-skm', 'political-party', 'Sikkim Krantikari Morcha', {
        aliases: [{ text: 'SKM', type: 'acronym' }],
      }),
    ]);
    const text =
      `${LEAD}The Samyukt Kisan Morcha (SKM), the umbrella body of the farm unions, said the protest would go on. ` +
      'SKM leaders met on Sunday.';
    expect(read(text)).toEqual([
      ['Samyukt Kisan Morcha', 'unknown-body:Samyukt Kisan Morcha'],
      ['SKM', 'unknown-body:Samyukt Kisan Morcha'],
      ['SKM', 'unknown-body:Samyukt Kisan Morcha'],
    ]);
    // The words of its own name, or of the name in another language, still define the known acronym.
    expect(read(`${LEAD}The Sikkim Krantikari Morcha (SKM) won the state. SKM leaders met on Sunday.`)).toEqual([
      ['Sikkim Krantikari Morcha', 'x-test-skm'],
      ['SKM', 'x-test-skm'],
      ['SKM', 'x-test-skm'],
    ]);
  });

  it('reads no quantity word as the first word of a body’s name', () => {
    expect(bodies(`${LEAD}Most Coalition MPs voted against it. Many Labor MPs voted for it.`)).toEqual([]);
    expect(bodies(`${LEAD}Two Congress MLAs whose whereabouts had been unclear returned on Saturday.`)).toEqual([]);
  });

  it('reads a head noun with a person’s title after it as an office, not a body', () => {
    expect(bodies(`${LEAD}Union Minister of State for Home Ajay Mishra refused to resign on Friday.`)).toEqual([]);
  });

  it('does not open a body’s name with a person’s name before "and"', () => {
    const text = `${LEAD}Among them were FDD president Edith Nawakwi and Zambia Democratic Union Party leader Tilyenji Kaunda.`;
    expect(bodies(text).map(([surface]) => surface)).toEqual(['Zambia Democratic Union Party']);
  });

  it('reads a head noun with a lone given name after it as a thing, not a body', () => {
    expect(bodies(`${LEAD}Protesters waved the Union Jack outside the embassy.`)).toEqual([]);
    // A head with a name that opens no person's name is still a body.
    expect(bodies(`${LEAD}Coalición Republicana called the protest in Santiago.`)).toEqual([
      ['Coalición Republicana', 'unknown-body:Coalición Republicana'],
    ]);
  });
});
