import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORT_TEXT_ID,
  reportLearningPointAddSchema,
  reportRecommendationAddSchema,
  type ReportDraft,
  type ReportDraftLearningPoint,
  type ReportFinding,
  type ReportRecommendation,
} from '../../../../shared/contract/reports';
import {
  useAddRecommendation,
  useAddReportLearningPoint,
  useEditReportLearningPoint,
  useIncludeLearningPoint,
  useRemoveRecommendation,
  useRemoveReportLearningPoint,
  useUpdateRecommendation,
} from '../../api/use-report';
import { ConfirmRemoveDialog } from '../../components/confirm-remove-dialog';
import { ErrorMessage } from '../../components/error-message';
import { ReportTextItem, TextForm } from './report-text-item';

type FindingsOf = (textId: string) => readonly ReportFinding[];

/**
 * The learning points of the period: those written for its years, in a case or here, and
 * any chosen earlier. Only the included ones go into the document, numbered in its order.
 */
export function LearningPointsEditor({ draft, findingsOf }: { draft: ReportDraft; findingsOf: FindingsOf }) {
  const { t } = useTranslation();
  const add = useAddReportLearningPoint();
  const edit = useEditReportLearningPoint();
  const include = useIncludeLearningPoint();
  const remove = useRemoveReportLearningPoint();
  const [removing, setRemoving] = useState<ReportDraftLearningPoint | null>(null);
  const included = draft.learningPoints.filter((point) => point.included);
  return (
    <section aria-labelledby="report-points-title">
      <h2 id="report-points-title">{t('report.points.title')}</h2>
      <p className="notice">{t('report.points.intro')}</p>
      {draft.learningPoints.length === 0 && <p>{t('report.points.none')}</p>}
      <ErrorMessage error={include.error} />
      <ul className="plain-list">
        {draft.learningPoints.map((point) => {
          const number = included.indexOf(point) + 1;
          return (
            <ReportTextItem
              key={point.id}
              textId={REPORT_TEXT_ID.learningPoint(point.id)}
              heading={number > 0 ? t('report.findings.learningPoint', { number }) : t('report.points.text')}
              text={point.text}
              findings={point.included ? findingsOf(REPORT_TEXT_ID.learningPoint(point.id)) : []}
              schema={reportLearningPointAddSchema}
              editLabel={t('report.points.text')}
              meta={
                <>
                  <p className="hint">
                    {point.caseId === null
                      ? t('report.points.forYear', { year: point.reportYear })
                      : t('report.points.fromCase', { year: point.reportYear })}
                  </p>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={point.included}
                      disabled={include.isPending}
                      onChange={(event) => include.mutate({ learningPointId: point.id, included: event.target.checked })}
                    />
                    {t('report.points.include')}
                  </label>
                </>
              }
              pending={edit.isPending}
              error={edit.error}
              onSave={(text) => edit.mutateAsync({ id: point.id, text })}
              onRemove={() => setRemoving(point)}
            />
          );
        })}
      </ul>
      <div className="card">
        <TextForm
          schema={reportLearningPointAddSchema}
          label={t('report.points.addTitle')}
          initialText=""
          submitLabel={t('report.points.add')}
          pending={add.isPending}
          error={add.error}
          onSubmit={(text) => add.mutateAsync({ text })}
        />
      </div>
      <ConfirmRemoveDialog item={removing} title={t('report.points.removeTitle')} remove={remove} onClose={() => setRemoving(null)}>
        <p>{t('report.points.removeBody')}</p>
      </ConfirmRemoveDialog>
    </section>
  );
}

export function RecommendationsEditor({ draft, findingsOf }: { draft: ReportDraft; findingsOf: FindingsOf }) {
  const { t } = useTranslation();
  const add = useAddRecommendation();
  const update = useUpdateRecommendation();
  const remove = useRemoveRecommendation();
  const [removing, setRemoving] = useState<ReportRecommendation | null>(null);
  return (
    <section aria-labelledby="report-recommendations-title">
      <h2 id="report-recommendations-title">{t('report.recommendations.title')}</h2>
      {draft.recommendations.length === 0 && <p>{t('report.recommendations.none')}</p>}
      <ul className="plain-list">
        {draft.recommendations.map((recommendation, index) => (
          <ReportTextItem
            key={recommendation.id}
            textId={REPORT_TEXT_ID.recommendation(recommendation.id)}
            heading={t('report.findings.recommendation', { number: index + 1 })}
            text={recommendation.text}
            findings={findingsOf(REPORT_TEXT_ID.recommendation(recommendation.id))}
            schema={reportRecommendationAddSchema}
            editLabel={t('report.recommendations.text')}
            pending={update.isPending}
            error={update.error}
            onSave={(text) => update.mutateAsync({ id: recommendation.id, text })}
            onRemove={() => setRemoving(recommendation)}
          />
        ))}
      </ul>
      <div className="card">
        <TextForm
          schema={reportRecommendationAddSchema}
          label={t('report.recommendations.addTitle')}
          initialText=""
          submitLabel={t('report.recommendations.add')}
          pending={add.isPending}
          error={add.error}
          onSubmit={(text) => add.mutateAsync({ text })}
        />
      </div>
      <ConfirmRemoveDialog item={removing} title={t('report.recommendations.removeTitle')} remove={remove} onClose={() => setRemoving(null)}>
        <p>{t('report.recommendations.removeBody')}</p>
      </ConfirmRemoveDialog>
    </section>
  );
}
