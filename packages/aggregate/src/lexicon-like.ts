/**
 * The parts of @framelens/lexicon's CompiledLexicon that aggregation reads,
 * declared structurally so this package does not depend on the matcher.
 */
export interface TermLike {
  term: string;
}

export interface LexiconLike {
  name: string;
  version?: string | number;
  frames: readonly { id: string; label: string; description?: string; terms: readonly TermLike[] }[];
  referents?: readonly { id: string; label: string; labels: readonly TermLike[] }[];
  claims?: readonly { id: string; label: string; description?: string; terms: readonly TermLike[] }[];
  speakers?: readonly { id: string; label: string; names: readonly (string | TermLike)[] }[];
}

export interface CompiledLexiconLike {
  lexicon: LexiconLike;
  sha256: string;
  /** stems that some lexicon term matches (for lexicon-gap suggestions) */
  coveredStems: ReadonlySet<string>;
}
