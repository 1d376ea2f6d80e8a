import { isAlias, isCollection, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';

/**
 * Values that aliases (*name) may add to a YAML document beyond what it spells out. The yaml
 * package's maxAliasCount limits how many aliases there are, not how much they expand to:
 * 999 aliases of one 10,000-term list are 10 million values, which exhausts the memory.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** The number of values (scalars, lists, maps) of a document: spelled out, and with every alias expanded. */
export function yamlSize(doc: Document): { written: number; expanded: number } {
  const expandedOf = new Map<Node, number>();
  const inProgress = new Set<Node>();
  const anchors = new Map<string, Node>();
  let written = 0;
  const walk = (node: unknown, viaAlias: boolean): number => {
    if (isAlias(node)) {
      if (!viaAlias) written++;
      // the latest anchor of that name before the alias (document order; Alias.resolve would search the whole document each time)
      const target = anchors.get(node.source);
      // an alias inside its own anchor expands without end: the yaml package refuses it
      return target && !inProgress.has(target) ? walk(target, true) : 1;
    }
    if (!viaAlias) written++;
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (!viaAlias && anchor !== undefined) anchors.set(anchor, node as Node);
    if (isScalar(node) || !isCollection(node)) return 1;
    const known = expandedOf.get(node);
    if (known !== undefined && viaAlias) return known;
    inProgress.add(node);
    let n = 1;
    for (const item of node.items) {
      if (isPair(item)) n += walk(item.key, viaAlias) + walk(item.value, viaAlias);
      else n += walk(item, viaAlias);
    }
    inProgress.delete(node);
    expandedOf.set(node, n);
    return n;
  };
  const expanded = doc.contents ? walk(doc.contents, false) : 0;
  return { written, expanded };
}

/** The problem message when aliases expand a document too far; undefined when they do not. */
export function aliasExpansionMessage(doc: Document): string | undefined {
  const { written, expanded } = yamlSize(doc);
  if (expanded - written <= MAX_ALIAS_EXPANSION) return undefined;
  return `YAML cannot be read: its aliases (*name) expand ${written.toLocaleString('en-GB')} written values to ${expanded.toLocaleString('en-GB')}; at most ${MAX_ALIAS_EXPANSION.toLocaleString('en-GB')} more than written are allowed`;
}

/**
 * `parse` of the yaml package for YAML read without line-level messages (front matter of files
 * being imported), bounded like parseYaml: throws on syntax errors, on too many aliases, and on
 * aliases that expand the document far beyond what is written.
 */
export function parseYamlBounded(source: string): unknown {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw doc.errors[0]!;
  const expansion = aliasExpansionMessage(doc);
  if (expansion) throw new Error(expansion);
  return doc.toJS({ maxAliasCount: 100 });
}
