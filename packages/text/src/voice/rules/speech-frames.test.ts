import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 1, speech frames (speech-frames.ts)', () => {
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

  it('Konjunktiv I after a speech verb: the span is the claim, not the sentence', () => {
    expect(rows('Die Regierung erklärte, die Lage sei unter Kontrolle.')).toEqual([['reported', 'die Lage sei unter Kontrolle', 'Die Regierung']]);
    const nd = 'Die Proteste seien ein ausländischer Versuch, die Sicherheit und Integrität Kasaschstans durch Gewalt zu untergraben, erklärte das russische Außenministerium in einer Stellungnahme am frühen Donnerstagnachmittag.';
    expect(rows(nd)).toEqual([['reported', 'Die Proteste seien ein ausländischer Versuch, die Sicherheit und Integrität Kasaschstans durch Gewalt zu untergraben', 'das russische Außenministerium']]);
  });

  it('Konjunktiv II in a speech frame (dpa): «Terroristische Banden» hätten …, sagte Tokajew', () => {
    const t = '«Terroristische Banden» hätten sich dort einen Kampf mit Fallschirmjägern geliefert, sagte Tokajew in einer Fernsehansprache.';
    expect(rows(t)).toEqual([
      ['reported', '«Terroristische Banden» hätten sich dort einen Kampf mit Fallschirmjägern geliefert', 'Tokajew'],
      ['quoted', '«Terroristische Banden»', 'Tokajew'],
    ]);
    expect(voiceOf(t, 'Fernsehansprache').voice).toBe('authorial');
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

  it('a speaker whose head is a quotation after a determiner ("Der „Staatschef“ hat gesprochen: …")', () => {
    // the frame finds the speaker; the block-quotation pass (passes/block-quotes.ts, issue 23) then
    // makes the unmarked sentence after the colon quoted
    expect(voiceOf('Der „Staatschef“ hat gesprochen: Die Friedenstruppe ist ein Segen für das Land.', 'Segen'))
      .toEqual({ voice: 'quoted', speaker: 'Der „Staatschef“' });
    expect(voiceOf('Der »Retter der Nation« erklärte, die Lage sei ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'Der »Retter der Nation«' });
    // the scare quote itself stays distanced
    expect(voiceOf('Der „Staatschef“ hat gesprochen: Die Friedenstruppe ist ein Segen für das Land.', 'Staatschef')).toEqual({ voice: 'distanced' });
  });

  it('an inverted frame after a colon: the claim runs back to the colon ("raunen sie")', () => {
    const aa = 'Kreml-loyale Beobachter sehen in den Protesten in Kasachstan eine Verschwörung: Der Westen wolle damit Russland zu Zugeständnissen zwingen, raunen sie.';
    expect(voiceOf(aa, 'Zugeständnissen')).toEqual({ voice: 'reported', speaker: 'Kreml-loyale Beobachter' });
    // the claim stops at the colon; the clause before it is the observers' view by another rule (passes/opinion-holders.ts)
    const bb = 'Die Regierung hat ihre Pläne vorgelegt: Der Westen wolle damit Russland zu Zugeständnissen zwingen, raunen sie.';
    expect(voiceOf(bb, 'Pläne').voice).toBe('authorial');
    expect(voiceOf(bb, 'Zugeständnissen').voice).toBe('reported');
  });
});
