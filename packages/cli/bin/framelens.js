#!/usr/bin/env node
// Thin launcher that exists before the build, so pnpm can link it on install. It runs the build's
// bundle of the CLI (dist/framelens.mjs, scripts/bundle.mjs: one file to load instead of about a
// thousand modules), or the compiled modules when the bundle has not been made (a bare `tsc -b`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/framelens.mjs', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
