import { addDays, format, startOfWeek } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActorKind, DatePrecision, EventRole, EventType } from "@/lib/generated/prisma/enums";
import { rangeFor } from "@/lib/dates/partial-date";
import { slugify } from "@/lib/text/slug";

// A deterministic generator of realistic-looking war-and-diplomacy news: articles, actors,
// statements and events spread over a period, for testing and benchmarking at scale. Same seed,
// same data; no network. Rows are keyed by the seed ("syn<seed>…", "synthetic-<seed>-…").

export type SyntheticOptions = {
  events: number;
  seed?: number;
  /** First day of the period, YYYY-MM-DD. */
  start?: string;
  days?: number;
};

export class SyntheticError extends Error {}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const weighted = <T,>(items: readonly (readonly [T, number])[]): T => {
    let r = next() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

type ActorSeed = { name: string; kind: ActorKind; country?: string; role?: string };
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

const UA_CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Chernihiv", "Mykolaiv", "Kherson", "Kryvyi Rih", "Poltava", "Ternopil", "Izmail", "Bila Tserkva"];
const RU_PLACES = ["Belgorod", "Kursk", "Bryansk", "Moscow region", "Voronezh", "Rostov-on-Don", "Krasnodar", "Sevastopol, Crimea"];
const FRONT = ["Pokrovsk", "Kupiansk", "Chasiv Yar", "Toretsk", "Vovchansk", "Kostiantynivka", "Huliaipole", "Siversk", "Lyman", "Myrnohrad", "Kurakhove", "Velyka Novosilka", "Robotyne", "Vuhledar"];
const RU_ENERGY = ["Ryazan oil refinery", "Volgograd refinery", "Tuapse refinery", "Novorossiysk oil terminal", "Saratov refinery", "Druzhba oil pipeline", "Ust-Luga port", "Syzran refinery"];
const UA_ENERGY = ["Burshtyn power plant", "Kyiv thermal power plant", "Odesa substation", "Kharkiv power grid", "Dnipro hydroelectric station", "Trypilska power plant", "Zaporizhzhia nuclear power plant"];
const VENUES = ["Istanbul", "Geneva", "Riyadh", "Jeddah", "Washington", "Brussels", "Paris", "London", "Anchorage, Alaska", "Abu Dhabi", "Rome", "Berlin", "Kyiv", "Moscow", "Beijing"];
const LEADERS = ["Vladimir Putin", "Volodymyr Zelenskiy", "Donald Trump", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Recep Tayyip Erdogan", "Xi Jinping"];
const DONORS = ["United States", "Germany", "United Kingdom", "France", "Poland", "European Union", "Nato"];
const SANCTIONERS = ["European Union", "United States", "United Kingdom"];
const WARNERS = ["Vladimir Putin", "Dmitry Medvedev", "Sergei Lavrov", "Dmitry Peskov", "Kremlin"];
const SPEAKERS = ["Vladimir Putin", "Volodymyr Zelenskiy", "Donald Trump", "Sergei Lavrov", "Dmitry Peskov", "Andrii Sybiha", "Marco Rubio", "Kaja Kallas", "Mark Rutte", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz"];
const QUOTES = [
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

type Draft = {
  type: EventType;
  title: string;
  sentence: string;
  place: string | null;
  actors: [string, EventRole][];
  fatalities: number | null;
};

type Rng = ReturnType<typeof prng>;

const TYPES: (readonly [EventType, number])[] = [
  ["missile_drone_strike", 22], ["ground_battle", 12], ["energy_infrastructure_attack", 10], ["ground_advance", 8],
  ["summit_talks", 8], ["aid_arms_decision", 8], ["phone_call", 6], ["sanctions", 6], ["proposal", 5],
  ["threat_warning", 4], ["casualties", 3], ["rejection", 3], ["agreement_ceasefire", 3], ["political_change", 2], ["other", 2],
];

function draftEvent(r: Rng): Draft {
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

const ISO = (d: Date) => format(new UTCDate(d), "yyyy-MM-dd");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const PRECISIONS: (readonly [DatePrecision, number])[] = [["day", 60], ["week", 11], ["month", 10], ["quarter", 2], ["year", 1], ["unknown", 16]];

function dateFor(r: Rng, published: Date): { start: Date | null; end: Date | null; precision: DatePrecision; text: string | null } {
  const precision = r.weighted(PRECISIONS);
  const when = addDays(published, -r.int(0, precision === "day" ? 6 : 20));
  switch (precision) {
    case "day":
      return { ...rangeFor(when, "day"), text: `on ${format(new UTCDate(when), "MMMM d")}` };
    case "week": {
      const monday = startOfWeek(new UTCDate(when), { weekStartsOn: 1 });
      return { ...rangeFor(monday, "week"), text: r.pick(["last week", "earlier this week", "this week"]) };
    }
    case "month":
      return { ...rangeFor(when, "month"), text: `in ${format(new UTCDate(when), "MMMM")}` };
    case "quarter":
      return { ...rangeFor(when, "quarter"), text: "earlier this quarter" };
    case "year":
      return { ...rangeFor(when, "year"), text: "this year" };
    default:
      return { start: null, end: null, precision: "unknown", text: r.chance(0.5) ? r.pick(["recently", "in the meantime", "in recent weeks"]) : null };
  }
}

export type SyntheticData = ReturnType<typeof generateSynthetic>;

/** The rows to insert, as plain objects; the same options always give the same rows. */
export function generateSynthetic({ events, seed = 1, start = "2024-01-01", days = 730 }: SyntheticOptions) {
  if (!Number.isInteger(events) || events < 1) throw new SyntheticError("events must be a positive whole number");
  const r = prng(seed);
  const base = day(start);
  const prefix = `syn${seed}`;
  const actors = SYNTHETIC_ACTORS.map((a) => ({ ...a, slug: slugify(a.name) }));
  const articles: { id: string; slug: string; title: string; standfirst: string; body: string; publishedOn: Date; createdAt: Date }[] = [];
  const statements: { id: string; articleId: string; speaker: string; text: string; saidOn: Date; spanStart: number; spanEnd: number; verified: boolean }[] = [];
  const eventRows: { id: string; title: string; type: EventType; startDate: Date | null; endDate: Date | null; datePrecision: DatePrecision; dateText: string | null; place: string | null; fatalities: number | null; verified: boolean; createdAt: Date }[] = [];
  const eventActors: { eventId: string; actor: string; role: EventRole }[] = [];
  const eventArticles: { eventId: string; articleId: string; spanStart: number; spanEnd: number }[] = [];
  const mentions: { articleId: string; actor: string; count: number }[] = [];

  // Articles in date order, with about five events each, until the requested number of events.
  const articleCount = Math.max(1, Math.ceil(events / 5.5));
  const offsets = Array.from({ length: articleCount }, () => r.int(0, days - 1)).sort((a, b) => a - b);
  let made = 0;
  for (let i = 0; i < articleCount && made < events; i++) {
    const remaining = events - made;
    const left = articleCount - i;
    const k = left === 1 ? remaining : Math.min(remaining, Math.max(1, Math.round(remaining / left) + r.int(-3, 3)));
    const published = addDays(base, offsets[i]);
    const createdAt = new Date(published.getTime() + r.int(6, 20) * 3_600_000);
    const articleId = `${prefix}a${i}`;
    const paragraphs: string[] = [];
    let body = "";
    const append = (sentence: string) => {
      if (body) body += paragraphs.length % 2 ? " " : "\n\n";
      const at = body.length;
      body += sentence;
      paragraphs.push(sentence);
      return at;
    };
    const counts = new Map<string, number>();
    const mention = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
    let headline = "";
    for (let j = 0; j < k; j++, made++) {
      const draft = draftEvent(r);
      const date = dateFor(r, published);
      const sentence = date.text && date.precision !== "day" ? `${draft.sentence.replace(/\.$/, "")} ${date.text}.` : draft.sentence;
      const at = append(sentence);
      const eventId = `${prefix}e${made}`;
      headline ||= draft.title;
      eventRows.push({ id: eventId, title: draft.title, type: draft.type, startDate: date.start, endDate: date.end, datePrecision: date.precision, dateText: date.text, place: draft.place, fatalities: draft.fatalities, verified: r.chance(0.35), createdAt });
      for (const [name, role] of new Map(draft.actors)) {
        eventActors.push({ eventId, actor: name, role });
        mention(name);
      }
      eventArticles.push({ eventId, articleId, spanStart: at, spanEnd: at + sentence.length });
    }
    for (let s = r.int(0, 2); s > 0; s--) {
      const speaker = r.pick(SPEAKERS);
      const quote = r.pick(QUOTES);
      const at = append(`${speaker} said: “${quote}.”`);
      const start = at + speaker.length + " said: “".length;
      statements.push({ id: `${prefix}s${statements.length}`, articleId, speaker, text: quote, saidOn: published, spanStart: start, spanEnd: start + quote.length, verified: r.chance(0.35) });
      mention(speaker);
    }
    for (const [name, count] of counts) mentions.push({ articleId, actor: name, count });
    articles.push({ id: articleId, slug: `synthetic-${seed}-${i}`, title: headline, standfirst: `Synthetic report ${i + 1} of ${articleCount}, ${ISO(published)}.`, body, publishedOn: published, createdAt });
  }
  return { seed, actors, articles, statements, events: eventRows, eventActors, eventArticles, mentions };
}

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Inserts the generated rows. Actors that already exist (by slug, e.g. from the demo) are reused;
 * a seed already loaded is refused rather than duplicated. All in one transaction.
 */
export async function insertSynthetic(prisma: PrismaClient, options: SyntheticOptions, log: (line: string) => void = () => {}) {
  const data = generateSynthetic(options);
  const seed = data.seed;
  if (await prisma.article.findUnique({ where: { slug: `synthetic-${seed}-0` }, select: { id: true } })) {
    throw new SyntheticError(`synthetic data with seed ${seed} is already loaded; pass another --seed to add more`);
  }
  log(`Generated ${data.articles.length} articles, ${data.events.length} events, ${data.statements.length} statements (seed ${seed}); inserting…`);
  await prisma.$transaction(
    async (tx) => {
      await tx.actor.createMany({
        data: data.actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, country: a.country, role: a.role })),
        skipDuplicates: true,
      });
      const ids = new Map((await tx.actor.findMany({ where: { slug: { in: data.actors.map((a) => a.slug) } }, select: { id: true, name: true } })).map((a) => [a.name, a.id]));
      const actorId = (name: string) => ids.get(name) ?? (() => { throw new SyntheticError(`unknown synthetic actor ${name}`); })();
      const publication = await tx.publication.upsert({
        where: { slug: "faultline-synthetic-wire" },
        create: { slug: "faultline-synthetic-wire", name: "Faultline Synthetic Wire" },
        update: {},
      });
      await inBatches(data.articles, 500, (batch) =>
        tx.article.createMany({ data: batch.map((a) => ({ ...a, publicationId: publication.id, authors: ["Synthetic Desk"], status: "published" as const })) }),
      );
      await inBatches(data.events, 2000, (batch) => tx.event.createMany({ data: batch }));
      await inBatches(data.eventActors, 5000, (batch) =>
        tx.eventActor.createMany({ data: batch.map((x) => ({ eventId: x.eventId, actorId: actorId(x.actor), role: x.role })) }),
      );
      await inBatches(data.eventArticles, 5000, (batch) => tx.eventArticle.createMany({ data: batch }));
      await inBatches(data.statements, 2000, (batch) =>
        tx.statement.createMany({
          data: batch.map(({ speaker, ...s }) => ({ ...s, speakerId: actorId(speaker), direct: true, saidPrecision: "day" as const })),
        }),
      );
      await inBatches(data.mentions, 5000, (batch) =>
        tx.actorMention.createMany({ data: batch.map((m) => ({ articleId: m.articleId, actorId: actorId(m.actor), count: m.count })) }),
      );
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  return { seed, articles: data.articles.length, events: data.events.length, statements: data.statements.length, actors: data.actors.length };
}
