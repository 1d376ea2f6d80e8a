/** The page's stylesheet: system fonts only (no web fonts: nothing may be downloaded). */
export const STYLES = `
:root { --fg: #1d1d1f; --muted: #5a5a5f; --line: #d9d9de; --bg: #ffffff; --soft: #f5f6f8; --accent: #0072B2; --warn: #fff4d6; --warn-line: #e6b800;
  --authorial: #0072B2; --quoted: #E69F00; --reported: #56B4E9; --distanced: #D55E00; --negated: #CC79A7; --other-voice: #8c8c8c; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.5; }
body { margin: 0; }
body, p, li, h1, h2, h3, dd, dt, figcaption, summary { overflow-wrap: anywhere; }
th, td { overflow-wrap: break-word; }
/* fixed layouts keep column widths, so corpus text may break anywhere without squeezing them */
table.fixed { table-layout: fixed; }
table.fixed td { overflow-wrap: anywhere; }
.nowrap { white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: .8rem; }
header.top { background: #10253f; color: #fff; padding: 1.5rem 1.25rem 1rem; }
header.top h1 { margin: 0 0 .4rem; font-size: 1.6rem; line-height: 1.25; max-width: 1100px; }
header.top p { margin: 0 0 .6rem; max-width: 75ch; color: #dfe6ef; }
nav.toc { max-width: 1100px; display: flex; flex-wrap: wrap; gap: .25rem .9rem; font-size: .92rem; }
nav.toc a { color: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem 4rem; }
section { border-bottom: 1px solid var(--line); padding: 1.5rem 0; }
/* sections below the first are laid out and painted only near the viewport: the load does not pay for the whole page */
main > section + section { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .35rem; }
p.lead { color: var(--muted); max-width: 75ch; margin-top: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
/* relative: absolutely positioned children (visually hidden headers) stay inside the scroll box */
.table-wrap { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .78rem; font-weight: 600; white-space: nowrap; }
.badge.confirmed { background: #dff1e8; color: #00603f; }
.badge.inferred { background: #fde9d9; color: #8a3b00; }
.badge.unverified { background: #ece4f6; color: #5b2d8e; }
.findings { border-left: 4px solid var(--accent); background: #eef5fb; padding: .5rem 1rem; margin: 1rem 0; }
.findings h3 { margin: .2rem 0; }
.findings ul { margin: .2rem 0 .4rem; padding-left: 1.2rem; }
.findings li { margin: .25rem 0; }
.warnings-head { margin: 0 0 .2rem; font-weight: 600; }
.warnings details { margin: .15rem 0; }
.warnings summary { font-weight: normal; }
.evidence-note { color: var(--muted); font-size: .82rem; display: block; margin-top: .15rem; }
.warnings { background: var(--warn); border-left: 4px solid var(--warn-line); padding: .6rem 1rem; margin: 1rem 0; }
.warnings h3 { margin-top: .2rem; }
.warnings ul { margin: .2rem 0 .4rem; padding-left: 1.2rem; }
figure.chart { margin: 1.25rem 0 1.75rem; }
figure.chart .vis { overflow-x: auto; max-width: 100%; }
figure.chart img.static { display: block; max-width: 100%; height: auto; }
figure.chart.rendered img.static { display: none; }
figure.chart .vis svg { max-width: none; }
.how { font-size: .88rem; color: var(--muted); margin: .35rem 0; max-width: 80ch; }
.how strong { color: var(--fg); }
.downloads { font-size: .82rem; margin: 0; }
.downloads a { margin-right: .8rem; }
.control { margin: .25rem 0 .5rem; font-size: .9rem; }
select, input, button { font: inherit; font-size: .9rem; }
select, input[type=search] { padding: .25rem .4rem; border: 1px solid #8a8a92; border-radius: 4px; background: #fff; max-width: 100%; }
button { white-space: nowrap; padding: .25rem .7rem; border: 1px solid #8a8a92; border-radius: 4px; background: var(--soft); cursor: pointer; }
button:hover { background: #e8eaee; }
.omitted { color: var(--muted); font-style: italic; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; max-width: 100%; min-width: 0; }
.filters select { max-width: 100%; }
.filters input[type=search] { min-width: min(16rem, 100%); }
#ev-status { font-size: .92rem; margin: .5rem 0; font-weight: 600; }
#ev-chips .chip { margin-right: .4rem; font-size: .8rem; border-radius: 1rem; }
#ev-table { min-width: 56rem; }
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: 2px; }
td .voice { white-space: nowrap; font-size: .85rem; }
td .voice::before, .legend .sw { content: ""; display: inline-block; width: .7em; height: .7em; margin-right: .3em; border-radius: 2px; vertical-align: baseline; }
.voice::before { background: var(--other-voice); }
.v-authorial::before { background: var(--authorial); } .v-quoted::before { background: var(--quoted); }
.v-reported::before { background: var(--reported); } .v-distanced::before { background: var(--distanced); }
.v-negated::before { background: var(--negated); }
dialog#reader { width: min(900px, 96vw); max-height: 92vh; border: 1px solid var(--line); border-radius: 8px; padding: 0; }
dialog#reader::backdrop { background: rgba(16, 37, 63, .45); }
.reader-head { position: sticky; top: 0; background: #fff; padding: .8rem 1rem .5rem; border-bottom: 1px solid var(--line); }
.reader-head h2 { font-size: 1.15rem; margin: 0 2.5rem .2rem 0; }
#reader-close { position: absolute; right: .8rem; top: .7rem; }
#reader-meta { font-size: .85rem; color: var(--muted); margin: 0 0 .4rem; }
.legend .sw { width: 1.4em; }
.legend { font-size: .8rem; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
.legend .sw.quoted { background: transparent; border-bottom: 3px solid var(--quoted); border-radius: 0; }
#reader-text { white-space: pre-wrap; padding: 1rem; font-size: 1rem; line-height: 1.7; max-width: 75ch; }
#reader-text .v-quoted { border-bottom: 3px solid var(--quoted); }
#reader-text .v-reported { border-bottom: 3px dotted var(--reported); }
#reader-text .v-distanced { border-bottom: 3px double var(--distanced); }
#reader-text .v-negated { border-bottom: 3px dashed var(--negated); }
#reader-text .v-quoted::before, #reader-text .v-reported::before, #reader-text .v-distanced::before, #reader-text .v-negated::before { content: none; }
#reader-text .bp { color: #8a8a92; text-decoration: line-through; text-decoration-color: #c4c4c8; }
#reader-text mark.k-referent { background: #d9ecf7; }
#reader-text mark.k-claim { background: #e3f3df; }
#reader-text .focus { outline: 2px solid #D55E00; }
.legend .sw.hit { background: #ffe08a; } .legend .sw.referent { background: #d9ecf7; } .legend .sw.claim { background: #e3f3df; }
.legend .sw.reported { background: transparent; border-bottom: 3px dotted var(--reported); border-radius: 0; }
.legend .sw.distanced { background: transparent; border-bottom: 3px double var(--distanced); border-radius: 0; }
.legend .sw.negated { background: transparent; border-bottom: 3px dashed var(--negated); border-radius: 0; }
.legend .sw.bp { background: #e4e4e7; }
dl.measures dt { font-weight: 600; margin-top: .6rem; }
dl.measures dd { margin: 0 0 0 1rem; max-width: 80ch; }
details { margin: .6rem 0; }
summary { cursor: pointer; font-weight: 600; }
code { font-size: .85em; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
.vg-tooltip { max-width: 360px; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.dup-pair { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
.dup-articles { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.dup-articles button { margin-top: .3rem; }
ol.passages { margin: .3rem 0 0; padding-left: 1.4rem; }
blockquote.passage { margin: .2rem 0 .5rem; padding: .3rem .7rem; border-left: 3px solid var(--accent); background: var(--soft); font-size: .92rem; }
@media print { nav.toc, .filters, #ev-more, .downloads { display: none; } }
`;
