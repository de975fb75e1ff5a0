import { z } from 'zod';
import {
  agreementWithoutLedgers,
  EXPORT_FORMAT_VERSION,
  exportDocumentSchema,
  exportedCaseSchema,
  type ExportDocument,
} from './export-format';

/*
 * Every format version this app reads, each checked by its own exact schema and then
 * brought to the current shape. Files written by an older app stay importable, and a
 * newer file never passes as an older one: each version's objects are closed.
 */

const version1Schema = exportDocumentSchema.extend({
  formatVersion: z.literal(1),
  cases: z.array(exportedCaseSchema.extend({ agreements: z.array(agreementWithoutLedgers) })),
});

/** Version 1 did not export agreements' status history and signature records: there are none to import. */
const fromVersion1 = version1Schema.transform(
  (document): ExportDocument => ({
    ...document,
    formatVersion: EXPORT_FORMAT_VERSION,
    cases: document.cases.map((record) => ({
      ...record,
      agreements: record.agreements.map((agreement) => ({ ...agreement, statusHistory: [], signature: null })),
    })),
  }),
);

const READABLE_VERSIONS = new Map<unknown, z.ZodType<ExportDocument>>([
  [1, fromVersion1],
  [EXPORT_FORMAT_VERSION, exportDocumentSchema],
]);

/** The schema that reads a file of `formatVersion` into the current shape; null for a version this app does not know. */
export function documentSchemaFor(formatVersion: unknown): z.ZodType<ExportDocument> | null {
  return READABLE_VERSIONS.get(formatVersion) ?? null;
}
