/**
 * The coding page's script (bundled by esbuild into the page; no network, works from file://).
 * One item at a time: the sentence with its match marked, the frame to judge, the context one
 * click (or "c") away, two questions answered with buttons or keys, progress kept in
 * localStorage, export as CSV with the coder's name.
 */
import type { PageData, PageItem } from '../page.js';
import { answersCsv, type Answer, PRESENT, VOICES } from './answers.js';

interface State {
  coder: string;
  index: number;
  answers: Record<string, Answer>;
}

const data = JSON.parse(document.getElementById('sample-data')!.textContent!) as PageData;
const storageKey = `framelens-coding:${data.pipeline}:${data.date}:${data.seed}`;
const state = load();
const app = document.getElementById('app')!;
const coderInput = document.getElementById('coder') as HTMLInputElement;
const progress = document.getElementById('progress')!;

function load(): State {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as State | null;
    if (saved && typeof saved === 'object' && saved.answers) return { coder: saved.coder ?? '', index: Math.min(saved.index ?? 0, data.items.length - 1), answers: saved.answers };
  } catch {
    // storage unavailable or unreadable: start afresh
  }
  return { coder: '', index: 0, answers: {} };
}

function save(): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(state));
  } catch {
    // private mode: progress lives only as long as the tab
  }
}

const isDone = (a: Answer | undefined) => a?.present !== undefined && a.voice !== undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function sentenceNode(item: PageItem): HTMLElement {
  const p = el('p', { class: 'sentence' });
  if (item.matchEnd > item.matchStart) {
    p.append(item.sentence.slice(0, item.matchStart), el('mark', {}, item.sentence.slice(item.matchStart, item.matchEnd)), item.sentence.slice(item.matchEnd));
  } else p.append(item.sentence);
  return p;
}

/** The context with the item's sentence marked (the sample writes both with the same white space). */
function contextNode(item: PageItem): HTMLElement {
  const pre = el('pre');
  const at = item.context.indexOf(item.sentence);
  if (at < 0) pre.append(item.context);
  else pre.append(item.context.slice(0, at), el('mark', { class: 'here' }, item.sentence), item.context.slice(at + item.sentence.length));
  return pre;
}

function choices(legend: string, options: readonly { value: string; label: string; key: string }[], current: string | undefined, pick: (v: string) => void): HTMLElement {
  const row = el('div', { class: 'choices' });
  for (const o of options) {
    const b = el('button', { type: 'button', 'aria-pressed': String(current === o.value), 'data-value': o.value }, `${o.label} (${o.key})`);
    b.addEventListener('click', () => pick(o.value));
    row.append(b);
  }
  return el('fieldset', {}, el('legend', {}, legend), row);
}

function render(): void {
  const item = data.items[state.index]!;
  const answer = state.answers[item.item] ?? {};
  const done = data.items.filter((i) => isDone(state.answers[i.item])).length;
  progress.textContent = `${done} of ${data.items.length} coded · item ${state.index + 1}`;
  const context = el('details', { id: 'context' }, el('summary', {}, 'Article context (c)'), contextNode(item));
  const note = el('textarea', { id: 'note', placeholder: 'Note (optional)', 'aria-label': 'Note' }) as HTMLTextAreaElement;
  note.value = answer.note ?? '';
  note.addEventListener('input', () => {
    state.answers[item.item] = { ...state.answers[item.item], note: note.value };
    save();
  });
  app.replaceChildren(
    el(
      'article',
      { class: 'card', 'data-item': item.item },
      el('div', { class: 'meta' }, el('span', {}, `Item ${item.item}`), el('span', {}, item.article)),
      el('div', { class: 'frame' }, el('b', {}, `Frame: ${item.frameLabel}`), item.frameDescription),
      sentenceNode(item),
      context,
      choices('1. Does the sentence express this frame?', PRESENT, answer.present, (v) => answerWith({ present: v as NonNullable<Answer['present']> })),
      choices(item.matchEnd > item.matchStart ? '2. Whose words are the marked words?' : '2. Whose words is the sentence?', VOICES, answer.voice, (v) => answerWith({ voice: v as NonNullable<Answer['voice']> })),
      note,
      el('div', { class: 'nav' }, navButton('← Previous (k)', -1), navButton('Next (j) →', 1)),
    ),
  );
}

function navButton(label: string, step: number): HTMLButtonElement {
  const b = el('button', { type: 'button' }, label);
  b.addEventListener('click', () => move(step));
  return b;
}

function move(step: number): void {
  state.index = Math.max(0, Math.min(data.items.length - 1, state.index + step));
  save();
  render();
}

function answerWith(part: Partial<Answer>): void {
  const id = data.items[state.index]!.item;
  const before = isDone(state.answers[id]);
  state.answers[id] = { ...state.answers[id], ...part };
  save();
  // both questions answered for the first time: on to the next item
  if (!before && isDone(state.answers[id]) && state.index < data.items.length - 1) state.index++;
  render();
}

function nextUncoded(): void {
  const n = data.items.length;
  for (let k = 1; k <= n; k++) {
    const i = (state.index + k) % n;
    if (!isDone(state.answers[data.items[i]!.item])) {
      state.index = i;
      break;
    }
  }
  save();
  render();
}

function exportCsv(): void {
  const coder = coderInput.value.trim();
  if (coder === '') {
    coderInput.focus();
    progress.textContent = 'Enter your name before exporting.';
    return;
  }
  const csv = answersCsv(data, coder, state.answers);
  const link = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: `coded-${coder.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'coder'}-${data.date}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

const KEYS: Record<string, () => void> = {
  y: () => answerWith({ present: 'yes' }),
  n: () => answerWith({ present: 'no' }),
  u: () => answerWith({ present: 'unsure' }),
  '1': () => answerWith({ voice: 'own voice' }),
  '2': () => answerWith({ voice: 'quoted' }),
  '3': () => answerWith({ voice: 'reported' }),
  '4': () => answerWith({ voice: 'distanced' }),
  c: () => {
    const d = document.getElementById('context') as HTMLDetailsElement | null;
    if (d) d.open = !d.open;
  },
  j: () => move(1),
  ArrowRight: () => move(1),
  k: () => move(-1),
  ArrowLeft: () => move(-1),
  g: nextUncoded,
  x: exportCsv,
};

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (event.ctrlKey || event.metaKey || event.altKey || (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA'))) return;
  const action = KEYS[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

coderInput.value = state.coder;
coderInput.addEventListener('input', () => {
  state.coder = coderInput.value;
  save();
});
document.getElementById('export')!.addEventListener('click', exportCsv);
render();
