import { readFile } from 'node:fs/promises';
import { decodeProblem, decodeText, type FieldHelp, languageCodeFor, parseYaml, type Problem, zodProblems } from '@framelens/diagnostics';
import { outletFileSchema, type Outlet } from './schema.js';

export const OUTLET_EXAMPLE = `name: Kleine Zeitung
country: AT
kind: daily
url: https://www.kleinezeitung.at/
attribution:
  status: confirmed
  evidence: "The same text is online at kleinezeitung.at/politik/aussenpolitik/6082388/"`;

/** "kleine-zeitung" → "Kleine Zeitung": a display name guessed from the folder name, for examples. */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * An outlet.yaml to copy for the outlet folder `id`: placeholders to replace, never another outlet's
 * data (a copied example must not label an outlet with someone else's country or evidence).
 */
export function outletExample(id: string): string {
  return `${`name: ${nameFromId(id) || 'My Outlet'}`.padEnd(20)} # the outlet's name as the report shows it
country: XX          # replace: its ISO 3166 country code, e.g. DE, AT, CH
kind: daily          # daily, weekly, wire, broadcaster, online or magazine
attribution:
  status: unverified # confirmed, with evidence, once you checked the articles are this outlet's`;
}

export const OUTLET_HELP: Record<string, FieldHelp> = {
  name: { expected: 'the outlet\'s display name', example: 'name: Kleine Zeitung' },
  country: { expected: 'an ISO 3166 two-letter country code in capitals', example: 'country: AT' },
  language: { expected: 'an ISO 639-1 language code in lower case', example: 'language: de', suggest: languageCodeFor },
  kind: { expected: 'one of daily, weekly, wire, broadcaster, online, magazine', example: 'kind: daily' },
  url: { expected: 'an http(s) URL', example: 'url: https://www.kleinezeitung.at/' },
  attribution: { expected: 'status (confirmed or inferred) and evidence', example: 'attribution:\n  status: inferred\n  evidence: "dpa house style: «…» quotes"' },
  'attribution.status': { expected: 'confirmed or inferred', example: 'status: inferred' },
  testCopy: { expected: 'true for a fictional outlet written for tests (left out of the findings at a glance), else leave it out', example: 'testCopy: true' },
  'attribution.evidence': { expected: 'a sentence saying why the articles belong to this outlet', example: 'evidence: "same text at nd-aktuell.de/artikel/1160198"' },
};

const KNOWN = { '': Object.keys(outletFileSchema.shape), attribution: ['status', 'evidence'] };

/** Read and validate `<outlet folder>/outlet.yaml`; the outlet id is the folder name. */
export async function readOutletFile(file: string, shown: string, id: string): Promise<{ outlet?: Outlet; problems: Problem[] }> {
  const decoded = decodeText(await readFile(file));
  if (!decoded.ok) return { problems: [decodeProblem(decoded, shown)] };
  const example = outletExample(id);
  const parsed = parseYaml(decoded.text, shown, 0, example);
  if (parsed.problems.length) return { problems: parsed.problems };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ file: shown, line: 1, severity: 'error', ruleId: 'yaml/not-a-mapping', message: 'outlet.yaml must be a list of "field: value" lines', expected: 'a YAML mapping', example }] };
  }
  const result = outletFileSchema.safeParse(value);
  if (!result.success) {
    return { problems: zodProblems(result.error, { file: shown, doc: parsed.doc, lines: parsed.lines, lineOffset: 0, help: { ...OUTLET_HELP, name: { ...OUTLET_HELP.name!, example: `name: ${nameFromId(id) || 'My Outlet'}` } }, known: KNOWN, value }) };
  }
  return { outlet: { id, ...result.data }, problems: [] };
}
