import { describe, expect, it } from 'vitest';
import { evaluatePassage, loadNewsGold, parseMarkup, scoreNews } from './gold/voice-news-eval.js';

// The news gold of issue 23 (test/gold/voice-news.yaml): its shape, and the markup reader.
const gold = loadNewsGold();

describe('news voice gold (test/gold/voice-news.yaml)', () => {
  it('holds at least 200 passages, 60 of them held out, with unique ids', () => {
    expect(gold.length).toBeGreaterThanOrEqual(200);
    expect(gold.filter((p) => p.split === 'holdout').length).toBeGreaterThanOrEqual(60);
    expect(new Set(gold.map((p) => p.id)).size).toBe(gold.length);
  });

  it('covers every pattern of the issue with its look-alikes, in both splits', () => {
    const patterns = new Set(gold.map((p) => p.pattern));
    for (const p of ['continuation', 'meinung-nach', 'gab-an', 'vorwerfen', 'laut-article', 'colon-block', 'interview-label', 'begruendete-mit',
      'dass-indicative', 'ob-clause', 'parenthetical', 'infinitive', 'detached-marks', 'title', 'non-speech-subjunctive', 'no-attribution', 'ditto']) {
      expect(patterns, p).toContain(p);
      expect(gold.some((g) => g.pattern === p && g.split === 'holdout'), `${p} in holdout`).toBe(true);
    }
    for (const p of ['continuation', 'colon-block', 'dass', 'parenthetical', 'infinitive', 'laut']) expect(patterns, `${p}-lookalike`).toContain(`${p}-lookalike`);
  });

  it('every passage has speech or is a look-alike or control with none', () => {
    for (const p of gold) {
      const speech = p.spans.some((s) => s.kind === 'Q' || s.kind === 'R');
      const plain = /lookalike|non-speech|no-attribution|ditto|title|control/.test(p.pattern);
      if (!plain) expect(speech, p.id).toBe(true);
    }
  });

  it('scores words against the markup: a perfect detector would get 1, the empty text nothing', () => {
    const o = evaluatePassage({ id: 'x', split: 'tune', pattern: 'control', ...parseMarkup('{Q:Keller|„Wir klagen“}, sagte Keller.', 'x') });
    const s = scoreNews([o]);
    expect(s.words).toBe(4);
    expect(s.direct).toMatchObject({ gold: 2, predicted: 2, correct: 2 });
    expect(s.speakerAccuracy).toBe(1);
  });
});

describe('parseMarkup', () => {
  it('removes the markup and records nested spans at their offsets', () => {
    const { text, spans } = parseMarkup('Er sagte, {R:Er|sie hätten ihn {Q:Er|„wie einen Dieb“} behandelt}.', 'p1');
    expect(text).toBe('Er sagte, sie hätten ihn „wie einen Dieb“ behandelt.');
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end), s.speaker])).toEqual([
      ['R', 'sie hätten ihn „wie einen Dieb“ behandelt', 'Er'],
      ['Q', '„wie einen Dieb“', 'Er'],
    ]);
  });

  it('names the passage and the place of a bad or unclosed span', () => {
    expect(() => parseMarkup('{X|a}', 'voice-news.yaml: passage p2')).toThrow('voice-news.yaml: passage p2: "{" at 0 must open a span like {R:Putin|…} or {D|…}, found "{X|a}"');
    expect(() => parseMarkup('{R|a', 'p3')).toThrow('p3: span opened at 0 is not closed with "}"');
    expect(() => parseMarkup('a}', 'p4')).toThrow('p4: "}" at 1 closes no span');
  });
});
