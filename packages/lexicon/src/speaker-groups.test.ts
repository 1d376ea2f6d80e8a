// Speaker groups use the whole noun phrase: another country's qualifier anywhere in it (adjective or
// genitive) rules out a group that lists a bare title ("Präsident"), when the group says so.
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile.js';
import { match, speakerGroup } from './match.js';
import { lexiconSchema } from './schema.js';

const compiled = compileLexicon(
  lexiconSchema.parse({
    name: 'kazakhstan',
    language: 'de',
    version: 1,
    frames: [{ id: 'order', label: 'Order', description: 'd', terms: ['Kontrolle'] }],
    speakers: [
      { id: 'kazakh-authorities', label: 'Kazakh authorities', names: ['Tokajew', 'Präsident', 'Regierung'], exclude: ['russisch', 'Russlands', 'armenisch'] },
      { id: 'russian-state', label: 'Russian state', names: ['Putin', 'Kreml', 'russische Präsident'] },
      { id: 'csto', label: 'CSTO', names: ['Paschinjan'] },
    ],
  }),
);

describe('speakerGroup with the whole noun phrase', () => {
  it('the bare title still finds the group', () => {
    expect(speakerGroup(compiled, 'der Präsident')).toBe('kazakh-authorities');
    expect(speakerGroup(compiled, 'der kasachische Präsident Kassym-Schomart Tokajew')).toBe('kazakh-authorities');
  });

  it('a qualifier the group excludes rules it out: adjective and genitive', () => {
    expect(speakerGroup(compiled, 'der russische Präsident')).toBe('russian-state');
    // the genitive: the spokesman speaks for the Russian president ("russische Präsident" is a name of that group)
    expect(speakerGroup(compiled, 'Ein Sprecher des russischen Präsidenten')).toBe('russian-state');
    expect(speakerGroup(compiled, 'der Präsident Russlands')).toBeUndefined();
    expect(speakerGroup(compiled, 'die russische Regierung')).toBeUndefined();
  });

  it('a name of another group in the phrase still wins', () => {
    expect(speakerGroup(compiled, 'der armenische Regierungschef Nikol Paschinjan')).toBe('csto');
    expect(speakerGroup(compiled, 'der russische Präsident Wladimir Putin')).toBe('russian-state');
  });

  it('on a hit in reported speech', () => {
    const text = 'Ein Sprecher des russischen Präsidenten sagte, die Lage sei unter Kontrolle. Der Präsident sagte, Almaty sei unter Kontrolle.';
    const hits = match(analyze(text), compiled).map((h) => [h.speaker, h.speakerGroup]);
    expect(hits).toEqual([
      ['Ein Sprecher des russischen Präsidenten', 'russian-state'],
      ['Der Präsident', 'kazakh-authorities'],
    ]);
  });
});
