import * as aq from 'arquero';
import { VOICES } from '@framelens/text';
import type { OutletFrameVoiceRow } from '../report-data.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * One row for every outlet × frame × voice (authorial, quoted, reported,
 * distanced; zeros included). Columns: outlet, frame, frameLabel, voice, hits,
 * share = hits / all hits of the outlet × frame (0 when there are none).
 */
export function outletFrameVoiceTable(p: Prepared): OutletFrameVoiceRow[] {
  const cells = new Map(
    rows<{ outlet: string; category: string; voice: string; hits: number }>(
      p.cells
        .filter((d) => d.kind === 'frame')
        .groupby('outlet', 'category', 'voice')
        .rollup({ hits: op.sum('hits') }),
    ).map((r) => [key(r.outlet, r.category, r.voice), r.hits]),
  );
  const out: OutletFrameVoiceRow[] = [];
  for (const o of p.outlets) {
    for (const f of p.lexicon.frames) {
      const hits = VOICES.map((v) => cells.get(key(o.id, f.id, v)) ?? 0);
      const total = hits.reduce((a, b) => a + b, 0);
      VOICES.forEach((voice, i) => {
        out.push({ outlet: o.id, frame: f.id, frameLabel: f.label, voice, hits: hits[i]!, share: total > 0 ? hits[i]! / total : 0 });
      });
    }
  }
  return out;
}
