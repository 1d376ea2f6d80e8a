// Loaded with `node --import <this file>` by the kill tests (test/interrupted-run.test.ts): the
// process kills itself with SIGKILL at the moment FRAMELENS_KILL_AT names, right after the file
// operation that begins it, so the test hits that moment on a busy machine as on an idle one (a
// timer or a poller in the test races the run and can miss a window of a few milliseconds).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const at = process.env.FRAMELENS_KILL_AT;
const die = () => process.kill(process.pid, 'SIGKILL');
const name = (p) => String(p).replaceAll('\\', '/');

/** Wrap a promise-returning fs function: kill after a call that `test` picks has succeeded. */
function afterPromise(target, fn, test) {
  const original = target[fn];
  target[fn] = async function (...args) {
    const result = await original.apply(this, args);
    if (test(...args.map(name))) die();
    return result;
  };
}
/** The same for a callback fs function. */
function afterCallback(target, fn, test) {
  const original = target[fn];
  target[fn] = function (...args) {
    const callback = args[args.length - 1];
    if (typeof callback === 'function' && test(...args.slice(0, -1).map(name))) {
      args[args.length - 1] = (error, ...rest) => {
        if (!error) die();
        callback(error, ...rest);
      };
    }
    return original.apply(this, args);
  };
}

/** Each moment: the file operation after which the process dies. */
const MOMENTS = {
  // the lock folder (or the folder it is made in) exists, its holder.json not yet written
  'lock-folder-made': () => afterCallback(fs, 'mkdir', (p) => /\.lock(?:-\d+)?$/.test(p)),
  // the lock is taken: its folder is in place with holder.json
  'lock-taken': () => afterCallback(fs, 'rename', (from, to) => /\.lock$/.test(to)),
  // the staging folder appears
  'staging-created': () => afterPromise(fsp, 'mkdir', (p) => /\.staging-\d+(?:\/|$)/.test(p)),
  // index.html is in the staging folder, report.json not yet
  'index-written': () => afterPromise(fsp, 'writeFile', (p) => /\.staging-\d+\/index\.html$/.test(p)),
  // between the two renames: the old report set aside as .previous, the new one not yet in place
  'previous-set-aside': () => afterPromise(fsp, 'rename', (from, to) => /\.previous$/.test(to)),
  // the new report in place, the set-aside old one not yet removed
  'report-swapped': () => afterPromise(fsp, 'rename', (from) => /\.staging-\d+$/.test(from)),
};

if (at !== undefined) {
  const install = MOMENTS[at];
  if (!install) throw new Error(`FRAMELENS_KILL_AT: unknown moment "${at}" (one of ${Object.keys(MOMENTS).join(', ')})`);
  install();
  // `import { rename } from 'node:fs/promises'` in the CLI sees the wrapped function too
  syncBuiltinESMExports();
}
