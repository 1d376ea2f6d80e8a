import { negationAt, negationRulesFor, negationScopes, type Doc, type NegationScope, type Token, type Voice, type VoiceSpan } from '@framelens/text';
import { singleEntry, type CompiledLexicon, type Entry, type Layer, type TokenKeys, type TrieNode } from './compile.js';
import { isQuoteToken, startsLower, type WordKey } from './keys.js';
import { formsFit } from './form-guard.js';
import type { Hit, HitKind } from './types.js';

/** The words of a document that can be matched: boilerplate and punctuation left out. */
interface Stream {
  tokens: Token[];
  keys: WordKey[];
  /** joined[k]: word k and word k+1 may belong to one term (nothing but quotation marks between them) */
  joined: boolean[];
  /** starts[k]: bit n set when a term of layer n can start at word k */
  starts: number[];
  /** lower[k]: word k is written in lower case ("macht", not "Macht"): it cannot be a capitalised term word */
  lower: boolean[];
  /** the document and the terms' language, for the surface-form guard (form-guard.ts) */
  doc: Doc;
  language: string;
}

const KIND_ORDER: Record<HitKind, number> = { frame: 0, referent: 1, claim: 2 };

/**
 * Per token norm, its match keys and the layers a term can start in, for one compiled lexicon: a
 * memo the caller creates (one per worker) and passes to `match`. One look-up per token.
 */
export class MatchMemo {
  /** @internal */
  readonly keys = new Map<string, TokenKeys>();
  constructor(readonly compiled: CompiledLexicon) {}
}

/**
 * Every frame, referent and claim hit in a document, sorted by start. Leftmost-longest per layer:
 * a word belongs to at most one frame hit, one referent hit and one claim hit.
 * `memo` (made for `compiled`) keeps the tokens' keys from document to document; without it, they
 * are computed for this document only. `compiled` is the lexicon for the document's language
 * (`compiled.languages.get(code)`), and `doc` comes from an `Analyzer` for that language: only that
 * language's terms are matched.
 */
export function match(doc: Doc, compiled: CompiledLexicon, memo?: MatchMemo): Hit[] {
  if (memo !== undefined && memo.compiled !== compiled) throw new Error('match: the MatchMemo was made for another compiled lexicon; make one per compiled lexicon (new MatchMemo(compiled))');
  const stream = wordStream(doc, compiled, memo?.keys ?? new Map());
  const found = compiled.layers.map((layer, n) => matchLayer(stream, layer, 1 << n));
  // the negation rules of the terms' language (German, English; a language without rules gets
  // none), run only on the sentences that hold a hit: a scope never leaves its sentence
  const withHits = new Set<number>();
  for (const layer of found) for (const [, i] of layer) withHits.add(sentenceAt(doc, stream.tokens[i]!.start));
  const scopes = withHits.size === 0 ? [] : negationScopes(doc, negationRulesFor(compiled.language), withHits);
  const hits: Hit[] = [];
  for (const layer of found) {
    const voices = new VoiceSweep(doc.spans);
    for (const [entry, i, len] of layer) {
      const first = stream.tokens[i]!;
      const last = stream.tokens[i + len - 1]!;
      hits.push(makeHit(doc, compiled, entry, first.start, last.end, scopes, voices));
    }
  }
  return hits.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end);
}

function wordStream(doc: Doc, compiled: CompiledLexicon, tokenMemo: Map<string, TokenKeys>): Stream {
  const tokens: Token[] = [];
  const keys: WordKey[] = [];
  const joined: boolean[] = [];
  const starts: number[] = [];
  const lower: boolean[] = [];
  const boiler = [...doc.boilerplate].sort((a, b) => a.start - b.start);
  let b = 0;
  let open = false; // may the next word join the previous one?
  for (const t of doc.tokens) {
    while (b < boiler.length && boiler[b]!.end <= t.start) b++;
    const inBoilerplate = b < boiler.length && boiler[b]!.start <= t.start;
    if (inBoilerplate) {
      open = false;
      continue;
    }
    if (t.kind === 'punct') {
      if (!isQuoteToken(t)) open = false;
      continue;
    }
    if (tokens.length > 0) joined[tokens.length - 1] = open;
    tokens.push(t);
    let memo = tokenMemo.get(t.norm);
    if (memo === undefined) {
      const key = compiled.keys.keysOf(t.norm);
      memo = { key, starts: startMask(compiled, key) };
      if (tokenMemo.size >= TOKEN_MEMO_SIZE) tokenMemo.clear();
      tokenMemo.set(t.norm, memo);
    }
    keys.push(memo.key);
    starts.push(memo.starts);
    lower.push(startsLower(doc.text, t.start));
    joined.push(false);
    open = true;
  }
  return { tokens, keys, joined, starts, lower, doc, language: compiled.language };
}

/** Distinct token norms whose keys a `MatchMemo` keeps (news vocabularies are far smaller). */
const TOKEN_MEMO_SIZE = 500_000;

/** Which layers have a term that can start at this word (memoised per token norm in a `MatchMemo`). */
function startMask(compiled: CompiledLexicon, key: WordKey): number {
  let mask = 0;
  compiled.layers.forEach((l, n) => {
    if (l.exactTrie.next.has(key.norm) || l.stemTrie.next.has(key.skey) || singleEntry(l, key)) mask |= 1 << n;
  });
  return mask;
}

/** [entry, first word, number of words] for each hit of one layer. */
function matchLayer(s: Stream, l: Layer, bit: number): [Entry, number, number][] {
  const out: [Entry, number, number][] = [];
  const n = s.tokens.length;
  let i = 0;
  while (i < n) {
    if ((s.starts[i]! & bit) === 0) {
      i++;
      continue;
    }
    let best: Entry | undefined;
    let bestLen = 0;
    // exact before stem before prefix/compound-part at equal length: the more specific term wins
    if (l.exactTrie.next.size > 0) [best, bestLen] = walk(s, l.exactTrie, i, true, best, bestLen);
    if (l.stemTrie.next.size > 0) [best, bestLen] = walk(s, l.stemTrie, i, false, best, bestLen);
    if (bestLen === 0) {
      const e = singleEntry(l, s.keys[i]!);
      if (e && !excluded(s, e, i, 1)) [best, bestLen] = [e, 1];
    }
    if (best) {
      out.push([best, i, bestLen]);
      i += bestLen;
    } else i++;
  }
  return out;
}

/** The longest term of one trie starting at word i, if longer than `bestLen`. */
function walk(s: Stream, root: TrieNode, i: number, exact: boolean, best: Entry | undefined, bestLen: number): [Entry | undefined, number] {
  let node: TrieNode | undefined = root;
  for (let j = i; j < s.keys.length; j++) {
    const key: WordKey = s.keys[j]!;
    node = node.next.get(exact ? key.norm : key.skey);
    if (!node || (s.lower[j] && !node.lower)) break;
    const len = j - i + 1;
    if (node.entry && len > bestLen && casesFit(s, i, node.entryLower) && !excluded(s, node.entry, i, len) && (exact || formsFit(s.language, s.doc, s.tokens, s.keys, i, node.entryRefs))) [best, bestLen] = [node.entry, len];
    if (!s.joined[j]) break;
  }
  return [best, bestLen];
}

/** Does `words` contain `run` as consecutive items? */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((r, k) => words[i + k] === r)) return true;
  return false;
}

/** Does each lower-case word from i fit the entry (its word there is lower-case, or the term allows it)? */
function casesFit(s: Stream, i: number, entryLower: readonly boolean[] | undefined): boolean {
  if (!entryLower) return true;
  for (let k = 0; k < entryLower.length; k++) if (s.lower[i + k] && !entryLower[k]) return false;
  return true;
}

/** Is words [i, i+len) inside an occurrence of one of the entry's exclude phrases? */
function excluded(s: Stream, e: Entry, i: number, len: number): boolean {
  for (const ex of e.excludes) {
    for (let o = 0; o + len <= ex.length; o++) {
      const from = i - o;
      if (from < 0 || from + ex.length > s.keys.length) continue;
      let all = true;
      for (let k = 0; k < ex.length && all; k++) all = s.keys[from + k]!.norm === ex[k];
      if (all) return true;
    }
  }
  return false;
}

function makeHit(doc: Doc, compiled: CompiledLexicon, e: Entry, start: number, end: number, scopes: readonly NegationScope[], voices: VoiceSweep): Hit {
  const hit: Hit = {
    kind: e.kind,
    category: e.category,
    label: e.term,
    term: e.term,
    start,
    end,
    sentence: sentenceAt(doc, start),
    voice: 'authorial',
  };
  const { voice, speaker, cue } = voices.at(start, end);
  hit.voice = voice;
  if (speaker !== undefined) {
    hit.speaker = speaker;
    const group = speakerGroup(compiled, speaker);
    if (group !== undefined) hit.speakerGroup = group;
  }
  if (cue !== undefined) hit.cue = cue;
  // a term that contains its negation ("ohne Vorwarnung") is not inside the scope, which starts after the cue
  const negation = e.countNegated ? undefined : negationAt(scopes, start, end);
  if (negation) {
    hit.negated = true;
    hit.negation = negation.cue;
  }
  return hit;
}

/** Index of the sentence containing `offset` (the last one starting at or before it). */
export function sentenceAt(doc: Doc, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= offset) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/**
 * The voice of [start, end): the innermost non-name span containing it (the span starting last,
 * then ending first); `name` spans are transparent. The speaker is taken from the innermost
 * containing span that names one (a scare quote inside a quotation keeps the quotation's speaker),
 * except for a distancing word inside reported speech: the outlet's own, with no speaker.
 */
export function voiceAt(spans: readonly VoiceSpan[], start: number, end: number): { voice: Voice; speaker?: string; cue?: string } {
  let inner: VoiceSpan | undefined;
  let speaking: VoiceSpan | undefined;
  for (const sp of spans) {
    if (sp.voice === 'name' || sp.start > start || sp.end < end) continue;
    if (!inner || innerThan(sp, inner)) inner = sp;
    if (sp.speaker !== undefined && (!speaking || innerThan(sp, speaking))) speaking = sp;
  }
  if (!inner) return { voice: 'authorial' };
  const out: { voice: Voice; speaker?: string; cue?: string } = { voice: inner.voice as Voice };
  // a distancing word ("sogenannten", "angeblich") inside reported speech is the outlet's own
  // distancing: it takes no speaker from the attribution around it (inside a quotation it is the
  // speaker's own word, and a scare quote may repeat the speaker's word: those keep the speaker)
  const ownDistancing = inner.voice === 'distanced' && inner.cue !== undefined && !inner.cue.includes('…') && speaking?.voice === 'reported';
  if (speaking?.speaker !== undefined && !ownDistancing) out.speaker = speaking.speaker;
  if (inner.cue !== undefined) out.cue = inner.cue;
  return out;
}

/**
 * voiceAt for hits asked in order of start: the same answers, but each hit is compared only
 * with the spans around its start (the active list), not with every span of the text, which made
 * a long article with many quotes quadratic. A start earlier than the last one starts over.
 */
class VoiceSweep {
  private readonly order: VoiceSpan[];
  private next = 0;
  private active: VoiceSpan[] = [];
  private last = -Infinity;

  constructor(spans: readonly VoiceSpan[]) {
    // a stable sort: spans with the same start keep their order, so ties resolve as in voiceAt
    this.order = spans.filter((s) => s.voice !== 'name').sort((a, b) => a.start - b.start);
  }

  at(start: number, end: number): { voice: Voice; speaker?: string; cue?: string } {
    if (start < this.last) [this.next, this.active] = [0, []];
    this.last = start;
    while (this.next < this.order.length && this.order[this.next]!.start <= start) this.active.push(this.order[this.next++]!);
    // a span that ends before this start holds neither this hit nor any later one
    if (this.active.some((s) => s.end < start)) this.active = this.active.filter((s) => s.end >= start);
    return voiceAt(this.active, start, end);
  }
}

function innerThan(a: VoiceSpan, b: VoiceSpan): boolean {
  return a.start > b.start || (a.start === b.start && a.end < b.end);
}

/**
 * The speaker group whose name occurs in a speaker phrase, compared by stem. The whole phrase
 * counts, with its adjectives and genitives: a group whose `exclude` qualifier occurs anywhere in it
 * ("der russische Präsident", "ein Sprecher des russischen Präsidenten") is ruled out. Of the
 * rest, the longest name (in words) wins; between equally long names the later one, since German
 * puts the name after the title ("der armenische Präsident Nikol Paschinjan").
 */
export function speakerGroup(compiled: CompiledLexicon, phrase: string): string | undefined {
  const memo = compiled.speakerMemo;
  let g = memo.get(phrase);
  if (g === undefined) {
    g = null;
    type Node = { next: Map<string, Node>; name?: { group: string; words: number } };
    const root = compiled.speakers.root as Node;
    const words = compiled.keys.termWords(phrase);
    const stems = words.map((w) => w.stem);
    const ruledOut = (group: string) => compiled.speakers.excludes.get(group)?.some((x) => containsRun(stems, x)) ?? false;
    let bestWords = 0;
    for (let i = 0; i < words.length; i++) {
      let node: Node | undefined = root;
      for (let j = i; j < words.length && node; j++) {
        node = node.next.get(words[j]!.stem);
        if (node?.name && node.name.words >= bestWords && !ruledOut(node.name.group)) [g, bestWords] = [node.name.group, node.name.words];
      }
    }
    memo.set(phrase, g);
  }
  return g ?? undefined;
}
