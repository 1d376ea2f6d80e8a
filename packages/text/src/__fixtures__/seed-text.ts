import { readFileSync } from 'node:fs';

const FILES: Record<string, string> = {
  '000': 'kleine-zeitung/2022-01-07-autokrat-mit-gewalt.md',
  '001': 'junge-welt/2022-01-07-friedenstruppe-entsandt.md',
  '002': 'nd/2022-01-06-russland-greift-ein.md',
  '003': 'dpa-wire/2022-01-06-nun-hilft-moskau.md',
  '004': 'augsburger-allgemeine/2022-01-07-kreml-mit-sorge.md',
};

/** The verbatim text of a seed article (corpus/kazakhstan-2022, front matter removed). */
export function seedText(id: keyof typeof FILES & string): string {
  const file = FILES[id];
  if (file === undefined) throw new Error(`unknown seed ${id}`);
  const raw = readFileSync(new URL(`../../../../corpus/kazakhstan-2022/${file}`, import.meta.url), 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '');
}
