import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { normaliseDate } from '../dates.js';
import type { ImportedArticle, ImportSkip } from './imported.js';

type Json = Record<string, unknown>;
// the few DOM members used here (the package builds without the DOM lib)
interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
}
interface Doc extends El {
  querySelectorAll(selector: string): ArrayLike<El>;
  documentElement: El | null;
  body: El;
}
// linkedom takes about 170 ms to load: it is loaded when a page is first imported, not with every
// start of the CLI or of a worker thread (its CommonJS build, through require)
const require = createRequire(import.meta.url);
let parseHtml: typeof ParseHtml | undefined;
const parse = (html: string) => (parseHtml ??= (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML)(html).document as unknown as Doc;
/** fewer words than this is a page without an article (an error page, a cookie wall) */
const MIN_WORDS = 20;
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?Article$|^BlogPosting$/;

/** NewsArticle objects in a page's JSON-LD scripts (top level, arrays, @graph). */
function jsonLdArticles(document: Doc): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const obj = node as Json;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(obj);
    if (obj['@graph']) visit(obj['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a broken JSON-LD block: the meta tags may still say enough
    }
  }
  return found;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
function personName(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(personName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Json).name);
  return str(v);
}

/** Block elements of Readability's cleaned HTML → paragraphs separated by blank lines. */
function blocksToText(html: string): string {
  const document = parse(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption'))
    // only the innermost blocks: a <blockquote><p> counts once
    .filter((el) => !el.querySelector('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  if (blocks.length) return blocks.join('\n\n');
  return (document.body.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n\n').trim();
}

/** A saved web page → its main text (Readability on linkedom) and metadata (meta tags, JSON-LD). */
export function articleFromHtml(html: string, source: string, warnings: ImportSkip[]): ImportedArticle | ImportSkip {
  const document = parse(html);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = str(el?.getAttribute('content'));
      if (content) return content;
    }
    return undefined;
  };
  // metadata first: Readability rewrites the document
  const ld = jsonLdArticles(document)[0] ?? {};
  const title = str(ld.headline) ?? meta('og:title', 'twitter:title', 'dc.title') ?? str(document.querySelector('title')?.textContent);
  const rawDate =
    meta('article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate', 'publish-date') ??
    str(ld.datePublished) ??
    str(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const author = personName(ld.author) ?? meta('author', 'article:author', 'dc.creator');
  const url = str(ld.url) ?? meta('og:url') ?? str(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const lang = str(document.documentElement?.getAttribute('lang')) ?? str(ld.inLanguage) ?? meta('og:locale');

  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  let text = parsed?.content ? blocksToText(parsed.content) : '';
  // a byline paragraph ("Von Christian Esch") is metadata, not article text
  const byline = author ?? str(parsed?.byline);
  const firstBlock = text.split('\n\n', 1)[0] ?? '';
  if (byline && firstBlock.length < 120 && firstBlock.replace(/^(?:von|by)\s+/i, '').includes(byline.replace(/^(?:von|by)\s+/i, ''))) {
    text = text.slice(firstBlock.length).replace(/^\s+/, '');
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) {
    return {
      source,
      reason: `empty text: no article text found in the page (${words === 0 ? 'nothing' : `only ${words} word${words === 1 ? '' : 's'}`}); save the article page itself, completely ("Web page, complete" or "HTML only")`,
    };
  }

  const article: ImportedArticle = { source, text };
  const heading = title ?? str(parsed?.title);
  if (heading) article.title = heading.replace(/\s+/g, ' ');
  const date = rawDate ?? str(parsed?.publishedTime);
  if (date) {
    const normalised = normaliseDate(date);
    if (normalised.ok) Object.assign(article, { date: normalised.date, datePrecision: normalised.precision });
    else warnings.push({ source, reason: `date left out: ${normalised.reason}` });
  }
  if (byline) article.author = byline.replace(/\s+/g, ' ').replace(/^(?:von|by)\s+/i, '');
  if (url && /^https?:\/\//i.test(url) && URL.canParse(url)) article.url = url;
  const language = lang?.toLowerCase().match(/^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/)?.[1];
  if (language) article.language = language;
  return article;
}
