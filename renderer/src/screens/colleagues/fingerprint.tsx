import { useTranslation } from 'react-i18next';

/** Six groups of five digits, set apart so they can be read aloud group by group and compared. */
export function Fingerprint({ value, className }: { value: string; className?: string }) {
  const { t } = useTranslation();
  const groups = value.split(/\s+/).filter(Boolean);
  return (
    <span className={`fingerprint ${className ?? ''}`} role="group" aria-label={t('colleagues.fingerprintGroups')}>
      {groups.map((group, index) => (
        <span key={index} className="fingerprint-group">
          {group}
        </span>
      ))}
    </span>
  );
}
