/**
 * The message catalogue: every rule a framelens problem can come from, with a stable id. The id is
 * what scripts and editors key on (`framelens validate --json` carries it as `ruleId`); the message
 * text may be reworded, the id never changes. A rule that is no longer raised keeps its entry.
 *
 * `summary` says what is wrong, `fix` what to do; both are listed in the README's Messages
 * section (written by `pnpm --filter @framelens/diagnostics messages`, checked by rules.test.ts).
 */
export interface Rule {
  /** what the problem is, in a few words */
  summary: string;
  /** what to do about it */
  fix: string;
}

export const RULES = {
  // reading a file: any text file framelens reads (articles, outlet.yaml, the lexicon)
  'file/unreadable': { summary: 'the file cannot be read (missing, a folder, no permission)', fix: 'check the path; the message names the file as framelens looked for it' },
  'file/binary': { summary: 'NUL bytes or control characters: a binary file (PDF, Word, image), not text', fix: 'export the text as UTF-8 plain text (.txt) or Markdown (.md) and import that' },
  'file/encoding': { summary: 'neither UTF-8 nor Windows-1252 text, or a byte-order mark that does not fit the bytes', fix: 'find the encoding (`file -i old.txt`) and convert: `iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt`' },
  'file/too-large': { summary: 'an article over the size limit (20 MB)', fix: 'one article per file; import a multi-article export with `--format jsonl` or `csv`' },

  // YAML: front matter, outlet.yaml, pipeline.yaml, the lexicon
  'yaml/syntax': { summary: 'a YAML syntax error not covered by a more specific rule below', fix: 'one "field: value" per line; quote values that contain ": " or start with a quote mark' },
  'yaml/colon-in-value': { summary: 'an unquoted value holds ": " (title: Kasachstan: Tokajew spricht)', fix: 'put the value in double quotes; the message shows the corrected line' },
  'yaml/unclosed-quote': { summary: 'a quote mark that opens a value is never closed', fix: 'close the quote at the end of the value, on the same line' },
  'yaml/unclosed-bracket': { summary: 'a "[" or "{" that opens a list or group is never closed', fix: 'close it on the same line, after the last item' },
  'yaml/tab-indent': { summary: 'a line indented with a tab', fix: 'indent with spaces (usually two per level)' },
  'yaml/missing-colon': { summary: 'a line with a field name but no ":" after it', fix: 'write "field: value", with a colon and a space' },
  'yaml/duplicate-key': { summary: 'the same field twice in one group', fix: 'keep one of the two lines' },
  'yaml/alias': { summary: 'YAML that parses but has no value: an alias (*name) without its anchor, or too many aliases', fix: 'write plain "field: value" lines without anchors (&name) and aliases (*name)' },
  'yaml/alias-expansion': { summary: 'aliases (*name) that expand the YAML to far more values than are written (more than 100,000 more): refused before they are expanded', fix: 'write the values out, or use a few aliases of short lists' },
  'yaml/too-deep': { summary: 'lists or maps nested hundreds of levels deep: more than the YAML parser follows', fix: 'a few levels of "field: value" lines and lists' },
  'yaml/not-a-mapping': { summary: 'the YAML is a list or a single value, not "field: value" lines', fix: 'write one "field: value" per line' },

  // fields of outlet.yaml, front matter and pipeline.yaml (checked against their schemas)
  'field/unknown': { summary: 'a field the file does not have (often a misspelling: "titel")', fix: 'rename it to the suggested field, or remove it; the allowed fields are listed' },
  'field/required': { summary: 'a required field is missing', fix: 'add it; the message shows an example line' },
  'field/type': { summary: 'a field has the wrong kind of value (a list where text is expected …)', fix: 'write the value as in the example' },
  'field/value': { summary: 'a value outside the allowed ones, or not in the allowed form (an http(s) URL, a language code …)', fix: 'use one of the listed values, or the form of the example' },

  // the corpus folder
  'corpus/not-found': { summary: 'the corpus folder does not exist, or is a file (pipeline.yaml names it at its line, with the closest existing folder: "did you mean")', fix: 'correct `corpus:` in pipeline.yaml as the example shows, or create the folder with `framelens add-outlet`' },
  'corpus/no-articles': { summary: 'the corpus has no outlets or no articles', fix: '`framelens add-outlet <event> <id> --name "…"`, then `framelens import <event> <id> <files>`' },
  'corpus/no-outlet-yaml': { summary: 'an outlet folder without outlet.yaml', fix: '`framelens add-outlet <event> <id> --name "…"`, or write the file' },
  'corpus/unsafe-name': { summary: 'an outlet folder name that is not a safe id (a slug)', fix: 'rename the folder to the suggested slug' },
  'corpus/not-read': { summary: 'a file or folder framelens does not read (a stray file, a sub-folder, another extension)', fix: 'move articles into an outlet folder as .md or .txt (the files of a sub-folder up into its outlet folder, a nested outlet folder up into the event folder); other files are ignored' },
  'corpus/symlink': { summary: 'a symbolic link that leads outside the corpus or nowhere: not followed', fix: 'copy the file into the corpus, or remove the link' },
  'corpus/duplicate-id': { summary: 'two files give the same article id (they differ only in extension)', fix: 'rename one of them' },
  'corpus/empty-outlet': { summary: 'an outlet with no articles yet (warning)', fix: 'import its articles, or remove the folder' },

  // outlets
  'outlet/same-name': { summary: 'two outlets of a corpus have the same name: the report would show two identical labels (warning)', fix: 'give each outlet a distinct `name:`' },

  // articles
  'article/empty': { summary: 'an empty file, or front matter without any text after it', fix: 'add the article text, or remove the file' },
  'article/front-matter-unclosed': { summary: 'front matter that opens with "---" and never closes', fix: 'add a line `---` after the metadata' },
  'article/front-matter-language': { summary: 'front matter marked as another language ("---js", "---toml"): framelens reads YAML front matter only', fix: 'write the metadata as YAML "field: value" lines between two lines `---`' },
  'article/date': { summary: 'a date that is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY) or not in the calendar', fix: 'write the suggested date, in quotes: `date: "2022-01-07"`' },
  'article/date-precision': { summary: 'a datePrecision that does not fit the date, or one without a date', fix: 'use the precision of the date, `inferred`, or leave datePrecision out' },
  'article/other-language': { summary: "an article in a language the lexicon has no terms for, or whose detected language is not its declared one: left out of every count (warning)", fix: 'add terms in its language to the lexicon, remove it, or put the original or a translation in its place; if its declared language is wrong, set `language:` in its front matter' },
  'article/undated': { summary: 'an article without a date in a corpus where others have one: "Over time" leaves it out (warning)', fix: 'add `date:` to its front matter (save a .txt as .md to have front matter)' },

  // the lexicon
  'lexicon/not-found': { summary: 'the lexicon file named in pipeline.yaml does not exist, or is a folder (with the closest existing file: "did you mean")', fix: 'correct `lexicon:` in pipeline.yaml as the example shows (relative to the pipeline folder)' },
  'lexicon/unknown-key': { summary: 'a key the lexicon format does not have', fix: 'rename it to the suggested key, or remove it' },
  'lexicon/missing-key': { summary: 'a required key is missing (id, label, terms …)', fix: 'add it; the message shows an example' },
  'lexicon/invalid-value': { summary: 'a value of the wrong kind, or outside the allowed ones (a match mode …)', fix: 'write it as in the example' },
  'lexicon/duplicate-id': { summary: 'two entries of one section with the same id', fix: 'give every entry of a section its own id' },
  'lexicon/empty-entry': { summary: 'an entry with no terms, labels or names: it can never be found', fix: 'add at least one term, or remove the entry' },
  'lexicon/never-matches': { summary: 'a term that can never match (empty, only punctuation, an empty stem, or several words for a one-word match mode)', fix: 'write a word or phrase; use `match: stem` for phrases' },
  'lexicon/short-term': { summary: 'a prefix or compound head under 4 letters: it would match many unrelated words (warning)', fix: 'a longer prefix or head, or `exclude: [...]`' },
  'lexicon/duplicate-term': { summary: 'a term that matches the same words as another: once in the same entry (warning), or in two entries, where it would never be counted (error)', fix: 'keep each term in one entry; tell similar words apart with `match: exact` or `match: prefix`' },
  'lexicon/duplicate-speaker': { summary: 'a speaker name in two groups: the first group wins (warning)', fix: 'list each name in one group' },
  'lexicon/term-collision': { summary: 'a term that matched stop words, lower-case words for a capitalised term, or words that may be another noun on its stem in the corpus ("macht" for "Macht*", "Unruh" for "Unruhen") (warning)', fix: '`match: exact` with the forms you mean, or `exclude: [...]`; `framelens terms` lists every form' },
  'lexicon/term-never-matches': { summary: 'a term that matched nothing in the corpus while an article word is one edit from it (a letter added, left out, changed, or two swapped) ("Regimgegner", the corpus has "Regimegegner"): probably misspelt (warning)', fix: 'write the term as the articles do (the message shows the corpus word); `framelens terms --all` lists every term without hits' },
  'lexicon/example-fails': { summary: 'a term example that does not match (with the example\'s words closest to the term, or that the term is not in it), or a nomatch example that does', fix: 'correct a misspelt term, add a form, change the match mode, or add an `exclude` entry' },
  'lexicon/unknown-language': { summary: 'a lexicon `language`, or a key of terms given per language, that framelens has no text rules for (tokens, stems, stop words)', fix: 'use a language framelens reads ("de", "en"); the text package README says how to add one' },
  'lexicon/missing-language': { summary: 'an entry with terms in one language but none in another language of the corpus: articles in that language never show it (warning)', fix: 'add terms in that language (`terms: {de: [...], en: [...]}`), or leave it if the entry does not occur there' },

  // pipelines and commands
  'pipeline/not-found': { summary: 'no pipeline.yaml where one was expected', fix: 'run the command in a pipeline folder or pass one; `framelens new-pipeline <name> --corpus <event>` creates one' },
  'pipeline/path': { summary: 'a corpus, lexicon or output path outside where it must be (the repository, reports/), also through a symbolic link', fix: 'a path inside the repository; output inside reports/' },
  'pipeline/output-overlap': { summary: "an output folder inside or holding another pipeline's output or the corpus, or a file where the folder belongs: analyze would replace or delete it", fix: 'give each pipeline its own folder under reports/, e.g. `output: ../../reports/<pipeline>`' },
  'pipeline/unsafe-name': { summary: 'a pipeline folder name that is not a slug', fix: 'rename it: lower-case letters, digits and hyphens' },
  'pipeline/turbo-inputs': { summary: "a pipeline's turbo.json is missing or does not list the corpus and lexicon: turbo would reuse a stale report", fix: 'the message shows the inputs to add (new-pipeline writes them)' },
  'pipeline/not-installed': { summary: "a pipeline's package is not installed yet, so the framelens command is not found in it", fix: 'run `pnpm install` at the repository root, then the command again' },
  'command/not-in-repo': { summary: 'the command runs outside a framelens repository (no pnpm-workspace.yaml here or above)', fix: 'cd into the repository first' },
  'command/argument': { summary: 'a command-line argument or option value that is missing or not allowed (an id that is not a slug, an unknown kind …)', fix: 'the message names the option and shows a valid example' },
  'command/not-found': { summary: 'something a command refers to does not exist (an outlet, a corpus, a file to inspect)', fix: 'create it first (add-outlet, import), or check the name; the message lists what there is' },
  'command/exists': { summary: 'a command would overwrite something that exists (an outlet, a pipeline)', fix: 'choose another id, or edit the existing files' },

  // hand-coded validation: framelens sample, agreement, and validate's check of the coded sample
  'validation/no-analysis': { summary: 'a sample is drawn from the hits of an analysis, and the pipeline has none (or the corpus changed since)', fix: 'run `framelens analyze` for the pipeline, then `framelens sample`' },
  'validation/no-sample': { summary: 'no sample, or a sample with missing files, to check coded files against', fix: '`framelens sample <pipeline>`; a sample is four files written together (.csv, .key.csv, .json, .html)' },
  'validation/coded-columns': { summary: 'a coded file that is not a CSV with the columns item, coder, present and voice', fix: 'export it from the coding page, or fill in the sample CSV without renaming its columns' },
  'validation/unknown-item': { summary: 'a coded row whose item id is not in the sample (or empty)', fix: 'code the sample the file belongs to (`--sample <date>`); keep the item column as it was' },
  'validation/other-pipeline': { summary: "a coded row from another pipeline's sample", fix: 'one coded file holds one pipeline; pass it to `framelens agreement` with its own pipeline' },
  'validation/code': { summary: 'a coded row with an empty or unknown answer (present: yes, no, unsure; voice: own voice, quoted, reported, distanced)', fix: 'answer both questions with one of the listed codes, or leave both empty for "not coded yet"' },
  'validation/coder': { summary: 'a coded row without a coder name, with another coder than the file, an item coded twice, or two files from one coder', fix: 'one file per coder, the same name on every row, each item once' },
  'validation/stale-sample': { summary: 'the coded sample was drawn before terms were added to the lexicon: their hits were never checked (warning)', fix: 'draw a new sample (`framelens sample`), code it and run `framelens agreement`' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
