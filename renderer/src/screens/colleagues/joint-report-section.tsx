import { FileDown, FileUp, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDraft, ReportFinding } from '../../../../shared/contract/reports';
import { useConfirmedContacts } from '../../api/use-colleagues';
import { useExportJointReport, useJointReportPreview, useLoadApproval, useLoadContribution, useWriteApprovalRequest, useWriteContribution } from '../../api/use-joint-report';
import { Choice, ChoiceGroup } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';
import { formatDate, formatDateTime } from '../../components/formatting';
import { MarkedText } from '../report/marked-text';
import { ReportDocumentPreview } from '../report/report-preview';
import { AnswerApproval } from './answer-approval';
import { chosenContact, ContactChoice } from './contact-choice';
import { EncryptedFileDialog } from './encrypted-file-dialog';
import { ExportJointReport } from './export-joint-report';
import './colleagues.css';

const NO_FINDINGS: readonly ReportFinding[] = [];

/**
 * One learning document from both vaults: send a contribution, or load the colleague's and
 * combine; then each side's guard checks the joint text, and only then can it be saved.
 */
export function JointReportSection({ draft }: { draft: ReportDraft }) {
  const { t } = useTranslation();
  const contacts = useConfirmedContacts();
  const preview = useJointReportPreview();
  const [contactId, setContactId] = useState<number | null>(null);
  const [chosenRole, setRole] = useState<JointRole | null>(null);
  const contact = chosenContact(contacts.data, contactId);
  // Once a contribution is loaded here, this vault is the one combining; until then the person says which side they are.
  const role = chosenRole ?? ((preview.data?.contributions.length ?? 0) > 0 ? 'combine' : null);
  return (
    <section aria-labelledby="joint-report-title" className="joint-report">
      <h2 id="joint-report-title">{t('colleagues.joint.title')}</h2>
      <p>{t('colleagues.joint.intro')}</p>
      <ErrorMessage error={contacts.error} />
      {contacts.data && (
        <ContactChoice label={t('colleagues.joint.contact')} contacts={contacts.data} value={contact?.id ?? null} onChange={setContactId} />
      )}
      {contact && (
        <ChoiceGroup legend={t('colleagues.joint.roleLegend')}>
          <Choice type="radio" name="joint-role" value="combine" checked={role === 'combine'} onChange={() => setRole('combine')} label={t('colleagues.joint.roleCombine')} />
          <Choice type="radio" name="joint-role" value="contribute" checked={role === 'contribute'} onChange={() => setRole('contribute')} label={t('colleagues.joint.roleContribute', { name: contact.name })} />
        </ChoiceGroup>
      )}
      {contact && role === 'contribute' && (
        <>
          <WriteContribution draft={draft} contactId={contact.id} contactName={contact.name} />
          <AnswerApproval />
        </>
      )}
      {contact && role === 'combine' && (
        <>
          <LoadContribution />
          <JointDocument contactId={contact.id} contactName={contact.name} />
        </>
      )}
    </section>
  );
}

type JointRole = 'combine' | 'contribute';

function WriteContribution({ draft, contactId, contactName }: { draft: ReportDraft; contactId: number; contactName: string }) {
  const { t } = useTranslation();
  const write = useWriteContribution();
  const [asking, setAsking] = useState(false);
  const chosen = draft.learningPoints.filter((point) => point.included).map((point) => point.id);
  return (
    <section aria-labelledby="joint-contribution-title" className="card">
      <h3 id="joint-contribution-title">{t('colleagues.joint.contributionTitle')}</h3>
      <p>{t('colleagues.joint.contributionIntro', { from: formatDate(draft.period.from), to: formatDate(draft.period.to), count: chosen.length })}</p>
      <ErrorMessage error={write.error} />
      {write.data && <p role="status">{t('colleagues.joint.contributionSaved', { file: write.data.file })}</p>}
      <div className="actions">
        <button type="button" disabled={write.isPending} onClick={() => setAsking(true)}>
          <FileDown aria-hidden="true" size={18} /> {write.isPending ? t('actions.working') : t('colleagues.joint.contributionButton')}
        </button>
      </div>
      <EncryptedFileDialog
        isOpen={asking}
        recipientName={contactName}
        what={t('colleagues.joint.contributionWhat')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          write.mutate({ period: draft.period, contactId, learningPointIds: chosen });
        }}
      />
    </section>
  );
}

function LoadContribution() {
  const { t } = useTranslation();
  const load = useLoadContribution();
  return (
    <section aria-labelledby="joint-load-title" className="card">
      <h3 id="joint-load-title">{t('colleagues.joint.loadTitle')}</h3>
      <p>{t('colleagues.joint.loadIntro')}</p>
      <ErrorMessage error={load.error} />
      {load.data && <p role="status">{t('colleagues.joint.loaded', { name: load.data.sender.name })}</p>}
      <div className="actions">
        <button type="button" disabled={load.isPending} onClick={() => load.mutate()}>
          <FileUp aria-hidden="true" size={18} /> {load.isPending ? t('actions.working') : t('colleagues.joint.loadButton')}
        </button>
      </div>
    </section>
  );
}

/** The combined document once a contribution is in: whose vaults it covers, both guards, and saving. */
function JointDocument({ contactId, contactName }: { contactId: number; contactName: string }) {
  const { t } = useTranslation();
  const preview = useJointReportPreview();
  const request = useWriteApprovalRequest();
  const loadApproval = useLoadApproval();
  const exportReport = useExportJointReport();
  const [asking, setAsking] = useState(false);
  const data = preview.data;
  if (exportReport.data) {
    // Saving records the report, which moves what the next draft is compared with: the old approvals no longer apply, and need not alarm.
    return (
      <section aria-labelledby="joint-document-title" className="card joint-document">
        <h3 id="joint-document-title">{t('colleagues.joint.documentTitle')}</h3>
        <p role="status" className="notice">
          {t('colleagues.joint.exportDone', { file: exportReport.data.file })}
        </p>
      </section>
    );
  }
  if (preview.error) return <ErrorMessage error={preview.error} />;
  if (!data || data.contributions.length === 0) return null;
  const names = data.contributions.map((item) => item.sender.name).join(', ');
  const findings = data.findings;
  return (
    <section aria-labelledby="joint-document-title" className="card joint-document">
      <h3 id="joint-document-title">{t('colleagues.joint.documentTitle')}</h3>
      <p className="notice">{t('colleagues.joint.coversBoth', { names })}</p>
      <ul>
        {data.contributions.map((item) => (
          <li key={item.packageId}>
            {t('colleagues.joint.contributionFrom', { name: item.sender.name, date: formatDateTime(item.createdAt), count: item.learningPointCount })}
          </li>
        ))}
      </ul>
      {data.casesPerVault ? (
        <p>
          {data.casesPerVault.colleagues
            .map((colleague) =>
              t('colleagues.joint.casesPerVault', {
                own: data.casesPerVault?.own ?? 0,
                name: data.contributions.find((item) => item.sender.contactId === colleague.contactId)?.sender.name ?? '',
                count: colleague.cases,
              }),
            )
            .join(' ')}
        </p>
      ) : (
        <p className="hint">{t('colleagues.joint.casesHidden')}</p>
      )}
      {data.document === null && <p className="hint">{t('colleagues.joint.noDocument')}</p>}
      {data.document !== null && (
        <>
          {findings.length === 0 ? (
            <p className="guard-ok">
              <ShieldCheck aria-hidden="true" size={18} /> {t('colleagues.joint.ownGuardOk')}
            </p>
          ) : (
            <div className="report-findings has-findings">
              <p>{t('colleagues.joint.ownGuardFindings', { count: findings.length })}</p>
              <ul>
                {findings.map((finding, index) => (
                  <li key={index}>
                    <MarkedText text={finding.text} findings={[{ ...finding, start: 0, end: finding.text.length }]} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="plain-list approvals">
            {data.approvals.map((approval) => (
              <li key={approval.contactId} className={`approval approval-${approval.status}`}>
                {t('colleagues.joint.approvalStatus', { name: approval.name, status: t(`colleagues.joint.status.${approval.status}`) })}
              </li>
            ))}
          </ul>
          <ErrorMessage error={request.error ?? loadApproval.error} />
          {request.data && <p role="status">{t('colleagues.joint.requestSaved', { file: request.data.file })}</p>}
          {loadApproval.data && <p role="status">{t('colleagues.joint.approvalLoaded', { name: loadApproval.data.sender.name })}</p>}
          <div className="actions">
            <button type="button" disabled={findings.length > 0 || request.isPending} onClick={() => setAsking(true)}>
              <FileDown aria-hidden="true" size={18} /> {t('colleagues.joint.requestButton')}
            </button>
            <button type="button" disabled={loadApproval.isPending} onClick={() => loadApproval.mutate()}>
              <FileUp aria-hidden="true" size={18} /> {t('colleagues.joint.loadApproval')}
            </button>
          </div>
          <details className="joint-preview">
            <summary>{t('colleagues.joint.showPreview')}</summary>
            <ReportDocumentPreview preview={{ ...data, learningPointIds: [], recommendationIds: [] }} findingsOf={() => NO_FINDINGS} />
          </details>
          <ExportJointReport exportable={data.exportable} exportReport={exportReport} />
        </>
      )}
      <EncryptedFileDialog
        isOpen={asking}
        recipientName={contactName}
        what={t('colleagues.joint.requestWhat')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          request.mutate({ contactId });
        }}
      />
    </section>
  );
}
