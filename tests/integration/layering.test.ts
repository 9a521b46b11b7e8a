// The layering of ARCHITECTURE.md is enforced by lint; these prove the rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('stops core from reaching the file system', async () => {
    const messages = await restrictedImports('src/core/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(messages.join()).toMatch(/core is pure/);
  });

  it('stops core from importing an adapter', async () => {
    const messages = await restrictedImports('src/core/example.ts', "import { openDatabase } from '../adapters/sqlite/open-database';\nexport const x = openDatabase;\n");
    expect(messages).toHaveLength(1);
  });

  it('stops the renderer from reaching app internals, but lets it use the contract', async () => {
    const internals = await restrictedImports('renderer/src/example.ts', "import { createApp } from '../../src/app/create-app';\nexport const x = createApp;\n");
    expect(internals.join()).toMatch(/only through the contract/);
    const contract = await restrictedImports('renderer/src/example.ts', "import { commands } from '../../src/app/contract';\nexport const x = commands;\n");
    expect(contract).toEqual([]);
  });

  it('stops adapters from importing the app service', async () => {
    const messages = await restrictedImports('src/adapters/example.ts', "import { createApp } from '../app/create-app';\nexport const x = createApp;\n");
    expect(messages).toHaveLength(1);
  });

  it('lets the app service use core and adapters', async () => {
    const messages = await restrictedImports(
      'src/app/example.ts',
      "import { foldVietnamese } from '../core/text/fold';\nimport { openDatabase } from '../adapters/sqlite/open-database';\nexport const x = [foldVietnamese, openDatabase];\n",
    );
    expect(messages).toEqual([]);
  });
});
