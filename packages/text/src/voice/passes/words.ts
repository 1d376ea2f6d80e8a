// Word lists of the news passes, and the cue bits a sentence gets from them (RuleContext reads
// each word once, so a pass skips the sentences that cannot hold its pattern). Token norms: lower
// case, ß→ss.

/** Particle verbs of saying: finite stem → the particles that make it one ("hob … hervor"). */
export const PARTICLE_VERBS = new Map<string, readonly string[]>(
  Object.entries({
    hebt: ['hervor'], hob: ['hervor'], hoben: ['hervor'], heben: ['hervor'],
    weist: ['hin', 'zurück'], wies: ['hin', 'zurück'], wiesen: ['hin', 'zurück'], weisen: ['hin', 'zurück'],
    macht: ['aufmerksam', 'klar', 'deutlich'], machte: ['aufmerksam', 'klar', 'deutlich'], machten: ['aufmerksam', 'klar', 'deutlich'], machen: ['aufmerksam', 'klar', 'deutlich'],
    stellt: ['klar', 'fest'], stellte: ['klar', 'fest'], stellten: ['klar', 'fest'], stellen: ['klar', 'fest'],
    gibt: ['an', 'bekannt', 'zu'], gab: ['an', 'bekannt', 'zu'], gaben: ['an', 'bekannt', 'zu'], geben: ['an', 'bekannt', 'zu'],
    fordert: ['auf'], forderte: ['auf'], forderten: ['auf'], fordern: ['auf'],
    ruft: ['auf'], rief: ['auf'], riefen: ['auf'], rufen: ['auf'],
    schlägt: ['vor'], schlug: ['vor'], schlugen: ['vor'], schlagen: ['vor'],
    legt: ['dar'], legte: ['dar'], legten: ['dar'],
    führt: ['aus'], führte: ['aus'], führten: ['aus'],
    merkt: ['an'], merkte: ['an'], merkten: ['an'],
    deutet: ['an'], deutete: ['an'], deuteten: ['an'],
    lehnt: ['ab'], lehnte: ['ab'], lehnten: ['ab'],
    hält: ['fest'], hielt: ['fest'], hielten: ['fest'],
    wandte: ['ein'], wendet: ['ein'],
    wirft: ['vor'], warf: ['vor'], werfen: ['vor'], warfen: ['vor'],
    sprach: ['aus'], spricht: ['aus'], sprachen: ['aus'],
  }),
);

/** Participles and infinitives of particle verbs of saying ("hat … hervorgehoben"). */
export const PARTICIPLES = new Set([
  'hervorgehoben', 'hingewiesen', 'klargestellt', 'festgestellt', 'angegeben', 'ausgesprochen', 'dargelegt', 'ausgeführt',
  'angemerkt', 'angedeutet', 'aufgefordert', 'aufgerufen', 'vorgeschlagen', 'abgelehnt', 'festgehalten', 'eingewandt', 'bekanntgegeben',
  'zurückgewiesen', 'versprochen', 'beschlossen', 'verboten', 'empfohlen', 'gefordert', 'gebeten', 'gefragt', 'verlangt', 'gedroht',
]);

/** Verbs that take reported content as an infinitive or dass clause without a particle. */
export const COMPLEMENT_VERBS = new Set([
  'beschliesst', 'beschloss', 'beschlossen', 'verbietet', 'verbot', 'verboten', 'droht', 'drohte', 'drohten', 'verspricht', 'versprach', 'versprachen',
  'empfiehlt', 'empfahl', 'empfahlen', 'bittet', 'bat', 'baten', 'verlangt', 'verlangte', 'verlangten', 'fragt', 'fragte', 'fragten',
  'erkundigt', 'erkundigte', 'erkundigten', 'kritisiert', 'kritisierte', 'kritisierten', 'bestreitet', 'bestritt', 'bestritten',
  'beklagt', 'beklagte', 'beklagten', 'appellierte', 'mahnte', 'warnte', 'forderte', 'fordert', 'forderten', 'kündigte', 'kündigt',
]);

/** Nouns of saying before ", dass": "die Vermutung ausgesprochen, dass", "kommen zu dem Schluss, dass". */
export const COMPLEMENT_NOUNS = new Set(['vermutung', 'schluss', 'ansicht', 'auffassung', 'überzeugung', 'hinweis', 'forderung', 'warnung', 'einschätzung', 'meinung']);

/** Nouns of opinion in "Seiner Meinung nach", "Nach Meinung von X". */
export const OPINION_NOUNS = new Set(['meinung', 'ansicht', 'auffassung', 'überzeugung', 'einschätzung', 'worten']);
/** "X wirft Y Z vor". */
export const ACCUSE = new Set(['wirft', 'warf', 'werfen', 'warfen', 'wirf']);

/** Verbs of telling in "…, erzählt der Bericht, …" besides the verbs of saying. */
export const TELL_VERBS = new Set(['erzählt', 'erzählte', 'erzählen', 'heisst', 'hiess', 'glaubt', 'glaubte', 'vermutet', 'vermutete']);

/** Verbs of hearing and reporting in "wie X hörte/meldete". */
export const AS_VERBS = new Set(['hörte', 'hörten', 'höre', 'hören', 'erfuhr', 'erfuhren', 'las', 'lasen', 'meldete', 'meldet', 'berichtet', 'berichtete', 'berichten', 'mitteilte', 'mitteilt', 'mitteilten', 'schreibt', 'schrieb', 'sagte', 'sagt', 'verlautete']);

/** Cue bits of a sentence (RuleContext.sentences[n].cues). */
export const CUE_VERB = 1; // a verb, participle or noun of saying from the lists above
export const CUE_OPINION = 2;
export const CUE_ACCUSE = 4;
export const CUE_SICH = 8; // "sich": a reflexive Konjunktiv ("normalisiere sich") may stand in the sentence
export const CUE_WIE = 16;
export const CUE_DEMNACH = 32;
export const CUE_COLON = 64; // a colon (sentences only)
export const CUE_AFTER_COMMA = 128; // a comma followed by "so", "wie" or a verb of saying or telling (sentences only)
export const CUE_HOLDER = 256; // a noun of an opinion holder ("Beobachter", "Experten", "Regierungskritiker")
export const CUE_VIEW = 512; // a verb of a view: sehen (in), sprechen (von), werten (als)
export const CUE_DEPICT = 1024; // a verb that depicts something as something: dargestellt, stellte … dar, abgetan (depict-as.ts)

/** Participles of depicting verbs, before which "als X" is the subject's label ("als Werk von Provokateuren dargestellt"). */
export const DEPICT_PARTICIPLES = new Set(['dargestellt', 'hingestellt', 'abgetan', 'gebrandmarkt', 'eingestuft', 'verunglimpft', 'beschrieben', 'charakterisiert', 'darzustellen', 'abzutun']);
/** Finite depicting verbs and the particle that closes their clause ("stellte … als … dar"; "" for none). */
export const DEPICT_VERBS: ReadonlyMap<string, string> = new Map([
  ...['stellt', 'stellte', 'stellten', 'stellen'].map((v): [string, string] => [v, 'dar']),
  ...['tut', 'tat', 'taten', 'tun'].map((v): [string, string] => [v, 'ab']),
  ...['stuft', 'stufte', 'stuften', 'stufen'].map((v): [string, string] => [v, 'ein']),
  ...['brandmarkt', 'brandmarkte', 'brandmarkten', 'beschreibt', 'beschrieb', 'beschrieben', 'charakterisiert', 'charakterisierte', 'verunglimpft', 'verunglimpfte'].map((v): [string, string] => [v, '']),
]);

/**
 * Nouns of people whose views the news relays (also as the end of a compound: "Sicherheitsexperten",
 * "Regierungskritikerin"); their views, "Beobachter sehen in X ein Y", are theirs (opinion-holders.ts).
 */
const HOLDER = /(beobachter|kritiker|experte|experten|expertin|analyst|analysten|politologe|politologen|politologin|menschenrechtler|fachleute|kommentator|kommentatoren|ökonom|ökonomen|ökonomin|historiker|soziologe|soziologen|soziologin|jurist|juristen|juristin|diplomat|diplomaten|diplomatin|oppositionelle|oppositionellen|regierungsgegner|wissenschaftler|forscher|insider)(innen|in)?$/;
export const isOpinionHolder = (norm: string): boolean => norm.length > 6 && HOLDER.test(norm);

/** Verbs of a view, by the word that must follow in their clause. */
export const VIEW_VERBS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['sehen', 'sieht', 'sahen', 'sah'].map((v): [string, readonly string[]] => [v, ['in', 'im', 'darin']]),
  ...['sprechen', 'spricht', 'sprachen', 'sprach'].map((v): [string, readonly string[]] => [v, ['von', 'vom']]),
  ...['werten', 'wertet', 'werteten', 'wertete', 'bewerten', 'bewertet', 'bewerteten', 'bewertete', 'deuten', 'deutet', 'deuteten', 'deutete'].map((v): [string, readonly string[]] => [v, ['als']]),
]);

/** The cue bits of each listed norm: looked up only for forms with the NEWS_CUE flag (cues.ts formFlags). */
export const CUE_TABLE: ReadonlyMap<string, number> = (() => {
  const t = new Map<string, number>();
  const put = (norm: string, bit: number) => t.set(norm, (t.get(norm) ?? 0) | bit);
  for (const n of [...PARTICLE_VERBS.keys(), ...PARTICIPLES, ...COMPLEMENT_VERBS, ...COMPLEMENT_NOUNS, ...TELL_VERBS, 'lesen', 'wissen']) put(n, CUE_VERB);
  for (const n of OPINION_NOUNS) put(n, CUE_OPINION);
  for (const n of ACCUSE) put(n, CUE_ACCUSE | CUE_VERB);
  put('sich', CUE_SICH);
  put('wie', CUE_WIE);
  put('demnach', CUE_DEMNACH);
  for (const n of VIEW_VERBS.keys()) put(n, CUE_VIEW);
  for (const n of [...DEPICT_PARTICIPLES, ...DEPICT_VERBS.keys()]) put(n, CUE_DEPICT);
  return t;
})();

/** The cue bits of a word (0 for most): the table's, or CUE_HOLDER for an opinion holder. */
export function cueBits(norm: string): number {
  return CUE_TABLE.get(norm) ?? (isOpinionHolder(norm) ? CUE_HOLDER : 0);
}
