/**
 * Which languages the figures rest on: the overview's paragraph (outlets, articles and articles left
 * out per language) and the note of the Distinctive terms section (words are compared within a
 * language only, so an outlet alone in its language has none).
 */
import type { LanguageRow, ReportData } from '@framelens/aggregate';
import { corpusOf } from './corpus.js';
import { escapeHtml as e } from './escape.js';
import { languageLabel } from './language-name.js';
import { list } from './findings.js';
import { count, num } from './html.js';
import { outletLabel } from './specs.js';

/**
 * The report's languages: `data.languages` from the aggregator; for older report data, the
 * articles' languages (no left-out counts, no comparison flag). Empty when no article has one.
 */
export function reportLanguages(data: ReportData): LanguageRow[] {
  if (data.languages) return data.languages;
  const rows = new Map<string, LanguageRow & { ids: Set<string> }>();
  for (const a of data.articles) {
    if (!a.language) continue;
    const r = rows.get(a.language) ?? { language: a.language, outlets: 0, articles: 0, wordTokens: 0, leftOut: 0, termsCompared: false, ids: new Set<string>() };
    r.ids.add(a.outlet);
    r.articles++;
    r.wordTokens += a.wordTokens;
    rows.set(a.language, r);
  }
  return [...rows.values()].sort((a, b) => (a.language < b.language ? -1 : 1)).map(({ ids, ...r }) => ({ ...r, outlets: ids.size, termsCompared: ids.size >= 2 }));
}

/** The outlets (labelled, in report order) with counted articles in `language`. */
function outletsIn(data: ReportData, language: string): string[] {
  const ids = new Set(corpusOf(data).outlets.filter((o) => o.languages.includes(language)).map((o) => o.outlet));
  return data.outlets.filter((o) => ids.has(o.outlet)).map((o) => outletLabel(o.name, o.articles));
}

/** Up to this many outlets of a language are named in the overview. */
const NAMED_OUTLETS = 3;

/**
 * The overview's paragraph: per language, the outlets and articles counted and the articles left
 * out because of their language; with several languages, what is compared across them.
 */
export function languagesOverview(data: ReportData): string {
  const rows = reportLanguages(data);
  if (rows.length === 0) return '';
  const counted = rows.filter((r) => r.articles > 0);
  const leftOut = rows.filter((r) => r.leftOut > 0);
  const one = (r: LanguageRow) => {
    const names = r.outlets <= NAMED_OUTLETS ? ` (${list(outletsIn(data, r.language).map(e))})` : '';
    return `<strong>${e(languageLabel(r.language))}</strong>: ${count(r.outlets, 'outlet')}${names}, ${count(r.articles, 'article')}, ${count(r.wordTokens, 'word')}`;
  };
  const head =
    counted.length === 1
      ? `All figures rest on articles in ${one(counted[0]!)}.`
      : counted.length === 0
        ? 'No article was counted.'
        : `The figures rest on articles in ${num(counted.length)} languages: ${counted.map(one).join('; ')}. Frames, actors, claims and speaker groups are compared across languages by their ids, each language matched with its own terms; distinctive words and shared text are compared only within a language (<a href="#method">Method</a>).`;
  const out = leftOut.length
    ? ` Left out because of their language: ${leftOut.map((r) => `${count(r.leftOut, 'article')} in ${e(languageLabel(r.language))}`).join(', ')} (listed under “Articles left out” below).`
    : '';
  return `<p class="how" id="languages">${head}${out}</p>`;
}

/**
 * The Distinctive terms section's note: with several languages, that each outlet is compared with
 * the other outlets of its language; for an outlet alone in its language, why it has no words here.
 */
export function distinctiveLanguages(data: ReportData): string {
  const rows = reportLanguages(data).filter((r) => r.articles > 0);
  if (rows.length <= 1 && rows.every((r) => r.termsCompared)) return '';
  const compared = rows.filter((r) => r.termsCompared);
  const alone = rows.filter((r) => !r.termsCompared);
  const sentences: string[] = [];
  if (compared.length > 0)
    sentences.push(`Each outlet's words are compared with those of the other outlets in the same language only (${compared.map((r) => `${e(languageLabel(r.language))}: ${count(r.outlets, 'outlet')}`).join('; ')}): words of two languages are not translations of each other, and against another language every word would look distinctive.`);
  for (const r of alone) {
    const names = outletsIn(data, r.language).map(e);
    const who = names.length === 1 ? `${names[0]} is the only outlet` : `${list(names)} are the only outlets`;
    sentences.push(`${who} with articles in ${e(languageLabel(r.language))}${r.outlets === 1 ? '' : ' but without enough words'}: ${names.length === 1 ? 'its' : 'their'} words are not compared, because there is no other outlet in that language to compare them with.`);
  }
  return `<p class="how" id="distinctive-languages">${sentences.join(' ')}</p>`;
}
