import { describe, expect, it } from 'vitest';
import { seedText } from './__fixtures__/seed-text.js';
import { analyze } from './analyze.js';
import { Analyzer, type AnalyzedDoc } from './analyzer.js';
import { boilerplate } from './boilerplate.js';
import { splitAtBoilerplate } from './boilerplate-sentences.js';
import { paragraphs, sentences, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { detectVoice } from './voice/index.js';

// No function of the text layer depends on which document another call saw last: two documents'
// calls may interleave (async code, a streaming reader) and give the answers they give one after
// the other.

const plain = (d: AnalyzedDoc) => ({ tokens: d.tokens, sentences: d.sentences, paragraphs: d.paragraphs, spans: d.spans, boilerplate: d.boilerplate });
const columns = (d: AnalyzedDoc) => {
  const { form, ...rest } = d.columns;
  // form ids depend on what the analyzer saw first; what they must keep is "same id, same surface form"
  const firstOf = new Map<number, number>();
  return { ...rest, formClasses: Array.from(form, (id, i) => firstOf.get(id) ?? (firstOf.set(id, i), i)) };
};

describe('Analyzer: no hidden state', () => {
  const a = seedText('003');
  const b = seedText('001');

  it('two documents analysed step by step, interleaved, with one analyzer, give what each gives alone', async () => {
    const alone = [analyze(a), analyze(b)];
    const analyzer = new Analyzer();
    const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
    const steps = async (text: string) => {
      const t = analyzer.tokenize(text);
      await tick();
      const raw = splitSentences(text, t.tokens, t.flags);
      await tick();
      const paras = paragraphs(text);
      const boiler = boilerplate(text, paras);
      const s = splitAtBoilerplate(t.tokens, raw, boiler);
      await tick();
      const spans = detectVoice({ text, tokens: t.tokens, sentences: s.spans, paragraphs: paras, boilerplate: boiler, flags: t.flags, marks: t.marks, sentenceFirsts: s.firsts }, analyzer.voice);
      return { t, s, spans };
    };
    const [ra, rb] = await Promise.all([steps(a), steps(b)]);
    for (const [r, doc] of [[ra, alone[0]!], [rb, alone[1]!]] as const) {
      expect(r.t.tokens).toEqual(doc.tokens);
      expect(r.t.flags).toEqual(doc.columns.flags);
      expect(r.t.marks).toEqual(doc.columns.marks);
      expect(r.s.spans).toEqual(doc.sentences);
      expect(r.s.firsts).toEqual(doc.columns.sentenceTokens);
      expect(r.spans).toEqual(doc.spans);
    }
    expect(alone[0]!.spans.length).toBeGreaterThan(20);
  });

  it('one analyzer for many documents: each result equals a fresh analyzer\'s, and later calls change no earlier result', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(a);
    const kept = structuredClone(first);
    const second = analyzer.analyze(b);
    analyzer.analyze(seedText('002'));
    expect(first).toEqual(kept);
    expect(plain(first)).toEqual(plain(analyze(a)));
    expect(columns(first)).toEqual(columns(analyze(a)));
    expect(plain(second)).toEqual(plain(analyze(b)));
    expect(columns(second)).toEqual(columns(analyze(b)));
  });

  it('the step functions read no state left by another document: a token array reused for the next document', () => {
    // A reader that recycles one token array: B is tokenized before A, and A's array then holds B's
    // tokens. The old tokenizer kept the flags of "the array it made last" (A's) and voice
    // detection read them for B, finding no speech verb.
    const docA = 'Die Lage ist ruhig und der Sprecher ging am Abend.';
    const docB = 'Die Lage sei ruhig, sagte der Sprecher am Abend.';
    const tb = tokenize(docB);
    const ta = tokenize(docA);
    ta.splice(0, ta.length, ...tb);
    const paras = paragraphs(docB);
    const spans = detectVoice({ text: docB, tokens: ta, sentences: sentences(docB, ta), paragraphs: paras, boilerplate: boilerplate(docB, paras) });
    expect(spans).toEqual([{ start: 0, end: 18, voice: 'reported', speaker: 'der Sprecher', cue: 'sagte' }]);
    expect(spans).toEqual(analyze(docB).spans);
  });

  it('per-token columns: sentence starts and boilerplate agree with the sentence and boilerplate spans', () => {
    const doc = analyze(seedText('004'));
    const { sentenceFirst, inBoilerplate } = doc.columns;
    const starts = new Set(doc.sentences.map((s) => s.start));
    doc.tokens.forEach((t, i) => {
      expect(sentenceFirst[i] === 1, `token ${i}`).toBe(starts.has(t.start));
      expect(inBoilerplate[i] === 1, `token ${i}`).toBe(doc.boilerplate.some((s) => s.start < t.end && t.start < s.end));
    });
    expect(inBoilerplate.some((x) => x === 1)).toBe(true);
  });
});
