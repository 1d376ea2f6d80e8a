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
  terms: 'terms: [Terrorbanden, {term: bunte Revolution, examples: {match: [bunten Revolutionen]}}]\n# or per language:\nterms:\n  de: [Terrorbanden, Terroristen]\n  en: [terrorists, {term: colour revolution, forms: [color revolution]}]',
  labels: 'labels: [Demonstranten, {term: Aufständische, match: prefix}]\n# or per language:\nlabels:\n  de: [Demonstranten, Aufständische]\n  en: [protesters, rioters]',
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

/**
 * The string keys of a path as the schema names them: a language key of terms given per language
 * ("frames[0].terms.en[1]") is left out, so that it reads as its list ("terms").
 */
export function schemaKeys(path: readonly PropertyKey[]): string[] {
  const names: string[] = [];
  path.forEach((p, i) => {
    if (typeof p !== 'string') return;
    const before = path[i - 1];
    if (before === 'terms' || before === 'labels') return;
    names.push(p);
  });
  return names;
}

/** The keys an object at `path` may have (for "unknown key" messages). */
export function allowedKeys(path: readonly PropertyKey[]): string[] {
  const last = schemaKeys(path).at(-1);
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
