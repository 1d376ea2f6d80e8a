/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * Voice colours: own voice dark blue; the voices of others in orange, sky blue and vermilion;
 * negated hits ("kein Terrorist": the frame rejected, never own-voice use; ReportData marks them
 * `excluded: 'negated'`, or a future pipeline may give them a voice of their own) reddish purple.
 */
export const VOICE_COLOURS: Record<string, string> = {
  authorial: '#0072B2',
  quoted: '#E69F00',
  reported: '#56B4E9',
  distanced: '#D55E00',
  negated: '#CC79A7',
};

export const VOICE_LABELS: Record<string, string> = {
  authorial: 'own voice (authorial)',
  quoted: 'quoted',
  reported: 'reported speech',
  distanced: 'distanced (scare quotes, "so-called")',
  negated: 'negated or rejected ("no terrorists")',
};

/** Colour of a voice the page does not know yet (a newer pipeline's category): a neutral grey. */
export const OTHER_VOICE_COLOUR = '#8c8c8c';

/**
 * The voices of some rows in page order: the known ones first (VOICE_COLOURS' order), then any
 * other value the data carry, sorted, so a new voice category shows up with its own entry.
 */
export function voiceOrder(voices: Iterable<string>): string[] {
  const present = new Set(voices);
  const known = Object.keys(VOICE_COLOURS);
  return [...known.filter((v) => present.has(v)), ...[...present].filter((v) => !known.includes(v)).sort()];
}

/** The voices the page lists (explorer filter, method, reader legend): the four every run has, and any other the data carry. */
export function pageVoices(data: { evidence: readonly { voice: string; excluded?: string }[]; outletFrameVoices: readonly { voice: string }[] }): string[] {
  // a hit inside a negation ("kein Terrorist") is listed under "negated", never as use
  const negated = data.evidence.some((r) => r.excluded === 'negated') ? ['negated'] : [];
  return voiceOrder(['authorial', 'quoted', 'reported', 'distanced', ...negated, ...data.evidence.map((r) => r.voice), ...data.outletFrameVoices.map((r) => r.voice)]);
}

export function voiceLabel(voice: string): string {
  return VOICE_LABELS[voice] ?? voice;
}

export function voiceColour(voice: string): string {
  return VOICE_COLOURS[voice] ?? OTHER_VOICE_COLOUR;
}

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
