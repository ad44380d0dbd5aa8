#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so a fresh clone needs no compile step
// for src/local (the Apps Script bundle is still built by `npm run build`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/local/cli.ts');
process.exitCode = await main(process.argv.slice(2));
