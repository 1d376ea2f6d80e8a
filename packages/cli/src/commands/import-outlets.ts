// Multi-outlet imports: `import <event> export.csv --map outlet=media_name` (or `--preset mediacloud`)
// puts each article into the outlet its row names, creating the outlets that do not exist yet.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readOutletFile, slugify, type ImportedArticle, type ImportSkip } from '@framelens/corpus';
import { addOutlet } from './add-outlet.js';

export interface OutletGroup {
  /** the outlet id: the slug of the name */
  id: string;
  /** the name as the export writes it (the first spelling met, when several give one id) */
  name: string;
  /** indexes into the imported articles, in input order */
  articles: number[];
}

/**
 * One group per distinct outlet id, sorted by id. An outlet value without letters or digits gives
 * no id: its articles are skipped. Spellings that give the same id ("Die Presse", "DIE PRESSE") go
 * into one outlet, with a warning naming them.
 */
export function groupByOutlet(articles: readonly ImportedArticle[], column: string): { groups: OutletGroup[]; skipped: ImportSkip[]; warnings: ImportSkip[] } {
  const byId = new Map<string, OutletGroup & { spellings: Set<string>; source: string }>();
  const skipped: ImportSkip[] = [];
  articles.forEach((article, i) => {
    const name = article.outlet ?? '';
    const id = slugify(name);
    if (!id) return void skipped.push({ source: article.source, reason: `the outlet "${name}" (column "${column}") has no letters or digits to make an outlet id from` });
    const group = byId.get(id) ?? { id, name, articles: [], spellings: new Set<string>(), source: article.source };
    group.articles.push(i);
    group.spellings.add(name);
    byId.set(id, group);
  });
  const groups = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const warnings = groups
    .filter((g) => g.spellings.size > 1)
    .map((g) => ({ source: g.source, reason: `${[...g.spellings].map((s) => `"${s}"`).join(', ')} all give the outlet id ${g.id}: imported into one outlet, named "${g.name}"` }));
  return { groups: groups.map(({ id, name, articles: indexes }) => ({ id, name, articles: indexes })), skipped, warnings };
}

/** The outlets of an event that have a readable outlet.yaml: id → name. */
async function existingOutlets(root: string, event: string): Promise<Map<string, string>> {
  const dir = path.join(root, 'corpus', event);
  const outlets = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name, 'outlet.yaml');
    if (!(await stat(file).then((s) => s.isFile(), () => false))) continue;
    const { outlet } = await readOutletFile(file, file, entry.name);
    outlets.set(entry.name, outlet?.name ?? entry.name);
  }
  return outlets;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The outlet folder of each group. An existing outlet with the same name (case aside) or the same
 * id is used as it is (so "tagesschau.de" finds the outlet `tagesschau` named "tagesschau.de"); a
 * new one gets an outlet.yaml with the name as written and `attribution: unverified`, its evidence
 * saying where the name came from. Returns the groups with their outlet ids, and the ids created.
 */
export async function ensureOutlets(
  root: string,
  event: string,
  groups: readonly OutletGroup[],
  column: string,
  inputs: readonly string[],
  cwd: string,
): Promise<{ groups: OutletGroup[]; created: string[] }> {
  const existing = await existingOutlets(root, event);
  const created: string[] = [];
  const from = inputs.length === 1 ? path.basename(inputs[0]!) : `${inputs.length} files`;
  const resolved: OutletGroup[] = [];
  for (const group of groups) {
    const byName = [...existing].find(([, name]) => sameName(name, group.name))?.[0];
    const id = byName ?? group.id;
    if (!existing.has(id)) {
      await addOutlet(event, id, { name: group.name, attribution: 'unverified', evidence: `Named in the "${column}" column of ${from}; not checked against the outlet.` }, { cwd });
      existing.set(id, group.name);
      created.push(id);
    }
    resolved.push({ ...group, id });
  }
  return { groups: resolved, created };
}
