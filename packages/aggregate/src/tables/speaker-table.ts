import type { SpeakerRow } from '../report-data.js';
import { cmp } from '../compare.js';
import type { Prepared } from './prepared.js';

/**
 * Who gets to speak: one row for every outlet × speaker group (lexicon groups
 * in lexicon order, then "unassigned" and "anonymous"; zeros included).
 * Columns: outlet, group, groupLabel, quotedWords and reportedWords (word
 * tokens inside quoted / reported spans attributed to the group, boilerplate
 * excluded), share = (quoted + reported) / all quoted + reported words of the
 * outlet, speakers (distinct speaker phrases, most words first).
 */
export function speakerTable(p: Prepared): SpeakerRow[] {
  const groups: { id: string; label: string }[] = [
    ...(p.lexicon.speakers ?? []).map((s) => ({ id: s.id, label: s.label })),
    { id: 'unassigned', label: 'named, no group' },
    { id: 'anonymous', label: 'anonymous' },
  ];
  const cells = p.speakers;
  const totals = new Map<string, number>();
  for (const [k, c] of cells) {
    const outlet = k.split('\u0000')[0]!;
    totals.set(outlet, (totals.get(outlet) ?? 0) + c.quoted + c.reported);
  }
  // groups seen in results but missing from the lexicon still get rows
  const known = new Set(groups.map((g) => g.id));
  const seen = [...new Set([...cells.keys()].map((k) => k.split('\u0000')[1]!))].filter((g) => !known.has(g)).sort(cmp);
  groups.splice(groups.length - 2, 0, ...seen.map((id) => ({ id, label: id })));
  const out: SpeakerRow[] = [];
  for (const o of p.outlets) {
    const total = totals.get(o.id) ?? 0;
    for (const g of groups) {
      const c = cells.get(`${o.id}\u0000${g.id}`);
      const words = (c?.quoted ?? 0) + (c?.reported ?? 0);
      out.push({
        outlet: o.id,
        group: g.id,
        groupLabel: g.label,
        quotedWords: c?.quoted ?? 0,
        reportedWords: c?.reported ?? 0,
        share: total > 0 ? words / total : 0,
        speakers: c ? [...c.speakers.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([s]) => s) : [],
      });
    }
  }
  return out;
}
