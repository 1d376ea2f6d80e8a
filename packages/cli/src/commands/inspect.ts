import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, decodeText, displayPath, splitFrontMatter } from '@framelens/corpus';
import { compileLexicon, loadLexicon, match, type Hit } from '@framelens/lexicon';
import { analyze, type Doc, type Span } from '@framelens/text';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';

/** What `framelens inspect --json` prints: offsets in UTF-16 code units into the file's text (after BOM removal). */
export interface InspectResult {
  file: string;
  /** where the article body starts in the file's text (after front matter) */
  bodyStart: number;
  tokens: { start: number; end: number; text: string; norm: string; stem: string; kind: string; parts?: Span[] }[];
  sentences: Span[];
  boilerplate: { start: number; end: number; reason: string }[];
  spans: { start: number; end: number; voice: string; speaker?: string; cue?: string }[];
  hits: (Hit & { text: string })[];
}

export async function inspectFile(file: string, lexiconFile: string | undefined, cwd: string): Promise<InspectResult> {
  const shown = displayPath(file, cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError([{ file: shown, severity: 'error', message: 'file not found or not readable', example: 'framelens inspect corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md' }]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new InputError([{ file: shown, severity: 'error', message: decoded.message, expected: decoded.expected, example: decoded.example }]);
  const text = decoded.text;
  const split = splitFrontMatter(text);
  if (split.kind === 'unclosed') {
    throw new InputError([{ file: shown, line: 1, severity: 'error', message: 'front matter is not closed: the "---" on line 1 has no closing "---" line', example: '---\ntitle: "…"\n---\nThe text …' }]);
  }
  const bodyStart = text.length - split.body.length;
  const doc: Doc = analyze(split.body);
  const hits = lexiconFile ? match(doc, compileLexicon(await loadLexicon(lexiconFile))) : [];
  const at = <S extends Span>(s: S): S => ({ ...s, start: s.start + bodyStart, end: s.end + bodyStart });
  return {
    file: shown,
    bodyStart,
    tokens: doc.tokens.map((t) => ({
      start: t.start + bodyStart,
      end: t.end + bodyStart,
      text: split.body.slice(t.start, t.end),
      norm: t.norm,
      stem: t.stem,
      kind: t.kind,
      ...(t.parts ? { parts: t.parts.map(at) } : {}),
    })),
    sentences: doc.sentences.map(at),
    boilerplate: doc.boilerplate.map(at),
    spans: doc.spans.map(at),
    hits: hits.map((h) => ({ ...at(h), text: split.body.slice(h.start, h.end) })),
  };
}

function printReadable(result: InspectResult, text: string, io: Io): void {
  const words = result.tokens.filter((t) => t.kind === 'word').length;
  io.stdout(`${result.file}: ${result.tokens.length} tokens (${words} words), ${result.sentences.length} sentences, ${result.boilerplate.length} boilerplate spans, ${result.spans.length} voice spans, ${result.hits.length} hits\n`);
  for (const [i, s] of result.sentences.entries()) {
    const bp = result.boilerplate.find((b) => b.start <= s.start && s.end <= b.end);
    io.stdout(`[${i}] ${s.start}-${s.end}${bp ? ` (boilerplate: ${bp.reason})` : ''}  ${text.slice(s.start, s.end)}`);
    for (const v of result.spans.filter((v) => v.start >= s.start && v.start < s.end)) {
      io.stdout(`      ${v.voice.padEnd(9)} ${v.start}-${v.end} ${JSON.stringify(text.slice(v.start, v.end))}${v.speaker ? ` speaker: ${v.speaker}` : ''}${v.cue ? ` cue: ${v.cue}` : ''}`);
    }
    for (const h of result.hits.filter((h) => h.sentence === i)) {
      io.stdout(`      hit       ${h.start}-${h.end} "${h.text}" ${h.kind} ${h.category} (${h.term}) voice: ${h.voice}${h.speaker ? `, speaker: ${h.speaker}` : ''}`);
    }
  }
  io.stdout('\ntokens (start end kind text → norm / stem):');
  io.stdout(result.tokens.map((t) => `${t.start} ${t.end} ${t.kind} ${t.text} → ${t.norm} / ${t.stem}`).join('\n'));
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('inspect')
    .description('show how framelens reads one article: tokens, sentences, boilerplate, voice spans, hits')
    .argument('<file>', 'an article (.md with front matter, or plain .txt)')
    .option('--lexicon <file>', 'also match this lexicon and show the hits')
    .option('--json', 'print JSON with the keys tokens, sentences, boilerplate, spans, hits')
    .addHelpText(
      'after',
      '\nOffsets are UTF-16 code units into the file as read (after a byte-order mark).\n\nExample:\n  $ framelens inspect corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md --lexicon pipelines/kazakhstan-2022/lexicon.yaml --json',
    )
    .action(async (file: string, opts: { lexicon?: string; json?: boolean }) => {
      const abs = path.resolve(io.cwd, file);
      const result = await inspectFile(abs, opts.lexicon ? path.resolve(io.cwd, opts.lexicon) : undefined, io.cwd);
      if (opts.json) io.stdout(JSON.stringify(result, null, 2));
      else {
        const decoded = decodeText(await readFile(abs));
        printReadable(result, decoded.ok ? decoded.text : '', io);
      }
    });
};
