import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 9, distancing words (distancing.ts)', () => {
  it('a sentence whose only cue is a distancing word keeps its span and its subject for the next sentence', () => {
    const t = 'Der Politologe Dossym Satpajew hält die sogenannten Friedenstruppen für überflüssig. Er sagte, die Lage sei ruhig.';
    expect(rows(t)).toEqual([['distanced', 'sogenannten Friedenstruppen'], ['reported', 'die Lage sei ruhig', 'Der Politologe Dossym Satpajew']]);
    // "so" as an adverb is no frame; "so" opening a clause after a comma is
    expect(rows('Die Lage ist so ruhig wie lange nicht.')).toEqual([]);
    expect(rows('Das Land steht still, so die staatliche Agentur Chabar.')).toEqual([['reported', 'Das Land steht still', 'die staatliche Agentur Chabar']]);
  });

  it('sogenannt / so genannt / angeblich / selbst ernannt cover the word and its noun phrase', () => {
    expect(rows('Die USA riefen, wie üblich in der Anfangsphase von sogenannten bunten Revolutionen, zur Ruhe auf.')).toContainEqual(['distanced', 'sogenannten bunten Revolutionen']);
    expect(rows('Die ersten Teile der so genannten Friedenstruppen sind in Almaty.')).toEqual([['distanced', 'so genannten Friedenstruppen']]);
    expect(rows('Der angebliche Zeuge meldete sich nicht.')).toEqual([['distanced', 'angebliche Zeuge']]);
    expect(rows('Die selbst ernannten Volksrepubliken im Osten bleiben isoliert.')).toEqual([['distanced', 'selbst ernannten Volksrepubliken']]);
    expect(analyze('Die sogenannte Reform stößt auf Kritik.').spans[0]?.cue).toBe('sogenannte');
  });

  it('"sog." (one token with its dot), "so genannte", "sogenannten" distance the phrase they modify', () => {
    expect(rows('Die sog. Friedenstruppe ist eingetroffen.')).toEqual([['distanced', 'sog. Friedenstruppe']]);
    expect(rows('Sie bekämpfen die sog. ausländischen Terroristen.')).toEqual([['distanced', 'sog. ausländischen Terroristen']]);
    expect(rows('Die so genannte Friedenstruppe ist eingetroffen.')).toEqual([['distanced', 'so genannte Friedenstruppe']]);
    expect(rows('Die sogenannten Friedenstruppen sind da.')).toEqual([['distanced', 'sogenannten Friedenstruppen']]);
    expect(voiceOf('Die sog. Friedenstruppe ist eingetroffen.', 'Friedenstruppe')).toEqual({ voice: 'distanced' });
    // negative: "so" alone
    expect(rows('Es kam so, wie alle befürchtet hatten.')).toEqual([]);
  });

  it('a clause-initial "angeblich"/"vermeintlich" distances the rest of its clause; before a word, only that phrase', () => {
    expect(rows('Angeblich wurden Polizisten enthauptet.')).toEqual([['distanced', 'Angeblich wurden Polizisten enthauptet']]);
    expect(voiceOf('Vermeintlich hatten ausländische Kämpfer die Proteste organisiert, doch Beweise fehlen.', 'organisiert')).toEqual({ voice: 'distanced' });
    expect(voiceOf('Vermeintlich hatten ausländische Kämpfer die Proteste organisiert, doch Beweise fehlen.', 'Beweise')).toEqual({ voice: 'authorial' });
    expect(rows('Die Polizei griff ein, angeblich wurden dabei zwei Menschen getötet.')).toEqual([['distanced', 'angeblich wurden dabei zwei Menschen getötet']]);
    expect(rows('Die Polizei schoss, und angeblich starben Dutzende.')).toEqual([['distanced', 'angeblich starben Dutzende']]);
    // hearsay and distancing together: the distanced span nests in the reported one
    expect(rows('Angeblich sollen Polizisten enthauptet worden sein.').map((r) => r[0])).toEqual(['reported', 'distanced']);
    // unchanged: an adverb mid-clause, an attributive use, after "und" before an adjective
    expect(rows('Polizisten wurden angeblich enthauptet.')).toEqual([['distanced', 'angeblich enthauptet']]);
    expect(rows('Die angeblich friedlichen Demonstranten zogen ab.')).toEqual([['distanced', 'angeblich friedlichen Demonstranten']]);
    expect(rows('Demonstranten und angeblich bewaffnete Kämpfer zogen ab.')).toEqual([['distanced', 'angeblich bewaffnete Kämpfer']]);
    expect(rows('Die angebliche Verschwörung ist erfunden.')).toEqual([['distanced', 'angebliche Verschwörung']]);
  });
});
