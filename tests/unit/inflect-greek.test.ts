/** Greek case forms of names: what Greek news writes in a genitive or as an object ("του Αλέξη Τσίπρα"). */
import { describe, expect, it } from 'vitest';
import { inflectGreekName } from '../../src/core/inflect-greek';

describe('inflectGreekName', () => {
  it('declines every word of a man’s name in -ος, -ας and -ης', () => {
    expect(inflectGreekName('Αλέξης Τσίπρας', true)).toContain('Αλέξη Τσίπρα');
    expect(inflectGreekName('Κυριάκος Μητσοτάκης', true)).toEqual(
      expect.arrayContaining(['Κυριάκου Μητσοτάκη', 'Κυριάκο Μητσοτάκη']),
    );
    // An accented ending too: the form is written without the accent, which the matcher folds away.
    expect(inflectGreekName('Νίκος Παππάς', true)).toContain('Νίκου Παππα');
  });

  it('declines a woman’s given name but not her surname', () => {
    expect(inflectGreekName('Έφη Αχτσιόγλου', true)).toEqual(['Έφης Αχτσιόγλου']);
    // "Γεννηματάς" would be her father's name, not hers in the genitive.
    expect(inflectGreekName('Φώφη Γεννηματά', true)).toEqual(['Φώφης Γεννηματά']);
  });

  it('declines bodies and countries, with or without the genitive that follows their head', () => {
    expect(inflectGreekName('Νέα Δημοκρατία', false)).toContain('Νέας Δημοκρατίας');
    expect(inflectGreekName('Ηνωμένες Πολιτείες', false)).toContain('Ηνωμένων Πολιτείων');
    expect(inflectGreekName('Ελλάδα', false)).toEqual(['Ελλάδας']);
    expect(inflectGreekName('Βουλή των Ελλήνων', false)).toEqual(['Βουλης των Ελλήνων']);
    expect(inflectGreekName('Κίνημα Αλλαγής', false)).toContain('Κίνηματος Αλλαγής');
  });

  it('leaves acronyms and other scripts alone', () => {
    expect(inflectGreekName('ΣΥΡΙΖΑ', false)).toEqual([]);
    expect(inflectGreekName('Alexis Tsipras', true)).toEqual([]);
  });
});
