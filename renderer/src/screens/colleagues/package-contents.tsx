import { useTranslation } from 'react-i18next';
import type { PackageContents } from '../../../../shared/contract/colleagues';

/** What a package holds, counted, so nobody sends or takes in more than they think. */
export function PackageContentsList({ contents }: { contents: PackageContents }) {
  const { t } = useTranslation();
  return (
    <ul className="package-contents">
      <li>{t('colleagues.share.contentsNotes', { count: contents.notes })}</li>
      <li>{t('colleagues.share.contentsParties', { count: contents.parties })}</li>
      <li>{t('colleagues.share.contentsAgreements', { count: contents.agreements })}</li>
      <li>{t('colleagues.share.contentsAttachments', { count: contents.attachments })}</li>
      {contents.namesRemoved && <li>{t('colleagues.share.namesRemoved')}</li>}
    </ul>
  );
}
