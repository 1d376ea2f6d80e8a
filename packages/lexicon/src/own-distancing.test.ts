import { describe, expect, it } from 'vitest';
import { voiceAt } from './index.js';

// voiceAt: a distancing word inside reported speech is the outlet's own distancing (no speaker taken
// from the attribution around it); a scare quote or a distancing word inside a quotation keeps the
// quoted speaker. Text: "Die Agentur meldete, die so genannten Friedenstruppen seien gelandet."
describe('voiceAt and distancing words', () => {
  const reported = { start: 21, end: 66, voice: 'reported' as const, speaker: 'Die Agentur', cue: 'meldete' };
  it('a distancing word inside reported speech: distanced, no speaker', () => {
    const word = { start: 25, end: 53, voice: 'distanced' as const, cue: 'so genannten' };
    expect(voiceAt([reported, word], 38, 53)).toEqual({ voice: 'distanced', cue: 'so genannten' });
  });
  it('look-alikes: a scare quote inside reported speech, a distancing word inside a quotation keep the speaker', () => {
    const scare = { start: 38, end: 55, voice: 'distanced' as const, cue: '„…“' };
    expect(voiceAt([reported, scare], 39, 54)).toEqual({ voice: 'distanced', speaker: 'Die Agentur', cue: '„…“' });
    const quoted = { ...reported, voice: 'quoted' as const, cue: '„…“' };
    const word = { start: 25, end: 53, voice: 'distanced' as const, cue: 'so genannten' };
    expect(voiceAt([quoted, word], 38, 53)).toEqual({ voice: 'distanced', speaker: 'Die Agentur', cue: 'so genannten' });
  });
});
