// Rule 10, an impersonal passive of saying: "It is said that …", "It was reported that …", "It is
// claimed/alleged/believed that …": the claim is reported by nobody named (speaker "anonymous").
//   It was reported that the former spy chief had been arrested.
// Must not touch:
//   It was said in jest.   (no "that" clause)   It is believed to be the largest protest since 1986.
import { BE_FORMS, C_PASSIVE, PASSIVE_SPEECH } from '../lexicon.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

export function impersonalPassive(u: Unit): boolean {
  if ((u.cues & C_PASSIVE) === 0) return false;
  let found = false;
  for (let k = 2; k + 1 < u.n; k++) {
    if (!PASSIVE_SPEECH.has(u.norm(k)) || u.norm(k + 1) !== 'that' || u.isTaken(k)) continue;
    let b = k - 1;
    if (u.norm(b) === 'been' || u.norm(b) === 'widely' || u.norm(b) === 'also') b--;
    if (u.norm(b) === 'been') b--;
    if (!BE_FORMS.has(u.norm(b)) && !/^(has|had|have)$/.test(u.norm(b))) continue;
    if (u.norm(b - 1) !== 'it') continue;
    u.taken.push([b - 1, k + 1]);
    u.emit(k + 1, claimEnd(u, k + 1), { speaker: 'anonymous', cue: u.norm(k) });
    found = true;
  }
  return found;
}
