import type { NegationRule } from '../types.js';
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
