import { z } from 'zod';

/** A safe folder/file id: lower-case letters, digits and single hyphens ("kleine-zeitung"). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and hyphens, e.g. "kleine-zeitung"');

export const outletKindSchema = z.enum(['daily', 'weekly', 'wire', 'broadcaster', 'online', 'magazine']);

export const attributionSchema = z
  .object({
    status: z
      .enum(['confirmed', 'inferred', 'unverified'])
      .describe('confirmed: the text was found at the outlet; inferred: attributed from style or context; unverified: nobody has checked (what add-outlet and import write without evidence)'),
    evidence: z.string().min(1).optional().describe('why the article is attributed to this outlet'),
  })
  .strict();

/** `corpus/<event>/<outlet-id>/outlet.yaml` */
export const outletFileSchema = z
  .object({
    name: z.string().min(1).describe('display name, e.g. "Kleine Zeitung"'),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter code, e.g. "DE"').optional(),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code, e.g. "de"').default('de'),
    kind: outletKindSchema.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    attribution: attributionSchema.default({ status: 'confirmed' }),
    testCopy: z
      .boolean()
      .optional()
      .describe('true: a fictional outlet whose articles were written for tests, not coverage; left out of the findings at a glance unless the pipeline sets testCopiesInFindings: true'),
  })
  .strict();

export type OutletFile = z.infer<typeof outletFileSchema>;
export type Outlet = OutletFile & { id: string };

export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'inferred']);

/** Front matter of `corpus/<event>/<outlet-id>/<article>.md` */
export const articleFrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2022-01-07"')
      .optional(),
    datePrecision: datePrecisionSchema.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    author: z.string().min(1).optional(),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code, e.g. "de"').optional(),
    note: z.string().optional(),
    /** earlier file names of the article, oldest first: `import --force` renamed it when its title or date changed */
    renamedFrom: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** The schema's checks of its plain text fields, written out (the same rules, no zod call per article). */
const PLAIN_FIELDS: Record<string, (v: string) => boolean> = {
  title: (v) => v.length >= 1,
  author: (v) => v.length >= 1,
  note: () => true,
  date: (v) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v),
  datePrecision: (v) => v === 'day' || v === 'month' || v === 'year' || v === 'inferred',
  language: (v) => /^[a-z]{2,3}$/.test(v),
};

const urlRule = (v: string) => articleFrontMatterSchema.shape.url.safeParse(v).success;

/**
 * Whether `articleFrontMatterSchema` accepts `record` as it is (its output equal to its input):
 * true for the common front matter, every field a string that its rule above accepts, `url` checked
 * by the schema's own url rule; false for anything else (unknown fields, other types, a value the
 * rules refuse), which the caller parses with the schema for its problems.
 * Examples: { title: "Proteste in Almaty", date: "2022-01-06", language: "de" } → true;
 * { date: "06.01.2022" } → false; { tags: "x" } → false.
 */
export function plainFrontMatter(record: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(record)) {
    const rule = Object.hasOwn(PLAIN_FIELDS, key) ? PLAIN_FIELDS[key] : key === 'url' ? urlRule : undefined;
    if (typeof value !== 'string' || rule === undefined || !rule(value)) return false;
  }
  return true;
}

export interface Article {
  /** Stable id derived from the path: "<outlet-id>/<file name without extension>". */
  id: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: z.infer<typeof datePrecisionSchema>;
  url?: string;
  author?: string;
  language: string;
  /** The verbatim article body (after BOM removal; line endings as in the file). */
  text: string;
  source: { path: string; sha256: string };
}
