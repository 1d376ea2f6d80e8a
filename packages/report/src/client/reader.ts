/**
 * The article reader (a modal dialog): the full text with hits highlighted, quoted, reported and
 * distanced spans underlined, excluded boilerplate struck through, scrolled to the chosen hit.
 * Articles without an embedded text show the hit's sentence and name the corpus file.
 */
import type { EvidenceRow, ReaderArticle } from '@framelens/aggregate';
import { safeHref } from '../escape.js';
import type { PageArticle } from '../page-data.js';
import type { Context } from './context.js';
import { clear, el, need } from './dom.js';

export interface Reader {
  open(article: string, hit: string | null): void;
}

export function createReader(ctx: Context): Reader {
  const dialog = need<HTMLDialogElement>('reader');
  need('reader-close').addEventListener('click', () => dialog.close());
  const focusRow = (hitId: string | null): EvidenceRow | undefined => (hitId ? ctx.evidence().find((e) => e.id === hitId) : undefined);

  const meta = (outlet: string, a: PageArticle | undefined, articleId: string, precision: boolean): void => {
    const m = need('reader-meta');
    clear(m);
    const date = a?.date ? ` · ${a.date}${precision && a.datePrecision ? ` (${a.datePrecision})` : ''}` : '';
    m.appendChild(document.createTextNode(`${ctx.outletLabel[outlet] || outlet}${date} · ${articleId}`));
    const href = safeHref(a?.url);
    if (href) {
      m.appendChild(document.createTextNode(' · '));
      m.appendChild(el('a', { href, rel: 'noopener noreferrer' }, 'original'));
    }
  };

  const withText = (r: ReaderArticle, a: PageArticle | undefined, articleId: string, hitId: string | null): void => {
    need('reader-title').textContent = r.title || a?.title || articleId;
    meta(r.outlet, a, articleId, true);
    const focus = focusRow(hitId);
    const negated = new Set(ctx.evidence().filter((x) => x.article === articleId && x.excluded === 'negated').map((x) => `${x.start}-${x.end}`));
    const text = r.text;
    const cuts = new Set<number>([0, text.length]);
    const spans = r.spans.filter((s) => s.voice !== 'name');
    for (const s of [...spans, ...r.hits, ...r.boilerplate]) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    if (focus) {
      cuts.add(focus.start);
      cuts.add(focus.end);
    }
    const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y);
    const body = need('reader-text');
    clear(body);
    let focusEl: HTMLElement | null = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i]!;
      const e = points[i + 1]!;
      if (e <= s) continue;
      let voice: ReaderArticle['spans'][number] | null = null;
      let size = Infinity;
      for (const v of spans) {
        if (v.start <= s && e <= v.end && v.end - v.start < size) {
          voice = v;
          size = v.end - v.start;
        }
      }
      let hit: ReaderArticle['hits'][number] | null = null;
      for (const h of r.hits) if (h.start <= s && e <= h.end && (!hit || h.kind === 'frame')) hit = h;
      const bp = r.boilerplate.some((b) => b.start <= s && e <= b.end);
      const cls: string[] = [];
      if (voice) cls.push(`v-${voice.voice}`);
      // a negated hit ("kein Terrorist") is marked as such, whatever span it stands in
      if (hit && negated.has(`${hit.start}-${hit.end}`)) cls.push('v-negated');
      if (bp) cls.push('bp');
      let node: HTMLElement;
      if (hit) {
        cls.push('hit', `k-${hit.kind}`);
        node = el('mark', { class: cls.join(' '), title: `${ctx.categoryLabel[`${hit.kind}:${hit.category}`] || hit.category} · ${hit.voice}${voice && voice.speaker ? ` · ${voice.speaker}` : ''}` }, text.slice(s, e));
      } else {
        node = el('span', cls.length ? { class: cls.join(' ') } : null, text.slice(s, e));
        if (voice && voice.speaker) node.setAttribute('title', `${voice.voice}: ${voice.speaker}`);
      }
      if (focus && focus.start <= s && e <= focus.end) {
        node.classList.add('focus');
        if (!focusEl) {
          focusEl = node;
          node.id = 'reader-focus';
        }
      }
      body.appendChild(node);
    }
    if (!dialog.open) dialog.showModal();
    if (focusEl && focusEl.scrollIntoView) focusEl.scrollIntoView({ block: 'center' });
    else body.scrollTop = 0;
  };

  // the report embeds full texts for a bounded set of articles; the others are named by their file
  const withoutText = (a: PageArticle | undefined, articleId: string, hitId: string | null): void => {
    need('reader-title').textContent = a?.title || articleId;
    meta(a?.outlet ?? '', a, articleId, false);
    const body = need('reader-text');
    clear(body);
    body.appendChild(el('p', { class: 'omitted', id: 'reader-missing' }, `Full text not embedded in this report (it holds the texts of a limited number of articles) — see ${a?.path || articleId} in the corpus.`));
    const focus = focusRow(hitId);
    if (focus) {
      body.appendChild(el('p', { class: 'sub' }, 'The sentence with this hit:'));
      const p = el('p');
      const s = focus.sentence;
      const x = focus.start - focus.sentenceStart;
      const y = focus.end - focus.sentenceStart;
      if (x >= 0 && y <= s.length) {
        p.appendChild(document.createTextNode(s.slice(0, x)));
        p.appendChild(el('mark', { class: 'focus', id: 'reader-focus' }, s.slice(x, y)));
        p.appendChild(document.createTextNode(s.slice(y)));
      } else p.textContent = s;
      body.appendChild(p);
    }
    if (!dialog.open) dialog.showModal();
  };

  return {
    open: (articleId, hitId) => {
      const a = ctx.articleInfo[articleId];
      const r = ctx.reader(articleId);
      if (r) withText(r, a, articleId, hitId);
      else withoutText(a, articleId, hitId);
    },
  };
}
