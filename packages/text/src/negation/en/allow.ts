import type { ScopeLimit, Sentence } from '../types.js';
import { BE } from './words.js';

// "would not allow / permit / tolerate / let X" asserts the threat of X, it does not deny X: "The
// alliance would not allow a colour revolution in Kazakhstan" (as German "eine bunte Revolution
// nicht zulassen", which nicht.ts leaves alone because nothing follows "nicht"). Active only: the
// passive "Soldiers were not allowed to open fire" is a ban, and the firing did not happen.
export const allow: ScopeLimit = {
  id: 'en-allow',
  rules: ['en-not'],
  examples: {
    kept: [
      'The alliance would not allow a [[colour revolution]] in Kazakhstan.',
      'Moscow will not tolerate a [[colour revolution]], Lavrov said.',
      "The government won't let [[terrorists]] destabilise the country.",
    ],
    negated: ['Soldiers were not allowed to [[open fire]], the general said.', 'The alliance would not [[send combat troops]], Lavrov said.'],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    const passive = BE.has(w[from - 2]?.norm ?? '');
    return PERMIT.has(w[from]?.norm ?? '') && !passive ? [] : [[from, to]];
  },
};

const PERMIT = new Set(['allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'tolerate', 'tolerates', 'tolerated', 'let']);
