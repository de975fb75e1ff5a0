import { z } from 'zod';
import { idInputSchema } from '../domain/schemas/common';
import { exportInputSchema, type ExportResult, type ImportSummary } from '../domain/schemas/exchange';
import {
  learningPointCheckInputSchema,
  learningPointCreateInputSchema,
  learningPointListInputSchema,
  learningPointUpdateInputSchema,
  type LearningPointRecord,
} from '../domain/schemas/learning-point';
import { searchInputSchema, type SearchResult } from '../domain/schemas/search';
import { vaultSettingsUpdateSchema, type VaultSettings } from '../domain/schemas/vault-settings';
import { method } from './define';
import type { ReportFinding } from './reports';

/** What spans the whole vault: search, learning points, the vault's settings, export and import. */
export const recordMethods = {
  'search.query': method(searchInputSchema).returns<SearchResult>(),

  'learningPoints.list': method(learningPointListInputSchema).returns<LearningPointRecord[]>(),
  'learningPoints.create': method(learningPointCreateInputSchema).returns<LearningPointRecord>(),
  'learningPoints.update': method(learningPointUpdateInputSchema).returns<LearningPointRecord>(),
  'learningPoints.remove': method(idInputSchema).returns<null>(),
  /**
   * The re-identification guard on a learning point being written (not stored, not
   * audited), with the vault's identifiers; each finding marks a place to rewrite.
   */
  'learningPoints.check': method(learningPointCheckInputSchema).returns<ReportFinding[]>(),

  'vaultSettings.get': method(z.undefined()).returns<VaultSettings>(),
  'vaultSettings.update': method(vaultSettingsUpdateSchema).returns<VaultSettings>(),

  /** One case or the whole vault as unencrypted JSON, saved where the person chooses. */
  'records.export': method(exportInputSchema).returns<ExportResult | null>(),
  /** Checks the chosen file completely, then writes it in one transaction; INVALID_INPUT lists every problem. */
  'records.import': method(z.undefined()).returns<ImportSummary | null>(),
};
