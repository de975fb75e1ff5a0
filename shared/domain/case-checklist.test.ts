import { describe, expect, test } from 'vitest';
import { caseChecklist, checklistSteps } from './case-checklist';
import { labels } from './labels';
import { agreement, assessment, caseDetail, consent, conversation, note, party, task } from './testing/case-detail';

function itemOf(detail: ReturnType<typeof caseDetail>, step: string) {
  const item = caseChecklist(detail).find((candidate) => candidate.step === step);
  if (!item) throw new Error(`no ${step} in the checklist`);
  return item;
}

describe('checklistSteps', () => {
  test('before any assessment: the policy’s base steps, plus consequences when a minor is involved', () => {
    expect(checklistSteps(caseDetail())).toHaveLength(8);
    expect(checklistSteps(caseDetail({ parties: [party({ id: 1, role: 'affected', under18: true })] }))).toContain('assess_consequences');
  });

  test('after an assessment: the steps of its factors, including the sharpened approach for coercion', () => {
    const detail = caseDetail({ severityAssessments: [assessment({ id: 1, factors: ['coercion_or_threat'] })] });
    expect(checklistSteps(detail)).toEqual(expect.arrayContaining(['offer_rape_victims_centre', 'offer_police_report', 'offer_external_psychologist']));
  });
});

describe('caseChecklist', () => {
  test('a new case has every step open, each pointing to the section where it is taken', () => {
    const items = caseChecklist(caseDetail());
    expect(items.every((item) => item.state === 'open' && item.evidence === null)).toBe(true);
    expect(items.find((item) => item.step === 'written_agreement')?.section).toBe('agreements');
  });

  test('a held conversation shows the incident as mapped, with the conversation as evidence', () => {
    const detail = caseDetail({ conversations: [conversation({ id: 4, status: 'held', date: '2026-03-02' })] });
    expect(itemOf(detail, 'map_incident')).toMatchObject({
      state: 'done',
      evidence: { kind: 'conversation_held', conversationId: 4, date: '2026-03-02' },
      section: 'conversations',
    });
    // The held conversation is also the series offered.
    expect(itemOf(detail, 'offer_conversation_series').state).toBe('done');
  });

  test('an offered (not yet held) conversation is the series offered, not the incident mapped', () => {
    const detail = caseDetail({ conversations: [conversation({ id: 5, status: 'offered' })] });
    expect(itemOf(detail, 'offer_conversation_series').evidence).toEqual({ kind: 'conversation_offered', conversationId: 5, date: null });
    expect(itemOf(detail, 'map_incident').state).toBe('open');
  });

  test('a decision note records the oral agreement; a signed agreement the written one', () => {
    const detail = caseDetail({
      notes: [note({ id: 7, kind: 'decision', noteDate: '2026-03-02' })],
      agreements: [agreement({ id: 3, status: 'signed', version: 2, signedOn: '2026-03-05' })],
    });
    expect(itemOf(detail, 'oral_agreement').evidence).toEqual({ kind: 'decision_note', noteId: 7, date: '2026-03-02' });
    expect(itemOf(detail, 'written_agreement')).toMatchObject({
      state: 'done',
      evidence: { kind: 'agreement_signed', agreementId: 3, version: 2, date: '2026-03-05' },
      section: 'agreements',
    });
  });

  test('a draft agreement is not a written agreement, but shows the oral agreement behind it', () => {
    const detail = caseDetail({ agreements: [agreement({ id: 3, status: 'draft' })] });
    expect(itemOf(detail, 'written_agreement').state).toBe('open');
    expect(itemOf(detail, 'oral_agreement').evidence).toEqual({ kind: 'agreement_drafted', agreementId: 3, version: 1 });
  });

  test('a superseded signed version still shows that a written agreement was made', () => {
    const detail = caseDetail({
      agreements: [agreement({ id: 1, status: 'superseded', signedOn: '2026-03-05' }), agreement({ id: 2, version: 2, status: 'draft' })],
    });
    expect(itemOf(detail, 'written_agreement').evidence).toMatchObject({ kind: 'agreement_signed', agreementId: 1 });
  });

  test('a saved assessment is the evidence for extent and severity', () => {
    const detail = caseDetail({ severityAssessments: [assessment({ id: 9, assessedOn: '2026-03-04' })] });
    expect(itemOf(detail, 'map_extent').evidence).toEqual({ kind: 'assessment_saved', assessmentId: 9, date: '2026-03-04' });
    expect(itemOf(detail, 'map_severity').state).toBe('done');
  });

  test('the decision on involving the other party is a consent entry, granted or declined', () => {
    const declined = caseDetail({ consents: [consent({ id: 1, action: 'involve_accused', decision: 'declined', decidedOn: '2026-03-06' })] });
    expect(itemOf(declined, 'decide_involvement_of_accused').evidence).toEqual({ kind: 'consent_recorded', action: 'involve_accused', date: '2026-03-06' });
    const mediation = caseDetail({ consents: [consent({ id: 1, action: 'dialogue_council_mediation', decision: 'granted' })] });
    expect(itemOf(mediation, 'decide_involvement_of_accused').state).toBe('done');
  });

  test('support offered in an agreement, or a support person among the parties, shows the bisidder step', () => {
    const offered = caseDetail({ agreements: [agreement({ id: 2, status: 'draft', supportOffered: ['support_person'] })] });
    expect(itemOf(offered, 'offer_support_person').evidence).toEqual({ kind: 'support_offered', agreementId: 2, version: 1, offer: 'support_person' });
    const present = caseDetail({ parties: [party({ id: 6, role: 'support_person' })] });
    expect(itemOf(present, 'offer_support_person')).toMatchObject({ evidence: { kind: 'party_support_person', partyId: 6 }, section: 'overview' });
  });

  test('a step ticked off as a task (the earlier checklist) counts, in either language', () => {
    const detail = caseDetail({
      tasks: [
        task({ id: 1, title: labels.da.severityStep.map_incident, doneOn: '2026-03-02' }),
        task({ id: 2, title: labels.en.severityStep.oral_agreement, doneOn: '2026-03-03' }),
      ],
    });
    expect(itemOf(detail, 'map_incident').evidence).toEqual({ kind: 'task_done', taskId: 1, date: '2026-03-02' });
    expect(itemOf(detail, 'oral_agreement').section).toBe('tasks');
  });

  test('an open task with a date for a step shows it as planned', () => {
    const detail = caseDetail({ tasks: [task({ id: 1, title: labels.da.severityStep.written_agreement, dueDate: '2026-04-01' })] });
    expect(itemOf(detail, 'written_agreement')).toMatchObject({ state: 'planned', plannedTask: { id: 1 } });
  });

  test('consequences are decided when the case closes with a reprimand or an exclusion', () => {
    const withMinor = { parties: [party({ id: 1, role: 'affected', under18: true })] };
    const closed = caseDetail(withMinor, { status: 'closed', outcome: 'exclusion', closedDate: '2026-05-01' });
    expect(itemOf(closed, 'assess_consequences').evidence).toEqual({ kind: 'case_closed', date: '2026-05-01', outcome: 'exclusion' });
    const wish = caseDetail(withMinor, { status: 'closed', outcome: 'no_action_by_wish', closedDate: '2026-05-01' });
    expect(itemOf(wish, 'assess_consequences').state).toBe('open');
  });
});
