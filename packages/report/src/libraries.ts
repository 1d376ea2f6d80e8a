import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScript } from './escape.js';

/**
 * The browser bundles of vega and vega-embed, ready to inline. Their `build/` folders are hidden
 * by the packages' export maps, so look for them on disk the way Node's resolver would: in each
 * node_modules folder from this file upwards.
 */
export function browserLibraries(): { name: string; version: string; code: string }[] {
  return [library('vega', 'build/vega.min.js'), library('vega-embed', 'build/vega-embed.min.js')];
}

const cache = new Map<string, { name: string; version: string; code: string }>();

function library(name: string, file: string): { name: string; version: string; code: string } {
  const hit = cache.get(name);
  if (hit) return hit;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(pkg, file))) {
      const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
      const lib = { name, version, code: inlineScript(readFileSync(path.join(pkg, file), 'utf8')) };
      cache.set(name, lib);
      return lib;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`report: cannot find ${name}/${file} in any node_modules folder above ${fileURLToPath(import.meta.url)}; run pnpm install`);
    dir = up;
  }
}
