import * as lists from 'stopword';
import { LANGUAGES } from './lang/index.js';
import type { FormIds } from './form-memo.js';
import { foldKey } from './normalize.js';
import { tokenize } from './tokenize.js';
import type { Token } from './types.js';

/**
 * Whether an article's words clearly read as its declared language, by the stop words of `stopword`'s
 * lists (about 60 languages), counted over the word tokens outside quotations that the text layer
 * already made: a clear yes needs no trigram detector. Only a clear yes is given; anything else
 * (short text, text in another language, mixed text with a large share of another language) is
 * left to the trigram detector (`detectLanguage`), as before.
 *
 * Examples, declared German ("de"), lists `deu` and `eng`:
 * - "Nach tagelangen Protesten hat Präsident Tokajew die Regierung entlassen und …" (300 words):
 *   deu-only stop words ("nach", "hat", "die", "und") 120, eng-only ("the", "of") 0 → clearly German.
 * - a German report with one English sentence in five: eng-only 12 against deu-only 110 → German.
 * - "Kazakhstan's president dismissed the government on Wednesday …" declared German: deu-only 9
 *   ("in" and "was" are on both lists), eng-only 80 → not clear: the trigram detector decides.
 * - French, Russian or Kazakh text declared German: few or no German stop words → not clear.
 * - "Proteste in Almaty" (3 words) → too short to be clear.
 */

/** Word tokens (outside quotations) a text needs before its stop words can make it clear. */
export const MIN_WORDS = 40;
/** At least this share of those words must be stop words of the declared language (German news: 35–45%). */
export const MIN_SHARE = 0.2;
/**
 * For every other list: its stop words that are not the declared language's may be at most this
 * share of the declared language's stop words that are not on that list. German text with a
 * quarter of its words English comes to about 0.3; German news alone, under 0.05 against any list.
 */
export const MAX_RATIO = 0.3;
/** Characters of text a window holds (the trigram detector reads 2,000 at a time). */
export const WINDOW = 2000;

/** ISO 639-1 codes (article metadata) → `stopword`'s list names. */
const LISTS: Record<string, string> = {
  de: 'deu', en: 'eng', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol', cs: 'ces', sk: 'slk',
  hu: 'hun', ro: 'ron', ru: 'rus', uk: 'ukr', bg: 'bul', hr: 'hrv', sv: 'swe', da: 'dan', nb: 'nob', fi: 'fin', tr: 'tur', el: 'ell',
};

/** Every list of `stopword` (numbers `_123` left out): its words numbered, and per word the lists that hold it. */
interface Lists {
  names: string[];
  /** folded word → its number */
  ids: Map<string, number>;
  /** per word number: the indices of the lists that hold it */
  members: Uint8Array[];
  /** the longest word (UTF-16 units): longer tokens need no look-up */
  longest: number;
}

/** Built on first use from `stopword`'s constant data: it never changes a result. */
class StopwordLists {
  private built: Lists | undefined;

  get(): Lists {
    if (this.built) return this.built;
    const data = lists as unknown as Record<string, unknown>;
    const names = Object.keys(data)
      .filter((k) => k !== '_123' && Array.isArray(data[k]))
      .sort();
    const ids = new Map<string, number>();
    const members: number[][] = [];
    names.forEach((name, l) => {
      for (const word of data[name] as string[]) {
        const key = foldKey(word);
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = members.push([]) - 1));
        if (members[id]!.at(-1) !== l) members[id]!.push(l);
      }
    });
    const longest = Math.max(...[...ids.keys()].map((w) => w.length));
    return (this.built = { names, ids, members: members.map((m) => Uint8Array.from(m)), longest });
  }
}

const LISTS_OF = new StopwordLists();

/** Quotations („…“, "…", »…«, «…»), as `detectLanguage` leaves them out: a German article may quote English at length. */
export const QUOTED = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|»[^«]*«|«[^»]*»/g;

/** What the stop words of a text say, for the evaluation script. */
export interface StopwordCounts {
  /** word tokens outside quotations */
  words: number;
  /** of them on the declared language's list */
  declared: number;
  /** windows of about `WINDOW` characters judged one by one */
  windows: number;
  /** the smallest share of declared-language stop words in a window */
  share: number;
  /**
   * the largest ratio in a window of another list's stop words (not on the declared list) to the
   * declared list's (not on that list), and that list
   */
  ratio: number;
  rival?: string;
}

/** Per list: the stop-word tokens of a window on it (`all`) and on it and on the declared list too (`shared`). */
class Totals {
  words = 0;
  readonly all: Float64Array;
  readonly shared: Float64Array;
  constructor(lists: number) {
    this.all = new Float64Array(lists);
    this.shared = new Float64Array(lists);
  }

  add(other: Totals): void {
    this.words += other.words;
    for (let l = 0; l < this.all.length; l++) {
      this.all[l]! += other.all[l]!;
      this.shared[l]! += other.shared[l]!;
    }
  }

  clear(): this {
    this.words = 0;
    this.all.fill(0);
    this.shared.fill(0);
    return this;
  }
}

/**
 * The stop-word counts of `tokens` (the text layer's tokens of `text`, in any language's tokenizer)
 * for the declared language `code` ("de"), window by window of about `WINDOW` characters of the text
 * outside quotations (a window closes at the first word past its end once it has `MIN_WORDS` words;
 * a shorter rest joins the last window), or undefined when `stopword` has no list for the language.
 * `forms`: the tokens' form ids and their analyzer's memo, to look each distinct word up once.
 */
export function stopwordCounts(text: string, tokens: readonly Token[], code: string, forms?: FormIds): StopwordCounts | undefined {
  const { names, ids, members, longest } = LISTS_OF.get();
  const d = names.indexOf(LISTS[code] ?? '');
  if (d < 0) return undefined;
  const out: StopwordCounts = { words: 0, declared: 0, windows: 0, share: 1, ratio: 0 };
  const judge = ({ words, all, shared }: Totals) => {
    out.windows++;
    out.words += words;
    out.declared += all[d]!;
    out.share = Math.min(out.share, all[d]! / Math.max(1, words));
    for (let l = 0; l < names.length; l++) {
      if (l === d || all[l] === 0) continue;
      // its own stop words against the declared language's own (each side: words not on the other list)
      const r = (all[l]! - shared[l]!) / Math.max(1, all[d]! - shared[l]!);
      if (r > out.ratio) [out.ratio, out.rival] = [r, names[l]!];
    }
  };
  // the window being counted, and the full one before it (final once this one is full too)
  let cur = new Totals(names.length);
  let full: Totals | undefined;
  // the next quotation [qStart, qEnd) and the characters of those before it: offsets outside
  // quotations, as the trigram detector's chunks count them
  const quoted = new RegExp(QUOTED.source, 'g');
  let qStart = -1;
  let qEnd = -1;
  let removed = 0;
  const nextQuote = () => {
    removed += qEnd - qStart;
    const q = quoted.exec(text);
    [qStart, qEnd] = q ? [q.index, q.index + q[0].length] : [Infinity, Infinity];
  };
  nextQuote();
  let end = WINDOW;
  // per form id: its word number + 1 in `ids`, 0 when on no list
  const memo = forms?.memo.table('stopword-lists');
  const formIds = forms?.form;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = token.start;
    while (qEnd <= start) nextQuote();
    if (token.kind !== 'word' || qStart <= start) continue;
    if (start - removed >= end && cur.words >= MIN_WORDS) {
      // this window is full: the one before it is final (a short rest may still join this one)
      if (full) judge(full);
      [full, cur] = [cur, full?.clear() ?? new Totals(names.length)];
      end = start - removed + WINDOW;
    }
    cur.words++;
    const norm = token.norm;
    let id: number | undefined;
    if (memo !== undefined) {
      const f = formIds![i]!;
      const known = memo.get(f, norm);
      id = (known ?? memo.set(f, norm, norm.length > longest ? 0 : (ids.get(norm) ?? -1) + 1)) - 1;
      if (id < 0) continue;
    } else {
      id = norm.length > longest ? undefined : ids.get(norm);
      if (id === undefined) continue;
    }
    const of = members[id]!;
    const { all, shared } = cur;
    if (of.includes(d)) for (let k = 0; k < of.length; k++) shared[of[k]!]!++;
    for (let k = 0; k < of.length; k++) all[of[k]!]!++;
  }
  if (full && cur.words < MIN_WORDS) {
    full.add(cur);
    judge(full);
  } else {
    if (full) judge(full);
    judge(cur);
  }
  return out;
}

/**
 * Whether `text` clearly reads as the declared language `code` by its stop words (see the file's
 * examples): at least `MIN_WORDS` words outside quotations, and in every window `MIN_SHARE` of the
 * words on the declared list and no other list past `MAX_RATIO`. False means "not clear", not
 * "another language".
 */
export function clearlyDeclared(text: string, tokens: readonly Token[], code: string, forms?: FormIds): boolean {
  const c = stopwordCounts(text, tokens, code, forms);
  return c !== undefined && c.words >= MIN_WORDS && c.share >= MIN_SHARE && c.ratio <= MAX_RATIO;
}

/**
 * Whether `text` clearly reads as `code` by its stop words (`clearlyDeclared`), on `tokens` when
 * the caller has them (the map step: the tokens of its analysis with that language's `Analyzer`),
 * else on the tokens of that language's tokenizer (the same tokens); false for a language the text
 * layer has no tokenizer for. `forms`: those tokens' form ids and their analyzer's memo (`stopwordCounts`).
 */
export function clearlyReadsAs(text: string, code: string, tokens?: readonly Token[], forms?: FormIds): boolean {
  if (tokens !== undefined) return clearlyDeclared(text, tokens, code, forms);
  const language = LANGUAGES.find((l) => l.code === code);
  return language !== undefined && clearlyDeclared(text, tokenize(text, language), code);
}
