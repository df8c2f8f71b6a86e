import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const actorsOf = (text: string, knownActors?: { name: string; aliases: string[]; kind: string; slug?: string }[]) =>
  extractArticle({ text, publishedOn: "2025-09-07", title: "T", knownActors }).actors;

describe("actors", () => {
  it("finds titled people, folds later surname mentions and builds roles", () => {
    const a = actorsOf("Russian President Vladimir Putin met Ukraine's Prime Minister Yuliia Svyrydenko. Later Putin left.");
    expect(a.find((x) => x.name === "Vladimir Putin")).toMatchObject({ kind: "person", aliases: ["Putin"], role: "President of Russia" });
    expect(a.find((x) => x.name === "Yuliia Svyrydenko")).toMatchObject({ kind: "person", role: "Prime Minister of Ukraine" });
  });

  it("names a body printed bare after a wire dateline as the dateline's state's ('OSLO (Reuters) - The Ministry of Foreign Affairs')", () => {
    const named = (text: string, bare: string) => actorsOf(text).find((x) => x.aliases.includes(bare) || x.name === bare)?.name;
    expect(named("OSLO, June 3 (Reuters) - The Ministry of Foreign Affairs said talks on a prisoner swap would resume.", "Ministry of Foreign Affairs")).toBe("Norwegian Foreign Ministry");
    expect(named("RIGA (Reuters) - The National Bank kept its rate at 3% on Thursday.", "National Bank")).toBe("Latvian National Bank");
    expect(named("The National Bank kept its rate at 3% on Thursday.", "National Bank")).toBe("National Bank");
  });

  it("gives a body the gazetteer knows all its known names as aliases", () => {
    const a = actorsOf("The General Staff of the Armed Forces of Ukraine said 40 drones were downed overnight.");
    expect(a.find((x) => x.name === "General Staff of the Armed Forces of Ukraine")?.aliases).toEqual(expect.arrayContaining(["Ukrainian General Staff"]));
  });

  it("names a gazetteer body the text ties to its state as that state's body too", () => {
    const a = actorsOf("India's Ministry of External Affairs said on Friday that its fuel imports were a commercial matter.");
    expect(a.find((x) => x.name === "Ministry of External Affairs")?.aliases).toContain("Indian Ministry of External Affairs");
  });

  it("keeps 'commander-in-chief' whole as a role, not 'chief'", () => {
    const a = actorsOf("The army commander-in-chief, Petro Dovbush, said the line held.");
    expect(a.find((x) => x.name === "Petro Dovbush")?.role).toBe("commander-in-chief");
  });

  it("knows the refugee agency, the oil cartel and the war-mapping project by name", () => {
    const a = actorsOf("OPEC+ agreed to lift output. The UN refugee agency said 900 people fled, according to DeepState.");
    expect(a.map((x) => x.name)).toEqual(expect.arrayContaining(["OPEC+", "UNHCR", "DeepState"]));
  });

  it("knows the war economy's companies, insurers and research bodies by their names and short forms", () => {
    const a = actorsOf("Kongsberg won the order. Rates quoted at Lloyd's of London rose, and Lloyd's warned of more. Aramco cut prices, the ISW said, and the Council of the EU agreed.");
    expect(a.map((x) => x.name)).toEqual(expect.arrayContaining(["Kongsberg", "Lloyd's", "Saudi Aramco", "Institute for the Study of War", "Council of the European Union"]));
    expect(a.find((x) => x.name === "Lloyd's")?.aliases).toContain("Lloyd's of London");
  });

  it("names an outlet with and without 'The' and without a trailing 'News' or 'Digital'", () => {
    const a = actorsOf("\"We held,\" the commander told The Harbour Times. \"It is quiet,\" a medic told Lakeside News Digital.");
    expect(a.find((x) => x.name === "Harbour Times")?.aliases).toContain("The Harbour Times");
    expect(a.find((x) => x.name === "Lakeside News Digital")?.aliases).toEqual(expect.arrayContaining(["The Lakeside News Digital", "Lakeside News"]));
  });

  it("knows the other European and post-Soviet states, their demonyms and capitals", () => {
    const a = actorsOf("Serbia's Foreign Ministry summoned the envoy. Belgrade said Tajikistan and Ireland had been told.");
    expect(a.map((x) => x.name)).toEqual(expect.arrayContaining(["Serbia", "Serbian Foreign Ministry", "Tajikistan", "Ireland"]));
    expect(a.find((x) => x.name === "Serbia")?.aliases).toContain("Belgrade");
  });

  it("uses acronyms defined in the text and spelled by initials", () => {
    const a = actorsOf("The Armed Forces of Russia (AFR) advanced. The coalition of the willing met; the COW delegates disagreed. The AFR pushed on.");
    expect(a.find((x) => x.name === "Armed Forces of Russia")).toMatchObject({ kind: "armed_force", aliases: expect.arrayContaining(["AFR"]) });
    expect(a.find((x) => x.aliases.includes("COW"))).toMatchObject({ kind: "alliance" });
  });

  it("maps capitals to states only when they act, and keeps the Kremlin a government body of its own", () => {
    const a = actorsOf("The rift between Washington and Brussels grew. Putin invited him to Moscow. The Kremlin refused.");
    expect(a.find((x) => x.name === "United States")?.aliases).toContain("Washington");
    expect(a.find((x) => x.name === "European Union")?.aliases).toContain("Brussels");
    expect(a.find((x) => x.name === "Russia")).toBeUndefined();
    expect(a.find((x) => x.name === "Kremlin")?.kind).toBe("government");
  });

  it("recognises national bodies, named units and media", () => {
    const a = actorsOf("Ukraine's air force said Russia launched drones. Kyiv sent its elite Azov forces. Peskov told the BBC nothing.");
    expect(a.find((x) => x.name === "Ukrainian Air Force")?.kind).toBe("armed_force");
    expect(a.find((x) => x.name === "Azov")).toMatchObject({ kind: "armed_force", aliases: ["Azov forces"] });
    expect(a.find((x) => x.name === "BBC")?.kind).toBe("media");
  });

  it("folds transliteration variants of a frequent name into one actor, named as the article spells it", () => {
    const a = actorsOf("Zelenskiy spoke to reporters. Later Zelenskyy and Zelensky were quoted. Viktor Orbán objected.");
    const z = a.filter((x) => /Zelensk/.test(x.name));
    expect(z).toHaveLength(1);
    // No full name in the text: the gazetteer's spelling names the actor.
    expect(z[0].name).toBe("Volodymyr Zelensky");
    expect(z[0].aliases).toEqual(expect.arrayContaining(["Zelenskiy", "Zelenskyy", "Zelensky"]));
    // A full name in the text wins, the gazetteer's spelling becomes an alias.
    expect(a.find((x) => x.name === "Viktor Orbán")?.aliases).toContain("Viktor Orban");
    const spelled = actorsOf("Ukrainian President Volodymyr Zelenskiy spoke. Zelenskiy added more.");
    expect(spelled.find((x) => /Zelensk/.test(x.name))).toMatchObject({ name: "Volodymyr Zelenskiy", aliases: expect.arrayContaining(["Volodymyr Zelensky", "Zelenskiy"]) });
  });

  it("names Ukraine's General Staff by its full name and the ECB without its place word", () => {
    const a = actorsOf("Ukraine's General Staff said fighting continued. The European Central Bank warned on Wednesday.");
    expect(a.find((x) => x.name === "General Staff of the Armed Forces of Ukraine")?.aliases).toContain("Ukraine's General Staff");
    expect(a.find((x) => x.name === "European Central Bank")).toBeDefined();
    expect(a.find((x) => x.name === "Central Bank")).toBeUndefined();
  });

  it("gives a bare ministry the state named after it, else the article's main state", () => {
    let a = actorsOf("Russia and Ukraine traded blows. Russia struck Odesa. The Finance Ministry in Kyiv said the gap was covered.");
    expect(a.find((x) => x.name === "Ukrainian Finance Ministry")?.aliases).toContain("Finance Ministry");
    expect(a.find((x) => x.name.startsWith("Finance Ministry"))).toBeUndefined();
    a = actorsOf("Russia raised taxes. Moscow said Russian budgets were tight. The Finance Ministry expects a deficit.");
    expect(a.find((x) => x.name === "Russian Finance Ministry")?.aliases).toContain("Finance Ministry");
    a = actorsOf("The Russian Foreign Ministry protested. Later the Foreign Ministry in Kyiv replied. The Foreign Ministry added more.");
    expect(a.find((x) => x.name === "Russian Foreign Ministry")?.aliases).toContain("Foreign Ministry");
  });

  it("accepts untitled full names standing in a list of names", () => {
    const a = actorsOf("Leaders including Anna Kowalska, Marta Nowak and Piotr Zielinski backed the plan in Geneva and Kyiv.");
    for (const n of ["Anna Kowalska", "Marta Nowak", "Piotr Zielinski"]) expect(a.find((x) => x.name === n)?.kind).toBe("person");
    expect(a.find((x) => x.name === "Geneva")).toBeUndefined();
  });

  it("drops a sentence-initial article from an organisation name", () => {
    const a = actorsOf("The Bank of Russia filed a lawsuit. The Unmanned Systems Forces said strikes would go on.");
    expect(a.find((x) => x.name === "Central Bank of Russia")?.aliases).toContain("Bank of Russia");
    expect(a.find((x) => /^The /.test(x.name))).toBeUndefined();
  });

  it("names Ukraine's State Emergency Service by its full name", () => {
    const a = actorsOf("Ukraine's State Emergency Service said two people were killed.");
    expect(a.find((x) => x.name === "State Emergency Service of Ukraine")?.aliases).toContain("Ukraine's State Emergency Service");
  });

  it("matches known actors and their aliases first", () => {
    const a = actorsOf("Zelensky said Bankova would answer. Zelenskyy later spoke.", [
      { name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Zelenskyy"], kind: "person", slug: "zelenskyy" },
    ]);
    expect(a[0]).toMatchObject({ name: "Volodymyr Zelenskyy", kind: "person", slug: "zelenskyy" });
    expect(a[0].aliases).toEqual(expect.arrayContaining(["Zelensky", "Zelenskyy"]));
  });

  it("does not take places or headquarters for people", () => {
    const a = actorsOf("Drones hit Chernihiv Oblast and the Black Sea coast, the Black Sea Fleet said. Odesa Oblast Governor Oleh Kiper said three died.");
    expect(a.filter((x) => x.kind === "person").map((x) => x.name)).toEqual(["Oleh Kiper"]);
  });

  it("separates an office holder from the office named before the name", () => {
    const a = actorsOf("Head of the Kharkiv Regional State Administration Oleh Syniehubov said on Telegram that two died. Syniehubov added more.");
    expect(a.find((x) => x.name === "Oleh Syniehubov")).toMatchObject({ kind: "person", aliases: ["Syniehubov"] });
    expect(a.find((x) => x.name === "Kharkiv Regional State Administration")?.kind).toBe("government");
    expect(a.some((x) => x.name.includes("Syniehubov") && x.kind !== "person")).toBe(false);
  });

  it("names service branches of the armed forces after their state and knows their short form", () => {
    const a = actorsOf("The Air Force of the Armed Forces of Ukraine said 40 drones were downed. Ukrainian forces held. The Air Force said more.");
    expect(a.find((x) => x.name === "Ukrainian Air Force")?.aliases).toEqual(expect.arrayContaining(["Air Force of the Armed Forces of Ukraine", "Air Force"]));
    // Generic "Ukrainian forces" stand for the state; a named branch or "the armed forces" is an actor of its own.
    expect(a.find((x) => x.name === "Ukraine")?.aliases).toContain("Ukrainian forces");
    expect(a.find((x) => x.name === "Armed Forces of Ukraine")).toBeUndefined();
  });

  it("folds transliteration and diacritic variants of well-known officials", () => {
    const a = actorsOf("Foreign Minister Sergei Lavrov met President Recep Tayyip Erdoğan and External Affairs Minister S. Jaishankar. Lavrov spoke.");
    expect(a.find((x) => x.name === "Sergei Lavrov")?.aliases).toEqual(expect.arrayContaining(["Sergey Lavrov", "Lavrov"]));
    expect(a.find((x) => x.name === "Recep Tayyip Erdoğan")?.aliases).toContain("Recep Tayyip Erdogan");
    expect(a.find((x) => x.name === "S. Jaishankar")?.aliases).toContain("S Jaishankar");
  });

  it("names national bodies once, maps '<demonym> authorities' to the state and keeps transliterated short names", () => {
    const a = actorsOf("The Russian Defense Ministry said drones were downed. Estonian authorities seized a tanker. Flights were halted, the Federal Air Transport Agency (Rosaviatsia) said.");
    expect(a.find((x) => x.name === "Russian Defence Ministry")?.aliases).toContain("Russian Defense Ministry");
    expect(a.some((x) => x.name === "Russian Defense Ministry")).toBe(false);
    expect(a.find((x) => x.name === "Estonia")?.aliases).toContain("Estonian authorities");
    expect(a.find((x) => x.name === "Federal Air Transport Agency")?.aliases).toContain("Rosaviatsia");
  });

  it("finds one-word organisations introduced by what they are, and collective actors", () => {
    const a = actorsOf(
      "Assets held by Euroclear, the Brussels-based securities depository, are frozen. Euroclear said it would go to court. " +
        "European allies pledged help, and the defence group Rheinmetall announced a new plant.",
    );
    expect(a.find((x) => x.name === "Euroclear")).toMatchObject({ kind: "organization" });
    expect(a.find((x) => x.name === "Rheinmetall")).toMatchObject({ kind: "organization" });
    expect(a.find((x) => x.name === "European allies")).toMatchObject({ kind: "other" });
  });

  it("glues no dates, places or numbers to names", () => {
    const names = actorsOf(
      "In Afghanistan, the independent outlet Aamaj News on April 12 reported the recruitment. Four Tajiks were sentenced on Tuesday. " +
        "Jaishankar spoke at the Observer Research Foundation in New Delhi.",
    ).map((x) => x.name);
    expect(names).toContain("Aamaj News");
    expect(names).toContain("Observer Research Foundation");
    expect(names.filter((n) => /April|Tajiks|New Delhi$/.test(n) && n !== "New Delhi")).toEqual([]);
  });

  it("reads no names from a Title Case headline", () => {
    const p = extractArticle({ text: "Russia Raises VAT as Finance Ministry Says Deficit Will Widen\n\nLawmakers approved the tax on Tuesday." });
    expect(p.actors.map((x) => x.name)).not.toContain("Finance Ministry Says Deficit Will Widen");
  });
});

describe("forms that name an actor only in one article", () => {
  it("are found but not proposed as aliases (a stored alias would name the actor in other articles)", () => {
    const text = "Aid\n\nSweden announced new aid on Monday. The government decided to send 20 launchers. Markus T. was arrested; T. denied it.";
    const actors = extractArticle({ text, publishedOn: "2026-03-12", title: "T" }).actors;
    expect(actors.find((a) => a.name === "Swedish Government")?.aliases).not.toContain("The government");
    expect(actors.find((a) => a.name === "Markus T.")?.aliases).toEqual([]);
  });
});

describe("a state's body named with the possessive of a state Faultline already holds", () => {
  const known = [{ name: "Ukraine", aliases: ["Kyiv"], kind: "state" }, { name: "Russia", aliases: ["Moscow"], kind: "state" }];
  it("is the body, as without known actors, and speaks its words", () => {
    const text = "Ukraine's air force said Russia launched 94 drones overnight.";
    expect(actorsOf(text, known).map((a) => a.name)).toContain("Ukrainian Air Force");
    const r = extractArticle({ text, publishedOn: "2025-09-07", title: "T", knownActors: known });
    expect(r.statements[0]?.speaker).toBe("Ukrainian Air Force");
  });
  it("is the state itself when Faultline holds the body's name as the state's alias", () => {
    const r = extractArticle({ text: "Ukraine's air force said Russia launched 94 drones overnight.", publishedOn: "2025-09-07", title: "T", knownActors: [{ name: "Ukraine", aliases: ["Ukrainian Air Force"], kind: "state" }] });
    expect(r.statements[0]?.speaker).toBe("Ukraine");
  });
});

describe("actors Faultline already holds (an editor's knownActors) never cost what the engine finds without them", () => {
  const said = (text: string, knownActors: { name: string; aliases: string[]; kind: string }[]) =>
    extractArticle({ text, publishedOn: "2025-09-07", title: "T", knownActors, rulesOnly: true });
  it("keeps a capital held as a state's alias a place: talks in it are no act of the state", () => {
    const text = "Trump held talks in Lisbon on Monday with officials.";
    const r = said(text, [{ name: "Portugal", aliases: ["Lisbon"], kind: "state" }]);
    expect(r.actors.map((a) => a.name)).not.toContain("Portugal");
  });
  it("folds a known person named in full with another spelling of the surname into one actor", () => {
    const text = 'President Volodymyr Zelensky, who arrived in Riga on Tuesday, met the prime minister. "We stand together," Zelensky told reporters.';
    const r = said(text, [{ name: "Volodymyr Zelenskiy", aliases: ["Zelenskiy", "Zelensky"], kind: "person" }]);
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Volodymyr Zelensky"]);
  });
  it("gives a known person the gazetteer lists its office, as without known actors", () => {
    const r = said("Trump met Finnish leaders in Helsinki on Monday.", [{ name: "Donald Trump", aliases: ["Trump"], kind: "person" }]);
    expect(r.actors.find((a) => a.name === "Donald Trump")?.role).toBe("President of the United States");
  });
  it("gives the surname to the person the article names in full, not to a known namesake", () => {
    const text = 'Deputy Foreign Minister Pavlo Hrytsenko met the envoy on Tuesday. "We will study the proposal," Hrytsenko said.';
    const r = said(text, [{ name: "Oksana Hrytsenko", aliases: ["Hrytsenko"], kind: "person" }]);
    expect(r.statements[0]?.speaker).toBe("Pavlo Hrytsenko");
  });
  it("reads a known person's one-word first name as the start of another person's full name", () => {
    const text = 'Halyna Bondarenko, a nurse at the field hospital, said most wounds now came from drones. "It used to be shells," she said.';
    const r = said(text, [{ name: "Halyna", aliases: [], kind: "person" }]);
    expect(r.statements.map((s) => s.speaker)).toEqual(["Halyna Bondarenko", "Halyna Bondarenko"]);
  });
  it("scans a known person's titled alias as the name, so the office's body is still mentioned", () => {
    const text = "Nato Secretary General Jaap Korver told ministers on Friday that output had doubled.";
    const r = said(text, [{ name: "Jaap Korver", aliases: ["Nato Secretary General Jaap Korver"], kind: "person" }]);
    expect(r.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Jaap Korver", "Nato"]));
    expect(r.statements[0]?.speaker).toBe("Jaap Korver");
  });
  it("folds a known person's surname into them once the article names them in full", () => {
    const text = "Defence Minister Anton Berglund announced the package on Monday. Speaking in Canberra, Berglund said the tanks had all been delivered.";
    const r = said(text, [{ name: "Anton Berglund", aliases: [], kind: "person" }]);
    expect(r.statements[0]?.speaker).toBe("Anton Berglund");
  });
  it("reads an alias two known actors share as without them ('Russian forces': the state acting)", () => {
    const text = "Russian forces captured the village of Dobropillia on Monday, the General Staff said.";
    const known = [{ name: "Armed Forces of Russia", aliases: ["Russian forces"], kind: "armed_force" }, { name: "Russia", aliases: ["Russian forces"], kind: "state" }];
    expect(said(text, known).events[0]?.actorRoles).toEqual(said(text, []).events[0]?.actorRoles);
  });
  it("reads a plural title before a known person's full name as no part of the name", () => {
    const text = 'Peskov said a meeting between Presidents Vladimir Putin and Volodymyr Zelenskyy "must be well prepared".';
    const names = said(text, [{ name: "Vladimir Putin", aliases: ["Putin"], kind: "person" }]).actors.map((a) => a.name);
    expect(names).toContain("Vladimir Putin");
    expect(names).not.toContain("Presidents Vladimir Putin");
  });
  it("gives a known person the office the article titles them with ('the ministry' is then theirs)", () => {
    const text = "Ukraine's Energy Minister Oksana Lytvyn told parliament on Monday that storage would hold. Lytvyn said the ministry had asked partners for turbines.";
    const r = said(text, [{ name: "Oksana Lytvyn", aliases: [], kind: "person" }]);
    expect(r.actors.map((a) => a.name)).toContain("Ukrainian Energy Ministry");
    expect(r.statements.map((s) => s.speaker)).toEqual(["Oksana Lytvyn", "Oksana Lytvyn"]);
  });
  it("reads an embassy named with a known state's capital as without known actors", () => {
    const text = "Kyiv's embassy in Warsaw said the two were Ukrainian citizens.";
    const r = said(text, [{ name: "Ukraine", aliases: ["Kyiv"], kind: "state" }]);
    expect(r.statements[0]?.speaker).toBe("Ukrainian embassy in Warsaw");
  });
  it("gives a known person the lower-case office before the name, so 'the regional governor' is them", () => {
    const text = 'Drones struck the city of Sumy overnight, killing two people, the regional governor said on Wednesday. "The enemy targeted homes," Sumy governor Taras Hrytsak said.';
    const r = said(text, [{ name: "Taras Hrytsak", aliases: ["Hrytsak"], kind: "person" }]);
    expect(r.statements.map((s) => s.speaker)).toEqual(["Taras Hrytsak", "Taras Hrytsak"]);
  });
  it("gives a surname after a role noun to the known person the article names in full, not to a known namesake", () => {
    const text = 'Minister Anja Kessler met her Moldovan counterpart Orlov in Berlin on Monday. Kessler had welcomed Moldova\'s economy minister Dmitri Orlov at the airport. "We will rebuild the bridge together," Orlov said.';
    const r = said(text, [{ name: "Pavel Orlov", aliases: ["Orlov"], kind: "person" }, { name: "Dmitri Orlov", aliases: ["Orlov", "Mr Orlov"], kind: "person" }]);
    expect(r.statements.map((s) => s.speaker)).toEqual(["Dmitri Orlov"]);
    expect(r.actors.map((a) => a.name)).not.toContain("Pavel Orlov");
  });
  it("gives a surname after a title to the only known person of that surname, though the article never names them in full", () => {
    const text = 'Chancellor Lindqvist called President Aurel Moraru on Friday. After the call, Lindqvist said the talks had gone well.';
    const r = said(text, [{ name: "Henrik Lindqvist", aliases: ["Chancellor Henrik Lindqvist"], kind: "person" }]);
    expect(r.actors.map((a) => a.name)).toContain("Henrik Lindqvist");
    expect(r.actors.map((a) => a.name)).not.toContain("Lindqvist");
  });
  it("reads a known person's titled alias in another spelling as an office and the name, named as the article spells it", () => {
    const text = "Defence Minister Andrei Volkov said on Tuesday that the shipyard would reopen in spring.";
    const r = said(text, [{ name: "Andrey Volkov", aliases: ["Andrei Volkov", "Volkov", "Defence Minister Andrei Volkov"], kind: "person" }]);
    expect(r.actors.map((a) => [a.name, a.aliases])).toEqual([["Andrei Volkov", ["Andrey Volkov"]]]);
    expect(r.statements[0]?.speaker).toBe("Andrei Volkov");
  });
  it("reads a known actor named after a place the lexicon knows as a place where it stands as one ('across Europe')", () => {
    const text = "Gas prices across Europe rose on Monday. Trade in Europe slowed, Macron said.";
    expect(said(text, [{ name: "Europe", aliases: ["Europeans"], kind: "other" }]).actors.map((a) => a.name)).toEqual(["Emmanuel Macron"]);
    expect(said("Europe must act now, Macron said.", [{ name: "Europe", aliases: [], kind: "other" }]).actors.map((a) => a.name)).toContain("Europe");
  });
  it("reads a known person's first-name alias as nobody in particular in another article", () => {
    const text = 'Mariana, a teacher from Kherson, said the shelling never stopped. "We sleep in the corridor," Mariana said.';
    const r = said(text, [{ name: "Mariana Tkachuk", aliases: ["Mariana"], kind: "person" }]);
    expect(r.statements.map((s) => s.speaker)).toEqual(said(text, []).statements.map((s) => s.speaker));
    expect(r.actors.map((a) => a.name)).not.toContain("Mariana Tkachuk");
  });
});
