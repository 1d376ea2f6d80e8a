import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, Analyzer } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, match, MatchMemo, parseLexicon } from './index.js';

const path = fileURLToPath(new URL('../../../pipelines/kazakhstan-2022/lexicon.yaml', import.meta.url));
const lexicon = parseLexicon(readFileSync(path, 'utf8'), path).lexicon!;
const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../corpus/kazakhstan-2022/${name}`, import.meta.url)), 'utf8');

describe('MatchMemo: the token keys live in a memo the caller owns, never in the compiled lexicon', () => {
  it('matching with a memo shared by documents gives what matching each alone gives', () => {
    const compiled = compileLexicon(lexicon);
    const memo = new MatchMemo(compiled);
    const docs = ['nd/2022-01-06-russland-greift-ein.md', 'kleine-zeitung/2022-01-07-autokrat-mit-gewalt.md'].map((f) => analyze(seed(f)));
    const alone = docs.map((d) => match(d, compileLexicon(lexicon)));
    const shared = [...docs, ...docs].map((d) => match(d, compiled, memo));
    expect(shared).toEqual([...alone, ...alone]);
    expect(alone[0]!.length).toBeGreaterThan(10);
  });

  it('by form id: documents of one analyzer, then of fresh analyzers (the same ids for other words), match as each alone', () => {
    const compiled = compileLexicon(lexicon);
    const memo = new MatchMemo(compiled);
    const files = ['nd/2022-01-06-russland-greift-ein.md', 'kleine-zeitung/2022-01-07-autokrat-mit-gewalt.md', 'dpa-wire/2022-01-06-nun-hilft-moskau.md', 'augsburger-allgemeine/2022-01-07-kreml-mit-sorge.md'];
    const texts = files.map((f) => seed(f).replace(/^---\n[\s\S]*?\n---\n/, ''));
    const analyzer = new Analyzer();
    const alone = texts.map((t) => match(analyze(t), compileLexicon(lexicon)));
    expect(texts.map((t) => match(analyzer.analyze(t), compiled, memo))).toEqual(alone);
    // a fresh analyzer numbers its forms from the start: id 0 is another word than in `analyzer`
    expect(texts.map((t) => match(new Analyzer().analyze(t), compiled, memo))).toEqual(alone);
    expect(texts.map((t) => match(analyzer.analyze(t), compiled, memo))).toEqual(alone);
    expect(alone.flat().length).toBeGreaterThan(30);
  });

  it('a memo made for another compiled lexicon is refused with a clear error', () => {
    const memo = new MatchMemo(compileLexicon(lexicon));
    expect(() => match(analyze('Die Friedenstruppe landete.'), compileLexicon(lexicon), memo)).toThrow(/MatchMemo was made for another compiled lexicon/);
  });
});
