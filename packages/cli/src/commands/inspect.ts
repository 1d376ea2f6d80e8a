import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { summariseArticle } from '@framelens/facts';
import { articleSizeProblem, frontMatterLanguageMessage, parseFrontMatter, readOutletFile, splitFrontMatter, type Article } from '@framelens/corpus';
import { decodeProblem, decodeText, displayPath, findRepoRoot, InputError, isInside, shellQuote } from '@framelens/diagnostics';
import { compileLexicon, loadLexicon, type Hit, type Section } from '@framelens/lexicon';
import type { Doc, Span } from '@framelens/text';
import { analyzeParts } from '../analyze-article.js';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';

type InspectToken = { start: number; end: number; text: string; norm: string; stem: string; kind: string; parts?: Span[] };
/** A hit with the section analyze files it under; `excluded` hits (in captions, credits) are not counted. */
type InspectHit = Hit & { text: string; section: Section; excluded?: 'boilerplate' | 'duplicate' | 'negated' };

/**
 * What `framelens inspect --json` prints: offsets in UTF-16 code units into the file's text (after
 * BOM removal); the title's offsets are into `title.text`.
 */
export interface InspectResult {
  file: string;
  /** the lexicon matched (--lexicon), as a path from the current folder; absent when none was given: no hits then */
  lexicon?: string;
  /** where the article body starts in the file's text (after front matter) */
  bodyStart: number;
  /** the front matter's title, analysed as analyze analyses it: its words and hits count (section "title") */
  title?: { text: string; tokens: InspectToken[]; sentences: Span[]; spans: InspectResult['spans']; hits: InspectHit[] };
  /** what `framelens analyze` counts for this article (data/articles.parquet word_tokens; evidence rows not excluded) */
  counted: {
    /** word tokens of the title and of the text outside boilerplate: articles.parquet "word_tokens" */
    words: number;
    titleWords: number;
    /** word tokens in boilerplate (captions, credits, teasers): not counted */
    boilerplateWords: number;
    /** hits counted, title included: rows of data/hits.parquet that are not excluded */
    hits: number;
    /** of those, frame hits: articles.parquet "frame_hits" */
    frameHits: number;
    titleHits: number;
    /** hits in boilerplate, repeated or negated: listed in data/hits.parquet as excluded, not counted */
    excludedHits: number;
  };
  tokens: InspectToken[];
  sentences: Span[];
  boilerplate: { start: number; end: number; reason: string }[];
  spans: { start: number; end: number; voice: string; speaker?: string; cue?: string }[];
  /** the text's hits (the title's are under title.hits) */
  hits: InspectHit[];
}

const tokensOf = (doc: Doc, shift: number): InspectToken[] =>
  doc.tokens.map((t) => ({
    start: t.start + shift,
    end: t.end + shift,
    text: doc.text.slice(t.start, t.end),
    norm: t.norm,
    stem: t.stem,
    kind: t.kind,
    ...(t.parts ? { parts: t.parts.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift })) } : {}),
  }));

export async function inspectFile(file: string, lexiconFile: string | undefined, cwd: string): Promise<InspectResult> {
  const shown = displayPath(file, cwd);
  let bytes: Uint8Array;
  try {
    // the article size limit of analyze: a 60 MB file is refused before it is read
    const tooLarge = articleSizeProblem((await stat(file)).size);
    if (tooLarge) throw new InputError([{ file: shown, severity: 'error', ...tooLarge }]);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file: shown, severity: 'error', ruleId: 'file/unreadable', message: 'file not found or not readable', example: 'framelens inspect corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md' }]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new InputError([decodeProblem(decoded, shown)]);
  const text = decoded.text;
  const isMarkdown = path.extname(file).toLowerCase() === '.md';
  const split = isMarkdown ? splitFrontMatter(text) : ({ kind: 'none', body: text } as const);
  if (split.kind === 'language') {
    throw new InputError([{ file: shown, line: 1, severity: 'error', ruleId: 'article/front-matter-language', message: frontMatterLanguageMessage(split.language), example: '---\ntitle: "…"\n---\nThe text …' }]);
  }
  if (split.kind === 'unclosed') {
    throw new InputError([{ file: shown, line: 1, severity: 'error', ruleId: 'article/front-matter-unclosed', message: 'front matter is not closed: the "---" on line 1 has no closing "---" line', example: '---\ntitle: "…"\n---\nThe text …' }]);
  }
  // the title counts in analyze: read the front matter as analyze does (a file analyze refuses is refused here too)
  let title: string | undefined;
  let language: string | undefined;
  if (split.kind === 'ok') {
    const front = parseFrontMatter(split.yaml, shown);
    if (front.problems.length) throw new InputError(front.problems);
    title = front.meta?.title;
    language = front.meta?.language;
  }
  // LANGUAGES (#24): its language as analyze reads it: front matter, else the outlet.yaml beside it, else German
  language ??= (await readOutletFile(path.join(path.dirname(file), 'outlet.yaml'), 'outlet.yaml', 'inspect').catch(() => undefined))?.outlet?.language ?? 'de';
  const bodyStart = text.length - split.body.length;
  const lexicon = lexiconFile ? compileLexicon(await loadLexicon(lexiconFile)) : undefined;
  const article: Article = { id: 'inspect', outlet: 'inspect', language, text: split.body, source: { path: shown, sha256: '' }, ...(title !== undefined ? { title } : {}) };
  // the same per-article step as analyze (analyze-article.ts): its counts are what the report counts
  const { doc, hits, options } = analyzeParts(article, lexicon);
  const titleDoc = options.titleDoc;
  const summary = summariseArticle(article, doc, hits, options);
  const evidenceOf = new Map(summary.evidence.map((e) => [`${e.section === 'title' ? 'title:' : ''}${e.start}-${e.end}:${e.kind}:${e.category}`, e]));
  const withSection = (h: Hit, inTitle: boolean, shift: number): InspectHit => {
    const e = evidenceOf.get(`${inTitle ? 'title:' : ''}${h.start}-${h.end}:${h.kind}:${h.category}`);
    return {
      ...h,
      start: h.start + shift,
      end: h.end + shift,
      text: (inTitle ? titleDoc!.text : split.body).slice(h.start, h.end),
      section: e?.section ?? (inTitle ? 'title' : 'body'),
      ...(e?.excluded ? { excluded: e.excluded } : {}),
    };
  };
  const at = <S extends Span>(s: S): S => ({ ...s, start: s.start + bodyStart, end: s.end + bodyStart });
  const bodyHits = hits.map((h) => withSection(h, false, bodyStart));
  const titleHits = (options.titleHits ?? []).map((h) => withSection(h, true, 0));
  const excludedHits = bodyHits.filter((h) => h.excluded).length;
  return {
    file: shown,
    ...(lexiconFile ? { lexicon: displayPath(lexiconFile, cwd) } : {}),
    bodyStart,
    ...(titleDoc && title !== undefined ? { title: { text: title, tokens: tokensOf(titleDoc, 0), sentences: titleDoc.sentences, spans: titleDoc.spans, hits: titleHits } } : {}),
    counted: {
      words: summary.wordTokens,
      titleWords: summary.titleWordTokens ?? 0,
      boilerplateWords: summary.boilerplateTokens,
      hits: summary.evidence.filter((e) => !e.excluded).length,
      frameHits: summary.evidence.filter((e) => !e.excluded && e.kind === 'frame').length,
      titleHits: titleHits.length,
      excludedHits,
    },
    tokens: tokensOf(doc, bodyStart),
    sentences: doc.sentences.map(at),
    boilerplate: doc.boilerplate.map(at),
    spans: doc.spans.map(at),
    hits: bodyHits,
  };
}

const hitLine = (h: InspectHit) =>
  `      hit       ${h.start}-${h.end} "${h.text}" ${h.kind} ${h.category} (${h.term}) voice: ${h.voice}${h.speaker ? `, speaker: ${h.speaker}` : ''}, section: ${h.section}${excludedLabel(h)}`;

/** Why a hit is not counted, from its excluded value and negation cue: ' (negated by "keine": not counted)', ' (boilerplate: not counted)'. */
export function excludedLabel(h: Pick<InspectHit, 'excluded' | 'negation'>): string {
  if (h.excluded === undefined) return '';
  const why = h.excluded === 'negated' ? (h.negation !== undefined ? `negated by "${h.negation}"` : 'negated') : h.excluded;
  return ` (${why}: not counted)`;
}

/** Why the text's excluded hits are not counted ("in boilerplate", "negated", …), as in hits.parquet's excluded column. */
function excludedReasons(result: InspectResult): string {
  const reasons = [...new Set(result.hits.flatMap((h) => (h.excluded ? [h.excluded === 'boilerplate' ? 'in boilerplate' : h.excluded] : [])))].sort();
  return reasons.join(', ');
}

/**
 * The lexicons of the pipelines whose corpus holds `file` (paths from `cwd`), for the hint printed
 * when inspect runs without --lexicon.
 */
export async function pipelineLexiconsFor(file: string, cwd: string): Promise<string[]> {
  const root = await findRepoRoot(path.dirname(file));
  if (root === undefined) return [];
  const folders = await readdir(path.join(root, 'pipelines'), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of folders.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const config = await loadPipelineConfig(path.join(root, 'pipelines', entry.name), root).catch(() => undefined);
    if (config && isInside(config.corpusDir, path.resolve(file))) found.push(displayPath(config.lexiconFile, cwd));
  }
  return [...new Set(found)];
}

function printReadable(result: InspectResult, text: string, io: Io, lexicons: readonly string[] = []): void {
  const c = result.counted;
  const textWords = c.words - c.titleWords;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const words = `${result.file}: ${plural(c.words, 'word', 'words')} counted (${c.titleWords} in the title, ${textWords} in the text${c.boilerplateWords ? `; ${plural(c.boilerplateWords, 'boilerplate word', 'boilerplate words')} not counted` : ''})`;
  if (result.lexicon === undefined) {
    const add =
      lexicons.length === 0 ? '--lexicon pipelines/<name>/lexicon.yaml (the lexicon of the pipeline that analyses it)'
      : lexicons.length === 1 ? `--lexicon ${shellQuote(lexicons[0]!)} (its pipeline's lexicon)`
      : `--lexicon ${shellQuote(lexicons[0]!)} (its pipelines' lexicons: ${lexicons.join(', ')})`;
    io.stdout(`${words}, the number analyze counts for this article (data/articles.parquet: word_tokens); no lexicon given, so no hits are matched or counted: add ${add} to see the hits analyze counts`);
  } else
    io.stdout(
      `${words}, ` +
        `${plural(c.hits, 'hit', 'hits')} counted (${plural(c.frameHits, 'frame hit', 'frame hits')}; ${c.titleHits} in the title${c.excludedHits ? `; ${plural(c.excludedHits, 'hit', 'hits')} not counted (${excludedReasons(result)})` : ''}); ` +
        `these are the numbers analyze counts for this article (data/articles.parquet: word_tokens, frame_hits; data/hits.parquet: rows not excluded)`,
    );
  io.stdout(
    `${plural(result.tokens.length, 'token', 'tokens')} in the text, ${plural(result.sentences.length, 'sentence', 'sentences')}, ${plural(result.boilerplate.length, 'boilerplate span', 'boilerplate spans')}, ${plural(result.spans.length, 'voice span', 'voice spans')}`,
  );
  if (result.title) {
    io.stdout(`[title] (front matter, section "title")  ${result.title.text}`);
    for (const h of result.title.hits) io.stdout(hitLine(h));
  }
  for (const [i, s] of result.sentences.entries()) {
    const bp = result.boilerplate.find((b) => b.start <= s.start && s.end <= b.end);
    io.stdout(`[${i}] ${s.start}-${s.end}${bp ? ` (boilerplate: ${bp.reason})` : ''}  ${text.slice(s.start, s.end)}`);
    for (const v of result.spans.filter((v) => v.start >= s.start && v.start < s.end)) {
      io.stdout(`      ${v.voice.padEnd(9)} ${v.start}-${v.end} ${JSON.stringify(text.slice(v.start, v.end))}${v.speaker ? ` speaker: ${v.speaker}` : ''}${v.cue ? ` cue: ${v.cue}` : ''}`);
    }
    for (const h of result.hits.filter((h) => h.sentence === i)) io.stdout(hitLine(h));
  }
  if (result.title) {
    io.stdout('\ntitle tokens (start end kind text → norm / stem; offsets into the title):');
    io.stdout(result.title.tokens.map((t) => `${t.start} ${t.end} ${t.kind} ${t.text} → ${t.norm} / ${t.stem}`).join('\n'));
  }
  io.stdout('\ntokens (start end kind text → norm / stem):');
  io.stdout(result.tokens.map((t) => `${t.start} ${t.end} ${t.kind} ${t.text} → ${t.norm} / ${t.stem}`).join('\n'));
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('inspect')
    .description('show how framelens reads one article: title, tokens, sentences, boilerplate, voice spans, hits, and the words and hits analyze counts')
    .argument('<file>', 'an article (.md with front matter, or plain .txt)')
    .option('--lexicon <file>', 'also match this lexicon and show the hits')
    .option('--json', 'print JSON with the keys title, counted, tokens, sentences, boilerplate, spans, hits')
    .addHelpText(
      'after',
      '\nOffsets are UTF-16 code units into the file as read (after a byte-order mark); the title\'s offsets are into the title.\n\nExample:\n  $ framelens inspect corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md --lexicon pipelines/kazakhstan-2022/lexicon.yaml --json',
    )
    .action(async (file: string, opts: { lexicon?: string; json?: boolean }) => {
      const abs = path.resolve(io.cwd, file);
      const result = await inspectFile(abs, opts.lexicon ? path.resolve(io.cwd, opts.lexicon) : undefined, io.cwd);
      if (opts.json) io.stdout(JSON.stringify(result, null, 2));
      else {
        const decoded = decodeText(await readFile(abs));
        printReadable(result, decoded.ok ? decoded.text : '', io, result.lexicon === undefined ? await pipelineLexiconsFor(abs, io.cwd) : []);
      }
    });
};
