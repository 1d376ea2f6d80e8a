/**
 * Choose which points of a scatter get a text label, and where, so no two labels overlap and
 * none leaves the plot: in priority order each label tries four spots around its point (right
 * above, right below, left above, left below) and is dropped when none is free. Widths are
 * estimated generously (0.65 em per character), so real text never needs more room than this.
 */

/** Where a label sits relative to its point: text alignment and offset in pixels. */
export const SPOTS = [
  { align: 'left', dx: 5, dy: -6 },
  { align: 'left', dx: 5, dy: 7 },
  { align: 'right', dx: -5, dy: -6 },
  { align: 'right', dx: -5, dy: 7 },
] as const;

export interface LabelCandidate {
  /** the point in pixels, origin top left */
  x: number;
  y: number;
  text: string;
}

interface Box { x0: number; y0: number; x1: number; y1: number }

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a label takes at a spot (text baseline middle, `fontSize` px). */
export function labelBox(c: LabelCandidate, spot: number, fontSize: number): Box {
  const s = SPOTS[spot]!;
  const w = [...c.text].length * fontSize * 0.65 + 2;
  const h = fontSize * 1.3;
  const x = c.x + s.dx;
  const y = c.y + s.dy;
  return { x0: s.align === 'left' ? x : x - w, x1: s.align === 'left' ? x + w : x, y0: y - h / 2, y1: y + h / 2 };
}

/**
 * For candidates in priority order: the spot index of each placed label (undefined: not
 * labelled), at most `max` labels, inside width × height.
 */
export function placeLabels(candidates: readonly LabelCandidate[], size: { width: number; height: number }, fontSize: number, max: number): (number | undefined)[] {
  const placed: Box[] = [];
  return candidates.map((c) => {
    if (placed.length >= max) return undefined;
    for (let spot = 0; spot < SPOTS.length; spot++) {
      const box = labelBox(c, spot, fontSize);
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      return spot;
    }
    return undefined;
  });
}

/** Vega's symlog transform, the scale the scatter uses: sign(x) · log1p(|x| / constant). */
export function symlog(x: number, constant: number): number {
  return Math.sign(x) * Math.log1p(Math.abs(x) / constant);
}
