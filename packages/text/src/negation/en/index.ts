import type { NegationRule, ScopeLimit } from '../types.js';
import { against } from './against.js';
import { allow } from './allow.js';
import { complement } from './complement.js';
import { counterfactual } from './counterfactual.js';
import { reporting } from './reporting.js';
import { deny } from './deny.js';
import { dismiss } from './dismiss.js';
import { farFrom } from './far-from.js';
import { neitherNor } from './neither-nor.js';
import { no } from './no.js';
import { not } from './not.js';
import { refuseToCall } from './refuse-to-call.js';
import { reject } from './reject.js';
import { without } from './without.js';

/** Every English negation and rejection rule, one per file (see each file's examples). */
export const ENGLISH_NEGATION_RULES: readonly NegationRule[] = [not, no, neitherNor, deny, reject, dismiss, farFrom, refuseToCall, without];

/**
 * What the English rules' scopes leave out, one limit per file (see ../index.ts): drops
 * (counterfactual "Without X, … would", "did not comment on", "would not allow") before cuts
 * ("no violence against protesters", "would not take part in operations against protesters").
 */
export const ENGLISH_NEGATION_LIMITS: readonly ScopeLimit[] = [counterfactual, reporting, allow, complement, against];
