import { describe, expect, it } from 'vitest';
import { caseTransitionInputSchema } from '../../../shared/domain/schemas/case';
import { taskCreateInputSchema, taskUpdateInputSchema } from '../../../shared/domain/schemas/task';
import { transitionCase } from './cases';
import { createTask, listOverdueTasks, listTasks, removeTask, updateTask } from './tasks';
import { newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

const task = (caseId: number, title: string, dueDate: string | null) =>
  createTask(db(), taskCreateInputSchema.parse({ caseId, title, dueDate }));

describe('tasks', () => {
  it('lists overdue tasks across cases, the longest overdue first, leaving out done and undated ones', () => {
    const first = newCase(db());
    const second = newCase(db());
    task(first.id, 'Ring til den berørte', '2026-03-10');
    const done = task(first.id, 'Send udkast', '2026-03-01');
    task(second.id, 'Opfølgende samtale', '2026-03-05');
    task(second.id, 'Uden dato', null);
    task(second.id, 'I dag', '2026-03-12');
    updateTask(db(), taskUpdateInputSchema.parse({ id: done.id, doneOn: '2026-03-02' }));

    expect(listOverdueTasks(db(), '2026-03-12').map((row) => [row.reference, row.title])).toEqual([
      ['2026-002', 'Opfølgende samtale'],
      ['2026-001', 'Ring til den berørte'],
    ]);
  });

  it('never lists the tasks of a closed case as overdue, and lists them again when the case is reopened', () => {
    const open = newCase(db());
    const closing = newCase(db());
    task(open.id, 'Ring til den berørte', '2026-03-10');
    task(closing.id, 'Opfølgende samtale', '2026-03-05');
    transitionCase(db(), caseTransitionInputSchema.parse({ caseId: closing.id, to: 'closed', outcome: 'no_action_by_wish', closedDate: '2026-03-11' }));
    expect(listOverdueTasks(db(), '2026-03-12').map((row) => row.reference)).toEqual([open.reference]);

    transitionCase(db(), caseTransitionInputSchema.parse({ caseId: closing.id, to: 'in_dialogue', reason: 'Ny henvendelse i samme sag.' }));
    expect(listOverdueTasks(db(), '2026-03-12').map((row) => row.reference)).toEqual([closing.reference, open.reference]);
  });

  it('reopens a task when its done date is cleared, and removes a task', () => {
    const created = newCase(db());
    const made = task(created.id, 'Ring', '2026-03-10');
    updateTask(db(), taskUpdateInputSchema.parse({ id: made.id, doneOn: '2026-03-09' }));
    const reopened = updateTask(db(), taskUpdateInputSchema.parse({ id: made.id, doneOn: null }));
    expect(reopened).toMatchObject({ title: 'Ring', dueDate: '2026-03-10', doneOn: null });
    removeTask(db(), made.id);
    expect(listTasks(db(), created.id)).toEqual([]);
  });
});
