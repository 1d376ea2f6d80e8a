import { mulberry32, seedFor } from '@framelens/aggregate';

/** A seeded random source (the caller creates one per task, so results depend on the seed alone). */
export interface Random {
  /** float in [0, 1) */
  next(): number;
  /** whole number in [0, n) */
  below(n: number): number;
}

export function seededRandom(seed: number, key = ''): Random {
  const next = mulberry32(key === '' ? seed : seedFor(seed, key));
  return { next, below: (n) => Math.floor(next() * n) };
}

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
