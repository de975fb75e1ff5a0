import { describe, expect, test } from 'vitest';
import { initialSeverityFactors, suggestSeverityFactors } from './severity-suggestions';
import { assessment, caseDetail, note, party } from './testing/case-detail';

describe('suggestSeverityFactors', () => {
  test('a case with no minors and no power relation suggests nothing', () => {
    expect(suggestSeverityFactors(caseDetail({ parties: [party({ id: 1, role: 'affected' }), party({ id: 2, role: 'accused' })] }))).toEqual([]);
  });

  test('every party under 18 is a source of "a minor is involved", whatever their role', () => {
    const detail = caseDetail({
      parties: [party({ id: 1, role: 'affected', under18: true }), party({ id: 2, role: 'accused' }), party({ id: 3, role: 'witness', under18: true })],
    });
    expect(suggestSeverityFactors(detail)).toEqual([
      {
        factor: 'minor_involved',
        sources: [
          { kind: 'party_under_18', partyId: 1 },
          { kind: 'party_under_18', partyId: 3 },
        ],
      },
    ]);
  });

  test('a power-relation warning suggests abuse of a position of power, naming the pair', () => {
    const detail = caseDetail({
      parties: [party({ id: 1, role: 'affected', organisationalRole: 'employee' }), party({ id: 2, role: 'accused', organisationalRole: 'leader' })],
      powerRelationWarnings: [{ code: 'leader_over_employee', accusedPartyId: 2, affectedPartyId: 1 }],
    });
    expect(suggestSeverityFactors(detail)).toEqual([
      { factor: 'abuse_of_power', sources: [{ kind: 'power_relation', code: 'leader_over_employee', accusedPartyId: 2, affectedPartyId: 1 }] },
    ]);
  });

  test('words in notes and the summary are never read as factors', () => {
    const detail = caseDetail(
      { notes: [note({ id: 1, kind: 'conversation', body: 'Det er sket gentagne gange, med tvang og fysisk kontakt. Hun er 16 år.' })] },
      { summary: 'Gentagne overgreb, trusler, mindreårig' },
    );
    expect(suggestSeverityFactors(detail)).toEqual([]);
  });
});

describe('initialSeverityFactors', () => {
  const minor = party({ id: 1, role: 'affected', under18: true, updatedAt: '2026-03-01T10:00:00.000Z' });

  test('the first assessment starts from every suggestion', () => {
    expect(initialSeverityFactors(caseDetail({ parties: [minor] }), undefined)).toEqual(['minor_involved']);
  });

  test('a later assessment keeps what the person chose and does not re-tick a suggestion they left out', () => {
    const latest = assessment({ id: 1, factors: ['impact'], createdAt: '2026-03-05T10:00:00.000Z' });
    expect(initialSeverityFactors(caseDetail({ parties: [minor] }), latest)).toEqual(['impact']);
  });

  test('a party added or changed after the latest assessment brings its suggestion in', () => {
    const latest = assessment({ id: 1, factors: ['impact'], createdAt: '2026-03-05T10:00:00.000Z' });
    const changed = { ...minor, updatedAt: '2026-03-06T09:00:00.000Z' };
    expect(initialSeverityFactors(caseDetail({ parties: [changed] }), latest)).toEqual(['impact', 'minor_involved']);
  });
});
