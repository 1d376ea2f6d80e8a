import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize, type Doc, type VoiceSpan } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, lexiconSchema, match, matchText, parseLexicon, speakerGroup, type CompiledLexicon, type LexiconInput } from './index.js';

const kazakhstan = (() => {
  const path = fileURLToPath(new URL('../../../pipelines/kazakhstan-2022/lexicon.yaml', import.meta.url));
  return compileLexicon(parseLexicon(readFileSync(path, 'utf8'), path).lexicon!);
})();

function compile(frames: LexiconInput['frames'], rest: Partial<LexiconInput> = {}): CompiledLexicon {
  return compileLexicon(lexiconSchema.parse({ name: 't', language: 'de', version: 1, frames, ...rest }));
}

function doc(text: string, extra: Partial<Doc> = {}): Doc {
  return { text, tokens: tokenize(text), sentences: [{ start: 0, end: text.length }], paragraphs: [], spans: [], boilerplate: [], ...extra };
}

/** "frame-id: matched text" for each hit of one kind. */
function found(text: string, c: CompiledLexicon, kind = 'frame'): string[] {
  return matchText(text, c)
    .filter((h) => h.kind === kind)
    .map((h) => `${h.category}: ${text.slice(h.start, h.end)}`);
}

describe('match: forms of a term', () => {
  it('matches inflected multi-word terms by stem (bunte Revolution → bunten Revolutionen)', () => {
    const text = 'Die USA riefen, wie üblich in der Anfangsphase von sogenannten bunten Revolutionen, »beide Seiten zu Zurückhaltung« auf.';
    expect(found(text, kazakhstan)).toEqual(['foreign-interference: bunten Revolutionen']);
  });

  it('treats hyphenated and closed spellings alike (Anti-Terror-Operation, Antiterroroperation)', () => {
    const a = '«Die Anti-Terror-Operation zur Herstellung der öffentlichen Ordnung wird in Almaty fortgesetzt», hieß es dort.';
    const b = 'eine »Antiterroroperation« verkündet';
    expect(found(a, kazakhstan)).toEqual(['terror-extremism: Anti-Terror-Operation', 'peacekeeping: öffentlichen Ordnung']);
    expect(found(b, kazakhstan)).toEqual(['terror-extremism: Antiterroroperation']);
  });

  it('matches compounds only where the lexicon says so', () => {
    const c = compile([
      { id: 'force', label: 'F', description: 'd', terms: [{ term: 'Truppen', match: 'compound-part' }] },
      { id: 'unit', label: 'U', description: 'd', terms: ['Kontingent'] },
    ]);
    expect(found('OVKS-Truppen, Friedenstruppen, Luftlandetruppen und die Truppen', c)).toEqual([
      'force: OVKS-Truppen', 'force: Friedenstruppen', 'force: Luftlandetruppen', 'force: Truppen',
    ]);
    // the head decides: a Truppenkontingent is a Kontingent, and stem mode does not look inside compounds
    expect(found('Die Stärke des Truppenkontingents und des Kontingents', c)).toEqual(['unit: Kontingents']);
  });

  it('prefix mode matches word beginnings; exact mode does not inflect', () => {
    const c = compile([
      { id: 'terror', label: 'T', description: 'd', terms: [{ term: 'Terror*', match: 'prefix' }] },
      { id: 'state', label: 'S', description: 'd', terms: [{ term: 'Staatlichkeit', match: 'exact' }] },
    ]);
    expect(found('Terroranschläge und Terrorismus, nie eine eigene Staatlichkeit, nach staatlichen Angaben, das Terrain', c)).toEqual([
      'terror: Terroranschläge', 'terror: Terrorismus', 'state: Staatlichkeit',
    ]);
  });

  it('honours exclude and forms', () => {
    const text = 'wegen verdoppelter Flüssiggaspreise; den Friedensnobelpreis; die Preise für Benzin';
    expect(found(text, kazakhstan)).toEqual(['socio-economic: Flüssiggaspreise', 'socio-economic: Preise']);
    expect(found('Mangels freier Medien', kazakhstan)).toEqual(['information-blackout: freier Medien']);
  });
});

describe('match: longest match, no double counting', () => {
  const c = compile([
    { id: 'terror', label: 'T', description: 'd', terms: ['Terroristen', 'terroristische Banden', 'terroristische und extremistische Banden', { term: 'Banden', match: 'exact' }] },
    { id: 'foreign', label: 'F', description: 'd', terms: ['aus dem Ausland'] },
  ]);

  it('takes the longest term and counts each word once per layer', () => {
    const text = 'Tokajews Einstufung der Unruhen als »Angriff terroristischer und extremistischer Banden aus dem Ausland«.';
    expect(found(text, c)).toEqual(['terror: terroristischer und extremistischer Banden', 'foreign: aus dem Ausland']);
    expect(found('«Terroristische Banden» hätten sich dort einen Kampf geliefert', c)).toEqual(['terror: Terroristische Banden']);
  });

  it('does not join words across punctuation, but across quotation marks', () => {
    expect(found('gegen Terroristen, Banden und Diebe', c)).toEqual(['terror: Terroristen', 'terror: Banden']);
    expect(found('»terroristische« Banden', c)).toEqual(['terror: terroristische« Banden']);
  });

  it('keeps frames, referents and claims as separate layers', () => {
    const text = 'Jetzt gilt der Schießbefehl auf Demonstranten ohne Vorwarnung.';
    const hits = matchText(text, kazakhstan).map((h) => `${h.kind} ${h.category}: ${text.slice(h.start, h.end)}`);
    expect(hits).toEqual([
      'frame state-violence: Schießbefehl',
      'claim shoot-without-warning: Schießbefehl',
      'frame protest-unrest: Demonstranten',
      'referent protesters: Demonstranten',
      'claim shoot-without-warning: ohne Vorwarnung',
    ]);
  });

  it('gives the same counts as a hand count on a seed paragraph (003, "Blockaden im Internet")', () => {
    const text =
      'Erschwert wird die Informationslage durch wiederholte Blockaden des Internets in Kasachstan. Bereits am Mittwoch wurde das Netz über Stunden abgeschaltet - vermutlich, um neue Versammlungen zu erschweren. Mehrere Fernsehsender stellten den Betrieb ein. In der Nacht zu Donnerstag waren dann erneut Webseiten von Behörden, Polizei und Flughäfen nicht zu erreichen, wie die russische Staatsagentur Tass berichtete. Auch aus Deutschland waren Internetseiten wie die der staatlichen Nachrichtenagentur Kazinform und anderer Medien nicht abrufbar.\n\nIn Almaty herrschte laut Tass ein kompletter Internetausfall, soziale Netzwerke als zentrales Koordinierungsinstrument von Demonstranten waren damit lahmgelegt.';
    const hits = matchText(text, kazakhstan);
    const count = (kind: string, category: string) => hits.filter((h) => h.kind === kind && h.category === category).length;
    expect(count('frame', 'information-blackout')).toBe(5); // Blockaden des Internets, abgeschaltet, nicht zu erreichen, nicht abrufbar, Internetausfall
    expect(count('frame', 'protest-unrest')).toBe(1); // Demonstranten
    expect(count('claim', 'internet-shutdown')).toBe(3); // Blockaden des Internets, abgeschaltet, Internetausfall
    expect(count('referent', 'security-forces')).toBe(1); // Polizei
    expect(hits).toHaveLength(5 + 1 + 3 + 1 + 1); // + referent protesters: Demonstranten
  });
});

describe('match: document structure', () => {
  it('skips boilerplate and numbers sentences', () => {
    const text = 'Bereitschaftspolizisten blockieren eine Straße, um Demonstranten aufzuhalten. Foto: dpa\nDie Proteste gingen weiter. Demonstranten besetzten den Flughafen.';
    const caption = { start: 0, end: text.indexOf('\n'), reason: 'caption' as const };
    const s2 = text.indexOf('Demonstranten besetzten');
    const d = doc(text, {
      boilerplate: [caption],
      sentences: [{ start: 0, end: caption.end }, { start: caption.end + 1, end: s2 - 1 }, { start: s2, end: text.length }],
    });
    const hits = match(d, kazakhstan).filter((h) => h.kind === 'frame');
    expect(hits.map((h) => [text.slice(h.start, h.end), h.sentence])).toEqual([
      ['Proteste', 1],
      ['Demonstranten', 2],
    ]);
  });

  it('takes voice, cue and speaker from the innermost non-name span, and the speaker group', () => {
    const text = '„Terroristische Banden“ haben die „Friedenstruppe“ gerufen, sagte der kasachische Präsident Kassym-Schomart Tokajew im Sender „Khabar Friedenstruppe“. Die Demonstranten protestieren.';
    const quoteEnd = text.indexOf(', sagte');
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const spans: VoiceSpan[] = [
      { start: 0, end: quoteEnd, voice: 'quoted', speaker: 'der kasachische Präsident Kassym-Schomart Tokajew', cue: 'sagte' },
      { ...at('„Friedenstruppe“'), voice: 'distanced', cue: '„…“' },
      { ...at('„Khabar Friedenstruppe“'), voice: 'name' },
    ];
    const hits = match(doc(text, { spans }), kazakhstan).filter((h) => h.kind === 'frame');
    expect(hits.map((h) => ({ text: text.slice(h.start, h.end), voice: h.voice, speaker: h.speaker, group: h.speakerGroup, cue: h.cue }))).toEqual([
      { text: 'Terroristische Banden', voice: 'quoted', speaker: 'der kasachische Präsident Kassym-Schomart Tokajew', group: 'kazakh-authorities', cue: 'sagte' },
      { text: 'Friedenstruppe', voice: 'distanced', speaker: 'der kasachische Präsident Kassym-Schomart Tokajew', group: 'kazakh-authorities', cue: '„…“' },
      { text: 'Friedenstruppe', voice: 'authorial', speaker: undefined, group: undefined, cue: undefined },
      { text: 'Demonstranten', voice: 'authorial', speaker: undefined, group: undefined, cue: undefined },
    ]);
  });

  it('resolves speaker phrases to groups: longest name, then the later one', () => {
    const group = (p: string) => speakerGroup(kazakhstan, p);
    expect(group('der kasachische Präsident Kassym-Schomart Tokajew')).toBe('kazakh-authorities');
    expect(group('der armenische Präsident Nikol Paschinjan')).toBe('csto');
    expect(group('Russlands Präsident Wladimir Putin')).toBe('russian-state');
    expect(group('das russische Außenministerium')).toBe('russian-state');
    expect(group('der Sprecher des US-Außenministeriums, Ned Price')).toBe('western-governments');
    expect(group('die staatliche Nachrichtenagentur Chabar')).toBe('kazakh-authorities');
    expect(group('der russischen Nachrichtenagentur Interfax')).toBe('media-and-agencies');
    expect(group('der russische Politologe Juri Solosubow')).toBe('experts');
    expect(group('nach Angaben mehrerer Telegram-Kanäle')).toBe('media-and-agencies');
    expect(group('der Polizei')).toBe('kazakh-authorities');
    expect(group('anonymous')).toBeUndefined();
  });
});

describe('compileLexicon', () => {
  it('hashes a canonical JSON: key order does not matter, content does', () => {
    const a = compile([{ id: 'x', label: 'X', description: 'd', terms: ['Terror'] }]);
    const b = compileLexicon(lexiconSchema.parse({ frames: [{ terms: ['Terror'], description: 'd', label: 'X', id: 'x' }], version: '1', language: 'de', name: 't' }));
    const c = compile([{ id: 'x', label: 'X', description: 'd', terms: ['Terroristen'] }]);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('lists the stems it covers', () => {
    expect(kazakhstan.coveredStems.has('terrorband')).toBe(true);
    expect(kazakhstan.coveredStems.has('revolution')).toBe(true);
    expect(kazakhstan.coveredStems.has('antiterroroperation')).toBe(true);
    expect(kazakhstan.coveredStems.has('almaty')).toBe(false);
    // hyphenated terms also as the text layer stems tokens, so lexicon gaps do not list them
    expect(kazakhstan.coveredStems.has(tokenize('Corona-Revolution')[0]!.stem)).toBe(true);
  });
});
