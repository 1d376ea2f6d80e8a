import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import { german } from '../../de/index.js';
import { english } from '../index.js';
import { detectEnglishVoice } from './index.js';
import { rows } from './__fixtures__/rows.js';

describe('English voice detection: the driver and the language seam', () => {
  it('the English Language carries its rules; German has none of its own (the German driver runs)', () => {
    expect(english.voice).toBe(true);
    expect(english.detectVoice).toBe(detectEnglishVoice);
    expect(german.detectVoice).toBeUndefined();
  });

  it('no German rule runs on English text: German cues read by the English analyzer yield nothing', () => {
    // the German analyzer finds reported speech here (Konjunktiv I after "sagte", "laut"), the English one none
    const t = 'Der Minister sagte, die Lage sei ruhig. Laut dem Ministerium wurden 40 Menschen festgenommen.';
    expect(analyze(t, german).spans.some((s) => s.voice === 'reported')).toBe(true);
    expect(analyze(t, english).spans).toEqual([]);
  });

  it('no English rule runs on German text: English cues read by the German analyzer yield nothing', () => {
    const t = 'The minister said that the situation was calm. According to the ministry, 40 people were detained. The so-called reform failed.';
    expect(rows(t).map((r) => r[0])).toEqual(['reported', 'reported', 'distanced']);
    expect(analyze(t, german).spans).toEqual([]);
  });

  it('pronoun speakers stand for the last named person: a speaker or a named subject', () => {
    expect(rows('President Tokayev addressed parliament. "Nobody is above the law," he said.')).toEqual([['quoted', '"Nobody is above the law,"', 'President Tokayev']]);
    expect(rows('"There are no plans," Peskov said. He added that the withdrawal would start soon.')).toEqual([
      ['quoted', '"There are no plans,"', 'Peskov'], ['reported', 'that the withdrawal would start soon', 'Peskov'],
    ]);
  });

  it('never throws and returns nothing for empty input', () => {
    expect(analyze('', english).spans).toEqual([]);
    expect(() => analyze('" \' " said said , according to , so-called', english)).not.toThrow();
  });
});
