import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../renderer/src/screens/settings/audit-wording';

/*
 * The aktivitetslog shows each event in plain words, so the renderer's list of events must
 * hold every code the engine writes: a new code without words would read as "Anden hændelse".
 */

const VAULT_DIR = path.resolve(import.meta.dirname, '../../electron/vault');

/** Every dotted code literal in the engine's files that write the audit log (contract method names in api/ are not events). */
function engineAuditActions(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['api', 'testing', 'test-support'].includes(entry.name)) walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const source = fs.readFileSync(full, 'utf8');
        if (!/appendAudit|auditCase\(|auditLearningPoint|replacePassphrase\(|'agreement\.export'/.test(source)) continue;
        for (const match of source.matchAll(/'([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)'/g)) found.add(match[1]!);
      }
    }
  };
  walk(VAULT_DIR);
  return found;
}

describe('the aktivitetslog wording', () => {
  it('knows every event the engine writes', () => {
    const written = engineAuditActions();
    expect(written.size).toBeGreaterThan(50);
    const unknown = [...written].filter((action) => !(AUDIT_ACTIONS as string[]).includes(action));
    expect(unknown).toEqual([]);
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(60);
  });
});
