/**
 * The texts the language check is evaluated on (language-check-eval.ts, language-check-speed.ts),
 * each with the language it is declared in: the seed articles, the voice gold passages (alone and
 * five at a time), UD German GSD and English EWT dev documents (declared in their own language, and
 * in the other one), the bench corpus, and the hand-written set of src/__fixtures__/language-mixed.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNewsGold } from '../../../test/gold/voice-news-eval.js';
import { LANGUAGE_CASES } from '../src/__fixtures__/language-mixed.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface LanguageDoc {
  id: string;
  declared: string;
  text: string;
  /** what a careful reader says (hand-written set only): written in the declared language */
  keep?: boolean;
}

export interface LanguageSet {
  name: string;
  docs: LanguageDoc[];
}

const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** The markdown articles under `dir` (outlet folders with outlet.yaml), declared by front matter or outlet.yaml. */
export function corpusDocs(dir: string): LanguageDoc[] {
  const docs: LanguageDoc[] = [];
  for (const outlet of readdirSync(dir).sort()) {
    const yaml = path.join(dir, outlet, 'outlet.yaml');
    if (!existsSync(yaml)) continue;
    const outletLanguage = /^language:\s*(\S+)/m.exec(readFileSync(yaml, 'utf8'))?.[1] ?? 'de';
    for (const name of readdirSync(path.join(dir, outlet)).sort()) {
      if (!name.endsWith('.md')) continue;
      const raw = readFileSync(path.join(dir, outlet, name), 'utf8');
      const front = FRONT.exec(raw)?.[1] ?? '';
      const declared = /^language:\s*(\S+)/m.exec(front)?.[1] ?? outletLanguage;
      docs.push({ id: `${outlet}/${name}`, declared, text: raw.replace(FRONT, '') });
    }
  }
  return docs;
}

/** Documents of a CoNLL-U file: by `# newdoc` where it has them, else `group` sentences at a time. */
function conlluDocs(file: string, declared: string, group: number): LanguageDoc[] {
  const docs: LanguageDoc[] = [];
  let current: string[] = [];
  let id = '';
  const flush = () => {
    if (current.length > 0) docs.push({ id, declared, text: current.join(' ') });
    current = [];
  };
  const raw = readFileSync(file, 'utf8');
  const byNewdoc = raw.includes('# newdoc');
  for (const line of raw.split('\n')) {
    const doc = /^# newdoc id = (.*)/.exec(line);
    if (doc) {
      flush();
      id = doc[1]!;
    }
    const sent = /^# sent_id = (.*)/.exec(line);
    if (sent && !byNewdoc && current.length === group) flush();
    if (sent && !byNewdoc && current.length === 0) id = sent[1]!;
    const text = /^# text = (.*)/.exec(line);
    if (text) current.push(text[1]!);
  }
  flush();
  return docs;
}

const UD = path.join(root, '..', 'shared', 'data');
const UD_DE = path.join(UD, 'ud-german-gsd', 'de_gsd-ud-dev.conllu');
const UD_EN = path.join(UD, 'ud-english-ewt', 'en_ewt-ud-dev.conllu');

/**
 * The sets: the fixed ones (in the repository), then UD when ../shared/data has it and `ud` is not
 * false, and `bench` (a corpus folder from `pnpm bench:corpus`) when given and present.
 */
export function languageSets(options: { bench?: string; ud?: boolean } = {}): LanguageSet[] {
  const { bench, ud = true } = options;
  const gold = (file: string, declared: string) => loadNewsGold(path.join(root, 'test', 'gold', file)).map((p) => ({ id: `${file}:${p.id}`, declared, text: p.text }));
  const fives = (docs: LanguageDoc[]) =>
    Array.from({ length: Math.ceil(docs.length / 5) }, (_, k) => ({ ...docs[k * 5]!, id: `${docs[k * 5]!.id}+4`, text: docs.slice(k * 5, k * 5 + 5).map((d) => d.text).join('\n\n') }));
  const goldDe = gold('voice-news.yaml', 'de');
  const goldEn = gold('voice-en.yaml', 'en');
  const sets: LanguageSet[] = [
    { name: 'seeds', docs: corpusDocs(path.join(root, 'corpus', 'kazakhstan-2022')) },
    { name: 'gold passages', docs: [...goldDe, ...goldEn] },
    { name: 'gold, 5 passages a text', docs: [...fives(goldDe), ...fives(goldEn)] },
    { name: 'hand-written', docs: LANGUAGE_CASES.map((c) => ({ id: c.id, declared: c.declared, text: c.text, ...(c.keep === undefined ? {} : { keep: c.keep }) })) },
  ];
  if (ud && existsSync(UD_DE) && existsSync(UD_EN)) {
    const de = conlluDocs(UD_DE, 'de', 8);
    const en = conlluDocs(UD_EN, 'en', 8);
    sets.push(
      { name: 'UD German GSD dev (8 sentences a text)', docs: de },
      { name: 'UD English EWT dev (newdoc)', docs: en },
      { name: 'UD GSD declared en', docs: de.map((d) => ({ ...d, declared: 'en' })) },
      { name: 'UD EWT declared de', docs: en.map((d) => ({ ...d, declared: 'de' })) },
    );
  }
  if (bench !== undefined && existsSync(bench)) sets.push({ name: `bench ${path.relative(root, bench)}`, docs: corpusDocs(bench) });
  return sets;
}
