import { describe, expect, test } from 'vitest';
import { suggestStatus } from './status-suggestions';
import { agreement, caseDetail, conversation } from './testing/case-detail';
import type { CaseStatus } from './vocabulary';

const signed = agreement({ id: 3, status: 'signed', signedOn: '2026-03-05' });

describe('suggestStatus', () => {
  test('nothing recorded, nothing suggested', () => {
    expect(suggestStatus(caseDetail())).toBeNull();
  });

  test.each<CaseStatus>(['received', 'in_dialogue'])('a signed agreement suggests "Aftale indgået" from %s', (status) => {
    expect(suggestStatus(caseDetail({ agreements: [signed] }, { status }))).toEqual({
      to: 'agreement_made',
      reason: { kind: 'agreement_signed', agreementId: 3, version: 1, signedOn: '2026-03-05' },
      key: 'agreement_signed:3:agreement_made',
    });
  });

  test.each<CaseStatus>(['agreement_made', 'follow_up', 'closed'])('no suggestion for a signed agreement when the case is %s', (status) => {
    expect(suggestStatus(caseDetail({ agreements: [signed] }, { status }))).toBeNull();
  });

  test('a draft or a ready-to-sign agreement suggests nothing', () => {
    expect(suggestStatus(caseDetail({ agreements: [agreement({ id: 1, status: 'ready_to_sign' })] }))).toBeNull();
  });

  test('a held conversation moves a received case towards "I dialog"; an offer does not', () => {
    expect(suggestStatus(caseDetail({ conversations: [conversation({ id: 2, status: 'held', date: '2026-03-02' })] }))?.to).toBe('in_dialogue');
    expect(suggestStatus(caseDetail({ conversations: [conversation({ id: 2, status: 'offered' })] }))).toBeNull();
  });

  test('the signed agreement wins over the held conversation', () => {
    const detail = caseDetail({ agreements: [signed], conversations: [conversation({ id: 2, status: 'held', date: '2026-03-02' })] });
    expect(suggestStatus(detail)?.to).toBe('agreement_made');
  });

  test('a withdrawn agreement suggests going back to "I dialog"; a superseded one is ignored', () => {
    const withdrawn = caseDetail({ agreements: [agreement({ id: 4, status: 'withdrawn' })] }, { status: 'agreement_made' });
    expect(suggestStatus(withdrawn)).toMatchObject({ to: 'in_dialogue', reason: { kind: 'agreement_withdrawn', agreementId: 4 } });
    const renewed = caseDetail(
      { agreements: [agreement({ id: 4, status: 'superseded', signedOn: '2026-03-05' }), agreement({ id: 5, version: 2, status: 'signed', signedOn: '2026-03-09' })] },
      { status: 'agreement_made' },
    );
    expect(suggestStatus(renewed)).toBeNull();
  });
});
