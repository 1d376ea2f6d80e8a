export type { Hit, HitKind, Section } from './types.js';
