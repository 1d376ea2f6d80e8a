// Language detection on short news passages written for this test: German (German and Swiss
// spelling), English, and German reports that quote English speakers at length.
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from './language.js';

const german = `Almaty. Nach tagelangen Protesten hat Präsident Kassym-Schomart Tokajew die Regierung entlassen
und Truppen des von Russland geführten Militärbündnisses OVKS ins Land gerufen. Die Demonstrationen hatten sich
an einer Verdopplung der Preise für Flüssiggas entzündet, mit dem viele Menschen im Westen des Landes ihre Autos
betanken. Nach Angaben des Innenministeriums wurden bei den Unruhen mehr als 160 Menschen getötet und fast
8000 festgenommen. Beobachter sprechen von der schwersten Krise seit der Unabhängigkeit des Landes.`;

const swiss = `Bern. Der Bundesrat hat am Mittwoch beschlossen, die Sanktionen der Europäischen Union gegen Belarus zu
übernehmen. Die Massnahmen betreffen unter anderem Exporte von Gütern, die für militärische Zwecke genutzt werden
können. Die Schweiz schliesst sich damit dem Vorgehen ihrer Nachbarländer an, wie das Staatssekretariat für
Wirtschaft mitteilte. Kritiker bemängeln, dass die Kontrollen an der Grenze bisher ungenügend seien.`;

const english = `Almaty. Kazakhstan's president, Kassym-Jomart Tokayev, dismissed the government on Wednesday and asked a
Russia-led military alliance for help after protests over a sharp rise in fuel prices turned violent. The
interior ministry said more than 160 people had been killed and almost 8,000 detained. Observers describe the
unrest as the worst crisis since the country became independent three decades ago.`;

const germanWithEnglishQuotes = `Washington. Das US-Außenministerium hat die Regierung in Astana zur Zurückhaltung aufgerufen.
Sprecher Ned Price sagte: "We call on all parties to refrain from violence and to respect the rights of peaceful
protesters, including the right to free expression and the freedom of assembly, which are essential to any
democracy." Die Regierung in Moskau wies die Kritik zurück und sprach von einer inneren Angelegenheit Kasachstans.
Price fügte hinzu: „The world is watching how the authorities respond to these protests and we will be following
the situation very closely in the coming days.“ Die Opposition in Kasachstan begrüßte die Äußerungen.`;

describe('detectLanguage', () => {
  it('German news is de, in German and in Swiss spelling', () => {
    expect(detectLanguage(german)).toBe('de');
    expect(detectLanguage(swiss)).toBe('de');
  });

  it('English news is en', () => {
    expect(detectLanguage(english)).toBe('en');
  });

  it('a German report quoting English at length stays de', () => {
    expect(detectLanguage(germanWithEnglishQuotes)).toBe('de');
  });

  it('text too short to judge gives undefined', () => {
    expect(detectLanguage('Proteste in Almaty')).toBeUndefined();
  });

  it('names languages for messages', () => {
    expect([languageName('en'), languageName('de'), languageName('xx')]).toEqual(['English', 'German', 'xx']);
  });
});
