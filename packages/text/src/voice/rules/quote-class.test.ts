import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 8, quotation classification: quoted, distanced, name (quote-class.ts)', () => {
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
