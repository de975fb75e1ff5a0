import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { prescribedSteps, suggestSeverity, suggestSeverityLevel, type SeverityInput } from './severity';
import { EXTENTS, SEVERITY_FACTORS, type SeverityFactor } from './vocabulary';

function level(factors: SeverityFactor[], extent: SeverityInput['extent'] = 'single', affectedCount = 1): number {
  return suggestSeverityLevel({ extent, affectedCount, factors });
}

const BASE_STEPS = [
  'map_incident',
  'oral_agreement',
  'written_agreement',
  'offer_conversation_series',
  'map_extent',
  'map_severity',
  'decide_involvement_of_accused',
  'offer_support_person',
];
const ASSAULT_STEPS = ['offer_rape_victims_centre', 'offer_police_report', 'offer_external_psychologist'];

describe('suggestSeverityLevel', () => {
  test('a single incident with no factors is the least serious', () => {
    expect(level([])).toBe(1);
  });

  test.each([
    ['physical_contact', 2],
    ['coercion_or_threat', 3],
    ['non_physical_assault', 3],
    ['repetition', 2],
    ['abuse_of_power', 2],
    ['minor_involved', 2],
    ['impact', 2],
  ] as const)('a single incident with only %s suggests %i', (factor, expected) => {
    expect(level([factor])).toBe(expected);
  });

  test('extent sets a floor', () => {
    expect(level([], 'repeated')).toBe(2);
    expect(level([], 'systematic')).toBe(3);
  });

  test('the number of people affected sets a floor', () => {
    expect(level([], 'single', 2)).toBe(2);
    expect(level([], 'single', 4)).toBe(2);
    expect(level([], 'single', 5)).toBe(3);
  });

  test('aggravating factors each raise the level by one, up to 4', () => {
    expect(level(['abuse_of_power', 'impact'])).toBe(3);
    expect(level(['physical_contact', 'impact'])).toBe(3);
    expect(level(['abuse_of_power', 'impact'], 'systematic')).toBe(4);
    expect(level(['abuse_of_power', 'impact', 'minor_involved'], 'systematic', 50)).toBe(4);
  });

  test('coercion with physical contact is always the most serious', () => {
    expect(level(['coercion_or_threat', 'physical_contact'])).toBe(4);
  });

  test('coercion from a position of power is the most serious', () => {
    expect(level(['coercion_or_threat', 'abuse_of_power'])).toBe(4);
  });

  test.each(['physical_contact', 'coercion_or_threat', 'non_physical_assault'] as const)(
    'a minor subjected to %s is always the most serious',
    (factor) => {
      expect(level(['minor_involved', factor])).toBe(4);
    },
  );

  test('repetition does not stack with a repeated extent', () => {
    expect(level(['repetition'], 'repeated')).toBe(2);
  });

  test('adding a factor never lowers the suggestion', () => {
    const input = fc.record({
      extent: fc.constantFrom(...EXTENTS),
      affectedCount: fc.integer({ min: 1, max: 1000 }),
      factors: fc.uniqueArray(fc.constantFrom(...SEVERITY_FACTORS)),
    });
    fc.assert(
      fc.property(input, fc.constantFrom(...SEVERITY_FACTORS), (base, extra) => {
        const before = suggestSeverityLevel(base);
        const after = suggestSeverityLevel({ ...base, factors: [...new Set([...base.factors, extra])] });
        expect(after).toBeGreaterThanOrEqual(before);
        expect([1, 2, 3, 4]).toContain(after);
      }),
    );
  });
});

describe('prescribedSteps', () => {
  test('every case gets the framework of an inquiry, in order', () => {
    expect(prescribedSteps([])).toEqual(BASE_STEPS);
  });

  test.each(['coercion_or_threat', 'non_physical_assault'] as const)(
    '%s adds the sharpened approach',
    (factor) => {
      expect(prescribedSteps([factor])).toEqual([...BASE_STEPS, ...ASSAULT_STEPS]);
    },
  );

  test('physical contact alone does not add the assault steps', () => {
    expect(prescribedSteps(['physical_contact'])).toEqual(BASE_STEPS);
  });

  test.each(['abuse_of_power', 'minor_involved'] as const)('%s adds the consequence assessment', (factor) => {
    expect(prescribedSteps([factor])).toEqual([...BASE_STEPS, 'assess_consequences']);
  });

  test.each(['repetition', 'impact'] as const)('%s adds no step of its own', (factor) => {
    expect(prescribedSteps([factor])).toEqual(BASE_STEPS);
  });

  test('steps appear once even with many factors', () => {
    const steps = prescribedSteps([...SEVERITY_FACTORS]);
    expect(steps).toEqual([...BASE_STEPS, ...ASSAULT_STEPS, 'assess_consequences']);
  });
});

test('suggestSeverity combines level and steps', () => {
  expect(suggestSeverity({ extent: 'repeated', affectedCount: 1, factors: ['non_physical_assault'] })).toEqual({
    level: 3,
    steps: [...BASE_STEPS, ...ASSAULT_STEPS],
  });
});
