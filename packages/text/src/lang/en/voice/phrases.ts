// English noun phrases around a speech verb, read from word shapes and a few word lists (no
// part-of-speech tagger): the subject before the verb ("Dmitry Peskov, a spokesman for the
// Kremlin, said"), the speaker after an inverted verb ("said a spokeswoman for the city"), the hearer
// after "told" ("told reporters in Almaty"), and the adverbials that follow ("on Tuesday", "in a statement").
import { BE_FORMS, CATENATIVES, COMPLEMENTISERS, DETERMINERS, NAME_INTRODUCERS, FINITE, NON_SUBJECT, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_WORDS, VERB_ADVERBS } from './lexicon.js';
import { acronymBefore, relativeSubject } from './subject-layouts.js';
import type { Unit } from './unit.js';

/** Item range [from, to). */
export interface Range {
  from: number;
  to: number;
}

/** Prepositions that open an adverbial after a verb or a speaker ("on Tuesday", "in a statement", "at a briefing"). */
const ADVERBIAL_OPENERS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier', 'later', 'last', 'this', 'via', 'through', 'after', 'before', 'over', 'while', 'when', 'to', 'from', 'amid', 'following', 'citing']);

/** Is item `i` a word that may stand in a noun phrase (a name, a noun, an adjective, a determiner, "'s", a number)? */
export function inPhrase(u: Unit, i: number): boolean {
  if (u.isQuote(i)) return true;
  if (!u.isWord(i)) return u.is(i, '-') || u.is(i, '&') || /^\d/.test(u.norm(i));
  const w = u.norm(i);
  return !NON_SUBJECT.has(w) && !FINITE.has(w) && !BE_FORMS.has(w) && !COMPLEMENTISERS.has(w);
}

/** Verbs of wishing before an object and "to" + a verb of saying or believing ("would like the world to believe"). */
const WISH_VERBS = new Set(['like', 'likes', 'liked', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'expect', 'expects', 'expected', 'urge', 'urges', 'urged', 'tell', 'tells', 'told', 'ask', 'asks', 'asked']);
/** Modals before a verb of wishing ("would like", "'d like"). */
const WISH_MODALS = new Set(['would', "'d", 'd', 'will', 'should', 'might']);

/**
 * "would like the world to": the index of the verb of wishing before the object (at most three
 * words: "the world", "voters", "its own citizens") that ends at item `to` (the "to"), or -1.
 */
function wishBefore(u: Unit, from: number, to: number): number {
  for (let k = to - 1; k > from && k >= to - 3; k--) {
    if (!u.isWord(k) || u.isQuote(k)) return -1;
    if (WISH_VERBS.has(u.norm(k - 1)) && k - 1 > from) return k - 1;
  }
  return -1;
}

/** Causative verbs before an object and a bare verb of believing ("would have the public believe"). */
const CAUSATIVES = new Set(['have', 'has', 'had', 'let', 'lets', 'make', 'makes', 'made']);

/** "have the public believe": the index of the causative verb before the object ending at item `verb`, or -1. */
function causativeBefore(u: Unit, from: number, verb: number): number {
  if (!/^(believe|think|know)$/.test(u.norm(verb))) return -1;
  for (let k = verb - 1; k > from && k >= verb - 3; k--) {
    if (!u.isWord(k) || u.isQuote(k)) return -1;
    if (CAUSATIVES.has(u.norm(k - 1)) && k - 1 > from) return k - 1;
  }
  return -1;
}

/**
 * The subject ending right before item `end` (the verb), after `from`: skips adverbs and auxiliaries
 * ("also", "had") and a time adverbial ("on Friday") before the verb; takes the words back to the
 * clause start, with an apposition in commas ("Dmitry Peskov, a spokesman for the Kremlin,").
 */
export function subjectBefore(u: Unit, from: number, end: number): Range | null {
  // "The Collective Security Treaty Organization (CSTO) said" (subject-layouts.ts)
  const open = acronymBefore(u, from, end);
  if (open > from) {
    const r = subjectBefore(u, from, open);
    return r !== null && r.to === open ? { from: r.from, to: end } : null;
  }
  let e = end;
  for (;;) {
    const w = u.norm(e - 1);
    if (e - 1 > from && u.isWord(e - 1) && VERB_ADVERBS.has(w)) e--;
    // "continue to describe", "began to call": the catenative verb and its "to"
    else if (e - 2 > from && w === 'to' && CATENATIVES.has(u.norm(e - 2))) e -= 2;
    // "Moscow would like the world to believe", "Beijing wants voters to think": the wish, its object and "to"
    else if (w === 'to' && wishBefore(u, from, e - 1) > from) e = wishBefore(u, from, e - 1);
    // "Officials would have the public believe": a causative verb and its object
    else if (e === end && causativeBefore(u, from, e) > from) e = causativeBefore(u, from, e);
    else if (e - 1 > from && u.isWord(e - 1) && WISH_MODALS.has(w) && e < end) e--;
    else if (e - 2 > from && (TIME_WORDS.has(w) || isWeekday(w)) && /^(on|last|this|late|early)$/.test(u.norm(e - 2))) e -= u.norm(e - 3) === 'late' ? 3 : 2;
    else break;
  }
  let s = e;
  for (;;) {
    while (s > from && inPhrase(u, s - 1) && !boundaryQuote(u, s - 1) && !verbAfterNoun(u, s - 1) && !SUBORDINATORS.has(u.norm(s - 1))) s--;
    // "Russia and China said": "and" between two names or person nouns
    if (s - 1 > from && u.norm(s - 1) === 'and' && s < e && (u.isCap(s) || PERSON_NOUNS.has(u.norm(s))) && (u.isCap(s - 2) || PERSON_NOUNS.has(u.norm(s - 2)))) s--;
    else break;
  }
  // "X, a spokesman for Y, said": the apposition and the name before it
  if (s === e && u.is(e - 1, ',')) {
    let a = e - 1;
    // "Peskov, who spoke by phone, said": a relative clause in commas is skipped
    let r = e - 2;
    while (r > from && !u.isPunct(r) && !u.isQuote(r) && !/^(who|which)$/.test(u.norm(r))) r--;
    if (r > from && /^(who|which)$/.test(u.norm(r)) && u.is(r - 1, ',')) {
      let n = ageBefore(u, from, r - 1);
      const end = n;
      while (n > from && inPhrase(u, n - 1) && !u.isQuote(n - 1)) n--;
      return n < end && isNamePhrase(u, n, end) ? { from: n, to: r - 1 } : null;
    }
    // "Nina Chahine, 19, said"
    const age = ageBefore(u, from, e - 1);
    if (age < e - 1) {
      let n = age;
      while (n > from && inPhrase(u, n - 1) && !u.isQuote(n - 1)) n--;
      return n < age && isNamePhrase(u, n, age) ? { from: n, to: e - 1 } : null;
    }
    while (a > from && (inPhrase(u, a - 1) || u.norm(a - 1) === 'and') && !boundaryQuote(u, a - 1)) a--;
    // the apposition opens with a determiner ("a spokesman for …") or is a name ("The company's chief executive, Anna Berg,")
    if (a < e - 1 && u.is(a - 1, ',') && (DETERMINERS.has(u.norm(a)) || allCap(u, a, e - 1))) {
      let n = a - 1;
      while (n > from && inPhrase(u, n - 1) && !u.isQuote(n - 1)) n--;
      if (n < a - 1 && isNamePhrase(u, n, a - 1)) return { from: n, to: e - 1 };
    }
    return null;
  }
  // "Western media, which called …": the noun phrase before the relative pronoun
  if (s === e && /^(who|which)$/.test(u.norm(e - 1)) && u.is(e - 2, ',')) {
    let n = e - 2;
    while (n > from && inPhrase(u, n - 1) && !u.isQuote(n - 1)) n--;
    return n < e - 2 && isNamePhrase(u, n, e - 2) ? { from: n, to: e - 2 } : null;
  }
  // "A Protestant charity that runs a school in Almaty said" (subject-layouts.ts)
  const relative = relativeSubject(u, from, s, e);
  if (relative !== null) return relative;
  // a conjunction or "But" at the clause start is not part of it
  while (s < e && /^(but|and|yet|so|meanwhile|however)$/.test(u.norm(s))) s++;
  if (s >= e || e - s > 12) return null;
  return isNamePhrase(u, s, e) || isPronounAt(u, s, e) ? { from: s, to: e } : null;
}

/** A lower-case "-ed" word after a noun is a verb ("Police arrested three …"), not part of a subject. */
function verbAfterNoun(u: Unit, i: number): boolean {
  const w = u.norm(i);
  // "experts interviewed for this article", "economists polled by Reuters": a participle before a preposition
  if (/^(by|for|in|at|with|from)$/.test(u.norm(i + 1))) return false;
  return !u.isCap(i) && w.length > 4 && w.endsWith('ed') && u.isWord(i - 1) && !DETERMINERS.has(u.norm(i - 1));
}

/**
 * The subject at the start of the unit (after a leading adverbial ending in a comma): "Kazakhstan's
 * president" in "Kazakhstan's president on Friday authorised …", "Opposition leaders" in "Opposition
 * leaders met …". Stops at a preposition other than "of"/"for", a verb-like word ("-ed", a finite verb) or
 * a lower-case word right after a name that is no person noun.
 */
export function leadingSubject(u: Unit): Range | null {
  let s = 0;
  if (u.isWord(0) && PREPOSITIONS.has(u.norm(0))) {
    while (s < u.n && !u.is(s, ',')) s++;
    s++;
  }
  while (s < u.n && /^(but|and|yet|so|meanwhile|however)$/.test(u.norm(s))) s++;
  let e = s;
  while (e < u.n && inPhrase(u, e) && !u.isQuote(e)) {
    const w = u.norm(e);
    // "Western diplomats in Almaty", not "Kazakhstan's president on Friday"
    if (e > s && /^(in|from)$/.test(w) && u.isCap(e + 1) && !TIME_WORDS.has(u.norm(e + 1)) && !isWeekday(u.norm(e + 1))) {
      e += 2;
      continue;
    }
    if (e > s && PREPOSITIONS.has(w) && w !== 'of' && w !== 'for') break;
    if (e > s && !u.isCap(e) && /(ed|ing)$/.test(w) && w.length > 4) break;
    if (e > s && u.isCap(e - 1) && !DETERMINERS.has(u.norm(e - 1)) && u.isWord(e) && !u.isCap(e) && !PERSON_NOUNS.has(w) && w !== "'s" && w !== 'of' && w !== 'for') break;
    e++;
  }
  if (e === s || !isNamePhrase(u, s, e)) return null;
  // an apposition in commas: "Maria Zakharova, the foreign ministry spokeswoman, briefed …"
  if (u.is(e, ',') && DETERMINERS.has(u.norm(e + 1))) {
    let m = e + 1;
    while (m < u.n && inPhrase(u, m) && !u.isQuote(m)) m++;
    if (u.is(m, ',') && m - e <= 8) e = m;
  }
  return { from: s, to: e };
}

/** Could items [s, e) be a noun phrase at all (no clause word, verb or punctuation)? "human rights groups". */
export function isPhrase(u: Unit, s: number, e: number): boolean {
  if (s >= e) return false;
  for (let i = s; i < e; i++) if (!inPhrase(u, i) || u.isQuote(i) || (u.isPunct(i) && !u.is(i, '-'))) return false;
  return true;
}

/** Does [from, to) name a person or a group of people: a name after its first word, or a person noun ("President Tokayev", "Opposition leaders")? */
export function isPersonPhrase(u: Unit, r: Range): boolean {
  if (r.to - r.from === 1 && u.isCap(r.from) && u.norm(r.from).length > 2) return true; // "Tokayev dismissed …"
  for (let i = r.from; i < r.to; i++) if ((i > r.from && u.isCap(i)) || PERSON_NOUNS.has(u.norm(i))) return true;
  return false;
}

/** One pronoun ("he", "they"). */
function isPronounAt(u: Unit, s: number, e: number): boolean {
  return e - s === 1 && PRONOUNS.has(u.norm(s));
}

/**
 * Could items [s, e) name a speaker? A capitalised word, a determiner, a possessive "'s" or a person
 * noun ("officials", "critics"), and no word that cannot be in a noun phrase.
 */
export function isNamePhrase(u: Unit, s: number, e: number): boolean {
  let head = false;
  for (let i = s; i < e; i++) {
    if (!inPhrase(u, i) && !(u.norm(i) === 'and' && i > s && i + 1 < e)) return false;
    if (u.isCap(i) || DETERMINERS.has(u.norm(i)) || u.norm(i) === "'s" || PERSON_NOUNS.has(u.norm(i))) head = true;
  }
  // a bare plural ("opposition parties claimed", "rights groups say"): up to three lower-case words
  if (!head && e - s <= 3 && /[^su]s$/.test(u.norm(e - 1)) && u.isWord(e - 1)) head = true;
  // a lone capitalised adverb or preposition at the start ("Earlier", "Meanwhile") names no one
  if (e - s === 1 && (VERB_ADVERBS.has(u.norm(s)) || PREPOSITIONS.has(u.norm(s)))) return false;
  if (PREPOSITIONS.has(u.norm(s)) && u.isWord(s)) return false;
  return head;
}

/**
 * The speaker after an inverted verb, from item `i` (", said a spokeswoman for the city
 * administration"): words to the first adverbial, separator or clause word, with an apposition in
 * commas ("said Ned Price, a spokesman for the State Department").
 */
export function phraseAfter(u: Unit, i: number, to: number): Range | null {
  let k = i;
  while (k < to && inPhrase(u, k) && !u.isQuote(k) && !(k > i && ADVERBIAL_OPENERS.has(u.norm(k)) && !/^(of|for)$/.test(u.norm(k)) && !beforeName(u, k))) k++;
  if (k === i || !isNamePhrase(u, i, k)) return null;
  // a relative clause that runs to the end of the unit or to a comma ("a lawyer who represents several detainees")
  if (/^(who|whose)$/.test(u.norm(k))) {
    let m = k + 1;
    while (m < to && !u.isPunct(m) && !u.isQuote(m)) m++;
    if (m >= to || u.isPunct(m)) k = m;
  }
  // a relative clause in commas closing the unit: ", who lives near the square"
  if (u.is(k, ',') && /^(who|whose)$/.test(u.norm(k + 1))) {
    let m = k + 2;
    while (m < to && !u.isPunct(m) && !u.isQuote(m)) m++;
    if (m >= to || (u.isPunct(m) && !u.is(m, ','))) k = m;
  }
  // an apposition closing the unit: ", a spokesman for the State Department", ", Dina"
  if (u.is(k, ',') && (DETERMINERS.has(u.norm(k + 1)) || u.isCap(k + 1))) {
    let m = k + 1;
    // "a fellow at the Carnegie Moscow Center": a preposition before a name stays in the apposition
    while (m < to && inPhrase(u, m) && !u.isQuote(m) && (!ADVERBIAL_OPENERS.has(u.norm(m)) || beforeName(u, m))) m++;
    if (/^(who|whose)$/.test(u.norm(m))) while (m < to && !u.isPunct(m) && !u.isQuote(m)) m++;
    if (m >= to || (u.isPunct(m) && !u.is(m, ','))) k = m;
  }
  return { from: i, to: k };
}

/**
 * After a speech verb at `k`, the adverbials before its complement: "on Tuesday", "late on
 * Monday", "in a statement", "at a news conference in Almaty", "earlier". Returns the item after them.
 */
export function skipAdverbials(u: Unit, k: number, to: number): number {
  let i = k;
  for (;;) {
    const w = u.norm(i);
    // "said Tuesday that …" (AP), "said earlier", "said last week"
    const bareTime = isWeekday(w) || (TIME_WORDS.has(w) && /^(last|this|next)$/.test(u.norm(i - 1)));
    if (i < to && u.isWord(i) && (bareTime || /^(earlier|later|again|also|publicly|repeatedly|today|yesterday|tonight|previously|separately|once)$/.test(w))) {
      i++;
      continue;
    }
    if (i < to && w === 'last' && TIME_WORDS.has(u.norm(i + 1))) {
      i++;
      continue;
    }
    if (i < to && u.isWord(i) && ADVERBIAL_OPENERS.has(w) && w !== 'to' && w !== 'after' && w !== 'before' && w !== 'while' && w !== 'when' && w !== 'citing') {
      // the adverbial's noun phrase: up to a determiner, pronoun or name that opens the claim
      let m = i + 1;
      if (u.norm(m) === 'on') m++; // "late on Monday"
      let words = 0;
      if (DETERMINERS.has(u.norm(m))) m++;
      while (m < to && u.isWord(m) && !DETERMINERS.has(u.norm(m)) && !SUBJECT_PRONOUNS.has(u.norm(m)) && !COMPLEMENTISERS.has(u.norm(m)) && !FINITE.has(u.norm(m)) && words < 4) {
        // a second capitalised run after a time word starts the claim ("on Tuesday Kazakhstan had …")
        // (not a place after "in"/"at": "said on Friday in Berlin")
        if (words > 0 && u.isCap(m) && !u.isCap(m - 1) && !/^(in|at)$/.test(u.norm(m - 1))) break;
        // "in an interview with the BBC", "late on Monday at a briefing in Astana"
        if (u.norm(m) === 'with' || u.norm(m) === 'of' || ((u.norm(m) === 'in' || u.norm(m) === 'at') && words > 0)) {
          m++;
          if (DETERMINERS.has(u.norm(m))) m++;
          continue;
        }
        m++;
        words++;
      }
      if (words === 0) return i;
      i = m;
      continue;
    }
    return i;
  }
}

/**
 * The hearer after "told" at `k` ("told reporters", "told Reuters", "told a news conference",
 * "told state television"): up to "that", a comma, a colon or the word that opens the claim (a
 * determiner, a pronoun, a capitalised word after lower-case ones, a number). Returns the item after it.
 */
export function skipHearer(u: Unit, k: number, to: number): number {
  for (let m = k; m < to && m - k < 10; m++) {
    if (COMPLEMENTISERS.has(u.norm(m))) return m;
    if (u.isPunct(m) || u.isQuote(m)) break;
  }
  let m = k;
  if (DETERMINERS.has(u.norm(m))) m++;
  let words = 0;
  while (m < to && (u.isWord(m) || (u.isQuote(m) && NAME_INTRODUCERS.has(u.norm(m - 1)))) && words < 4) {
    const w = u.norm(m);
    if (words > 0 && (DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || FINITE.has(w) || (u.isCap(m) && !u.isCap(m - 1)) || PREPOSITIONS.has(w))) break;
    m++;
    words++;
  }
  return words === 0 ? k : m;
}

export function isWeekday(w: string): boolean {
  return /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w);
}

/** "at the Carnegie Moscow Center", "in Almaty": a preposition (and a determiner) before a capitalised word that is no time word. */
function beforeName(u: Unit, m: number): boolean {
  const n = DETERMINERS.has(u.norm(m + 1)) ? m + 2 : m + 1;
  return /^(at|in|from|of|for)$/.test(u.norm(m)) && u.isCap(n) && !TIME_WORDS.has(u.norm(n)) && !isWeekday(u.norm(n));
}

/** Has items [from, to) a finite verb or a quotation (a whole clause), not only a noun phrase ("The economy")? */
export function hasFinite(u: Unit, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (u.isQuote(i) || FINITE.has(u.norm(i))) return true; // a quotation is said whole
    if (u.isWord(i) && !u.isCap(i) && u.norm(i).length > 3 && u.norm(i).endsWith('ed') && !u.norm(i).includes('-')) return true;
  }
  return false;
}

/**
 * The item after a dateline that opens the unit ("ALMATY, Kazakhstan (AP) - ", "WASHINGTON (Reuters) -"):
 * an upper-case place name, then up to ten items to a dash; 0 when there is none.
 */
export function datelineEnd(u: Unit): number {
  if (!u.isCap(0) || u.norm(0).length < 3) return 0;
  const first = u.doc.text.slice(u.v.startOf(0), u.v.endOf(0));
  if (first !== first.toUpperCase()) return 0;
  for (let i = 1; i < u.n && i < 12; i++) if (u.isPunct(i) && /^[-\u2013\u2014]$/.test(u.norm(i))) return i + 1;
  return 0;
}

/** Are items [from, to) all capitalised words (a name)? */
function allCap(u: Unit, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!u.isCap(i)) return false;
  return to - from <= 4;
}

/** Where a name ends before an age in commas that ends at `end` ("Nina Chahine, 19,"): the comma before the age, else `end`. */
function ageBefore(u: Unit, from: number, end: number): number {
  return end - 2 > from && /^\d{1,3}$/.test(u.norm(end - 1)) && u.is(end - 2, ',') ? end - 2 : end;
}

/** A quotation that bounds a subject: not a name between two words ("the "Iran Cartoon" association"). */
function boundaryQuote(u: Unit, i: number): boolean {
  return u.isQuote(i) && !(u.isWord(i - 1) && u.isWord(i + 1));
}
