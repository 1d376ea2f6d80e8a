import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { BE, clauseEnd, COORDINATORS, NEGATORS } from './words.js';

// Denial verbs reject what they take: "denied that Russian troops took part", "denies any
// involvement in the unrest", "the Kremlin's denial of reports that …". The scope is the rest of
// the clause after the verb (after "that"; "reports that …" stays in). A denied denial affirms
// ("No one denies that …", "cannot be denied"), and the passive "were denied entry" withholds,
// it does not reject a claim; so does "denied them access".
export const deny: NegationRule = {
  id: 'en-deny',
  examples: {
    negated: [
      'The Kremlin denied that [[Russian troops took part in the crackdown]], Peskov said.',
      'Moscow denies [[any involvement in the unrest]].',
      "The ministry issued a denial of [[reports that snipers fired on protesters]].",
      'Officials have repeatedly denied [[using live ammunition against the crowd]].',
    ],
    not: [
      'No one denies that terrorists attacked the city hall.',
      'Journalists were denied access to the airport after the terrorist attack.',
      'That foreign fighters were involved cannot be denied, the minister said.',
      'The authorities denied foreign reporters entry to Almaty.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      const noun = word.norm === 'denial' || word.norm === 'denials';
      if (!DENY.has(word.norm) && !noun) return [];
      if (noun && normAt(w, i + 1) !== 'of' && normAt(w, i + 1) !== 'that') return [];
      if ((!noun && BE.has(normAt(w, i - 1))) || w.slice(Math.max(0, i - 4), i).some((x) => NEGATORS.has(x.norm))) return [];
      if (w.slice(i + 1, i + 5).some((x) => WITHHELD.has(x.norm))) return [];
      let from = i + 1;
      if (normAt(w, from) === 'that' || normAt(w, from) === 'of') from++;
      return scope(w, from, clauseEnd(w, from, COORDINATORS), word.norm, 'en-deny');
    });
  },
};

const DENY = new Set(['deny', 'denies', 'denied', 'denying']);

/** What "deny" withholds rather than rejects, within four words ("denied them entry", "denied foreign reporters access"). */
const WITHHELD = new Set(['access', 'entry', 'bail', 'visa', 'visas', 'permission', 'accreditation', 'request', 'requests', 'treatment', 'care', 'counsel']);
