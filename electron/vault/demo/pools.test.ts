import { describe, expect, test } from 'vitest';
import { AppError } from '../../../shared/errors';
import { NOTE_KINDS, DEFAULT_CATEGORY_KEYS } from '../../../shared/domain/vocabulary';
import { TEXT_LIMITS } from '../../../shared/domain/schemas/common';
import { demoPools, fillTemplate, templateSlots, type TemplateSlot } from './pools';

const templates = [
  ...Object.values(demoPools.noteTemplates).flat(),
  ...Object.values(demoPools.caseSummaries).flat(),
  ...demoPools.consentScopes,
];

const values: Record<TemplateSlot, string> = {
  affected: 'Freja Holm',
  accused: 'Rasse',
  witness: 'Ole Berg',
  date: '14. marts',
  event: 'sommerlejren',
  place: 'Vejle',
  unit: 'Kampagneteamet',
};

function isDistinct(list: readonly string[]): boolean {
  return new Set(list).size === list.length;
}

describe('demo pools', () => {
  test('have the promised sizes and no duplicates', () => {
    expect(demoPools.firstNames.length).toBeGreaterThanOrEqual(80);
    expect(demoPools.surnames.length).toBeGreaterThanOrEqual(60);
    for (const list of [
      demoPools.firstNames,
      demoPools.surnames,
      demoPools.freeNicknames,
      demoPools.organisationalUnits,
      demoPools.towns,
      demoPools.events,
      demoPools.consentScopes,
      demoPools.learningPoints,
      demoPools.taskTitles,
    ]) {
      expect(isDistinct(list)).toBe(true);
      expect(list.length).toBeGreaterThan(0);
    }
  });

  test('nicknames belong to first names in the pool and differ from them', () => {
    for (const [firstName, nickname] of Object.entries(demoPools.nicknamesByFirstName)) {
      expect(demoPools.firstNames).toContain(firstName);
      expect(nickname).not.toBe(firstName);
    }
  });

  test('every note kind has several templates of several sentences', () => {
    for (const kind of NOTE_KINDS) {
      const kindTemplates = demoPools.noteTemplates[kind];
      expect(kindTemplates.length, kind).toBeGreaterThanOrEqual(4);
      for (const template of kindTemplates) {
        expect(template.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length, template).toBeGreaterThanOrEqual(3);
      }
    }
  });

  test('every default category has case summaries that fit the summary field', () => {
    for (const key of DEFAULT_CATEGORY_KEYS) {
      expect(demoPools.caseSummaries[key].length, key).toBeGreaterThanOrEqual(4);
      for (const summary of demoPools.caseSummaries[key]) {
        expect(fillTemplate(summary, values).length).toBeLessThanOrEqual(TEXT_LIMITS.medium);
      }
    }
  });

  test('templates use only known slots and fill completely', () => {
    for (const template of templates) {
      const filled = fillTemplate(template, values);
      expect(filled).not.toMatch(/[{}]/);
    }
  });

  test('learning points and task titles have no slots, so they never carry a name', () => {
    for (const text of [...demoPools.learningPoints, ...demoPools.taskTitles]) {
      expect(templateSlots(text)).toEqual([]);
      for (const name of [...demoPools.firstNames, ...demoPools.towns]) {
        expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u'));
      }
    }
  });

  test('note templates refer to people with the glossary words, not the policy words', () => {
    for (const template of Object.values(demoPools.noteTemplates).flat()) {
      expect(template).not.toMatch(/krænke(de|r)\b|offer(et)?\b/i);
    }
  });
});

describe('fillTemplate', () => {
  test('replaces each slot wherever it appears', () => {
    expect(fillTemplate('{affected} mødte {accused}. {affected} gik.', values)).toBe('Freja Holm mødte Rasse. Freja Holm gik.');
  });

  test('lists the slots a template uses', () => {
    expect(templateSlots('{date}: {affected} og {affected} i {place}')).toEqual(['date', 'affected', 'place']);
  });

  test('refuses an unknown slot and a missing value', () => {
    expect(() => fillTemplate('Hej {navn}', values)).toThrow(AppError);
    expect(() => fillTemplate('Hej {affected}', {})).toThrow(AppError);
  });
});
