import type { Outlet } from '@framelens/corpus';
import type { ArticleResult } from './article-result.js';
import { cmp } from './compare.js';
import type { CompiledLexiconLike, TermLike } from './lexicon-like.js';
import type { LexiconSummary, Provenance, ReportData } from './report-data.js';
import { articleTable } from './tables/article-table.js';
import { claimTable } from './tables/claim-table.js';
import { collapseDuplicates } from './tables/collapse.js';
import { distinctiveTable } from './tables/distinctive-table.js';
import { cappedEvidence, evidenceTable } from './tables/evidence-table.js';
import { namingTable } from './tables/naming-table.js';
import { nearDuplicateTable } from './tables/near-duplicates.js';
import { outletFrameTable } from './tables/outlet-frame-table.js';
import { outletFrameVoiceTable } from './tables/outlet-frame-voice-table.js';
import { outletTable } from './tables/outlet-table.js';
import { overTimeTable } from './tables/over-time-table.js';
import { prepare } from './tables/prepared.js';
import { speakerTable } from './tables/speaker-table.js';
import { warningsTable } from './tables/warnings-table.js';

export interface AggregateSettings {
  /** keep: near-duplicates are shown and counted in full; collapse: a shared passage counts once (see collapseDuplicates) */
  syndication: 'keep' | 'collapse';
  /** evidence rows per outlet × category in `evidenceCapped` */
  evidencePerCell: number;
  bootstrapSeed: number;
  /** bootstrap resamples (0 disables the bootstrap) */
  bootstrapSamples: number;
  /** shingle Jaccard at or above which two articles are near-duplicates (default 0.2) */
  nearDuplicateThreshold?: number;
  /** distinctive terms per outlet (default 20) */
  distinctivePerOutlet?: number;
  /** lexicon-gap suggestions per outlet (default 10) */
  lexiconGapsPerOutlet?: number;
  /** α0 of the Dirichlet prior (default 1000) */
  priorScale?: number;
}

export interface AggregateContext {
  pipeline: string;
  title: string;
  description?: string;
  outlets: readonly Outlet[];
  lexicon: CompiledLexiconLike;
  provenance: Provenance;
  settings: AggregateSettings;
}

/** The reduce step: per-article results → every table of the report. */
export function aggregate(input: readonly ArticleResult[], context: AggregateContext): ReportData {
  const { settings } = context;
  const sorted = [...input].sort((a, b) => cmp(a.article, b.article));
  check(sorted, context.outlets);

  // near-duplicates first: collapse changes the counts everything else reads
  const pairs = nearDuplicateTable(sorted, settings.nearDuplicateThreshold ?? 0.2);
  const collapsed = settings.syndication === 'collapse' ? collapseDuplicates(sorted, pairs) : { results: sorted, duplicateOf: new Map<string, string>() };
  const p = prepare(collapsed.results, context.outlets, context.lexicon.lexicon, context.lexicon.coveredStems);

  const outlets = outletTable(p);
  const articles = articleTable(p, collapsed.duplicateOf);
  const evidence = evidenceTable(p);
  const capped = cappedEvidence(evidence, settings.evidencePerCell);
  const nearDuplicates = pairs.map((d) => d.row);
  const distinctOptions: Parameters<typeof distinctiveTable>[1] = {};
  if (settings.distinctivePerOutlet !== undefined) distinctOptions.perOutlet = settings.distinctivePerOutlet;
  if (settings.lexiconGapsPerOutlet !== undefined) distinctOptions.gapsPerOutlet = settings.lexiconGapsPerOutlet;
  if (settings.priorScale !== undefined) distinctOptions.priorScale = settings.priorScale;
  const { distinctive, lexiconGaps } = distinctiveTable(p, distinctOptions);

  const data: ReportData = {
    schemaVersion: 1,
    pipeline: context.pipeline,
    title: context.title,
    provenance: context.provenance,
    lexicon: lexiconSummary(context.lexicon),
    outlets,
    articles,
    outletFrames: outletFrameTable(p, { samples: settings.bootstrapSamples, seed: settings.bootstrapSeed }),
    outletFrameVoices: outletFrameVoiceTable(p),
    naming: namingTable(p),
    speakers: speakerTable(p),
    claims: claimTable(p),
    distinctive,
    lexiconGaps,
    nearDuplicates,
    overTime: overTimeTable(p),
    evidence,
    evidenceCapped: capped.rows,
    readers: p.results.map((r) => r.reader),
    warnings: warningsTable({
      outlets,
      articles,
      results: p.results,
      nearDuplicates,
      syndication: settings.syndication,
      evidencePerCell: settings.evidencePerCell,
      cappedCells: capped.cappedCells,
    }),
  };
  if (context.description !== undefined) data.description = context.description;
  return data;
}

function check(results: readonly ArticleResult[], outlets: readonly Outlet[]): void {
  const ids = new Set(outlets.map((o) => o.id));
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (i > 0 && results[i - 1]!.article === r.article)
      throw new Error(`aggregate: article id "${r.article}" occurs twice (${results[i - 1]!.path}, ${r.path}); article ids must be unique, e.g. "junge-welt/2022-01-07-friedenstruppe-entsandt"`);
    if (!ids.has(r.outlet))
      throw new Error(`aggregate: article "${r.article}" (${r.path}) names outlet "${r.outlet}", which is not in the outlet list (${[...ids].sort(cmp).join(', ') || 'empty'})`);
  }
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
