/** Distinctive terms: dot plot of the top log-odds z per outlet; solid dots pass the article-level test (Benjamini–Hochberg), faded ones do not. */
import { toCsv } from '../csv.js';
import { type Chart, linesExpr, top } from './chart.js';
import { languageLabel } from '../language-name.js';
import { termPanels } from './term-panels.js';

const CLEAR = 'more than chance';
const MAYBE = 'could be chance';

export const distinctive: Chart = (data, L) => {
  const perOutlet = 12;
  // one panel per outlet × language of its words (words are compared within a language only)
  const { panels, keyOf } = termPanels(data, L);
  const dist = panels.flatMap((p) =>
    data.distinctive.filter((d) => keyOf(d) === p.key).sort((a, b) => b.z - a.z || a.stem.localeCompare(b.stem)).slice(0, perOutlet),
  ).map((d) => ({
    outlet: d.outlet, outletLabel: L.outlet(d.outlet), language: d.language ?? '', stem: d.stem, term: d.forms[0] ?? d.stem, forms: d.forms.join(', '),
    count: d.count, countRest: d.countRest, rate: d.rate, rateRest: d.rateRest, z: d.z, lexicon: d.inLexicon ? 'in the lexicon' : 'not in the lexicon',
    articles: d.articles ?? '', articlesRest: d.articlesRest ?? '', chance: d.significant ? CLEAR : MAYBE,
  }));
  if (dist.length === 0) return undefined;
  // with several languages, one block of panels per language, titled with it (an outlet writing in
  // two has a panel in each); the panels in the outlet axis's order (grouped by kind, as every chart)
  const languages = [...new Set(dist.map((d) => d.language))].sort();
  const block = (language: string | undefined) => {
    const labels = new Set(dist.filter((d) => language === undefined || d.language === language).map((d) => d.outletLabel));
    const domain = L.outletOrder.filter((label) => labels.has(label));
    return {
      facet: { field: 'outletLabel', type: 'nominal', sort: domain, title: null, header: { labelAnchor: 'start', labelLimit: 230, labelExpr: linesExpr(domain, 30) } },
      columns: 3,
      spacing: { row: 16, column: 16 },
      resolve: { scale: { y: 'independent' } },
      spec: SPEC,
    };
  };
  return {
    id: 'distinctive', section: 'distinctive', title: 'Distinctive terms',
    question: 'Which words set each outlet apart from the others?',
    howToRead: `The ${perOutlet} words each outlet uses most over-proportionally compared with the other outlets of its language (log-odds z-score, Monroe et al. 2008)${languages.length > 1 ? ', one block of outlets per language' : ''}. Solid dots are words the outlet uses in clearly more of its articles than the other outlets do, more than chance explains even though thousands of words were compared; faded dots could be chance. Filled dots are lexicon terms.`,
    csv: toCsv(dist, ['outlet', 'outletLabel', 'language', 'stem', 'term', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'z', 'lexicon', 'articles', 'articlesRest', 'chance']),
    vegaLite: top(
      languages.length > 1
        ? {
          data: { values: dist },
          vconcat: languages.map((language) => ({
            title: { text: languageLabel(language), anchor: 'start', frame: 'group', fontSize: 13, fontWeight: 'bold', offset: 8 },
            transform: [{ filter: { field: 'language', equal: language } }],
            ...block(language),
          })),
          spacing: 28,
        }
        : { data: { values: dist }, ...block(undefined) },
    ),
  };
};

/** One panel: the outlet's words by z, solid when the article-level test passes, filled when in the lexicon. */
const SPEC = {
  width: 130,
  height: { step: 15 },
  layer: [
    {
      mark: { type: 'point', size: 50, strokeWidth: 1.5 },
      encoding: {
        y: { field: 'term', type: 'nominal', sort: { field: 'z', order: 'descending' }, title: null },
        x: { field: 'z', type: 'quantitative', title: 'z-score (vs same language)' },
        color: { value: '#0072B2' },
        fill: { field: 'lexicon', type: 'nominal', title: null, scale: { domain: ['in the lexicon', 'not in the lexicon'], range: ['#0072B2', '#ffffff'] }, legend: { orient: 'top' } },
        opacity: { field: 'chance', type: 'ordinal', sort: [CLEAR, MAYBE], title: null, scale: { domain: [CLEAR, MAYBE], range: [1, 0.3] }, legend: null },
        tooltip: [
          { field: 'term', title: 'Term' }, { field: 'forms', title: 'forms' }, { field: 'count', title: 'count here' }, { field: 'countRest', title: 'count elsewhere' },
          { field: 'rate', title: 'per 1,000 here', format: '.2f' }, { field: 'rateRest', title: 'per 1,000 elsewhere', format: '.2f' }, { field: 'z', title: 'z', format: '.2f' },
          { field: 'articles', title: 'articles using it here' }, { field: 'articlesRest', title: 'articles using it elsewhere' }, { field: 'chance', title: 'across articles' },
        ],
      },
    },
  ],
};
