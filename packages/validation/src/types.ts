import type { EvidenceRow } from '@framelens/aggregate';

/** A frame of the lexicon as the coders see it. */
export interface FrameInfo {
  id: string;
  label: string;
  description: string;
  terms: string[];
}

/**
 * One frame hit of the analysis: a row of data/hits.parquet with kind = frame, its category as
 * `frame` (voice and section as plain strings: read from a file, not yet checked).
 */
export type HitRecord = Pick<EvidenceRow, 'id' | 'article' | 'outlet' | 'term' | 'match' | 'sentence' | 'sentenceStart' | 'sentenceEnd' | 'start' | 'end'> & {
  frame: string;
  /** detected voice: authorial, quoted, reported or distanced */
  voice: string;
  speaker: string;
  /** title, lead or body: offsets of a title hit are into the title, not the article text */
  section: string;
};

/** A sentence of an article outside captions, credits and teasers, with its surrounding paragraphs. */
export interface SentenceRecord {
  article: string;
  outlet: string;
  start: number;
  end: number;
  text: string;
}

/** The voices a coder can give, as written in the coded files, and the detector's names for them. */
export const CODED_VOICES = ['own voice', 'quoted', 'reported', 'distanced'] as const;
export type CodedVoice = (typeof CODED_VOICES)[number];
export const DETECTED_TO_CODED: Record<string, CodedVoice> = { authorial: 'own voice', quoted: 'quoted', reported: 'reported', distanced: 'distanced' };

export const PRESENT_CODES = ['yes', 'no', 'unsure'] as const;
export type PresentCode = (typeof PRESENT_CODES)[number];
