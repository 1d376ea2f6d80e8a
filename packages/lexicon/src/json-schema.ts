import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { lexiconSchema, termSchema } from './schema.js';

/** The JSON Schema of a lexicon file as written (defaults optional), for editors; pretty-printed with a final newline. */
export function lexiconJsonSchema(): string {
  const options = { io: 'input', target: 'draft-2020-12' } as const;
  const { $schema: _, ...term } = z.toJSONSchema(termSchema, options);
  // a term is defined once ($defs/term) and referred to by every list of terms, plain or per language
  const schema = { ...(refer(z.toJSONSchema(lexiconSchema, options), term) as object), $defs: { term } };
  return `${JSON.stringify({ ...schema, title: 'framelens lexicon' }, null, 2)}\n`;
}

/** `node` with every subtree equal to `def` replaced by a reference to $defs/term. */
function refer(node: unknown, def: unknown): unknown {
  if (isDeepStrictEqual(node, def)) return { $ref: '#/$defs/term' };
  if (Array.isArray(node)) return node.map((n) => refer(n, def));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, refer(v, def)]));
  return node;
}
