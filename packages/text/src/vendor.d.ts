// Deep imports of natural's pieces (ENVIRONMENT.md: never `import 'natural'`) and stopword,
// which ship no types for these entry points.
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const PorterStemmerDe: { stem(word: string): string };
  export default PorterStemmerDe;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_de.js' {
  export default class AggressiveTokenizerDe {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordPunctTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  export default class SentenceTokenizer {
    constructor(abbreviations?: string[], trimSentences?: boolean);
    tokenize(text: string): string[];
  }
}
declare module 'stopword' {
  export const deu: string[];
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
  export const pol: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/stemmers/lancaster_stemmer.js' {
  const LancasterStemmer: { stem(word: string): string };
  export default LancasterStemmer;
}
