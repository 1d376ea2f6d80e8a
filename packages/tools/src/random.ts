/**
 * mulberry32: a small, fast, seedable 32-bit generator returning floats in [0, 1), for benchmark
 * corpora and property tests that must be the same on every run. The bootstrap in
 * @framelens/aggregate draws from the same generator (its runtime code cannot depend on this
 * private package); random.test.ts checks that both give the same stream.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
