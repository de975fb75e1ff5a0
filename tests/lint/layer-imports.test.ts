import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'fortrolig/layer-imports').map((m) => m.message);
}

describe('the import-direction lint rule', () => {
  it.each([
    ['shared/x.ts', "import { a } from '../electron/vault/y';\nexport const b = a;", /shared layer must not import from the vault/],
    ['shared/x.ts', "import fs from 'node:fs';\nexport const b = fs;", /Node built-in 'node:fs'/],
    ['renderer/src/x.ts', "import { a } from '../../electron/main/y';\nexport const b = a;", /renderer layer must not import from the main/],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;", /must not import 'electron'/],
    ['electron/vault/x.ts', "import { app } from 'electron';\nexport const b = app;", /vault layer must not import 'electron'/],
    ['electron/vault/x.ts', "import { a } from '../main/y';\nexport const b = a;", /vault layer must not import from the main/],
    ['electron/cli/x.ts', "export { a } from '../main/y';", /cli layer must not import from the main/],
    ['electron/preload/x.ts', "import { a } from '../vault/y';\nexport const b = a;", /preload layer must not import from the vault/],
  ])('rejects a wrong-direction import in %s', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { a } from '../vault/y';\nimport { c } from '../../shared/z';\nexport const b = [app, a, c];"],
    ['renderer/src/x.ts', "import { c } from '../../shared/z';\nexport const b = c;"],
    ['electron/vault/x.ts', "import fs from 'node:fs';\nimport { c } from '../../shared/z';\nexport const b = [fs, c];"],
  ])('accepts the allowed direction in %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
