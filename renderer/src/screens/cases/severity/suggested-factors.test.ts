import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { labels } from '../../../../../shared/domain/labels';
import type { SeverityFactorSuggestion } from '../../../../../shared/domain/severity-suggestions';
import { da, en } from '../../../i18n/resources';
import { assessmentInput } from './suggested-factors';

const i18n = i18next.createInstance();
await i18n.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false } });

const suggestions: SeverityFactorSuggestion[] = [
  { factor: 'minor_involved', sources: [{ kind: 'party_under_18', partyId: 1 }] },
  { factor: 'abuse_of_power', sources: [{ kind: 'power_relation', code: 'leader_over_employee', accusedPartyId: 2, affectedPartyId: 1 }] },
];

const values = {
  caseId: 1,
  assessedOn: '2026-03-04',
  extent: 'single' as const,
  affectedCount: 1,
  chosenLevel: 2 as const,
};

describe('assessmentInput', () => {
  it('keeps why a suggested factor was left out with the justification, in the person’s language', () => {
    const input = assessmentInput(
      { ...values, factors: ['minor_involved'], rationale: 'Én episode.', setAsideReasons: { abuse_of_power: '  Ingen rolle over hende. ' } },
      suggestions,
      labels.da,
      i18n.getFixedT('da'),
    );
    expect(input).toEqual({
      ...values,
      factors: ['minor_involved'],
      rationale: 'Én episode.\n\nFravalgt: Misbrug af en magtposition. Begrundelse: Ingen rolle over hende.',
    });
    expect(input).not.toHaveProperty('setAsideReasons');
  });

  it('drops a reason once the factor is ticked again, and leaves the justification empty when nothing was written', () => {
    const input = assessmentInput(
      { ...values, factors: ['minor_involved', 'abuse_of_power'], rationale: null, setAsideReasons: { abuse_of_power: 'Skrevet før fluebenet kom igen' } },
      suggestions,
      labels.en,
      i18n.getFixedT('en'),
    );
    expect(input.rationale).toBeNull();
  });
});
