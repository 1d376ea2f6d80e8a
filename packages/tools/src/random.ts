/**
 * mulberry32: a small, fast, seedable 32-bit generator returning floats in [0, 1), for benchmark
 * corpora and property tests that must be the same on every run. It is the generator the
 * bootstrap in @framelens/aggregate draws from, re-exported here (one implementation, not a copy).
 */
export { mulberry32 } from '@framelens/aggregate';
