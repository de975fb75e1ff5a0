import { describe, expect, test } from 'vitest';
import { caseChecklist } from './case-checklist';
import { labels } from './labels';
import { MAX_NEXT_STEPS, nextSteps } from './next-steps';
import { suggestStatus } from './status-suggestions';
import { agreement, caseDetail, conversation, task } from './testing/case-detail';

const TODAY = '2026-03-10';

function stepsOf(detail: ReturnType<typeof caseDetail>) {
  return nextSteps({
    status: detail.case.status,
    tasks: detail.tasks,
    checklist: caseChecklist(detail),
    statusSuggestion: suggestStatus(detail),
    today: TODAY,
  });
}

describe('nextSteps', () => {
  test('a new case starts with the policy’s first steps', () => {
    const steps = stepsOf(caseDetail());
    expect(steps).toHaveLength(MAX_NEXT_STEPS);
    expect(steps[0]).toMatchObject({ kind: 'step', item: { step: 'map_incident' } });
  });

  test('overdue tasks first, then the status to confirm, then dated tasks, then open steps, then undated tasks', () => {
    const detail = caseDetail({
      tasks: [
        task({ id: 1, title: 'Uden dato' }),
        task({ id: 2, title: 'Senere', dueDate: '2026-03-20' }),
        task({ id: 3, title: 'For sent', dueDate: '2026-03-01' }),
        task({ id: 4, title: 'Gjort', dueDate: '2026-03-01', doneOn: '2026-03-01' }),
      ],
      conversations: [conversation({ id: 1, status: 'held', date: '2026-03-02' })],
      agreements: [agreement({ id: 1, status: 'signed', signedOn: '2026-03-05', supportOffered: ['support_person'] })],
    });
    const steps = stepsOf(detail);
    expect(steps.map((step) => step.kind)).toEqual(['task', 'status', 'task', 'step', 'step']);
    expect(steps[0]).toMatchObject({ kind: 'task', task: { id: 3 }, overdue: true });
    expect(steps[1]).toMatchObject({ kind: 'status', suggestion: { to: 'agreement_made' } });
    expect(steps[2]).toMatchObject({ kind: 'task', task: { id: 2 }, overdue: false });
  });

  test('a step planned as a task shows once, as the task', () => {
    const detail = caseDetail({ tasks: [task({ id: 8, title: labels.da.severityStep.map_incident })] });
    const steps = stepsOf(detail);
    expect(steps.some((step) => step.kind === 'step' && step.item.step === 'map_incident')).toBe(false);
  });

  test('a closed case has no next steps and no overdue tasks', () => {
    const detail = caseDetail({ tasks: [task({ id: 3, title: 'For sent', dueDate: '2026-03-01' })] }, { status: 'closed' });
    expect(stepsOf(detail)).toEqual([]);
  });
});
