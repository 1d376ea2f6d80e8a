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
