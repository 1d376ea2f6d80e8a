/** Naming: which label each outlet uses for the same actor (100% bars per actor). */
import { toCsv } from '../csv.js';
import { categoricalRange } from '../palette.js';
import { type Chart, top } from './chart.js';
import { languageName } from '../language-name.js';
import type { ReportData } from '@framelens/aggregate';

export const naming: Chart = (data, L) => {
  const outletDomain = L.outletOrder;
  const naming = data.naming.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), referent: r.referent, referentLabel: r.referentLabel, label: r.label, hits: r.hits, ownHits: r.ownHits, share: r.share,
  }));
  const referents = data.lexicon.referents.filter((r) => naming.some((n) => n.referent === r.id));
  if (!(referents.length > 0)) return undefined;
  const blocks = namingBlocks(data, referents, naming);
  return {
    id: 'naming', section: 'naming', title: 'Naming',
    question: 'Which words does each outlet choose for the same actors?',
    howToRead: `One chart per actor${blocks.some((b) => b.outlets) ? ' and language (labels of two languages are different words, never one scale)' : ''}; each bar splits an outlet\'s mentions of that actor by the label used (100% = all its mentions). Hover for counts; click a segment to see the sentences.`,
    drill: { kind: 'referent', category: 'referent', outlet: 'outlet', label: 'label' },
    csv: toCsv(naming, ['outlet', 'outletLabel', 'referent', 'referentLabel', 'label', 'hits', 'ownHits', 'share']),
    vegaLite: top({
      data: { values: naming },
      vconcat: blocks.map((b) => ({
        title: { text: b.title, anchor: 'start', fontSize: 12 },
        transform: [{ filter: { field: 'referent', equal: b.referent } }, ...(b.outlets ? [{ filter: { field: 'outlet', oneOf: b.outlets } }, { filter: { field: 'label', oneOf: b.labels } }] : [])],
        width: 420,
        height: { step: 18 },
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: b.outlets ? outletDomain.filter((label) => b.outletLabels!.includes(label)) : outletDomain, title: null },
          x: { field: 'hits', type: 'quantitative', stack: 'normalize', title: 'Share of mentions', axis: { format: '.0%' } },
          color: { field: 'label', type: 'nominal', title: 'Label', sort: b.labels, scale: { domain: b.labels, range: categoricalRange(b.labels.length) }, legend: { orient: 'right' } },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'label', title: 'Label' }, { field: 'hits', title: 'mentions' },
            { field: 'ownHits', title: 'in own voice' }, { field: 'share', title: 'share', format: '.0%' },
          ],
        },
      })),
      spacing: 24,
      resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    }),
  };
};

interface NamingBlock {
  referent: string;
  title: string;
  /** the lexicon's labels (one language), or those the block's outlets use (several languages) */
  labels: string[];
  /** several languages: the outlets with articles in the block's language (ids and labels) */
  outlets?: string[];
  outletLabels?: string[];
}

/**
 * One bar chart per actor; with articles in several languages, one per actor and language, over the
 * outlets with articles in that language and the labels they use (each language's labels are its
 * own words: a legend of German and English labels together would compare words, not choices).
 */
function namingBlocks(data: ReportData, referents: ReportData['lexicon']['referents'], naming: { outlet: string; outletLabel: string; referent: string; label: string; hits: number }[]): NamingBlock[] {
  const byLanguage = new Map<string, Set<string>>();
  for (const a of data.articles) if (a.language) byLanguage.set(a.language, (byLanguage.get(a.language) ?? new Set()).add(a.outlet));
  if (byLanguage.size <= 1) return referents.map((r) => ({ referent: r.id, title: r.label, labels: r.labels }));
  const languages = [...byLanguage.keys()].sort();
  // a label's language: the languages of the single-language outlets that use it (an outlet writing in two cannot tell)
  const languagesOf = new Map<string, string[]>();
  for (const [language, ids] of byLanguage) for (const id of ids) languagesOf.set(id, [...(languagesOf.get(id) ?? []), language]);
  const labelLanguages = new Map<string, Set<string>>();
  for (const n of naming) {
    const own = languagesOf.get(n.outlet) ?? [];
    if (n.hits > 0 && own.length === 1) labelLanguages.set(`${n.referent}\u0000${n.label}`, (labelLanguages.get(`${n.referent}\u0000${n.label}`) ?? new Set()).add(own[0]!));
  }
  return referents.flatMap((r) =>
    languages.flatMap((language) => {
      const outlets = byLanguage.get(language)!;
      const rows = naming.filter((n) => n.referent === r.id && outlets.has(n.outlet));
      const inLanguage = (label: string) => labelLanguages.get(`${r.id}\u0000${label}`)?.has(language) ?? true;
      const labels = r.labels.filter((l) => inLanguage(l) && rows.some((n) => n.label === l && n.hits > 0));
      if (labels.length === 0) return [];
      const ids = data.outlets.filter((o) => outlets.has(o.outlet)).map((o) => o.outlet);
      return [{ referent: r.id, title: `${r.label} · ${languageName(language)}`, labels, outlets: ids, outletLabels: [...new Set(rows.filter((n) => ids.includes(n.outlet)).map((n) => n.outletLabel))] }];
    }),
  );
}
