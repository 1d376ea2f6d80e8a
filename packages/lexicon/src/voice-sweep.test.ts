import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, match, parseLexicon, voiceAt } from './index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lexiconFile = `${root}pipelines/kazakhstan-2022/lexicon.yaml`;
const kazakhstan = compileLexicon(parseLexicon(readFileSync(lexiconFile, 'utf8'), lexiconFile).lexicon!);

describe('match: the voice of each hit (found in one sweep over the spans)', () => {
  it('is what voiceAt finds comparing every span, on the seed articles joined into one paragraph', () => {
    const dir = `${root}corpus/kazakhstan-2022`;
    const bodies = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(`${dir}/${d.name}`).filter((f) => f.endsWith('.md')).map((f) => readFileSync(`${dir}/${d.name}/${f}`, 'utf8')))
      .map((text) => text.replace(/^---[\s\S]*?\n---\n/, '').replace(/\s+/g, ' '));
    const doc = analyze(bodies.join(' '));
    const hits = match(doc, kazakhstan);
    expect(hits.filter((h) => h.voice !== 'authorial').length).toBeGreaterThan(5);
    expect(hits.filter((h) => h.speaker !== undefined).length).toBeGreaterThan(0);
    for (const h of hits) {
      const { voice, speaker, cue } = voiceAt(doc.spans, h.start, h.end);
      expect({ voice: h.voice, speaker: h.speaker, cue: h.cue }).toEqual({ voice, speaker, cue });
    }
  });
});
