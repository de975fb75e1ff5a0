import { describe, expect, test } from 'vitest';
import { labels, type Labels } from './labels';
import * as vocabulary from './vocabulary';

function leaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [[path.join('.'), value]];
}

const groupsByCodeList: [keyof Labels, readonly (string | number)[]][] = [
  ['caseStatus', vocabulary.CASE_STATUSES],
  ['channel', vocabulary.CHANNELS],
  ['reporterKind', vocabulary.REPORTER_KINDS],
  ['category', vocabulary.DEFAULT_CATEGORY_KEYS],
  ['context', vocabulary.CONTEXTS],
  ['outcome', vocabulary.OUTCOMES],
  ['partyRole', vocabulary.PARTY_ROLES],
  ['organisationalRole', vocabulary.ORGANISATIONAL_ROLES],
  ['contactPersonRole', vocabulary.CONTACT_PERSON_ROLES],
  ['takeoverRole', vocabulary.TAKEOVER_ROLES],
  ['noteKind', vocabulary.NOTE_KINDS],
  ['conversationStatus', vocabulary.CONVERSATION_STATUSES],
  ['consentAction', vocabulary.CONSENT_ACTIONS],
  ['consultationScope', vocabulary.CONSULTATION_SCOPES],
  ['consentDecision', vocabulary.CONSENT_DECISIONS],
  ['consentForm', vocabulary.CONSENT_FORMS],
  ['extent', vocabulary.EXTENTS],
  ['severityFactor', vocabulary.SEVERITY_FACTORS],
  ['severityLevel', vocabulary.SEVERITY_LEVELS],
  ['agreementStatus', vocabulary.AGREEMENT_STATUSES],
  ['supportOffer', vocabulary.SUPPORT_OFFERS],
];

describe('labels', () => {
  test.each(vocabulary.LANGUAGES)('%s has a non-empty, trimmed label for every key', (language) => {
    for (const [path, text] of leaves(labels[language])) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).toBe(text);
      expect((text as string).length, path).toBeGreaterThan(0);
    }
  });

  test('Danish and English cover the same keys', () => {
    expect(leaves(labels.da).map(([path]) => path)).toEqual(leaves(labels.en).map(([path]) => path));
  });

  test.each(groupsByCodeList)('%s has exactly the vocabulary codes', (group, codes) => {
    for (const language of vocabulary.LANGUAGES) {
      expect(Object.keys(labels[language][group]).sort()).toEqual(codes.map(String).sort());
    }
  });

  test('Danish uses the glossary words', () => {
    const { da } = labels;
    expect(da.partyRole).toEqual({
      affected: 'Den berørte',
      accused: 'Den påklagede',
      witness: 'Vidne',
      support_person: 'Bisidder',
    });
    expect(Object.values(da.caseStatus)).toEqual(['Modtaget', 'I dialog', 'Aftale indgået', 'Opfølgning', 'Afsluttet']);
    expect(da.reopened).toBe('Genåbnet');
    expect(da.consentDecision).toEqual({ granted: 'Givet', declined: 'Afslået', withdrawn: 'Trukket tilbage' });
    expect(da.extent).toEqual({ single: 'Enkeltstående', repeated: 'Gentaget', systematic: 'Systematisk' });
    expect(da.category).toEqual({
      sexism: 'Kønskrænkende adfærd (sexisme)',
      harassment: 'Uønsket seksuel opmærksomhed (sexchikane)',
      assault: 'Seksuel tvang og overgreb',
      other: 'Anden krænkende adfærd',
    });
    expect(da.outcome.reprimand).toBe('Påtale');
    expect(da.outcome.exclusion).toBe('Eksklusion');
    expect(da.consentAction.police_report).toBe('Politianmeldelse');
    expect(da.consentAction.rape_victims_centre).toBe('Center for Voldtægtsofre');
    expect(da.supportOffer.conversation_series).toBe('Samtaleforløb');
    expect(da.agreementStatus.signed).toBe('Underskrevet');
    expect(da.conflictWarning.vault_owner_is_party).toMatch(/^Du er inhabil i denne sag\./);
  });

  test('Danish labels avoid the policy words that presume guilt', () => {
    for (const [path, text] of leaves(labels.da)) {
      expect(text, path).not.toMatch(/krænke(de|r)\b|krænkende part|offer/i);
    }
  });
});
