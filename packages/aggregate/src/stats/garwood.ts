import { invGammaP } from './gamma.js';

/**
 * Exact (Garwood 1936) confidence interval for a Poisson mean given an
 * observed count x: [χ²(α/2; 2x)/2, χ²(1−α/2; 2x+2)/2], i.e. Gamma quantiles
 * [G⁻¹(α/2; x), G⁻¹(1−α/2; x+1)], with lower = 0 when x = 0.
 */
export function garwoodInterval(x: number, level = 0.95): [number, number] {
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`garwoodInterval: expected a count (integer >= 0), got ${x}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`garwoodInterval: expected 0 < level < 1, got ${level}`);
  const key = `${x}:${level}`;
  const cached = cache.get(key);
  if (cached) return [cached[0], cached[1]];
  const alpha = 1 - level;
  const low = x === 0 ? 0 : invGammaP(alpha / 2, x);
  const high = invGammaP(1 - alpha / 2, x + 1);
  cache.set(key, [low, high]);
  return [low, high];
}

const cache = new Map<string, [number, number]>();

/** A rate per `per` units (default 1,000 word tokens) with its Garwood interval; all 0 when exposure is 0. */
export function poissonRate(count: number, exposure: number, per = 1000, level = 0.95): { rate: number; low: number; high: number } {
  if (!(exposure > 0)) return { rate: 0, low: 0, high: 0 };
  const [low, high] = garwoodInterval(count, level);
  const scale = per / exposure;
  return { rate: count * scale, low: low * scale, high: high * scale };
}
