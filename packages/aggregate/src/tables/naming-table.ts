import * as aq from 'arquero';
import type { NamingRow } from '../report-data.js';
import { cmp } from '../compare.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * Naming choices: one row for every outlet × referent × label, where labels
 * are the referent's lexicon labels (in lexicon order) followed by any other
 * label seen in hits (alphabetical); zeros included. Columns: outlet,
 * referent, referentLabel, label, hits, ownHits (authorial), share = hits /
 * all label hits of the outlet × referent (0 when none).
 */
export function namingTable(p: Prepared): NamingRow[] {
  const cells = rows<{ outlet: string; category: string; label: string; hits: number; own: number }>(
    p.cells
      .filter((d) => d.kind === 'referent')
      .groupby('outlet', 'category', 'label')
      .rollup({ hits: op.sum('hits'), own: (d) => op.sum(d.voice === 'authorial' ? d.hits : 0) }),
  );
  const byKey = new Map(cells.map((r) => [key(r.outlet, r.category, r.label), r]));
  const out: NamingRow[] = [];
  for (const ref of p.lexicon.referents ?? []) {
    const labels = ref.labels.map((l) => l.term);
    const extra = [...new Set(cells.filter((c) => c.category === ref.id && !labels.includes(c.label)).map((c) => c.label))].sort(cmp);
    const all = [...new Set([...labels, ...extra])];
    for (const o of p.outlets) {
      const hits = all.map((l) => byKey.get(key(o.id, ref.id, l)));
      const total = hits.reduce((s, h) => s + (h?.hits ?? 0), 0);
      all.forEach((label, i) => {
        const h = hits[i];
        out.push({ outlet: o.id, referent: ref.id, referentLabel: ref.label, label, hits: h?.hits ?? 0, ownHits: h?.own ?? 0, share: total > 0 ? (h?.hits ?? 0) / total : 0 });
      });
    }
  }
  return out.sort((a, b) => cmp(a.outlet, b.outlet) || 0);
}
