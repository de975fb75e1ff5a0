import { describe, expect, test } from 'vitest';
import { isTaskOverdue } from './task-overdue';

describe('isTaskOverdue', () => {
  test('an open task past its date in an open case is overdue; on its date it is not', () => {
    expect(isTaskOverdue({ doneOn: null, dueDate: '2026-03-09' }, 'in_dialogue', '2026-03-10')).toBe(true);
    expect(isTaskOverdue({ doneOn: null, dueDate: '2026-03-10' }, 'in_dialogue', '2026-03-10')).toBe(false);
  });

  test('done and undated tasks are never overdue', () => {
    expect(isTaskOverdue({ doneOn: '2026-03-09', dueDate: '2026-03-01' }, 'follow_up', '2026-03-10')).toBe(false);
    expect(isTaskOverdue({ doneOn: null, dueDate: null }, 'follow_up', '2026-03-10')).toBe(false);
  });

  test('tasks of a closed case are never overdue', () => {
    expect(isTaskOverdue({ doneOn: null, dueDate: '2026-01-01' }, 'closed', '2026-03-10')).toBe(false);
  });
});
