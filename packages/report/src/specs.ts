/**
 * One Vega-Lite spec per chart, built from ReportData. Every spec carries its data inline
 * (`data.values`: a report opened from file:// cannot load URLs), and the CSV offered under
 * the chart is exactly those values.
 */
import type { ReportData, TimeRow } from '@framelens/aggregate';
import { toCsv } from './csv.js';
import { OKABE_ITO, VOICE_COLOURS, VOICE_LABELS, categoricalRange } from './palette.js';

export type VegaLiteSpec = Record<string, unknown>;

/** Which evidence rows a click on a mark selects: evidence field ← datum field. */
export interface Drill {
  kind?: 'frame' | 'referent' | 'claim';
  /** datum field holding the frame / referent / claim id */
  category?: string;
  outlet?: string;
  voice?: string;
  label?: string;
  speakerGroup?: string;
  /** a signal whose value 'own' restricts the drill-down to authorial hits */
  ownVoiceSignal?: string;
}

export interface ChartSpec {
  id: string;
  /** short name, used in headings of downloads and the table of contents */
  title: string;
  /** the question the chart answers (shown as its heading) */
  question: string;
  /** one line under the chart */
  howToRead: string;
  section: 'frames' | 'voice' | 'naming' | 'speakers' | 'claims' | 'distinctive' | 'time';
  vegaLite: VegaLiteSpec;
  csv: string;
  drill?: Drill;
  /** a param the page lets the reader change through an HTML control */
  control?: { signal: string; label: string; options: { value: string; label: string }[] };
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelLimit: 360, titleColor: '#333', labelColor: '#333' },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 360, titleFontWeight: 'bold' },
  header: { labelFontSize: 12, titleFontSize: 12, labelFontWeight: 'bold', labelColor: '#222' },
  range: { category: OKABE_ITO },
};

/** "(1 article)" wherever an outlet with one article appears. */
export function outletLabel(name: string, articles: number): string {
  return articles === 1 ? `${name} (1 article)` : `${name} (${articles} articles)`;
}

function labels(data: ReportData) {
  const outlets = new Map(data.outlets.map((o) => [o.outlet, outletLabel(o.name, o.articles)]));
  const outletOrder = data.outlets.map((o) => outlets.get(o.outlet)!);
  const frameLabel = new Map(data.lexicon.frames.map((f) => [f.id, f.label]));
  const frameOrder = data.lexicon.frames.map((f) => f.label);
  return { outlet: (id: string) => outlets.get(id) ?? id, outletOrder, frameLabel: (id: string) => frameLabel.get(id) ?? id, frameOrder };
}

function top(spec: Omit<VegaLiteSpec, '$schema' | 'config'>): VegaLiteSpec {
  return { $schema: SCHEMA, config: CONFIG, background: 'white', padding: 8, ...spec };
}

const fmt1 = '.1f';

export function buildSpecs(data: ReportData): ChartSpec[] {
  const L = labels(data);
  const charts: ChartSpec[] = [];
  const outletDomain = L.outletOrder;

  // --- Frame profile: heatmap ------------------------------------------------------------------
  const heat = data.outletFrames.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
    articles: r.articles, wordTokens: r.wordTokens, hits: r.hits, ownHits: r.ownHits, density: r.density, ownDensity: r.ownDensity,
  }));
  charts.push({
    id: 'frame-density', section: 'frames', title: 'Frame density',
    question: 'Which frames does each outlet use, and how often?',
    howToRead: 'Each cell is hits of a frame per 1,000 words of an outlet; darker means more. Switch to "own voice only" to count only sentences the outlet writes itself. Click a cell to see its sentences.',
    control: { signal: 'voiceMode', label: 'Count', options: [{ value: 'all', label: 'all voices' }, { value: 'own', label: 'own voice only' }] },
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', ownVoiceSignal: 'voiceMode' },
    csv: toCsv(heat, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'articles', 'wordTokens', 'hits', 'ownHits', 'density', 'ownDensity']),
    vegaLite: top({
      data: { values: heat },
      params: [{ name: 'voiceMode', value: 'all' }],
      transform: [
        { calculate: "voiceMode === 'own' ? datum.ownDensity : datum.density", as: 'value' },
        { calculate: "voiceMode === 'own' ? datum.ownHits : datum.hits", as: 'n' },
        { joinaggregate: [{ op: 'max', field: 'value', as: 'maxValue' }] },
      ],
      width: { step: 70 },
      height: { step: 34 },
      encoding: {
        x: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, axis: { orient: 'top', labelAngle: -35, labelAlign: 'left', labelLimit: 320 } },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
      },
      layer: [
        {
          mark: { type: 'rect', cursor: 'pointer', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: {
              condition: { test: 'datum.value === 0', value: '#f4f4f6' },
              field: 'value', type: 'quantitative', title: ['Hits per', '1,000 words'], scale: { scheme: 'blues', domainMin: 0 },
            },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' },
              { field: 'value', title: 'per 1,000 words', format: fmt1 }, { field: 'n', title: 'hits' }, { field: 'wordTokens', title: 'words' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 11, cursor: 'pointer' },
          encoding: {
            text: { field: 'value', type: 'quantitative', format: fmt1 },
            color: { condition: { test: 'datum.value > 0.6 * datum.maxValue', value: 'white' }, value: '#222' },
          },
        },
      ],
    }),
  });

  // --- Frame profile: bars with Garwood intervals ---------------------------------------------
  const bars = data.outletFrames.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits,
    density: r.density, densityLow: r.densityLow, densityHigh: r.densityHigh, ownDensity: r.ownDensity, ownDensityLow: r.ownDensityLow, ownDensityHigh: r.ownDensityHigh,
  }));
  charts.push({
    id: 'frame-intervals', section: 'frames', title: 'Frame density with intervals',
    question: 'How sure can we be that outlets differ in how often they use a frame?',
    howToRead: 'Bars are hits per 1,000 words; the whiskers are exact 95% Poisson (Garwood) intervals. Overlapping whiskers mean the difference may be chance; with one article per outlet they describe that article only.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
    csv: toCsv(bars, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'hits', 'density', 'densityLow', 'densityHigh', 'ownDensity', 'ownDensityLow', 'ownDensityHigh']),
    vegaLite: top({
      data: { values: bars },
      width: 420,
      height: { step: 11 },
      encoding: {
        y: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, axis: { labelPadding: 6 } },
        yOffset: { field: 'outletLabel', type: 'nominal', sort: outletDomain },
        color: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: 'Outlet', legend: { orient: 'bottom', columns: 2 } },
        tooltip: [
          { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' }, { field: 'hits', title: 'hits' },
          { field: 'density', title: 'per 1,000 words', format: fmt1 }, { field: 'densityLow', title: '95% low', format: fmt1 }, { field: 'densityHigh', title: '95% high', format: fmt1 },
        ],
      },
      layer: [
        { mark: { type: 'bar', cursor: 'pointer', height: { band: 0.9 } }, encoding: { x: { field: 'density', type: 'quantitative', title: 'Hits per 1,000 words (95% interval)' } } },
        { mark: { type: 'rule', color: '#333', strokeWidth: 1 }, encoding: { x: { field: 'densityLow', type: 'quantitative' }, x2: { field: 'densityHigh' }, color: { value: '#333' } } },
      ],
    }),
  });

  // --- Voice: stacked bars per outlet and frame ------------------------------------------------
  const voiceOrder = ['authorial', 'quoted', 'reported', 'distanced'];
  const voice = data.outletFrameVoices.filter((r) => r.hits > 0).map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame),
    voice: r.voice, voiceLabel: VOICE_LABELS[r.voice] ?? r.voice, voiceOrder: voiceOrder.indexOf(r.voice), hits: r.hits, share: r.share,
  }));
  charts.push({
    id: 'voice-by-frame', section: 'voice', title: 'Voice of frame hits',
    question: 'Does each outlet use a frame in its own voice, or only quote and report others using it?',
    howToRead: 'One panel per frame; each bar splits an outlet\'s hits of that frame by voice. Dark blue is the outlet\'s own voice; the other colours are words it attributes to someone else. Click a segment to see its sentences.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet', voice: 'voice' },
    csv: toCsv(voice, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'voice', 'hits', 'share']),
    vegaLite: top({
      data: { values: voice },
      facet: { row: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 } } },
      spacing: 10,
      spec: {
        width: 360,
        height: { step: 14 },
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
          x: { field: 'hits', type: 'quantitative', stack: 'zero', title: 'Hits', axis: { tickMinStep: 1 } },
          color: { field: 'voice', type: 'nominal', title: 'Voice', scale: { domain: voiceOrder, range: voiceOrder.map((v) => VOICE_COLOURS[v]) }, legend: { orient: 'top', labelExpr: labelExprFor(VOICE_LABELS) } },
          order: { field: 'voiceOrder', type: 'quantitative' },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' }, { field: 'voiceLabel', title: 'Voice' },
            { field: 'hits', title: 'hits' }, { field: 'share', title: 'share of the frame', format: '.0%' },
          ],
        },
      },
      resolve: { scale: { x: 'shared' } },
    }),
  });

  // --- Voice: endorsement index ----------------------------------------------------------------
  const endorse = data.outletFrames.filter((r) => r.endorsement !== undefined).map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits, ownHits: r.ownHits, endorsement: r.endorsement!,
  }));
  charts.push({
    id: 'endorsement', section: 'voice', title: 'Endorsement index',
    question: 'Which frames does each outlet adopt, and which does it keep at a distance?',
    howToRead: 'Endorsement = (own-voice hits − distanced hits) / all hits of the frame: +1 means the outlet only uses the frame itself, −1 only in scare quotes or "so-called"; near 0 it mostly reports others. Empty cells: the frame does not occur.',
    drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
    csv: toCsv(endorse, ['outlet', 'outletLabel', 'frame', 'frameLabel', 'hits', 'ownHits', 'endorsement']),
    vegaLite: top({
      data: { values: endorse },
      width: { step: 70 },
      height: { step: 34 },
      encoding: {
        x: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null, scale: { domain: L.frameOrder }, axis: { orient: 'top', labelAngle: -35, labelAlign: 'left', labelLimit: 320 } },
        y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, scale: { domain: outletDomain } },
      },
      layer: [
        {
          mark: { type: 'rect', cursor: 'pointer', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: { field: 'endorsement', type: 'quantitative', title: 'Endorsement', scale: { scheme: 'blueorange', domain: [-1, 1], reverse: true } },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'frameLabel', title: 'Frame' },
              { field: 'endorsement', title: 'endorsement', format: '+.2f' }, { field: 'hits', title: 'hits' }, { field: 'ownHits', title: 'own-voice hits' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 11, cursor: 'pointer' },
          encoding: {
            text: { field: 'endorsement', type: 'quantitative', format: '+.1f' },
            color: { condition: { test: 'abs(datum.endorsement) > 0.6', value: 'white' }, value: '#222' },
          },
        },
      ],
    }),
  });

  // --- Naming ----------------------------------------------------------------------------------
  const naming = data.naming.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), referent: r.referent, referentLabel: r.referentLabel, label: r.label, hits: r.hits, ownHits: r.ownHits, share: r.share,
  }));
  const referents = data.lexicon.referents.filter((r) => naming.some((n) => n.referent === r.id));
  if (referents.length > 0) {
    charts.push({
      id: 'naming', section: 'naming', title: 'Naming',
      question: 'Which words does each outlet choose for the same actors?',
      howToRead: 'One chart per actor; each bar splits an outlet\'s mentions of that actor by the label used (100% = all its mentions). Hover for counts; click a segment to see the sentences.',
      drill: { kind: 'referent', category: 'referent', outlet: 'outlet', label: 'label' },
      csv: toCsv(naming, ['outlet', 'outletLabel', 'referent', 'referentLabel', 'label', 'hits', 'ownHits', 'share']),
      vegaLite: top({
        data: { values: naming },
        vconcat: referents.map((r) => ({
          title: { text: r.label, anchor: 'start', fontSize: 12 },
          transform: [{ filter: { field: 'referent', equal: r.id } }],
          width: 420,
          height: { step: 18 },
          mark: { type: 'bar', cursor: 'pointer' },
          encoding: {
            y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
            x: { field: 'hits', type: 'quantitative', stack: 'normalize', title: 'Share of mentions', axis: { format: '.0%' } },
            color: { field: 'label', type: 'nominal', title: 'Label', sort: r.labels, scale: { domain: r.labels, range: categoricalRange(r.labels.length) }, legend: { orient: 'right' } },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' }, { field: 'label', title: 'Label' }, { field: 'hits', title: 'mentions' },
              { field: 'ownHits', title: 'in own voice' }, { field: 'share', title: 'share', format: '.0%' },
            ],
          },
        })),
        spacing: 24,
        resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
      }),
    });
  }

  // --- Who speaks ------------------------------------------------------------------------------
  const groupOrder = [...data.lexicon.speakers.map((s) => s.id), 'unassigned', 'anonymous'];
  const groupLabelOf = new Map(data.speakers.map((s) => [s.group, s.groupLabel]));
  const groupLabels = groupOrder.filter((g) => groupLabelOf.has(g)).map((g) => groupLabelOf.get(g)!);
  const groupColours = groupOrder.filter((g) => groupLabelOf.has(g)).map((g, i) => (g === 'anonymous' ? '#999999' : g === 'unassigned' ? '#cccccc' : OKABE_ITO[i % OKABE_ITO.length]!));
  const speakers = data.speakers.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), group: r.group, groupLabel: r.groupLabel, groupOrder: groupOrder.indexOf(r.group),
    quotedWords: r.quotedWords, reportedWords: r.reportedWords, words: r.quotedWords + r.reportedWords, share: r.share, speakers: r.speakers.join('; '),
  }));
  if (speakers.length > 0) {
    charts.push({
      id: 'speakers', section: 'speakers', title: 'Who speaks',
      question: 'Whose words does each outlet pass on?',
      howToRead: 'Each bar splits the words an outlet quotes or reports (100%) by who said them. Grey: no speaker could be identified. Click a segment to see the hits inside that group\'s words.',
      drill: { outlet: 'outlet', speakerGroup: 'group' },
      csv: toCsv(speakers, ['outlet', 'outletLabel', 'group', 'groupLabel', 'quotedWords', 'reportedWords', 'share', 'speakers']),
      vegaLite: top({
        data: { values: speakers },
        width: 420,
        height: { step: 22 },
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null },
          x: { field: 'words', type: 'quantitative', stack: 'normalize', title: 'Share of quoted and reported words', axis: { format: '.0%' } },
          color: { field: 'groupLabel', type: 'nominal', title: 'Speaker group', scale: { domain: groupLabels, range: groupColours }, legend: { orient: 'bottom', columns: 2 } },
          order: { field: 'groupOrder', type: 'quantitative' },
          tooltip: [
            { field: 'outletLabel', title: 'Outlet' }, { field: 'groupLabel', title: 'Group' }, { field: 'quotedWords', title: 'quoted words' },
            { field: 'reportedWords', title: 'reported words' }, { field: 'share', title: 'share', format: '.0%' }, { field: 'speakers', title: 'speakers' },
          ],
        },
      }),
    });
  }

  // --- Claims ----------------------------------------------------------------------------------
  const claimOrder = data.lexicon.claims.map((c) => c.label);
  const claims = data.claims.map((r) => ({
    outlet: r.outlet, outletLabel: L.outlet(r.outlet), claim: r.claim, claimLabel: r.claimLabel, present: r.present ? 'mentioned' : 'not mentioned',
    hits: r.hits, articles: r.articles, evidence: r.evidence ?? '',
  }));
  if (claims.length > 0) {
    charts.push({
      id: 'claims', section: 'claims', title: 'Claims',
      question: 'Which facts does each outlet report, and which does it leave out?',
      howToRead: 'A filled square means the outlet mentions the claim (the number is how often); an empty one means it does not. Click a filled square to read the sentences.',
      drill: { kind: 'claim', category: 'claim', outlet: 'outlet' },
      csv: toCsv(claims, ['outlet', 'outletLabel', 'claim', 'claimLabel', 'present', 'hits', 'articles', 'evidence']),
      vegaLite: top({
        data: { values: claims },
        width: { step: 90 },
        height: { step: 30 },
        encoding: {
          x: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, axis: { orient: 'top', labelAngle: -30, labelAlign: 'left', labelLimit: 400 } },
          y: { field: 'claimLabel', type: 'nominal', sort: claimOrder, title: null },
        },
        layer: [
          {
            mark: { type: 'square', size: 420, cursor: 'pointer', strokeWidth: 1.5, opacity: 1 },
            encoding: {
              fill: { field: 'present', type: 'nominal', title: null, scale: { domain: ['mentioned', 'not mentioned'], range: ['#0072B2', '#ffffff'] }, legend: { orient: 'bottom' } },
              stroke: { value: '#0072B2' },
              tooltip: [{ field: 'outletLabel', title: 'Outlet' }, { field: 'claimLabel', title: 'Claim' }, { field: 'hits', title: 'hits' }, { field: 'evidence', title: 'first sentence' }],
            },
          },
          {
            transform: [{ filter: 'datum.hits > 0' }],
            mark: { type: 'text', fontSize: 11, color: 'white', cursor: 'pointer' },
            encoding: { text: { field: 'hits', type: 'quantitative' } },
          },
        ],
      }),
    });
  }

  // --- Distinctive terms: dot plot per outlet --------------------------------------------------
  const perOutlet = 12;
  const dist = data.outlets.flatMap((o) =>
    data.distinctive.filter((d) => d.outlet === o.outlet).sort((a, b) => b.z - a.z || a.stem.localeCompare(b.stem)).slice(0, perOutlet),
  ).map((d) => ({
    outlet: d.outlet, outletLabel: L.outlet(d.outlet), stem: d.stem, term: d.forms[0] ?? d.stem, forms: d.forms.join(', '),
    count: d.count, countRest: d.countRest, rate: d.rate, rateRest: d.rateRest, z: d.z, lexicon: d.inLexicon ? 'in the lexicon' : 'not in the lexicon',
  }));
  if (dist.length > 0) {
    charts.push({
      id: 'distinctive', section: 'distinctive', title: 'Distinctive terms',
      question: 'Which words set each outlet apart from the others?',
      howToRead: `The ${perOutlet} words each outlet uses most over-proportionally compared with all other outlets (log-odds z-score, Monroe et al. 2008). Right of the dashed line (z ≈ 1.96) the difference is unlikely to be chance. Filled dots are lexicon terms.`,
      csv: toCsv(dist, ['outlet', 'outletLabel', 'stem', 'term', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'z', 'lexicon']),
      vegaLite: top({
        data: { values: dist },
        facet: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, header: { labelAnchor: 'start', labelLimit: 420 } },
        columns: 2,
        spacing: { row: 16, column: 40 },
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: 220,
          height: { step: 15 },
          layer: [
            { mark: { type: 'rule', strokeDash: [3, 3], color: '#888' }, encoding: { x: { datum: 1.96 } } },
            {
              mark: { type: 'point', size: 50, strokeWidth: 1.5 },
              encoding: {
                y: { field: 'term', type: 'nominal', sort: { field: 'z', order: 'descending' }, title: null },
                x: { field: 'z', type: 'quantitative', title: 'z-score (outlet vs rest)' },
                color: { value: '#0072B2' },
                fill: { field: 'lexicon', type: 'nominal', title: null, scale: { domain: ['in the lexicon', 'not in the lexicon'], range: ['#0072B2', '#ffffff'] }, legend: { orient: 'top' } },
                tooltip: [
                  { field: 'term', title: 'Term' }, { field: 'forms', title: 'forms' }, { field: 'count', title: 'count here' }, { field: 'countRest', title: 'count elsewhere' },
                  { field: 'rate', title: 'per 1,000 here', format: '.2f' }, { field: 'rateRest', title: 'per 1,000 elsewhere', format: '.2f' }, { field: 'z', title: 'z', format: '.2f' },
                ],
              },
            },
          ],
        },
      }),
    });

    // --- Distinctive terms: Scattertext-style scatter ------------------------------------------
    const scatter = data.distinctive.map((d) => ({
      outlet: d.outlet, outletLabel: L.outlet(d.outlet), stem: d.stem, term: d.forms[0] ?? d.stem, forms: d.forms.join(', '),
      count: d.count, countRest: d.countRest, rate: d.rate, rateRest: d.rateRest, z: d.z,
    }));
    const first = data.outlets[0]?.outlet ?? '';
    charts.push({
      id: 'term-scatter', section: 'distinctive', title: 'Term scatter',
      question: 'How often does an outlet use its distinctive words, compared with everyone else?',
      howToRead: 'Each dot is a word: right = frequent in the other outlets, up = frequent in the chosen outlet. Words far above the diagonal belong to this outlet; the most distinctive are labelled. Hover for counts; choose the outlet above.',
      control: { signal: 'scatterOutlet', label: 'Outlet', options: data.outlets.map((o) => ({ value: o.outlet, label: L.outlet(o.outlet) })) },
      csv: toCsv(scatter, ['outlet', 'outletLabel', 'stem', 'term', 'forms', 'count', 'countRest', 'rate', 'rateRest', 'z']),
      vegaLite: top({
        data: { values: scatter },
        params: [{ name: 'scatterOutlet', value: first }],
        transform: [
          { filter: 'datum.outlet === scatterOutlet' },
          { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field: 'z', order: 'descending' }] },
        ],
        width: 460,
        height: 360,
        encoding: {
          x: { field: 'rateRest', type: 'quantitative', title: 'Per 1,000 words in the other outlets', scale: { type: 'symlog', constant: 0.5 } },
          y: { field: 'rate', type: 'quantitative', title: 'Per 1,000 words in this outlet', scale: { type: 'symlog', constant: 0.5 } },
        },
        layer: [
          {
            mark: { type: 'point', filled: true, opacity: 0.75, size: 40 },
            encoding: {
              color: { field: 'z', type: 'quantitative', title: 'z-score', scale: { scheme: 'viridis', reverse: true } },
              tooltip: [
                { field: 'term', title: 'Term' }, { field: 'forms', title: 'forms' }, { field: 'count', title: 'count here' }, { field: 'countRest', title: 'count elsewhere' },
                { field: 'z', title: 'z', format: '.2f' },
              ],
            },
          },
          {
            transform: [{ filter: 'datum.rank <= 10' }],
            mark: { type: 'text', align: 'left', dx: 5, dy: -5, fontSize: 10, color: '#222' },
            encoding: { text: { field: 'term', type: 'nominal' } },
          },
        ],
      }),
    });
  }

  // --- Over time -------------------------------------------------------------------------------
  if (datesSpanMoreThanOneDay(data)) {
    const { period, rows } = overTimeByPeriod(data.overTime);
    const time = rows.map((r) => ({ outlet: r.outlet, outletLabel: L.outlet(r.outlet), period: r.period, date: r.date, frame: r.frame, frameLabel: L.frameLabel(r.frame), hits: r.hits, wordTokens: r.wordTokens, density: r.density }));
    const unit = period === 'day' ? 'publication day' : period === 'week' ? 'week (Monday to Sunday, labelled by its Monday)' : 'calendar month';
    charts.push({
      id: 'over-time', section: 'time', title: 'Over time',
      question: `How does the use of each frame change from ${period} to ${period}?`,
      howToRead: `One panel per outlet: hits of each frame per 1,000 words, by ${unit}${period === 'day' ? '' : ` (the dates span more than ${MAX_PERIODS} ${period === 'week' ? 'days' : 'weeks'}; data/over-time.csv has every day)`}. Dates may be estimates; see the outlets table.`,
      drill: { kind: 'frame', category: 'frame', outlet: 'outlet' },
      csv: toCsv(time, ['outlet', 'outletLabel', 'period', 'date', 'frame', 'frameLabel', 'hits', 'wordTokens', 'density']),
      vegaLite: top({
        data: { values: time },
        facet: { field: 'outletLabel', type: 'nominal', sort: outletDomain, title: null, header: { labelAnchor: 'start' } },
        columns: 2,
        spec: {
          width: 260,
          height: 140,
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', title: null, axis: { format: period === 'month' ? '%b %Y' : '%d %b' } },
            y: { field: 'density', type: 'quantitative', title: 'Per 1,000 words' },
            color: { field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: 'Frame', legend: { orient: 'bottom', columns: 2 } },
            tooltip: [
              { field: 'outletLabel', title: 'Outlet' },
              { field: 'date', title: period === 'day' ? 'Date' : period === 'week' ? 'Week from' : 'Month from' },
              { field: 'frameLabel', title: 'Frame' },
              { field: 'hits', title: 'hits' },
              { field: 'density', title: 'per 1,000', format: fmt1 },
            ],
          },
        },
      }),
    });
  }

  return charts;
}

/** True when the articles' dates span more than one day (first to last). */
export function datesSpanMoreThanOneDay(data: ReportData): boolean {
  const { min, max } = timeRange(data.articles.map((a) => a.date?.slice(0, 10)));
  return max - min > DAY;
}

const DAY = 86_400_000;

/**
 * First and last of some dates (YYYY-MM-DD; missing or unparsable ones skipped), as epoch ms;
 * min > max when there are none. A loop, not Math.max(...dates): a spread of 200,000 arguments
 * overflows the stack.
 */
function timeRange(dates: Iterable<string | undefined>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const d of dates) {
    const t = d ? Date.parse(d) : NaN;
    if (Number.isNaN(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return { min, max };
}

/** At most this many points per line in the over-time chart: longer spans go by week, then by month. */
export const MAX_PERIODS = 62;

export interface PeriodRow { outlet: string; period: 'day' | 'week' | 'month'; date: string; frame: string; hits: number; wordTokens: number; density: number }

/**
 * The daily over-time rows summed per outlet × period × frame, the period being the day when the
 * dates span at most MAX_PERIODS days, else the week (Monday to Sunday, dated by its Monday) when
 * they span at most MAX_PERIODS weeks, else the calendar month (dated by its first day). A year of
 * daily points per outlet and frame is noise and makes a page of tens of megabytes; density is
 * recomputed from the summed hits and words, so it stays hits per 1,000 words of that period.
 */
export function overTimeByPeriod(rows: readonly TimeRow[]): { period: PeriodRow['period']; rows: PeriodRow[] } {
  const { min, max } = timeRange(rows.map((r) => r.date));
  const days = min > max ? 0 : Math.round((max - min) / DAY) + 1;
  const period: PeriodRow['period'] = days <= MAX_PERIODS ? 'day' : days <= MAX_PERIODS * 7 ? 'week' : 'month';
  const start = (date: string): string => {
    if (period === 'day') return date;
    if (period === 'month') return `${date.slice(0, 7)}-01`;
    const t = Date.parse(date);
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    return new Date(monday).toISOString().slice(0, 10);
  };
  const out = new Map<string, PeriodRow>();
  // each daily row carries that outlet's words of the day: summed per frame row, they are the period's words
  for (const r of rows) {
    const date = start(r.date);
    const k = `${r.outlet}\u0000${date}\u0000${r.frame}`;
    const row = out.get(k);
    if (row) {
      row.hits += r.hits;
      row.wordTokens += r.wordTokens;
    } else out.set(k, { outlet: r.outlet, period, date, frame: r.frame, hits: r.hits, wordTokens: r.wordTokens, density: 0 });
  }
  const result = [...out.values()];
  for (const r of result) r.density = r.wordTokens > 0 ? (r.hits / r.wordTokens) * 1000 : 0;
  // rows come in outlet, date, frame (lexicon) order and keep it: the map preserves first insertion
  return { period, rows: result };
}

function labelExprFor(map: Record<string, string>): string {
  return Object.entries(map).reduce((expr, [k, v]) => `datum.value === ${JSON.stringify(k)} ? ${JSON.stringify(v)} : ${expr}`, 'datum.value');
}
