import { describe, expect, it } from 'vitest';
import type { ReceivedPackageView, SentPackageView } from '../../../shared/contract/colleagues';
import { caseMarkersOf } from './use-colleagues';

const sent = (over: Partial<SentPackageView>): SentPackageView => ({
  packageId: 'p',
  kind: 'handover',
  contactName: 'Bo',
  createdAt: '2026-12-01T10:00:00.000Z',
  receiptAt: null,
  cancelledAt: null,
  cases: [{ caseId: 1, reference: '2026-001' }],
  ...over,
});
const received = (over: Partial<ReceivedPackageView>): ReceivedPackageView => ({
  packageId: 'r',
  kind: 'consultation',
  contactName: 'Anna',
  createdAt: '2026-12-01T10:00:00.000Z',
  receivedAt: '2026-12-01T11:00:00.000Z',
  cases: [{ caseId: 2, reference: '2026-002' }],
  ...over,
});

describe('caseMarkersOf', () => {
  it('marks a handover without receipt as awaiting, and a consultation copy as shared by its sender', () => {
    const markers = caseMarkersOf([sent({})], [received({})]);
    expect(markers.get(1)).toEqual({ kind: 'awaitingReceipt' });
    expect(markers.get(2)).toEqual({ kind: 'sharedBy', contactName: 'Anna' });
    expect(markers.size).toBe(2);
  });

  it('leaves unmarked what is no longer locked: a receipt came, the handover was taken back, or it was only shared', () => {
    const markers = caseMarkersOf(
      [sent({ receiptAt: '2026-12-02T09:00:00.000Z' }), sent({ cancelledAt: '2026-12-02T09:00:00.000Z', cases: [{ caseId: 3, reference: '2026-003' }] }), sent({ kind: 'consultation', cases: [{ caseId: 4, reference: '2026-004' }] })],
      [],
    );
    expect(markers.size).toBe(0);
  });

  it('never marks a case handed over to this vault: it is this vault’s own', () => {
    expect(caseMarkersOf([], [received({ kind: 'handover' })]).size).toBe(0);
  });

  it('lets a pending handover outrank a consultation copy of the same case', () => {
    const markers = caseMarkersOf([sent({ cases: [{ caseId: 2, reference: '2026-002' }] })], [received({})]);
    expect(markers.get(2)).toEqual({ kind: 'awaitingReceipt' });
  });
});
