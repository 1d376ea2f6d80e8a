// Bad input through "framelens validate", as a new user makes it (the reviewer's cases, review F11):
// each message names the file, the line or field, what was expected and an example that is the fix.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '@framelens/cli';
import { tempRepo } from '@framelens/tools';
import { captureIo } from '@framelens/tools/seed-repo';
import { FIXTURES } from './bad-input/harness.js';

const EVENT = 'corpus/kazakhstan-2022';
const LEXICON = 'pipelines/kazakhstan-2022/lexicon.yaml';

let repo: string;
beforeEach(async () => void (repo = await tempRepo({ pipeline: true })));
afterEach(async () => rm(repo, { recursive: true, force: true }));

/** Run `framelens <args>` in the temporary repository: exit code, stdout and stderr as printed. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(repo);
  const code = await main(args, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}
const validate = () => run('validate', 'pipelines/kazakhstan-2022');

/** Replace `from` (once, it must be there) by `to` in a file of the temporary repository. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(repo, file), 'utf8');
  expect(text).toContain(from);
  await writeFile(path.join(repo, file), text.replace(from, to));
}

describe('validate: language', () => {
  it('an English article declared German: the example is the fix (language: en), not the lexicon language', async () => {
    await cp(path.join(FIXTURES, 'validate', 'english-declared-german.md'), path.join(repo, EVENT, 'nd', '2022-01-08-kazakhstan-protesters-defy-curfew.md'));
    const { code, err } = await validate();
    expect(code).toBe(0);
    expect(err).toBe(
      [
        'warning corpus/kazakhstan-2022/nd/2022-01-08-kazakhstan-protesters-defy-curfew.md left out of every count, because its text reads as English (en, detected) but it is declared language: de (front matter or outlet.yaml); if it is English, set language: en in its front matter or outlet.yaml.',
        '    expected: an article in a language of the lexicon (de, en), declared as such',
        "    example:  language: en   (in the article's front matter; in outlet.yaml if all of the outlet's articles are in it)",
      ].join('\n'),
    );
  });

  for (const [value, code] of [['EN', 'en'], ['English', 'en'], ['Deutsch', 'de'], ['german', 'de']] as const) {
    it(`outlet.yaml language: ${value} → did you mean "${code}", with the corrected line`, async () => {
      await edit(`${EVENT}/nd/outlet.yaml`, 'language: de', `language: ${value}`);
      const { code: exit, err } = await validate();
      expect(exit).toBe(1);
      expect(err.split('\n').slice(0, 3)).toEqual([
        `error corpus/kazakhstan-2022/nd/outlet.yaml:3 language: must be an ISO 639 language code, e.g. "de" (got "${value}"; did you mean "${code}"?)`,
        '    expected: an ISO 639-1 language code in lower case',
        `    example:  language: ${code}`,
      ]);
    });
  }

  it('front matter language: EN → did you mean "en", at its line', async () => {
    await edit(`${EVENT}/fictional-wire-en/2022-01-06-alliance-sends-troops.md`, 'language: en\n', 'language: EN\n');
    const { err } = await validate();
    expect(err.split('\n').slice(0, 3)).toEqual([
      'error corpus/kazakhstan-2022/fictional-wire-en/2022-01-06-alliance-sends-troops.md:4 language: must be an ISO 639 language code, e.g. "de" (got "EN"; did you mean "en"?)',
      '    expected: an ISO 639-1 language code in lower case',
      '    example:  language: en',
    ]);
  });

  it('lexicon language: English / Deutsch / deu and a terms key EN: → did you mean, with the corrected line', async () => {
    const original = await readFile(path.join(repo, LEXICON), 'utf8');
    const first = async (lexicon: string) => {
      await writeFile(path.join(repo, LEXICON), lexicon);
      return (await validate()).err.split('\n').slice(0, 3);
    };
    expect(await first(original.replace('\nlanguage: de\n', '\nlanguage: English\n'))).toEqual([
      'error pipelines/kazakhstan-2022/lexicon.yaml:16:11 language: must be an ISO 639 language code, e.g. "de" or "en" (got "English"; did you mean "en"?)',
      '    expected: an ISO 639-1 code in lower case, e.g. de or en',
      '    example:  language: en',
    ]);
    expect((await first(original.replace('\nlanguage: de\n', '\nlanguage: Deutsch\n')))[2]).toBe('    example:  language: de');
    expect(await first(original.replace('\nlanguage: de\n', '\nlanguage: deu\n'))).toEqual([
      'error pipelines/kazakhstan-2022/lexicon.yaml:16:11 language: framelens has no text rules (tokens, stems, stop words) for the language "deu" (did you mean "de"?)',
      '    expected: a language framelens reads: "de", "en"',
      '    example:  language: de',
    ]);
    expect((await first(original.replace('\n      en:\n', '\n      EN:\n')))[0]).toBe('error pipelines/kazakhstan-2022/lexicon.yaml:75:7 frames[0].terms.EN: "EN" is not a language code (did you mean "en"?)');
  });
});

describe('validate: lexicon terms', () => {
  it('a misspelt term whose example no longer matches: the example\'s word closest to the term, not the whole sentence as a form', async () => {
    await edit(LEXICON, '        - term: Banditen\n', '        - term: Banditten\n');
    const { code, err } = await validate();
    expect(code).toBe(1);
    expect(err.split('\n').slice(0, 3)).toEqual([
      'error pipelines/kazakhstan-2022/lexicon.yaml:53:21 frames[0].terms.de[5].examples.match[0]: example "»Dutzende von Banditen liquidiert«" should match "Banditten" (terror-extremism) but does not (it matches "liquidiert" of state-violence instead); its words closest to the term are "Banditen"',
      '    expected: the term, one of its forms, or its match mode to cover this text',
      '    example:  term: Banditen   (if "Banditten" is misspelt), or keep the term and add: forms: [Banditen]',
    ]);
  });

  it('an example without the term: says so, and never offers the sentence as a form', async () => {
    await edit(LEXICON, 'match: [»Dutzende von Banditen liquidiert«]', 'match: [»Dutzende von Räubern liquidiert«]');
    const { err } = await validate();
    expect(err.split('\n').slice(0, 3)).toEqual([
      'error pipelines/kazakhstan-2022/lexicon.yaml:53:21 frames[0].terms.de[5].examples.match[0]: example "»Dutzende von Räubern liquidiert«" should match "Banditen" (terror-extremism) but does not (it matches "liquidiert" of state-violence instead); the term does not occur in its example',
      '    expected: an example with the term (or one of its forms) in it, as news text writes it',
      '    example:  match: [Banditen …]   (a phrase from an article that uses "Banditen")',
    ]);
  });

  it('typo\'d terms that match nothing ("bandids", "Regimgegner") are warned about, with the corpus word they miss', async () => {
    await edit(LEXICON, '        - bandits\n', '        - bandids\n');
    await edit(LEXICON, '        - term: Regimegegner\n', '        - term: Regimgegner\n');
    const { code, err, out } = await validate();
    expect(code).toBe(0);
    expect(err).toBe(
      [
        'warning pipelines/kazakhstan-2022/lexicon.yaml:370:11 frames[5].terms.de[5]: "Regimgegner" (protest-unrest) matches nothing in the corpus, but the articles have "Regimegegner" ×2: is the term misspelt?',
        '    expected: a term written as the articles write it',
        '    example:  term: Regimegegner',
        'warning pipelines/kazakhstan-2022/lexicon.yaml:83:11 frames[0].terms.en[3]: "bandids" (terror-extremism) matches nothing in the corpus, but the articles have "bandits" ×2: is the term misspelt?',
        '    expected: a term written as the articles write it',
        '    example:  term: bandits',
      ].join('\n'),
    );
    expect(out).toBe('valid: 0 errors, 2 warnings; 9 articles from 7 outlets read');
    // `framelens terms` lists them without --all
    const terms = await run('terms', 'pipelines/kazakhstan-2022');
    expect(terms.out).toContain('frame protest-unrest · "Regimgegner" (stem, frames[5].terms.de[5]): 0 hits\n    misspelt? the articles have "Regimegegner" ×2; fix: term: Regimegegner');
  });

  it('the seed lexicon, whose terms without hits are not near any article word, gets no such warning', async () => {
    const { err, out } = await validate();
    expect(err).toBe('');
    expect(out).toBe('valid: 0 errors, 0 warnings; 9 articles from 7 outlets read');
  });
});

describe('validate: corpus folders and the summary', () => {
  it('a sub-folder inside an outlet folder: move its files up', async () => {
    await mkdir(path.join(repo, EVENT, 'nd', 'archiv'));
    await cp(path.join(repo, EVENT, 'nd', '2022-01-06-russland-greift-ein.md'), path.join(repo, EVENT, 'nd', 'archiv', '2022-01-05-alt.md'));
    const { code, err } = await validate();
    expect(code).toBe(0);
    expect(err).toBe(
      [
        'warning corpus/kazakhstan-2022/nd/archiv is a folder: articles in folders inside an outlet folder are not read (1 article file in it)',
        '    expected: the article files directly in the outlet folder, next to its outlet.yaml',
        '    example:  move its files up: mv -n corpus/kazakhstan-2022/nd/archiv/* corpus/kazakhstan-2022/nd/ && rmdir corpus/kazakhstan-2022/nd/archiv',
      ].join('\n'),
    );
  });

  it('an outlet folder inside an outlet folder: move it up into the event folder', async () => {
    await cp(path.join(repo, EVENT, 'nd'), path.join(repo, EVENT, 'dpa-wire', 'nd-kopie'), { recursive: true });
    const { err } = await validate();
    expect(err.split('\n')).toEqual([
      'warning corpus/kazakhstan-2022/dpa-wire/nd-kopie is a folder inside the outlet folder corpus/kazakhstan-2022/dpa-wire, so it is not read; it has an outlet.yaml, so it is an outlet folder of its own (1 article file in it)',
      '    expected: outlet folders side by side in the event folder: corpus/<event>/<outlet-id>/',
      '    example:  move it up: mv corpus/kazakhstan-2022/dpa-wire/nd-kopie corpus/kazakhstan-2022/',
    ]);
  });

  it('a missing outlet.yaml: the example is a placeholder from the folder name, not a real outlet\'s data', async () => {
    await mkdir(path.join(repo, EVENT, 'wiener-bote'));
    await cp(path.join(repo, EVENT, 'nd', '2022-01-06-russland-greift-ein.md'), path.join(repo, EVENT, 'wiener-bote', '2022-01-06-a.md'));
    const { err } = await validate();
    expect(err).toContain(
      [
        'error corpus/kazakhstan-2022/wiener-bote/outlet.yaml missing: the outlet folder "wiener-bote" has no outlet.yaml',
        "    expected: an outlet.yaml with at least the outlet's name",
        "    example:  framelens add-outlet kazakhstan-2022 wiener-bote --name 'Wiener Bote'   or write:",
        "              name: Wiener Bote    # the outlet's name as the report shows it",
        '              country: XX          # replace: its ISO 3166 country code, e.g. DE, AT, CH',
      ].join('\n'),
    );
    expect(err).not.toContain('Kleine Zeitung');
    expect(err).not.toContain('kleinezeitung');
  });

  it('the summary counts the articles found, and says how many were read and how many failed', async () => {
    // 9 articles; 3 of them broken (an unknown field, a wrong date, an empty file)
    await edit(`${EVENT}/nd/2022-01-06-russland-greift-ein.md`, '---\n', '---\ntitel: x\n');
    await edit(`${EVENT}/dpa-wire/2022-01-06-nun-hilft-moskau.md`, '---\n', '---\ndate: "gestern"\n');
    await writeFile(path.join(repo, EVENT, 'junge-welt', '2022-01-07-friedenstruppe-entsandt.md'), '');
    await rm(path.join(repo, EVENT, 'kleine-zeitung', 'outlet.yaml'));
    const { code, err } = await validate();
    expect(code).toBe(1);
    expect(err.split('\n').at(-1)).toBe(
      'invalid: 4 errors, 0 warnings; 9 articles found in 7 outlet folders: 6 read, 3 with errors; 1 of 7 outlet.yaml files missing or with errors',
    );
  });
});

describe('inspect without --lexicon', () => {
  it('says no lexicon was given and names the pipeline\'s, instead of "0 hits counted"', async () => {
    const file = `${EVENT}/nd/2022-01-06-russland-greift-ein.md`;
    const { code, out } = await run('inspect', file);
    expect(code).toBe(0);
    const first = out.split('\n')[0]!;
    expect(first).toBe(
      `${file}: 747 words counted (7 in the title, 740 in the text; 12 boilerplate words not counted), the number analyze counts for this article (data/articles.parquet: word_tokens); ` +
        `no lexicon given, so no hits are matched or counted: add --lexicon pipelines/kazakhstan-2022/lexicon.yaml (its pipeline's lexicon) to see the hits analyze counts`,
    );
    expect(first).not.toContain('0 hits');
    // with it, the hits
    expect((await run('inspect', file, '--lexicon', LEXICON)).out.split('\n')[0]).toContain('78 hits counted (30 frame hits; 2 in the title; 1 hit not counted (negated))');
  });
});
