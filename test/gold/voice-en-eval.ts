// Shared by test/voice-en-gold.test.ts and `pnpm eval:voice --lang en`: the English voice gold
// (test/gold/voice-en.yaml, the markup of voice-news.yaml) scored with the English Analyzer, with
// the two figures of issue 24: authorial vs not (a binary choice per word) and the exact voice.
import { english } from '@framelens/text';
import { ROOT } from './voice-eval.js';
import { evaluatePassageIn, loadNewsGold, prf, scoreNews, type NewsOutcome, type NewsScore, type Prf } from './voice-news-eval.js';

export const EN_GOLD = `${ROOT}test/gold/voice-en.yaml`;

export interface EnglishScore extends NewsScore {
  /** words that are not authorial (gold) found as not authorial, and their share of all words */
  notAuthorial: Prf;
  /** share of words whose authorial-or-not matches the gold */
  authorialAccuracy: number;
}

export function evaluateEnglish(): NewsOutcome[] {
  return loadNewsGold(EN_GOLD).map((p) => evaluatePassageIn(p, english));
}

export function scoreEnglish(outcomes: readonly NewsOutcome[]): EnglishScore {
  const all = outcomes.flatMap((o) => o.words);
  const isGold = (w: (typeof all)[number]) => w.gold.voice !== 'authorial';
  const isGot = (w: (typeof all)[number]) => w.got.voice !== 'authorial';
  return {
    ...scoreNews(outcomes),
    notAuthorial: prf(all, isGold, isGot),
    authorialAccuracy: all.length === 0 ? 0 : all.filter((w) => isGold(w) === isGot(w)).length / all.length,
  };
}
