import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI_SCRIPT = path.join(REPO_ROOT, 'electron/cli/index.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface SpawnCliOptions {
  /** Becomes TMPDIR, so commands that default to the temporary folder write inside the test's own folder. */
  tmpDir?: string;
}

/** Runs the CLI as a script would: no terminal, a clean environment apart from `env`. */
export function spawnCli(args: string[], env: Record<string, string> = {}, options: SpawnCliOptions = {}): Promise<CliRun> {
  const tmpDir = options.tmpDir === undefined ? {} : { TMPDIR: options.tmpDir };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_SCRIPT, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...tmpDir, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
