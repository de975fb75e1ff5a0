import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Name → SHA-256 of every file in a folder: compare before and after to prove nothing was touched. */
export function folderFingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) result[name] = sha256(fs.readFileSync(file));
  }
  return result;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
