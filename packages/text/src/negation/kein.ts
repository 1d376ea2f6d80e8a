import type { NegationRule, Sentence } from './types.js';
import { nounPhraseEnd, normAt, scope } from './words.js';
import { adverbialAt } from './zu-keinem-zeitpunkt.js';

// "kein" negates the noun phrase it opens, with what is attached to it ("keine Hinweise auf eine
// ausländische Einmischung"; ergaenzung.ts keeps out what a head that is not evidence takes:
// "keine Gewalt gegen Demonstranten"). "zu keinem Zeitpunkt" is zu-keinem-zeitpunkt.ts. Idioms whose noun is negated to affirm what follows ("keine Frage,
// dass …", "kein Zweifel an …", "kein Wunder", "kein Geringerer als") are left alone.
export const kein: NegationRule = {
  id: 'kein',
  examples: {
    negated: [
      'Der Pianist sei kein [[Terrorist]], sagte seine Anwältin.',
      'Die Behörden legten keine [[Beweise für eine ausländische Einmischung]] vor.',
      'Es habe keinerlei [[terroristische Angriffe]] gegeben.',
    ],
    not: [
      'Keine Frage, dass die Terroristen gut organisiert waren.',
      'Es gibt keinen Zweifel an der terroristischen Bedrohung, sagte der Minister.',
      'Kein Geringerer als der Präsident sprach von Terroristen.',
      'Es ist kein Zufall, dass gerade jetzt von einer bunten Revolution die Rede ist.',
    ],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!KEIN.has(word.norm) || adverbialAt(w, i - 1) !== undefined) return [];
      const next = normAt(w, i + 1);
      if (IDIOMS.has(next) || (next !== '' && IDIOMS.has(normAt(w, i + 2)) && !w[i + 1]!.cap)) return [];
      if (normAt(w, i + 2) === 'als' && (next.startsWith('ander') || next.startsWith('geringer'))) return [];
      return scope(w, i + 1, nounPhraseEnd(w, i + 1), word.norm, 'kein');
    });
  },
};

const KEIN = new Set(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keinerlei']);

/** Nouns negated in set phrases that affirm what follows. */
const IDIOMS = new Set(['frage', 'zweifel', 'wunder', 'zufall', 'geheimnis', 'ausnahme', 'seltenheit', 'ende', 'halt']);
