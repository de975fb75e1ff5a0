import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { HandoverCases } from './handover-cases';
import { OpenReceipt } from './open-receipt';
import { ReceivePackage } from './receive-package';
import './colleagues.css';

export const COLLEAGUE_PATH = '/colleague';

/** Between the two contact persons: what came from the colleague first, then receipts, then handing cases over. */
export function ColleagueScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="colleague-title">
      <nav aria-label={t('cases.case.breadcrumb')} className="breadcrumb">
        <Link href="/">{t('cases.case.backToList')}</Link>
      </nav>
      <h1 id="colleague-title">{t('colleagues.screen.title')}</h1>
      <p className="lead">{t('colleagues.screen.intro')}</p>
      <ReceivePackage />
      <OpenReceipt />
      <HandoverCases />
    </section>
  );
}

/** The way in from the case list. */
export function ColleagueLink() {
  const { t } = useTranslation();
  return (
    <Link href={COLLEAGUE_PATH} className="button">
      <Users aria-hidden="true" size={18} /> {t('colleagues.screen.link')}
    </Link>
  );
}
