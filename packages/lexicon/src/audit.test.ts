// The term audit on a small Belarus-style corpus written like news copy: what each term matched,
// which forms collide (stop words, lower-case verbs for a capitalised noun) and what the guards skipped.
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { TermAuditor } from './audit.js';
import { compileLexicon } from './compile.js';
import { match } from './match.js';
import { lexiconSchema } from './schema.js';

const compiled = compileLexicon(
  lexiconSchema.parse({
    name: 'belarus-2020',
    language: 'de',
    version: 1,
    frames: [
      { id: 'security', label: 'Security', description: 'd', terms: ['Sicherheit', 'Lage'] },
      { id: 'power', label: 'Power', description: 'd', terms: [{ term: 'Macht*', match: 'prefix' }] },
    ],
  }),
);

const articles = [
  'Die Stimmung in Minsk ändert sich. Lukaschenko macht die Opposition für die Unruhen verantwortlich und spricht von einer Gefahr für die Sicherheit des Landes.',
  'Die Zahl der Festgenommenen lag am Montag bei über 6000. Der Machthaber zeigt sich unbeeindruckt, die Lage bleibt angespannt.',
  'Tichanowskaja macht sich keine Illusionen: Der Machtkampf werde lange dauern.',
];

function audit() {
  const auditor = new TermAuditor(compiled);
  for (const text of articles) {
    const doc = analyze(text);
    auditor.add(doc, match(doc, compiled));
  }
  return auditor.result();
}

describe('TermAuditor', () => {
  it('lists every form a term matched, with counts and the first sentence', () => {
    const sicherheit = audit().find((a) => a.term === 'Sicherheit')!;
    expect(sicherheit.forms).toEqual([{ form: 'Sicherheit', count: 1, example: 'Lukaschenko macht die Opposition für die Unruhen verantwortlich und spricht von einer Gefahr für die Sicherheit des Landes.' }]);
    expect(sicherheit.flags).toEqual([]);
  });

  it('shows the words the guards left out: the stop word "sich", the verb "lag"', () => {
    const byTerm = new Map(audit().map((a) => [a.term, a]));
    expect(byTerm.get('Sicherheit')!.skipped.map((f) => [f.form, f.count, f.reason])).toEqual([['sich', 3, 'stop word']]);
    expect(byTerm.get('Lage')!.skipped.map((f) => [f.form, f.count, f.reason])).toEqual([['lag', 1, 'lower case']]);
    expect(byTerm.get('Lage')!.forms.map((f) => f.form)).toEqual(['Lage']);
  });

  it('flags a prefix term whose matches are mostly the verb "macht", with the fix', () => {
    const macht = audit().find((a) => a.term === 'Macht*')!;
    expect(macht.forms.map((f) => [f.form, f.count, f.stopword ?? false, f.lowercase ?? false])).toEqual([
      ['macht', 2, true, true],
      ['Machthaber', 1, false, false],
      ['Machtkampf', 1, false, false],
    ]);
    expect(macht.flags).toEqual(['stop-word forms', 'lower-case forms', 'mostly collisions']);
    expect(macht.fix).toBe('match: exact with the forms you mean, e.g. {term: Machthaber, match: exact, forms: [Machtkampf]}, or exclude: [macht]');
  });
});
