import { describe, expect, test } from 'vitest';
import { powerRelationWarnings, type PowerRelationParty } from './power-relations';
import type { OrganisationalRole, PartyRole } from './vocabulary';

function party(
  id: number,
  role: PartyRole,
  organisationalRole: OrganisationalRole | null,
  under18 = false,
): PowerRelationParty {
  return { id, role, organisationalRole, under18 };
}

describe('powerRelationWarnings', () => {
  test('leader accused by an employee', () => {
    const parties = [party(1, 'accused', 'leader'), party(2, 'affected', 'employee')];
    expect(powerRelationWarnings(parties, 'workplace')).toEqual([
      { code: 'leader_over_employee', accusedPartyId: 1, affectedPartyId: 2 },
    ]);
  });

  test('no warning when the roles are the other way round', () => {
    const parties = [party(1, 'accused', 'employee'), party(2, 'affected', 'leader')];
    expect(powerRelationWarnings(parties, 'workplace')).toEqual([]);
  });

  test('elected politician and a volunteer, in any context', () => {
    const parties = [party(1, 'accused', 'elected_politician'), party(2, 'affected', 'volunteer')];
    expect(powerRelationWarnings(parties, null)).toEqual([
      { code: 'elected_over_campaign_worker', accusedPartyId: 1, affectedPartyId: 2 },
    ]);
  });

  test.each(['member', 'youth_member', 'employee'] as const)(
    'elected politician and a %s only during a campaign',
    (affectedRole) => {
      const parties = [party(1, 'accused', 'elected_politician'), party(2, 'affected', affectedRole)];
      expect(powerRelationWarnings(parties, 'campaign').map((warning) => warning.code)).toEqual([
        'elected_over_campaign_worker',
      ]);
      expect(powerRelationWarnings(parties, 'meeting')).toEqual([]);
    },
  );

  test('elected politician and an external person is not a campaign relation', () => {
    const parties = [party(1, 'accused', 'elected_politician'), party(2, 'affected', 'external')];
    expect(powerRelationWarnings(parties, 'campaign')).toEqual([]);
  });

  test('trust-elected and a member under 18 gives both the role and the age warning', () => {
    const parties = [party(1, 'accused', 'trust_elected'), party(2, 'affected', 'youth_member', true)];
    expect(powerRelationWarnings(parties, 'event')).toEqual([
      { code: 'trust_elected_over_minor', accusedPartyId: 1, affectedPartyId: 2 },
      { code: 'adult_over_minor', accusedPartyId: 1, affectedPartyId: 2 },
    ]);
  });

  test('trust-elected and an adult member gives no warning', () => {
    const parties = [party(1, 'accused', 'trust_elected'), party(2, 'affected', 'member')];
    expect(powerRelationWarnings(parties, 'event')).toEqual([]);
  });

  test('any adult and a person under 18, even with no known role', () => {
    const parties = [party(1, 'accused', null), party(2, 'affected', null, true)];
    expect(powerRelationWarnings(parties, null)).toEqual([
      { code: 'adult_over_minor', accusedPartyId: 1, affectedPartyId: 2 },
    ]);
  });

  test('two people under 18 give no age warning', () => {
    const parties = [party(1, 'accused', 'youth_member', true), party(2, 'affected', 'youth_member', true)];
    expect(powerRelationWarnings(parties, 'event')).toEqual([]);
  });

  test('witnesses and support persons are not part of the relation', () => {
    const parties = [
      party(1, 'witness', 'leader'),
      party(2, 'affected', 'employee', true),
      party(3, 'support_person', 'trust_elected'),
    ];
    expect(powerRelationWarnings(parties, 'workplace')).toEqual([]);
  });

  test('each accused is checked against each affected person', () => {
    const parties = [
      party(1, 'accused', 'leader'),
      party(2, 'affected', 'employee'),
      party(3, 'affected', 'employee'),
      party(4, 'accused', 'member'),
    ];
    expect(powerRelationWarnings(parties, 'workplace')).toEqual([
      { code: 'leader_over_employee', accusedPartyId: 1, affectedPartyId: 2 },
      { code: 'leader_over_employee', accusedPartyId: 1, affectedPartyId: 3 },
    ]);
  });
});
