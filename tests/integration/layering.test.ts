// The layering of ARCHITECTURE.md is enforced by lint; these prove the rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Messages of the layering rules: the allow-lists (layering/imports) and the block-lists (no-restricted-imports). */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'layering/imports').map((m) => m.message);
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

  it('lets core import only core and zod: any other package, even one no list names, is refused', async () => {
    const outside = await restrictedImports(
      'src/core/orders/example.ts',
      "import dayjs from 'dayjs';\nimport { stringify } from 'csv-stringify/sync';\nimport { z } from 'zod';\nimport { foldVietnamese } from '../text/fold';\nexport const x = [dayjs, stringify, z, foldVietnamese];\n",
    );
    expect(outside).toHaveLength(2);
    expect(outside.join()).toMatch(/core is pure.*"dayjs"/);
    expect(outside.join()).toMatch(/"csv-stringify\/sync"/);
  });

  it('catches core reaching out by a roundabout path, a re-export or a dynamic import', async () => {
    const messages = await restrictedImports(
      'src/core/example.ts',
      "export * from '../core/../app/errors';\nexport { x } from '../../tests/helpers/fixtures';\nexport const later = () => import('ws');\n",
    );
    expect(messages).toHaveLength(3);
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

  it('lets the CLI compose app, server, adapters and core, but not the desktop shell or the UI', async () => {
    const fine = await restrictedImports(
      'src/cli/commands/example.ts',
      "import { createApp } from '../../app/create-app';\nimport { startServer } from '../../server/http-server';\nimport { parse } from 'csv-parse/sync';\nimport { join } from 'node:path';\nexport const x = [createApp, startServer, parse, join];\n",
    );
    expect(fine).toEqual([]);
    const refused = await restrictedImports(
      'src/cli/commands/example.ts',
      "import { startDesktop } from '../../main/desktop';\nimport { client } from '../../../renderer/src/api/client';\nimport { app } from 'electron';\nexport const x = [startDesktop, client, app];\n",
    );
    expect(refused).toHaveLength(3);
    expect(refused.join()).toMatch(/the CLI composes/);
  });

  it('lets the desktop shell use app, server, adapters and the shared data folder, but no other CLI code and never Electron by import', async () => {
    const fine = await restrictedImports(
      'src/main/example.ts',
      "import { createApp } from '../app/create-app';\nimport { startServer } from '../server/http-server';\nimport { writeBackup } from '../adapters/sqlite/order-book-backup';\nimport { defaultDataDir } from '../cli/data-dir';\nexport const x = [createApp, startServer, writeBackup, defaultDataDir];\n",
    );
    expect(fine).toEqual([]);
    const refused = await restrictedImports(
      'src/main/example.ts',
      "import { registerServe } from '../cli/commands/serve';\nimport { app } from 'electron';\nimport { createBridge } from '../preload/bridge';\nexport const x = [registerServe, app, createBridge];\n",
    );
    expect(refused).toHaveLength(3);
    expect(refused.join()).toMatch(/electron-api\.ts/);
  });
});
