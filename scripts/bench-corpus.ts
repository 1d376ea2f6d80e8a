/**
 * `pnpm bench:corpus --size 1GB [--out bench-corpus/1GB]`: write a deterministic synthetic corpus
 * for benchmarks: German sentences recombined from the seed articles, 50 outlets, dated over 2022.
 * Same size → same bytes. Not committed (bench-corpus/ is git-ignored).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '@framelens/tools';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(text.trim());
  if (!m) throw new Error(`--size takes a size like 100MB or 1GB (got "${text}")`);
  const unit = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 }[(m[2] ?? 'B').toUpperCase() as 'B' | 'KB' | 'MB' | 'GB'];
  return Math.round(Number(m[1]) * unit);
}


/** Sentences of the seed corpus (a rough split is enough for synthetic text). */
async function seedSentences(): Promise<string[]> {
  const root = path.join(repoRoot, 'corpus', 'kazakhstan-2022');
  const out: string[] = [];
  for (const outlet of (await readdir(root)).sort()) {
    const dir = path.join(root, outlet);
    for (const name of (await readdir(dir)).sort()) {
      if (!name.endsWith('.md')) continue;
      const body = (await readFile(path.join(dir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const para of body.split(/\n\s*\n/)) {
        for (const s of para.split(/(?<=[.!?«»“"])\s+(?=[A-ZÄÖÜ„»«"])/)) if (s.trim().length > 20) out.push(s.trim());
      }
    }
  }
  return out;
}

export interface GeneratedCorpus {
  dir: string;
  pipelineDir: string;
  bytes: number;
  articles: number;
}

export async function generateCorpus(size: number, outDir: string): Promise<GeneratedCorpus> {
  const sentences = await seedSentences();
  const random = mulberry32(20220106 ^ size);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const corpusDir = path.join(outDir, 'corpus', 'bench');
  await rm(outDir, { recursive: true, force: true });
  const outlets = Array.from({ length: 50 }, (_, i) => `outlet-${String(i + 1).padStart(2, '0')}`);
  for (const [i, id] of outlets.entries()) {
    await mkdir(path.join(corpusDir, id), { recursive: true });
    const status = i % 5 === 0 ? 'inferred' : 'confirmed';
    await writeFile(path.join(corpusDir, id, 'outlet.yaml'), `name: Outlet ${i + 1}\ncountry: DE\nlanguage: de\nkind: daily\nattribution:\n  status: ${status}\n  evidence: synthetic benchmark outlet\n`);
  }
  // Vary the recombined sentences (numbers, places, names, an occasional dropped word), so that
  // articles share passages only as often as real coverage does, not in every sentence.
  const places = ['Almaty', 'Astana', 'Aktobe', 'Aktau', 'Schymkent', 'Taras', 'Karaganda', 'Pawlodar', 'Semei', 'Kostanai', 'Oral', 'Atyrau'];
  const people = ['Tokajew', 'Nasarbajew', 'Paschinjan', 'Putin', 'Lukaschenko', 'Mamin', 'Smailow', 'Massimow'];
  const vary = (sentence: string): string =>
    sentence
      .replace(/\d+/g, () => String(1 + Math.floor(random() * 2000)))
      .replace(/\bAlmaty\b/g, () => pick(places))
      .replace(/\bTokajew\b/g, () => pick(people))
      .split(' ')
      .filter((w, i) => i === 0 || random() > 0.06)
      .join(' ');
  let bytes = 0;
  let articles = 0;
  const start = Date.UTC(2022, 0, 1);
  while (bytes < size) {
    const paragraphs: string[] = [];
    const nParas = 3 + Math.floor(random() * 8);
    for (let p = 0; p < nParas; p++) {
      const n = 1 + Math.floor(random() * 4);
      paragraphs.push(Array.from({ length: n }, () => vary(pick(sentences))).join(' '));
    }
    const body = paragraphs.join('\n\n');
    const date = new Date(start + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
    const outlet = outlets[articles % outlets.length] as string;
    const file = path.join(corpusDir, outlet, `${date}-${String(articles).padStart(7, '0')}.md`);
    const text = `---\ntitle: "Artikel ${articles}"\ndate: "${date}"\ndatePrecision: day\nlanguage: de\n---\n${body}`;
    await writeFile(file, text);
    bytes += Buffer.byteLength(body);
    articles++;
  }
  const pipelineDir = path.join(outDir, 'pipeline');
  await mkdir(pipelineDir, { recursive: true });
  const rel = (p: string) => path.relative(pipelineDir, p).split(path.sep).join('/');
  await writeFile(
    path.join(pipelineDir, 'pipeline.yaml'),
    [
      `title: "Benchmark corpus (${(size / 1e6).toFixed(0)} MB)"`,
      `corpus: ${rel(corpusDir)}`,
      `lexicon: ${rel(path.join(repoRoot, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml'))}`,
      `output: ${rel(path.join(repoRoot, 'reports', `bench-${path.basename(outDir).toLowerCase()}`))}`,
      'evidencePerCell: 20',
      '',
    ].join('\n'),
  );
  return { dir: corpusDir, pipelineDir, bytes, articles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '100MB' }, out: { type: 'string' } } });
  const size = parseSize(values.size ?? '100MB');
  const out = path.resolve(values.out ?? path.join(repoRoot, 'bench-corpus', (values.size ?? '100MB').toUpperCase()));
  const t0 = performance.now();
  const result = await generateCorpus(size, out);
  console.log(`wrote ${result.articles} articles, ${(result.bytes / 1e6).toFixed(1)} MB of text, to ${path.relative(process.cwd(), result.dir)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`pipeline: ${path.relative(process.cwd(), result.pipelineDir)}/pipeline.yaml`);
}
