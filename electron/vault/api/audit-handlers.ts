import { auditEndAtOpen } from '../audit/audit-anchor';
import { listAudit, verifyAuditChain } from '../audit/audit-log';
import type { HandlerModule } from './handler-types';

export const auditHandlers: HandlerModule<'audit.list' | 'audit.verify'> = {
  // The hashes stay in main: the viewer shows what happened, the chain check says whether to trust it.
  'audit.list': ({ limit, beforeSeq }, { vault }) =>
    listAudit(vault.require().db, beforeSeq === null ? { limit } : { limit, beforeSeq }).map(({ seq, at, action, subject }) => ({
      seq,
      at,
      action,
      subject,
    })),
  'audit.verify': (_input, { vault }) => {
    const db = vault.require().db;
    const result = verifyAuditChain(db);
    if (!result.ok) return { intact: false, rows: result.rows, firstBrokenSeq: result.firstBrokenSeq };
    // A log whose newest rows were cut off is a valid chain; the anchor in keys.json shows
    // the cut, reported as broken from the first row that is missing or was rewritten.
    const end = auditEndAtOpen(db);
    if (end !== null && !end.ok && end.problem === 'rows_missing') return { intact: false, rows: result.rows, firstBrokenSeq: end.tableSeq + 1 };
    if (end !== null && !end.ok && end.problem === 'diverged') return { intact: false, rows: result.rows, firstBrokenSeq: end.anchoredSeq };
    return { intact: true, rows: result.rows };
  },
};
