import { writeFileAtomic } from '../fs/atomic-write';
import { requireCase } from '../records/case-access';
import { todayIsoDate } from '../records/clock';
import { exportRecords, serializeExport } from '../records/exchange/export';
import { importRecords, readExportFile } from '../records/exchange/import';
import {
  createLearningPoint,
  listLearningPoints,
  removeLearningPoint,
  updateLearningPoint,
} from '../records/learning-points';
import { searchRecords } from '../records/search/search';
import { checkLearningPointText } from '../report/check-learning-point';
import { getVaultSettings, updateVaultSettings } from '../records/vault-settings';
import type { HandlerModule } from './handler-types';

type RecordMethod =
  | 'search.query'
  | 'learningPoints.list'
  | 'learningPoints.create'
  | 'learningPoints.update'
  | 'learningPoints.remove'
  | 'learningPoints.check'
  | 'vaultSettings.get'
  | 'vaultSettings.update'
  | 'records.export'
  | 'records.import';

const EXPORT_FILTERS = [{ name: 'Fortrolig eksport (JSON)', extensions: ['json'] }];

export const recordHandlers: HandlerModule<RecordMethod> = {
  'search.query': (input, { vault }) => searchRecords(vault.require().db, input),

  'learningPoints.list': (input, { vault }) => listLearningPoints(vault.require().db, input),
  'learningPoints.create': (input, { vault }) => createLearningPoint(vault.require().db, input),
  'learningPoints.update': (input, { vault }) => updateLearningPoint(vault.require().db, input),
  'learningPoints.remove': ({ id }, { vault }) => {
    removeLearningPoint(vault.require().db, id);
    return null;
  },

  'learningPoints.check': ({ text, reportYear }, { vault }) => checkLearningPointText(vault.require().db, text, reportYear, todayIsoDate()),

  'vaultSettings.get': (_input, { vault }) => getVaultSettings(vault.require().db),
  'vaultSettings.update': (input, { vault }) => updateVaultSettings(vault.require().db, input),

  'records.export': async ({ caseId }, { vault, dialogs }) => {
    const name = caseId === null ? 'alle-sager' : requireCase(vault.require().db, caseId).reference;
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-${name}-${todayIsoDate()}.json`, filters: EXPORT_FILTERS });
    if (file === null) return null;
    const document = exportRecords(vault.require().db, caseId);
    writeFileAtomic(file, serializeExport(document));
    return { file, cases: document.cases.length };
  },
  'records.import': async (_input, { vault, dialogs }) => {
    vault.require();
    const file = await dialogs.chooseOpenFile({ filters: EXPORT_FILTERS });
    if (file === null) return null;
    return importRecords(vault.require().db, readExportFile(file));
  },
};
