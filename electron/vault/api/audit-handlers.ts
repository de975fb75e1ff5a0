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
    const result = verifyAuditChain(vault.require().db);
    return result.ok ? { intact: true, rows: result.rows } : { intact: false, rows: result.rows, firstBrokenSeq: result.firstBrokenSeq };
  },
};
