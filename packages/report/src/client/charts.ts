/**
 * The live charts. Each chart's static SVG (an <img>) is shown until its live Vega view replaces
 * it. Nothing here runs before the load event: then, in idle time, vega and vega-embed are
 * evaluated (their inert script blocks of type text/x-framelens-library become inline scripts,
 * allowed by the CSP hashes), the charts in view render (then <html data-charts-ready="<n>">),
 * each other chart as it scrolls near or the pointer enters it, and the rest one per idle
 * period (then <html data-all-charts-ready="<total>">). Both moments are also performance marks.
 */
import type { Drill } from '../page-data.js';
import type { Context } from './context.js';
import { byId, idle, mark, need } from './dom.js';

/** The part of a Vega view the page uses. */
interface View {
  signal(name: string): unknown;
  signal(name: string, value: unknown): View;
  runAsync(): Promise<View>;
  addEventListener(type: 'click', handler: (event: unknown, item: { datum?: Record<string, unknown> } | null | undefined) => void): View;
}
type VegaEmbed = (target: HTMLElement, spec: unknown, options: Record<string, unknown>) => Promise<{ view: View }>;

declare global {
  interface Window {
    /** Vega's warnings while rendering (the browser tests require none) */
    framelensWarnings: string[];
    /** set by the vega-embed library once it has run */
    vegaEmbed?: VegaEmbed;
  }
}

/** A click on a mark: the chart's drill-down, the datum, and whether the chart counts own-voice hits only. */
export type OnDrill = (drill: Drill | undefined, datum: Record<string, unknown>, ownVoice: boolean) => void;

export function startCharts(ctx: Context, onDrill: OnDrill): void {
  const { data } = ctx;
  const warnings: string[] = [];
  window.framelensWarnings = warnings;
  const logger = {
    _level: 2,
    level(l?: number) {
      if (l === undefined) return this._level;
      this._level = l;
      return this;
    },
    error(...args: unknown[]) {
      console.error(...args);
      return this;
    },
    warn(...args: unknown[]) {
      warnings.push(args.join(' '));
      return this;
    },
    info() {
      return this;
    },
    debug() {
      return this;
    },
  };
  const root = document.documentElement;
  root.setAttribute('data-lazy-charts', '');
  const chartById = new Map(data.charts.map((c) => [c.id, c]));
  const views = new Map<string, View>();
  const promises = new Map<string, Promise<void>>();
  let rendered = 0;
  let failed = false;
  let embed: VegaEmbed | null = null;
  // charts asked for before the libraries ran; the observer's first report: the charts in view at load
  const wanted = new Set<string>();
  let inViewAtLoad: string[] | null = null;

  const fail = (what: string, err: unknown): void => {
    failed = true;
    console.error(`framelens: ${what}`, err);
    root.setAttribute('data-charts-ready', 'error');
    root.setAttribute('data-all-charts-ready', 'error');
  };

  const selects = (id: string): HTMLSelectElement[] => [...document.querySelectorAll<HTMLSelectElement>(`select[data-chart="${id}"]`)];

  const renderChart = (id: string): Promise<void> | null => {
    const known = promises.get(id);
    if (known) return known;
    if (!embed) {
      wanted.add(id);
      return null;
    }
    const c = chartById.get(id);
    const promise = embed(need(`vis-${id}`), ctx.spec(id), { mode: 'vega', renderer: 'svg', actions: false, ast: true, logger, defaultStyle: false, tooltip: { theme: 'light' } })
      .then((res) => {
        views.set(id, res.view);
        res.view.addEventListener('click', (_event, item) => {
          if (item && item.datum) onDrill(c?.drill, item.datum, !!c?.drill?.ownVoiceSignal && res.view.signal(c.drill.ownVoiceSignal) === 'own');
        });
        let changed = false;
        for (const sel of selects(id)) {
          const signal = sel.getAttribute('data-signal') ?? '';
          if (String(res.view.signal(signal)) !== sel.value) {
            res.view.signal(signal, sel.value);
            changed = true;
          }
        }
        return changed ? res.view.runAsync() : null;
      })
      .then(() => {
        byId(`chart-${id}`)?.classList.add('rendered');
        rendered++;
        if (rendered === data.charts.length && !failed) {
          root.setAttribute('data-all-charts-ready', String(rendered));
          mark('framelens:all-charts-ready');
        }
      }, (err: unknown) => fail(`chart "${id}" failed to render`, err));
    promises.set(id, promise);
    return promise;
  };

  const renderRestWhenIdle = (): void => {
    const next = data.charts.find((c) => !promises.has(c.id));
    if (!next) return;
    idle(() => {
      const p = renderChart(next.id);
      if (p) void p.then(renderRestWhenIdle);
    });
  };

  // charts near the viewport render as they come near
  const io = window.IntersectionObserver
    ? new IntersectionObserver((entries) => {
      const first = inViewAtLoad === null;
      const inView: string[] = inViewAtLoad ?? [];
      inViewAtLoad = inView;
      for (const en of entries) {
        if (!en.isIntersecting) continue;
        const id = en.target.getAttribute('data-chart') ?? '';
        io?.unobserve(en.target);
        if (first) inView.push(id);
        renderChart(id);
      }
    }, { rootMargin: '200px 0px' })
    : null;
  for (const c of data.charts) {
    const wrap = need(`chart-${c.id}`);
    io?.observe(wrap);
    // a pointer or focus on a static chart renders its live view at once
    const now = (): void => void renderChart(c.id);
    wrap.addEventListener('pointerenter', now);
    wrap.addEventListener('focusin', now);
  }

  const runLibrary = (name: string): void => {
    const s = document.createElement('script');
    s.textContent = need(`lib-${name}`).textContent;
    document.head.appendChild(s);
  };
  const start = (): void => {
    idle(() => {
      try {
        runLibrary('vega');
      } catch (err) {
        return fail('vega did not load', err);
      }
      idle(() => {
        try {
          runLibrary('vega-embed');
        } catch (err) {
          return fail('vega-embed did not load', err);
        }
        if (typeof window.vegaEmbed !== 'function') return fail('vega-embed did not load', new Error('no vegaEmbed'));
        embed = window.vegaEmbed;
        mark('framelens:libraries');
        const ids = [...new Set([...(inViewAtLoad ?? []), ...wanted])];
        const first = ids.map((id) => renderChart(id));
        void Promise.all(first).then(() => {
          if (failed) return;
          root.setAttribute('data-charts-ready', String(first.length));
          mark('framelens:charts-ready');
          renderRestWhenIdle();
        });
      });
    });
  };

  for (const sel of document.querySelectorAll<HTMLSelectElement>('select[data-signal]')) {
    sel.addEventListener('change', () => {
      const id = sel.getAttribute('data-chart') ?? '';
      const v = views.get(id);
      if (v) void v.signal(sel.getAttribute('data-signal') ?? '', sel.value).runAsync();
      else renderChart(id);
    });
  }
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
}
