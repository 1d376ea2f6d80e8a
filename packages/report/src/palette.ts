/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Voice colours: own voice dark blue; the voices of others in orange, sky blue and vermilion. */
export const VOICE_COLOURS: Record<string, string> = {
  authorial: '#0072B2',
  quoted: '#E69F00',
  reported: '#56B4E9',
  distanced: '#D55E00',
};

export const VOICE_LABELS: Record<string, string> = {
  authorial: 'own voice (authorial)',
  quoted: 'quoted',
  reported: 'reported speech',
  distanced: 'distanced (scare quotes, "so-called")',
};

/** Vega's tableau20: pairs of a dark and a light tint, for more categories than Okabe–Ito has. */
const TABLEAU20 = ['#4c78a8', '#9ecae9', '#f58518', '#ffbf79', '#54a24b', '#88d27a', '#b79a20', '#f2cf5b', '#439894', '#83bcb6', '#e45756', '#ff9d98', '#79706e', '#bab0ac', '#d67195', '#fcbfd2', '#b279a2', '#d6a5c9', '#9e765f', '#d8b5a5'];

/**
 * Colours for `n` categories, none repeated where possible: Okabe–Ito (colour-blind safe) up
 * to 8, tableau20 up to 20 (a repeated colour would make two labels look like one).
 */
export function categoricalRange(n: number): string[] {
  const palette = n <= OKABE_ITO.length ? OKABE_ITO : TABLEAU20;
  return Array.from({ length: n }, (_, i) => palette[i % palette.length]!);
}
