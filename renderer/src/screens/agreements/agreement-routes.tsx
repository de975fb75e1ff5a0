import type { RouteComponentProps } from 'wouter';
import { AgreementPrintScreen } from './agreement-print-screen';
import { AgreementScreen } from './agreement-screen';
import { NewAgreementScreen } from './new-agreement-screen';

/** The agreement screens as routes (paths in app.tsx, built by agreement-paths.ts). */

export function NewAgreementRoute({ params }: RouteComponentProps<{ caseId: string }>) {
  return <NewAgreementScreen caseId={Number(params.caseId)} />;
}

export function AgreementRoute({ params }: RouteComponentProps<{ id: string }>) {
  return <AgreementScreen key={params.id} id={Number(params.id)} />;
}

export function AgreementPrintRoute({ params }: RouteComponentProps<{ id: string; language: string }>) {
  return <AgreementPrintScreen id={Number(params.id)} language={params.language === 'en' ? 'en' : 'da'} />;
}
