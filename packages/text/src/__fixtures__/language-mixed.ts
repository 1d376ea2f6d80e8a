// Hand-written news texts for the language check (language-stopwords.ts, language-check-eval.ts):
// mixed-language articles, articles in a third language declared German, and short texts. Every
// text was written for this file (invented wording about public events); `keep` is what a careful
// reader says: true when the article is written in its declared language (quotations and block
// quotes in another language do not change that), false when its own prose is another language;
// absent for prose mixed so evenly that no answer is right (the check must keep today's verdict).

export interface LanguageCase {
  id: string;
  declared: string;
  keep?: boolean;
  text: string;
}

const GERMAN_NEWS = `Almaty. Nach tagelangen Protesten hat Präsident Kassym-Schomart Tokajew die Regierung entlassen und Truppen des von Russland geführten Militärbündnisses OVKS ins Land gerufen. Die Demonstrationen hatten sich an einer Verdopplung der Preise für Flüssiggas entzündet, mit dem viele Menschen im Westen des Landes ihre Autos betanken.

Nach Angaben des Innenministeriums wurden bei den Unruhen mehr als 160 Menschen getötet und fast 8000 festgenommen. Beobachter sprechen von der schwersten Krise seit der Unabhängigkeit des Landes. In Almaty brannten am Mittwochabend das Rathaus und die frühere Residenz des Präsidenten, Plünderer zogen durch die Innenstadt.

Tokajew sprach in einer Fernsehansprache von „Terroristen“, die im Ausland ausgebildet worden seien, und erteilte den Sicherheitskräften den Befehl, ohne Vorwarnung zu schießen. Belege für seine Darstellung legte er nicht vor. Menschenrechtsorganisationen forderten eine unabhängige Untersuchung der Todesfälle.`;

const GERMAN_TAIL = `Die Bundesregierung in Berlin rief alle Seiten zur Zurückhaltung auf. Ein Sprecher des Auswärtigen Amtes sagte, man beobachte die Lage mit großer Sorge und stehe mit den Partnern in der Europäischen Union in engem Kontakt. Die Botschaft in Nur-Sultan bleibe vorerst geöffnet, Reisende sollten die Hinweise der Behörden beachten.`;

const ENGLISH_NEWS = `ALMATY, Jan 6 - Kazakhstan's president dismissed the government on Wednesday and asked a Russia-led military alliance for help after protests over a sharp rise in fuel prices turned violent across the country.

The interior ministry said more than 160 people had been killed and almost 8,000 detained. Government buildings in Almaty, the largest city, were set on fire, and the airport was briefly seized by protesters before troops took it back.

President Kassym-Jomart Tokayev said in a televised address that he had ordered security forces to shoot without warning, describing the protesters as terrorists trained abroad. He offered no evidence for the claim, and human rights groups called for an independent inquiry into the deaths.`;

const ENGLISH_BLOCK = `> "We call on all parties to refrain from violence and to respect the rights of peaceful protesters, including the right to free expression and the freedom of assembly, which are essential to any democracy. The world is watching how the authorities respond, and we will be following the situation very closely in the coming days."`;

export const LANGUAGE_CASES: LanguageCase[] = [
  { id: 'de-long', declared: 'de', keep: true, text: `${GERMAN_NEWS}\n\n${GERMAN_TAIL}` },
  {
    id: 'de-english-block-quote',
    declared: 'de',
    keep: true,
    text: `${GERMAN_NEWS}\n\nDas US-Außenministerium veröffentlichte am Donnerstag eine Erklärung seines Sprechers Ned Price:\n\n${ENGLISH_BLOCK.replace(/"/g, '')}\n\n${GERMAN_TAIL}`,
  },
  {
    id: 'de-english-quotes',
    declared: 'de',
    keep: true,
    text: `Washington. Das US-Außenministerium hat die Regierung in Astana zur Zurückhaltung aufgerufen. Sprecher Ned Price sagte: „We call on all parties to refrain from violence and to respect the rights of peaceful protesters, including the right to free expression and the freedom of assembly, which are essential to any democracy.“ Die Regierung in Moskau wies die Kritik zurück und sprach von einer inneren Angelegenheit Kasachstans. Price fügte hinzu: "The world is watching how the authorities respond to these protests and we will be following the situation very closely in the coming days." Die Opposition in Kasachstan begrüßte die Äußerungen.`,
  },
  {
    id: 'de-english-paragraph',
    declared: 'de',
    keep: true,
    text: `${GERMAN_NEWS}\n\nIn einer auf Englisch verbreiteten Mitteilung der Regierung hieß es am Abend wörtlich: The situation in the country is stabilising and the counter-terrorist operation will continue until the militants are completely destroyed.\n\n${GERMAN_TAIL}`,
  },
  {
    id: 'de-french-paragraph',
    declared: 'de',
    keep: true,
    text: `${GERMAN_NEWS}\n\nDie Pariser Zeitung Le Monde schrieb in ihrem Leitartikel, die Krise zeige die Grenzen des Systems: Le pouvoir kazakh a choisi la répression plutôt que le dialogue, et Moscou en profite pour étendre son influence en Asie centrale.\n\n${GERMAN_TAIL}`,
  },
  {
    id: 'de-russian-quote-and-names',
    declared: 'de',
    keep: true,
    text: `${GERMAN_NEWS}\n\nDie russische Staatsagentur Tass zitierte den Kremlsprecher mit den Worten «Это внутреннее дело Казахстана, но мы готовы помочь нашим союзникам» – es handle sich um eine innere Angelegenheit. Auf Plakaten in Schangaösen stand „Шал, кет!“ („Alter, geh!“), ein Ruf, der sich gegen den früheren Präsidenten Nursultan Nasarbajew richtete.`,
  },
  {
    id: 'de-english-names',
    declared: 'de',
    keep: true,
    text: `New York. Die Organisation Human Rights Watch und die Zeitung The New York Times haben am Freitag Videos ausgewertet, die Schüsse auf unbewaffnete Demonstranten in Almaty zeigen sollen. Nach Angaben von Human Rights Watch wurden die Aufnahmen mit Satellitenbildern von Planet Labs und Beiträgen auf Twitter, Telegram und Instagram abgeglichen. Die Regierung in Nur-Sultan hat sich zu den Berichten bisher nicht geäußert. Der Sicherheitsrat der Vereinten Nationen will sich in der kommenden Woche mit der Lage befassen.`,
  },
  {
    id: 'de-swiss',
    declared: 'de',
    keep: true,
    text: `Bern. Der Bundesrat hat am Mittwoch beschlossen, die Sanktionen der Europäischen Union gegen Belarus zu übernehmen. Die Massnahmen betreffen unter anderem Exporte von Gütern, die für militärische Zwecke genutzt werden können. Die Schweiz schliesst sich damit dem Vorgehen ihrer Nachbarländer an, wie das Staatssekretariat für Wirtschaft mitteilte. Kritiker bemängeln, dass die Kontrollen an der Grenze bisher ungenügend seien und dass grosse Handelsfirmen in Genf und Zug weiterhin Geschäfte machten.`,
  },
  {
    id: 'de-ticker',
    declared: 'de',
    keep: true,
    text: `Liveticker Kasachstan, Donnerstag\n\n09:12 Uhr: Internet in Almaty weiterhin gesperrt.\n09:40 Uhr: Flughafen Almaty geschlossen, Flüge nach Moskau und Frankfurt gestrichen.\n10:05 Uhr: Erste OVKS-Soldaten in Nur-Sultan gelandet.\n10:31 Uhr: Tenge verliert gegenüber Dollar drei Prozent.\n11:02 Uhr: Innenministerium meldet 2000 Festnahmen.\n11:48 Uhr: Kreml: Einsatz zeitlich begrenzt.\n12:15 Uhr: Proteste in Aktobe und Schymkent.\n12:50 Uhr: Uran-Preis steigt, Kasatomprom-Aktie fällt.`,
  },
  { id: 'de-short', declared: 'de', keep: true, text: 'Proteste in Almaty: Regierung tritt zurück.' },
  { id: 'de-one-sentence', declared: 'de', keep: true, text: 'Nach tagelangen Protesten hat Präsident Tokajew am Mittwoch die Regierung entlassen und Truppen aus Russland ins Land gerufen.' },
  { id: 'en-declared-de-long', declared: 'de', keep: false, text: ENGLISH_NEWS },
  {
    id: 'en-declared-de-german-quotes',
    declared: 'de',
    keep: false,
    text: `${ENGLISH_NEWS}\n\nGerman Foreign Minister Annalena Baerbock said in Berlin: „Wir rufen alle Seiten dazu auf, auf Gewalt zu verzichten und den friedlichen Protest zu respektieren, denn die Menschen in Kasachstan haben ein Recht darauf, ihre Meinung frei zu äußern.“ The German government said it was in close contact with its European partners.`,
  },
  { id: 'en-declared-de-short', declared: 'de', keep: true, text: 'Kazakhstan dismisses its government after fuel protests.' },
  {
    id: 'en-declared-de-medium',
    declared: 'de',
    keep: false,
    text: "Kazakhstan's president dismissed the government on Wednesday and asked a Russia-led military alliance for help after protests over a sharp rise in fuel prices turned violent, the interior ministry said.",
  },
  {
    id: 'en-press-review-german-quotes',
    declared: 'en',
    keep: true,
    text: `BERLIN, Jan 7 - German newspapers were divided on Friday over the Russia-led deployment in Kazakhstan. The conservative Frankfurter Allgemeine Zeitung wrote that „Moskau nutzt die Krise, um seinen Einfluss in Zentralasien zu festigen, und Europa schaut wieder einmal nur zu“. The left-wing daily nd took a different view:\n\n> Die Proteste richten sich gegen eine Elite, die sich seit dreißig Jahren an den Rohstoffen des Landes bereichert, und nicht gegen Russland.\n\nThe tabloid Bild called the troops "Putins Schutztruppe". Analysts in Berlin said the debate showed how little attention Central Asia usually receives in Germany, even though the country is an important supplier of oil and uranium to the European Union.`,
  },
  { id: 'en-long', declared: 'en', keep: true, text: ENGLISH_NEWS },
  {
    id: 'fr-declared-de',
    declared: 'de',
    keep: false,
    text: `Almaty. Le président kazakh Kassym-Jomart Tokaïev a limogé mercredi le gouvernement et demandé l'aide d'une alliance militaire dirigée par la Russie, après des manifestations contre la hausse du prix du gaz qui ont tourné à l'émeute. Selon le ministère de l'Intérieur, plus de cent soixante personnes ont été tuées et près de huit mille arrêtées. Le chef de l'État a affirmé que des « terroristes » formés à l'étranger étaient à l'origine des violences, sans en apporter la preuve.`,
  },
  { id: 'fr-declared-de-short', declared: 'de', keep: false, text: `Le président kazakh a limogé le gouvernement après des manifestations contre la hausse du prix du gaz, a annoncé la présidence mercredi soir.` },
  {
    id: 'es-declared-de',
    declared: 'de',
    keep: false,
    text: `Almaty. El presidente de Kazajistán, Kasim-Yomart Tokáyev, destituyó el miércoles al gobierno y pidió ayuda a una alianza militar liderada por Rusia, después de que las protestas por la subida del precio del gas licuado se volvieran violentas. Según el Ministerio del Interior, más de 160 personas murieron y casi 8.000 fueron detenidas. El jefe del Estado habló de terroristas entrenados en el extranjero, pero no presentó pruebas.`,
  },
  {
    id: 'nl-declared-de',
    declared: 'de',
    keep: false,
    text: `Almaty. De president van Kazachstan heeft woensdag de regering ontslagen en de hulp ingeroepen van een door Rusland geleid militair bondgenootschap, nadat protesten tegen een forse stijging van de gasprijs uit de hand waren gelopen. Volgens het ministerie van Binnenlandse Zaken zijn meer dan 160 mensen om het leven gekomen en zijn bijna 8000 mensen opgepakt. De president sprak van terroristen die in het buitenland zouden zijn opgeleid, maar gaf daarvoor geen bewijs.`,
  },
  {
    id: 'sv-declared-de',
    declared: 'de',
    keep: false,
    text: `Almaty. Kazakstans president avsatte på onsdagen regeringen och bad en ryskledd militärallians om hjälp, sedan protester mot kraftigt höjda gaspriser hade blivit våldsamma. Enligt inrikesministeriet har mer än 160 människor dödats och nästan 8000 gripits. Presidenten talade om terrorister som skulle ha tränats utomlands, men han lade inte fram några bevis för det.`,
  },
  {
    id: 'pl-declared-de',
    declared: 'de',
    keep: false,
    text: `Ałmaty. Prezydent Kazachstanu zdymisjonował w środę rząd i poprosił o pomoc sojusz wojskowy kierowany przez Rosję, po tym jak protesty przeciwko podwyżce cen gazu przerodziły się w zamieszki. Według ministerstwa spraw wewnętrznych zginęło ponad 160 osób, a prawie 8000 zatrzymano. Prezydent mówił o terrorystach szkolonych za granicą, ale nie przedstawił na to dowodów.`,
  },
  {
    id: 'ru-declared-de',
    declared: 'de',
    keep: false,
    text: `Алматы. Президент Казахстана Касым-Жомарт Токаев в среду отправил правительство в отставку и обратился за помощью к возглавляемому Россией военному союзу ОДКБ после того, как протесты против резкого роста цен на сжиженный газ переросли в беспорядки. По данным министерства внутренних дел, погибли более 160 человек, задержаны почти 8000. Президент заявил о террористах, подготовленных за рубежом, но доказательств не привёл.`,
  },
  {
    id: 'kk-declared-de',
    declared: 'de',
    keep: false,
    text: `Алматы. Қазақстан Президенті Қасым-Жомарт Тоқаев сәрсенбі күні үкіметті отставкаға жіберіп, сұйытылған газ бағасының күрт өсуіне қарсы наразылықтар тәртіпсіздікке ұласқаннан кейін Ресей бастаған әскери одақтан көмек сұрады. Ішкі істер министрлігінің мәліметінше, 160-тан астам адам қаза тауып, 8000-ға жуық адам ұсталды. Президент шетелде дайындалған террористер туралы айтты, бірақ дәлел келтірмеді.`,
  },
  {
    id: 'kk-latin-declared-de',
    declared: 'de',
    keep: false,
    text: `Almaty. Qazaqstan Prezidenti Qasym-Jomart Toqaev sársenbi kúni úkimetti otstavkaǵa jiberip, suıytylǵan gaz baǵasynyń kúrt ósýine qarsy narazylyqtar tártipsizdikke ulasqannan keıin Reseı bastaǵan áskerı odaqtan kómek surady. Ishki ister ministrliginiń málimetinshe, 160-tan astam adam qaza taýyp, 8000-ǵa jýyq adam ustaldy.`,
  },
  {
    id: 'de-en-mixed-short',
    declared: 'de',
    text: `Die ersten russischen Soldaten sind am Donnerstag in Almaty gelandet. Protesters reached by telephone rejected the official account. Rights groups said there was no evidence of foreign interference and called for an independent inquiry.\n\nDie Regierung kündigte an, die Preise für Flüssiggas für ein halbes Jahr einzufrieren, auch Benzin solle nicht teurer werden. Am Abend blieb es in der Innenstadt ruhig.`,
  },
  {
    id: 'de-en-mixed-paragraphs',
    declared: 'de',
    text: `Die ersten russischen Soldaten sind am Donnerstag in Almaty gelandet, teilte das Bündnis mit. Unklar ist, wer die Proteste organisiert hat. Protesters reached by telephone rejected the official account. Rights groups said there was no evidence of foreign interference and called for an independent inquiry.\n\nDie Regierung kündigte an, die Preise für Flüssiggas für ein halbes Jahr einzufrieren. Auch die Preise für Benzin sollen nicht steigen. The government also promised to cap the prices of petrol and diesel.`,
  },
  {
    id: 'de-en-half',
    declared: 'de',
    keep: false,
    text: `${ENGLISH_NEWS}\n\nNach Angaben des Innenministeriums wurden bei den Unruhen mehr als 160 Menschen getötet. Beobachter sprechen von der schwersten Krise seit der Unabhängigkeit des Landes.`,
  },
];
