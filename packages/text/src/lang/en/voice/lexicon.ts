// English language data for voice detection (this folder): every entry is a token `norm` (lower
// case, as the English tokenizer writes it; "’" folds to "'"). Properties of English news prose,
// not of one event: event speakers and their groups belong in a pipeline's lexicon.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Verbs of saying (finite forms, and the participles after "has"/"had"): "X said (that) …",
 * "…, X said", "said X". Forms that are also common nouns ("claims", "reports", "notes") are in
 * NOUN_LIKE_VERBS as well: they frame speech only after a subject and before a clause.
 */
export const SPEECH_VERBS = set(`
  said says say told tells tell claimed claims claim alleged alleges insisted insists insist
  warned warns denied denies asked asks added adds stated announced announces argued argues argue
  noted notes stressed stresses confirmed confirms explained explains acknowledged acknowledges
  admitted admits reported reports wrote writes suggested suggests maintained maintains contended
  declared declares predicted predicts tweeted replied replies responded countered conceded
  emphasised emphasized emphasises emphasizes reiterated reiterates assured assures complained
  complains recalled recalls estimated estimates believes believed believe
  vowed vows pledged pledges promised promises agreed agree disputed ruled rules concluded concludes found finds
  commented comments remarked remarks observed quipped shouted chanted joked whispered
`);

/** Speech verb forms that are just as often nouns ("insurance claims", "media reports"). */
export const NOUN_LIKE_VERBS = set(`claims claim reports notes estimates promises agree rules finds comments remarks`);

/** Verbs that take the hearer as an object before the claim: "told reporters (that) …", "assured allies …". */
export const HEARER_VERBS = set(`told tells tell assured assures warned warns`);

/**
 * Verbs whose complement is speech only with a complementiser or a finite clause: "denied that …"
 * (not "denied the allegations"), "asked whether …" (not "asked them to leave"), "claimed that …"
 * (not "claimed twelve lives"), "warned that …" (not "warned of …").
 */
export const WEAK_VERBS = set(`
  asked asks denied denies claimed claims claim warned warns added adds noted notes reported
  reports confirmed confirms estimated estimates agreed agree disputed promised promises vowed vows
  observed commented comments remarked remarks
  pledged pledges recalled recalls acknowledged acknowledges admitted admits ruled rules concluded
  concludes found finds
`);

/** Verbs whose complement is a question: only "whether", "if" or a wh-word opens it. */
export const QUESTION_VERBS = set(`asked asks wondered wonders`);

/** Modals before a verb of saying: "They'll tell you …", "he would say" report nothing said. */
export const MODALS = set(`will would could might may should must can shall 'll 'd`);

/** Verbs of finding and ruling: speech only before "that" ("found that …", not "found the filters had …"). */
export const THAT_ONLY_VERBS = set(`found finds`);

/** Complementisers that open reported content after a speech verb (kept inside the reported span). */
export const COMPLEMENTISERS = set(`that whether if`);

/** Finite auxiliaries and common finite verbs: a stretch with one is a clause, not a noun phrase object. */
export const FINITE = set(`
  is are was were has have had will would could can should must might may did does do shall
  isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't didn't doesn't don't
  went came left took gave made got saw knew thought found began ran fell rose fled met sent kept held
  brought stood spoke won lost paid remain remains remained
`);

/** Forms of "be" and "get": "were told to …", "is said to be" are passives, not speech frames. */
export const BE_FORMS = set(`is are was were be been being am get got gets`);

/** Words before a speech verb that make it an adjective or idiom: "the said company", "that said". */
export const DETERMINERS = set(`
  the a an this that these those his her its their our your my some any no every each
  several many few both all most other another one two three four five six seven eight nine ten
`);

/** Pronouns that open a clause: a claim starts at one ("said in a filing it expected …"). */
export const SUBJECT_PRONOUNS = set(`he she they it we i you there`);

/** Personal pronouns that stand for the last named speaker ("he said", "they told reporters", "It added that …" after "The ministry said …"). */
export const PRONOUNS = set(`he she they it`);

/** Words a subject may not contain: relatives, verbs of a clause, conjunctions. */
export const NON_SUBJECT = set(`
  who which that what when where why how whose whom and but or because while although though if
  whether as than so not never we you i there nobody nothing none
`);

/** Prepositions that may open an adverbial after a speech verb ("said on Tuesday", "told reporters in Almaty"). */
export const PREPOSITIONS = set(`
  on in at during after before late early earlier later last this through via by from to with
  over under since until ahead amid following without within across around near into onto upon
  about for of
`);

/** Adverbs and auxiliaries between a subject and its speech verb ("Tokayev also said", "officials had said"). */
export const VERB_ADVERBS = set(`
  also later earlier again then now previously repeatedly recently separately has had have long
  often consistently always did does do again once already still further
  reportedly publicly privately firmly flatly categorically strongly quickly immediately
`);

/**
 * Verbs that take "to" + the speech verb and are not part of the subject ("Western media continue to
 * describe …", "officials began to call …"): skipped with their "to" like an adverb. Not "refused
 * to", "declined to", "wanted to": the speech did not happen (the "declined to say" look-alike).
 */
export const CATENATIVES = set(`
  continue continues continued begin begins began start starts started seem seems seemed appear appears
  appeared hasten hastens hastened
`);

/** Time words that end an adverbial ("on Tuesday", "late on Monday", "last week"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  morning afternoon evening night week weekend month year
`);

/** Nouns after a comma that start the outlet's comment on a claim (", a claim that could not be verified"). */
export const CLAIM_COMMENTS = set(`claim claims allegation assertion statement charge accusation figure version`);

/** Words after a speech frame that open an adverbial of the frame ("the judge said as she read the verdict"). */
export const TAIL_OPENERS = set(`as when while after before because during following upon amid without citing despite in at on from`);

/** Subordinators that end a subject looked for backwards ("after it warned …"). */
export const SUBORDINATORS = set(`after before since until as once because when while if although though unless whereas`);

/** Conjunctions after a comma that start the outlet's own clause again (", but observers disagree"). */
export const CLAUSE_BREAKS = set(`but while whereas although though yet however`);

/**
 * Heads after "according to" that are no source: "according to plan", "according to the law".
 * Compared with the last word of the phrase.
 */
export const NON_SOURCES = set(`
  plan plans schedule law laws rules rule constitution tradition custom procedure procedures
  protocol book script instructions regulations expectations design standards guidelines charter
  agreement treaty timetable programme program formula pattern
`);

/** Sources that name nobody: "according to reports", "according to unconfirmed reports" (speaker "anonymous"). */
export const ANONYMOUS_SOURCES = set(`reports report sources rumours rumors information accounts leaks`);

/** Verbs that give a thing a label, whose short quotation is the subject's word ("called them "terrorists""). */
export const NAMING_VERBS = set(`
  called calls call described describes describe dubbed dubs branded brands labelled labeled
  labels termed terms referred refers spoke speaks talked talks calling describing dubbing branding
  labelling labeling
`);

/** Verbs that charge someone: "accused the government of rigging the vote" (the charge is reported). */
export const ACCUSING_VERBS = set(`accused accuses accuse accusing charged`);

/** Participles that frame the rest of a sentence as the subject's speech: "…, saying (that) …". */
export const PARTICIPLE_FRAMES = set(`saying adding claiming insisting arguing warning noting stressing telling`);

/**
 * Distancing words before a noun phrase: "so-called", "self-styled", "self-proclaimed",
 * "purported"; "alleged" and "allegedly" only before a noun phrase (else "alleged" is a speech verb).
 */
export const DISTANCING_WORDS = set(`so-called self-styled self-proclaimed purported would-be`);
export const ALLEGED = set(`alleged allegedly supposed supposedly`);

/**
 * Common nouns that introduce a proper name in quotation marks: the newspaper "Pravda", the film
 * "Winter on Fire", the party "Nur Otan" (compared with the word before the quotation).
 */
export const NAME_INTRODUCERS = set(`
  newspaper paper daily weekly magazine journal agency channel station broadcaster website site
  portal blog podcast programme program show series film movie documentary book novel song album
  play opera title headline party movement group organisation organization operation campaign
  initiative project app platform brand company firm band ship slogan motto hashtag nickname
  codename exercise exercises festival award prize doctrine plan strategy
`);

/** Person and role nouns: a subject with one names a person or group ("Opposition leaders", "the spokesman"). */
export const PERSON_NOUNS = set(`
  president minister ministers leader leaders official officials spokesman spokeswoman spokesperson
  spokespeople chairman chairwoman head chief prime premier governor mayor ambassador envoy diplomat
  diplomats analyst analysts expert experts lawmaker lawmakers senator senators general commander
  protesters demonstrators activists residents witnesses journalists reporters critics observers
  economist economists secretary director prosecutor prosecutors lawyer lawyers police officers
  secretary-general man woman men women people parties groups sources authorities media agencies
  scientists researchers doctors investigators
`);

/** Participles of an impersonal passive of saying: "It was reported that …" (rules/passive.ts). */
export const PASSIVE_SPEECH = set(`said reported claimed alleged believed thought understood rumoured rumored`);

// Cue bits of a unit (`Unit.cues`): a rule whose word is absent from the unit is not run.
export const C_SPEECH = 1;
export const C_ACCORDING = 2;
export const C_PASSIVE = 4;
export const C_ACCUSE = 8;
export const C_PARTICIPLE = 16;
export const C_NAMING = 32;

/** The cue bits of a word (norm), for the one pass over a unit's items. */
export const CUE_BITS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(SPEECH_VERBS, C_SPEECH);
  add(['according'], C_ACCORDING);
  add(PASSIVE_SPEECH, C_PASSIVE);
  add(ACCUSING_VERBS, C_ACCUSE);
  add(PARTICIPLE_FRAMES, C_PARTICIPLE);
  add(NAMING_VERBS, C_NAMING);
  return m;
})();
