import { AppError } from '../errors';
import { compareIsoDates, type IsoDate } from './iso-date';
import type { CaseStatus, Outcome } from './vocabulary';

/**
 * Which status may follow which. The main path is
 * received → in_dialogue → agreement_made → follow_up → closed, with these deliberate
 * departures:
 * - Any open case may be closed. The affected person decides what happens and may stop
 *   at any point, including right after the first contact when they want no action
 *   ("Det er altid den, der oplever en hændelse, der bestemmer, hvad der efterfølgende
 *   skal ske").
 * - received → agreement_made: the first conversation often ends in the oral agreement,
 *   and the inquiry is frequently written down only after that conversation.
 * - agreement_made / follow_up → in_dialogue: an agreement can be withdrawn or may need
 *   renegotiating, and follow-up can show that more conversations are needed.
 * - closed → in_dialogue only, as a reopening with a reason (shown as "Genåbnet").
 * follow_up is never reached without an agreement, and received is never re-entered.
 */
const ALLOWED_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['in_dialogue', 'agreement_made', 'closed'],
  in_dialogue: ['agreement_made', 'closed'],
  agreement_made: ['follow_up', 'in_dialogue', 'closed'],
  follow_up: ['in_dialogue', 'closed'],
  closed: ['in_dialogue'],
};

export const TRANSITION_ERROR_CODES = [
  'same_status',
  'transition_not_allowed',
  'outcome_required',
  'closed_date_required',
  'closed_date_before_received',
  'closing_fields_only_when_closing',
  'reopen_reason_required',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export interface CaseStatusState {
  status: CaseStatus;
  receivedDate: IsoDate;
}

export interface TransitionRequest {
  to: CaseStatus;
  /** Required when closing. */
  closedDate?: IsoDate | null;
  /** Required when closing. */
  outcome?: Outcome | null;
  /** Required when reopening a closed case. */
  reason?: string | null;
}

export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'closed';
}

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return ALLOWED_TRANSITIONS[from];
}

/** Whether the status graph has an edge from → to, before looking at any field. */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return from === 'closed' && to !== 'closed';
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/**
 * Every reason the requested change cannot be made; an empty list means it can. Closing
 * fields are refused on other transitions so that a form never stores an outcome the
 * user believes was saved with a closing.
 */
export function transitionErrors(current: CaseStatusState, request: TransitionRequest): TransitionErrorCode[] {
  if (current.status === request.to) return ['same_status'];
  if (!canTransition(current.status, request.to)) return ['transition_not_allowed'];

  const errors: TransitionErrorCode[] = [];
  const closedDate = request.closedDate ?? null;
  const hasOutcome = request.outcome !== null && request.outcome !== undefined;

  if (request.to === 'closed') {
    if (!hasOutcome) errors.push('outcome_required');
    if (closedDate === null) {
      errors.push('closed_date_required');
    } else if (compareIsoDates(closedDate, current.receivedDate) < 0) {
      errors.push('closed_date_before_received');
    }
  } else if (closedDate !== null || hasOutcome) {
    errors.push('closing_fields_only_when_closing');
  }

  if (isReopening(current.status, request.to) && isBlank(request.reason)) {
    errors.push('reopen_reason_required');
  }
  return errors;
}

/** Throws INVALID_TRANSITION with the reason codes in `details.reasons` when refused. */
export function assertTransition(current: CaseStatusState, request: TransitionRequest): void {
  const reasons = transitionErrors(current, request);
  if (reasons.length > 0) {
    throw new AppError('INVALID_TRANSITION', `Case status change ${current.status} -> ${request.to} refused`, {
      reasons,
    });
  }
}
