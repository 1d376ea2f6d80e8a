/**
 * A realistic ReportData built from the five real seed articles in corpus/kazakhstan-2022,
 * for developing and testing the report before the real pipeline output exists.
 *
 * Everything is derived from the text: hits are found with small regular expressions, offsets
 * come from the match positions (so `text.slice(start, end) === match` always holds), voice is
 * read crudely from quotation marks and reported-speech cues, and every table (outlet × frame,
 * × voice, naming, speakers, claims, distinctive terms) is aggregated from those hits, so a
 * count in a chart always equals the number of evidence rows behind it. The statistics are
 * approximations (Wilson–Hilferty for the Garwood interval); they only need to be plausible.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  ArticleRow, ClaimRow, DistinctiveRow, EvidenceRow, NamingRow, OutletFrameRow, OutletFrameVoiceRow,
  OutletRow, ReaderArticle, ReportData, SpeakerRow, TimeRow, Warning,
} from '@framelens/aggregate';

type Voice = EvidenceRow['voice'];
type Kind = EvidenceRow['kind'];
const VOICES: Voice[] = ['authorial', 'quoted', 'reported', 'distanced'];

const CORPUS = fileURLToPath(new URL('../../../../corpus/kazakhstan-2022/', import.meta.url));

interface Entry { id: string; label: string; description: string; terms: string[] }

export const FRAMES: Entry[] = [
  { id: 'terror', label: 'Terror and extremism', description: 'The unrest as terrorism, banditry or extremism.', terms: ['Terrorbanden', 'terroristisch', 'Terroristen', 'Banditen', 'Banden', 'Antiterroroperation', 'Anti-Terror-Operation', 'extremistisch'] },
  { id: 'foreign', label: 'Foreign interference', description: 'The unrest as steered or staged from abroad (colour revolution).', terms: ['äußerer Aggression', 'im Ausland ausgebildete', 'bunten Revolution', 'von außen inszeniert', 'aus dem Ausland', 'Provokateure', 'Verschwörung'] },
  { id: 'grievance', label: 'Socio-economic grievance', description: 'The unrest as a response to prices, debt and poverty.', terms: ['Corona-Revolution', 'Flüssiggas', 'Preise', 'Treibstoffpreise', 'Energiepreise', 'Kredit', 'Armut', 'soziale Gründe'] },
  { id: 'peacekeeping', label: 'Peacekeeping and stabilisation', description: 'The CSTO deployment as peacekeeping that stabilises the country.', terms: ['Friedenstruppe', 'stabilisieren', 'normalisieren'] },
  { id: 'repression', label: 'State violence and repression', description: 'Shooting, arrests and killings by the security forces.', terms: ['Schießbefehl', 'festgenommen', 'Säuberungsaktion', 'liquidiert', 'Verhaftungen', 'scharf geschossen', 'Waffengewalt'] },
  { id: 'protest', label: 'Protest and unrest', description: 'Protesters, protests and unrest as such.', terms: ['Demonstranten', 'Proteste', 'Protestwelle', 'Aufständische', 'Regimegegner', 'Unruhen', 'Protestierende'] },
  { id: 'sovereignty', label: 'Sovereignty and Russian influence', description: "Kazakhstan's sovereignty and Russia's hold over it.", terms: ['Souveränität', 'Schuldner Russlands', 'russischen Welt', 'Staatlichkeit', 'russisches Territorium'] },
  { id: 'blackout', label: 'Information blackout', description: 'Internet shutdowns and missing independent media.', terms: ['Internetausfall', 'Abschaltung des Internets', 'Blockaden des Internets', 'abgeschaltet', 'freier Medien'] },
];

export const REFERENTS: { id: string; label: string; labels: Record<string, string[]> }[] = [
  { id: 'protesters', label: 'The protesters', labels: { Demonstranten: ['Demonstranten'], Protestierende: ['Protestierende'], Aufständische: ['Aufständische'], Regimegegner: ['Regimegegner'], Terroristen: ['Terrorbanden', 'terroristische Banden', 'Banditen', 'Banden'] } },
  { id: 'csto', label: 'The CSTO alliance', labels: { OVKS: ['OVKS'], ODKB: ['ODKB'], Militärbündnis: ['Militärbündnis'], Bündnis: ['Bündnis'] } },
  { id: 'csto-troops', label: 'The CSTO troops', labels: { Friedenstruppe: ['Friedenstruppe'], Soldaten: ['Soldaten'], Fallschirmjäger: ['Fallschirmjäger', 'Luftlandetruppen'], Truppen: ['Truppen'] } },
];

export const CLAIMS: Entry[] = [
  { id: 'shoot-order', label: 'Shoot-without-warning order', description: 'Tokayev ordered security forces to shoot without warning.', terms: ['Schießbefehl'] },
  { id: 'beheaded', label: 'Police officers beheaded', description: 'Police officers were reported beheaded.', terms: ['enthauptet', 'Köpfe abgeschnitten'] },
  { id: 'first-deployment', label: "The CSTO's first deployment", description: 'The first time the alliance sent troops to a member.', terms: ['das erste Mal'] },
  { id: 'nazarbayev-left', label: 'Nazarbayev left the country', description: 'Nazarbayev is said to have left Kazakhstan.', terms: ['Kasachstan verlassen'] },
  { id: 'fuel-doubled', label: 'Fuel prices doubled', description: 'The price of liquefied gas doubled.', terms: ['verdoppel'] },
  { id: 'arrests', label: 'Mass arrests', description: 'Thousands were arrested.', terms: ['festgenommen', 'Verhaftungen', 'Menschen fest'] },
  { id: 'internet', label: 'Internet shut down', description: 'The internet was shut down.', terms: ['Internet', 'Netz über Stunden abgeschaltet'] },
];

export const SPEAKERS: { id: string; label: string; names: string[] }[] = [
  { id: 'kz-government', label: 'Kazakh government and police', names: ['Tokajew', 'Regierung', 'Polizei', 'Behörden', 'Präsident', 'Staatschef'] },
  { id: 'ru-officials', label: 'Russian officials and state media', names: ['Außenministerium', 'Kalaschnikow', 'Staatsagentur', 'Ria Nowosti', 'Tass', 'Interfax', 'Putin'] },
  { id: 'experts', label: 'Experts and commentators', names: ['Politologe', 'Experten', 'Kommentatoren', 'Beobachter'] },
  { id: 'western', label: 'Western governments', names: ['Ned Price', 'USA', 'EU'] },
  { id: 'media', label: 'Other media', names: ['Khabar', 'Chabar', 'Baza', 'Mediazona', 'Swoboda', 'Vlast', 'Telegram'] },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term matches at a word start and may carry an inflection or compound tail. */
const termRe = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(term)}[\\p{L}]*`, 'giu');
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface Source { outlet: string; article: string; path: string; meta: Record<string, string>; text: string }

function parseArticle(outlet: string, file: string): Source {
  const raw = readFileSync(CORPUS + `${outlet}/${file}`, 'utf8');
  const end = raw.indexOf('\n---\n', 4);
  const meta: Record<string, string> = {};
  for (const line of raw.slice(4, end).split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) meta[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  const path = `corpus/kazakhstan-2022/${outlet}/${file}`;
  return { outlet, article: `${outlet}/${file.replace(/\.md$/, '')}`, path, meta, text: raw.slice(end + 5) };
}

function readOutletYaml(outlet: string): { name: string; country: string; kind: string; url?: string; status: 'confirmed' | 'inferred'; evidence: string } {
  const y = readFileSync(CORPUS + `${outlet}/outlet.yaml`, 'utf8');
  const field = (k: string) => new RegExp(`^${k}: (.*)$`, 'm').exec(y)?.[1]?.trim() ?? '';
  const status = /status: (confirmed|inferred)/.exec(y)?.[1] === 'confirmed' ? 'confirmed' : 'inferred';
  const evidence = (y.split('evidence: >-')[1] ?? '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  const url = field('url');
  return { name: field('name'), country: field('country'), kind: field('kind'), ...(url ? { url } : {}), status, evidence };
}

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    const line = m[0];
    const split = /(?<=[.!?][“«»"]?)\s+(?=[„»«"]?[A-ZÄÖÜ0-9])/g;
    for (let s = split.exec(line); s; s = split.exec(line)) {
      out.push({ start, end: m.index + s.index });
      start = m.index + s.index + s[0].length;
    }
    if (start < m.index + line.length) out.push({ start, end: m.index + line.length });
  }
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

function boilerplateOf(text: string): ReaderArticle['boilerplate'] {
  const out: ReaderArticle['boilerplate'] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    if (/^ date \d{4}-\d{2}/.test(line)) out.push({ start: m.index, end: m.index + 13, reason: 'date-header' });
    if (/^Lesen Sie dazu auch$/.test(line)) out.push({ start: m.index, end: m.index + line.length, reason: 'teaser' });
    const credit = /(?:Foto: .*|Pavel Mikheyev\/REUTERS)$/.exec(line) ?? /Pavel Mikheyev\/REUTERS/.exec(line);
    if (credit) out.push({ start: m.index + credit.index, end: m.index + credit.index + credit[0].length, reason: 'credit' });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface VSpan { start: number; end: number; voice: Voice; speaker?: string; cue?: string }

function speakerGroupOf(phrase: string): string | undefined {
  return SPEAKERS.find((g) => g.names.some((n) => phrase.includes(n)))?.id;
}

/** Quotation spans (short ones are scare quotes) and reported-speech sentences. */
function voiceSpansOf(text: string, sentences: { start: number; end: number }[]): VSpan[] {
  const spans: VSpan[] = [];
  const quote = /„([^“]*)“|»([^«]*)«|«([^»]*)»|"([^"\n]*)"/g;
  for (let m = quote.exec(text); m; m = quote.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const words = inner.match(WORD)?.length ?? 0;
    const sentence = sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    const context = sentence ? text.slice(sentence.start, sentence.end) : '';
    const speaker = SPEAKERS.flatMap((g) => g.names).find((n) => context.replace(inner, '').includes(n));
    if (words <= 3 && !/[.!?]/.test(inner)) spans.push({ start: m.index, end: m.index + m[0].length, voice: 'distanced', cue: m[0][0] + '…' + m[0].slice(-1) });
    else spans.push({ start: m.index, end: m.index + m[0].length, voice: 'quoted', speaker: speaker ?? 'anonymous', cue: m[0][0] + '…' + m[0].slice(-1) });
  }
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const cue = /\b(sei|seien|gebe|handele|handle|soll|sollen|zufolge|laut|wolle)\b/.exec(body);
    if (!cue) continue;
    const speaker = SPEAKERS.flatMap((g) => g.names).find((n) => body.includes(n));
    spans.push({ start: s.start, end: s.end, voice: 'reported', speaker: speaker ?? 'anonymous', cue: cue[0] });
  }
  const distancing = /\b(sogenannten|so genannten|angeblich)\b/g;
  for (let m = distancing.exec(text); m; m = distancing.exec(text)) {
    const next = /\s+[\p{L}-]+/u.exec(text.slice(m.index + m[0].length));
    spans.push({ start: m.index, end: m.index + m[0].length + (next?.[0].length ?? 0), voice: 'distanced', cue: m[0] });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The voice of an offset: the innermost span containing it, else authorial. */
function voiceAt(spans: VSpan[], start: number, end: number): VSpan | undefined {
  let best: VSpan | undefined;
  for (const s of spans) if (s.start <= start && end <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  return best;
}

interface RawHit { kind: Kind; category: string; categoryLabel: string; label: string; term: string; start: number; end: number }

function findHits(text: string, kind: Kind, entries: { id: string; label: string; terms: [string, string][] }[]): RawHit[] {
  const found: RawHit[] = [];
  for (const e of entries)
    for (const [label, term] of e.terms) {
      const re = termRe(term);
      for (let m = re.exec(text); m; m = re.exec(text))
        found.push({ kind, category: e.id, categoryLabel: e.label, label, term, start: m.index, end: m.index + m[0].length });
    }
  // longest match wins, no nested double counting within one kind
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const h of found) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export interface SampleOptions {
  /** spread the dates over several days so the "Over time" section appears */
  spreadDates?: boolean;
  /** replace names, titles and some text with hostile strings (escaping tests) */
  hostile?: boolean;
}

export const HOSTILE = {
  name: 'Evil <script>window.__pwned=1</script> Zeitung',
  title: '</script><img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script> ‏שלום 🎉',
  url: 'javascript:window.__pwned=4',
  longWord: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(6),
  frameLabel: 'Frame <b onmouseover="window.__pwned=5">bold</b> & "quoted"',
  evidence: '<!-- </noscript><script>window.__pwned=6</script>',
};

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
/** Garwood 95% interval, Wilson–Hilferty approximation (close enough for a fixture). */
function garwood(x: number): [number, number] {
  const z = 1.959964;
  const low = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const y = x + 1;
  return [low, y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3];
}

const STOP = new Set('der die das und in im zu den des dem mit von auf für ist ein eine einer eines einem einen sich nicht es als auch an bei nach aus wie hat haben wurde wurden werden wird sie er sei seien dass noch zum zur vor über um am durch aber so nur war waren bis oder ob dieser diese dies was vom hatte hatten sind schon ihre ihr sein seine man mehr soll sollen dort dabei allerdings bereits'.split(' '));

export function sampleData(options: SampleOptions = {}): ReportData {
  const outletIds = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const sources = outletIds.flatMap((o) => readdirSync(CORPUS + o).filter((f) => f.endsWith('.md')).sort().map((f) => parseArticle(o, f)));
  const meta = new Map(outletIds.map((o) => [o, readOutletYaml(o)]));
  if (options.spreadDates) {
    const shifted: Record<string, string> = { nd: '2022-01-05', 'dpa-wire': '2022-01-06', 'junge-welt': '2022-01-08' };
    for (const s of sources) if (shifted[s.outlet]) s.meta.date = shifted[s.outlet]!;
  }
  if (options.hostile) {
    const kz = meta.get('kleine-zeitung')!;
    meta.set('kleine-zeitung', { ...kz, name: HOSTILE.name, url: HOSTILE.url, evidence: HOSTILE.evidence + ' ' + HOSTILE.longWord });
    const k = sources.find((s) => s.outlet === 'kleine-zeitung')!;
    k.meta.title = HOSTILE.title;
    k.meta.url = HOSTILE.url;
    // prepend a hostile paragraph: every offset below is computed after this edit
    k.text = `${HOSTILE.evidence} Die Demonstranten ${HOSTILE.longWord} ‏(שלום) 🎉.\n\n` + k.text;
  }

  const frameEntries = FRAMES.map((f) => ({ id: f.id, label: options.hostile && f.id === 'protest' ? HOSTILE.frameLabel : f.label, terms: f.terms.map((t): [string, string] => [t, t]) }));
  const referentEntries = REFERENTS.map((r) => ({ id: r.id, label: r.label, terms: Object.entries(r.labels).flatMap(([label, ts]) => ts.map((t): [string, string] => [label, t])) }));
  const claimEntries = CLAIMS.map((c) => ({ id: c.id, label: c.label, terms: c.terms.map((t): [string, string] => [t, t]) }));

  const evidence: EvidenceRow[] = [];
  const readers: ReaderArticle[] = [];
  const articles: ArticleRow[] = [];
  const wordCounts = new Map<string, Map<string, { count: number; forms: Map<string, number> }>>();
  const speakerWords = new Map<string, { quoted: number; reported: number; speakers: Set<string> }>();

  for (const src of sources) {
    const { text } = src;
    const sentences = sentencesOf(text);
    const boilerplate = boilerplateOf(text);
    const inBoiler = (start: number, end: number) => boilerplate.some((b) => b.start <= start && end <= b.end);
    const spans = voiceSpansOf(text, sentences);
    let wordTokens = 0;
    let boilerplateTokens = 0;
    const counts = wordCounts.get(src.outlet) ?? new Map();
    wordCounts.set(src.outlet, counts);
    for (const m of text.matchAll(WORD)) {
      if (inBoiler(m.index, m.index + m[0].length)) { boilerplateTokens++; continue; }
      wordTokens++;
      const norm = m[0].toLowerCase();
      if (STOP.has(norm) || norm.length < 4 || /^\d/.test(norm)) continue;
      const stem = norm.replace(/(en|er|es|e|n|s)$/, '');
      const c = counts.get(stem) ?? { count: 0, forms: new Map() };
      c.count++;
      c.forms.set(m[0], (c.forms.get(m[0]) ?? 0) + 1);
      counts.set(stem, c);
    }
    const firstPara = /\S[^\n]*/.exec(text.slice(boilerplate[0]?.start === 0 ? boilerplate[0].end : 0));
    const leadEnd = text.indexOf('\n', text.indexOf(firstPara?.[0] ?? '') + 1);
    const raw = [...findHits(text, 'frame', frameEntries), ...findHits(text, 'referent', referentEntries), ...findHits(text, 'claim', claimEntries)];
    const hits = raw.filter((h) => !inBoiler(h.start, h.end));
    let frameHits = 0;
    for (const h of hits) {
      const span = voiceAt(spans, h.start, h.end);
      const voice: Voice = span?.voice ?? 'authorial';
      const sentence = sentences.find((s) => s.start <= h.start && h.start < s.end) ?? { start: h.start, end: h.end };
      const speakerGroup = span?.speaker && span.speaker !== 'anonymous' ? speakerGroupOf(span.speaker) : undefined;
      if (h.kind === 'frame') frameHits++;
      evidence.push({
        id: `${src.article}#${h.start}-${h.end}:${h.kind}:${h.category}`,
        article: src.article, outlet: src.outlet, kind: h.kind, category: h.category, categoryLabel: h.categoryLabel,
        label: h.label, term: h.term, match: text.slice(h.start, h.end),
        sentence: text.slice(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end,
        start: h.start, end: h.end, voice,
        ...(span?.speaker ? { speaker: span.speaker } : {}),
        ...(speakerGroup ? { speakerGroup } : {}),
        ...(span?.cue ? { cue: span.cue } : {}),
        section: h.start < leadEnd ? 'lead' : 'body',
      });
    }
    for (const s of spans) {
      if (s.voice !== 'quoted' && s.voice !== 'reported') continue;
      const group = !s.speaker || s.speaker === 'anonymous' ? 'anonymous' : (speakerGroupOf(s.speaker) ?? 'unassigned');
      const key = `${src.outlet}\u0000${group}`;
      const w = speakerWords.get(key) ?? { quoted: 0, reported: 0, speakers: new Set<string>() };
      const n = text.slice(s.start, s.end).match(WORD)?.length ?? 0;
      if (s.voice === 'quoted') w.quoted += n; else w.reported += n;
      if (s.speaker && s.speaker !== 'anonymous') w.speakers.add(s.speaker);
      speakerWords.set(key, w);
    }
    readers.push({
      article: src.article, outlet: src.outlet, ...(src.meta.title ? { title: src.meta.title } : {}), text,
      spans: spans.map((s) => ({ start: s.start, end: s.end, voice: s.voice, ...(s.speaker ? { speaker: s.speaker } : {}), ...(s.cue ? { cue: s.cue } : {}) })),
      boilerplate,
      hits: hits.map((h) => ({ start: h.start, end: h.end, kind: h.kind, category: h.category, voice: voiceAt(spans, h.start, h.end)?.voice ?? 'authorial' })),
    });
    articles.push({
      article: src.article, outlet: src.outlet, ...(src.meta.title ? { title: src.meta.title } : {}),
      ...(src.meta.date ? { date: src.meta.date } : {}), ...(src.meta.datePrecision ? { datePrecision: src.meta.datePrecision } : {}),
      ...(src.meta.url ? { url: src.meta.url } : {}), path: src.path, wordTokens, boilerplateTokens, frameHits,
    });
  }

  const outlets: OutletRow[] = outletIds.map((o) => {
    const m = meta.get(o)!;
    const arts = articles.filter((a) => a.outlet === o);
    const dates = arts.map((a) => a.date).filter((d): d is string => !!d).sort();
    return {
      outlet: o, name: m.name, country: m.country, kind: m.kind, attributionStatus: m.status, attributionEvidence: m.evidence,
      articles: arts.length, wordTokens: arts.reduce((s, a) => s + a.wordTokens, 0),
      boilerplateTokens: arts.reduce((s, a) => s + a.boilerplateTokens, 0), frameHits: arts.reduce((s, a) => s + a.frameHits, 0),
      ...(dates[0] ? { firstDate: dates[0], lastDate: dates[dates.length - 1]! } : {}),
    };
  });

  const outletFrames: OutletFrameRow[] = [];
  const outletFrameVoices: OutletFrameVoiceRow[] = [];
  for (const o of outlets) {
    const ev = evidence.filter((e) => e.outlet === o.outlet && e.kind === 'frame');
    for (const f of frameEntries) {
      const fh = ev.filter((e) => e.category === f.id);
      const own = fh.filter((e) => e.voice === 'authorial').length;
      const per = 1000 / o.wordTokens;
      const [lo, hi] = garwood(fh.length);
      const [olo, ohi] = garwood(own);
      const distanced = fh.filter((e) => e.voice === 'distanced').length;
      outletFrames.push({
        outlet: o.outlet, frame: f.id, frameLabel: f.label, articles: o.articles, wordTokens: o.wordTokens, hits: fh.length, ownHits: own,
        density: round(fh.length * per), densityLow: round(lo * per), densityHigh: round(hi * per),
        ownDensity: round(own * per), ownDensityLow: round(olo * per), ownDensityHigh: round(ohi * per),
        share: ev.length ? round(fh.length / ev.length) : 0,
        ...(fh.length ? { endorsement: round((own - distanced) / fh.length) } : {}),
      });
      for (const v of VOICES) {
        const n = fh.filter((e) => e.voice === v).length;
        outletFrameVoices.push({ outlet: o.outlet, frame: f.id, frameLabel: f.label, voice: v, hits: n, share: fh.length ? round(n / fh.length) : 0 });
      }
    }
  }

  const naming: NamingRow[] = [];
  for (const o of outlets)
    for (const r of REFERENTS) {
      const rh = evidence.filter((e) => e.outlet === o.outlet && e.kind === 'referent' && e.category === r.id);
      for (const label of Object.keys(r.labels).sort()) {
        const lh = rh.filter((e) => e.label === label);
        if (!lh.length) continue;
        naming.push({ outlet: o.outlet, referent: r.id, referentLabel: r.label, label, hits: lh.length, ownHits: lh.filter((e) => e.voice === 'authorial').length, share: round(lh.length / rh.length) });
      }
    }

  const groupLabel = (g: string) => SPEAKERS.find((s) => s.id === g)?.label ?? (g === 'anonymous' ? 'Anonymous or unattributed' : 'Named, in no group');
  const speakers: SpeakerRow[] = [];
  for (const o of outlets) {
    const rows = [...speakerWords].filter(([k]) => k.startsWith(o.outlet + '\u0000'));
    const total = rows.reduce((s, [, w]) => s + w.quoted + w.reported, 0);
    for (const [k, w] of rows.sort(([a], [b]) => a.localeCompare(b))) {
      const group = k.split('\u0000')[1]!;
      speakers.push({ outlet: o.outlet, group, groupLabel: groupLabel(group), quotedWords: w.quoted, reportedWords: w.reported, share: total ? round((w.quoted + w.reported) / total) : 0, speakers: [...w.speakers].sort() });
    }
  }

  const claims: ClaimRow[] = [];
  for (const o of outlets)
    for (const c of CLAIMS) {
      const ch = evidence.filter((e) => e.outlet === o.outlet && e.kind === 'claim' && e.category === c.id);
      claims.push({
        outlet: o.outlet, claim: c.id, claimLabel: c.label, present: ch.length > 0, hits: ch.length, articles: new Set(ch.map((e) => e.article)).size,
        ...(ch[0] ? { evidence: ch[0].sentence, evidenceArticle: ch[0].article } : {}),
      });
    }

  // log-odds with an informative Dirichlet prior (Monroe et al. 2008), outlet vs rest
  const lexiconWords = [...FRAMES, ...CLAIMS].flatMap((f) => f.terms).concat(REFERENTS.flatMap((r) => Object.values(r.labels).flat())).map((t) => t.toLowerCase());
  const totals = new Map<string, number>();
  for (const counts of wordCounts.values()) for (const [stem, c] of counts) totals.set(stem, (totals.get(stem) ?? 0) + c.count);
  const grand = [...totals.values()].reduce((a, b) => a + b, 0);
  const a0 = 500;
  const distinctiveAll: DistinctiveRow[] = [];
  for (const o of outlets) {
    const counts = wordCounts.get(o.outlet)!;
    const ni = [...counts.values()].reduce((s, c) => s + c.count, 0);
    const nj = grand - ni;
    for (const [stem, c] of counts) {
      const yi = c.count;
      const yj = (totals.get(stem) ?? 0) - yi;
      const a = (a0 * (totals.get(stem) ?? 0)) / grand;
      const delta = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
      const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      const restTokens = outlets.filter((x) => x.outlet !== o.outlet).reduce((s, x) => s + x.wordTokens, 0);
      distinctiveAll.push({
        outlet: o.outlet, stem, forms: [...c.forms].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([f]) => f),
        count: yi, countRest: yj, rate: round((yi * 1000) / o.wordTokens), rateRest: round((yj * 1000) / restTokens),
        logOdds: round(delta), z: round(z), inLexicon: lexiconWords.some((w) => w.startsWith(stem) || stem.startsWith(w)),
      });
    }
  }
  const distinctive = outlets.flatMap((o) => distinctiveAll.filter((d) => d.outlet === o.outlet).sort((x, y) => y.z - x.z || x.stem.localeCompare(y.stem)).slice(0, 40));
  const lexiconGaps = outlets.flatMap((o) => distinctive.filter((d) => d.outlet === o.outlet && !d.inLexicon && d.count >= 2).slice(0, 5));

  const overTime: TimeRow[] = [];
  for (const a of articles) {
    if (!a.date) continue;
    for (const f of FRAMES) {
      const hits = evidence.filter((e) => e.article === a.article && e.kind === 'frame' && e.category === f.id).length;
      overTime.push({ outlet: a.outlet, date: a.date, frame: f.id, hits, wordTokens: a.wordTokens, density: round((hits * 1000) / a.wordTokens) });
    }
  }
  overTime.sort((x, y) => x.outlet.localeCompare(y.outlet) || x.date.localeCompare(y.date) || x.frame.localeCompare(y.frame));

  const warnings: Warning[] = [];
  for (const o of outlets) if (o.articles === 1) warnings.push({ kind: 'single-article-outlet', outlet: o.outlet, message: `${o.name} is represented by one article: its figures describe that article, not the outlet.` });
  for (const o of outlets) if (o.attributionStatus === 'inferred') warnings.push({ kind: 'inferred-attribution', outlet: o.outlet, message: `The attribution of these articles to ${o.name} is inferred, not confirmed.` });
  for (const a of articles) if (a.boilerplateTokens > 0) warnings.push({ kind: 'boilerplate-excluded', article: a.article, outlet: a.outlet, message: `${a.boilerplateTokens} word tokens of captions, credits or teasers were excluded from ${a.article}.` });

  const sha = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0').repeat(8);
  return {
    schemaVersion: 1,
    pipeline: 'kazakhstan-2022',
    title: 'Kazakhstan, January 2022: how German-language outlets framed the unrest',
    description: 'Five German-language articles (6–8 January 2022) on the protests in Kazakhstan, the "anti-terror operation" and the deployment of CSTO (OVKS/ODKB) troops.',
    provenance: {
      framelensVersion: '0.1.0',
      lexicon: { path: 'pipelines/kazakhstan-2022/lexicon.yaml', sha256: sha('lexicon') },
      corpus: { path: 'corpus/kazakhstan-2022', files: sources.map((s) => ({ path: s.path, sha256: sha(s.text) })) },
      settings: { syndication: 'keep', evidencePerCell: 200, bootstrapSeed: 42, minArticlesForBootstrap: 5 },
    },
    lexicon: {
      name: 'kazakhstan-2022', version: '1', sha256: sha('lexicon'),
      frames: frameEntries.map((f) => ({ id: f.id, label: f.label, description: FRAMES.find((x) => x.id === f.id)!.description, terms: f.terms.map(([t]) => t) })),
      referents: REFERENTS.map((r) => ({ id: r.id, label: r.label, labels: Object.keys(r.labels) })),
      claims: CLAIMS.map((c) => ({ id: c.id, label: c.label, description: c.description, terms: c.terms })),
      speakers: SPEAKERS.map((s) => ({ id: s.id, label: s.label, names: s.names })),
    },
    outlets, articles, outletFrames, outletFrameVoices, naming, speakers, claims, distinctive, lexiconGaps,
    nearDuplicates: [], overTime,
    evidence: evidence.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start || a.kind.localeCompare(b.kind)),
    readers, warnings,
  };
}
