/**
 * Claims: outlet × claim matrix, mentioned or not. Outlets are rows (claims are few, outlets may
 * be 40), so the matrix grows down the page, never wider than its box.
 */
import { toCsv } from '../csv.js';
import { type Chart, byGroup, top } from './chart.js';
import { columnLabels } from './column-labels.js';

export const claims: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const claimOrder = data.lexicon.claims.map((c) => c.label);
  const claims = data.claims.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: L.group(r.outlet), claim: r.claim, claimLabel: r.claimLabel, present: r.present ? 'mentioned' : 'not mentioned',
    hits: r.hits, articles: r.articles, evidence: r.evidence ?? '',
  }));
  if (!(claims.length > 0)) return undefined;
  const columns = columnLabels(claimOrder, 64);
  return {
    id: 'claims', section: 'claims', title: 'Claims',
    question: 'Which facts does each outlet report, and which does it leave out?',
    howToRead: 'One row per outlet, one column per claim. A filled square means a term of the claim was found in the outlet\'s articles (the number is how often); an empty one means no term was found, which says little for an outlet with one or two short articles. Click a filled square to read the sentences.',
    drill: { kind: 'claim', category: 'claim', outlet: 'outlet' },
    csv: toCsv(claims, ['outlet', 'outletLabel', 'group', 'claim', 'claimLabel', 'present', 'hits', 'articles', 'evidence']),
    vegaLite: top(byGroup(L, data.outlets.length, {
      data: { values: claims },
    }, {
      width: { step: columns.step },
      height: { step: 28 },
      encoding: {
        // horizontal claim names wrapped onto a few lines, not slanted (column-labels.ts)
        x: { field: 'claimLabel', type: 'nominal', sort: claimOrder, title: null, axis: columns.axis },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
      },
      layer: [
        {
          mark: { type: 'square', size: 420, cursor: 'pointer', strokeWidth: 1.5, opacity: 1 },
          encoding: {
            fill: { field: 'present', type: 'nominal', title: null, scale: { domain: ['mentioned', 'not mentioned'], range: ['#0072B2', '#ffffff'] }, legend: { orient: 'bottom' } },
            stroke: { value: '#0072B2' },
            tooltip: [{ field: 'outletLabel', title: 'Outlet' }, { field: 'claimLabel', title: 'Claim' }, { field: 'hits', title: 'hits' }, { field: 'evidence', title: 'first sentence' }],
          },
        },
        {
          mark: { type: 'text', fontSize: 11, color: 'white', cursor: 'pointer' },
          encoding: { text: { condition: { test: 'datum.hits > 0', field: 'hits', type: 'quantitative' }, value: '' } },
        },
      ],
    })),
  };
};
