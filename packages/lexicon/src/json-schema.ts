import { z } from 'zod';
import { lexiconSchema } from './schema.js';

/** The JSON Schema of a lexicon file as written (defaults optional), for editors; pretty-printed with a final newline. */
export function lexiconJsonSchema(): string {
  const schema = z.toJSONSchema(lexiconSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'framelens lexicon' }, null, 2)}\n`;
}
