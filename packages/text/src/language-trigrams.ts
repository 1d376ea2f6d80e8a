import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc-min's answer for a sample, computed on its own models (`franc-min/data.js`) the same way
 * `franc(value, { minLength })` computes it, with the same result (language-trigrams.test.ts
 * checks it against franc-min itself), in a tenth of the time: franc-min looks each trigram of
 * the sample up once per language of its script (about 60 Latin-script languages, 60 object
 * look-ups a trigram); here each trigram is looked up once, in one table of its ranks in every
 * language of the script.
 *
 * franc-min's method: the script with most characters picks the candidate languages; the sample
 * is lower-cased, characters U+0021–U+0040 (digits, punctuation) become spaces, white space is
 * collapsed; each distinct trigram of " " + sample + " " with its count c adds |c − rank − 1| to
 * a language whose model ranks it, else 300. The smallest sum wins, the first in franc-min's
 * order on a tie.
 */

/** franc-min's constants: at most this many characters are read; a trigram not in a model costs this. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * One script's languages (franc-min's order) and, per trigram, the languages whose model ranks it:
 * `(language << 16) | rank` each (a trigram is in a few of the 44 Latin models, so this is short).
 */
interface ScriptModels {
  languages: string[];
  ranks: Map<number, Int32Array>;
}

/**
 * A trigram's three UTF-16 code units as one number, so that counting makes no strings: below
 * U+0400 each (Latin and Greek text), ten bits each (a small integer, the fastest map key); else
 * 2^30 plus all 48 bits (exact in a double, and never equal to a small one).
 */
const key = (a: number, b: number, c: number): number =>
  (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : 0x40000000 + (a * 0x10000 + b) * 0x10000 + c;

/** The models of a script, made on first use from franc-min's data (constant: they never change a result). */
class Models {
  private readonly byScript = new Map<string, ScriptModels>();

  of(script: string): ScriptModels | undefined {
    let models = this.byScript.get(script);
    if (models) return models;
    const languages = data[script];
    if (!languages) return undefined;
    const names = Object.keys(languages);
    const lists = new Map<string, Map<number, number>>();
    names.forEach((name, l) => {
      const model = languages[name]!.split('|');
      // franc-min sets rank = index from the last to the first, so a repeated trigram keeps its first index
      for (let rank = model.length - 1; rank >= 0; rank--) {
        let list = lists.get(model[rank]!);
        if (!list) lists.set(model[rank]!, (list = new Map()));
        list.set(l, rank);
      }
    });
    const ranks = new Map<number, Int32Array>();
    for (const [trigram, list] of lists) {
      // a model holds trigrams of three code units (franc-min's data); any other string could never match
      if (trigram.length === 3) ranks.set(key(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)), Int32Array.from(list, ([l, rank]) => (l << 16) | rank));
    }
    this.byScript.set(script, (models = { languages: names, ranks }));
    return models;
  }
}

const MODELS = new Models();

/**
 * How many characters of `value` are basic Latin letters or in U+00C0–U+02B8 (without × and ÷): all
 * of them are in franc-min's Latin expression, so this is at most its count.
 */
function latinLetters(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x2b8 && c !== 0xd7 && c !== 0xf7)) n++;
  }
  return n;
}

/** The script with the largest share of the sample's characters (the first on a tie), as franc-min picks it. */
function topScript(value: string): { script: string | undefined; share: number } {
  // those letters are in franc-min's Latin expression and in no other (checked over U+0000–U+02B8):
  // when they are more than half the sample, no other script can match as many characters as Latin
  const latin = latinLetters(value);
  if (latin * 2 > value.length) return { script: 'Latin', share: latin / value.length };
  let script: string | undefined;
  let top = -1;
  for (const name of Object.keys(expressions)) {
    const share = (value.match(expressions[name]!)?.length ?? 0) / value.length || 0;
    if (share > top) {
      top = share;
      script = name;
    }
  }
  return { script, share: top };
}

/** Distinct trigrams of the cleaned sample with their counts (trigram-utils's `asDictionary`). */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const t = key(cleaned.charCodeAt(i), cleaned.charCodeAt(i + 1), cleaned.charCodeAt(i + 2));
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** franc-min's language (ISO 639-3) of `value`, or "und": what `franc(value, { minLength })` returns. */
export function francLanguage(value: string, minLength = 10): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const { script, share } = topScript(sample);
  const models = script === undefined ? undefined : MODELS.of(script);
  if (!models) return !script || share === 0 ? 'und' : script;
  const { languages, ranks } = models;
  // franc-min's distance of a language is the sum over the sample's N distinct trigrams of 300, or
  // |count − rank − 1| where its model ranks the trigram: 300·N − score, score summing
  // 300 − |count − rank − 1| over the ranked ones. The smallest distance is the largest score.
  const score = new Float64Array(languages.length);
  for (const [trigram, count] of trigramCounts(sample)) {
    const list = ranks.get(trigram);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const rank = list[k]! & 0xffff;
      score[list[k]! >>> 16]! += MAX_DIFFERENCE - Math.abs(count - rank - 1);
    }
  }
  // the first largest score wins, as the first smallest distance does in franc-min's stable sort
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (score[l]! > score[best]!) best = l;
  return languages[best]!;
}
