import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// colon-paragraph.ts: speaker + colon ending the paragraph, the quotation in the next (review F1c).
describe('pass: a colon at the paragraph end and the quotation in the next paragraph (colon-paragraph.ts)', () => {
  it('the speaker of the colon sentence keeps the quotation, marked or not', () => {
    const t = 'Die Oppositionsführerin schrieb am Abend auf Instagram:\n\n„Wir geben nicht auf. Die Wahl war gefälscht.“\n\nDie Polizei schwieg.';
    expect(voiceOf(t, 'gefälscht')).toEqual({ voice: 'quoted', speaker: 'Die Oppositionsführerin' });
    expect(voiceOf(t, 'Polizei')).toEqual({ voice: 'authorial' });
    const plain = 'Der Trainer sagte nach dem Spiel:\n\nWir haben verdient verloren. Die zweite Halbzeit war schwach.';
    expect(voiceOf(plain, 'Halbzeit')).toEqual({ voice: 'quoted', speaker: 'Der Trainer' });
  });

  it('a documenting sentence ("Wir dokumentieren …", "im Wortlaut") takes the person of the sentence before', () => {
    const t = 'Am Abend wandte sich die Kanzlerin an die Bürger. Wir dokumentieren die Rede im Wortlaut:\n\n»Liebe Mitbürgerinnen und Mitbürger, es ist ernst.«';
    expect(voiceOf(t, 'ernst')).toEqual({ voice: 'quoted', speaker: 'die Kanzlerin' });
  });

  it('"heißt es" with a source: the source, or a document\'s issuer; an unnamed document: the subject before', () => {
    expect(voiceOf('Dazu heißt es in der Mitteilung der Feuerwehr:\n\n„Die Einsatzkräfte wurden behindert.“', 'behindert')).toEqual({ voice: 'quoted', speaker: 'der Feuerwehr' });
    expect(voiceOf('Aus dem Rathaus hieß es:\n\n„Wir prüfen den Antrag.“', 'Antrag')).toEqual({ voice: 'quoted', speaker: 'dem Rathaus' });
    expect(voiceOf('Die Botschaft äußerte sich knapp. In einer Erklärung hieß es:\n\n„Wir beobachten die Lage.“', 'beobachten')).toEqual({ voice: 'quoted', speaker: 'Die Botschaft' });
  });

  it('look-alikes: a colon without a speaker (a programme, a list heading); a quotation with its own frame', () => {
    expect(rows('Die Zutaten:\n\nMehl, Zucker und zwei Eier.')).toEqual([]);
    const own = 'Der Minister äußerte sich auf X:\n\n„Das ist ein guter Tag“, sagte ein Sprecher des Ministeriums.';
    expect(voiceOf(own, 'Tag')).toEqual({ voice: 'quoted', speaker: 'ein Sprecher des Ministeriums' });
  });
});
