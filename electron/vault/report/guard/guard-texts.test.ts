import { describe, expect, test } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import type { GuardFinding, VaultIdentifier } from './guard-types';
import { guardTexts, scanStrings } from './guard-texts';

const DICTIONARY: readonly VaultIdentifier[] = [
  { kind: 'name', value: 'Hans Jensen' },
  { kind: 'name', value: 'Søren Mølgaard' },
  { kind: 'name', value: 'Anne-Marie Holm' },
  { kind: 'name', value: 'Helle Bach' },
  { kind: 'nickname', value: 'Kalle' },
  { kind: 'nickname', value: 'Bo' },
  { kind: 'initials', value: 'K.T.' },
  { kind: 'email', value: 'moelle82@gmail.com' },
  { kind: 'email', value: 'hans.jensen@example.dk' },
  { kind: 'phone', value: '+45 22 33 44 55' },
  { kind: 'cpr', value: '120390-1234' },
  { kind: 'address', value: 'Nørregade 12, 2. th., 8000 Aarhus C' },
  { kind: 'place', value: 'Nørre Snede' },
  { kind: 'place', value: 'Store Heddinge' },
  { kind: 'unit', value: 'Alternativets Ungdom' },
  { kind: 'role', value: 'sekretariatschef' },
  { kind: 'role', value: 'politisk leder' },
  { kind: 'date', value: '2026-03-12' },
];

function scan(text: string, dictionary: readonly VaultIdentifier[] = DICTIONARY): GuardFinding[] {
  return guardTexts(dictionary, [{ id: 'point-1', label: 'Læringspunkt 1', text }]);
}

/** The findings as the text they point at, so that every position is checked. */
function flagged(text: string, dictionary?: readonly VaultIdentifier[]): string[] {
  return scan(text, dictionary).map((finding) => text.slice(finding.start, finding.end));
}

function findingAt(text: string, span: string): GuardFinding {
  const finding = scan(text).find((candidate) => text.slice(candidate.start, candidate.end) === span);
  if (finding === undefined) throw new Error(`nothing flagged at "${span}" in "${text}"`);
  return finding;
}

describe('names', () => {
  test.each([
    ['Hanses opførsel blev drøftet.', 'Hanses'],
    ["Hans' ven greb ikke ind.", "Hans'"],
    ['Sørens kollega sagde fra.', 'Sørens'],
    ["Søren's kollega sagde fra.", "Søren's"],
    ['Soeren kom for sent.', 'Soeren'],
    ['Soren kom for sent.', 'Soren'],
    ['Det var Mølgaards idé.', 'Mølgaards'],
    ['Jensen-sagen fyldte meget.', 'Jensen'],
    ['Marie var med som bisidder.', 'Marie'],
  ])('catches an inflected or respelt name: %s', (text, span) => {
    const finding = findingAt(text, span);
    expect(finding).toMatchObject({ textId: 'point-1', kind: 'name' });
    expect(['exact', 'normalised']).toContain(finding.rule);
  });

  test('reports how the name was found', () => {
    expect(findingAt('Hans kom.', 'Hans').rule).toBe('exact');
    expect(findingAt('Soeren kom.', 'Soeren').rule).toBe('normalised');
    expect(findingAt('Sørne kom.', 'Sørne')).toMatchObject({ rule: 'fuzzy', matched: 'Søren Mølgaard' });
    expect(findingAt('Mølgard kom.', 'Mølgard')).toMatchObject({ rule: 'normalised', matched: 'Søren Mølgaard' });
    expect(findingAt('Mølgaad kom.', 'Mølgaad')).toMatchObject({ rule: 'fuzzy', matched: 'Søren Mølgaard' });
  });

  test('reports a full name once, not once per part', () => {
    expect(flagged('Hans Jensen og Anne Marie Holm deltog.')).toEqual(['Hans Jensen', 'Anne Marie Holm']);
  });

  test('does not take the pronoun "hans" or the verb "bo" for a name', () => {
    expect(flagged('Han tog hans jakke og ville bo hos en ven.')).toEqual([]);
    expect(flagged('Bo kom også.')).toEqual(['Bo']);
  });

  test('catches nicknames', () => {
    expect(findingAt('Kalles kommentar blev delt.', 'Kalles')).toMatchObject({ kind: 'nickname', matched: 'Kalle' });
  });
});

describe('initials', () => {
  test.each([['HJ'], ['H.J.'], ['H. J.']])('catches initials derived from a name written %s', (initials) => {
    expect(findingAt(`Vi talte med ${initials} om sagen.`, initials)).toMatchObject({ kind: 'name', matched: 'Hans Jensen' });
  });

  test('catches the vault\'s own initials, with or without dots', () => {
    expect(findingAt('KT var til stede.', 'KT')).toMatchObject({ kind: 'initials', matched: 'K.T.' });
    expect(findingAt('Det sagde K.T. selv.', 'K.T.')).toMatchObject({ kind: 'initials', matched: 'K.T.' });
  });

  test('matches only a standalone upper-case token, and a sentence\'s full stop is not part of it', () => {
    expect(flagged('Det var hj og HJK og HJK-gruppen.')).toEqual([]);
    expect(flagged('Sagen handlede om HJ.')).toEqual(['HJ']);
  });

  test('does not derive initials that are common abbreviations', () => {
    // Helle Bach would be HB, which is also the main board.
    expect(flagged('HB drøftede politikken.')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  test('catches the address, its local part and the words in it', () => {
    expect(findingAt('Skriv til moelle82@gmail.com i dag.', 'moelle82@gmail.com')).toMatchObject({ kind: 'email', rule: 'exact' });
    expect(findingAt('Brugeren moelle82 skrev igen.', 'moelle82')).toMatchObject({ kind: 'email', rule: 'exact' });
    expect(findingAt('Han skrev som hans.jensen i gruppen.', 'hans.jensen')).toMatchObject({ kind: 'email' });
  });

  test('catches any address, also written out with (at)', () => {
    expect(findingAt('Svar gik til x.y@firma.dk.', 'x.y@firma.dk')).toMatchObject({ kind: 'email', rule: 'pattern' });
    expect(flagged('Skriv til kontakt (at) firma.dk.')).toEqual(['kontakt (at) firma.dk']);
  });
});

describe('phone numbers', () => {
  test.each([['22334455'], ['22 33 44 55'], ['+45 22 33 44 55'], ['0045 22334455'], ['2233 4455']])(
    'catches the vault\'s number written %s',
    (number) => {
      expect(findingAt(`Hun blev ringet op fra ${number} flere gange.`, number)).toMatchObject({
        kind: 'phone',
        matched: '+45 22 33 44 55',
      });
    },
  );

  test('catches any Danish phone number by pattern', () => {
    expect(findingAt('Ring på 12 34 56 78 efter kl. 16.', '12 34 56 78')).toMatchObject({ kind: 'phone', rule: 'pattern' });
    expect(findingAt('Ring på +4587654321.', '+4587654321')).toMatchObject({ kind: 'phone', rule: 'pattern' });
  });
});

describe('CPR numbers', () => {
  test('catches numbers that fail the modulus 11 check', () => {
    // 120390-1234 and 311299-0001 both fail modulus 11; numbers issued since 2007 may too.
    expect(findingAt('CPR 1203901234 stod i mailen.', '1203901234')).toMatchObject({ kind: 'cpr', matched: '120390-1234' });
    expect(findingAt('Et andet nummer: 311299-0001.', '311299-0001')).toMatchObject({ kind: 'cpr', rule: 'pattern' });
  });

  test('ignores ten digits that cannot be a birth date', () => {
    expect(flagged('Sagsnummer 320190-1111 og 011399-1111.')).toEqual([]);
  });
});

describe('places, units, addresses and unique roles', () => {
  test.each([
    ['Det skete i Nørre-Snede.', 'Nørre-Snede', 'place'],
    ['Et medlem fra Heddinge ringede.', 'Heddinge', 'place'],
    ['Sekretariatschefens rolle blev drøftet.', 'Sekretariatschefens', 'role'],
    ['Den politiske leder var ikke involveret.', 'politiske leder', 'role'],
    ['Mødet var på Nørregade 12 hos et medlem.', 'Nørregade 12', 'address'],
    ['Hun bor i Aarhus.', 'Aarhus', 'address'],
    ['Et medlem af Alternativets Ungdom henvendte sig.', 'Alternativets Ungdom', 'unit'],
  ])('%s', (text, span, kind) => {
    expect(findingAt(text, span).kind).toBe(kind);
  });

  test('ignores ordinary words that are part of a place name or close to one', () => {
    expect(flagged('Store arrangementer kræver planlægning, og en kontaktperson skal være til stede.')).toEqual([]);
  });

  test('catches any street address by pattern', () => {
    expect(flagged('De mødtes på Vesterbrogade 3B og på H.C. Andersens Boulevard 2.')).toEqual([
      'Vesterbrogade 3B',
      'Andersens Boulevard 2',
    ]);
  });

  test('leaves the organisation\'s own name alone when told it is a common word', () => {
    const text = 'I Alternativet skal alle føle sig trygge.';
    expect(flagged(text)).toEqual(['Alternativet']);
    expect(guardTexts(DICTIONARY, [{ id: 'a', label: 'a', text }], { commonWords: ['Alternativet'] })).toEqual([]);
  });
});

describe('dates and ages', () => {
  test.each([['12. marts 2026'], ['12/3'], ['12.3.'], ['12.03.2026'], ['marts 2026'], ['2026-03-12']])(
    'names the incident date written %s',
    (date) => {
      expect(findingAt(`Det skete ${date} om aftenen.`, date)).toMatchObject({ kind: 'date', rule: 'normalised', matched: '2026-03-12' });
    },
  );

  test('catches other dates, months and week numbers by pattern', () => {
    expect(flagged('Den 4. maj 2023, i uge 11, i juli og 1.2.2025.')).toEqual(['4. maj 2023', 'uge 11', 'juli', '1.2.2025']);
  });

  test('does not take numbers, times or Christmas for dates', () => {
    expect(flagged('Det kostede 10.000 kr., 2.5 mio. i alt, kl. 12.30, op til jul.')).toEqual([]);
  });

  test.each([['17-årig'], ['16 år'], ['15 års'], ['14 årige']])('catches the age %s', (age) => {
    expect(findingAt(`En ${age} deltager var involveret.`, age)).toMatchObject({ kind: 'age', rule: 'pattern' });
  });
});

describe('guardTexts', () => {
  test('gives an excerpt around each finding', () => {
    const text = 'Efter et langt møde om aftenen sagde Søren noget, som ingen havde forventet.';
    expect(findingAt(text, 'Søren').excerpt).toBe(`…${text.slice(37 - 30, 42 + 30)}…`);
    expect(guardTexts(DICTIONARY, [{ id: 'a', label: 'a', text }], { excerptRadius: 6 })[0]?.excerpt).toBe('…sagde Søren noget…');
  });

  test('reports texts in the order given and findings in text order', () => {
    const findings = guardTexts(DICTIONARY, [
      { id: 'b', label: 'B', text: 'Kalle og Søren.' },
      { id: 'a', label: 'A', text: 'Ingen navne her.' },
      { id: 'c', label: 'C', text: 'Soeren.' },
    ]);
    expect(findings.map((finding) => [finding.textId, finding.start])).toEqual([
      ['b', 0],
      ['b', 9],
      ['c', 0],
    ]);
  });

  test('refuses an unknown identifier kind without repeating the value', () => {
    let caught: unknown;
    try {
      guardTexts([{ kind: 'shoe_size', value: 'Hemmelig Person' } as unknown as VaultIdentifier], []);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(isAppError(caught) && caught.toData())).not.toContain('Hemmelig');
  });

  test('skips blank identifiers', () => {
    expect(scan('Et helt almindeligt læringspunkt.', [{ kind: 'name', value: '  ' }])).toEqual([]);
  });
});

describe('scanStrings', () => {
  test('scans arbitrary strings, such as the XML parts of a document, by index', () => {
    const parts = ['<w:t>Ingen navne</w:t>', '<w:t xml:space="preserve">Sørens </w:t><w:t>aftale</w:t>'];
    const [finding, ...rest] = scanStrings(DICTIONARY, parts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ textId: '1', kind: 'name', matched: 'Søren Mølgaard' });
    expect(parts[1]?.slice(finding?.start, finding?.end)).toBe('Sørens');
  });
});
