// Bad pipeline.yaml and lexicon files through the real CLI: the exact message and exit code, and the
// previous report left byte-identical (harness.ts).
import { cp, mkdir, readFile, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { EVENT, PIPELINE, write, type Case } from './harness.js';

export const pipelineCases: Case[] = [
  { name: 'lexicon: an empty term', fixture: 'lexicon-empty-term', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:10:9 frames[0].terms[1]: empty term
    expected: a word or phrase
    example:  term: Terrorbanden` },
  { name: 'lexicon: a term in two frames', fixture: 'lexicon-term-in-two-frames', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:12:24 frames[1].terms[1]: "Banditen" (crime) matches the same words ("bandit") as "Banditen" (terror-extremism, frames[0].terms[1]); a word counts for one frame only, so this term would never be counted
    expected: each term in one frame only; to tell similar words apart use match: exact or match: prefix
    example:  {term: Banditen, match: exact, forms: [...]}` },
  { name: 'lexicon: a frame without terms', fixture: 'lexicon-frame-without-terms', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:12:12 frames[1].terms: "socio-economic" has no terms, so it can never be found
    expected: at least one term
    example:  terms: [Terrorbanden]` },
  { name: 'pipeline.yaml pointing outside the repository', fixture: 'pipeline-outside-repository', exit: 1, stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:2 corpus: points outside the repository (/tmp/corpus-elsewhere)
    expected: a path inside <repo>
    example:  corpus: ../../corpus/kazakhstan-2022
error pipelines/kazakhstan-2022/pipeline.yaml:3 lexicon: points outside the repository (/etc/framelens/lexicon.yaml)
    expected: a path inside <repo>
    example:  lexicon: lexicon.yaml
error pipelines/kazakhstan-2022/pipeline.yaml:4 output: must be a folder inside the repository's reports/ folder (got /tmp/reports/kazakhstan-2022)
    expected: a folder inside the repository's reports/ folder, relative to the pipeline folder (it need not exist yet)
    example:  output: ../../reports/kazakhstan-2022` },
  {
    name: 'lexicon: a misspelt term whose example no longer matches',
    breakRepo: async (repo) => {
      const yaml = await readFile(path.join(repo, PIPELINE, 'lexicon.yaml'), 'utf8');
      await write(repo, `${PIPELINE}/lexicon.yaml`, yaml.replace('        - term: Banditen\n', '        - term: Banditten\n'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:53:21 frames[0].terms.de[5].examples.match[0]: example "»Dutzende von Banditen liquidiert«" should match "Banditten" (terror-extremism) but does not (it matches "liquidiert" of state-violence instead); its words closest to the term are "Banditen"
    expected: the term, one of its forms, or its match mode to cover this text
    example:  term: Banditen   (if "Banditten" is misspelt), or keep the term and add: forms: [Banditen]`,
  },
  {
    name: 'pipeline.yaml names a misspelt corpus folder and lexicon file',
    breakRepo: async (repo) => {
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, `${PIPELINE}/pipeline.yaml`, yaml.replace('corpus/kazakhstan-2022', 'corpus/kazakstan-2022').replace('lexicon: lexicon.yaml', 'lexicon: lexicn.yaml'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:7 corpus: folder "corpus/kazakstan-2022" not found; did you mean "corpus/kazakhstan-2022"?
    expected: an existing corpus folder (one folder per outlet), relative to the pipeline folder
    example:  corpus: ../../corpus/kazakhstan-2022
error pipelines/kazakhstan-2022/pipeline.yaml:8 lexicon: file "pipelines/kazakhstan-2022/lexicn.yaml" not found; did you mean "pipelines/kazakhstan-2022/lexicon.yaml"?
    expected: an existing lexicon file, relative to the pipeline folder
    example:  lexicon: lexicon.yaml`,
  },
  {
    name: 'pipeline.yaml names a corpus folder with no close name, and a folder as its lexicon',
    breakRepo: async (repo) => {
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, `${PIPELINE}/pipeline.yaml`, yaml.replace('corpus/kazakhstan-2022', 'corpus/ukraine-2014').replace('lexicon: lexicon.yaml', 'lexicon: ../../corpus'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:7 corpus: folder "corpus/ukraine-2014" not found; corpus/ holds "kazakhstan-2022"
    expected: an existing corpus folder (one folder per outlet), relative to the pipeline folder
    example:  corpus: ../../corpus/kazakhstan-2022
error pipelines/kazakhstan-2022/pipeline.yaml:8 lexicon: "corpus" is a folder, not a file
    expected: an existing lexicon file, relative to the pipeline folder
    example:  lexicon: lexicon.yaml`,
  },
  {
    name: 'a corpus folder that is a symbolic link out of the repository',
    breakRepo: async (repo) => {
      await cp(path.join(repo, EVENT), `${repo}-elsewhere`, { recursive: true });
      await rm(path.join(repo, EVENT), { recursive: true });
      await symlink(`${repo}-elsewhere`, path.join(repo, EVENT));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:7 corpus: leads outside the repository through a symbolic link (corpus/kazakhstan-2022 is <repo>-elsewhere)
    expected: a real folder or file inside the repository, not a link to one elsewhere
    example:  copy it into the repository instead: rm corpus/kazakhstan-2022 && cp -r <repo>-elsewhere corpus/kazakhstan-2022`,
  },
  {
    name: 'pipeline.yaml names a lexicon that turbo.json does not list (turbo would serve a stale report)',
    breakRepo: async (repo) => {
      await mkdir(path.join(repo, 'lexicons'));
      await cp(path.join(repo, PIPELINE, 'lexicon.yaml'), path.join(repo, 'lexicons', 'shared.yaml'));
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, `${PIPELINE}/pipeline.yaml`, yaml.replace('lexicon: lexicon.yaml', 'lexicon: ../../lexicons/shared.yaml'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/turbo.json tasks.analyze.inputs: does not cover the lexicon lexicons/shared.yaml, so turbo would not re-run the analysis when it changes and would show a stale report
    expected: an input for $TURBO_ROOT$/lexicons/shared.yaml (pipeline.yaml names the lexicon lexicons/shared.yaml)
    example:  "inputs": ["pipeline.yaml","lexicon.yaml","$TURBO_ROOT$/corpus/kazakhstan-2022/**","$TURBO_ROOT$/validation/kazakhstan-2022/**","$TURBO_ROOT$/lexicons/shared.yaml"]`,
  },
  {
    name: "an output inside another pipeline's output",
    breakRepo: async (repo) => {
      await mkdir(path.join(repo, 'pipelines', 'other'));
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, 'pipelines/other/pipeline.yaml', yaml.replace('output: ../../reports/kazakhstan-2022', 'output: ../../reports/kazakhstan-2022/other'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:9 output: reports/kazakhstan-2022 holds reports/kazakhstan-2022/other, the output of pipeline "other" (pipelines/other/pipeline.yaml): a run of pipeline "kazakhstan-2022" would replace or delete pipeline "other"'s report
    expected: a folder of its own inside reports/, outside every other pipeline's output and the corpus
    example:  output: ../../reports/kazakhstan-2022`,
  },
];
