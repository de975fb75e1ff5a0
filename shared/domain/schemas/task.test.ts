import { describe, expect, test } from 'vitest';
import { taskCreateInputSchema, taskUpdateInputSchema } from './task';

describe('task', () => {
  test('a task needs a title; the due date is optional', () => {
    expect(taskCreateInputSchema.parse({ caseId: 1, title: ' Ring tilbage ' })).toEqual({
      caseId: 1,
      title: 'Ring tilbage',
      dueDate: null,
    });
    expect(taskCreateInputSchema.safeParse({ caseId: 1, title: '' }).success).toBe(false);
    expect(taskCreateInputSchema.safeParse({ caseId: 1, title: 'x', dueDate: '2026-13-01' }).success).toBe(false);
  });

  test('completing and reopening a task', () => {
    expect(taskUpdateInputSchema.parse({ id: 1, doneOn: '2026-04-01' })).toEqual({ id: 1, doneOn: '2026-04-01' });
    expect(taskUpdateInputSchema.parse({ id: 1, doneOn: null })).toEqual({ id: 1, doneOn: null });
    expect(taskUpdateInputSchema.safeParse({ id: 1, title: ' ' }).success).toBe(false);
  });
});
