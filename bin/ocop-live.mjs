#!/usr/bin/env node
// The `ocop-live` command. TypeScript runs directly through tsx, so the CLI
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
