import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { tokenFlags, tokenize } from './tokenize.js';
import type { VoiceSpan } from './types.js';
import { ADJECTIVE_ENDING, ANALYSE, ATTRIBUTION, CUE, DETERMINER, FINITE, formFlags, FUNCTION_WORD, isCue, MAY_DISTANCE, MAY_QUOTE, PREPOSITION, PRONOUN } from './voice-cues.js';
import { DETERMINERS, FINITE_VERBS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS } from './voice-lexicon.js';
import { isUpper } from './voice-units.js';

/** Spans of `text` as [voice, covered text, speaker?] rows, in output order. */
function rows(text: string): [string, string, string?][] {
  return analyze(text).spans.map((s) => (s.speaker === undefined ? [s.voice, text.slice(s.start, s.end)] : [s.voice, text.slice(s.start, s.end), s.speaker]));
}

/** The voice of the first occurrence of `word` (innermost non-name span, as lexicon.match reads it). */
function voiceOf(text: string, word: string): { voice: string; speaker?: string } {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`not in text: ${word}`);
  const end = start + word.length;
  let inner: VoiceSpan | undefined;
  for (const s of analyze(text).spans) {
    if (s.voice === 'name' || s.start > start || s.end < end) continue;
    if (!inner || s.start > inner.start || (s.start === inner.start && s.end < inner.end)) inner = s;
  }
  return inner === undefined ? { voice: 'authorial' } : inner.speaker === undefined ? { voice: inner.voice } : { voice: inner.voice, speaker: inner.speaker };
}

describe('quoted: direct quotation in every convention', () => {
  it('„…“ with the speaker after it (Kleine Zeitung)', () => {
    const t = '„Alle verstehen, dass die OVKS vor allem Russland repräsentiert“, erklärt der kasachische Politologe Dossym Satpajew.';
    expect(rows(t)).toEqual([['quoted', '„Alle verstehen, dass die OVKS vor allem Russland repräsentiert“', 'der kasachische Politologe Dossym Satpajew']]);
  });

  it('a quotation over several sentences, comma inside the marks, keeps the speaker (Kleine Zeitung)', () => {
    const t = '„Das ist eine Corona-Revolution. Die Pandemie hat viele Familienväter an den Rand des Ruins gedrängt,“ sagt der Politologe.';
    expect(rows(t)).toEqual([['quoted', t.slice(0, t.indexOf(' sagt')), 'der Politologe']]);
  });

  it('«…» (dpa) with an apposition speaker', () => {
    const t = '«Wir bitten alle Kasachen, die Pressefreiheit zu respektieren», erklärte der Sprecher des US-Außenministeriums, Ned Price.';
    expect(rows(t)).toEqual([['quoted', '«Wir bitten alle Kasachen, die Pressefreiheit zu respektieren»', 'der Sprecher des US-Außenministeriums, Ned Price']]);
  });

  it('»…« (nd, junge Welt) after a speech verb and a Konjunktiv I frame', () => {
    const t = 'Der armenische Regierungschef Nikol Paschinjan kündigte auf Facebook an, die Organisation werde »kollektive Friedenstruppen für einen begrenzten Zeitraum nach Kasachstan entsenden, um die Situation zu stabilisieren und zu normalisieren«.';
    expect(voiceOf(t, 'stabilisieren')).toEqual({ voice: 'quoted', speaker: 'Der armenische Regierungschef Nikol Paschinjan' });
    expect(voiceOf(t, 'Organisation')).toEqual({ voice: 'reported', speaker: 'Der armenische Regierungschef Nikol Paschinjan' });
  });

  it('"…" after a colon, ‚…‘ nested inside „…“, ›…‹ inside »…«', () => {
    expect(rows('Der Minister sagte: "Wir werden nicht nachgeben."')).toEqual([['quoted', '"Wir werden nicht nachgeben."', 'Der Minister']]);
    const nested = 'Sie sagte: „Er rief: ‚Wir bleiben hier!‘ Dann ging er.“';
    expect(rows(nested)).toEqual([
      ['quoted', '„Er rief: ‚Wir bleiben hier!‘ Dann ging er.“', 'Sie'],
      ['quoted', '‚Wir bleiben hier!‘'],
    ]);
    // a short nested quotation without a clause is the speaker's scare quote
    expect(rows('Sie sagte: „Das war eine ‚Reform‘, mehr nicht.“').map((r) => r[0])).toEqual(['quoted', 'distanced']);
    const guillemets = 'Er schrieb: »Das Wort ›Frieden‹ hat hier keinen Sinn mehr.«';
    expect(rows(guillemets).map((r) => r[1])).toEqual(['»Das Wort ›Frieden‹ hat hier keinen Sinn mehr.«', '›Frieden‹']);
  });

  it('a quotation running over paragraphs (each paragraph re-opens with a mark, only the last closes)', () => {
    const t = 'Der Bürgermeister sagte: „Wir haben alles versucht.\n\n„Jetzt ist der Bund gefordert.“ Danach ging er.';
    expect(rows(t)).toEqual([['quoted', '„Wir haben alles versucht.\n\n„Jetzt ist der Bund gefordert.“', 'Der Bürgermeister']]);
  });

  it('an unbalanced mark closes at its paragraph end and does not swallow the article', () => {
    const t = 'Ein offenes „Zeichen ohne Ende in diesem Absatz bleibt offen.\n\nDie Demonstranten zogen weiter.';
    expect(analyze(t).spans.every((s) => s.end <= t.indexOf('\n\n'))).toBe(true);
    expect(voiceOf(t, 'Demonstranten').voice).toBe('authorial');
  });

  it('a sentence that is only a quotation continues the speaker before it', () => {
    const t = '„Wir sind bereit“, sagte Scholz. „Aber nicht um jeden Preis.“';
    expect(rows(t)).toEqual([
      ['quoted', '„Wir sind bereit“', 'Scholz'],
      ['quoted', '„Aber nicht um jeden Preis.“', 'Scholz'],
    ]);
  });
});

describe('distanced: scare quotes and distancing words', () => {
  it('a one-word quotation that is not speech (Kleine Zeitung „Friedenstruppe“, nd »Antiterroroperation«)', () => {
    const kz = 'Sie gehören zu der „Friedenstruppe“, die die von Russland geführte „Organisation des Vertrags über kollektive Sicherheit“ (OVKS) nach Kasachstan in Bewegung gesetzt hat.';
    expect(rows(kz)).toEqual([
      ['distanced', '„Friedenstruppe“'],
      ['name', '„Organisation des Vertrags über kollektive Sicherheit“'],
    ]);
    const nd = 'Der kasachische Präsident Kassym-Schomart Tokajew hatte noch am Dienstagabend den Ausnahmezustand auf das gesamte Land ausgeweitet, eine »Antiterroroperation« verkündet und die Streitkräfte in Alarmbereitschaft versetzt.';
    expect(voiceOf(nd, 'Antiterroroperation').voice).toBe('distanced');
    expect(voiceOf('Eine für den Donnerstag angekündigte »Säuberungsaktion« im Stadtzentrum von Almaty lief erst mit mehrstündiger Verzögerung an.', 'Säuberungsaktion').voice).toBe('distanced');
  });

  it('„Smuta“ is quoted when a naming verb attributes it, distanced when it stands alone (Augsburger Allgemeine)', () => {
    expect(voiceOf('Kommentatoren bezeichnen den Aufstand in Kasachstan als „Smuta“.', 'Smuta')).toEqual({ voice: 'quoted', speaker: 'Kommentatoren' });
    expect(voiceOf('Kommentatoren bezeichnen den Aufstand in Kasachstan als „Smuta“.', 'Aufstand').voice).toBe('authorial');
    expect(voiceOf('Die Verantwortlichen für die „Smuta“ im Nachbarland stehen für die staatlichen Medien bereits fest.', 'Smuta').voice).toBe('distanced');
  });

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
});

describe('name: quoted proper names are not distancing', () => {
  it('after a common noun that introduces a name (Portal, Zeitung, Investigativmedium)', () => {
    expect(rows('Sie nahmen gestern laut dem Portal „Vlast“ allein in Almaty etwa 2000 Menschen fest.')).toContainEqual(['name', '„Vlast“']);
    expect(rows('Die Zeitung „Bild“ berichtete zuerst darüber.')).toEqual([['name', '„Bild“']]);
    expect(rows('Einem Bericht des russischen Investigativmediums »The Insider« zufolge ist er nach Dubai geflogen.')).toContainEqual(['name', '»The Insider«']);
  });

  it('a name is transparent: a term inside takes the enclosing voice', () => {
    const t = 'Sie gehören zu der von Russland geführten „Organisation des Vertrags über kollektive Sicherheit“.';
    expect(voiceOf(t, 'Sicherheit').voice).toBe('authorial');
  });
});

describe('reported: indirect speech and attributed claims', () => {
  it('Konjunktiv I after a speech verb: the span is the claim, not the sentence', () => {
    expect(rows('Die Regierung erklärte, die Lage sei unter Kontrolle.')).toEqual([['reported', 'die Lage sei unter Kontrolle', 'Die Regierung']]);
    const nd = 'Die Proteste seien ein ausländischer Versuch, die Sicherheit und Integrität Kasaschstans durch Gewalt zu untergraben, erklärte das russische Außenministerium in einer Stellungnahme am frühen Donnerstagnachmittag.';
    expect(rows(nd)).toEqual([['reported', 'Die Proteste seien ein ausländischer Versuch, die Sicherheit und Integrität Kasaschstans durch Gewalt zu untergraben', 'das russische Außenministerium']]);
  });

  it('Konjunktiv I continuing a quotation takes its speaker (Kleine Zeitung)', () => {
    const t = '„Mit seiner Bitte hat Tokajew nicht nur die ganze Schwäche der kasachischen Staatsmacht gezeigt.“ Tokajew habe den ersten Schritt zum Verlust der staatlichen Souveränität Kasachstans getan.';
    const withSpeaker = `„Alle verstehen das“, erklärt der kasachische Politologe Dossym Satpajew. ${t}`;
    expect(voiceOf(withSpeaker, 'Souveränität')).toEqual({ voice: 'reported', speaker: 'der kasachische Politologe Dossym Satpajew' });
  });

  it('Konjunktiv II in a speech frame (dpa): «Terroristische Banden» hätten …, sagte Tokajew', () => {
    const t = '«Terroristische Banden» hätten sich dort einen Kampf mit Fallschirmjägern geliefert, sagte Tokajew in einer Fernsehansprache.';
    expect(rows(t)).toEqual([
      ['reported', '«Terroristische Banden» hätten sich dort einen Kampf mit Fallschirmjägern geliefert', 'Tokajew'],
      ['quoted', '«Terroristische Banden»', 'Tokajew'],
    ]);
    expect(voiceOf(t, 'Fernsehansprache').voice).toBe('authorial');
  });

  it('hearsay modals: soll … haben, sollen … worden sein', () => {
    expect(rows('Mehrere Häuser sollen zerstört worden sein.')).toEqual([['reported', 'Mehrere Häuser sollen zerstört worden sein', 'anonymous']]);
    const nd = 'Altpräsident Nursultan Nasarbajew, gegen den sich die Proteste richten, soll Kasachstan verlassen haben.';
    expect(voiceOf(nd, 'Kasachstan verlassen').voice).toBe('reported');
    expect(voiceOf(nd, 'Proteste').voice).toBe('authorial');
    // obligation, not hearsay
    expect(rows('Diese soll Gründe und Anstifter für die Unruhen benennen.')).toEqual([]);
  });

  it('attribution phrases: laut, nach Angaben, nach Polizeiangaben, zufolge', () => {
    expect(rows('Laut Polizei wurden 20 Menschen festgenommen.')).toEqual([['reported', 'Laut Polizei wurden 20 Menschen festgenommen', 'Polizei']]);
    expect(voiceOf('Dort landete nach Angaben mehrerer Telegram-Kanäle bereits die erste Maschine mit russischen Fallschirmjägern.', 'Fallschirmjägern')).toEqual({
      voice: 'reported',
      speaker: 'mehrerer Telegram-Kanäle',
    });
    expect(voiceOf('Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa 2.000 Personen festgenommen.', 'festgenommen')).toEqual({ voice: 'reported', speaker: 'Polizei' });
    expect(voiceOf('Unbestätigten Meldungen zufolge soll es sich um eine Vorhut von zunächst etwa 300 Soldaten handeln.', 'Vorhut')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Nach Informationen des Spiegels plant die Regierung neue Schulden.', 'Schulden')).toEqual({ voice: 'reported', speaker: 'des Spiegels' });
  });

  it('inverted frames: meldete die Polizei, so X, wie X berichtete, hieß es (dort)', () => {
    const nd = '»Dutzende« Demonstranten seien beim versuchten Sturm von Verwaltungsgebäuden getötet worden, meldete die Polizei. 18 Beamte sollen dabei getötet und 353 verletzt worden sein, so die staatliche Nachrichtenagentur Chabar.';
    expect(voiceOf(nd, 'Demonstranten')).toEqual({ voice: 'reported', speaker: 'die Polizei' });
    expect(voiceOf(nd, 'Beamte')).toEqual({ voice: 'reported', speaker: 'die staatliche Nachrichtenagentur Chabar' });
    expect(voiceOf('Wie die Agentur Reuters berichtete, wurde der Flughafen geschlossen.', 'Flughafen')).toEqual({ voice: 'reported', speaker: 'die Agentur Reuters' });
    const dpa = 'Der kasachische Fernsehsender Khabar 24 meldete am Morgen, die Sicherheitskräfte würden weiter gegen Demonstranten vorgehen. «Die Anti-Terror-Operation zur Herstellung der öffentlichen Ordnung wird in Almaty fortgesetzt», hieß es dort.';
    expect(voiceOf(dpa, 'Anti-Terror-Operation')).toEqual({ voice: 'quoted', speaker: 'Der kasachische Fernsehsender Khabar 24' });
    expect(voiceOf('Zwar hieß es, die Soldaten sollten bald abziehen.', 'Soldaten')).toEqual({ voice: 'reported', speaker: 'anonymous' });
  });

  it('indicative after a speech verb and comma; an apposition is not a claim', () => {
    expect(rows('Die Lage ist ruhig, sagte der Bürgermeister am Abend.')).toEqual([['reported', 'Die Lage ist ruhig', 'der Bürgermeister']]);
    const aa = 'Dies erklärte der Präsident der autoritär geführten Republik Kasachstan, Kassym-Jomart Tokajew, am Freitag.';
    expect(rows(aa)).toEqual([]);
  });

  it('sprach von / nannte … einen: the complement is the speaker’s, the rest of the clause is not', () => {
    const kz = 'In seinem Hilferuf an die OVKS nannte er die Proteste einen „Akt äußerer Aggression“, im Ausland ausgebildete Terrorbanden gefährdeten die Souveränität Kasachstans.';
    const withAntecedent = `Tokajew wirkt hilflos. ${kz}`;
    expect(voiceOf(withAntecedent, 'Akt äußerer Aggression')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    expect(voiceOf(withAntecedent, 'Terrorbanden')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf(withAntecedent, 'Proteste').voice).toBe('authorial');
    expect(voiceOf('Die Polizei spricht von einer „Chaosnacht“.', 'Chaosnacht')).toEqual({ voice: 'quoted', speaker: 'Die Polizei' });
  });

  it('irrealis "als kollabiere" is not indirect speech (Kleine Zeitung)', () => {
    const t = 'Zwischenzeitlich schien es, als kollabiere vor allem in Süden und im Westen des Landes die Staatsmacht so kläglich wie das Denkmal des Altpräsidenten.';
    expect(voiceOf(t, 'Staatsmacht').voice).toBe('authorial');
  });

  it('pronoun speakers resolve to the subject named before ("raunen sie", "Seinen Worten nach")', () => {
    const aa = 'Kreml-loyale Beobachter sehen in den Protesten in Kasachstan eine Verschwörung: Der Westen wolle damit Russland zu Zugeständnissen zwingen, raunen sie.';
    expect(voiceOf(aa, 'Zugeständnissen')).toEqual({ voice: 'reported', speaker: 'Kreml-loyale Beobachter' });
    const aa2 = 'Tokajew hat die ODKB angerufen. Er begründet den Bündnisfall damit, dass die Unruhen einem terroristischen Angriff von außen gleichkämen. Seinen Worten nach handle es sich um im Ausland ausgebildete Banden.';
    expect(voiceOf(aa2, 'Banden')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
  });
});

describe('properties', () => {
  const wellNested = (text: string, spans: VoiceSpan[]) => {
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1]!;
      const b = spans[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
    for (const a of spans) for (const b of spans) expect(a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)).toBe(true);
  };

  it('never throws on random Unicode; spans lie in the text, sorted and well nested', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        wellNested(text, analyze(text).spans);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('the same on shuffled fragments of news prose full of quotation marks and cue words', () => {
    const pieces = ['„', '“', '»', '«', '"', '‚', '‘', '›', '‹', ', ', ': ', '. ', '\n\n', 'sagte Tokajew', 'laut Tass', 'sei', 'soll', 'haben', 'sogenannte', 'Friedenstruppe', 'die Polizei', 'meldete', 'zufolge', 'nach Angaben', 'Er', 'hieß es', 'dort'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        wellNested(text, analyze(text).spans);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('form flags read by voice detection', () => {
  it('word classes of every token equal the lexicon sets the speaker phrases used to look up', () => {
    const text = 'Der Sprecher des Ministeriums, Ned Price, sagte am Freitag in Washington, man sei über die sogenannten Friedenstruppen besorgt; er habe mit ihnen gesprochen, nach Angaben der Agentur.';
    for (const t of tokenize(text)) {
      const f = formFlags(t.norm);
      expect((f & DETERMINER) !== 0, t.norm).toBe(DETERMINERS.has(t.norm));
      expect((f & FUNCTION_WORD) !== 0, t.norm).toBe(FUNCTION_WORDS.has(t.norm));
      expect((f & PRONOUN) !== 0, t.norm).toBe(PRONOUNS.has(t.norm));
      expect((f & PREPOSITION) !== 0, t.norm).toBe(PREPOSITIONS.has(t.norm));
      expect((f & FINITE) !== 0, t.norm).toBe(FINITE_VERBS.has(t.norm));
      expect((f & ADJECTIVE_ENDING) !== 0, t.norm).toBe(['e', 'en', 'er', 'es', 'em'].some((e) => t.norm.endsWith(e)));
    }
    expect(formFlags('der') & DETERMINER).not.toBe(0);
    expect(formFlags('er') & PRONOUN).not.toBe(0);
  });

  it('distancing words are cues by MAY_DISTANCE alone; speech and attribution words have ANALYSE; "nach" is no cue', () => {
    for (const w of ['sogenannten', 'angeblich', 'so', 'selbst']) {
      expect(formFlags(w) & CUE, w).toBe(MAY_DISTANCE);
      expect(isCue(w), w).toBe(true);
    }
    for (const w of ['sagte', 'sei', 'laut', 'zufolge', 'demnach', 'polizeiangaben']) {
      expect(formFlags(w) & CUE, w).toBe(ANALYSE);
      expect(isCue(w), w).toBe(true);
    }
    expect(formFlags('nach') & CUE).toBe(0);
    expect(formFlags('nach') & ATTRIBUTION).not.toBe(0);
    expect(isCue('nach')).toBe(false);
  });

  it('MAY_QUOTE marks every form that holds a quotation mark or an apostrophe, and no plain word', () => {
    const text = '„Ja“, sagte er. »Nein« – «oui» ‚so‘ ›hier‹ "da" “dort” geht’s Peter\'s Haus.';
    const tokens = tokenize(text);
    const flags = tokenFlags(tokens)!;
    const marks = tokens.filter((t, i) => (flags[i]! & MAY_QUOTE) !== 0).map((t) => text.slice(t.start, t.end));
    expect(marks).toEqual(['„', '“', '»', '«', '«', '»', '‚', '‘', '›', '‹', '"', '"', '“', '”', 'geht’s', "Peter's"]);
  });

  it('isUpper (a capital first letter, read by char code) agrees with toLowerCase/toUpperCase on every code unit up to U+2FFF', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      if (isUpper(ch, 0) !== (ch !== ch.toLowerCase() && ch === ch.toUpperCase())) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(isUpper('Ärzte', 0)).toBe(true);
    expect(isUpper('ß', 0)).toBe(false);
  });
});

describe('attribution on unseen text (user test, 2026-12)', () => {
  it('"…, sagte er": a pronoun speaker resolves to the speaker named before, never to a noun phrase inside the claim', () => {
    const t1 = 'Präsident Tokajew trat am Freitag vor die Kameras. Die Terroristen seien weiterhin aktiv, sagte er.';
    expect(voiceOf(t1, 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
    const t2 = '„Das sind Banditen“, so Tokajew. Die Banditen würden vernichtet, sagte er.';
    expect(voiceOf(t2, 'vernichtet')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    const t3 = 'Die Ministerin sprach vor dem Parlament. Die Lage habe sich beruhigt, betonte sie.';
    expect(voiceOf(t3, 'Lage')).toEqual({ voice: 'reported', speaker: 'Die Ministerin' });
    const t4 = 'Die Proteste seien vom Ausland gesteuert, erklärte der Präsident.';
    expect(voiceOf(t4, 'Proteste')).toEqual({ voice: 'reported', speaker: 'der Präsident' });
    // nobody named before: the pronoun stays as written (unnamed), not "Die Soldaten"
    expect(voiceOf('Die Soldaten seien erschöpft, sagte er.', 'Soldaten')).toEqual({ voice: 'reported', speaker: 'er' });
    // the frame's own subject before the pronoun still counts
    expect(voiceOf('Tokajew trat vor die Presse, er sagte, die Lage sei ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    // negative: no claim, nothing reported
    expect(rows('Sie sagte nichts.')).toEqual([]);
  });

  it('sentence-initial "Wie X mitteilte/berichtete/erklärte, …" makes the main clause reported with speaker X', () => {
    expect(rows('Wie das Innenministerium mitteilte, wurden 2000 Demonstranten festgenommen.')).toEqual([
      ['reported', 'wurden 2000 Demonstranten festgenommen', 'das Innenministerium'],
    ]);
    expect(voiceOf('Wie die Nachrichtenagentur Interfax berichtete, brannte das Rathaus.', 'Rathaus')).toEqual({ voice: 'reported', speaker: 'die Nachrichtenagentur Interfax' });
    expect(voiceOf('Wie Tokajew am Freitag erklärte, sind die Terroristen besiegt.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf('Wie ein Sprecher sagte, bleibt die Grenze geschlossen.', 'Grenze')).toEqual({ voice: 'reported', speaker: 'ein Sprecher' });
    expect(voiceOf('Wie der Sender berichtet hat, wurde der Flughafen besetzt.', 'Flughafen')).toEqual({ voice: 'reported', speaker: 'der Sender' });
    // separable verbs in a main clause still frame
    expect(voiceOf('Das Ministerium teilte mit, die Lage sei ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'Das Ministerium' });
    // negative: "wie" without a verb of saying
    expect(rows('Wie erwartet, blieb die Lage ruhig.')).toEqual([]);
    expect(rows('Wie viele Menschen starben, ist unklar.')).toEqual([]);
    expect(rows('Wie bekannt wurde, ist der Minister zurückgetreten.')).toEqual([]);
    expect(rows('Die Demonstranten protestierten laut vor dem Rathaus.')).toEqual([]);
  });

  it('an interrupted quotation: the continuation after "…, sagte X, …" is X\'s too, in every quotation style', () => {
    expect(rows('„Die Friedenstruppe wird abziehen“, sagte Tokajew, „sobald die Terrorbanden besiegt sind.“')).toEqual([
      ['quoted', '„Die Friedenstruppe wird abziehen“', 'Tokajew'],
      ['quoted', '„sobald die Terrorbanden besiegt sind.“', 'Tokajew'],
    ]);
    expect(voiceOf('»Wir bleiben hier«, betonte die Ministerin, »bis die Lage ruhig ist.«', 'Lage')).toEqual({ voice: 'quoted', speaker: 'die Ministerin' });
    expect(voiceOf('«Das ist kein Krieg», erklärte der Sprecher des Kremls, «sondern eine Friedensmission.»', 'Friedensmission'))
      .toEqual({ voice: 'quoted', speaker: 'der Sprecher des Kremls' });
    expect(voiceOf('„Die Lage ist ernst,“ sagte Tokajew, „aber unter Kontrolle.“', 'Kontrolle')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    expect(voiceOf('"Wir werden siegen", sagte Putin, "und zwar bald."', 'bald')).toEqual({ voice: 'quoted', speaker: 'Putin' });
    expect(voiceOf('Die Lage sei ernst, sagte Tokajew, „aber wir haben alles im Griff“.', 'Griff')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    // the continuation in the next sentence (unchanged)
    expect(voiceOf('„Das ist vorbei“, sagte Tokajew. „Die Truppen ziehen ab.“', 'Truppen')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
  });

  it('"nach eigenen Angaben" is the clause subject\'s claim, and the source after "nach Angaben" must be a genitive or "von X"', () => {
    const t = 'Die Regierung hat nach eigenen Angaben die Ordnung wiederhergestellt. Die Festnahmen seien rechtmäßig gewesen.';
    expect(voiceOf(t, 'Ordnung')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    // the next Konjunktiv I sentence carries the right speaker
    expect(voiceOf(t, 'Festnahmen')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    expect(voiceOf('Nach eigenen Angaben hat die Polizei 300 Menschen festgenommen.', 'Menschen')).toEqual({ voice: 'reported', speaker: 'die Polizei' });
    expect(voiceOf('Eigenen Angaben zufolge kontrolliert die Armee den Flughafen.', 'Flughafen')).toEqual({ voice: 'reported', speaker: 'die Armee' });
    expect(voiceOf('Das Ministerium hat laut eigenen Angaben keine Toten registriert.', 'Toten')).toEqual({ voice: 'reported', speaker: 'Das Ministerium' });
    expect(voiceOf('Nach Angaben Tokajews sind die Terroristen besiegt.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Tokajews' });
    expect(voiceOf('Nach Angaben von Augenzeugen schossen Soldaten in die Menge.', 'Soldaten')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    expect(voiceOf('Die Lage ist nach Angaben des Ministeriums ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'des Ministeriums' });
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

  it("ASCII single quotes around a short word or phrase are scare quotes; apostrophes and elisions are not", () => {
    expect(rows("Die 'Friedenstruppe' landete in Almaty.")).toEqual([['distanced', "'Friedenstruppe'"]]);
    expect(voiceOf("Die 'Anti-Terror-Operation' dauert an.", 'Operation')).toEqual({ voice: 'distanced' });
    expect(rows("Die Rede von 'Terroristen' und 'Banditen' ist falsch.").map((r) => r[1])).toEqual(["'Terroristen'", "'Banditen'"]);
    // attributed like the double-quote version
    expect(voiceOf("Der Kreml sprach von einer 'Farbrevolution'.", 'Farbrevolution')).toEqual({ voice: 'quoted', speaker: 'Der Kreml' });
    expect(voiceOf('Der Kreml sprach von einer "Farbrevolution".', 'Farbrevolution')).toEqual({ voice: 'quoted', speaker: 'Der Kreml' });
    // apostrophes: elisions, wrong genitive apostrophes, names, "Klaus' Frau"; an unclosed ' is no quotation
    expect(rows("Geht's noch? Tokajew's Truppen landeten in O'Briens Heimat.")).toEqual([]);
    expect(rows("Wie 's weitergeht, weiß niemand.")).toEqual([]);
    expect(rows("Das ist 'ne Katastrophe für Klaus' Familie.")).toEqual([]);
    expect(rows("Marx' Kapital und die 'Revolution'.")).toEqual([['distanced', "'Revolution'"]]);
    // a long stretch in ' is not read as a quotation (no sentence punctuation inside a ' pair)
    expect(rows("Er schrieb 'Wir bleiben. Ihr geht.' an die Wand.")).toEqual([]);
  });

  it('a reported claim stops before an indicative main clause joined by "und"/"aber"/"doch"', () => {
    const t = 'Der Kreml nannte die Truppen eine ‚Friedensmission‘, und das ist’s dann gewesen.';
    expect(voiceOf(t, 'gewesen')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Friedensmission')).toEqual({ voice: 'quoted', speaker: 'Der Kreml' });
    expect(rows('Die Lage sei ruhig, doch Beobachter widersprechen.')).toEqual([['reported', 'Die Lage sei ruhig', 'anonymous']]);
    expect(rows('Tokajew sagte, die Lage sei ruhig, aber die Proteste gingen weiter.')).toEqual([['reported', 'die Lage sei ruhig', 'Tokajew']]);
    // a coordinated clause with its own subjunctive stays in the claim, and so does an indicative claim's
    expect(voiceOf('Tokajew sagte, die Lage sei ruhig, und die Truppen würden abziehen.', 'Truppen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf('Tokajew sagte, die Lage ist ruhig, und die Truppen ziehen ab.', 'Truppen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
  });

  it('a label given by nennen/bezeichnen without quotation marks is the speaker\'s word (reported, speaker = subject)', () => {
    expect(rows('Das Regime nennt sie Terroristen.')).toEqual([['reported', 'Terroristen', 'Das Regime']]);
    expect(rows('Die Regierung bezeichnete die Demonstranten als Terroristen.')).toEqual([['reported', 'Terroristen', 'Die Regierung']]);
    const t = 'Was die Regierung eine Antiterroroperation nennt, ist in Wahrheit ein Blutbad.';
    expect(voiceOf(t, 'Antiterroroperation')).toEqual({ voice: 'reported', speaker: 'die Regierung' });
    expect(voiceOf(t, 'Blutbad')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Tokajew nannte die Proteste einen Putschversuch.', 'Putschversuch')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf('Tokajew nannte die Proteste einen Putschversuch.', 'Proteste')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Die Regierung hat sie Terroristen genannt.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    expect(voiceOf('Tokajew, der die Demonstranten als Banditen bezeichnete, gab den Schießbefehl.', 'Banditen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    // a passive names nobody in particular
    expect(voiceOf('Die Demonstranten werden als Terroristen bezeichnet.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    // with quotation marks, the quotation is the label (unchanged)
    expect(rows('Der Kreml bezeichnete die Proteste als "Akt äußerer Aggression".')).toEqual([['quoted', '"Akt äußerer Aggression"', 'Der Kreml']]);
    // negative: "bezeichnen" meaning "denote", a passive name, rufen/fordern
    expect(rows('Der Begriff bezeichnet eine Region im Süden.')).toEqual([]);
    expect(rows('Die Stadt, die früher Alma-Ata genannt wurde, ist groß.')).toEqual([]);
    expect(rows('Die Menge rief nach Freiheit.')).toEqual([]);
    // a passive of "nennen" without "als" (Augsburger Allgemeine): not the noun phrase before the verb
    expect(rows('So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt.')).toEqual([]);
    // "berichten" without "von" is an ordinary speech verb
    expect(rows('Die Medien berichten, die Lage sei ruhig.')).toEqual([['reported', 'die Lage sei ruhig', 'Die Medien']]);
  });

  it('a claim stops at a semicolon before an indicative clause; "berichteten von …" reports its complement like "sprach von …"', () => {
    const t = 'Zwei Beamten soll man die Köpfe abgeschnitten haben; unabhängig überprüfen lässt sich das nicht.';
    expect(rows(t)).toEqual([['reported', 'Zwei Beamten soll man die Köpfe abgeschnitten haben', 'anonymous']]);
    expect(voiceOf('Die Lage sei ruhig; die Truppen würden abziehen.', 'Truppen').voice).toBe('reported');
    expect(rows('Augenzeugen berichteten von Schüssen.')).toEqual([['reported', 'von Schüssen', 'Augenzeugen']]);
    expect(voiceOf('Augenzeugen berichten von Schüssen in der Innenstadt.', 'Schüssen')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    expect(rows('Die Zeitung berichtete über die Proteste.')).toEqual([]);
  });

  it('a pronoun speaker agrees in gender and number with the phrase it stands for, else stays unnamed', () => {
    // "er" is not "Die Lage", "sie" is not "Das Ministerium"
    expect(voiceOf('Die Lage in Almaty blieb angespannt. Die Terroristen seien aktiv, sagte er.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'er' });
    expect(voiceOf('Das Ministerium schwieg. Die Lage sei ruhig, sagte sie.', 'ruhig')).toEqual({ voice: 'reported', speaker: 'sie' });
    expect(voiceOf('Der Präsident sprach. Die Lage sei ruhig, sagte er.', 'ruhig')).toEqual({ voice: 'reported', speaker: 'Der Präsident' });
    expect(voiceOf('Die Demonstranten zogen ab. Man habe sie betrogen, sagten sie.', 'betrogen')).toEqual({ voice: 'reported', speaker: 'Die Demonstranten' });
    // "erklärte es" points back to a neuter speaker; "hieß es" stays anonymous
    const t = 'Das Ministerium teilte mit, die Lage sei ruhig. Die Truppen würden abziehen, erklärte es.';
    expect(voiceOf(t, 'Truppen')).toEqual({ voice: 'reported', speaker: 'Das Ministerium' });
    expect(voiceOf('Die Polizei griff ein. Die Lage sei ruhig, hieß es.', 'ruhig')).toEqual({ voice: 'reported', speaker: 'anonymous' });
  });

  it('"Ein Sprecher der Polizei: „…“" (a noun phrase and a colon, no verb) names the speaker of the quotation', () => {
    expect(rows('Ein Sprecher der Polizei: „Die Plünderungen sind vorbei.“')).toEqual([['quoted', '„Die Plünderungen sind vorbei.“', 'Ein Sprecher der Polizei']]);
    expect(voiceOf('Tokajew: „Wir werden siegen.“', 'siegen')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    expect(voiceOf('Der Kremlsprecher Dmitri Peskow: »Das ist eine innere Angelegenheit.«', 'Angelegenheit'))
      .toEqual({ voice: 'quoted', speaker: 'Der Kremlsprecher Dmitri Peskow' });
    // negative: a speech noun or name-introducing noun, a clause before the colon
    expect(rows('Das Motto: „Schal ket!“')).toEqual([['quoted', '„Schal ket!“']]);
    expect(rows('Die Forderung: „Freiheit für alle!“')).toEqual([['quoted', '„Freiheit für alle!“']]);
    expect(rows('Die Lage ist klar: „Es gibt keinen Weg zurück.“')).toEqual([['quoted', '„Es gibt keinen Weg zurück.“']]);
  });

  it('a speaker whose head is a quotation after a determiner ("Der „Staatschef“ hat gesprochen: …")', () => {
    // an unmarked block quotation after the colon (issue 23): quoted, no longer reported
    expect(voiceOf('Der „Staatschef“ hat gesprochen: Die Friedenstruppe ist ein Segen für das Land.', 'Segen'))
      .toEqual({ voice: 'quoted', speaker: 'Der „Staatschef“' });
    expect(voiceOf('Der »Retter der Nation« erklärte, die Lage sei ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'Der »Retter der Nation«' });
    // the scare quote itself stays distanced
    expect(voiceOf('Der „Staatschef“ hat gesprochen: Die Friedenstruppe ist ein Segen für das Land.', 'Staatschef')).toEqual({ voice: 'distanced' });
  });
});
