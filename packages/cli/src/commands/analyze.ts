import path from 'node:path';
import { Option } from 'commander';
import { printable } from '@framelens/corpus';
import type { RegisterCommand } from '../command.js';
import { UsageError } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { progressReporter } from '../progress.js';
import { defaultWorkers, runAndWrite } from '../run-pipeline.js';
import { checkTurboInputs } from '../turbo-inputs.js';
import { checkOutputOverlap } from '../output-overlap.js';
import { withOutputLock } from '../output-lock.js';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers takes a whole number from 1 to 256 (got "${value}"), e.g. --workers 2`);
  return n;
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('analyze')
    .description('analyse a pipeline (pipeline.yaml in the folder) and write its report')
    .argument('[pipeline]', 'pipeline folder', '.')
    .addOption(new Option('--workers <n>', `worker threads (default: one per core, here ${defaultWorkers()})`).argParser(parseWorkers))
    .option('--wait', 'when another run is writing the same report, wait for it to finish instead of stopping (exit code 5)')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ cd pipelines/kazakhstan-2022 && framelens analyze\n  $ framelens analyze pipelines/kazakhstan-2022 --workers 2\n\nOne run at a time writes a report: a second run of the same pipeline stops with exit code 5\n("another run (pid …, started …) is writing reports/…"), or waits for the first with --wait.')
    .action(async (dir: string, opts: { workers?: number; wait?: boolean; quiet?: boolean; json?: boolean }) => {
      const started = performance.now();
      const config = await loadPipelineConfig(path.resolve(io.cwd, dir));
      // a corpus or lexicon that turbo.json does not list would be answered from turbo's cache with a stale report
      await checkTurboInputs(config);
      await checkOutputOverlap(config);
      const result = await withOutputLock(config.outputDir, io, opts, async () => {
        const progress = progressReporter(io, 'analysing', !opts.quiet && !opts.json);
        const written = await runAndWrite(config, {
          ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          onProgress: (done, total) => progress.update(done, total),
          onNotice: (notice) => {
            if (!opts.quiet && !opts.json) io.stderr(printable(`notice: ${notice}`));
          },
        });
        progress.finish();
        return written;
      });
      const seconds = (performance.now() - started) / 1000;
      const report = path.join(config.outputDir, 'index.html');
      const shown = path.relative(io.cwd, report) || report;
      if (opts.json) {
        io.stdout(
          JSON.stringify({ ok: true, pipeline: config.name, report, articles: result.articles, outlets: result.data.outlets.length, hits: result.data.evidenceTotal ?? result.data.evidence.length, seconds: Number(seconds.toFixed(3)), notices: result.notices }, null, 2),
        );
      } else if (!opts.quiet) {
        const n = result.data.outlets.length;
        io.stdout(`${config.name}: analysed ${result.articles} article${result.articles === 1 ? '' : 's'} from ${n} outlet${n === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`);
        io.stdout(`report written to ${shown}`);
        io.stdout(`open it in a browser: file://${report}`);
      }
    });
};
