import { deleteCase } from '../records/case-deletion';
import { getCaseDetail } from '../records/case-detail';
import { listCases } from '../records/case-list';
import { createCase, transitionCase, updateCase } from '../records/cases';
import { todayIsoDate } from '../records/clock';
import { listPastRetention } from '../records/retention';
import type { HandlerModule } from './handler-types';

type CaseMethod =
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.transition'
  | 'cases.delete'
  | 'cases.pastRetention';

export const caseHandlers: HandlerModule<CaseMethod> = {
  'cases.list': (input, { vault }) => listCases(vault.require().db, input, todayIsoDate()),
  'cases.get': ({ caseId }, { vault }) => getCaseDetail(vault.require().db, caseId, todayIsoDate()),
  'cases.create': (input, { vault }) => createCase(vault.require().db, input),
  'cases.update': (input, { vault }) => updateCase(vault.require().db, input),
  'cases.transition': (input, { vault }) => transitionCase(vault.require().db, input),
  'cases.delete': (input, { vault }) => deleteCase(vault.require().db, input),
  'cases.pastRetention': (_input, { vault }) => listPastRetention(vault.require().db, todayIsoDate()),
};
