import { describe, expect, test } from 'vitest';
import { caseCreateInputSchema, caseTransitionInputSchema, caseUpdateInputSchema } from './case';
import { TEXT_LIMITS } from './common';

describe('case create', () => {
  test('an intake needs only the received date and the channel', () => {
    expect(caseCreateInputSchema.parse({ receivedDate: '2026-03-07', channel: 'phone' })).toEqual({
      receivedDate: '2026-03-07',
      channel: 'phone',
      reporterKind: null,
      category: null,
      context: null,
      summary: null,
    });
  });

  test('a full intake keeps what was given', () => {
    const input = {
      receivedDate: '2026-03-07',
      channel: 'in_person',
      reporterKind: 'witness',
      category: 'harassment',
      context: 'event',
      summary: 'Uønskede berøringer ved sommerfesten.',
    };
    expect(caseCreateInputSchema.parse(input)).toEqual(input);
  });

  test.each([
    [{ channel: 'phone' }, 'receivedDate'],
    [{ receivedDate: '2026-03-07' }, 'channel'],
    [{ receivedDate: '2026-02-30', channel: 'phone' }, 'receivedDate'],
    [{ receivedDate: '2026-03-07', channel: 'fax' }, 'channel'],
    [{ receivedDate: '2026-03-07', channel: 'phone', category: 'Sexisme' }, 'category'],
    [{ receivedDate: '2026-03-07', channel: 'phone', summary: 'x'.repeat(TEXT_LIMITS.medium + 1) }, 'summary'],
    [{ receivedDate: '2026-03-07', channel: 'phone', status: 'closed' }, ''],
  ])('refuses %j at %j', (input, path) => {
    const result = caseCreateInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('case update', () => {
  test('changes only the fields given; an emptied summary becomes null', () => {
    expect(caseUpdateInputSchema.parse({ id: 3, summary: ' ' })).toEqual({ id: 3, summary: null });
    expect(caseUpdateInputSchema.parse({ id: 3, category: 'sexism' })).toEqual({ id: 3, category: 'sexism' });
  });

  test('requires an id and at least one change', () => {
    expect(caseUpdateInputSchema.safeParse({ summary: 'x' }).success).toBe(false);
    expect(caseUpdateInputSchema.safeParse({ id: 3 }).success).toBe(false);
  });

  test('status and closing fields cannot be changed by an update', () => {
    expect(caseUpdateInputSchema.safeParse({ id: 3, status: 'closed' }).success).toBe(false);
    expect(caseUpdateInputSchema.safeParse({ id: 3, outcome: 'reprimand' }).success).toBe(false);
  });
});

describe('case transition', () => {
  test('accepts a closing and a reopening', () => {
    expect(
      caseTransitionInputSchema.parse({ caseId: 1, to: 'closed', outcome: 'mediation', closedDate: '2026-05-01' }),
    ).toEqual({ caseId: 1, to: 'closed', outcome: 'mediation', closedDate: '2026-05-01' });
    expect(caseTransitionInputSchema.parse({ caseId: 1, to: 'in_dialogue', reason: ' Ny oplysning ' })).toEqual({
      caseId: 1,
      to: 'in_dialogue',
      reason: 'Ny oplysning',
    });
  });

  test('refuses unknown statuses and outcomes', () => {
    expect(caseTransitionInputSchema.safeParse({ caseId: 1, to: 'reopened' }).success).toBe(false);
    expect(caseTransitionInputSchema.safeParse({ caseId: 1, to: 'closed', outcome: 'fired' }).success).toBe(false);
  });
});
