import { readFile } from 'node:fs/promises';
import { decodeProblem, decodeText, type FieldHelp, parseYaml, type Problem, zodProblems } from '@framelens/diagnostics';
import { outletFileSchema, type Outlet } from './schema.js';

export const OUTLET_EXAMPLE = `name: Kleine Zeitung
country: AT
kind: daily
url: https://www.kleinezeitung.at/
attribution:
  status: confirmed
  evidence: "The same text is online at kleinezeitung.at/politik/aussenpolitik/6082388/"`;

export const OUTLET_HELP: Record<string, FieldHelp> = {
  name: { expected: 'the outlet\'s display name', example: 'name: Kleine Zeitung' },
  country: { expected: 'an ISO 3166 two-letter country code in capitals', example: 'country: AT' },
  language: { expected: 'an ISO 639 language code', example: 'language: de' },
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
  const parsed = parseYaml(decoded.text, shown, 0, OUTLET_EXAMPLE);
  if (parsed.problems.length) return { problems: parsed.problems };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ file: shown, line: 1, severity: 'error', ruleId: 'yaml/not-a-mapping', message: 'outlet.yaml must be a list of "field: value" lines', expected: 'a YAML mapping', example: OUTLET_EXAMPLE }] };
  }
  const result = outletFileSchema.safeParse(value);
  if (!result.success) {
    return { problems: zodProblems(result.error, { file: shown, doc: parsed.doc, lines: parsed.lines, lineOffset: 0, help: OUTLET_HELP, known: KNOWN, value }) };
  }
  return { outlet: { id, ...result.data }, problems: [] };
}
