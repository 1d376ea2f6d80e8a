import type { Outlet } from '@framelens/corpus';
import { cmp } from '../compare.js';
import type { LexiconLike } from '../lexicon-like.js';
import { arqueroTables } from '../tables/arquero-tables.js';
import { key, UNKNOWN_LANGUAGE, type ArticleRecord, type Prepared, type SpeakerCell, type TermState } from '../tables/prepared.js';
import type { FactStore } from './fact-store.js';

/** Counted hits: the rows every count is made of (excluded hits are evidence only). */
export const COUNTED = `(SELECT * FROM hits WHERE excluded IS NULL)`;

/** NULL → undefined, for optional fields. */
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The per-article records, in index order. */
async function records(store: FactStore): Promise<ArticleRecord[]> {
  const rows = await store.all<{
    idx: number; article: string; outlet: string; title: string | null; date: string | null; date_precision: string | null; url: string | null; language: string | null; path: string;
    word_tokens: number; boilerplate_tokens: number; spans: number; reasons: string | null; frame_hits: number; duplicate_of: string | null;
  }>(`
    SELECT a.idx, a.article, a.outlet, a.title, a.date, a.date_precision, a.url, a.language, a.path, a.word_tokens, a.boilerplate_tokens,
      coalesce(b.spans, 0)::INTEGER AS spans, b.reasons, coalesce(h.frame_hits, 0)::INTEGER AS frame_hits, d.duplicate_of
    FROM articles a
    LEFT JOIN duplicates d USING (article)
    LEFT JOIN (SELECT idx, count(*) AS spans, string_agg(DISTINCT reason, ', ' ORDER BY reason) AS reasons FROM boilerplate GROUP BY idx) b USING (idx)
    LEFT JOIN (SELECT idx, count(*) AS frame_hits FROM ${COUNTED} WHERE kind = 'frame' GROUP BY idx) h USING (idx)
    ORDER BY a.idx`);
  // negated hits are listed in a warning, never counted: `"match" (the negating words)` in evidence order
  const negatedRows = await store.all<{ idx: number; list: string[] }>(
    `SELECT idx, list('"' || "match" || '" (' || coalesce(negation, 'negated') || ')' ORDER BY ord) AS list FROM hits WHERE excluded = 'negated' GROUP BY idx`,
  );
  const negatedBy = new Map(negatedRows.map((r) => [r.idx, r.list]));
  return rows.map((r) => {
    const rec: ArticleRecord = {
      index: r.idx, article: r.article, outlet: r.outlet, path: r.path, wordTokens: r.word_tokens, boilerplateTokens: r.boilerplate_tokens,
      frameHits: r.frame_hits, boilerplateSpans: r.spans, boilerplateReasons: r.boilerplate_tokens > 0 ? (r.reasons ?? '') : '',
    };
    const title = opt(r.title);
    if (title !== undefined) rec.title = title;
    const date = opt(r.date);
    if (date !== undefined) rec.date = date;
    const precision = opt(r.date_precision);
    if (precision !== undefined) rec.datePrecision = precision;
    const url = opt(r.url);
    if (url !== undefined) rec.url = url;
    const language = opt(r.language);
    if (language !== undefined) rec.language = language;
    const negated = negatedBy.get(r.idx);
    if (negated !== undefined) rec.negated = negated;
    const duplicateOf = opt(r.duplicate_of);
    if (duplicateOf !== undefined) rec.duplicateOf = duplicateOf;
    return rec;
  });
}

/** Counted frame hits per article × frame (lexicon order), row-major in `records` order. */
async function frameCounts(store: FactStore, recs: readonly ArticleRecord[], lexicon: LexiconLike): Promise<Int32Array> {
  const F = lexicon.frames.length;
  const frame = new Map(lexicon.frames.map((f, i) => [f.id, i]));
  const at = new Map(recs.map((r, i) => [r.index, i]));
  const out = new Int32Array(recs.length * F);
  const rows = await store.columns<{ idx: number[]; category: string[]; hits: number[] }>(
    `SELECT idx, category, count(*)::INTEGER AS hits FROM ${COUNTED} WHERE kind = 'frame' GROUP BY idx, category`,
  );
  rows.idx.forEach((idx, k) => {
    const f = frame.get(rows.category[k]!);
    if (f !== undefined) out[at.get(idx)! * F + f] = rows.hits[k]!;
  });
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
async function terms(store: FactStore, outlets: readonly Outlet[], recs: readonly ArticleRecord[]): Promise<TermState> {
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
  for (const r of recs) {
    const language = r.language ?? UNKNOWN_LANGUAGE;
    const k = key(r.outlet, language);
    const g = sizes.get(k) ?? { outlet: r.outlet, language, words: 0, articles: 0 };
    g.words += r.wordTokens;
    g.articles++;
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

/** The table functions' input, aggregated in SQL from the fact tables. */
export async function preparedFromStore(store: FactStore, outlets: readonly Outlet[], lexicon: LexiconLike, coveredStems: ReadonlySet<string>): Promise<Prepared> {
  const sorted = [...outlets].sort((a, b) => cmp(a.id, b.id));
  const recs = await records(store);
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
    records: recs,
    frameCounts: await frameCounts(store, recs, lexicon),
    ...arqueroTables(recs, cells, days),
    speakers: await speakers(store),
    ...(await claims(store)),
    terms: await terms(store, sorted, recs),
  };
}
