import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ColleagueContact } from '../../../../shared/contract/colleagues';
import { SelectField } from '../../components/select-field';

/**
 * The confirmed colleague a file is for: named outright when there is one, a choice when
 * there are more, and the way to the settings when there is none yet.
 */
export function ContactChoice({
  label,
  contacts,
  value,
  onChange,
}: {
  label: string;
  contacts: readonly ColleagueContact[];
  value: number | null;
  onChange: (contactId: number) => void;
}) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return (
      <p className="hint">
        {t('colleagues.share.noContacts')} <Link href="/settings/colleague">{t('colleagues.share.goToSettings')}</Link>
      </p>
    );
  }
  return (
    <SelectField
      label={label}
      options={contacts.map((contact) => ({ value: String(contact.id), label: contact.name }))}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}

/** The chosen contact, or the only one there is. */
export function chosenContact(contacts: readonly ColleagueContact[] | undefined, id: number | null): ColleagueContact | undefined {
  return contacts?.find((contact) => contact.id === id) ?? contacts?.[0];
}
