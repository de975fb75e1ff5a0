import type { Language } from '../../../../shared/domain/vocabulary';

/** Addresses of the agreement screens. They hold ids only, never an agreement's content. */
export const AGREEMENT_TEMPLATES_PATH = '/settings/agreement-templates';
export const agreementPath = (id: number) => `/agreements/${id}`;
export const agreementPrintPath = (id: number, language: Language) => `/agreements/${id}/print/${language}`;
export const newAgreementPath = (caseId: number) => `/cases/${caseId}/agreements/new`;
/** The case screen's agreements tab (the cases area's route), where the agreements section lives. */
export const caseAgreementsPath = (caseId: number) => `/cases/${caseId}/agreements`;
