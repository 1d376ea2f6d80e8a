import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLIENT_BUNDLE, clientScript } from './client-bundle.js';

describe('the page script bundle', () => {
  it('dist/client.js is the current bundle of src/client (rebuild the package after changing it)', () => {
    const script = fileURLToPath(new URL('../scripts/build-client.mjs', import.meta.url));
    const fresh = execFileSync(process.execPath, [script, '--stdout'], { encoding: 'utf8' });
    const built = readFileSync(CLIENT_BUNDLE, 'utf8');
    expect(built.length).toBe(fresh.length);
    expect(built === fresh).toBe(true);
  });

  it('is one IIFE without markup the HTML parser would misread, and holds no second copy of safeHref', () => {
    const code = clientScript();
    expect(code).toMatch(/^"use strict";\n\(\(\) => \{/);
    expect(code).not.toMatch(/<!--|<\/?script/i);
    // escape.ts's safeHref is bundled once, the only http(s) check in the page script
    expect(code.match(/function safeHref\(/g)).toHaveLength(1);
    expect(code.match(/https\?/g)).toHaveLength(1);
  });
});
