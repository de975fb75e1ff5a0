import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatting';
import { auditActionKey, isAuditAction, parseAuditSubject } from './audit-wording';

/** The aktivitetslog's events and subjects in the person's language. */
export function useAuditWords() {
  const { t } = useTranslation();
  const actions: Readonly<Record<string, string | undefined>> = t('organisation.audit.actions', { returnObjects: true });
  const subjects: Readonly<Record<string, string | undefined>> = t('organisation.audit.subjects', { returnObjects: true });
  return {
    action(action: string): string {
      return (isAuditAction(action) ? actions[auditActionKey(action)] : undefined) ?? t('organisation.audit.unknownAction');
    },
    subject(raw: string | null): string {
      const subject = parseAuditSubject(raw);
      switch (subject.kind) {
        case 'none':
          return t('organisation.audit.subjects.none');
        case 'case':
          return t('organisation.audit.subjects.case', { reference: subject.reference });
        case 'unlockMethod':
          return t(`organisation.audit.subjects.${subject.method}`);
        case 'cases':
          return t('organisation.audit.subjects.cases', { count: subject.count });
        case 'attempts':
          return t('organisation.audit.subjects.attempts', { count: subject.count });
        case 'year':
          return t('organisation.audit.subjects.year', { year: subject.year });
        case 'period':
          return t('organisation.audit.subjects.period', { from: formatDate(subject.from), to: formatDate(subject.to) });
        case 'setting':
        case 'language':
          return subjects[subject.kind === 'setting' ? subject.key : subject.language] ?? '—';
        case 'contact':
          return subject.period === null
            ? t('organisation.audit.subjects.contact', { contact: subject.contact })
            : t('organisation.audit.subjects.contactPeriod', { contact: subject.contact, from: formatDate(subject.period.from), to: formatDate(subject.period.to) });
        case 'caseContact':
          return t('organisation.audit.subjects.caseContact', { reference: subject.reference, contact: subject.contact });
        case 'package':
          return t('organisation.audit.subjects.package', { id: subject.id });
        case 'other':
          return subject.text;
      }
    },
  };
}
