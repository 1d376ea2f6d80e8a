import type { AggregateContext } from './aggregate-context.js';
import type { CompiledLexiconLike, TermLike } from './lexicon-like.js';
import type { ArticleRow, CorpusSummary, EvidenceCell, EvidenceRow, LexiconSummary, NearDuplicateRow, ReaderArticle, ReportData } from './report-data.js';
import { claimTable } from './tables/claim-table.js';
import { distinctiveTable } from './tables/distinctive-table.js';
import { languageTable } from './tables/language-table.js';
import { namingTable } from './tables/naming-table.js';
import { outletFrameTable } from './tables/outlet-frame-table.js';
import { outletFrameVoiceTable } from './tables/outlet-frame-voice-table.js';
import { outletTable } from './tables/outlet-table.js';
import { overTimeTable } from './tables/over-time-table.js';
import type { Prepared } from './tables/prepared.js';
import { speakerTable } from './tables/speaker-table.js';
import { warningsTable } from './tables/warnings-table.js';

/** What a reduce hands over to build the report's tables (the Arquero tables are made here). */
export interface ReduceOutput {
  prepared: Prepared;
  capped: { rows: EvidenceRow[]; cappedCells: number; cells: EvidenceCell[] };
  evidenceTotal: number;
  readers: ReaderArticle[];
  nearDuplicates: NearDuplicateRow[];
  /** candidate pairs left unchecked (a warning says so) */
  unchecked: number;
  /** the articles the page refers to (articlesForPage) */
  articles: ArticleRow[];
  corpus: CorpusSummary;
}

/** ReportData from the reduced rows: every per-outlet table (rates, intervals, shares, log-odds), warnings and provenance. */
export function assembleReport(context: AggregateContext, r: ReduceOutput): ReportData {
  const { settings } = context;
  const p = r.prepared;
  const outlets = outletTable(p);
  const distinctOptions: Parameters<typeof distinctiveTable>[1] = {};
  if (settings.distinctivePerOutlet !== undefined) distinctOptions.perOutlet = settings.distinctivePerOutlet;
  if (settings.lexiconGapsPerOutlet !== undefined) distinctOptions.gapsPerOutlet = settings.lexiconGapsPerOutlet;
  if (settings.priorScale !== undefined) distinctOptions.priorScale = settings.priorScale;
  const { distinctive, lexiconGaps } = distinctiveTable(p, distinctOptions);
  const warnings = warningsTable({
    outlets,
    corpus: p.corpus,
    records: p.warned,
    nearDuplicates: r.nearDuplicates,
    syndication: settings.syndication,
    evidencePerCell: settings.evidencePerCell,
    cappedCells: r.capped.cappedCells,
  });
  if (r.unchecked > 0)
    warnings.push({ kind: 'other', message: `${r.unchecked} near-duplicate candidate pair(s) were not checked: the aggregator was given no readText to re-read article texts.` });

  const data: ReportData = {
    schemaVersion: 1,
    pipeline: context.pipeline,
    title: context.title,
    provenance: context.provenance,
    lexicon: lexiconSummary(context.lexicon),
    outlets,
    languages: languageTable(p),
    articles: r.articles,
    outletFrames: outletFrameTable(p),
    outletFrameVoices: outletFrameVoiceTable(p),
    naming: namingTable(p),
    speakers: speakerTable(p),
    claims: claimTable(p),
    distinctive,
    lexiconGaps,
    nearDuplicates: r.nearDuplicates,
    overTime: overTimeTable(p),
    evidence: r.capped.rows,
    evidenceTotal: r.evidenceTotal,
    evidenceCells: r.capped.cells,
    corpus: r.corpus,
    readers: r.readers,
    warnings,
  };
  if (context.description !== undefined) data.description = context.description;
  return data;
}

function lexiconSummary(compiled: CompiledLexiconLike): LexiconSummary {
  const lx = compiled.lexicon;
  const terms = (ts: readonly (string | TermLike)[]) => ts.map((t) => (typeof t === 'string' ? t : t.term));
  return {
    name: lx.name,
    version: lx.version === undefined ? '' : String(lx.version),
    sha256: compiled.sha256,
    frames: lx.frames.map((f) => ({ id: f.id, label: f.label, description: f.description ?? '', terms: terms(f.terms) })),
    referents: (lx.referents ?? []).map((r) => ({ id: r.id, label: r.label, labels: terms(r.labels) })),
    claims: (lx.claims ?? []).map((c) => ({ id: c.id, label: c.label, description: c.description ?? '', terms: terms(c.terms) })),
    speakers: (lx.speakers ?? []).map((s) => ({ id: s.id, label: s.label, names: terms(s.names) })),
  };
}
