// Runs every `examples` entry of every pipelines/*/lexicon.yaml: each `match` text must give a hit
// of its entry, each `nomatch` text none, matched in its term's language (German terms with the
// German rules, English terms with the English ones).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLexicon, lexiconExamples, matchText, parseLexicon } from '@framelens/lexicon';
import { describe, expect, it } from 'vitest';

const pipelines = fileURLToPath(new URL('../pipelines/', import.meta.url));
const files = readdirSync(pipelines)
  .map((d) => `${pipelines}${d}/lexicon.yaml`)
  .filter((f) => existsSync(f))
  .sort();

it('finds at least one lexicon', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const name = file.slice(pipelines.length - 'pipelines/'.length);
  describe(name, () => {
    const { lexicon, problems } = parseLexicon(readFileSync(file, 'utf8'), name);
    it('parses', () => {
      expect(lexicon, problems.map((p) => p.message).join('\n')).toBeDefined();
    });
    if (!lexicon) return;
    const compiled = compileLexicon(lexicon);
    const examples = lexiconExamples(lexicon);
    it('has examples', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    for (const ex of examples) {
      it(`${ex.field}: "${ex.text}" ${ex.expect === 'match' ? 'matches' : 'does not match'} ${ex.category} "${ex.term}"`, () => {
        const hits = matchText(ex.text, compiled.languages.get(ex.language)!).filter((h) => h.kind === ex.kind && h.category === ex.category && h.term === ex.term);
        if (ex.expect === 'match') expect(hits.length).toBeGreaterThan(0);
        else expect(hits.map((h) => ex.text.slice(h.start, h.end))).toEqual([]);
      });
    }
  });
}
