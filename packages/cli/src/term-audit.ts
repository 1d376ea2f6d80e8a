import { readArticle, scanCorpus, type Article } from '@framelens/corpus';
import type { Problem } from '@framelens/diagnostics';
import { TermAuditor, type CompiledLexicon, type TermAudit } from '@framelens/lexicon';
import { analyzeParts, mapContext } from './analyze-article.js';
import { languageName } from '@framelens/text';
import { articleLanguage } from './language-check.js';

/**
 * Match the lexicon against every article of a corpus, as analyze does (title included; each
 * article with its own language's terms; articles left out by analyze left out here), and collect
 * per term the forms it matched and the words the matching guards skipped, language by language
 * (the lexicon's `language` first). Articles that cannot be read are skipped here (validate reports them).
 */
export async function auditTerms(corpusDir: string, repoRoot: string, compiled: CompiledLexicon): Promise<TermAudit[]> {
  const index = await scanCorpus(corpusDir, { repoRoot });
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  const auditors = new Map([...compiled.languages].map(([code, c]) => [code, new TermAuditor(c)]));
  const context = mapContext();
  for (const entry of index.entries) {
    const outlet = outlets.get(entry.outlet);
    if (!outlet) continue;
    const read = await readArticle(entry, outlet, { repoRoot });
    const article: Article | undefined = read.article;
    const auditor = article && auditors.get(article.language);
    if (!article || !auditor) continue;
    // as the map step: analysed first, and the language check reads the analysis' tokens
    const { doc, hits, options } = analyzeParts(article, compiled, context);
    if (articleLanguage(article, [...auditors.keys()], doc.tokens).leftOut !== undefined) continue;
    if (options.titleDoc) auditor.add(options.titleDoc, options.titleHits ?? []);
    auditor.add(doc, hits);
  }
  return [...auditors.values()].flatMap((a) => a.result());
}

/** Why the guards left a word out, as `terms` prints it. */
const REASONS: Readonly<Record<string, string>> = {
  'verb form': 'an -ed/-ing form; the term is a noun: list it under forms if meant',
  name: 'capitalised mid-sentence: a name',
  'other word': 'another word on the stem; list it under forms if meant',
};

/** "sich ×8 (stop word)", "macht ×3 (lower case)" */
const formList = (forms: readonly { form: string; count: number; reason?: string; stopword?: boolean; lowercase?: boolean; unsure?: boolean }[]) =>
  forms.map((f) => `${f.form} ×${f.count}${f.stopword ? ' (stop word)' : f.lowercase ? ' (lower case)' : f.unsure ? ' (maybe another noun)' : ''}`).join(', ');

/** "Regimegegner ×2", "bandits ×3 (for "bandids")" */
const nearList = (a: TermAudit) => (a.nearWords ?? []).map((n) => `"${n.corpus}" ×${n.count}${a.nearWords!.length > 1 || n.missing !== a.term ? ` (for "${n.missing}")` : ''}`).join(', ');

/** The term with each corpus-less word replaced by its closest corpus word: the likely correct spelling. */
const corrected = (a: TermAudit) => (a.nearWords ?? []).reduce((t, n) => t.replace(n.missing, n.corpus), a.term);

/**
 * validate's warnings: one per flagged term, naming the term, its colliding forms and the fix; and
 * one per term without hits that is one edit from an article word (probably misspelt).
 */
export function termProblems(audits: readonly TermAudit[], lexiconFile: string): Problem[] {
  return [...collisionProblems(audits, lexiconFile), ...neverMatchesProblems(audits, lexiconFile)];
}

function neverMatchesProblems(audits: readonly TermAudit[], lexiconFile: string): Problem[] {
  return audits
    .filter((a) => a.nearWords !== undefined)
    .map((a) => ({
      file: lexiconFile,
      field: a.field,
      ruleId: 'lexicon/term-never-matches' as const,
      severity: 'warning' as const,
      message: `"${a.term}" (${a.category}) matches nothing in the corpus, but the articles have ${nearList(a)}: is the term misspelt?`,
      expected: 'a term written as the articles write it',
      example: `term: ${corrected(a)}`,
    }));
}

function collisionProblems(audits: readonly TermAudit[], lexiconFile: string): Problem[] {
  return audits
    .filter((a) => a.flags.some((f) => f !== 'mostly collisions' && f !== 'forms left out'))
    .map((a) => {
      const bad = a.forms.filter((f) => f.stopword || f.lowercase || f.unsure);
      const badHits = bad.reduce((s, f) => s + f.count, 0);
      return {
        file: lexiconFile,
        field: a.field,
        ruleId: 'lexicon/term-collision' as const,
        severity: 'warning' as const,
        message: `"${a.term}" (${a.category}) matched ${formList(bad)} in the corpus: ${badHits} of its ${a.hits} hits are ${a.flags.includes('mostly collisions') ? 'mostly ' : ''}words that are probably not the term (see framelens terms)`,
        expected: 'a term that matches only its own forms',
        example: a.fix ?? `exclude: [${bad.map((f) => f.form).join(', ')}]`,
      };
    });
}

/**
 * The human-readable audit: per term its forms with counts and an example, skipped words, flags and
 * fix; with terms in several languages, one heading per language.
 */
export function formatAudit(audits: readonly TermAudit[], options: { all?: boolean } = {}): string[] {
  const lines: string[] = [];
  const cut = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
  const languages = [...new Set(audits.map((a) => a.language))];
  let heading: string | undefined;
  for (const a of audits) {
    if (!options.all && a.hits === 0 && a.skipped.length === 0 && a.nearWords === undefined) continue;
    if (languages.length > 1 && a.language !== heading) {
      heading = a.language;
      const of = audits.filter((x) => x.language === heading);
      lines.push(`${languageName(heading)} (${heading}): ${of.length} terms, ${of.filter((x) => x.hits > 0).length} with hits`);
    }
    lines.push(`${a.kind} ${a.category} · "${a.term}" (${a.mode}, ${a.field}): ${a.hits === 0 && a.skipped.length === 0 && a.nearWords === undefined ? 'does not occur in this corpus' : `${a.hits} hit${a.hits === 1 ? '' : 's'}`}${a.flags.length ? `  ⚠ ${a.flags.join(', ')}` : ''}`);
    for (const f of a.forms) lines.push(`    ${f.form} ×${f.count}${f.stopword ? ' [stop word]' : ''}${f.lowercase ? ' [lower case]' : ''}${f.unsure ? ' [unsure: maybe another noun]' : ''}  “${cut(f.example)}”`);
    for (const f of a.skipped) lines.push(`    not counted: ${f.form} ×${f.count} (${REASONS[f.reason ?? ''] ?? f.reason})  “${cut(f.example)}”`);
    if (a.fix) lines.push(`    fix: ${a.fix}`);
    if (a.nearWords) lines.push(`    misspelt? the articles have ${nearList(a)}; fix: term: ${corrected(a)}`);
  }
  const unmatched = audits.filter((a) => a.hits === 0).length;
  const unlisted = audits.filter((a) => a.hits === 0 && a.skipped.length === 0 && a.nearWords === undefined).length;
  const misspelt = audits.filter((a) => a.nearWords !== undefined).length;
  lines.push(
    `${audits.length} terms, ${audits.length - unmatched} with hits${options.all ? '' : ` (${unlisted} without hits not listed; --all lists them)`}, ${audits.filter((a) => a.flags.length > 0).length} flagged` +
      `${misspelt ? `, ${misspelt} without hits close to an article word (misspelt?)` : ''}.`,
  );
  return lines;
}
