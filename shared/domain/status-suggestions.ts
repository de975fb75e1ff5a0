import { canTransition } from './case-status';
import type { IsoDate } from './iso-date';
import type { CaseDetail } from './schemas/case-view';
import type { CaseStatus } from './vocabulary';

/**
 * A status the case's own records point to, offered to the contact person to confirm.
 * The status never changes by itself: a signed agreement may still be renegotiated the
 * same day, and the person knows things the records do not.
 */
export type StatusSuggestionReason =
  | { kind: 'agreement_signed'; agreementId: number; version: number; signedOn: IsoDate | null }
  | { kind: 'conversation_held'; conversationId: number; date: IsoDate | null }
  | { kind: 'agreement_withdrawn'; agreementId: number; version: number };

export interface StatusSuggestion {
  to: CaseStatus;
  reason: StatusSuggestionReason;
  /** Identifies this suggestion, so a "not now" can be remembered for it and no other. */
  key: string;
}

type StatusSuggestionInput = Pick<CaseDetail, 'case' | 'agreements' | 'conversations' | 'statusHistory'>;

function suggestion(to: CaseStatus, reason: StatusSuggestionReason): StatusSuggestion {
  const subject = 'agreementId' in reason ? reason.agreementId : reason.conversationId;
  return { to, reason, key: `${reason.kind}:${subject}:${to}` };
}

/** Agreements whose current state matters: the newest version that is not superseded. */
function currentAgreement(detail: StatusSuggestionInput) {
  return [...detail.agreements].reverse().find((agreement) => agreement.status !== 'superseded');
}

/**
 * At most one suggestion, the one the records point to most strongly, and only when the
 * status rules allow that move from where the case is now.
 */
export function suggestStatus(detail: StatusSuggestionInput): StatusSuggestion | null {
  const status = detail.case.status;
  if (status === 'closed') return null;
  const candidates: StatusSuggestion[] = [];
  const agreement = currentAgreement(detail);

  // Agreement signed → "Aftale indgået".
  if (agreement?.status === 'signed' && (status === 'received' || status === 'in_dialogue')) {
    candidates.push(
      suggestion('agreement_made', {
        kind: 'agreement_signed',
        agreementId: agreement.id,
        version: agreement.version,
        signedOn: agreement.signedOn,
      }),
    );
  }
  // The agreement the status rests on was withdrawn → back to "I dialog".
  if (agreement?.status === 'withdrawn' && (status === 'agreement_made' || status === 'follow_up')) {
    candidates.push(suggestion('in_dialogue', { kind: 'agreement_withdrawn', agreementId: agreement.id, version: agreement.version }));
  }
  // A conversation was held → "I dialog".
  const held = detail.conversations.find((conversation) => conversation.status === 'held');
  if (held && status === 'received') {
    candidates.push(suggestion('in_dialogue', { kind: 'conversation_held', conversationId: held.id, date: held.date }));
  }
  return candidates.find((candidate) => canTransition(status, candidate.to)) ?? null;
}
