import { createHash } from 'node:crypto';
import { german, LANGUAGES, type Language } from '@framelens/text';
import { lexiconLanguages, lexiconTerms, type TermRef } from './entries.js';
import { WordKeys, type WordKey } from './keys.js';
import type { Lexicon, MatchMode } from './schema.js';
import type { HitKind } from './types.js';
import type { RefWord } from './form-guard.js';

/** One term (or one of its forms) of one lexicon entry. */
export interface Entry {
  kind: HitKind;
  /** frame, referent or claim id */
  category: string;
  /** the term as written in the lexicon */
  term: string;
  mode: MatchMode;
  /** field path of the term, e.g. "frames[0].terms[3]" or "frames[0].terms.en[1]" */
  field: string;
  /** exclude phrases as sequences of hyphen-free case-folded words */
  excludes: string[][];
  /** the term says `countNegated: true`: its hits inside a negation are not marked negated */
  countNegated: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
  /**
   * a lower-case word may lead to this node: the term word is written in lower case ("bunte"), or
   * its term says `lowercase: true`. Capitalised term words ("Macht", "Lage") match only words that
   * are not written in lower case, so the verbs "macht" and "lag" are not the nouns. (Any term
   * through this node may allow it: the walk goes on; `entryLower` decides for the entry here.)
   */
  lower?: boolean;
  /** per word of the entry that ends here: may that word be written in lower case? */
  entryLower?: boolean[];
  /**
   * stem mode: per word of the entry that ends here, its written forms (term and `forms`) that
   * lead here, for the surface-form guard (`form-guard.ts`); absent when the term is not guarded
   * (`lowercase: true`: the term opts into its stem's family)
   */
  entryRefs?: RefWord[][];
  /** the entry ending here says `lowercase: true`: no surface-form guard */
  unguarded?: boolean;
}

/** Two terms of one layer that compile to the same key: the first one listed wins. */
export interface Collision {
  key: string;
  kept: Entry;
  dropped: Entry;
}

/** The matcher for one kind of entry (frames, referents or claims): a token belongs to at most one hit of a layer. */
export interface Layer {
  readonly kind: HitKind;
  /** multi-word tries: stem mode keyed by `WordKey.skey` (stems; stop words by their own form), exact mode by case-folded words */
  readonly stemTrie: TrieNode;
  readonly exactTrie: TrieNode;
  /** prefix mode: case-folded prefix → entry */
  readonly prefixes: Map<string, Entry>;
  /** compound-part mode: head stem or head form → entry */
  readonly heads: Map<string, Entry>;
  /** per distinct word form: the best prefix/compound-part entry (memo) */
  readonly singles: Map<string, Entry | null>;
  readonly collisions: Collision[];
}

export interface SpeakerName {
  group: string;
  name: string;
  words: number;
}

/**
 * A lexicon compiled for one language: the terms in that language (a plain list counts as the
 * lexicon's `language`), keyed by that language's stemmer and stop words. `languages` holds the
 * compiled lexicon of every language the lexicon has terms for; an article is matched with its own.
 */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** sha256 (hex) of the canonical JSON of the whole lexicon, every language (keys sorted, defaults applied) */
  readonly sha256: string;
  /** the language of the terms compiled here ("de", "en") */
  readonly language: string;
  /** the text layer's rules for it (stemmer, stop words, tokenizer): make the article's `Analyzer` with it */
  readonly text: Language;
  /** every language the lexicon has terms for (that the text layer reads), this one included */
  readonly languages: ReadonlyMap<string, CompiledLexicon>;
  /** stems of the words of every term and form in this language, for "lexicon gaps" statistics */
  readonly coveredStems: ReadonlySet<string>;
  /** @internal the keys of words in this language */
  readonly keys: WordKeys;
  /** @internal */
  readonly layers: readonly Layer[];
  /** @internal speaker-group names as a trie over word stems */
  readonly speakers: { readonly root: { next: Map<string, unknown>; name?: SpeakerName }; readonly excludes: ReadonlyMap<string, readonly string[][]> };
  /** @internal */
  readonly speakerMemo: Map<string, string | null>;
}

/** @internal A token norm's match keys and a bit set with bit n set when a term of layer n can start there (`MatchMemo`). */
export interface TokenKeys {
  readonly key: WordKey;
  readonly starts: number;
}

/**
 * Compile a lexicon into a matcher for `language` (default: the lexicon's `language`), together with
 * one for each other language it has terms for (`languages`). Never throws: terms that cannot match,
 * and terms in a language the text layer does not read, are skipped (checkLexicon reports them).
 */
export function compileLexicon(lexicon: Lexicon, language: string = lexicon.language): CompiledLexicon {
  const sha256 = createHash('sha256').update(canonicalJson(lexicon)).digest('hex');
  const languages = new Map<string, CompiledLexicon>();
  for (const code of lexiconLanguages(lexicon)) {
    const text = LANGUAGES.find((l) => l.code === code);
    if (text !== undefined) languages.set(code, compileOne(lexicon, code, text, sha256, languages));
  }
  // a language without text rules (checkLexicon reports it): no terms, German keys
  return languages.get(language) ?? compileOne(lexicon, language, undefined, sha256, languages);
}

function compileOne(lexicon: Lexicon, code: string, text: Language | undefined, sha256: string, languages: ReadonlyMap<string, CompiledLexicon>): CompiledLexicon {
  const keys = new WordKeys(text ?? german);
  const covered = new Set<string>();
  const layer = (kind: HitKind): Layer => ({ kind, stemTrie: { next: new Map() }, exactTrie: { next: new Map() }, prefixes: new Map(), heads: new Map(), singles: new Map(), collisions: [] });
  const layers = [layer('frame'), layer('referent'), layer('claim')];
  if (text !== undefined) {
    for (const ref of lexiconTerms(lexicon)) if (ref.language === code) addTerm(layers.find((l) => l.kind === ref.kind)!, ref, keys, covered);
  }
  return { lexicon, sha256, language: code, text: text ?? german, languages, coveredStems: covered, keys, layers, speakers: compileSpeakers(lexicon, keys), speakerMemo: new Map() };
}

function addTerm(l: Layer, ref: TermRef, keys: WordKeys, covered: Set<string>): void {
  const t = ref.term;
  const entry: Entry = {
    kind: l.kind,
    category: ref.category,
    term: t.term,
    mode: t.match,
    field: ref.field,
    excludes: t.exclude.map((x) => keys.termWords(x).map((w) => w.norm)).filter((x) => x.length > 0),
    countNegated: t.countNegated === true,
  };
  for (const form of [t.term, ...t.forms]) {
    const cased = keys.casedTermWords(t.match === 'prefix' ? form.replace(/\*+\s*$/, '') : form);
    const words = cased.map((w) => w.key);
    if (words.length === 0 || words.some((w) => w.norm === '' || w.stem === '')) continue;
    for (const w of words) {
      covered.add(w.stem);
      covered.add(keys.language.stem(w.norm));
    }
    // and as the text layer stems them (it keeps hyphens: "corona-revolution"), which is what
    // distinctive-term statistics compare with
    for (const token of keys.tokenize(form)) if (token.kind === 'word') covered.add(token.stem);
    const lower = cased.map((w) => !w.capital || t.lowercase === true);
    switch (t.match) {
      case 'stem': {
        const end = insert(l, l.stemTrie, words.map((w) => w.skey), lower, entry);
        if (end.entry === entry) addRefs(end, cased, t.lowercase === true);
        break;
      }
      case 'exact':
        insert(l, l.exactTrie, words.map((w) => w.norm), lower, entry);
        break;
      case 'prefix':
        if (words.length === 1) put(l, l.prefixes, words[0]!.norm, entry);
        break;
      case 'compound-part':
        if (words.length === 1) {
          put(l, l.heads, words[0]!.stem, entry);
          if (words[0]!.norm !== words[0]!.stem) put(l, l.heads, words[0]!.norm, entry);
        }
        break;
    }
  }
}

/** Record a written form's words at the node its term ends at (`entryRefs`); `open`: the term is not guarded. */
function addRefs(node: TrieNode, cased: readonly { key: WordKey; capital: boolean }[], open: boolean): void {
  if (open) {
    delete node.entryRefs;
    node.unguarded = true;
  } else if (!node.unguarded) {
    const refs = (node.entryRefs ??= cased.map(() => []));
    cased.forEach((w, i) => refs[i]!.push({ norm: w.key.norm, capital: w.capital }));
  }
}

function insert(l: Layer, root: TrieNode, keys: string[], lower: boolean[], entry: Entry): TrieNode {
  let node = root;
  for (const [i, k] of keys.entries()) {
    let next = node.next.get(k);
    if (!next) node.next.set(k, (next = { next: new Map() }));
    node = next;
    // shared by a term that allows lower case and one that does not: the permissive one wins
    if (lower[i]) node.lower = true;
  }
  if (!node.entry) [node.entry, node.entryLower] = [entry, lower];
  else if (node.entry === entry && node.entryLower) node.entryLower = node.entryLower.map((b, i) => b || lower[i]!);
  else if (node.entry !== entry) l.collisions.push({ key: keys.join(' '), kept: node.entry, dropped: entry });
  return node;
}

function put(l: Layer, map: Map<string, Entry>, key: string, entry: Entry): void {
  const old = map.get(key);
  if (!old) map.set(key, entry);
  else if (old !== entry) l.collisions.push({ key, kept: old, dropped: entry });
}

/** The compound-part or prefix entry for one word (longest head, else longest prefix), memoised per layer. */
export function singleEntry(l: Layer, key: WordKey): Entry | undefined {
  let e = l.singles.get(key.norm);
  if (e === undefined) {
    e = null;
    if (l.heads.size > 0) {
      // the head of a compound is its last part: "Friedenstruppen" → "truppen", "OVKS-Truppen" → "truppen".
      // It is tried before prefixes because the head says what a compound is ("OVKS-Truppenkontingent" is a Kontingent).
      for (let k = 0; k < key.stem.length && !e; k++) e = l.heads.get(key.stem.slice(k)) ?? null;
      for (let k = 0; k < key.norm.length && !e; k++) e = l.heads.get(key.norm.slice(k)) ?? null;
    }
    if (!e && l.prefixes.size > 0) {
      for (let k = key.norm.length; k > 0 && !e; k--) e = l.prefixes.get(key.norm.slice(0, k)) ?? null;
    }
    l.singles.set(key.norm, e);
  }
  return e ?? undefined;
}

/** Leading articles are not part of a name: "die Polizei" identifies "der Polizei" too, "the police" "police". */
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']),
  en: new Set(['the', 'a', 'an']),
};

/** Speaker-group names, compared in every language of the lexicon (names are mostly names), keyed by this language's stems. */
function compileSpeakers(lexicon: Lexicon, keys: WordKeys): CompiledLexicon['speakers'] {
  const articles = ARTICLES[keys.language.code] ?? new Set<string>();
  type Node = { next: Map<string, Node>; name?: SpeakerName };
  const root: Node = { next: new Map() };
  for (const g of lexicon.speakers) {
    for (const name of g.names) {
      const words = keys.termWords(name);
      while (words.length > 1 && articles.has(words[0]!.norm)) words.shift();
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let next = node.next.get(w.stem);
        if (!next) node.next.set(w.stem, (next = { next: new Map() }));
        node = next;
      }
      node.name ??= { group: g.id, name, words: words.length };
    }
  }
  // qualifiers that rule a group out, as stem sequences ("russisch", "Russlands")
  const excludes = new Map<string, string[][]>();
  for (const g of lexicon.speakers) {
    const list = (g.exclude ?? []).map((x) => keys.termWords(x).map((w) => w.stem)).filter((x) => x.length > 0);
    if (list.length > 0) excludes.set(g.id, list);
  }
  return { root: root as CompiledLexicon['speakers']['root'], excludes };
}

/** JSON with object keys sorted, so that the hash does not depend on key order in the file. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

