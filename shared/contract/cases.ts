import { z } from 'zod';
import {
  caseCreateInputSchema,
  caseTransitionInputSchema,
  caseUpdateInputSchema,
  type CaseRecord,
} from '../domain/schemas/case';
import {
  caseDeleteInputSchema,
  caseListInputSchema,
  type CaseDetail,
  type CaseListPage,
  type RetentionCandidate,
} from '../domain/schemas/case-view';
import { caseIdInputSchema } from '../domain/schemas/common';
import { method } from './define';

/** Cases as a whole. Opening one (`cases.get`) is audited as a view. */
export const caseMethods = {
  'cases.list': method(caseListInputSchema).returns<CaseListPage>(),
  'cases.get': method(caseIdInputSchema).returns<CaseDetail>(),
  'cases.create': method(caseCreateInputSchema).returns<CaseRecord>(),
  'cases.update': method(caseUpdateInputSchema).returns<CaseRecord>(),
  /** Status changes, closing with an outcome and reopening with a reason; INVALID_TRANSITION when refused. */
  'cases.transition': method(caseTransitionInputSchema).returns<CaseRecord>(),
  /** Deletes the case and everything of it; needs `confirm: true`. */
  'cases.delete': method(caseDeleteInputSchema).returns<{ reference: string }>(),
  /** Closed cases whose retention period has run out. */
  'cases.pastRetention': method(z.undefined()).returns<RetentionCandidate[]>(),
};
