import { z } from 'zod';
import { CONSULTATION_SCOPES } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { parseExportFile } from '../records/exchange/import';
import type { ExportDocument } from '../records/exchange/export-format';

/*
 * The bodies of the packages this engine writes. The case content is always a document
 * of the project's export format (docs/fortrolig-export.schema.json), checked on arrival
 * by the same import checks as an export file.
 */

const originCaseId = z.number().int().positive();

export const consultationBodySchema = z.strictObject({
  scope: z.enum(CONSULTATION_SCOPES),
  originCaseId,
  document: z.unknown(),
});
export type ConsultationBody = z.output<typeof consultationBodySchema> & { document: ExportDocument };

export const handoverBodySchema = z.strictObject({
  /** The sender's case ids, in the order of `document.cases`. */
  originCaseIds: z.array(originCaseId).min(1),
  document: z.unknown(),
});
export type HandoverBody = z.output<typeof handoverBodySchema> & { document: ExportDocument };

export const receiptBodySchema = z.strictObject({
  received: z.array(z.strictObject({ packageId: z.uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).min(1),
});
export type ReceiptBody = z.output<typeof receiptBodySchema>;

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('PACKAGE_INVALID', 'The package body does not have the expected shape.');
  return parsed.data;
}

/** The case content, through the export import's own checks; a newer export format is PACKAGE_TOO_NEW. */
export async function parseDocument(document: unknown): Promise<ExportDocument> {
  try {
    return await parseExportFile(JSON.stringify(document));
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') {
      const issues = (error.details?.issues ?? []) as { code: string }[];
      if (issues.some((issue) => issue.code === 'unsupported_format_version')) {
        throw new AppError('PACKAGE_TOO_NEW', 'The case content uses a newer export format.');
      }
      throw new AppError('PACKAGE_INVALID', 'The case content does not pass the import checks.', { issues: issues.slice(0, 20) });
    }
    throw error;
  }
}
