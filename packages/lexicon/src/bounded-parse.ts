import { pushAll } from '@framelens/diagnostics';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Parsed<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/**
 * `schema.safeParse(value)`, which zod cannot finish for a value with more than about 120,000
 * issues (it gathers a list's issues with push(...issues): "Maximum call stack size exceeded").
 * Then the value is checked piece by piece instead: each field of an object and each item of a
 * list on its own, their issues prefixed with their path and gathered without a spread.
 */
export function safeParseBounded<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { success: false, issues: piecewise(schema, value, []) };
  }
}

function piecewise(schema: z.ZodType, value: unknown, path: PropertyKey[]): Issue[] {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; catchall?: unknown };
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return value === undefined ? [] : piecewise(def.innerType, value, path);
  const issues: Issue[] = [];
  if (def.type === 'object' && def.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(def.shape)) pushAll(issues, piecewise(field, record[key], [...path, key]));
    const unknown = Object.keys(record).filter((k) => !(k in def.shape!));
    if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, path, message: `Unrecognized keys: ${unknown.join(', ')}`, input: value } as Issue);
    return issues;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => pushAll(issues, piecewise(def.element!, item, [...path, i])));
    return issues;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] } as Issue);
  return issues;
}
