// Shared by test/voice-review2-gold.test.ts and `pnpm eval:voice --review2`: the IN-SAMPLE gold of
// the second review (test/gold/voice-review2.yaml), German and English passages apart, each scored
// with its analyzer. In-sample: the rules were fixed on these sentences; the held-out figures are
// those of voice-news.yaml and voice-en.yaml.
import { readFileSync } from 'node:fs';
import { english, german } from '@framelens/text';
import { ROOT, YAML } from './voice-eval.js';
import { evaluatePassageIn, loadNewsGold, type NewsOutcome } from './voice-news-eval.js';

export const REVIEW2_GOLD = `${ROOT}test/gold/voice-review2.yaml`;

/** Every passage of the review2 gold, analysed in its language (`lang: de | en`). */
export function evaluateReview2(): { lang: 'de' | 'en'; outcome: NewsOutcome }[] {
  const raw = YAML.parse(readFileSync(REVIEW2_GOLD, 'utf8')) as { passages: { id: string; lang?: string }[] };
  const langs = new Map(raw.passages.map((p) => [p.id, p.lang]));
  return loadNewsGold(REVIEW2_GOLD).map((p) => {
    const lang = langs.get(p.id);
    if (lang !== 'de' && lang !== 'en') throw new Error(`${REVIEW2_GOLD}: passage ${p.id}: lang must be de or en, got "${lang ?? ''}"`);
    return { lang, outcome: evaluatePassageIn(p, lang === 'en' ? english : german) };
  });
}
