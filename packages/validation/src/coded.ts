import type { Problem, RuleId } from '@framelens/diagnostics';
import { parseCsv } from './csv.js';
import { CODED_VOICES, PRESENT_CODES, type CodedVoice, type PresentCode } from './types.js';

/** One coder's answers for one item. */
export interface Coding {
  item: string;
  present: PresentCode;
  /** may be missing for a sentence without a hit (a "negative") */
  voice?: CodedVoice;
  note: string;
}

export interface CodedFile {
  /** as shown in messages and provenance (relative to the repository root) */
  file: string;
  coder: string;
  /** the line that first names the coder */
  coderLine: number;
  codings: Coding[];
  /** rows with no answer at all (not yet coded): left out */
  uncoded: number;
}

/** What the parser needs to know about the sample: its items, which are hits, and the pipeline. */
export interface SampleKeyLike {
  pipeline: string;
  sampleFile: string;
  /** item id → kind */
  items: ReadonlyMap<string, 'hit' | 'negative'>;
}

const VOICE_ALIASES: Record<string, CodedVoice> = { own: 'own voice', 'own voice': 'own voice', authorial: 'own voice', quoted: 'quoted', reported: 'reported', distanced: 'distanced' };
const REQUIRED = ['item', 'coder', 'present', 'voice'] as const;
const EXAMPLE = 'item,pipeline,coder,present,voice,note\n2026-12-07/001,kazakhstan-2022,Anna Schmidt,yes,quoted,';

/**
 * Parse one coded file: the coding page's export or the sample CSV filled in a spreadsheet.
 * Returns the codings and every problem, each naming the line and column: unknown item ids,
 * another pipeline, a missing or unknown code, a second coder in one file, an item coded twice.
 */
export function parseCodedFile(text: string, file: string, key: SampleKeyLike): { coded: CodedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (ruleId: RuleId, line: number | undefined, field: string | undefined, message: string, expected?: string, example?: string) =>
    problems.push({ file, ...(line !== undefined ? { line } : {}), ...(field ? { field } : {}), severity: 'error', ruleId, message, ...(expected ? { expected } : {}), ...(example ? { example } : {}) });
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    problem('validation/coded-columns', (error as { lines?: number }).lines, undefined, `not a readable CSV file: ${(error as Error).message}`, 'a CSV file with a header line', EXAMPLE);
    return { coded: { file, coder: '', coderLine: 0, codings: [], uncoded: 0 }, problems };
  }
  const missing = REQUIRED.filter((c) => !table.columns.includes(c));
  if (missing.length) {
    problem('validation/coded-columns', 1, missing.join(', '), `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, `the columns ${REQUIRED.join(', ')} (pipeline and note are optional)`, EXAMPLE);
    return { coded: { file, coder: '', coderLine: 0, codings: [], uncoded: 0 }, problems };
  }
  const codings: Coding[] = [];
  const seen = new Map<string, number>();
  let coder = '';
  let coderLine = 0;
  let uncoded = 0;
  const anId = [...key.items.keys()][0] ?? '2026-12-07/001';
  table.rows.forEach(({ line, values }, index) => {
    const row = `row ${index + 1}`;
    const item = values.item!.trim();
    const presentRaw = values.present!.trim().toLowerCase();
    const voiceRaw = values.voice!.trim().toLowerCase();
    if (item === '') return problem('validation/unknown-item', line, 'item', `${row} has no item id`, `an item id from ${key.sampleFile}`, anId);
    if (!key.items.has(item)) return problem('validation/unknown-item', line, 'item', `${row}: unknown item id "${item}"`, `an item id from ${key.sampleFile}`, anId);
    const pipeline = values.pipeline?.trim() ?? '';
    if (pipeline !== '' && pipeline !== key.pipeline) problem('validation/other-pipeline', line, 'pipeline', `${row}: pipeline "${pipeline}", but this file is checked against ${key.pipeline}: one coded file holds one pipeline's sample`, key.pipeline);
    if (presentRaw === '' && voiceRaw === '') {
      uncoded++;
      return;
    }
    const name = values.coder!.trim();
    if (name === '') problem('validation/coder', line, 'coder', `${row} is coded but has no coder name`, "the coder's name on every coded row", 'Anna Schmidt');
    else if (coder === '') [coder, coderLine] = [name, line];
    else if (name !== coder) problem('validation/coder', line, 'coder', `${row}: coder "${name}", but line ${coderLine} says "${coder}": one file holds one coder's answers`, `"${coder}" on every row`);
    if (seen.has(item)) problem('validation/coder', line, 'item', `${row}: item ${item} is coded twice (first on line ${seen.get(item)})`, 'each item once');
    seen.set(item, line);
    const present = PRESENT_CODES.find((c) => c === presentRaw);
    if (presentRaw === '') problem('validation/code', line, 'present', `${row} (item ${item}): empty code for "frame present"`, PRESENT_CODES.join(', '), 'yes');
    else if (!present) problem('validation/code', line, 'present', `${row} (item ${item}): unknown code "${values.present}"`, PRESENT_CODES.join(', '), 'yes');
    const voice = VOICE_ALIASES[voiceRaw];
    const isHit = key.items.get(item) === 'hit';
    if (voiceRaw === '' && isHit) problem('validation/code', line, 'voice', `${row} (item ${item}): empty code for "whose words"`, CODED_VOICES.join(', '), 'quoted');
    else if (voiceRaw !== '' && !voice) problem('validation/code', line, 'voice', `${row} (item ${item}): unknown code "${values.voice}"`, CODED_VOICES.join(', '), 'own voice');
    if (present) codings.push({ item, present, ...(voice ? { voice } : {}), note: values.note?.trim() ?? '' });
  });
  if (problems.length === 0 && codings.length === 0) problem('validation/code', undefined, undefined, 'no coded rows: every row has empty answers', 'at least one row with present and voice filled in', EXAMPLE);
  return { coded: { file, coder, coderLine, codings, uncoded }, problems };
}

/** Two files from the same coder would count one person twice in the agreement. */
export function sameCoderProblems(files: readonly CodedFile[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const f of files) {
    const key = f.coder.trim().toLowerCase();
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: f.file, line: f.coderLine, field: 'coder', severity: 'error', ruleId: 'validation/coder',
        message: `coder "${f.coder}" also coded ${earlier}: two files from one coder would count one person twice`,
        expected: 'one file per coder (merge the two files, or correct the coder name)',
      });
    } else first.set(key, f.file);
  }
  return problems;
}
