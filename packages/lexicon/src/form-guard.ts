// A stem-mode term word matches a text word by stem, and stems conflate words that are not
// inflections of the term: English "demonstrated" (a verb) and "demonstrators" share
// "demonstr", "Protestant" and "protesters" share "protest"; German "Unruh" (a surname) and
// "Unruhen" share "unruh", "Ruinen" (of Ruine) and "Ruin" share "ruin". The guard compares the
// text word's surface form with the term's written forms (the term and its `forms`, at that word
// position) and leaves out a word that is not an inflection their word class allows:
//
//   English  demonstrators ← demonstrated ✗ (an -ed form: no written form of the term is a verb form)
//            arrests       ← arresting    ✗ (an -ing form), arrest ✓, arrests ✓; detained ← detain ✓
//            protesters    ← Protestant   ✗ (capitalised in mid-sentence: a name or proper adjective)
//   German   Unruhen       ← Unruh        ✗ (no -e: Unruhe/Unruhen, not a bare noun), Unruhe ✓
//            Ruin          ← Ruinen       ✗ (Ruin has no -en forms; Ruinen is Ruine's)
//            Demonstranten ← Demonstrant  ✓ (-ant nouns take -en), Aufständische ← Aufstand ✗
//
// A word the lexicon writes (term or form) always matches. Terms with `lowercase: true`, German
// words written in lower case (verbs, adjectives, participles) and the prefix, compound-part and
// exact modes are not guarded here.
import type { Doc, Token } from '@framelens/text';

/** A written word of a term or form at one word position (case-folded, hyphens dropped). */
export interface RefWord {
  norm: string;
  /** written capitalised in the lexicon ("Unruhen"; "protesters" is not) */
  capital: boolean;
}

/** Why a word sharing a term word's stem is left out. */
export type FormReason = 'verb form' | 'name' | 'other word';

/**
 * Why `token` (a word of `doc`, with its hyphen-free case-folded `norm` and `stem`) is not an
 * inflection of any of `refs` (the term words it was matched with by stem), or undefined when it
 * is one. `language`: the terms' language code.
 */
export function formReason(language: string, doc: Doc, token: Token, norm: string, stem: string, refs: readonly RefWord[]): FormReason | undefined {
  if (refs.some((r) => r.norm === norm)) return undefined;
  if (language === 'en') return englishReason(doc, token, norm, refs);
  if (language === 'de') return germanReason(norm, stem, refs);
  return undefined;
}

// ---- English --------------------------------------------------------------------------------

/**
 * The inflection class of an English word: -ed, -ing (plural -ings included), a verb's base form
 * by its suffix (stabilise, normalize, intensify, escalate) or other (nouns, adjectives).
 */
function englishClass(norm: string): 'ed' | 'ing' | 'verb' | 'other' {
  if (/(ise|ize|yse|yze|ify|ate)$/.test(norm) && norm.length >= 6) return 'verb';
  let w = norm;
  if (w.length > 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 5 && w.endsWith('ing')) return 'ing';
  if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) return 'ed';
  return 'other';
}

function englishReason(doc: Doc, token: Token, norm: string, refs: readonly RefWord[]): FormReason | undefined {
  // a noun or adjective term (no written form ends in -ed or -ing) does not match the verb forms;
  // a term written as a verb form ("detained", "looting") matches its verb's forms
  if (englishClass(norm) !== 'other' && refs.every((r) => englishClass(r.norm) === 'other')) return 'verb form';
  if (refs.every((r) => !r.capital) && capitalisedMidSentence(doc, token)) return 'name';
  return undefined;
}

/**
 * Is the word written with a capital (not all capitals) where English writes lower case: after
 * another word or a comma of its sentence, in a sentence not set in title case (a headline)?
 */
export function capitalisedMidSentence(doc: Doc, token: Token): boolean {
  const text = doc.text;
  const first = text[token.start] ?? '';
  const second = text[token.start + 1] ?? '';
  if (first === first.toLowerCase() || second !== second.toLowerCase()) return false;
  const index = tokenIndex(doc.tokens, token.start);
  const sentence = doc.sentences.find((s) => s.start <= token.start && token.start < s.end);
  if (index <= 0 || sentence === undefined) return false;
  const prev = doc.tokens[index - 1]!;
  if (prev.start < sentence.start) return false;
  if (prev.kind === 'punct' && ![',', ';', '(', ')'].includes(prev.norm)) return false;
  // a title-case line ("Protesters Storm Government Buildings in Almaty") capitalises every word
  let upper = 0;
  let lower = 0;
  for (const t of doc.tokens) {
    if (t.start < sentence.start || t.start >= sentence.end || t.kind !== 'word' || t.end - t.start < 4) continue;
    const ch = text[t.start] ?? '';
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return lower > upper;
}

function tokenIndex(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// ---- German ---------------------------------------------------------------------------------

/** Noun declension endings, longest first. */
const ENDINGS = ['nen', 'ern', 'ens', 'en', 'em', 'er', 'es', 'e', 'n', 's'];

/**
 * Noun suffixes whose nouns have no final -e and take -en in the plural or the oblique cases
 * (Demonstrant/Demonstranten, Verhaftung/Verhaftungen, Terrorist/Terroristen, Präsident/Präsidenten).
 * For a base without one of them, "X" and "Xen" are two nouns as often as one (Unruh/Unruhen,
 * Ruin/Ruinen of Ruine): the guard does not count the form the term does not show.
 */
const EN_PLURAL_SUFFIXES = ['ant', 'ent', 'ist', 'at', 'it', 'ot', 'ung', 'heit', 'keit', 'schaft', 'ion', 'tat', 'ik', 'ur', 'ei', 'or', 'nom', 'graf', 'graph', 'soph'];

/** ä → a, ö → o, ü → u, as the German stemmer folds them (Häuser → haus). */
const fold = (w: string) => w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/**
 * Every way to read the word as base + declension ending (the bare word included; never shorter
 * than its stem). "-nisse" doubles the s of "-nis" (Bündnis, Bündnisses).
 */
function declensions(word: string, stem: string): { base: string; ending: string }[] {
  const w = fold(word);
  const out = [{ base: w, ending: '' }];
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= stem.length) out.push({ base: w.slice(0, -e.length), ending: e });
  return out.map((d) => (d.base.endsWith('niss') ? { base: d.base.slice(0, -1), ending: `s${d.ending}` } : d));
}

function germanReason(norm: string, stem: string, refs: readonly RefWord[]): FormReason | undefined {
  const nouns = refs.filter((r) => r.capital);
  if (nouns.length < refs.length) return undefined; // a lower-case term word (verb, adjective): its family is meant
  const forms = declensions(norm, stem);
  const fits = nouns.some((r) =>
    declensions(r.norm, stem).some((t) =>
      forms.some((w) => {
        if (t.base !== w.base) return false; // Aufständische ≠ Aufstand: another word on the same stem
        const pair = [t.ending, w.ending].sort().join('|');
        if (pair !== '|en' && pair !== '|n') return true;
        // X vs Xen / Xn: one noun only when X takes -en (Demonstrant) or is an -el/-er noun taking -n (Regel/Regeln)
        return EN_PLURAL_SUFFIXES.some((s) => w.base.endsWith(s)) || (pair === '|n' && /(el|er)$/.test(w.base));
      }),
    ),
  );
  return fits ? undefined : 'other word';
}

/**
 * Do the words from `i` fit the term words they matched by stem (`refs`, one list per word: a
 * trie node's `entryRefs`)? Absent refs (an unguarded term) always fit.
 */
export function formsFit(language: string, doc: Doc, tokens: readonly Token[], keys: readonly { norm: string; stem: string }[], i: number, refs: readonly (readonly RefWord[])[] | undefined): boolean {
  if (refs === undefined) return true;
  for (let k = 0; k < refs.length; k++) if (formReason(language, doc, tokens[i + k]!, keys[i + k]!.norm, keys[i + k]!.stem, refs[k]!) !== undefined) return false;
  return true;
}
