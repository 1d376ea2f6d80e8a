import path from 'node:path';
import { compileLexicon, loadLexicon } from '@framelens/lexicon';
import type { RegisterCommand } from '../command.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { auditTerms, formatAudit } from '../term-audit.js';

/** `framelens terms <pipeline>`: what every lexicon term matched in the corpus, and which matches look wrong. */
export const register: RegisterCommand = (program, { io }) => {
  program
    .command('terms')
    .description("list per lexicon term every form it matched in the corpus, with counts and an example sentence; flag stop-word and lower-case collisions")
    .argument('[pipeline]', 'the pipeline folder (with pipeline.yaml)', '.')
    .option('--json', 'print the audit as JSON')
    .option('--all', 'also list terms without hits')
    .addHelpText(
      'after',
      '\nExample:\n  $ framelens terms pipelines/kazakhstan-2022\n  $ framelens terms pipelines/kazakhstan-2022 --json > terms.json\n\n' +
        'A form is flagged when it is a stop word ("sich" for "Sicherheit") or a lower-case word for a capitalised\n' +
        'term ("macht" for "Macht"); "not counted" lists words of the same stem that the matching guards left out.',
    )
    .action(async (dir: string, opts: { json?: boolean; all?: boolean }) => {
      const config = await loadPipelineConfig(path.resolve(io.cwd, dir));
      const compiled = compileLexicon(await loadLexicon(config.lexiconFile));
      const audits = await auditTerms(config.corpusDir, config.repoRoot, compiled);
      if (opts.json) io.stdout(JSON.stringify(opts.all ? audits : audits.filter((a) => a.hits > 0 || a.skipped.length > 0), null, 2));
      else for (const line of formatAudit(audits, { all: opts.all === true })) io.stdout(line);
    });
};
