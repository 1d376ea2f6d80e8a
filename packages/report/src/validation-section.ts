/**
 * The report's "Validation" section, shown when the pipeline has a hand-coded sample
 * (validation/<pipeline>/agreement.json, written by `framelens agreement`): precision with its
 * interval per frame, recall, the voice confusion matrix, the coders' alpha, the coding files
 * with their hashes. A frame below PRECISION_FLAG carries a flag in its label everywhere.
 */
import type { ReportData } from '@framelens/aggregate';
import type { AgreementSummary } from '@framelens/validation';
import { escapeHtml as e } from './escape.js';

/** Frames whose validated precision is below this are flagged wherever their label appears. */
export const PRECISION_FLAG = 0.8;

export interface ValidationInput {
  summary: AgreementSummary;
  /** coding files changed or gone since the agreement was computed (paths from the repository root) */
  changed: string[];
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const range = (low: number, high: number) => (Number.isFinite(low) ? `${fixed(low)}–${fixed(high)}` : '–');

/** Frames with coded hits whose precision is below the flag, id → their flag text. */
export function flaggedFrames(summary: AgreementSummary): Map<string, string> {
  return new Map(
    Object.entries(summary.frames)
      .filter(([, f]) => f.n > 0 && f.precision < PRECISION_FLAG)
      .map(([id, f]) => [id, `precision ${fixed(f.precision)}`]),
  );
}

/**
 * The report data with each flagged frame's label marked ("⚠ Peacekeeping (precision 0.62)") in
 * the lexicon and in every table row that carries a frame label, so charts, tables, the evidence
 * explorer and the method all show the flag. Unflagged data is returned as is.
 */
export function withPrecisionFlags(data: ReportData, validation: ValidationInput | undefined): ReportData {
  const flags = validation ? flaggedFrames(validation.summary) : new Map<string, string>();
  if (flags.size === 0) return data;
  // the sign first, so it survives a chart axis that shortens long labels
  const label = (id: string, text: string) => (flags.has(id) ? `⚠ ${text} (${flags.get(id)})` : text);
  return {
    ...data,
    lexicon: { ...data.lexicon, frames: data.lexicon.frames.map((f) => ({ ...f, label: label(f.id, f.label) })) },
    outletFrames: data.outletFrames.map((r) => ({ ...r, frameLabel: label(r.frame, r.frameLabel) })),
    outletFrameVoices: data.outletFrameVoices.map((r) => ({ ...r, frameLabel: label(r.frame, r.frameLabel) })),
    evidence: data.evidence.map((r) => (r.kind === 'frame' ? { ...r, categoryLabel: label(r.category, r.categoryLabel) } : r)),
  };
}

/**
 * One line under the Frame profile's lead: each frame's validated precision with its interval
 * (the Validation section has the details).
 */
export function precisionNote(validation: ValidationInput | undefined): string {
  if (!validation) return '';
  const frames = Object.values(validation.summary.frames).filter((f) => f.n > 0);
  if (frames.length === 0) return '';
  const item = (f: (typeof frames)[number]) => `${e(f.label)} ${fixed(f.precision)} (${range(f.low, f.high)}, n = ${f.n})${f.precision < PRECISION_FLAG ? ' ⚠' : ''}`;
  return `<p class="how"><strong>Validated precision</strong> (hand-coded sample, see <a href="#validation">Validation</a>): ${frames.map(item).join('; ')}.</p>`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (tag: string, i: number, v: string) => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${v}</${tag}>`;
  return `<div class="table-wrap"><table><thead><tr>${head.map((h, i) => cell('th', i, h)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v, i) => cell('td', i, v)).join('')}</tr>`).join('\n')}</tbody></table></div>`;
}

/** The section's HTML (its heading is the page's). */
export function validationSection(validation: ValidationInput): string {
  const s = validation.summary;
  const parts: string[] = [
    `<p class="lead">How far to trust the counts: ${s.files.length === 1 ? 'one coder' : `${s.files.length} coders`} (${e(s.coders.join(', '))}) coded ${s.items} sampled items of <code>${e(s.sample)}</code> without seeing the detector's answers. <strong>Precision</strong> is the share of hits the coders confirm as expressing the frame (their majority verdict; unsure and evenly split items left out), with a Wilson 95% interval. A frame below ${PRECISION_FLAG} is flagged ⚠ wherever it appears in this report.</p>`,
  ];
  if (validation.changed.length) {
    parts.push(`<div class="warnings" role="note"><p>These coding files changed or are gone since <code>framelens agreement</code> ran; the figures below are from the earlier files: ${validation.changed.map((f) => `<code>${e(f)}</code>`).join(', ')}. Run <code>framelens agreement</code> again.</p></div>`);
  }
  // the labels as the coders saw them (the page's lexicon labels carry the flag already)
  const labels = new Map(Object.entries(s.frames).map(([id, f]) => [id, f.label]));
  parts.push(
    '<h3>Precision per frame</h3>',
    table(
      ['Frame', 'Precision', '95% interval', 'n', 'Unsure or split', ''],
      Object.values(s.frames).map((f) => [e(f.label), fixed(f.precision), range(f.low, f.high), String(f.n), String(f.unsure), f.n > 0 && f.precision < PRECISION_FLAG ? `<strong>⚠ below ${PRECISION_FLAG}</strong>` : '']),
      [1, 2, 3, 4],
    ),
  );
  if (s.recall) parts.push(`<p><strong>Recall</strong> (estimated from sentences without a hit): ${fixed(s.recall.estimate)} (95%: ${range(s.recall.low, s.recall.high)}); ${e(s.recall.note)}.</p>`);
  if (s.falsePositiveTerms.length) {
    parts.push('<h3>Terms with most false positives</h3>', table(['Term', 'Frame', 'False positives', 'Coded'], s.falsePositiveTerms.map((t) => [e(t.term), e(labels.get(t.frame) ?? t.frame), String(t.falsePositives), String(t.n)]), [2, 3]));
  }
  const v = s.voice;
  parts.push(
    '<h3>Voice: detected against coded</h3>',
    `<p>The detector's voice agrees with the coders' on ${fixed(v.accuracy)} of ${v.n} hits (95%: ${range(v.low, v.high)}). Rows: detected voice; columns: the coders' verdict.</p>`,
    table(['Detected ↓ / coded →', ...v.labels.map(e)], v.labels.map((d) => [e(d), ...v.labels.map((c) => String(v.confusion[d]?.[c] ?? 0))]), [1, 2, 3, 4]),
  );
  parts.push('<h3>Agreement between coders</h3>');
  if (s.alpha) {
    const row = (name: string, a: NonNullable<AgreementSummary['alpha']>['framePresence']) => [name, fixed(a.alpha, 3), range(a.low, a.high), `${fixed(a.percentAgreement * 100, 0)}%`, String(a.units)];
    parts.push(
      table(["Question", "Krippendorff's alpha (nominal)", '95% bootstrap interval', 'Percent agreement', 'Items'], [row('Frame present', s.alpha.framePresence), row('Whose words', s.alpha.voice)], [1, 2, 3, 4]),
      `<p class="how">Alpha of 0.8 or more is the usual standard for relying on coded data; 0.667 to 0.8 allows tentative conclusions only (Krippendorff).</p>`,
    );
  } else parts.push('<p>One coder only: agreement between coders needs a second, independent coded file.</p>');
  parts.push(
    '<details><summary>Coding files and their hashes (provenance)</summary>',
    table(['File', 'Coder', 'Items', 'sha256'], s.files.map((f) => [e(f.path), e(f.coder), String(f.codings), `<code>${e(f.sha256)}</code>`]), [2]),
    '</details>',
  );
  return parts.join('\n');
}
