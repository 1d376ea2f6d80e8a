import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { rows, voiceOf } from './__fixtures__/spans.js';

describe('quotes.ts: quotation marks in every convention, nested, over paragraphs, unbalanced', () => {
  it('"…" after a colon, ‚…‘ nested inside „…“, ›…‹ inside »…«', () => {
    expect(rows('Der Minister sagte: "Wir werden nicht nachgeben."')).toEqual([['quoted', '"Wir werden nicht nachgeben."', 'Der Minister']]);
    const nested = 'Sie sagte: „Er rief: ‚Wir bleiben hier!‘ Dann ging er.“';
    expect(rows(nested)).toEqual([
      ['quoted', '„Er rief: ‚Wir bleiben hier!‘ Dann ging er.“', 'Sie'],
      ['quoted', '‚Wir bleiben hier!‘'],
    ]);
    // a short nested quotation without a clause is the quoted speaker's own wording (passes/nested-quotes.ts, review of 2026-12-07 F2)
    expect(rows('Sie sagte: „Das war eine ‚Reform‘, mehr nicht.“').map((r) => r[0])).toEqual(['quoted', 'quoted']);
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
});
