import { z } from 'zod';
import { method } from './define';

export const AUDIT_PAGE_MAX = 200;

/** Newest first; `beforeSeq` pages back from the oldest row already shown. */
export const auditListInputSchema = z
  .strictObject({
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
    beforeSeq: z.number().int().positive().nullable().default(null),
  })
  .prefault({});

/** One row of the aktivitetslog: what happened and to which case reference, never content. */
export interface AuditLogEntry {
  seq: number;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** A dotted code such as `case.view`. */
  action: string;
  subject: string | null;
}

export type AuditVerification = { intact: true; rows: number } | { intact: false; rows: number; firstBrokenSeq: number };

export const auditMethods = {
  'audit.list': method(auditListInputSchema).returns<AuditLogEntry[]>(),
  /** Recomputes the hash chain over every row. */
  'audit.verify': method(z.undefined()).returns<AuditVerification>(),
};
