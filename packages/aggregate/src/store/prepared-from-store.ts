import type { Outlet } from '@framelens/corpus';
import { cmp } from '../compare.js';
import type { LexiconLike } from '../lexicon-like.js';
import { bootstrapRatesRows, seedFor } from '../stats/bootstrap.js';
import { arqueroTables } from '../tables/arquero-tables.js';
import { BOOTSTRAP_MIN_ARTICLES } from '../tables/outlet-frame-table.js';
import { key, UNKNOWN_LANGUAGE, type ArticleRecord, type CorpusFacts, type Prepared, type SpeakerCell, type TermState } from '../tables/prepared.js';
import { UNDATED_LISTED } from '../tables/warnings-table.js';
import { sqlString, type FactStore } from './fact-store.js';

/** Counted hits: the rows every count is made of (excluded hits are evidence only). */
export const COUNTED = `(SELECT * FROM hits WHERE excluded IS NULL)`;

/** Articles per outlet × date × language (the exposure of every rate; no row per article). */
async function articleGroups(store: FactStore) {
  return store.all<{ outlet: string; date: string | null; language: string | null; articles: number; wordTokens: number; boilerplateTokens: number }>(`
    SELECT outlet, date, language, count(*)::INTEGER AS articles, sum(word_tokens)::DOUBLE AS wordTokens, sum(boilerplate_tokens)::DOUBLE AS boilerplateTokens
    FROM articles GROUP BY ALL ORDER BY ALL`);
}

/** Articles with boilerplate left out or negated hits (what their warnings say), in index order. */
async function warned(store: FactStore): Promise<ArticleRecord[]> {
  const rows = await store.all<{ article: string; outlet: string; boilerplate_tokens: number; spans: number; reasons: string | null; negated: string[] | null; negated_hits: number | null }>(`
    SELECT a.article, a.outlet, a.boilerplate_tokens, coalesce(b.spans, 0)::INTEGER AS spans, b.reasons, n.negated, n.negated_hits
    FROM articles a
    LEFT JOIN (SELECT idx, count(*) AS spans, string_agg(DISTINCT reason, ', ' ORDER BY reason) AS reasons FROM boilerplate GROUP BY idx) b USING (idx)
    -- negated hits are listed in a warning, never counted: "match" (the negating words), in evidence order, one
    -- entry per place in the text ("Terrorist" (kein; frame + referent) when a frame and a referent hit share it)
    LEFT JOIN (SELECT idx, list(item ORDER BY first) AS negated, sum(hits)::INTEGER AS negated_hits FROM (
      SELECT idx, min(ord) AS first, count(*) AS hits, '"' || arg_min("match", ord) || '" (' || coalesce(arg_min(negation, ord), 'negated')
        || CASE WHEN count(*) > 1 THEN '; ' || string_agg(kind, ' + ' ORDER BY ord) ELSE '' END || ')' AS item
      FROM hits WHERE excluded = 'negated' GROUP BY idx, section = 'title', "start") GROUP BY idx) n USING (idx)
    WHERE a.boilerplate_tokens > 0 OR n.negated IS NOT NULL
    ORDER BY a.idx`);
  return rows.map((r) => {
    const rec: ArticleRecord = {
      article: r.article, outlet: r.outlet, boilerplateTokens: r.boilerplate_tokens, boilerplateSpans: r.spans, boilerplateReasons: r.boilerplate_tokens > 0 ? (r.reasons ?? '') : '',
    };
    if (r.negated !== null) (rec.negated = r.negated), (rec.negatedHits = r.negated_hits ?? r.negated.length);
    return rec;
  });
}

/** The corpus as a whole: article count, undated articles (the first UNDATED_LISTED paths), each outlet's first file. */
async function corpusFacts(store: FactStore): Promise<CorpusFacts> {
  const UNDATED = `(date IS NULL OR date = '')`;
  const [totals] = await store.all<{ articles: number; undated: number }>(`SELECT count(*)::INTEGER AS articles, count(*) FILTER (WHERE ${UNDATED})::INTEGER AS undated FROM articles`);
  const undated = await store.columns<{ path: string[] }>(`SELECT path FROM articles WHERE ${UNDATED} ORDER BY idx LIMIT ${UNDATED_LISTED}`);
  const first = await store.all<{ outlet: string; path: string }>(`SELECT outlet, arg_min(path, idx) AS path FROM articles GROUP BY outlet ORDER BY min(idx)`);
  return { articles: totals!.articles, undated: totals!.undated, undatedPaths: undated.path, firstPath: new Map(first.map((r) => [r.outlet, r.path])) };
}

/**
 * Article-level bootstrap intervals of frame density per outlet (outlets with at least
 * BOOTSTRAP_MIN_ARTICLES articles): each outlet's articles (words and counted hits per frame, in
 * index order) are read from the store one outlet at a time and dropped before the next, so no
 * array holds every article of the corpus. The same draws as over a record per article.
 */
async function bootstrap(store: FactStore, lexicon: LexiconLike, options: { samples: number; seed: number }): Promise<Map<string, [number, number][]>> {
  const out = new Map<string, [number, number][]>();
  const F = lexicon.frames.length;
  if (options.samples <= 0) return out;
  const columns = lexicon.frames.map((f, i) => `count(h.idx) FILTER (WHERE h.category = ${sqlString(f.id)})::INTEGER AS f${i}`);
  await store.run(`
    CREATE OR REPLACE TEMP TABLE article_frames AS
    SELECT a.idx, a.outlet, a.word_tokens::DOUBLE AS words${columns.map((c) => `, ${c}`).join('')}
    FROM articles a LEFT JOIN (SELECT idx, category FROM ${COUNTED} WHERE kind = 'frame') h USING (idx)
    GROUP BY a.idx, a.outlet, a.word_tokens`);
  try {
    const outlets = await store.all<{ outlet: string }>(`SELECT outlet FROM article_frames GROUP BY outlet HAVING count(*) >= ${BOOTSTRAP_MIN_ARTICLES} ORDER BY outlet`);
    for (const { outlet } of outlets) {
      const rows = await store.columns<Record<string, number[]>>(`SELECT * EXCLUDE (idx, outlet) FROM article_frames WHERE outlet = ${sqlString(outlet)} ORDER BY idx`);
      const n = rows.words!.length;
      const counts = new Int32Array(n * F);
      for (let f = 0; f < F; f++) {
        const col = rows[`f${f}`]!;
        for (let i = 0; i < n; i++) counts[i * F + f] = col[i]!;
      }
      out.set(outlet, bootstrapRatesRows(counts, F, Float64Array.from(rows.words!), { samples: options.samples, seed: seedFor(options.seed, outlet) }));
    }
  } finally {
    await store.run(`DROP TABLE IF EXISTS article_frames`);
  }
  return out;
}

async function speakers(store: FactStore): Promise<Map<string, SpeakerCell>> {
  const rows = await store.all<{ outlet: string; group: string; speaker: string; quoted: number; reported: number }>(`
    SELECT outlet, "group", speaker, sum(quoted_words)::INTEGER AS quoted, sum(reported_words)::INTEGER AS reported
    FROM voice_words GROUP BY ALL ORDER BY outlet, "group", speaker`);
  const out = new Map<string, SpeakerCell>();
  for (const r of rows) {
    const k = `${r.outlet}\u0000${r.group}`;
    let c = out.get(k);
    if (!c) out.set(k, (c = { quoted: 0, reported: 0, speakers: new Map() }));
    c.quoted += r.quoted;
    c.reported += r.reported;
    c.speakers.set(r.speaker, r.quoted + r.reported);
  }
  return out;
}

/** The article's language in SQL: NULL (parts that did not record it) is one language of its own. */
const LANGUAGE = `coalesce(a.language, '${UNKNOWN_LANGUAGE}')`;

/** Stem and surface-form counts per outlet × article language, interned (stems and forms in code-unit order). */
async function terms(store: FactStore, outlets: readonly Outlet[], groupRows: readonly { outlet: string; language: string | null; articles: number; wordTokens: number }[]): Promise<TermState> {
  const rows = await store.columns<{ outlet: string[]; language: string[]; stem: string[]; form: string[]; n: number[] }>(
    `SELECT a.outlet, ${LANGUAGE} AS language, a.stem, a.form, sum(a."count")::INTEGER AS n FROM terms a GROUP BY ALL ORDER BY stem, form, outlet, language`,
  );
  const stems: string[] = [];
  const forms: string[] = [];
  const formStem: number[] = [];
  const formOf: number[] = new Array(rows.n.length);
  for (let k = 0; k < rows.n.length; k++) {
    const stem = rows.stem[k]!;
    const form = rows.form[k]!;
    if (k === 0 || stem !== rows.stem[k - 1]) stems.push(stem);
    if (k === 0 || stem !== rows.stem[k - 1] || form !== rows.form[k - 1]) {
      forms.push(form);
      formStem.push(stems.length - 1);
    }
    formOf[k] = forms.length - 1;
  }
  // one group per outlet × language with articles, in outlet id then language order
  const sizes = new Map<string, { outlet: string; language: string; words: number; articles: number }>();
  for (const r of groupRows) {
    const language = r.language ?? UNKNOWN_LANGUAGE;
    const k = key(r.outlet, language);
    const g = sizes.get(k) ?? { outlet: r.outlet, language, words: 0, articles: 0 };
    g.words += r.wordTokens;
    g.articles += r.articles;
    sizes.set(k, g);
  }
  const known = new Set(outlets.map((o) => o.id));
  const groups: TermState['groups'] = new Map();
  const group = (outlet: string, language: string) => {
    const k = key(outlet, language);
    let g = groups.get(k);
    if (!g && known.has(outlet)) {
      g = { outlet, language, stemCounts: new Int32Array(stems.length), formCounts: new Int32Array(forms.length), total: 0, words: 0, stemArticles: new Int32Array(stems.length), articles: 0 };
      groups.set(k, g);
    }
    return g;
  };
  for (const s of sizes.values()) {
    const g = group(s.outlet, s.language);
    if (g) Object.assign(g, { words: s.words, articles: s.articles });
  }
  for (let k = 0; k < rows.n.length; k++) {
    const g = group(rows.outlet[k]!, rows.language[k]!);
    if (!g) continue;
    const n = rows.n[k]!;
    g.formCounts[formOf[k]!]! += n;
    g.stemCounts[formStem[formOf[k]!]!]! += n;
    g.total += n;
  }
  // articles per outlet × language × stem that use the stem at least once (stems come in code-unit order, as interned above)
  const presence = await store.columns<{ outlet: string[]; language: string[]; stem: string[]; d: number[] }>(
    `SELECT a.outlet, ${LANGUAGE} AS language, a.stem, sum(a.articles)::INTEGER AS d FROM term_stems a GROUP BY ALL ORDER BY stem, outlet, language`,
  );
  for (let k = 0, id = -1; k < presence.d.length; k++) {
    if (k === 0 || presence.stem[k] !== presence.stem[k - 1]) id++;
    const g = group(presence.outlet[k]!, presence.language[k]!);
    if (!g) continue;
    g.stemArticles[id] = presence.d[k]!;
    // an article the records left out still counts as an article of its outlet
    g.articles = Math.max(g.articles, presence.d[k]!);
  }
  return { stems, forms, formStem: Int32Array.from(formStem), groups: new Map([...groups].sort((a, b) => cmp(a[1].outlet, b[1].outlet) || cmp(a[1].language, b[1].language))) };
}

/** Claims: articles with a counted hit and the first counted sentence (lowest index, then position), per outlet × claim. */
async function claims(store: FactStore): Promise<Pick<Prepared, 'claimArticles' | 'claimFirst'>> {
  const rows = await store.all<{ outlet: string; category: string; articles: number; sentence: string; article: string }>(`
    SELECT outlet, category, count(DISTINCT idx) OVER (PARTITION BY outlet, category)::INTEGER AS articles, sentence, article
    FROM ${COUNTED} WHERE kind = 'claim'
    QUALIFY row_number() OVER (PARTITION BY outlet, category ORDER BY idx, ord) = 1`);
  const claimArticles = new Map<string, number>();
  const claimFirst = new Map<string, { sentence: string; article: string }>();
  for (const r of rows) {
    claimArticles.set(`${r.outlet}\u0000${r.category}`, r.articles);
    claimFirst.set(`${r.outlet}\u0000${r.category}`, { sentence: r.sentence, article: r.article });
  }
  return { claimArticles, claimFirst };
}

/** The table functions' input, aggregated in SQL from the fact tables (bootstrap: samples and seed of the article-level intervals). */
export async function preparedFromStore(
  store: FactStore,
  outlets: readonly Outlet[],
  lexicon: LexiconLike,
  coveredStems: ReadonlySet<string>,
  bootstrapOptions: { samples: number; seed: number } = { samples: 0, seed: 0 },
): Promise<Prepared> {
  const sorted = [...outlets].sort((a, b) => cmp(a.id, b.id));
  const groups = await articleGroups(store);
  const frames = new Set(lexicon.frames.map((f) => f.id));
  const cells = await store.all<{ outlet: string; kind: string; category: string; label: string; voice: string; hits: number }>(
    `SELECT outlet, kind, category, label, voice, count(*)::INTEGER AS hits FROM ${COUNTED} GROUP BY ALL ORDER BY ALL`,
  );
  const days = (
    await store.all<{ outlet: string; date: string; category: string; hits: number }>(`
      SELECT h.outlet, a.date, h.category, count(*)::INTEGER AS hits
      FROM ${COUNTED} h JOIN articles a USING (idx)
      WHERE h.kind = 'frame' AND length(a.date) = 10 GROUP BY ALL ORDER BY ALL`)
  ).filter((d) => frames.has(d.category));
  return {
    outlets: sorted,
    lexicon,
    coveredStems,
    ...arqueroTables(groups, cells, days),
    bootstrap: await bootstrap(store, lexicon, bootstrapOptions),
    warned: await warned(store),
    corpus: await corpusFacts(store),
    speakers: await speakers(store),
    ...(await claims(store)),
    terms: await terms(store, sorted, groups),
  };
}
