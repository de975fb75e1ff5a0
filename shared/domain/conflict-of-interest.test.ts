import { describe, expect, test } from 'vitest';
import { assessConflictOfInterest, type ConflictParty } from './conflict-of-interest';

const ordinaryParties: ConflictParty[] = [
  { id: 1, contactPerson: null },
  { id: 2, contactPerson: null },
];

describe('assessConflictOfInterest', () => {
  test('no contact person involved: both may handle, nobody takes over', () => {
    expect(assessConflictOfInterest(ordinaryParties, 'secretariat_head')).toEqual({
      conflicted: [],
      handlers: ['secretariat_head', 'trusted_person'],
      takenOverBy: [],
      warnings: [],
    });
  });

  test('secretariat head is a party: board chair and political leader take over as employer', () => {
    const parties = [...ordinaryParties, { id: 3, contactPerson: 'secretariat_head' as const }];
    expect(assessConflictOfInterest(parties, 'trusted_person')).toEqual({
      conflicted: ['secretariat_head'],
      handlers: ['trusted_person'],
      takenOverBy: ['board_chair', 'political_leader'],
      warnings: [
        { code: 'other_contact_person_is_party', contactPerson: 'secretariat_head', partyIds: [3] },
        { code: 'employer_role_taken_over', takenOverBy: ['board_chair', 'political_leader'] },
      ],
    });
  });

  test('trusted person is a party: the same takeover holds, without the employer warning', () => {
    const parties = [...ordinaryParties, { id: 4, contactPerson: 'trusted_person' as const }];
    expect(assessConflictOfInterest(parties, 'secretariat_head')).toEqual({
      conflicted: ['trusted_person'],
      handlers: ['secretariat_head'],
      takenOverBy: ['board_chair', 'political_leader'],
      warnings: [{ code: 'other_contact_person_is_party', contactPerson: 'trusted_person', partyIds: [4] }],
    });
  });

  test('the vault owner in their own case is told they are conflicted', () => {
    const parties = [{ id: 5, contactPerson: 'trusted_person' as const }];
    const assessment = assessConflictOfInterest(parties, 'trusted_person');
    expect(assessment.warnings).toEqual([
      { code: 'vault_owner_is_party', contactPerson: 'trusted_person', partyIds: [5] },
    ]);
    expect(assessment.handlers).toEqual(['secretariat_head']);
  });

  test('both contact persons involved: no independent contact person is left', () => {
    const parties = [
      { id: 6, contactPerson: 'secretariat_head' as const },
      { id: 7, contactPerson: 'trusted_person' as const },
      { id: 8, contactPerson: 'trusted_person' as const },
    ];
    const assessment = assessConflictOfInterest(parties, 'secretariat_head');
    expect(assessment.conflicted).toEqual(['secretariat_head', 'trusted_person']);
    expect(assessment.handlers).toEqual([]);
    expect(assessment.warnings.map((warning) => warning.code)).toEqual([
      'vault_owner_is_party',
      'other_contact_person_is_party',
      'employer_role_taken_over',
      'no_independent_contact_person',
    ]);
    expect(assessment.warnings[1]).toMatchObject({ partyIds: [7, 8] });
  });

  test('an unknown vault owner still gets a warning for a contact person in the case', () => {
    const parties = [...ordinaryParties, { id: 9, contactPerson: 'secretariat_head' as const }];
    const assessment = assessConflictOfInterest(parties, null);
    expect(assessment.conflicted).toEqual(['secretariat_head']);
    expect(assessment.warnings).toEqual([
      { code: 'contact_person_is_party', contactPerson: 'secretariat_head', partyIds: [9] },
      { code: 'employer_role_taken_over', takenOverBy: ['board_chair', 'political_leader'] },
    ]);
  });
});
