/**
 * The report page's own script, bundled by esbuild at build time (dist/client.js) and inlined
 * in the page, allowed by its CSP hash. It wires the explorer and the article reader, embeds the
 * compiled Vega specs, and turns chart clicks into explorer filters.
 *
 * Loading model (the page must be readable and usable at once): the static SVG images are the
 * charts until their live views replace them; this script runs at the end of parsing and only
 * wires controls (mark `framelens:interactive`); the embedded JSON is parsed per need (the
 * evidence when the explorer comes near the viewport or a filter is used, the readers when one
 * opens, a chart's spec when its view renders); vega and vega-embed are evaluated only after the
 * `load` event, in idle time (charts.ts).
 */
import { startCharts } from './charts.js';
import { createContext } from './context.js';
import { byId, mark, need } from './dom.js';
import { createExplorer } from './explorer.js';
import { createReader } from './reader.js';

const ctx = createContext();
const explorer = createExplorer(ctx);
const reader = createReader(ctx);

// "Read" buttons anywhere in the page (overview, explorer, near-duplicates)
document.addEventListener('click', (e) => {
  const b = e.target instanceof Element ? e.target.closest('button[data-article]') : null;
  if (b) reader.open(b.getAttribute('data-article') ?? '', b.getAttribute('data-hit'));
});

// the table is built when the explorer comes near the viewport (or a filter or chart sets it)
if (window.IntersectionObserver) {
  const evIo = new IntersectionObserver((entries) => {
    if (entries.some((en) => en.isIntersecting)) {
      evIo.disconnect();
      explorer.show();
    }
  }, { rootMargin: '600px 0px' });
  evIo.observe(need('evidence'));
} else explorer.show();

// downloads: the SVG link offers the static image
for (const c of ctx.data.charts) {
  const link = byId<HTMLAnchorElement>(`svg-link-${c.id}`);
  const img = byId<HTMLImageElement>(`svg-${c.id}`);
  if (!link || !img) continue;
  link.href = img.getAttribute('src') ?? '';
  link.hidden = false;
}

startCharts(ctx, explorer.drill);
mark('framelens:interactive');
document.documentElement.setAttribute('data-interactive', '');
