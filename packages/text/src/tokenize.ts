import * as chars from './char-class.js';
import { foldKey } from './normalize.js';
import { german } from './lang/de/index.js';
import type { Language } from './lang/types.js';
import {
  alnumEnd, APOS, AT, BACKTICK, COMMA, DOT, emoticon, finalDot, HYPHEN, isAlnum, isApostrophe, isDecadePlural, isDigitAt, isHyphen, isLetter,
  isNumberSign, isOrdinal, keepsDot, scanDotted, scanEmail, scanUrl,
} from './token-scan.js';
import { grow, Int32Arena } from './grow.js';
import type { Span, Token, TokenKind } from './types.js';

export { isQuoteCode } from './token-scan.js';

// One pass over the text with charCodeAt; no regular expression per token. The matching key, stem
// and flags of each distinct surface form are computed once per `Tokenizer` and kept in its table.

// Local bindings: module namespaces compiled to CommonJS (tsx, vitest) read exports through getters,
// which costs more than the whole scan in this hot loop.
const CLASS: Uint8Array = chars.CLASS;
const { OTHER, LETTER, DIGIT, SPACE, JOINER, HIGH } = chars;
const classAt = chars.classAt;

/**
 * The flags a tokenizer stores per distinct surface form (voice/cues.ts `tokenBits`: voice cues,
 * word classes, token kind bits), given by its owner (analyzer.ts) so that the tokenizer does not
 * depend on voice detection.
 */
export type FormFlags = (surface: string, kind: TokenKind, norm: string) => number;

/** A tokenized text with its per-token columns (fresh arrays: they belong to the caller). */
export interface Tokenized {
  tokens: Token[];
  /** per token: its form's flags (`FormFlags`; 0 without them) */
  flags: Int32Array;
  /** per token: the id of its surface form in the tokenizer that made it (same id = same surface form) */
  form: Int32Array;
  /** the tokens whose flags have a bit of the tokenizer's `markBits`, ascending */
  marks: Int32Array;
}

/** Everything derived from one distinct surface form, computed once. */
interface Form {
  norm: string;
  stem: string;
  flags: number;
}

const MAX_FORMS = 1_000_000; // bound memory on unbounded vocabularies: start afresh when full

/**
 * Splits texts into tokens. Holds the intern table of surface forms (open addressing on a hash of
 * the form's UTF-16 code units, computed from the text: a form seen before costs no substring and
 * no Map lookup, only a comparison of its characters) and the scratch buffers of the pass. Create
 * one per worker and reuse it: the table is what makes the second article fast. Its results never
 * depend on what it tokenized before.
 */
export class Tokenizer {
  // The intern table: slots of four integers, [hash, start, length, form id + 1] (0 = empty slot),
  // so that a probe reads one cache line. `start` and `length` place the form's code units in
  // `chars16`, all forms one after the other.
  private capacity: number;
  private mask: number;
  private table: Int32Array;
  private forms: Form[] = [];
  private chars16 = new Uint16Array(1 << 12);
  private charsUsed = 0;
  // scratch of one pass
  private flagBuf = new Int32Array(1024);
  private formBuf = new Int32Array(1024);
  private marksBuf = new Int32Array(256);
  private marksN = 0;
  /** where the returned columns are carved from (chunks sized by the table: a one-text tokenizer takes a small one) */
  readonly arena: Int32Arena;
  /** set by `scanAlnum`: a letter was seen; the form hash of the code units it scanned */
  private sawLetter = false;
  private scanHash = 0;

  /**
   * `formFlags` gives each new form its flags (default: none); tokens whose flags have a bit of
   * `markBits` are listed in `marks`. `capacity` (a power of two) is the table's initial size.
   * `language`: abbreviations, clitics, ordinals and the stemmer (German by default).
   */
  constructor(
    private readonly formFlags: FormFlags = () => 0,
    private readonly markBits = 0,
    capacity = 1 << 14,
    readonly language: Language = german,
  ) {
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * 4);
    this.arena = new Int32Arena(Math.min(1 << 16, Math.max(1 << 10, capacity * 4)));
  }

  /** Split `text` into word, number and punctuation tokens with UTF-16 offsets, in order, non-overlapping. */
  tokenize(text: string): Tokenized {
    const out: Token[] = [];
    this.marksN = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let cls = CLASS[text.charCodeAt(i)] ?? OTHER;
      if (cls === HIGH) cls = classAt(text, i);
      if (cls === SPACE || cls === JOINER) i++;
      else if (cls === LETTER || cls === DIGIT) i = this.word(text, i, out);
      else i = this.punct(text, i, out);
    }
    // the columns: fresh arrays carved from the arena (no buffer allocation per document)
    const count = out.length;
    const m = this.marksN;
    const flags = this.arena.take(count);
    const form = this.arena.take(count);
    const marks = this.arena.take(m);
    const fb = this.flagBuf;
    const ib = this.formBuf;
    const mb = this.marksBuf;
    for (let k = 0; k < count; k++) {
      flags[k] = fb[k]!;
      form[k] = ib[k]!;
    }
    for (let k = 0; k < m; k++) marks[k] = mb[k]!;
    return { tokens: out, flags, form, marks };
  }

  /** End of a run of letters and digits from `j` (invisible joiners inside are kept); sets `sawLetter` and `scanHash`. */
  private scanAlnum(text: string, j: number): number {
    const n = text.length;
    let h = 0;
    let letter = false;
    while (j < n) {
      const u = text.charCodeAt(j);
      const c = CLASS[u] ?? OTHER;
      if (c === LETTER) { letter = true; h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
      else if (c === DIGIT) { h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
      else if (c === JOINER && isAlnum(text, j + 1)) { h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
      else if (c === HIGH) {
        const k = classAt(text, j);
        if (k === LETTER) letter = true;
        else if (k !== DIGIT) break;
        h = (Math.imul(h, 0x01000193) ^ u) | 0;
        h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(j + 1)) | 0;
        j += 2;
      } else break;
    }
    if (letter) this.sawLetter = true;
    this.scanHash = h;
    return j;
  }

  /** A word or number starting at `start`; returns its end. */
  private word(text: string, start: number, out: Token[]): number {
    const n = text.length;
    const url = scanUrl(text, start);
    if (url > 0) return this.push(out, text, start, url, 'word', undefined, true);

    this.sawLetter = false;
    let j = this.scanAlnum(text, start);
    // the common case, a plain word or number, ends where this first run ends: its hash is then already known
    const firstEnd = j;
    const firstHash = this.scanHash;
    let letters = this.sawLetter;
    let parts: Span[] | undefined;
    let partStart = start;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isHyphen(c)) {
        if (isAlnum(text, j + 1)) {
          // hyphenated compound: Anti-Terror-Operation, OVKS-Truppen, 81-jähriger
          (parts ??= []).push({ start: partStart, end: j });
          partStart = j + 1;
          this.sawLetter = false;
          j = this.scanAlnum(text, j + 1);
          letters ||= this.sawLetter;
          continue;
        }
        // truncated coordination keeps its hyphen: "Öl- und Uran-Exporteur", "Gas- und Öl-Exporten"
        const d = text.charCodeAt(j + 1);
        if (letters && (j + 1 >= n || (CLASS[d] ?? OTHER) === SPACE || d === COMMA || d === 0x2f)) {
          j++;
          break;
        }
        break;
      }
      if (c === DOT || c === COMMA) {
        // numbers: 1.800, 1,9, 6.1.2021, 2.20
        if (!letters && parts === undefined && isDigitAt(text, j + 1)) {
          this.sawLetter = false;
          j = this.scanAlnum(text, j + 1);
          letters = this.sawLetter;
          continue;
        }
        if (c === DOT && (isLetter(text, j + 1) || text.charCodeAt(j + 1) === DOT)) {
          const e = scanEmail(text, start); // also "julie...@bellsouth.net"
          if (e > 0) return this.push(out, text, start, e, 'word', undefined, true);
          const d = scanDotted(text, start, j);
          if (d > 0) return this.push(out, text, start, finalDot(text, d, this.language), 'word', undefined, true);
        }
        break;
      }
      if (isApostrophe(c)) {
        if (!letters || !isLetter(text, j + 1)) {
          if (!letters && parts === undefined && this.language.clitic !== undefined && isDecadePlural(text, start, j)) {
            j += 2; // English "the 1990's", "the 70's"
            letters = true;
          }
          break;
        }
        const lang = this.language;
        if (lang.clitic !== undefined) {
          // English: "do|n't", "Russia|'s" (the "'s" is read by `punct`); a word "n't" on its own
          const nt = lang.cliticBefore !== undefined ? lang.cliticBefore(text, start, j) : -1;
          if (nt === start) j += 2;
          else if (nt > start) j = nt;
          if (nt >= start || lang.clitic(text, j) > 0) break;
        }
        // elision: geht's, gibt’s, O'Brien
        j = this.scanAlnum(text, j + 1);
        continue;
      }
      if ((c === 0x3a || c === 0x2f) && parts === undefined && this.language.joinAt !== undefined) {
        const e = this.language.joinAt(text, start, j); // English "10:30", "02/13/2001"
        if (e > j) {
          j = e;
          break;
        }
      }
      if (c === AT || c === 0x5f || c === 0x2b) {
        const e = scanEmail(text, start);
        if (e > 0) return this.push(out, text, start, e, 'word', undefined, true);
        if (c === 0x5f && parts === undefined && isAlnum(text, j + 1)) {
          // identifiers and file names: "Lisa_resume.doc", "user_id"
          this.sawLetter = false;
          j = this.scanAlnum(text, j + 1);
          letters ||= this.sawLetter;
          continue;
        }
      }
      break;
    }
    if (parts !== undefined) parts.push({ start: partStart, end: j });
    else if (letters && this.language.splitWord !== undefined) {
      const cut = this.language.splitWord(text, start, j); // English "can|not", "375|mm": the rest is the next word
      if (cut > start) return this.push(out, text, start, cut, isDigitAt(text, start) ? 'number' : 'word', undefined);
    }

    if (text.charCodeAt(j) === DOT && text.charCodeAt(j - 1) !== HYPHEN) {
      if (!letters && parts === undefined) {
        if (isOrdinal(text, start, j, out, this.language)) j++;
      } else if (parts === undefined && keepsDot(text, start, j, this.language)) j = finalDot(text, j + 1, this.language);
    }
    return this.push(out, text, start, j, letters ? 'word' : 'number', parts, false, j === firstEnd ? firstHash : undefined);
  }

  /** A punctuation or symbol token from `i`; returns its end. */
  private punct(text: string, i: number, out: Token[]): number {
    const c = text.charCodeAt(i);
    const n = text.length;
    let e = i + 1;
    const lang = this.language;
    if (lang.clitic !== undefined && isApostrophe(c)) {
      // English "'s", "'re" after a word or number: a word token of its own ("Russia|'s", "the 1990|'s")
      const prev = out[out.length - 1];
      const k = prev !== undefined && prev.end === i && prev.kind !== 'punct' ? lang.clitic(text, i) : 0;
      if (k > 0) return this.push(out, text, i, i + k, 'word', undefined);
    }
    if (lang.punctRun !== undefined) {
      const r = lang.punctRun(text, i);
      if (r > i + 1) return this.push(out, text, i, r, 'punct', undefined);
    }
    if ((c === BACKTICK || c === APOS) && text.charCodeAt(i + 1) === c) e = i + 2; // `` and '' (TIGER/LaTeX style)
    else if (c === HYPHEN || c === DOT) {
      while (e < n && text.charCodeAt(e) === c) e++; // "--" and "..." are one mark; "!!" are two (UD)
    } else if ((c === 0x3a || c === 0x3b) && emoticon(text, i) > i) {
      return this.push(out, text, i, emoticon(text, i), 'punct', undefined);
    } else if ((c === AT || c === 0x23) && isAlnum(text, i + 1) && !(c === 0x23 && isNumberSign(text, i))) {
      // @handles and #hashtags
      e = alnumEnd(text, i + 1);
      while ((text.charCodeAt(e) === 0x5f || text.charCodeAt(e) === DOT) && isAlnum(text, e + 1)) e = alnumEnd(text, e + 1);
      return this.push(out, text, i, e, 'word', undefined, true);
    } else if ((CLASS[c] ?? OTHER) === HIGH && i + 1 < n) {
      // a surrogate pair is one character; a lone high surrogate is one code unit (never the space after it)
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) e = i + 2;
    }
    return this.push(out, text, i, e, 'punct', undefined);
  }

  /** Append a token; `raw` forms (URLs, e-mail addresses, handles, dotted abbreviations) are not stemmed. */
  private push(
    out: Token[], text: string, start: number, end: number, kind: TokenKind, parts: Span[] | undefined, raw = false,
    /** the hash below of text[start, end), when the caller computed it while scanning */
    known?: number,
  ): number {
    let h = 0;
    if (known !== undefined) h = known;
    else for (let k = start; k < end; k++) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(k)) | 0;
    h ^= h >>> 16;
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    const len = end - start;
    let id: number;
    for (;;) {
      const at = slot * 4;
      id = table[at + 3]!;
      if (id === 0 || (table[at] === h && table[at + 2] === len && this.sameChars(table[at + 1]!, text, start, len))) break;
      slot = (slot + 1) & mask;
    }
    if (id === 0) id = this.addForm(text.slice(start, end), kind, raw, h, slot);
    const f = this.forms[id - 1]!;
    const index = out.length;
    if (index >= this.flagBuf.length) {
      this.flagBuf = grow(this.flagBuf, this.flagBuf.length * 2);
      this.formBuf = grow(this.formBuf, this.formBuf.length * 2);
    }
    this.flagBuf[index] = f.flags;
    this.formBuf[index] = id - 1;
    if ((f.flags & this.markBits) !== 0) {
      if (this.marksN === this.marksBuf.length) this.marksBuf = grow(this.marksBuf, this.marksN * 2);
      this.marksBuf[this.marksN++] = index;
    }
    if (parts === undefined) out.push({ start, end, norm: f.norm, stem: kind === 'punct' ? '' : f.stem, kind });
    else out.push({ start, end, norm: f.norm, stem: kind === 'punct' ? '' : f.stem, kind, parts });
    return end;
  }

  /** Whether the stored form at `at` in `chars16` has the code units of text[start, start + len). */
  private sameChars(at: number, text: string, start: number, len: number): boolean {
    const chars16 = this.chars16;
    for (let k = 0; k < len; k++) if (chars16[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** A form not seen before: its key, stem and flags, entered at `slot` (the free slot its probe ended on); returns its id + 1. */
  private addForm(slice: string, kind: TokenKind, raw: boolean, h: number, slot: number): number {
    // a copy: a slice of 13 or more code units would keep the whole article text alive in the table
    const surface = slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
    const norm = foldKey(surface);
    const f: Form = { norm, stem: kind === 'word' && !raw ? stemWord(norm, this.language) : norm, flags: this.formFlags(surface, kind, norm) };
    if (this.forms.length >= MAX_FORMS) {
      this.resetTable(1 << 14);
      this.forms = [];
      this.charsUsed = 0;
      slot = h & this.mask;
    } else if (2 * (this.forms.length + 1) > this.capacity) {
      this.growTable();
      slot = h & this.mask;
      while (this.table[slot * 4 + 3] !== 0) slot = (slot + 1) & this.mask;
    }
    if (this.charsUsed + surface.length > this.chars16.length) {
      const grown = new Uint16Array(Math.max(this.chars16.length * 2, this.charsUsed + surface.length));
      grown.set(this.chars16);
      this.chars16 = grown;
    }
    for (let k = 0; k < surface.length; k++) this.chars16[this.charsUsed + k] = surface.charCodeAt(k);
    this.forms.push(f);
    const at = slot * 4;
    this.table[at] = h;
    this.table[at + 1] = this.charsUsed;
    this.table[at + 2] = surface.length;
    this.table[at + 3] = this.forms.length;
    this.charsUsed += surface.length;
    return this.forms.length;
  }

  private resetTable(size: number): void {
    this.capacity = size;
    this.mask = size - 1;
    this.table = new Int32Array(size * 4);
  }

  private growTable(): void {
    const old = this.table;
    this.resetTable(this.capacity * 2);
    const table = this.table;
    const mask = this.mask;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i + 3] === 0) continue;
      let slot = old[i]! & mask;
      while (table[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(i, i + 4), slot * 4);
    }
  }
}

/** Stem of a word key; a hyphenated compound stems its head (last part): ovks-truppen → ovks-trupp. */
function stemWord(norm: string, language: Language): string {
  const h = norm.lastIndexOf('-');
  if (h < 0) return language.stem(norm);
  if (h === norm.length - 1) return norm; // truncated "öl-"
  return norm.slice(0, h + 1) + language.stem(norm.slice(h + 1));
}

/** Split text into word, number and punctuation tokens (a tokenizer of its own: for many texts, keep a `Tokenizer` or an `Analyzer`). */
export function tokenize(text: string, language: Language = german): Token[] {
  return new Tokenizer(undefined, 0, 1 << 8, language).tokenize(text).tokens;
}
