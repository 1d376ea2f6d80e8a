/**
 * Column labels of the heatmap-like charts (frame profile, claims): horizontal, wrapped onto a few
 * lines as wide as their column, instead of slanted labels that took about 140 px above the first
 * row. The outlets are the rows, so with 5 or with 30 outlets the labels take the same few lines.
 * A column is made wide enough for the longest piece of a label (a word, or the part of a
 * hyphenated word up to its hyphen), so no label is cut short ("…").
 *
 * @example
 * wrapColumnLabel('Shoot-without-warning order', 12) // ['Shoot-', 'without-', 'warning', 'order']
 * columnLabels(['Foreign interference / colour revolution', 'Peacekeeping'], 78).step // 87
 */

/** Width of an 11 px label character, on the generous side (DejaVu Sans, Helvetica). */
const CHAR_PX = 6.2;
/** Free space either side of a label inside its column. */
const PAD_PX = 6;
/** Height of a label line. */
const LINE_PX = 13;
/** Between the axis and a label's last line. */
const PADDING_PX = 4;
/** The widest a column grows for one long word (about 24 characters). */
const MAX_STEP = 170;

/** The pieces a label may break after: words, and hyphenated words after each hyphen. */
function pieces(text: string): { piece: string; space: boolean }[] {
  return text.split(/\s+/).filter(Boolean).flatMap((word) => word.split(/(?<=-)(?=.)/).map((piece, i) => ({ piece, space: i === 0 })));
}

/** `text` in lines of at most `maxChars` characters, broken at spaces and after hyphens (a longer piece stays whole). */
export function wrapColumnLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const { piece, space } of pieces(text)) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? undefined : `${last}${space ? ' ' : ''}${piece}`;
    if (joined !== undefined && joined.length <= maxChars) lines[lines.length - 1] = joined;
    else lines.push(piece);
  }
  return lines;
}

/** The column width (`step`) and the top axis that shows `labels` wrapped in it. */
export function columnLabels(labels: readonly string[], minStep: number): { step: number; axis: Record<string, unknown> } {
  const longest = Math.max(0, ...labels.flatMap((l) => pieces(l).map((p) => p.piece.length)));
  const step = Math.min(MAX_STEP, Math.max(minStep, Math.ceil(longest * CHAR_PX + 2 * PAD_PX)));
  const chars = Math.max(1, Math.floor((step - 2 * PAD_PX) / CHAR_PX));
  const wrapped = labels.map((l) => ({ label: l, lines: wrapColumnLabel(l, chars) })).filter((w) => w.lines.length > 1);
  const labelExpr = wrapped.reduce((expr, w) => `datum.value === ${JSON.stringify(w.label)} ? ${JSON.stringify(w.lines)} : ${expr}`, 'datum.value');
  // Vega writes the lines of a label downwards from its anchor, whatever the baseline: a label's
  // padding grows by its extra lines, so that its last line sits on the axis, above the first row
  const labelPadding = wrapped.length === 0 ? PADDING_PX : {
    condition: wrapped.map((w) => ({ test: `datum.value === ${JSON.stringify(w.label)}`, value: PADDING_PX + (w.lines.length - 1) * LINE_PX })),
    value: PADDING_PX,
  };
  return {
    step,
    axis: { orient: 'top', labelAngle: 0, labelAlign: 'center', labelBaseline: 'bottom', labelPadding, labelLineHeight: LINE_PX, labelLimit: step - 2, labelExpr },
  };
}
