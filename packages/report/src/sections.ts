/**
 * The page's sections in order: id (the anchor), title (heading and table of contents) and body.
 * A new section joins by adding an entry here, its body in a file of its own (as the
 * Overview's, the Method's); `charts(section)` gives the figures of the charts that belong to it.
 */
import type { ReportData } from '@framelens/aggregate';
import { escapeHtml as e } from './escape.js';
import { omitted } from './html.js';
import { explorer, lexiconGaps, method } from './method.js';
import { overview } from './overview.js';
import { distinctiveLanguages, reportLanguages } from './languages.js';
import type { ChartSpec } from './specs.js';
import { precisionNote, validationSection, type ValidationInput } from './validation-section.js';
import { corpusOf } from './corpus.js';
import { datesSpanMoreThanOneDay } from './specs.js';

export interface SectionContext {
  data: ReportData;
  /** the figures of the charts of one section, in chart order ('' when it has none) */
  charts: (section: ChartSpec['section']) => string;
  libraries: { name: string; version: string }[];
  /** a hand-coded sample's figures (framelens agreement), when the pipeline has one */
  validation?: ValidationInput | undefined;
}

export interface PageSection {
  id: string;
  title: string;
  body: (ctx: SectionContext) => string;
  /** false: the section is left out of this page (default: always shown) */
  shown?: (ctx: SectionContext) => boolean;
}

const lead = (text: string) => `<p class="lead">${e(text)}</p>`;

export const SECTIONS: readonly PageSection[] = [
  { id: 'overview', title: 'Overview', body: ({ data }) => overview(data) },
  {
    id: 'frames', title: 'Frame profile',
    body: ({ charts, validation }) => `${lead('Which interpretive frames each outlet uses, counted as lexicon hits per 1,000 words of article text (captions, credits and teasers excluded). The first chart counts the outlet\'s own voice; all voices (including quotes and attributions) are one choice away and side by side in the second.')}${precisionNote(validation)}${charts('frames')}`,
  },
  {
    id: 'voice', title: 'Voice',
    body: ({ charts }) => `${lead('A frame can appear because an outlet adopts it or because it quotes someone who uses it. Each hit is classified by the voice of the sentence part it stands in.')}${charts('voice')}`,
  },
  {
    id: 'naming', title: 'Naming',
    body: ({ charts }) => `${lead('The same actors can be called protesters, rioters or terrorists. These charts compare the labels each outlet chooses.')}${charts('naming') || omitted('The lexicon defines no actors (referents), or none is mentioned.')}`,
  },
  {
    id: 'speakers', title: 'Who speaks',
    body: ({ charts }) => `${lead('Whose words reach the reader: the quoted and reported words of each outlet, by speaker group.')}${charts('speakers') || omitted('No quoted or reported speech was found.')}`,
  },
  {
    id: 'claims', title: 'Claims',
    body: ({ charts }) => `${lead('Facts an outlet may mention or leave out, as defined in the lexicon.')}${charts('claims') || omitted('The lexicon defines no claims.')}`,
  },
  {
    id: 'distinctive', title: 'Distinctive terms',
    body: ({ data, charts }) =>
      `${lead('Words that set an outlet apart, found without the lexicon: candidates for frames the lexicon does not cover yet.')}${distinctiveLanguages(data)}${charts('distinctive') || omitted(distinctiveOmitted(data))}${lexiconGaps(data)}`,
  },
  { id: 'time', title: 'Over time', body: ({ data, charts }) => (datesSpanMoreThanOneDay(data) ? charts('time') : omitted(timeOmitted(data))) },
  { id: 'evidence', title: 'Evidence explorer', body: () => explorer() },
  { id: 'validation', title: 'Validation', shown: ({ validation }) => validation !== undefined, body: ({ validation }) => (validation ? validationSection(validation) : '') },
  { id: 'method', title: 'Method', body: ({ data, libraries }) => method(data, libraries) },
];

function distinctiveOmitted(data: ReportData): string {
  const languages = reportLanguages(data).filter((r) => r.articles > 0);
  return languages.length > 1 && !languages.some((r) => r.termsCompared)
    ? 'Omitted: words are compared only within a language, and no language has articles from two outlets.'
    : 'Not enough text to compare outlets.';
}

function timeOmitted(data: ReportData): string {
  const { dates } = corpusOf(data);
  if (dates.distinct === 0) return 'Omitted: no article has a date.';
  if (dates.distinct === 1) return `Omitted: every dated article carries the same date (${dates.first}), so there is no development to show.`;
  return `Omitted: the articles' dates span only ${dates.first} to ${dates.last} (one day or less), too short for a development over time; daily densities of single articles would mostly show which outlet published on which day.`;
}

