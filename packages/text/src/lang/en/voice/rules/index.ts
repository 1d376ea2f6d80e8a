import type { Frame } from '../frames.js';
import type { Unit } from '../unit.js';
import { accordingTo } from './according-to.js';
import { accusedOf } from './accused-of.js';
import { claimFirst } from './claim-first.js';
import { claimNoun } from './claim-noun.js';
import { naming } from './naming.js';
import { impersonalPassive } from './passive.js';
import { quoteContinuation } from './quote-continuation.js';
import { saying } from './saying.js';
import { speechVerb } from './speech-verb.js';
import { trailingFrame } from './trailing-frame.js';

/** A rule on one speech frame of the unit: true when it took the frame. */
export type FrameRule = (u: Unit, f: Frame) => boolean;
/** A rule on the whole unit: it records what it finds on `u` and returns true when it found something. */
export type UnitRule = (u: Unit) => boolean;

/**
 * The English per-unit rules in the order they run (README "English voice rules"). First the
 * attributions that are not verbs ("according to"), then each speech frame (claim before it, else
 * after it), then the frames that are not verbs of saying, last a quotation alone.
 * To add a rule: write rules/<name>.ts with its examples and look-alikes first and its test
 * rules/<name>.test.ts, and put it here.
 */
export const BEFORE_FRAMES: readonly UnitRule[] = [accordingTo, impersonalPassive];
export const FRAME_RULES: readonly FrameRule[] = [trailingFrame, claimFirst, speechVerb];
export const AFTER_FRAMES: readonly UnitRule[] = [accusedOf, claimNoun, saying, naming, quoteContinuation];
