import type { ChecklistItem } from './case-checklist';
import { compareIsoDates, type IsoDate } from './iso-date';
import type { TaskRecord } from './schemas/task';
import type { StatusSuggestion } from './status-suggestions';
import { isTaskOverdue } from './task-overdue';
import type { CaseStatus } from './vocabulary';

/**
 * "Næste skridt" on the case overview: what to do now, worked out from the tasks, the
 * status suggestion and the policy's checklist, so the person coming back to a case after
 * weeks sees where it stands without reading every section.
 */
export type NextStep =
  | { kind: 'task'; task: TaskRecord; overdue: boolean }
  | { kind: 'status'; suggestion: StatusSuggestion }
  | { kind: 'step'; item: ChecklistItem };

export const MAX_NEXT_STEPS = 5;

export interface NextStepsInput {
  status: CaseStatus;
  tasks: readonly TaskRecord[];
  checklist: readonly ChecklistItem[];
  statusSuggestion: StatusSuggestion | null;
  today: IsoDate;
}

function byDueDate(a: TaskRecord, b: TaskRecord): number {
  if (a.dueDate === b.dueDate) return a.id - b.id;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return compareIsoDates(a.dueDate, b.dueDate);
}

/**
 * In order: tasks past their date, a status change to confirm, tasks with a date, then
 * the first checklist steps not yet taken, then undated tasks; at most MAX_NEXT_STEPS. A
 * step that already has an open task shows as that task, not twice. A closed case has no
 * next steps: its open tasks wait, and are never overdue.
 */
export function nextSteps(input: NextStepsInput): NextStep[] {
  if (input.status === 'closed') return [];
  const open = input.tasks.filter((task) => task.doneOn === null).sort(byDueDate);
  const isOverdue = (task: TaskRecord) => isTaskOverdue(task, input.status, input.today);
  const steps: NextStep[] = [
    ...open.filter(isOverdue).map((task): NextStep => ({ kind: 'task', task, overdue: true })),
    ...(input.statusSuggestion ? [{ kind: 'status', suggestion: input.statusSuggestion } as const] : []),
    ...open.filter((task) => task.dueDate !== null && !isOverdue(task)).map((task): NextStep => ({ kind: 'task', task, overdue: false })),
    ...input.checklist
      .filter((item) => item.state === 'open' && item.plannedTask === null)
      .map((item): NextStep => ({ kind: 'step', item })),
    ...open.filter((task) => task.dueDate === null).map((task): NextStep => ({ kind: 'task', task, overdue: false })),
  ];
  return steps.slice(0, MAX_NEXT_STEPS);
}
