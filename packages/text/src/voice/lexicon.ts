// German language data for voice detection (index.ts and rules/) and speaker extraction (speakers.ts).
// Every entry is a token `norm` (lower case, ß→ss, as produced by tokenize()). These are
// properties of German news prose, not of any one event: event-specific speakers and their
// groups belong in a pipeline's lexicon (packages/lexicon), not here.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Verbs of saying, reporting and announcing (finite forms and participles). A clause with one of
 * these next to a claim (", sagte X" / "X erklärte, ..." / "X meldete: ...") frames that claim as
 * speech of X.
 */
export const SPEECH_VERBS = set(`
  sagt sagte sagten sagen gesagt sage
  erklärt erklärte erklärten erklären
  betont betonte betonten betonen
  meldet meldete meldeten melden gemeldet
  berichtet berichtete berichteten berichten
  teilt teilte teilten mitgeteilt
  bestätigt bestätigte bestätigten bestätigen
  verlautet verlautete verlauteten verlautbarte
  schreibt schrieb schrieben geschrieben
  begründet begründete begründeten
  behauptet behauptete behaupteten behaupten
  versichert versicherte versicherten
  warnt warnte warnten gewarnt
  kritisiert kritisierte kritisierten
  kündigt kündigte kündigten angekündigt
  verkündet verkündete verkündeten
  räumt räumte räumten eingeräumt
  unterstreicht unterstrich unterstrichen
  ergänzt ergänzte ergänzten
  fügt fügte fügten hinzugefügt
  raunt raunen raunte raunten
  meint meinte meinten
  twittert twitterte twitterten
  zitiert zitierte zitierten
  antwortet antwortete antworteten
  bekräftigt bekräftigte bekräftigten
  beteuert beteuerte beteuerten
  argumentiert argumentierte argumentierten
  hiess heisst
  spricht sprach sprachen gesprochen
  nennt nannte nannten genannt
  bezeichnet bezeichnete bezeichneten bezeichnen
  wirft warf warfen vorgeworfen
  fordert forderte forderten
  äussert äusserte äusserten geäussert
  mahnt mahnte mahnten
  diktiert diktierte diktierten
  ruft rief riefen appelliert appellierte appellierten
  dementiert dementierte dementierten
  bestreitet bestritt bestritten
  mitteilt mitteilte mitteilten bekanntgibt bekanntgab bekanntgaben bekanntgegeben
  hinzufügt hinzufügte hinzufügten einräumt einräumte einräumten ankündigt ankündigte ankündigten
  angibt angab
`);

/**
 * Speech verbs that introduce a complement clause on their own ("X meldete, ..."), even without a
 * subjunctive in that clause. Weaker verbs (nennen, fordern, kündigen an) need a subjunctive,
 * "dass" or "ob" in the following clause.
 */
export const STRONG_SPEECH_VERBS = set(`
  sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte betonten
  meldet meldete meldeten gemeldet berichtet berichtete berichteten
  teilt teilte teilten mitgeteilt bestätigt bestätigte bestätigten
  verlautet verlautete verlauteten schreibt schrieb schrieben
  behauptet behauptete behaupteten versichert versicherte versicherten
  hiess heisst ergänzt ergänzte bekräftigt bekräftigte beteuert beteuerte
  räumt räumte eingeräumt unterstrich diktiert diktierte diktierten
  mitteilt mitteilte mitteilten bekanntgibt bekanntgab bekanntgaben bekanntgegeben
  hinzufügt hinzufügte hinzufügten einräumt einräumte einräumten angibt angab
`);

/** Verbs that name or label something ("nannte die Proteste einen „Akt …“", "bezeichnen … als „Smuta“", "sprach von"). */
export const NAMING_VERBS = set(`
  nennt nannte nannten genannt bezeichnet bezeichnete bezeichneten bezeichnen
  spricht sprach sprachen gesprochen titulierte tituliert
`);

/**
 * Konjunktiv I forms that differ from the indicative (3rd person): the verb of indirect speech.
 * Only these unambiguous forms are listed; "sie haben" (= indicative) is not.
 */
export const KONJUNKTIV_I = set(`
  sei seien seiest habe gebe werde müsse solle könne wolle dürfe möge wisse
  handele handle bleibe komme gehe stehe liege gelte fehle drohe brauche bestehe
  verfüge plane lasse sehe halte trage mache gehöre diene führe lebe arbeite
  beteilige befinde entspreche erhalte passiere gelinge geschehe finde zeige
  verlange unterstütze kontrolliere benötige wachse sinke steige laufe
`);

/**
 * Konjunktiv II forms that differ from the past indicative (not "sollte", "ginge"): reported only
 * inside a speech frame or right after reported speech.
 */
export const KONJUNKTIV_II = set(`
  hätte hätten wäre wären würde würden könnte könnten müsste müssten
  gäbe gäben käme kämen gleichkäme gleichkämen stünde stünden läge lägen
`);

/** Konjunktiv II forms that also carry a reported statement on into the next sentence (not the author's "könnte"). */
export const KONJUNKTIV_II_CONTINUING = set(`hätte hätten wäre wären würde würden gäbe gäben käme kämen`);

/** Hearsay modals: "soll ... haben", "sollen ... worden sein". */
export const HEARSAY_MODALS = set(`soll sollen`);
/** The perfect infinitive closing a hearsay clause ("getötet worden sein", "verlassen haben"). */
export const PERFECT_AUX = set(`haben sein`);

/** Attribution prepositions that take the source after them: "laut Tass". */
export const ATTRIBUTION_PREPOSITIONS = set(`laut gemäss`);
/** Attribution postpositions that take the source before them: "Berichten zufolge". */
export const ATTRIBUTION_POSTPOSITIONS = set(`zufolge`);
/** Nouns of reporting after "nach": "nach Angaben", "nach Informationen"; also compound tails ("Polizeiangaben"). */
export const REPORT_NOUNS = set(`
  angaben informationen bericht berichten meldungen worten aussagen darstellung darstellungen
  einschätzung einschätzungen schätzungen ansicht auffassung erkenntnissen
`);
/** Compound tails that make "nach X-angaben" an attribution with X as the source. */
export const REPORT_NOUN_TAILS = ['angaben', 'informationen', 'berichten', 'meldungen', 'aussagen', 'schätzungen'];
/** Source nouns that say nothing about who spoke ("Unbestätigten Meldungen zufolge"): speaker = anonymous. */
export const ANONYMOUS_SOURCES = set(`
  angaben informationen berichten meldungen berichte gerüchten quellen kreisen beobachtern
`);

/**
 * Distancing words before a term: the span covers the word and the noun phrase it modifies.
 * Matched by prefix on the token norm ("sogenannten", "angebliche"); "so genannt*" and
 * "selbst ernannt*" are two tokens.
 */
export const DISTANCING_PREFIXES = ['sogenannt', 'angeblich', 'vermeintlich', 'selbsternannt', 'selbstgenannt'];
export const DISTANCING_TWO_WORD: ReadonlyArray<readonly [string, string]> = [
  ['so', 'genannt'],
  ['selbst', 'ernannt'],
];

/**
 * Common nouns that introduce a proper name in quotation marks: the portal „Vlast“, the channel
 * »The Insider«. Matched as the tail of the preceding word, so compounds count
 * ("Investigativmediums", "Fernsehsender"), with inflection endings (-s, -es, -n, -en).
 */
export const NAME_INTRODUCERS = [
  'portal', 'sender', 'zeitung', 'agentur', 'kanal', 'kanäle', 'medium', 'medien', 'plattform', 'partei',
  'organisation', 'operation', 'magazin', 'blatt', 'website', 'webseite', 'dienst', 'programm',
  'sendung', 'show', 'film', 'buch', 'roman', 'titel', 'motto', 'bewegung', 'gruppe', 'gruppierung',
  'netzwerk', 'projekt', 'app', 'verein', 'bündnis', 'allianz', 'initiative', 'kampagne', 'aktion',
  'firma', 'konzern', 'unternehmen', 'marke', 'band', 'album', 'lied', 'song', 'schiff', 'einheit',
  'brigade', 'bataillon', 'regiment', 'miliz', 'stiftung', 'institut', 'zentrum', 'fraktion', 'liste',
  'blog', 'podcast', 'nachrichtenportal', 'fernsehkanal', 'radio', 'tv', 'hotel', 'restaurant', 'club',
];
/** First words of institution names written in quotation marks („Organisation des Vertrags …“). */
export const INSTITUTION_HEADS = set(`
  organisation partei bewegung union bund front komitee rat allianz vertrag gemeinschaft
  vereinigung verband liga kongress versammlung ministerium agentur stiftung institut
  republik föderation koalition armee garde
`);
/** Function words of other languages: a quoted stretch with one of them is a title or name (»The Insider«). */
export const FOREIGN_FUNCTION_WORDS = set(`the of and for le la les el los las il lo gli du et y`);

/** Finite verbs common enough to mark a quoted stretch as a clause („Das ist eine …“). */
export const FINITE_VERBS = set(`
  ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte
  muss müssen musste will wollen wollte soll sollen sollte darf dürfen gibt gab geht ging
  kommt kam steht stand bleibt blieb sei seien habe werde bin bist seid hast habt
  verstehen versteht weiss wissen glaube glauben bitten bitte fordern fordert
`);

/**
 * Determiners, possessives and quantifiers that open a noun phrase (speaker extraction).
 */
export const DETERMINERS = set(`
  der die das des dem den ein eine einer eines einem einen
  mehrere mehrerer viele vieler einige einiger zahlreiche zahlreicher manche mancher
  alle aller beide beider diese dieser dieses diesem diesen jene
  sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
  unser unsere kein keine
`);

/** Personal and possessive pronouns that stand for an earlier speaker ("raunen sie", "Seinen Worten nach"). */
export const PRONOUNS = set(`er sie seinen seiner seine ihren ihrer ihre ihm ihnen`);

/**
 * Capitalised-at-sentence-start words that are not nouns: prepositions, conjunctions, adverbs,
 * pronouns. Used to tell a sentence-initial noun ("Tokajew sagte") from an adverb ("Zuvor hatten").
 */
export const FUNCTION_WORDS = set(`
  ab an auf aus bei bis durch für gegen hinter in im ins mit nach neben ohne seit über um unter
  von vom vor während wegen zu zum zur zwischen am beim angesichts trotz mangels statt
  und oder aber doch denn sondern sowie als wie wenn weil dass ob obwohl nachdem bevor damit
  sodass während indem falls
  auch noch bereits schon nur zwar dann zuvor nun jetzt dabei dort hier so da danach dennoch
  allerdings zudem ausserdem inzwischen immer nie bislang bisher erst gerade heute gestern
  morgen zunächst schliesslich offenbar offiziell vermutlich vorerst zuletzt deshalb daher
  also etwa fast kaum sehr ganz genau vor allem ebenfalls ohnehin unterdessen zwischenzeitlich
  es man wer was welche welcher welches dies das es ich du wir ihr sie er
`);

/** Prepositions (a noun phrase right after one is not a subject). */
export const PREPOSITIONS = set(`
  ab an auf aus bei bis durch für gegen hinter in im ins mit nach neben ohne seit über um unter
  von vom vor während wegen zu zum zur zwischen am beim angesichts trotz mangels statt gemäss laut
`);

/** Subordinators and relative openers: a clause starting with one is not a reported complement. */
export const NON_COMPLEMENT_OPENERS = set(`
  welche welcher welches wo wobei woraufhin wodurch als wenn weil obwohl nachdem bevor während
  denen dessen deren um sodass indem falls bis seit
`);

/** Complementisers that open reported content after a speech verb. */
export const COMPLEMENTISERS = set(`dass ob`);

/** Irrealis comparison: "als kollabiere …", "als ob … sei" is not reported speech. */
export const IRREALIS_OPENERS = set(`als ob`);

/** "hieß es dort/darin": the source is the one named just before. */
export const BACK_REFERENCES = set(`dort darin demnach`);

/**
 * Nouns of saying: a quotation after "Tokajews Einstufung …" or "seine Einschätzung …" is the
 * words of the genitive name or of the possessive's referent.
 */
export const SPEECH_NOUNS = set(`
  einstufung einschätzung worte worten aussage aussagen erklärung erklärungen behauptung
  behauptungen formulierung darstellung forderung forderungen warnung vorwurf vorwürfe
  appell aufruf drohung ankündigung hilferuf bitte gesuch rede ansprache fernsehansprache
`);
/** Possessive determiners that point back to the unit's subject ("seine anfängliche Einschätzung"). */
export const POSSESSIVES = set(`sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren`);

/** Relative pronouns: "gegen den sich die Proteste richten", "der mit westlichen Investoren kooperiert". */
export const RELATIVE_PRONOUNS = set(`der die das dem den denen dessen deren welche welcher welches welchem welchen`);

/** "sprach von …", "berichteten von …": the complement after "von" is what the speaker said. */
export const REPORTING_OF = set(`spricht sprach sprachen gesprochen berichtet berichtete berichteten berichten redet redete`);

/** Conjunctions after which a word opens a (main) clause: "und angeblich wurden …", "…, doch Beobachter widersprechen". */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'aber', 'oder', 'doch', 'denn', 'sondern']);
