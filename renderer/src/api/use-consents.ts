import { useCaseChange } from './case-data';

/* What the affected person allows, what was done, and how serious it is. */

export const useRecordConsent = () => useCaseChange('consents.record');
export const useRecordAction = () => useCaseChange('consents.recordAction');
export const useAssessSeverity = () => useCaseChange('severity.assess');
