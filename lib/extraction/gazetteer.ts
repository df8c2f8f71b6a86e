/** Built-in knowledge: common states, their capitals used as metonyms, alliances, institutions, media, titles. */

export type ActorKind = "person" | "state" | "government" | "armed_force" | "alliance" | "organization" | "media" | "other";

export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  /** Surface forms matched case-sensitively as whole words. */
  forms: string[];
  /** Capital or seat that stands for the actor when used as a subject ("Kyiv sent…"). */
  metonyms?: string[];
  demonyms?: string[];
  role?: string;
}

const state = (name: string, forms: string[], demonyms: string[], metonyms: string[] = []): GazetteerEntry => ({
  name, kind: "state", forms: [name, ...forms], demonyms, metonyms,
});

/**
 * States further from the war (Latin America, Africa, Asia, the Middle East), by name and demonym. Not city-states
 * (Singapore): their name is their city's, a hub or venue far more often than a government acting. Named once in
 * passing they are places, not actors (actors/passing-states.ts).
 */
const DISTANT_STATE_ENTRIES: GazetteerEntry[] = [
  state("Mexico", [], ["Mexican", "Mexicans"]),
  state("Colombia", [], ["Colombian", "Colombians"]),
  state("Argentina", [], ["Argentine", "Argentinian", "Argentines"]),
  state("Chile", [], ["Chilean", "Chileans"]),
  state("Peru", [], ["Peruvian", "Peruvians"]),
  state("Venezuela", [], ["Venezuelan", "Venezuelans"]),
  state("Cuba", [], ["Cuban", "Cubans"]),
  state("Ecuador", [], ["Ecuadorian", "Ecuadorians"]),
  state("Bolivia", [], ["Bolivian", "Bolivians"]),
  state("Uruguay", [], ["Uruguayan", "Uruguayans"]),
  state("Nigeria", [], ["Nigerian", "Nigerians"]),
  state("Kenya", [], ["Kenyan", "Kenyans"]),
  state("Ethiopia", [], ["Ethiopian", "Ethiopians"]),
  state("Ghana", [], ["Ghanaian", "Ghanaians"]),
  state("Senegal", [], ["Senegalese"]),
  state("Cameroon", [], ["Cameroonian", "Cameroonians"]),
  state("Uganda", [], ["Ugandan", "Ugandans"]),
  state("Tanzania", [], ["Tanzanian", "Tanzanians"]),
  state("Zimbabwe", [], ["Zimbabwean", "Zimbabweans"]),
  state("Morocco", [], ["Moroccan", "Moroccans"]),
  state("Algeria", [], ["Algerian", "Algerians"]),
  state("Tunisia", [], ["Tunisian", "Tunisians"]),
  state("Libya", [], ["Libyan", "Libyans"]),
  state("Sudan", [], ["Sudanese"]),
  state("Indonesia", [], ["Indonesian", "Indonesians"]),
  state("Malaysia", [], ["Malaysian", "Malaysians"]),
  state("Vietnam", [], ["Vietnamese"]),
  state("Thailand", [], ["Thai"]),
  state("Philippines", [], ["Filipino", "Filipinos", "Philippine"]),
  state("Bangladesh", [], ["Bangladeshi", "Bangladeshis"]),
  state("Sri Lanka", [], ["Sri Lankan", "Sri Lankans"]),
  state("Nepal", [], ["Nepalese", "Nepali"]),
  state("Afghanistan", [], ["Afghan", "Afghans"]),
  state("Iraq", [], ["Iraqi", "Iraqis"]),
  state("Syria", [], ["Syrian", "Syrians"]),
  state("Lebanon", [], ["Lebanese"]),
  state("Kuwait", [], ["Kuwaiti", "Kuwaitis"]),
  state("Oman", [], ["Omani", "Omanis"]),
  state("Bahrain", [], ["Bahraini", "Bahrainis"]),
  state("Mongolia", [], ["Mongolian", "Mongolians"]),
  state("Malta", [], ["Maltese"]),
];
export const DISTANT_STATES = new Set(DISTANT_STATE_ENTRIES.map((e) => e.name));

export const GAZETTEER: GazetteerEntry[] = [
  state("Russia", ["Russian Federation"], ["Russian", "Russians"], ["Moscow"]),
  state("Ukraine", [], ["Ukrainian", "Ukrainians"], ["Kyiv", "Kiev"]),
  state("United States", ["US", "U.S.", "USA", "United States of America", "America"], ["American", "Americans"], ["Washington"]),
  state("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "Briton", "Britons"], ["London"]),
  state("France", [], ["French"], ["Paris"]),
  state("Germany", [], ["German", "Germans"], ["Berlin"]),
  state("Poland", [], ["Polish", "Poles"], ["Warsaw"]),
  state("China", ["People's Republic of China", "PRC"], ["Chinese"], ["Beijing"]),
  state("India", [], ["Indian", "Indians"], ["New Delhi", "Delhi"]),
  state("Turkey", ["Türkiye", "Turkiye"], ["Turkish", "Turks"], ["Ankara"]),
  state("Belarus", [], ["Belarusian", "Belarusians"], ["Minsk"]),
  state("Iran", [], ["Iranian", "Iranians"], ["Tehran"]),
  state("North Korea", ["DPRK"], ["North Korean", "North Koreans"], ["Pyongyang"]),
  state("South Korea", [], ["South Korean"], ["Seoul"]),
  state("Japan", [], ["Japanese"], ["Tokyo"]),
  state("Hungary", [], ["Hungarian"], ["Budapest"]),
  state("Slovakia", [], ["Slovak"], ["Bratislava"]),
  state("Italy", [], ["Italian"], ["Rome"]),
  state("Spain", [], ["Spanish"], ["Madrid"]),
  state("Netherlands", ["Holland"], ["Dutch"], ["The Hague"]),
  state("Belgium", [], ["Belgian"]),
  state("Denmark", [], ["Danish"], ["Copenhagen"]),
  state("Sweden", [], ["Swedish"], ["Stockholm"]),
  state("Norway", [], ["Norwegian"], ["Oslo"]),
  state("Finland", [], ["Finnish"], ["Helsinki"]),
  state("Estonia", [], ["Estonian"], ["Tallinn"]),
  state("Latvia", [], ["Latvian"], ["Riga"]),
  state("Lithuania", [], ["Lithuanian"], ["Vilnius"]),
  state("Romania", [], ["Romanian"], ["Bucharest"]),
  state("Moldova", [], ["Moldovan"], ["Chisinau"]),
  state("Georgia", [], ["Georgian"], ["Tbilisi"]),
  state("Czech Republic", ["Czechia"], ["Czech"], ["Prague"]),
  state("Austria", [], ["Austrian"]),
  state("Switzerland", [], ["Swiss"], ["Bern"]),
  state("Canada", [], ["Canadian"], ["Ottawa"]),
  state("Israel", [], ["Israeli"]),
  state("Saudi Arabia", [], ["Saudi"], ["Riyadh"]),
  state("Qatar", [], ["Qatari"], ["Doha"]),
  state("United Arab Emirates", ["UAE"], ["Emirati"], ["Abu Dhabi"]),
  state("Kazakhstan", [], ["Kazakh"], ["Astana"]),
  state("Azerbaijan", [], ["Azerbaijani"], ["Baku"]),
  state("Armenia", [], ["Armenian"], ["Yerevan"]),
  state("Pakistan", [], ["Pakistani"], ["Islamabad"]),
  state("Brazil", [], ["Brazilian"], ["Brasilia"]),
  state("South Africa", [], ["South African"], ["Pretoria"]),
  state("Vatican", ["Holy See"], []),
  // Other European and post-Soviet states, and the war's more distant partners and grain buyers.
  state("Serbia", [], ["Serbian", "Serbs"], ["Belgrade"]),
  state("Greece", [], ["Greek", "Greeks"], ["Athens"]),
  state("Portugal", [], ["Portuguese"], ["Lisbon"]),
  state("Ireland", [], ["Irish"], ["Dublin"]),
  state("Bulgaria", [], ["Bulgarian", "Bulgarians"], ["Sofia"]),
  state("Croatia", [], ["Croatian", "Croatians"], ["Zagreb"]),
  state("Slovenia", [], ["Slovenian", "Slovenians"], ["Ljubljana"]),
  state("Cyprus", [], ["Cypriot"], ["Nicosia"]),
  state("Luxembourg", [], []),
  state("Iceland", [], ["Icelandic"], ["Reykjavik"]),
  state("Albania", [], ["Albanian"], ["Tirana"]),
  state("North Macedonia", [], []),
  state("Montenegro", [], ["Montenegrin"]),
  state("Bosnia and Herzegovina", ["Bosnia"], ["Bosnian"], ["Sarajevo"]),
  state("Kyrgyzstan", [], ["Kyrgyz"], ["Bishkek"]),
  state("Tajikistan", [], ["Tajik", "Tajiks"], ["Dushanbe"]),
  state("Uzbekistan", [], ["Uzbek", "Uzbeks"], ["Tashkent"]),
  state("Turkmenistan", [], ["Turkmen"], ["Ashgabat"]),
  state("Taiwan", [], ["Taiwanese"], ["Taipei"]),
  state("Australia", [], ["Australian", "Australians"], ["Canberra"]),
  state("New Zealand", [], [], ["Wellington"]),
  state("Egypt", [], ["Egyptian"], ["Cairo"]),
  ...DISTANT_STATE_ENTRIES,
  { name: "European Union", kind: "alliance", forms: ["European Union", "EU", "E.U."], metonyms: ["Brussels"] },
  { name: "European Commission", kind: "government", forms: ["European Commission"] },
  { name: "European Parliament", kind: "government", forms: ["European Parliament"] },
  { name: "European Council", kind: "government", forms: ["European Council"] },
  { name: "Council of the European Union", kind: "government", forms: ["Council of the European Union", "Council of the EU", "EU Council"] },
  { name: "European Central Bank", kind: "organization", forms: ["European Central Bank", "ECB"] },
  { name: "Nato", kind: "alliance", forms: ["Nato", "NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance"] },
  { name: "Coalition of the willing", kind: "alliance", forms: ["coalition of the willing", "Coalition of the Willing", "Coalition of the willing"] },
  { name: "G7", kind: "alliance", forms: ["G7", "Group of Seven"] },
  { name: "G20", kind: "alliance", forms: ["G20", "Group of 20"] },
  { name: "BRICS", kind: "alliance", forms: ["BRICS"] },
  { name: "CSTO", kind: "alliance", forms: ["CSTO", "Collective Security Treaty Organization"] },
  { name: "United Nations", kind: "organization", forms: ["United Nations", "UN", "U.N."] },
  { name: "UN Security Council", kind: "organization", forms: ["UN Security Council", "U.N. Security Council", "United Nations Security Council"] },
  { name: "OSCE", kind: "organization", forms: ["OSCE", "Organization for Security and Co-operation in Europe"] },
  { name: "IAEA", kind: "organization", forms: ["IAEA", "International Atomic Energy Agency", "UN nuclear watchdog", "U.N. nuclear watchdog", "UN atomic watchdog", "U.N. atomic watchdog"] },
  { name: "IMF", kind: "organization", forms: ["IMF", "International Monetary Fund"] },
  { name: "UNHCR", kind: "organization", forms: ["UNHCR", "UN refugee agency", "U.N. refugee agency", "United Nations refugee agency", "UN Refugee Agency"] },
  { name: "OPEC+", kind: "organization", forms: ["OPEC+", "Opec+"] },
  { name: "OPEC", kind: "organization", forms: ["OPEC", "Opec", "Organization of the Petroleum Exporting Countries"] },
  { name: "DeepState", kind: "organization", forms: ["DeepState", "DeepStateUA"], role: "Ukrainian war-mapping project" },
  { name: "World Bank", kind: "organization", forms: ["World Bank"] },
  { name: "International Criminal Court", kind: "organization", forms: ["International Criminal Court", "ICC"] },
  { name: "Red Cross", kind: "organization", forms: ["Red Cross", "ICRC", "International Committee of the Red Cross"] },
  { name: "Kremlin", kind: "government", forms: ["Kremlin"], role: "Russian presidential administration" },
  { name: "Bankova", kind: "government", forms: ["Bankova"], role: "Office of the President of Ukraine" },
  { name: "Office of the President of Ukraine", kind: "government", forms: ["Office of the President of Ukraine", "Presidential Office", "President's Office"] },
  { name: "White House", kind: "government", forms: ["White House"], role: "US presidency" },
  { name: "Pentagon", kind: "government", forms: ["Pentagon"], role: "US Department of Defense" },
  { name: "State Department", kind: "government", forms: ["State Department", "US State Department", "U.S. State Department"] },
  { name: "Elysee", kind: "government", forms: ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"], role: "French presidency" },
  { name: "Downing Street", kind: "government", forms: ["Downing Street"], role: "UK prime minister's office" },
  { name: "Verkhovna Rada", kind: "government", forms: ["Verkhovna Rada", "Rada"], role: "Ukrainian Parliament" },
  { name: "State Duma", kind: "government", forms: ["State Duma", "Duma"] },
  { name: "Ministry of External Affairs", kind: "government", forms: ["Ministry of External Affairs", "MEA"], role: "Indian foreign ministry" },
  { name: "Armed Forces of Ukraine", kind: "armed_force", forms: ["Armed Forces of Ukraine", "AFU", "ZSU", "Ukrainian Armed Forces"] },
  { name: "General Staff of the Armed Forces of Ukraine", kind: "armed_force", forms: ["General Staff of the Armed Forces of Ukraine", "General Staff of Ukraine's Armed Forces", "Ukrainian General Staff"] },
  { name: "State Emergency Service of Ukraine", kind: "government", forms: ["State Emergency Service of Ukraine", "Ukrainian State Emergency Service", "State Emergency Service of Ukraine (DSNS)", "DSNS"] },
  { name: "Wagner Group", kind: "armed_force", forms: ["Wagner Group", "Wagner"] },
  { name: "SBU", kind: "government", forms: ["SBU", "Security Service of Ukraine"] },
  { name: "FSB", kind: "government", forms: ["FSB", "Federal Security Service"] },
  { name: "Defence Intelligence of Ukraine", kind: "government", forms: ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "HUR", "GUR", "Ukrainian Defense Intelligence", "Ukrainian Defence Intelligence", "Ukraine's Defence Intelligence", "Ukraine's Defense Intelligence", "Ukrainian military intelligence", "Main Intelligence Directorate"] },
  { name: "Central Bank of Russia", kind: "government", forms: ["Central Bank of Russia", "Bank of Russia", "CBR", "Russian Central Bank"] },
  { name: "National Bank of Ukraine", kind: "government", forms: ["National Bank of Ukraine", "NBU", "Ukrainian Central Bank"] },
  { name: "US Treasury", kind: "government", forms: ["US Treasury", "U.S. Treasury", "US Treasury Department", "U.S. Treasury Department", "Treasury Department"] },
  { name: "Rosneft", kind: "organization", forms: ["Rosneft"] },
  { name: "Lukoil", kind: "organization", forms: ["Lukoil", "LUKOIL"] },
  { name: "Transneft", kind: "organization", forms: ["Transneft"] },
  { name: "Novatek", kind: "organization", forms: ["Novatek"] },
  { name: "Sberbank", kind: "organization", forms: ["Sberbank"] },
  { name: "Rosatom", kind: "organization", forms: ["Rosatom"] },
  { name: "Gazprom", kind: "organization", forms: ["Gazprom"] },
  { name: "Naftogaz", kind: "organization", forms: ["Naftogaz"] },
  { name: "Ukrenergo", kind: "organization", forms: ["Ukrenergo"] },
  // Bodies known by a name of their own, often one word: legislatures, armed forces, ministries by their seat, intelligence services;
  // a one-word name, like a capital, is an actor only where it acts ("the Bundestag passed"), not as a place ("a debate in the Bundestag").
  ...([
    ["Sejm", "government"], ["Seimas", "government"], ["Saeima", "government"], ["Riigikogu", "government"], ["Bundestag", "government"],
    ["Bundesrat", "government"], ["Knesset", "government"], ["Storting", "government", "Stortinget"], ["Riksdag", "government"],
    ["Folketing", "government"], ["Eduskunta", "government"], ["Federation Council", "government"], ["Lok Sabha", "government"], ["Rajya Sabha", "government"],
    ["Bundeswehr", "armed_force"], ["Bundesheer", "armed_force"], ["Carabinieri", "armed_force"], ["Rosgvardia", "armed_force", "Russian National Guard"],
    ["Israel Defense Forces", "armed_force", "IDF"], ["People's Liberation Army", "armed_force", "PLA"],
    ["Farnesina", "government"], ["Quai d'Orsay", "government"],
    ["GRU", "government"], ["SVR", "government"], ["CIA", "government", "Central Intelligence Agency"], ["MI6", "government"], ["BND", "government"], ["Mossad", "government"],
  ] as const).map(([name, kind, ...forms]): GazetteerEntry =>
    /\s/.test(name) ? { name, kind, forms: [name, ...forms] } : { name, kind, forms: [], metonyms: [name, ...forms] }),
  // Political parties, by their own name and the short one outlets use.
  ...[
    ["Law and Justice", "PiS"], ["Civic Platform", "PO"], ["Civic Coalition"], ["Alternative for Germany", "AfD"], ["CDU"], ["CSU"], ["SPD"],
    ["FPÖ", "Freedom Party of Austria"], ["ÖVP", "Austrian People's Party"], ["Fidesz"], ["Tisza Party", "Tisza"], ["National Rally", "Rassemblement National"],
    ["La France insoumise", "LFI"], ["Labour Party", "Labour"], ["Conservative Party", "Conservatives", "Tories"], ["Servant of the People"],
    ["European Solidarity"], ["Batkivshchyna"], ["Finns Party"], ["Sweden Democrats"], ["Brothers of Italy", "Fratelli d'Italia"], ["Forza Italia"],
    ["League", "Lega"], ["PSOE"], ["Sumar"], ["Smer"], ["United Russia"], ["Democratic Party", "Democrats"], ["Republican Party", "Republicans"],
  ].map(([name, ...rest]): GazetteerEntry => ({ name, kind: "organization", forms: [name, ...rest] })),
  // Companies and market bodies the war's economy news cites by name.
  ...[
    ["Rheinmetall"], ["Euroclear"], ["Orlen", "PKN Orlen"], ["KNDS"], ["Thales"], ["MBDA"], ["Hensoldt"], ["Diehl Defence"], ["BAE Systems"], ["Lockheed Martin"],
    ["Raytheon", "RTX"], ["Saab"], ["Airbus"], ["Boeing"], ["Baykar"], ["Rosoboronexport"], ["Rostec"], ["Ukroboronprom"], ["Energoatom"], ["Centrenergo"], ["DTEK"],
    ["Ukrzaliznytsia"], ["Gazprom Neft"], ["Sovcomflot"], ["Surgutneftegas"], ["OMV"], ["Equinor"], ["TotalEnergies"], ["Shell"], ["ExxonMobil"], ["Kpler"], ["Vortexa"],
    ["Glencore"], ["Viterra"], ["Cargill"], ["Maersk"], ["EBRD", "European Bank for Reconstruction and Development"], ["European Investment Bank", "EIB"],
    // Arms makers, energy, banks, traders, shippers and insurers of the war's economy.
    ["Kongsberg", "Kongsberg Defence & Aerospace"], ["Nammo"], ["Patria"], ["Elbit Systems", "Elbit"], ["General Dynamics"], ["Northrop Grumman"], ["Fire Point"],
    ["Quantum Systems"], ["Helsing"], ["Skyeton"], ["Naval Group"], ["Dassault Aviation", "Dassault"], ["Safran"], ["Krauss-Maffei Wegmann", "KMW"], ["Czechoslovak Group", "CSG"],
    ["Almaz-Antey"], ["Kalashnikov Concern"], ["Uralvagonzavod"], ["United Aircraft Corporation"],
    ["Saudi Aramco", "Aramco"], ["Reliance Industries"], ["Nayara Energy", "Nayara"], ["Indian Oil Corporation", "Indian Oil"], ["Bharat Petroleum", "BPCL"],
    ["Hindustan Petroleum", "HPCL"], ["Sinopec"], ["PetroChina"], ["CNPC"], ["Eni"], ["BP"], ["Chevron"], ["MOL"], ["Uniper"], ["RWE"], ["Ukrnafta"], ["Ukrtransgaz"],
    ["Gas Transmission System Operator of Ukraine", "GTSOU"], ["Zarubezhneft"], ["Westinghouse"], ["Yamal LNG"], ["Arctic LNG 2"],
    ["Gazprombank"], ["VTB"], ["Alfa-Bank"], ["Raiffeisen Bank International", "Raiffeisen", "RBI"], ["UniCredit"], ["Rosselkhozbank"], ["Clearstream"], ["SWIFT"],
    ["Moscow Exchange"], ["Oschadbank"], ["PrivatBank"], ["Vitol"], ["Trafigura"], ["Gunvor"], ["Mitsui & Co.", "Mitsui"], ["Mitsubishi Corporation", "Mitsubishi Corp."],
    ["Hapag-Lloyd"], ["Lloyd's", "Lloyd's of London"], ["Marsh McLennan"], ["Lloyd's Market Association", "LMA"], ["Joint War Committee"],
    ["International Group of P&I Clubs"], ["Nibulon"], ["MHP"], ["Ukrainian Grain Association", "UGA"], ["Ukrainian Sea Ports Authority", "USPA"],
    // International and research bodies cited on the war.
    ["Energy Community"], ["UN General Assembly", "United Nations General Assembly", "U.N. General Assembly"], ["UN Human Rights Council", "United Nations Human Rights Council"],
    ["OHCHR", "UN human rights office", "U.N. human rights office", "UN Human Rights Office"], ["UNICEF"], ["World Food Programme", "WFP"], ["FAO", "Food and Agriculture Organization"],
    ["World Health Organization", "WHO"], ["Council of Europe"], ["International Court of Justice", "ICJ"], ["Amnesty International"], ["Human Rights Watch"],
    ["Institute for the Study of War", "ISW"], ["Kiel Institute", "Kiel Institute for the World Economy"], ["RUSI", "Royal United Services Institute"], ["Chatham House"],
    ["CSIS", "Center for Strategic and International Studies"], ["Carnegie Endowment for International Peace"], ["Stockholm International Peace Research Institute", "SIPRI"],
  ].map(([name, ...rest]): GazetteerEntry => ({ name, kind: "organization", forms: [name, ...rest] })),
  // Officials quoted so often that their names appear bare or in several transliterations.
  ...([
    ["Vladimir Putin", "President of Russia", "Putin"],
    ["Donald Trump", "President of the United States", "Trump"],
    ["Sergey Lavrov", "Russian Foreign Minister", "Sergei Lavrov", "Lavrov"],
    ["Dmitry Peskov", "Kremlin spokesman", "Dmitri Peskov", "Peskov"],
    ["Yuri Ushakov", "Kremlin aide", "Yury Ushakov", "Ushakov"],
    ["Dmitry Medvedev", "Deputy Chairman of the Security Council of Russia", "Dmitri Medvedev", "Medvedev"],
    ["Kirill Dmitriev", "Russian special envoy", "Dmitriev"],
    ["Steve Witkoff", "US special envoy", "Witkoff"],
    ["Recep Tayyip Erdogan", "President of Turkey", "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan", "Erdogan", "Erdoğan"],
    ["S Jaishankar", "External Affairs Minister of India", "S. Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar"],
    ["Andrii Sybiha", "Foreign Minister of Ukraine", "Andriy Sybiha", "Sybiha"],
    // Transliteration variants of one name (AP "Zelenskyy", Reuters "Zelenskiy", BBC "Zelensky") fold into one actor.
    ["Volodymyr Zelensky", "President of Ukraine", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi", "Volodymyr Zelenskii", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskii"],
    ["Emmanuel Macron", "President of France", "Macron"],
    ["Friedrich Merz", "Chancellor of Germany", "Merz"],
    ["Keir Starmer", "Prime Minister of the United Kingdom", "Starmer"],
    ["Ursula von der Leyen", "President of the European Commission", "von der Leyen"],
    ["Mark Rutte", "Secretary General of Nato", "Rutte"],
    ["Viktor Orban", "Prime Minister of Hungary", "Viktor Orbán", "Orban", "Orbán"],
  ] as const).map(([name, role, ...forms]): GazetteerEntry => ({ name, kind: "person", role, forms: [name, ...forms] })),
  // Media
  ...[
    ["BBC"], ["Reuters"], ["Agence France-Presse", "AFP"], ["Associated Press", "AP"], ["Bloomberg"], ["Financial Times", "FT"],
    ["TASS", "Tass"], ["RIA Novosti", "RIA"], ["Interfax"], ["Interfax-Ukraine"], ["Ukrinform"], ["Ukrainska Pravda"], ["Kyiv Independent"],
    ["Kyiv Post"], ["Anadolu Agency", "Anadolu", "AA"], ["Al Jazeera"], ["CNN"], ["New York Times", "NYT"], ["Washington Post"],
    ["Wall Street Journal", "WSJ"], ["The Guardian", "Guardian"], ["Politico"], ["Axios"], ["Xinhua"], ["Press Trust of India", "PTI"],
    ["ANI"], ["The Hindu"], ["Times of India"], ["NDTV"], ["Hindustan Times"], ["Daily Sabah"], ["Hurriyet", "Hürriyet"], ["TRT", "TRT World"],
    ["bne IntelliNews", "IntelliNews"], ["Meduza"], ["Novaya Gazeta"], ["RT", "Russia Today"], ["Sky News"], ["Der Spiegel", "Spiegel", "DER SPIEGEL"],
    ["Le Monde"], ["Bild"], ["The Economist", "Economist"], ["Fox News"], ["CBS News", "CBS"], ["NBC News", "NBC"], ["ABC News"],
    ["India Today"], ["Indian Express", "The Indian Express"], ["Economic Times", "The Economic Times"], ["Kommersant"], ["Izvestia"], ["Suspilne"], ["Hromadske"], ["RBC-Ukraine"], ["Euronews"], ["Deutsche Welle", "DW"],
    ["Euractiv", "EURACTIV"], ["NHK", "NHK World", "NHK World-Japan"], ["Novaya Gazeta Europe"], ["Al-Monitor"], ["France 24"], ["Radio Free Europe/Radio Liberty", "RFE/RL"],
  ].map(([name, ...rest]): GazetteerEntry => ({ name, kind: "media", forms: [name, ...rest] })),
];

const STATE_FORMS = new Set(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => e.forms));
const STATE_FORMS_LOWER = new Set([...STATE_FORMS].map((f) => f.toLowerCase()));
/** "Ukraine", "POLAND", "india": a state's name in any case; with `exactCase`, only as the gazetteer writes it ("US", not "Us"). */
export const isStateName = (name: string, exactCase = false) => (exactCase ? STATE_FORMS.has(name) : STATE_FORMS_LOWER.has(name.toLowerCase()));

/** Titles printed abbreviated ("Mr", "Gen", "Lt"), with or without a full stop after them. */
export const ABBREVIATED_TITLES = new Set("Mr Mrs Ms Dr Prof Gen Lt Col Capt Sgt Sen Rep Adm Maj Gov".split(" "));

/** Prefix words of a person's title; used to find "<title> Firstname Lastname" and to build roles. */
export const TITLE_WORDS = new Set([
  ...("President Vice-President Prime Minister Minister Deputy Secretary Secretary-General Chancellor Ambassador Envoy Special Governor Mayor " +
    "Commander Commander-in-Chief General Gen. Lt. Lieutenant Colonel Col. Major Admiral Adm. Chief Head Chairman Chairwoman Chair Speaker " +
    "Senator Sen. Rep. Representative King Queen Prince Pope Patriarch Director Adviser Advisor Aide Premier Spokesman Spokeswoman " +
    "Spokesperson First Foreign Defence Defense Interior Finance Economy Energy Justice Affairs External State Acting Former Dr. " +
    "Sheikh Crown Emir Sultan Marshal Presidential Kremlin Chief-of-Staff Ombudsman MP Lawmaker Leader Official Press Secretary Commissioner High Representative " +
    "Legislator Captain Capt. Sergeant Sgt. Major-General Lieutenant-General Lieutenant-Colonel Colonel-General Brigadier Brigadier-General Professor Prof. Judge Officer " +
    // Clergy's titles, which outlets glue to a name as they do "General" ("Mufti Said Ismagilov", "Metropolitan Epifaniy").
    "Metropolitan Archbishop Cardinal Mufti Imam Ayatollah Archimandrite Beatitude Holiness Eminence")
    .split(/\s+/),
  ...ABBREVIATED_TITLES,
]);

/** Lower-case nouns that precede a name as a title ("spokesman Dmitry Peskov"). */
export const ROLE_NOUNS = [
  "commander-in-chief", "president", "prime minister", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor", "ambassador", "envoy",
  "governor", "mayor", "commander", "general", "chief", "head", "chairman", "chairwoman", "speaker", "senator", "adviser", "advisor", "aide",
  "premier", "leader", "official", "commissioner", "ombudsman", "lawmaker", "diplomat", "negotiator", "analyst", "correspondent", "journalist",
  "editor", "director", "prosecutor", "judge", "lawyer", "attorney", "colonel", "admiral", "king", "pope", "patriarch", "representative", "deputy", "counterpart", "executive", "CEO", "founder", "professor", "economist", "officer",
];

/** Words that end an organisation name and give its kind. */
export const ORG_HEADS: [RegExp, "armed_force" | "government" | "alliance" | "media" | "organization"][] = [
  [/^(Forces|Force|Army|Navy|Guard|Brigade|Regiment|Battalion|Corps|Command|Fleet|Troops|Staff|Legion|Division|Military)$/, "armed_force"],
  [/^(Ministry|Government|Cabinet|Parliament|Rada|Duma|Office|Council|Service|Agency|Committee|Department|Administration|Directorate|Prosecutor|Court|Senate|Congress|Assembly|Bureau|Commission|Inspectorate|Centre|Center|Headquarters|Secretariat|Authority|Board|Tribunal|Chamber|Police)$/, "government"],
  [/^(Coalition|Alliance|Pact|Bloc|Partnership)$/, "alliance"],
  [/^(News|Times|Post|Journal|Gazette|Herald|Telegraph|Radio|TV|Television|Tribune|Pravda|Agency)$/, "media"],
  [/^(Organisation|Organization|Union|Bank|Fund|Company|Group|Party|Institute|University|Foundation|Association|Federation|Corporation|Movement|Front|School|Academy|Exchange|Corp|Ltd|Inc|Holding|Holdings|Industries|Systems|Technologies|Airlines|Airways|Shipping|Insurance|Assurance|Capital|Petroleum|Media|Management|Robotics|Dynamics|Aerospace|Motors|Logistics|Steel|Metals|Mining|Shipyard|Shipbuilding|Marine|Trading|Securities|Investments|Ratings|Engineering|Tankers|Consulting|Analytics|Partners|Chemicals|Telecom|SA|AG|ASA|PLC)$/, "organization"],
];

/** Capitalised words that name gatherings rather than actors; they are venues for statements. */
export const VENUE_HEADS = /^(Forum|Summit|Conference|Congress|Festival|Games|Week|Dialogue|Talks|Meeting)$/;

export const MONTH_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
export const DAY_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised words that start sentences or headlines but never start a name. */
export const NON_NAME_WORDS = new Set(
  ("The A An In On At After Before Following Last This That These Those Over Since When While Earlier Later Instead Also Yet So It He She They We " +
    "Our His Her Its Their However Meanwhile But And Or If As For From To With Without By Of Asked According Speaking Despite Although Though " +
    "Under Amid During Until Into Western Eastern Northern Southern Central European Only Both Each Every Some Many Most All No Not Now Then There " +
    "Here What Which Who Why How Today Yesterday Tomorrow One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Several Few New Old Former Newly Such Another Other Any Further Separately " +
    "Elsewhere Overnight Monday Tuesday Wednesday Thursday Friday Saturday Sunday News Dismiss Read More Photo Image Video I You My Your Mr Mrs Ms " +
    "Collective Intense Presidential Regional Local Military Air Oil Key Top Senior Chief Acting Deputy Dated")
    .split(/\s+/),
);
