import path from 'node:path';
import { Option } from 'commander';
import { printable } from '@framelens/diagnostics';
import type { RegisterCommand } from '../command.js';
import { UsageError } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { progressReporter } from '../progress.js';
import { defaultWorkers, mapShard, runAndWrite } from '../run-pipeline.js';
import { checkTurboInputs } from '../turbo-inputs.js';
import { parseShard, type Shard } from '@framelens/facts';
import { checkOutputOverlap } from '../output-overlap.js';
import { withOutputLock } from '../output-lock.js';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers takes a whole number from 1 to 256 (got "${value}"), e.g. --workers 2`);
  return n;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseMemory(value: string): string {
  if (!/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(value.trim())) throw new UsageError(`--memory-limit takes a size such as 256MB or 2GB (got "${value}")`);
  return value.trim();
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('analyze')
    .description('analyse a pipeline (pipeline.yaml in the folder) and write its report')
    .argument('[pipeline]', 'pipeline folder', '.')
    .addOption(new Option('--workers <n>', `worker threads (default: one per core, here ${defaultWorkers()})`).argParser(parseWorkers))
    .addOption(new Option('--shard <k/n>', 'map only shard K of N (K from 0) into --parts; no report (see docs/scaling.md)').argParser(parseShardOption))
    .option('--parts <dir>', 'with --shard: the folder (shared by all shards) the map step writes its part files to')
    .option('--from-parts <dir>', 'build the report from the part files of finished --shard runs (no map step)')
    .addOption(new Option('--memory-limit <size>', 'memory of the reduce (DuckDB) before it spills to disk, e.g. 256MB').argParser(parseMemory))
    .option('--wait', 'when another run is writing the same report, wait for it to finish instead of stopping (exit code 5)')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ cd pipelines/kazakhstan-2022 && framelens analyze\n  $ framelens analyze pipelines/kazakhstan-2022 --workers 2\n  $ framelens analyze pipelines/p --shard 0/3 --parts /shared/parts   (one per machine, K = 0, 1, 2)\n  $ framelens analyze pipelines/p --from-parts /shared/parts\n\nOne run at a time writes a report: a second run of the same pipeline stops with exit code 5\n("another run (pid …, started …) is writing reports/…"), or waits for the first with --wait.')
    .action(async (dir: string, opts: { workers?: number; wait?: boolean; quiet?: boolean; json?: boolean; shard?: Shard; parts?: string; fromParts?: string; memoryLimit?: string }) => {
      if (opts.shard && !opts.parts) throw new UsageError('--shard needs --parts <dir>, the folder the shards write to, e.g. --shard 0/3 --parts parts');
      if (opts.parts && !opts.shard) throw new UsageError('--parts goes with --shard K/N (a run on one machine keeps its parts in a scratch folder)');
      if (opts.fromParts && opts.shard) throw new UsageError('--from-parts builds the report from finished shards: run it without --shard');
      const started = performance.now();
      const config = await loadPipelineConfig(path.resolve(io.cwd, dir));
      // a corpus or lexicon that turbo.json does not list would be answered from turbo's cache with a stale report
      await checkTurboInputs(config);
      // before anything is written: an output that would replace another pipeline's report, the corpus or a file
      if (!opts.shard) await checkOutputOverlap(config);
      const progress = progressReporter(io, 'analysing', !opts.quiet && !opts.json);
      const common = {
        ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
        onProgress: (done: number, total: number) => progress.update(done, total),
        onNotice: (notice: string) => {
          if (!opts.quiet && !opts.json) io.stderr(printable(`notice: ${notice}`));
        },
      };
      // a --shard run writes part files only: the report folder is written (and locked) by the run that builds the report
      if (opts.shard) {
        const mapped = await mapShard(config, { ...common, shard: opts.shard, partsDir: path.resolve(io.cwd, opts.parts!) });
        progress.finish();
        const seconds = (performance.now() - started) / 1000;
        const summary = { ok: true, pipeline: config.name, shard: `${opts.shard.index}/${opts.shard.count}`, parts: opts.parts, articles: mapped.articles, seconds: Number(seconds.toFixed(3)) };
        if (opts.json) io.stdout(JSON.stringify(summary, null, 2));
        else if (!opts.quiet) io.stdout(`${config.name}: shard ${summary.shard}: analysed ${mapped.articles} article(s) in ${seconds.toFixed(1)} s; parts in ${opts.parts}`);
        return;
      }
      const run = async () => {
        const written = await runAndWrite(config, {
          ...common,
          ...(opts.fromParts ? { fromParts: path.resolve(io.cwd, opts.fromParts) } : {}),
          ...(opts.memoryLimit ? { memoryLimit: opts.memoryLimit } : {}),
        });
        progress.finish();
        return written;
      };
      const result = await withOutputLock(config.outputDir, io, opts, run);
      const seconds = (performance.now() - started) / 1000;
      const data = result.data;
      const report = path.join(config.outputDir, 'index.html');
      const shown = path.relative(io.cwd, report) || report;
      if (opts.json) {
        io.stdout(
          JSON.stringify({ ok: true, pipeline: config.name, report, articles: result.articles, outlets: data.outlets.length, hits: data.evidenceTotal ?? data.evidence.length, seconds: Number(seconds.toFixed(3)), notices: result.notices }, null, 2),
        );
      } else if (!opts.quiet) {
        const n = data.outlets.length;
        io.stdout(`${config.name}: analysed ${result.articles} article${result.articles === 1 ? '' : 's'} from ${n} outlet${n === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`);
        io.stdout(`report written to ${shown}`);
        io.stdout(`open it in a browser: file://${report}`);
      }
    });
};
