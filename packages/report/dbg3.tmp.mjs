import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync('node_modules/vega-lite/build/vega-lite-schema.json', 'utf8')));
const base = { orient: 'top', labelAngle: 0, labelAlign: 'center', labelBaseline: 'bottom', labelPadding: 4, labelLineHeight: 13, labelLimit: 90, labelExpr: 'datum.value' };
const variants = { base, enc1: { ...base, encoding: { labels: { dy: { value: { expr: '0' } } } } }, enc2: { ...base, encoding: { labels: { dy: { signal: '0' } } } }, enc3: { ...base, encoding: { labels: { update: { dy: { signal: '0' } } } } } };
for (const [k, axis] of Object.entries(variants)) {
  const ok = validate({ data: { values: [] }, mark: 'rect', encoding: { x: { field: 'a', type: 'nominal', axis } } });
  console.log(k, ok, ok ? '' : ajv.errorsText(validate.errors).slice(0, 200));
}
