/**
 * The shard (0 … n − 1) of an article: FNV-1a of its stable id ("<outlet>/<file name>") modulo n.
 * The id comes from the file path, so every machine puts an article in the same shard.
 */
export function shardOf(id: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}

export interface Shard {
  /** 0-based */
  index: number;
  count: number;
}

/** Parse "K/N" (K from 0 to N − 1), or throw a message with an example. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1 && count <= 100_000) || !(index >= 0 && index < count))
    throw new Error(`--shard takes K/N with N from 1 to 100000 and K from 0 to N - 1 (got "${value}"), e.g. --shard 0/3 (a Kubernetes JOB_COMPLETION_INDEX or a Slurm SLURM_ARRAY_TASK_ID starting at 0)`);
  return { index, count };
}
