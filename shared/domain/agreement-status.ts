import type { IsoDate } from './iso-date';
import type { AgreementStatus } from './vocabulary';

/**
 * The life of one version of a written agreement: draft → ready_to_sign → signed, then
 * superseded (a newer version replaced it) or withdrawn (the person took it back, which
 * is always their right). A version that is ready to sign can go back to draft for
 * changes, or be superseded by a new version made from it; a draft that is never used can
 * be withdrawn. Only drafts are edited: once a version has been printed for signature its
 * text must stay what was printed.
 */
const ALLOWED_AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['ready_to_sign', 'withdrawn'],
  ready_to_sign: ['draft', 'signed', 'superseded', 'withdrawn'],
  signed: ['superseded', 'withdrawn'],
  superseded: [],
  withdrawn: [],
};

export const AGREEMENT_TRANSITION_ERROR_CODES = ['same_status', 'transition_not_allowed', 'signed_date_required'] as const;
export type AgreementTransitionErrorCode = (typeof AGREEMENT_TRANSITION_ERROR_CODES)[number];

export function canTransitionAgreement(from: AgreementStatus, to: AgreementStatus): boolean {
  return ALLOWED_AGREEMENT_TRANSITIONS[from].includes(to);
}

export function isAgreementEditable(status: AgreementStatus): boolean {
  return status === 'draft';
}

export function agreementTransitionErrors(
  from: AgreementStatus,
  request: { to: AgreementStatus; signedOn?: IsoDate | null },
): AgreementTransitionErrorCode[] {
  if (from === request.to) return ['same_status'];
  if (!canTransitionAgreement(from, request.to)) return ['transition_not_allowed'];
  if (request.to === 'signed' && (request.signedOn === null || request.signedOn === undefined)) {
    return ['signed_date_required'];
  }
  return [];
}
