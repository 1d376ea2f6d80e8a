import { claimSchema, frameSchema, lexiconSchema, referentSchema, speakerGroupSchema, termExamplesSchema, termObjectSchema } from './schema.js';
import { closestField } from '@framelens/diagnostics';

/** Examples shown with a problem, keyed by the field the problem is about. */
const EXAMPLES: Record<string, string> = {
  name: 'name: kazakhstan-2022',
  language: 'language: de',
  version: 'version: 1',
  description: 'description: Claims that the protests were organised from abroad.',
  frames: 'frames:\n  - id: terror-extremism\n    label: Terror and extremism\n    description: The unrest is the work of terrorists.\n    terms: [Terrorbanden, Terroristen]',
  referents: 'referents:\n  - id: protesters\n    label: Protesters\n    labels: [Demonstranten, Aufständische, Terroristen]',
  claims: 'claims:\n  - id: shoot-order\n    label: Shoot-without-warning order\n    description: Tokayev ordered to shoot without warning.\n    terms: [Schießbefehl, ohne Vorwarnung]',
  speakers: 'speakers:\n  - id: kazakh-authorities\n    label: Kazakh authorities\n    names: [Tokajew, Polizei]',
  id: 'id: terror-extremism',
  label: 'label: Terror and extremism',
  terms: 'terms: [Terrorbanden, {term: bunte Revolution, examples: {match: [bunten Revolutionen]}}]',
  labels: 'labels: [Demonstranten, {term: Aufständische, match: prefix}]',
  names: 'names: [Tokajew, Kassym-Schomart Tokajew, die Polizei]',
  term: 'term: bunte Revolution',
  match: 'match: compound-part   # one of stem, exact, prefix, compound-part',
  forms: 'forms: [Antiterroroperationen]',
  exclude: 'exclude: [Verband, Verbände]',
  note: 'note: Tokayev\'s own wording',
  source: 'source: seed 002 (nd)',
  examples: 'examples: {match: [bunten Revolutionen], nomatch: [Revolutionsgarden]}',
  nomatch: 'nomatch: [Truppenkontingent]',
};

export function exampleFor(key: string | undefined): string {
  return (key === undefined ? undefined : EXAMPLES[key]) ?? EXAMPLES.frames!;
}

/** The keys an object at `path` may have (for "unknown key" messages). */
export function allowedKeys(path: readonly PropertyKey[]): string[] {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  const shape =
    last === undefined ? lexiconSchema.shape
    : last === 'examples' ? termExamplesSchema.shape
    : last === 'terms' || last === 'labels' ? termObjectSchema.shape
    : last === 'frames' ? frameSchema.shape
    : last === 'referents' ? referentSchema.shape
    : last === 'claims' ? claimSchema.shape
    : last === 'speakers' ? speakerGroupSchema.shape
    : undefined;
  return shape ? Object.keys(shape) : [];
}

/** The allowed key closest to a misspelt one, for "did you mean" (the corpus loader's rule). */
export function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  return closestField(key, allowed);
}
