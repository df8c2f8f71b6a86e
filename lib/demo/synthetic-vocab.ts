import type { ActorKind, EventRole, EventType } from "@/lib/generated/prisma/enums";
import type { Rng } from "./synthetic-random";

// The words of the synthetic news: named actors, places, quotes and event templates.

export type ActorSeed = { name: string; kind: ActorKind; country?: string; role?: string };
const A = (name: string, kind: ActorKind, country?: string, role?: string): ActorSeed => ({ name, kind, country, role });

export const SYNTHETIC_ACTORS: ActorSeed[] = [
  A("Vladimir Putin", "person", "Russia", "President of Russia"),
  A("Volodymyr Zelenskiy", "person", "Ukraine", "President of Ukraine"),
  A("Donald Trump", "person", "United States", "President of the United States"),
  A("Emmanuel Macron", "person", "France", "President of France"),
  A("Keir Starmer", "person", "United Kingdom", "Prime Minister of the United Kingdom"),
  A("Friedrich Merz", "person", "Germany", "Chancellor of Germany"),
  A("Recep Tayyip Erdogan", "person", "Turkey", "President of Turkey"),
  A("Xi Jinping", "person", "China", "President of China"),
  A("Sergei Lavrov", "person", "Russia", "Foreign Minister of Russia"),
  A("Dmitry Peskov", "person", "Russia", "Kremlin spokesman"),
  A("Dmitry Medvedev", "person", "Russia", "Deputy Chairman of the Security Council"),
  A("Andrii Sybiha", "person", "Ukraine", "Foreign Minister of Ukraine"),
  A("Oleksandr Syrskyi", "person", "Ukraine", "Commander-in-Chief of the Armed Forces of Ukraine"),
  A("Yuliia Svyrydenko", "person", "Ukraine", "Prime Minister of Ukraine"),
  A("Marco Rubio", "person", "United States", "Secretary of State"),
  A("Steve Witkoff", "person", "United States", "Special Envoy"),
  A("Pete Hegseth", "person", "United States", "Secretary of War"),
  A("Ursula von der Leyen", "person", undefined, "President of the European Commission"),
  A("Kaja Kallas", "person", undefined, "EU High Representative"),
  A("Mark Rutte", "person", undefined, "Nato Secretary General"),
  A("Rafael Grossi", "person", undefined, "Director General of the IAEA"),
  A("Russia", "state", "Russia"),
  A("Ukraine", "state", "Ukraine"),
  A("United States", "state", "United States"),
  A("Germany", "state", "Germany"),
  A("United Kingdom", "state", "United Kingdom"),
  A("France", "state", "France"),
  A("Poland", "state", "Poland"),
  A("Kremlin", "government", "Russia"),
  A("Bankova", "government", "Ukraine"),
  A("White House", "government", "United States"),
  A("Armed Forces of Russia", "armed_force", "Russia"),
  A("Armed Forces of Ukraine", "armed_force", "Ukraine"),
  A("Azov", "armed_force", "Ukraine"),
  A("Nato", "alliance"),
  A("European Union", "alliance"),
  A("Coalition of the willing", "alliance"),
  A("United Nations", "organization"),
  A("IAEA", "organization"),
  A("Gazprom", "organization", "Russia"),
  A("Naftogaz", "organization", "Ukraine"),
  A("Ukrenergo", "organization", "Ukraine"),
];

export const UA_CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Chernihiv", "Mykolaiv", "Kherson", "Kryvyi Rih", "Poltava", "Ternopil", "Izmail", "Bila Tserkva"];
export const RU_PLACES = ["Belgorod", "Kursk", "Bryansk", "Moscow region", "Voronezh", "Rostov-on-Don", "Krasnodar", "Sevastopol, Crimea"];
export const FRONT = ["Pokrovsk", "Kupiansk", "Chasiv Yar", "Toretsk", "Vovchansk", "Kostiantynivka", "Huliaipole", "Siversk", "Lyman", "Myrnohrad", "Kurakhove", "Velyka Novosilka", "Robotyne", "Vuhledar"];
const RU_ENERGY = ["Ryazan oil refinery", "Volgograd refinery", "Tuapse refinery", "Novorossiysk oil terminal", "Saratov refinery", "Druzhba oil pipeline", "Ust-Luga port", "Syzran refinery"];
const UA_ENERGY = ["Burshtyn power plant", "Kyiv thermal power plant", "Odesa substation", "Kharkiv power grid", "Dnipro hydroelectric station", "Trypilska power plant", "Zaporizhzhia nuclear power plant"];
export const VENUES = ["Istanbul", "Geneva", "Riyadh", "Jeddah", "Washington", "Brussels", "Paris", "London", "Anchorage, Alaska", "Abu Dhabi", "Rome", "Berlin", "Kyiv", "Moscow", "Beijing"];
const LEADERS = ["Vladimir Putin", "Volodymyr Zelenskiy", "Donald Trump", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Recep Tayyip Erdogan", "Xi Jinping"];
const DONORS = ["United States", "Germany", "United Kingdom", "France", "Poland", "European Union", "Nato"];
const SANCTIONERS = ["European Union", "United States", "United Kingdom"];
const WARNERS = ["Vladimir Putin", "Dmitry Medvedev", "Sergei Lavrov", "Dmitry Peskov", "Kremlin"];
export const SPEAKERS = ["Vladimir Putin", "Volodymyr Zelenskiy", "Donald Trump", "Sergei Lavrov", "Dmitry Peskov", "Andrii Sybiha", "Marco Rubio", "Kaja Kallas", "Mark Rutte", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz"];
export const QUOTES = [
  "We are ready for talks, but not at the price of our sovereignty",
  "There can be no ceasefire while the strikes continue",
  "The security guarantees must be concrete and binding",
  "Our position has not changed",
  "Every week of delay costs lives",
  "Europe must take more responsibility for its own security",
  "We will respond to any escalation",
  "The sanctions are working and they will be tightened",
  "Air defence is the first priority for this winter",
  "Diplomacy is the only way to end this war",
  "Nobody will recognise the occupation of Ukrainian land",
  "The front line is stable but the pressure is enormous",
];

export type Draft = {
  type: EventType;
  title: string;
  sentence: string;
  place: string | null;
  actors: [string, EventRole][];
  fatalities: number | null;
};


export const TYPES: (readonly [EventType, number])[] = [
  ["missile_drone_strike", 22], ["ground_battle", 12], ["energy_infrastructure_attack", 10], ["ground_advance", 8],
  ["summit_talks", 8], ["aid_arms_decision", 8], ["phone_call", 6], ["sanctions", 6], ["proposal", 5],
  ["threat_warning", 4], ["casualties", 3], ["rejection", 3], ["agreement_ceasefire", 3], ["political_change", 2], ["other", 2],
];

export function draftEvent(r: Rng): Draft {
  const type = r.weighted(TYPES);
  const two = (pool: string[]) => {
    const a = r.pick(pool);
    let b = r.pick(pool);
    while (b === a) b = r.pick(pool);
    return [a, b] as const;
  };
  switch (type) {
    case "missile_drone_strike": {
      if (r.chance(0.25)) {
        const place = r.pick(RU_PLACES);
        return { type, place, title: `Ukrainian drones hit ${place}`, sentence: `Ukrainian drones struck targets in ${place} overnight, local officials said.`, actors: [["Ukraine", "initiator"], ["Russia", "target"]], fatalities: r.chance(0.3) ? r.int(0, 4) : null };
      }
      const place = r.pick(UA_CITIES);
      const killed = r.chance(0.7) ? r.int(0, 30) : null;
      return {
        type, place, title: `Russian missile and drone attack on ${place}`,
        sentence: `Russia launched missiles and drones at ${place} overnight${killed ? `, killing ${killed} people` : ""}, according to the regional administration.`,
        actors: [["Armed Forces of Russia", "initiator"], ["Ukraine", "target"]], fatalities: killed,
      };
    }
    case "energy_infrastructure_attack": {
      if (r.chance(0.55)) {
        const place = r.pick(RU_ENERGY);
        return { type, place, title: `Ukraine strikes the ${place}`, sentence: `Ukrainian long-range drones hit the ${place}, starting a fire that burned for hours.`, actors: [["Ukraine", "initiator"], ["Russia", "target"]], fatalities: null };
      }
      const place = r.pick(UA_ENERGY);
      return { type, place, title: `Russian strike damages the ${place}`, sentence: `A Russian strike damaged the ${place}, causing power cuts across the region, Ukrenergo said.`, actors: [["Russia", "initiator"], ["Ukrenergo", "target"]], fatalities: r.chance(0.2) ? r.int(0, 3) : null };
    }
    case "ground_battle": {
      const place = r.pick(FRONT);
      const killed = r.chance(0.4) ? r.int(1, 60) : null;
      return { type, place, title: `Fighting intensifies around ${place}`, sentence: `Heavy fighting continued around ${place} as Russian assault groups tried to break through Ukrainian lines.`, actors: [["Armed Forces of Russia", "initiator"], ["Armed Forces of Ukraine", "target"]], fatalities: killed };
    }
    case "ground_advance": {
      const place = r.pick(FRONT);
      return r.chance(0.7)
        ? { type, place, title: `Russian forces advance near ${place}`, sentence: `Russian forces advanced up to ${r.int(1, 9)}km near ${place}, according to open-source maps.`, actors: [["Armed Forces of Russia", "initiator"]], fatalities: null }
        : { type, place, title: `Ukrainian forces retake positions near ${place}`, sentence: `Ukrainian troops pushed Russian units back from positions near ${place}, the General Staff said.`, actors: [["Armed Forces of Ukraine", "initiator"]], fatalities: null };
    }
    case "casualties": {
      const place = r.pick(UA_CITIES);
      const killed = r.int(2, 40);
      return { type, place, title: `Civilian toll rises in the ${place} region`, sentence: `At least ${killed} civilians were killed in the ${place} region over the past week, officials said.`, actors: [["Ukraine", "participant"]], fatalities: killed };
    }
    case "summit_talks": {
      const [a, b] = two(LEADERS);
      const place = r.pick(VENUES);
      return { type, place, title: `${a} and ${b} meet in ${place}`, sentence: `${a} and ${b} held talks in ${place} on ending the war.`, actors: [[a, "participant"], [b, "participant"]], fatalities: null };
    }
    case "phone_call": {
      const [a, b] = two(LEADERS);
      return { type, place: null, title: `${a} calls ${b}`, sentence: `${a} spoke by phone with ${b} about a possible ceasefire.`, actors: [[a, "initiator"], [b, "target"]], fatalities: null };
    }
    case "proposal": {
      const [a, b] = two(LEADERS);
      return { type, place: null, title: `${a} proposes a new round of talks`, sentence: `${a} proposed a new round of talks, inviting ${b} to take part.`, actors: [[a, "initiator"], [b, "target"]], fatalities: null };
    }
    case "rejection": {
      const [a, b] = two(LEADERS);
      return { type, place: null, title: `${a} rejects ${b}'s peace plan`, sentence: `${a} rejected the plan put forward by ${b} as unacceptable.`, actors: [[a, "initiator"], [b, "target"]], fatalities: null };
    }
    case "agreement_ceasefire": {
      const n = r.int(50, 400);
      return { type, place: r.pick(["Istanbul", "Abu Dhabi", "Belarus–Ukraine border"]), title: `Russia and Ukraine exchange ${n} prisoners each`, sentence: `Russia and Ukraine exchanged ${n} prisoners each in a deal brokered by the United Arab Emirates.`, actors: [["Russia", "participant"], ["Ukraine", "participant"]], fatalities: null };
    }
    case "aid_arms_decision": {
      const donor = r.pick(DONORS);
      const bn = (r.int(2, 80) / 10).toFixed(1);
      return { type, place: null, title: `${donor} announces €${bn}bn military aid package for Ukraine`, sentence: `${donor} announced a military aid package worth €${bn}bn, including air defence systems and artillery ammunition.`, actors: [[donor, "initiator"], ["Ukraine", "target"]], fatalities: null };
    }
    case "sanctions": {
      const who = r.pick(SANCTIONERS);
      return { type, place: who === "European Union" ? "Brussels" : who === "United States" ? "Washington" : "London", title: `${who} adopts new sanctions against Russia's oil sector`, sentence: `The ${who} adopted new sanctions targeting Russian oil exports and the shadow fleet of tankers.`, actors: [[who, "initiator"], ["Russia", "target"]], fatalities: null };
    }
    case "threat_warning": {
      const who = r.pick(WARNERS);
      const target = r.pick(["Nato", "European Union", "Coalition of the willing", "United Kingdom"]);
      return { type, place: r.chance(0.4) ? "Moscow" : null, title: `${who} warns ${target} against sending troops`, sentence: `${who} warned that any foreign troops sent to Ukraine would be treated as legitimate targets.`, actors: [[who, "initiator"], [target, "target"]], fatalities: null };
    }
    case "political_change": {
      return { type, place: "Kyiv", title: "Ukraine reshuffles its government", sentence: "Ukraine's parliament approved a government reshuffle, appointing new ministers of defence and energy.", actors: [["Bankova", "initiator"]], fatalities: null };
    }
    default:
      return { type: "other", place: r.pick([...UA_CITIES, null]), title: "IAEA reports drone activity near nuclear plant", sentence: "The IAEA reported drone activity near a nuclear power plant and called for restraint.", actors: [["IAEA", "participant"]], fatalities: null };
  }
}


// Generated people beyond the named ones: first names × surnames per country, enough for 20,000 actors.
export const PEOPLE: Record<string, { first: string[]; last: string[]; roles: string[] }> = {
  Ukraine: {
    first: ["Oleksandr", "Andrii", "Serhii", "Mykola", "Yurii", "Dmytro", "Oleh", "Vitalii", "Ihor", "Taras", "Bohdan", "Roman", "Vasyl", "Maksym", "Olena", "Iryna", "Oksana", "Nataliia", "Tetiana", "Yuliia", "Kateryna", "Halyna", "Liudmyla", "Viktoriia", "Svitlana"],
    last: ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk", "Shevchuk", "Polishchuk", "Lysenko", "Marchenko", "Moroz", "Savchenko", "Rudenko", "Melnyk", "Boiko", "Kovalchuk", "Tkachuk", "Ponomarenko", "Klymenko", "Pavlenko", "Hrytsenko", "Honcharenko", "Zinchenko", "Levchenko", "Kuzmenko", "Fedorenko", "Ivashchenko", "Karpenko", "Vlasenko", "Yarmolenko"],
    roles: ["member of the Verkhovna Rada", "governor of the {city} region", "mayor of {city}", "deputy defence minister", "deputy foreign minister", "spokesperson for the General Staff", "commander of a brigade near {front}", "energy minister adviser", "head of the {city} military administration", "Ukrainian analyst"],
  },
  Russia: {
    first: ["Aleksandr", "Sergei", "Dmitry", "Andrei", "Alexei", "Mikhail", "Nikolai", "Igor", "Vladimir", "Yevgeny", "Pavel", "Viktor", "Anatoly", "Maria", "Yelena", "Olga", "Natalia", "Tatyana", "Irina", "Valentina", "Anna", "Svetlana"],
    last: ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Solovyov", "Vasilyev", "Zaitsev", "Pavlov", "Semyonov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Fyodorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Orlov", "Kiselyov", "Makarov"],
    roles: ["State Duma deputy", "governor of the {ru} region", "deputy foreign minister of Russia", "Russian defence ministry spokesman", "Kremlin adviser", "Russian military blogger", "head of a Russian energy company", "senator in the Federation Council"],
  },
  "United States": {
    first: ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen"],
    last: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen"],
    roles: ["US senator", "member of the House Armed Services Committee", "State Department spokesperson", "Pentagon official", "US ambassador to Nato", "White House national security adviser", "American analyst"],
  },
  Europe: {
    first: ["Lars", "Jan", "Pieter", "Marco", "Luca", "Javier", "Pierre", "Jean", "Klaus", "Stefan", "Tomasz", "Piotr", "Anna", "Sophie", "Claire", "Ingrid", "Katarzyna", "Elena", "Giulia", "Marta"],
    last: ["Jansen", "de Vries", "Rossi", "Bianchi", "Garcia", "Martinez", "Dubois", "Lefebvre", "Schneider", "Fischer", "Weber", "Becker", "Nowak", "Kowalski", "Wisniewski", "Lindqvist", "Andersen", "Nielsen", "Virtanen", "Horvath", "Novak", "Popescu"],
    roles: ["foreign minister", "defence minister", "member of the European Parliament", "EU ambassador", "prime minister", "Nato military committee member", "European energy commissioner adviser", "think-tank analyst"],
  },
};

export const ORGANIZATION_SEEDS: { name: string; alias: string; kind: ActorKind }[] = [
  { name: "Ministry of Defence of Ukraine", alias: "MoD Ukraine", kind: "government" },
  { name: "Ministry of Defence of Russia", alias: "MoD Russia", kind: "government" },
  { name: "Security Service of Ukraine", alias: "SBU", kind: "government" },
  { name: "Main Intelligence Directorate of Ukraine", alias: "HUR", kind: "government" },
  { name: "Federal Security Service", alias: "FSB", kind: "government" },
  { name: "Institute for the Study of War", alias: "ISW", kind: "organization" },
  { name: "International Monetary Fund", alias: "IMF", kind: "organization" },
  { name: "World Bank", alias: "WB", kind: "organization" },
  { name: "Organization for Security and Co-operation in Europe", alias: "OSCE", kind: "organization" },
  { name: "International Committee of the Red Cross", alias: "ICRC", kind: "organization" },
  { name: "National Bank of Ukraine", alias: "NBU", kind: "organization" },
  { name: "Central Bank of Russia", alias: "CBR", kind: "organization" },
  { name: "Rosatom", alias: "Rosatom", kind: "organization" },
  { name: "Energoatom", alias: "Energoatom", kind: "organization" },
  { name: "Reuters", alias: "Reuters", kind: "media" },
  { name: "TASS", alias: "TASS", kind: "media" },
  { name: "Ukrainska Pravda", alias: "UP", kind: "media" },
];

/** The topics of articles and statements; the first four are the demo's, so they are shared. */
export const TOPICS = ["Peacekeepers", "Peace talks", "Energy war", "Front line", "Air war", "Sanctions", "Military aid", "Prisoner exchanges", "Nuclear safety", "Economy", "Civilian casualties", "Domestic politics", "Diplomacy", "Security guarantees", "Black Sea", "Mobilisation"];

const EVENT_TOPIC: Partial<Record<EventType, string>> = {
  summit_talks: "Diplomacy", phone_call: "Diplomacy", proposal: "Peace talks", rejection: "Peace talks",
  agreement_ceasefire: "Prisoner exchanges", missile_drone_strike: "Air war", energy_infrastructure_attack: "Energy war",
  ground_battle: "Front line", ground_advance: "Front line", aid_arms_decision: "Military aid", sanctions: "Sanctions",
  threat_warning: "Peacekeepers", casualties: "Civilian casualties", political_change: "Domestic politics", other: "Nuclear safety",
};
export const topicOfEvent = (type: EventType) => EVENT_TOPIC[type] ?? "Diplomacy";

/** What people say, by topic: direct quotes (in their own words) and paraphrases (reported). */
export const CLAIMS: { topic: string; quote: string; paraphrase: string }[] = [
  { topic: "Peace talks", quote: "We are ready for talks, but not at the price of our sovereignty", paraphrase: "talks could resume only if Ukraine's sovereignty was respected" },
  { topic: "Peace talks", quote: "Diplomacy is the only way to end this war", paraphrase: "diplomacy remained the only way to end the war" },
  { topic: "Peace talks", quote: "Our position has not changed", paraphrase: "the government's position on the talks had not changed" },
  { topic: "Peace talks", quote: "There can be no ceasefire while the strikes continue", paraphrase: "a ceasefire was impossible while the strikes continued" },
  { topic: "Peace talks", quote: "The next round of negotiations must bring results", paraphrase: "the next round of negotiations had to produce results" },
  { topic: "Security guarantees", quote: "The security guarantees must be concrete and binding", paraphrase: "any security guarantees had to be legally binding" },
  { topic: "Security guarantees", quote: "Ukraine needs guarantees that work on the first day", paraphrase: "guarantees for Ukraine had to work from the first day of a ceasefire" },
  { topic: "Peacekeepers", quote: "Any foreign troops in Ukraine would be legitimate targets", paraphrase: "foreign troops deployed in Ukraine would be treated as legitimate targets" },
  { topic: "Peacekeepers", quote: "European troops will only deploy after a ceasefire", paraphrase: "European troops would deploy only once a ceasefire was in place" },
  { topic: "Air war", quote: "Air defence is the first priority for this winter", paraphrase: "air defence was the first priority before the winter" },
  { topic: "Air war", quote: "Every night they send hundreds of drones against our cities", paraphrase: "Russia was launching hundreds of drones against Ukrainian cities every night" },
  { topic: "Energy war", quote: "They are trying to freeze our people into submission", paraphrase: "the strikes on the grid were meant to leave civilians without heat" },
  { topic: "Energy war", quote: "The refineries will keep burning until the attacks stop", paraphrase: "strikes on Russian refineries would continue until the attacks on Ukraine's grid stopped" },
  { topic: "Front line", quote: "The front line is stable but the pressure is enormous", paraphrase: "the front was holding under enormous pressure" },
  { topic: "Front line", quote: "Our troops are holding their positions", paraphrase: "Ukrainian troops were holding their positions" },
  { topic: "Front line", quote: "The enemy is losing thousands of men for every village", paraphrase: "the attackers were losing thousands of soldiers for each village" },
  { topic: "Sanctions", quote: "The sanctions are working and they will be tightened", paraphrase: "the sanctions were working and would be tightened" },
  { topic: "Sanctions", quote: "The shadow fleet must be stopped", paraphrase: "the shadow fleet of tankers had to be stopped" },
  { topic: "Military aid", quote: "We need more Patriot systems, and we need them now", paraphrase: "Ukraine urgently needed more Patriot systems" },
  { topic: "Military aid", quote: "Our support for Ukraine will continue as long as it takes", paraphrase: "support for Ukraine would continue as long as necessary" },
  { topic: "Economy", quote: "The economy is under strain but it is not collapsing", paraphrase: "the economy was under strain but not collapsing" },
  { topic: "Economy", quote: "Inflation will come down next year", paraphrase: "inflation would ease next year" },
  { topic: "Nuclear safety", quote: "Military activity near the nuclear plant must stop", paraphrase: "military activity near the nuclear plant had to stop" },
  { topic: "Prisoner exchanges", quote: "We will bring every one of our people home", paraphrase: "every prisoner of war would be brought home" },
  { topic: "Civilian casualties", quote: "This was a deliberate strike on civilians", paraphrase: "the strike had deliberately targeted civilians" },
  { topic: "Domestic politics", quote: "The government will present its reforms next month", paraphrase: "the government would present its reforms the following month" },
  { topic: "Diplomacy", quote: "Europe must take more responsibility for its own security", paraphrase: "Europe had to take more responsibility for its own security" },
  { topic: "Diplomacy", quote: "We will respond to any escalation", paraphrase: "any escalation would be answered" },
  { topic: "Black Sea", quote: "Shipping in the Black Sea must remain free", paraphrase: "shipping in the Black Sea had to remain free" },
  { topic: "Mobilisation", quote: "There are no plans for a new wave of mobilisation", paraphrase: "there were no plans for another wave of mobilisation" },
];

/** Endings that vary direct quotes: "We will respond to any escalation, and everyone knows it". */
export const QUOTE_TAILS = ["", "", "", ", and everyone knows it", " — this is our position", ", whatever Moscow says", ", whatever Kyiv says", " and we will not accept anything less", ", as we have said many times"];
export const SAY_VERBS = ["said", "told reporters", "said in a statement", "wrote on Telegram", "said in a televised address", "told a news conference"];
export const FILLERS = [
  "The situation remained tense across the region.",
  "Officials did not give further details.",
  "The claims could not be independently verified.",
  "Markets reacted calmly to the news.",
  "Air raid alerts sounded in several regions during the day.",
  "Diplomats said consultations would continue in the coming days.",
];
