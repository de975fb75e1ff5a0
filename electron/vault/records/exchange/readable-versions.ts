import { z } from 'zod';
import {
  agreementWithoutLedgers,
  consentWithoutConsultationScope,
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

const consentsWithoutScope = z.array(consentWithoutConsultationScope);

const version1Schema = exportDocumentSchema.extend({
  formatVersion: z.literal(1),
  cases: z.array(exportedCaseSchema.extend({ agreements: z.array(agreementWithoutLedgers), consents: consentsWithoutScope })),
});

const version2Schema = exportDocumentSchema.extend({
  formatVersion: z.literal(2),
  cases: z.array(exportedCaseSchema.extend({ consents: consentsWithoutScope })),
});

/** Before version 3 no consent had a consultation scope: nothing may be shared on it until one is recorded. */
const withoutConsultationScopes = (consents: z.output<typeof consentsWithoutScope>) =>
  consents.map((consent) => ({ ...consent, consultationScope: null }));

/** Version 1 did not export agreements' status history and signature records: there are none to import. */
const fromVersion1 = version1Schema.transform(
  (document): ExportDocument => ({
    ...document,
    formatVersion: EXPORT_FORMAT_VERSION,
    cases: document.cases.map((record) => ({
      ...record,
      consents: withoutConsultationScopes(record.consents),
      agreements: record.agreements.map((agreement) => ({ ...agreement, statusHistory: [], signature: null })),
    })),
  }),
);

const fromVersion2 = version2Schema.transform(
  (document): ExportDocument => ({
    ...document,
    formatVersion: EXPORT_FORMAT_VERSION,
    cases: document.cases.map((record) => ({ ...record, consents: withoutConsultationScopes(record.consents) })),
  }),
);

const READABLE_VERSIONS = new Map<unknown, z.ZodType<ExportDocument>>([
  [1, fromVersion1],
  [2, fromVersion2],
  [EXPORT_FORMAT_VERSION, exportDocumentSchema],
]);

/** The schema that reads a file of `formatVersion` into the current shape; null for a version this app does not know. */
export function documentSchemaFor(formatVersion: unknown): z.ZodType<ExportDocument> | null {
  return READABLE_VERSIONS.get(formatVersion) ?? null;
}
