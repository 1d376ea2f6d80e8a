import { fileURLToPath } from 'node:url';

/** The moments `kill-at.mjs` can kill a run at (see there). */
export const KILL_MOMENTS = ['lock-folder-made', 'lock-taken', 'staging-created', 'index-written', 'previous-set-aside', 'report-swapped'] as const;
export type KillMoment = (typeof KILL_MOMENTS)[number];

/**
 * The arguments and environment that make `node <bin> …` kill itself with SIGKILL at `moment`:
 * `spawn(process.execPath, [...killAt(m).execArgv, bin, 'analyze', …], { env: { ...process.env, ...killAt(m).env } })`.
 */
export function killAt(moment: KillMoment): { execArgv: string[]; env: Record<string, string> } {
  return { execArgv: ['--import', new URL('./kill-at.mjs', import.meta.url).href], env: { FRAMELENS_KILL_AT: moment } };
}

/** The hook file itself. */
export const killAtHook = fileURLToPath(new URL('./kill-at.mjs', import.meta.url));
