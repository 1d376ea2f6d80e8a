import { foldKey, type Doc, type Token } from '@framelens/text';
import type { CompiledLexicon, Entry, TrieNode } from './compile.js';
import { lexiconTerms } from './entries.js';
import { startsLower, startsUpper } from './keys.js';
import type { Hit, HitKind } from './types.js';
import { Vocabulary, type NearWord } from './near-words.js';
import { formReason, leavesOut, type FormReason } from './form-guard.js';
import { PhraseSlots } from './phrase-slots.js';

/** One surface form of a term, as written in the corpus, with how often and one sentence. */
export interface FormAudit {
  form: string;
  count: number;
  /** the first sentence it stands in (corpus order) */
  example: string;
  /** the form (one word, written in lower case) is on the stop-word list */
  stopword?: boolean;
  /** a lower-case form of a capitalised term ("macht" for "Macht"): most likely a verb or adjective, not the noun */
  lowercase?: boolean;
  /**
   * counted, but not surely an inflection of the term (German "Unruh" for "Unruhen", "Ruinen" for
   * "Ruin": may be another noun on the stem; form-guard.ts)
   */
  unsure?: boolean;
  /** for a skipped form: why the matching guards left it out (form-guard.ts: verb form, name, other word) */
  reason?: 'stop word' | 'lower case' | Exclude<FormReason, 'unsure'>;
}

/** What a lexicon term matched in a corpus. */
export interface TermAudit {
  kind: HitKind;
  category: string;
  term: string;
  /** the term's language ("de", "en"): it is matched in articles of that language only */
  language: string;
  /** field path, e.g. "frames[0].terms[3]" or "frames[0].terms.en[1]" */
  field: string;
  mode: string;
  hits: number;
  /** matched forms, most frequent first */
  forms: FormAudit[];
  /** corpus words that share the term's stem but were not counted (stop words, lower-case words for a capitalised noun) */
  skipped: FormAudit[];
  /** what is suspicious: "stop-word forms", "lower-case forms", "unsure forms" (counted), "mostly collisions", "forms left out" (by the surface-form guard) */
  flags: string[];
  /** how to fix it, when flagged */
  fix?: string;
  /**
   * For a term without hits: its words that no article has, each with the closest corpus word
   * (a likely misspelling: "Regimgegner" → "Regimegegner"); absent when none is close.
   */
  nearWords?: NearWord[];
}

/**
 * Collects, per lexicon term, every surface form it matched and the words the matching guards
 * skipped, over the documents given to `add` (in corpus order). `framelens terms` prints it;
 * `framelens validate` warns about flagged terms.
 */
export class TermAuditor {
  private readonly terms = new Map<Entry | string, TermAudit>();
  private readonly formsOf = new Map<TermAudit, Map<string, FormAudit>>();
  private readonly skippedOf = new Map<TermAudit, Map<string, FormAudit>>();
  private readonly byKey = new Map<string, TermAudit>();
  /** terms whose lower-case forms are meant: `lowercase: true`, or stems of lower-case words the term lists */
  private readonly lowerMeant = new Map<TermAudit, true | Set<string>>();
  /** the corpus's words, for "did you mean" on terms without hits */
  private readonly vocabulary: Vocabulary;
  /** per phrase term without hits: the words standing where each of its words should (for "did you mean") */
  private readonly slots: PhraseSlots;

  /** `compiled`: the lexicon for one language (`compiled.languages.get(code)`); give it documents in that language. */
  constructor(private readonly compiled: CompiledLexicon) {
    const keys = compiled.keys;
    this.vocabulary = new Vocabulary(keys);
    this.slots = new PhraseSlots(keys, lexiconTerms(compiled.lexicon).filter((r) => r.language === compiled.language).map((r) => r.term.term));
    for (const ref of lexiconTerms(compiled.lexicon)) {
      if (ref.language !== compiled.language) continue;
      const t = ref.term;
      const audit: TermAudit = { kind: ref.kind, category: ref.category, term: t.term, language: ref.language, field: ref.field, mode: t.match, hits: 0, forms: [], skipped: [], flags: [] };
      this.byKey.set(`${ref.kind}\u0000${ref.category}\u0000${t.term}`, audit);
      const listed = new Set<string>();
      for (const form of [t.term, ...t.forms]) for (const w of keys.casedTermWords(form)) if (!w.capital) listed.add(w.key.stem);
      this.lowerMeant.set(audit, t.lowercase === true ? true : listed);
      this.formsOf.set(audit, new Map());
      this.skippedOf.set(audit, new Map());
    }
  }

  /** Count one document's hits (as `match` gave them) and the words the guards skipped. */
  add(doc: Doc, hits: readonly Hit[]): void {
    const keys = this.compiled.keys;
    const sentence = (offset: number) => {
      const s = doc.sentences.find((x) => x.start <= offset && offset < x.end) ?? { start: offset, end: offset };
      return doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    };
    this.vocabulary.add(doc, hits);
    this.slots.add(doc);
    const hitWords = new Set<number>();
    const tokenAt = new Map(doc.tokens.map((t) => [t.start, t]));
    for (const h of hits) {
      const audit = this.byKey.get(`${h.kind}\u0000${h.category}\u0000${h.term}`);
      if (!audit) continue;
      audit.hits++;
      hitWords.add(h.start);
      const form = doc.text.slice(h.start, h.end).replace(/\s+/g, ' ');
      const forms = this.formsOf.get(audit)!;
      let f = forms.get(form);
      if (!f) {
        f = { form, count: 0, example: sentence(h.start) };
        // a stop word written in lower case ("macht", "seit"); the capitalised noun "Macht" is not one
        if (!/\s/.test(form) && startsLower(form, 0) && keys.language.stopwords.has(keys.keysOf(foldKey(form)).norm)) f.stopword = true;
        const meant = this.lowerMeant.get(audit)!;
        if (startsUpper(h.term, 0) && startsLower(doc.text, h.start) && meant !== true && !meant.has(keys.keysOf(foldKey(form.split(' ')[0]!)).stem)) f.lowercase = true;
        if (this.guardReason(doc, tokenAt.get(h.start), h.end) === 'unsure') f.unsure = true;
        forms.set(form, f);
      }
      f.count++;
    }
    // words sharing a one-word stem-mode term's stem that the guards left out
    for (const t of doc.tokens) {
      if (t.kind !== 'word' || hitWords.has(t.start)) continue;
      const key = keys.keysOf(t.norm);
      const stop = key.skey !== key.stem;
      const lower = startsLower(doc.text, t.start);
      for (const layer of this.compiled.layers) {
        const node: TrieNode | undefined = layer.stemTrie.next.get(key.stem);
        if (!node?.entry) continue;
        const guard = !stop && !(lower && !node.lower) && node.entryRefs ? formReason(this.compiled.language, doc, t, key.norm, key.stem, node.entryRefs[0]!) : undefined;
        const reason = stop ? 'stop word' : lower && !node.lower ? 'lower case' : guard !== undefined && leavesOut(guard) ? (guard as Exclude<FormReason, 'unsure'>) : undefined;
        if (reason === undefined) continue;
        const audit = this.byKey.get(`${node.entry.kind}\u0000${node.entry.category}\u0000${node.entry.term}`);
        if (!audit) continue;
        const form = doc.text.slice(t.start, t.end);
        const skipped = this.skippedOf.get(audit)!;
        let f = skipped.get(form);
        if (!f) skipped.set(form, (f = { form, count: 0, example: sentence(t.start), reason }));
        f.count++;
      }
    }
  }

  /** The surface-form guard's verdict on a one-word stem-mode hit (form-guard.ts), if it has one. */
  private guardReason(doc: Doc, t: Token | undefined, end: number): FormReason | undefined {
    if (t === undefined || t.end !== end) return undefined;
    const key = this.compiled.keys.keysOf(t.norm);
    for (const layer of this.compiled.layers) {
      const refs = layer.stemTrie.next.get(key.skey)?.entryRefs;
      if (refs !== undefined) return formReason(this.compiled.language, doc, t, key.norm, key.stem, refs[0]!);
    }
    return undefined;
  }

  /** Every term, in lexicon order, with its forms (most frequent first) and flags. */
  result(): TermAudit[] {
    const byCount = (a: FormAudit, b: FormAudit) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0);
    return [...this.byKey.values()].map((audit) => {
      const forms = [...this.formsOf.get(audit)!.values()].sort(byCount);
      const skipped = [...this.skippedOf.get(audit)!.values()].sort(byCount);
      const bad = forms.filter((f) => f.stopword || f.lowercase || f.unsure);
      const flags: string[] = [];
      if (forms.some((f) => f.stopword)) flags.push('stop-word forms');
      if (forms.some((f) => f.lowercase)) flags.push('lower-case forms');
      if (forms.some((f) => f.unsure)) flags.push('unsure forms');
      const badHits = bad.reduce((s, f) => s + f.count, 0);
      if (badHits > 0 && badHits * 2 >= audit.hits) flags.push('mostly collisions');
      if (skipped.some((f) => f.reason !== 'stop word' && f.reason !== 'lower case')) flags.push('forms left out');
      const out: TermAudit = { ...audit, forms, skipped, flags };
      if (bad.length > 0) out.fix = fixFor(audit, forms, bad);
      const near = audit.hits === 0 && skipped.length === 0 ? this.nearWords(audit) : [];
      if (near.length > 0) out.nearWords = near;
      return out;
    });
  }

  /**
   * The words of a term without hits that no article has, each with the corpus word it is probably
   * a misspelling of. A one-word term: the closest article word one edit away, written with the
   * same initial case, and not the term with its last letter changed (police/policy, two words). A
   * phrase: only a word that stands one edit away in the phrase's own place, between the phrase's
   * other words ("Zahl der Totten": the articles have "Zahl der Toten"); never a word found
   * elsewhere ("Nacht der landen Messer" from "Truppen landen"): such a phrase just does not occur.
   */
  private nearWords(audit: TermAudit): NearWord[] {
    const keys = this.compiled.keys;
    const text = audit.term.replace(/\*+\s*$/, '');
    const words = keys.tokenize(text).filter((t) => t.kind !== 'punct').map((t) => ({ written: text.slice(t.start, t.end), key: keys.wordKey(t.norm) }));
    if (words.length === 1) {
      const w = words[0]!;
      const near = this.vocabulary.nearest(w.key.norm, audit.kind);
      const sameCase = (a: string, b: string) => startsUpper(a, 0) === startsUpper(b, 0);
      const lastLetterOnly = (a: string, b: string) => a.length === b.length && a.slice(0, -1) === b.slice(0, -1);
      return near && sameCase(w.written, near.corpus) && !lastLetterOnly(w.key.norm, foldKey(near.corpus)) ? [{ missing: w.written, ...near }] : [];
    }
    return words.flatMap((w, k) => {
      if (this.vocabulary.hasStem(w.key.stem)) return [];
      const near = this.slots.nearest(audit.term, k, w.key.norm);
      return near ? [{ missing: w.written, ...near }] : [];
    });
  }
}

/** The lexicon change that keeps the good forms and drops the colliding ones. */
function fixFor(audit: TermAudit, forms: readonly FormAudit[], bad: readonly FormAudit[]): string {
  const good = forms.filter((f) => !bad.includes(f)).map((f) => f.form);
  const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;
  const term = good[0] ?? audit.term.replace(/\*+$/, '');
  return `match: exact with the forms you mean, e.g. {term: ${term}, match: exact, forms: ${list(good.filter((g) => g !== term))}}, or exclude: ${list(bad.map((f) => f.form))}`;
}
