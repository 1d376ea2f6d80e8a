// A liveblog's time stamp or a short opener before a dash is not the speaker (review2 F2a). Tickers
// and liveblogs open an entry with its time: "14.50 Uhr – Präsident Tokajew spricht von …",
// "Am Abend – Augenzeugen berichten, …". The subject is the noun phrase after the dash.
// Examples (rules/time-opener.test.ts):
//   14.50 Uhr – Präsident Tokajew spricht von «Terrorbanden», …     → "Präsident Tokajew"
//   Am Abend – Augenzeugen berichten, Sicherheitskräfte hätten …    → "Augenzeugen"
//   Update, 14.50 Uhr: Präsident Tokajew spricht von Terrorbanden, …  → "Präsident Tokajew"
// Look-alikes that keep the phrase before the dash (written first):
//   Der Präsident – sichtlich nervös – sagte, die Lage sei ruhig.   (an inserted remark between two dashes: "Der Präsident")
//   Der armenische Regierungschef Nikol Paschinjan, derzeitiger Vorsitzender …, kündigte an, …  (an apposition in commas)
import type { Clauses, Items } from '../items.js';
import { CAP, NUMBER, PREPOSITION, WORD } from '../cues.js';
import { isTimeWord } from '../../speaker-phrase.js';
import { COLON } from '../helpers.js';

/** Dashes that set off an opener: en dash, em dash, a free-standing hyphen. */
const DASHES = new Set([0x2013, 0x2014, 0x2d]);
/** Words of a time stamp besides the time words: "Uhr", "GMT", "Update", "Liveblog". */
const STAMP_WORDS = new Set(['uhr', 'gmt', 'mez', 'utc', 'update', 'updates', 'liveblog', 'eilmeldung', 'neu']);

/**
 * The number of clauses that open the unit as a time stamp or opener before a dash or a colon
 * ("14.50 Uhr –", "Update, 14.50 Uhr:", "Am Abend –"), or 0.
 */
export function openerClauses(v: Items, cls: Clauses): number {
  if (cls.n < 2) return 0;
  if (isPrepositional(v, cls.from[0]!, cls.to[0]!) && DASHES.has(cls.sep[1]!)) return 1;
  let c = 0;
  while (c < cls.n - 1 && isStamp(v, cls.from[c]!, cls.to[c]!)) c++;
  return c > 0 && (DASHES.has(cls.sep[c]!) || cls.sep[c] === COLON) ? c : 0;
}

function isPrepositional(v: Items, from: number, to: number): boolean {
  return from < to && (v.bits(from) & (WORD | PREPOSITION)) === (WORD | PREPOSITION);
}

/** Items [from, to) are only numbers and time words ("14.50 Uhr", "Update", "Freitag, 7. Januar"). */
function isStamp(v: Items, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const b = v.bits(i);
    if ((b & NUMBER) !== 0 || (b & WORD) === 0) continue;
    const n = v.norm(i);
    if (!STAMP_WORDS.has(n) && !isTimeWord(n) && !((b & CAP) === 0 && /^(am|um|gegen|ab)$/.test(n))) return false;
  }
  return true;
}
