import { todayIsoDate } from '../records/clock';
import {
  addRecommendation,
  addReportLearningPoint,
  draftPeriod,
  getReportDraft,
  includeLearningPoint,
  removeRecommendation,
  updateRecommendation,
  updateReportDraft,
} from '../report/draft/report-draft';
import { prepareReportExport, previewReport } from '../report/report-service';
import type { HandlerModule } from './handler-types';

type ReportMethod =
  | 'report.draft.get'
  | 'report.draft.update'
  | 'report.learningPoints.add'
  | 'report.learningPoints.include'
  | 'report.recommendations.add'
  | 'report.recommendations.update'
  | 'report.recommendations.remove'
  | 'report.preview'
  | 'report.export';

const DOCX_FILTERS = [{ name: 'Word (DOCX)', extensions: ['docx'] }];

/** Every change to the draft answers with the whole draft, which is small and what the editor shows. */
export const reportHandlers: HandlerModule<ReportMethod> = {
  'report.draft.get': (_input, { vault }) => getReportDraft(vault.require().db, todayIsoDate()),
  'report.draft.update': (input, { vault }) => {
    const { db } = vault.require();
    updateReportDraft(db, input);
    return getReportDraft(db, todayIsoDate());
  },
  'report.learningPoints.add': ({ text }, { vault }) => {
    const { db } = vault.require();
    addReportLearningPoint(db, text, todayIsoDate());
    return getReportDraft(db, todayIsoDate());
  },
  'report.learningPoints.include': ({ learningPointId, included }, { vault }) => {
    const { db } = vault.require();
    includeLearningPoint(db, learningPointId, included);
    return getReportDraft(db, todayIsoDate());
  },
  'report.recommendations.add': ({ text }, { vault }) => {
    const { db } = vault.require();
    addRecommendation(db, text);
    return getReportDraft(db, todayIsoDate());
  },
  'report.recommendations.update': ({ id, text }, { vault }) => {
    const { db } = vault.require();
    updateRecommendation(db, id, text);
    return getReportDraft(db, todayIsoDate());
  },
  'report.recommendations.remove': ({ id }, { vault }) => {
    const { db } = vault.require();
    removeRecommendation(db, id);
    return getReportDraft(db, todayIsoDate());
  },
  'report.preview': (_input, { vault }) => {
    const { db } = vault.require();
    return previewReport(db, draftPeriod(db, todayIsoDate()).period);
  },
  'report.export': async (_input, { vault, dialogs }) => {
    const { db } = vault.require();
    const report = prepareReportExport(db, draftPeriod(db, todayIsoDate()).period);
    const file = await dialogs.chooseSaveFile({
      defaultName: `laeringsdokument-${report.period.from}-${report.period.to}.docx`,
      filters: DOCX_FILTERS,
    });
    if (file === null) return null;
    // Asked again after the dialog: the vault may have locked itself while it was open.
    await report.write(vault.require().db, file);
    return { file };
  },
};
