import { describe, expect, test } from 'vitest';
import * as vocabulary from './vocabulary';

const codeLists: [string, readonly (string | number)[]][] = Object.entries(vocabulary).filter(([, value]) =>
  Array.isArray(value),
);

describe('vocabulary', () => {
  test('exports the code lists the records need', () => {
    expect(codeLists.map(([name]) => name).sort()).toEqual(
      [
        'AGREEMENT_STATUSES',
        'CASE_STATUSES',
        'CHANNELS',
        'CONSENT_ACTIONS',
        'CONSENT_DECISIONS',
        'CONSENT_FORMS',
        'CONSULTATION_SCOPES',
        'CONTACT_PERSON_ROLES',
        'CONTEXTS',
        'CONVERSATION_STATUSES',
        'DEFAULT_CATEGORY_KEYS',
        'EXTENTS',
        'LANGUAGES',
        'NOTE_KINDS',
        'ORGANISATIONAL_ROLES',
        'OUTCOMES',
        'PARTY_ROLES',
        'REPORTER_KINDS',
        'SEVERITY_FACTORS',
        'SEVERITY_LEVELS',
        'SUPPORT_OFFERS',
        'TAKEOVER_ROLES',
      ].sort(),
    );
  });

  test.each(codeLists)('%s has distinct codes', (_name, codes) => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  test.each(codeLists.filter(([name]) => name !== 'SEVERITY_LEVELS'))(
    '%s codes are stable snake_case identifiers',
    (_name, codes) => {
      for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    },
  );

  test('case statuses follow the main path of a case', () => {
    expect(vocabulary.CASE_STATUSES).toEqual(['received', 'in_dialogue', 'agreement_made', 'follow_up', 'closed']);
  });

  test('severity levels run 1 to 4', () => {
    expect(vocabulary.SEVERITY_LEVELS).toEqual([1, 2, 3, 4]);
  });
});
