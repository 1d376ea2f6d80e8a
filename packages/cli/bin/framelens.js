#!/usr/bin/env node
// Thin launcher that exists before the build, so pnpm can link it on install.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
