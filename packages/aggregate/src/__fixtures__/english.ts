/**
 * Four short English articles about the seed event (Kazakhstan, January 2022), written for the
 * tests in the style of wire copy and of state media, never copied from an outlet: two outlets of
 * two articles each. The last one is a press review that quotes two sentences of the junge Welt
 * seed in the original German and repeats its names and figures: a translation-like article that
 * shares text with a German one, which text reuse must not pair across languages.
 */
export interface EnglishFixture {
  id: string;
  outlet: string;
  date: string;
  text: string;
}

export const ENGLISH_OUTLETS = [
  { id: 'steppe-wire', name: 'Steppe Wire (fixture)' },
  { id: 'eastern-herald', name: 'Eastern Herald (fixture)' },
] as const;

export const ENGLISH_ARTICLES: readonly EnglishFixture[] = [
  {
    id: 'steppe-wire/2022-01-06-troops-requested',
    outlet: 'steppe-wire',
    date: '2022-01-06',
    text: `Kazakhstan's president asked a Russian-led military alliance for help on Thursday after protests over fuel prices turned violent in Almaty, the country's largest city.

President Kassym-Jomart Tokayev said the unrest was the work of "terrorist gangs" trained abroad. He gave no evidence for the claim. Armenian Prime Minister Nikol Pashinyan, who chairs the Collective Security Treaty Organization, said the alliance would send a peacekeeping force for a limited period.

Witnesses in Almaty told reporters that government buildings were on fire and that gunfire could be heard in the city centre overnight. The interior ministry said police officers had been killed. Internet access was cut across the country, and the airport in Almaty was closed.

The protests began in the oil town of Zhanaozen after the government lifted a price cap on liquefied gas. They spread within days to cities across the country.`,
  },
  {
    id: 'steppe-wire/2022-01-07-arrests',
    outlet: 'steppe-wire',
    date: '2022-01-07',
    text: `Security forces in Kazakhstan detained about 2,000 people on Thursday evening, police said, as the government claimed to have regained control of buildings that protesters had seized.

Tokayev said on Friday he had ordered troops to fire without warning at what he called bandits. Rights groups said the order put the lives of peaceful protesters at risk. The health ministry said more than 1,000 people had been injured in the unrest.

Banks remained closed and many shops in Almaty had run out of food, residents said. The first troops of the Collective Security Treaty Organization arrived from Russia and Belarus. Western governments urged restraint on both sides and asked why foreign troops were needed.

Analysts said the fuel protests had turned into a wider revolt against the political system that former president Nursultan Nazarbayev built over three decades.`,
  },
  {
    id: 'eastern-herald/2022-01-06-colour-revolution',
    outlet: 'eastern-herald',
    date: '2022-01-06',
    text: `The riots in Kazakhstan bear all the marks of a colour revolution prepared from abroad, experts told the Eastern Herald.

Armed militants attacked government buildings in Almaty and seized weapons, the Kazakh authorities said. Tokayev rightly called them terrorists. The attackers were organised and trained, a security expert said, and their actions followed the well-known script of Western-backed coups in the region.

The allies of Kazakhstan answered the call within hours. Peacekeepers of the Collective Security Treaty Organization will protect strategic facilities and help restore order, the Russian foreign ministry said. It warned against any foreign interference in the internal affairs of a sovereign state.

Western media once again presented the militants as peaceful protesters. The so-called activists were in fact well-armed gangs, the expert said.`,
  },
  {
    id: 'eastern-herald/2022-01-08-press-review',
    outlet: 'eastern-herald',
    date: '2022-01-08',
    text: `German newspapers on Friday questioned the loyalty of the Kazakh army to Tokajew, the Eastern Herald's press review shows.

The Berlin daily junge Welt wrote that the peacekeeping force arrived at an uncertain moment: "Die Friedenstruppe wurde zu einem Zeitpunkt entsandt, an dem nicht sicher war, in welchem Maße sich Tokajew noch der Loyalität des kasachischen Militärs sicher sein kann." It reported that soldiers with about 50 vehicles had encircled about 200 demonstrators in Almaty and withdrawn when some of them opened fire.

The paper also cited the figures of the police: "Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa 2.000 Personen festgenommen." It named Paschinjan, the chairman of the OVKS, and the airports of Almaty, Aktau and Aktobe, which were closed.`,
  },
];
