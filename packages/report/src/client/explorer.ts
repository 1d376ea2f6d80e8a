/**
 * The evidence explorer: filters (outlet, category, voice, text, and from chart clicks label
 * and speaker group), the table of matching hits with the match highlighted, paging, and the
 * status line saying how many hits match and how many of the cell are not embedded.
 */
import type { EvidenceRow } from '@framelens/aggregate';
import type { Drill } from '../page-data.js';
import type { Context } from './context.js';
import { clear, el, need } from './dom.js';

export interface Filter {
  outlet: string;
  category: string;
  voice: string;
  text: string;
  label: string;
  speakerGroup: string;
  /** only hits the charts count (a chart click); excluded rows (boilerplate, duplicate) are shown otherwise */
  counted: boolean;
  limit: number;
}

const PAGE = 100;

/** Why an embedded hit is not counted, by its `excluded` value. */
const EXCLUDED: Record<string, (r: EvidenceRow) => string> = {
  boilerplate: () => 'not counted (caption, credit or teaser)',
  duplicate: () => 'not counted (shared passage of an earlier article)',
  negated: (r) => `not counted (negated or rejected${r.negation ? `: ${r.negation}` : ''})`,
};
const NONE: Filter = { outlet: '', category: '', voice: '', text: '', label: '', speakerGroup: '', counted: false, limit: PAGE };

export interface Explorer {
  /** build the table if it was never built (the explorer came near the viewport) */
  show(): void;
  /** set the filters from a clicked chart mark (`ownVoice`: the chart counts own-voice hits only) and scroll to the list */
  drill(drill: Drill | undefined, datum: Record<string, unknown> | undefined, ownVoice: boolean): void;
}

/** The speaker group a row counts under in the "Who speaks" chart ('' for own-voice and distanced hits). */
export function speakerGroupOf(row: EvidenceRow): string {
  if (row.voice !== 'quoted' && row.voice !== 'reported') return '';
  if (row.speakerGroup) return row.speakerGroup;
  return row.speaker && row.speaker !== 'anonymous' ? 'unassigned' : 'anonymous';
}

export function createExplorer(ctx: Context): Explorer {
  const { data } = ctx;
  let state: Filter = { ...NONE };
  let shown = false;
  const fOutlet = need<HTMLSelectElement>('f-outlet');
  const fCategory = need<HTMLSelectElement>('f-category');
  const fVoice = need<HTMLSelectElement>('f-voice');
  const fText = need<HTMLInputElement>('f-text');
  const status = need('ev-status');
  const tbody = need('ev-body');
  const more = need<HTMLButtonElement>('ev-more');
  const chips = need('ev-chips');

  for (const o of data.outlets) fOutlet.appendChild(el('option', { value: o.outlet }, o.label));
  for (const [kind, title] of [['frame', 'Frames'], ['referent', 'Actors (naming)'], ['claim', 'Claims']] as const) {
    const group = el('optgroup', { label: title });
    for (const c of data.categories) if (c.kind === kind) group.appendChild(el('option', { value: `${c.kind}:${c.id}` }, c.label));
    if (group.children.length) fCategory.appendChild(group);
  }
  for (const v of data.voices) fVoice.appendChild(el('option', { value: v.id }, v.label));

  const matches = (row: EvidenceRow): boolean => {
    if (state.counted && row.excluded) return false;
    if (state.outlet && row.outlet !== state.outlet) return false;
    if (state.category && `${row.kind}:${row.category}` !== state.category) return false;
    // "negated" is not a voice of the sentence but a hit inside a negation: listed, never counted
    if (state.voice && (state.voice === 'negated' ? row.excluded !== 'negated' : row.voice !== state.voice)) return false;
    if (state.label && row.label !== state.label) return false;
    if (state.speakerGroup && speakerGroupOf(row) !== state.speakerGroup) return false;
    if (state.text) {
      const t = state.text.toLowerCase();
      const a = ctx.articleInfo[row.article];
      const hay = [row.sentence, row.match, row.term, row.label, row.speaker || '', row.article, a?.title || '', row.categoryLabel].join('\n').toLowerCase();
      if (!hay.includes(t)) return false;
    }
    return true;
  };

  const row = (r: EvidenceRow): HTMLTableRowElement => {
    const tr = el('tr', { 'data-id': r.id, 'data-outlet': r.outlet, 'data-kind': r.kind, 'data-category': r.category, 'data-voice': r.voice });
    const a = ctx.articleInfo[r.article];
    const src = el('td');
    src.appendChild(el('strong', null, ctx.outletLabel[r.outlet] || r.outlet));
    src.appendChild(el('span', { class: 'sub' }, (a?.title || r.article) + (a?.date ? ` · ${a.date}` : '')));
    tr.appendChild(src);
    const cat = el('td', null, r.categoryLabel + (r.kind === 'referent' ? `: ${r.label}` : ''));
    cat.appendChild(el('span', { class: 'sub' }, r.term === r.match ? r.term : `${r.match} (${r.term})`));
    tr.appendChild(cat);
    const vc = el('td');
    vc.appendChild(el('span', { class: `voice v-${r.voice}` }, r.voice));
    if (r.excluded === 'negated') vc.appendChild(el('span', { class: 'voice v-negated' }, 'negated'));
    if (r.speaker) vc.appendChild(el('span', { class: 'sub' }, r.speaker + (r.speakerGroup && ctx.groupLabel[r.speakerGroup] ? ` (${ctx.groupLabel[r.speakerGroup]})` : '')));
    if (r.cue) vc.appendChild(el('span', { class: 'sub' }, `cue: ${r.cue}`));
    tr.appendChild(vc);
    tr.appendChild(sentenceCell(r));
    const sec = el('td', null, r.section);
    if (r.excluded) sec.appendChild(el('span', { class: 'sub' }, EXCLUDED[r.excluded]?.(r) ?? `not counted (${r.excluded})`));
    tr.appendChild(sec);
    const td = el('td');
    td.appendChild(el('button', { type: 'button', class: 'read', 'data-article': r.article, 'data-hit': r.id, 'aria-label': 'Read the article around this hit' }, 'Read'));
    tr.appendChild(td);
    return tr;
  };

  const render = (): void => {
    shown = true;
    const rows = ctx.evidence().filter(matches);
    clear(tbody);
    for (const r of rows.slice(0, state.limit)) tbody.appendChild(row(r));
    const parts: string[] = [];
    if (state.outlet) parts.push(ctx.outletLabel[state.outlet] || state.outlet);
    if (state.category) parts.push(ctx.categoryLabel[state.category] || state.category);
    if (state.voice) parts.push(`voice: ${state.voice}`);
    if (state.label) parts.push(`label: ${state.label}`);
    if (state.speakerGroup) parts.push(`speaker group: ${ctx.groupLabel[state.speakerGroup] || state.speakerGroup}`);
    if (state.text) parts.push(`text: ${state.text}`);
    const n = Math.min(rows.length, state.limit);
    const capped = data.capped.filter((c) => (!state.outlet || c.outlet === state.outlet) && (!state.category || `${c.kind}:${c.category}` === state.category));
    let missing = 0;
    let total = 0;
    for (const c of capped) {
      missing += c.total - c.shown;
      total += c.total;
    }
    status.textContent = (rows.length === 1 ? '1 hit' : `${rows.length} hits`) + (parts.length ? ` for ${parts.join(' · ')}` : ' (no filter)') +
      (state.counted ? ' (counted hits only)' : notCounted(rows)) +
      (n < rows.length ? `; showing the first ${n}` : '') +
      (missing ? `. Not every hit is embedded in this page: ${missing.toLocaleString('en-GB')} more ${capped.length === 1 ? `of the ${total.toLocaleString('en-GB')} counted hits of this cell` : 'counted hits of the selected cells'}${missing === 1 ? ' is' : ' are'} in data/hits.parquet next to this file.` : '');
    status.setAttribute('data-count', String(rows.length));
    more.hidden = n >= rows.length;
    more.textContent = `Show ${Math.min(PAGE, rows.length - n)} more`;
    clear(chips);
    for (const [key, name] of [['label', 'label'], ['speakerGroup', 'speaker group']] as const) {
      if (!state[key]) continue;
      const value = key === 'speakerGroup' ? ctx.groupLabel[state[key]] || state[key] : state[key];
      const b = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${name}` }, `${name}: ${value} ×`);
      b.addEventListener('click', () => {
        state[key] = '';
        state.limit = PAGE;
        render();
      });
      chips.appendChild(b);
    }
  };

  const sync = (): void => {
    fOutlet.value = state.outlet;
    fCategory.value = state.category;
    fVoice.value = state.voice;
    fText.value = state.text;
  };
  const set = (change: Partial<Filter>): void => {
    state = { ...state, ...change, limit: PAGE };
    render();
  };
  fOutlet.addEventListener('change', () => set({ outlet: fOutlet.value }));
  fCategory.addEventListener('change', () => set({ category: fCategory.value, label: '' }));
  fVoice.addEventListener('change', () => set({ voice: fVoice.value }));
  fText.addEventListener('input', () => set({ text: fText.value.trim() }));
  need('f-reset').addEventListener('click', () => {
    state = { ...NONE };
    sync();
    render();
  });
  more.addEventListener('click', () => {
    state.limit += PAGE;
    render();
  });

  return {
    show: () => {
      if (!shown) render();
    },
    drill: (d, datum, ownVoice) => {
      if (!d || !datum) return;
      const next: Filter = { ...NONE, counted: true };
      if (d.outlet) {
        if (datum[d.outlet] === undefined) return;
        next.outlet = String(datum[d.outlet]);
      }
      if (d.category) {
        if (datum[d.category] === undefined) return;
        next.category = `${d.kind}:${String(datum[d.category])}`;
      }
      if (d.voice && datum[d.voice] !== undefined) next.voice = String(datum[d.voice]);
      if (d.label && datum[d.label] !== undefined) next.label = String(datum[d.label]);
      if (d.speakerGroup && datum[d.speakerGroup] !== undefined) next.speakerGroup = String(datum[d.speakerGroup]);
      if (ownVoice) next.voice = 'authorial';
      state = next;
      sync();
      render();
      const section = need('evidence');
      if (section.scrollIntoView) section.scrollIntoView({ block: 'start' });
      status.focus({ preventScroll: true });
    },
  };
}

/** The hit's sentence with the match in a <mark> (found by offset, else by text). */
export function sentenceCell(r: EvidenceRow): HTMLTableCellElement {
  const td = el('td', { class: 'sentence' });
  const s = r.sentence;
  let a = r.start - r.sentenceStart;
  let b = r.end - r.sentenceStart;
  if (!(a >= 0 && b <= s.length && s.slice(a, b) === r.match)) {
    a = s.indexOf(r.match);
    b = a + r.match.length;
  }
  if (a < 0) {
    td.textContent = s;
    return td;
  }
  td.appendChild(document.createTextNode(s.slice(0, a)));
  td.appendChild(el('mark', null, s.slice(a, b)));
  td.appendChild(document.createTextNode(s.slice(b)));
  return td;
}

/** " (3 of them not counted: negated, boilerplate or duplicate)": the list holds hits the charts leave out. */
function notCounted(rows: readonly { excluded?: string }[]): string {
  const n = rows.filter((r) => r.excluded).length;
  return n ? ` (${n.toLocaleString('en-GB')} of them not counted: negated, boilerplate or duplicate)` : '';
}
