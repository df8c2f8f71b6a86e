import { addDays, format, startOfWeek } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { ActorKind, DatePrecision, EventRole, EventType } from "@/lib/generated/prisma/enums";
import { rangeFor } from "@/lib/dates/partial-date";
import { slugify } from "@/lib/text/slug";
import { prng, zipf, type Rng } from "./synthetic-random";
import {
  CLAIMS, draftEvent, FILLERS, FRONT, ORGANIZATION_SEEDS, PEOPLE, QUOTE_TAILS, RU_PLACES, SAY_VERBS, SPEAKERS,
  SYNTHETIC_ACTORS, TOPICS, topicOfEvent, UA_CITIES, VENUES, type Draft,
} from "./synthetic-vocab";

// A deterministic generator of war-and-diplomacy news at any size: actors (a few speak most, Zipf),
// articles whose bodies hold the exact words of their statements and events, multi-source events,
// every date precision, mentions and topics. Same options, same rows; no network. Every row id
// starts with "syn<seed>", which is how the loader finds synthetic data again.

export type SyntheticOptions = {
  events: number;
  seed?: number;
  /** First day of the period, YYYY-MM-DD. */
  start?: string;
  days?: number;
};

export class SyntheticError extends Error {}

/** Named sizes; `large` is the archive: 200,000 events over four years. */
export const SCALES = { small: 2_000, large: 200_000 } as const;
export const DEFAULT_START = "2022-02-24";
export const DEFAULT_DAYS = 1461;

/** How many rows of each kind a number of events comes with (large: 100k articles, 1M statements, 5,000 actors). */
export function shapeFor(events: number) {
  return {
    events,
    articles: Math.max(1, Math.ceil(events / 2)),
    statements: events * 5,
    actors: Math.max(SYNTHETIC_ACTORS.length + ORGANIZATION_SEEDS.length, Math.round(events / 40)),
  };
}

export type PublicationRow = { id: string; slug: string; name: string; url: string; createdAt: Date };
export type TopicRow = { id: string; slug: string; name: string };
export type ActorRow = { id: string; slug: string; name: string; kind: ActorKind; role: string | null; country: string | null; verified: boolean; createdAt: Date; updatedAt: Date };
export type AliasRow = { id: string; actorId: string; alias: string; normalized: string };
export type ArticleRow = {
  id: string; slug: string; publicationId: string; title: string; standfirst: string; authors: string[]; dateline: string | null;
  publishedOn: Date; sourceUrl: string; body: string; status: "published"; createdAt: Date; updatedAt: Date;
};
export type StatementRow = {
  id: string; articleId: string; speakerId: string; addresseeId: string | null; text: string; direct: boolean; saidOn: Date | null;
  saidPrecision: DatePrecision; venue: string | null; part: "body"; spanStart: number; spanEnd: number; verified: boolean; createdAt: Date; updatedAt: Date;
};
export type EventRow = {
  id: string; title: string; description: string | null; type: EventType; startDate: Date | null; endDate: Date | null; datePrecision: DatePrecision;
  dateText: string | null; place: string | null; fatalities: number | null; verified: boolean; createdAt: Date; updatedAt: Date;
};
export type EventActorRow = { eventId: string; actorId: string; role: EventRole };
export type EventArticleRow = { eventId: string; articleId: string; part: "body"; spanStart: number; spanEnd: number };
export type MentionRow = { articleId: string; actorId: string; count: number; firstOffset: number | null };
export type ArticleTopicRow = { articleId: string; topicId: string };
export type StatementTopicRow = { statementId: string; topicId: string };

/** One article with everything that hangs off it; events are those it reports first. */
export type ArticleBundle = {
  article: ArticleRow;
  statements: StatementRow[];
  statementTopics: StatementTopicRow[];
  events: EventRow[];
  eventActors: EventActorRow[];
  eventArticles: EventArticleRow[];
  mentions: MentionRow[];
  articleTopics: ArticleTopicRow[];
};

type Speaker = { actor: ActorRow; short: string | null };

export type SyntheticPlan = ReturnType<typeof planSynthetic>;

/** Fixed-width base-36 numbers, so ids sort in the order they are made (cheap right-edge index inserts). */
const pad = (n: number) => n.toString(36).padStart(5, "0");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ISO = (d: Date) => format(new UTCDate(d), "yyyy-MM-dd");
const PUBLICATIONS = ["Faultline Synthetic Wire", "Synthetic Daily", "Synthetic Monitor", "Synthetic Dispatch"];
const TRANSLITERATIONS: Record<string, string> = { Oleksandr: "Alexander", Andrii: "Andriy", Serhii: "Sergiy", Yurii: "Yuriy", Dmytro: "Dmitry", Vitalii: "Vitaliy", Ihor: "Igor", Olena: "Elena", Nataliia: "Natalia", Yuliia: "Yulia", Aleksandr: "Alexander", Alexei: "Alexey", Yevgeny: "Evgeny", Fyodorov: "Fedorov" };

/** The actors, topics and publications, and who speaks how often: fixed by the seed, before any article. */
export function planSynthetic({ events, seed = 1, start = DEFAULT_START, days = DEFAULT_DAYS }: SyntheticOptions) {
  if (!Number.isInteger(events) || events < 1) throw new SyntheticError("events must be a positive whole number");
  if (!Number.isInteger(days) || days < 1) throw new SyntheticError("days must be a positive whole number");
  const shape = shapeFor(events);
  const prefix = `syn${seed}`;
  const r = prng(seed ^ 0x5eed);
  const epoch = day(start);
  const actors: ActorRow[] = [];
  const aliases: AliasRow[] = [];
  const slugs = new Set<string>();
  const add = (name: string, kind: ActorKind, country: string | null, role: string | null, alias: string[]) => {
    const slug = slugify(name);
    if (slugs.has(slug)) return null;
    slugs.add(slug);
    const created = addDays(epoch, -r.int(1, 60));
    const actor: ActorRow = { id: `${prefix}x${actors.length}`, slug, name, kind, role, country, verified: r.chance(0.6), createdAt: created, updatedAt: created };
    actors.push(actor);
    for (const a of new Set(alias.filter((x) => x.toLowerCase() !== name.toLowerCase()))) {
      aliases.push({ id: `${prefix}l${aliases.length}`, actorId: actor.id, alias: a, normalized: a.toLowerCase() });
    }
    return actor;
  };
  for (const a of SYNTHETIC_ACTORS) {
    const short = a.kind === "person" ? [a.name.split(" ").at(-1)!] : [];
    if (a.name === "Volodymyr Zelenskiy") short.push("Zelensky", "Zelenskyy");
    add(a.name, a.kind, a.country ?? null, a.role ?? null, short);
  }
  for (const o of ORGANIZATION_SEEDS) if (actors.length < shape.actors) add(o.name, o.kind, null, null, [o.alias]);
  const countries = Object.keys(PEOPLE);
  while (actors.length < shape.actors) {
    const country = r.weighted(countries.map((c, i) => [c, [35, 30, 15, 20][i]] as const));
    const { first, last, roles } = PEOPLE[country];
    const [f, l] = [r.pick(first), r.pick(last)];
    // Most people are "First Last"; when that is taken, a middle initial tells them apart.
    const name = r.chance(0.5) || slugs.has(slugify(`${f} ${l}`)) ? `${f} ${String.fromCharCode(65 + r.int(0, 25))}. ${l}` : `${f} ${l}`;
    const role = r.pick(roles).replace("{city}", r.pick(UA_CITIES)).replace("{front}", r.pick(FRONT)).replace("{ru}", r.pick(RU_PLACES));
    const spelled = TRANSLITERATIONS[f] && r.chance(0.4) ? [`${TRANSLITERATIONS[f]} ${l}`] : [];
    add(name, "person", country === "Europe" ? null : country, role, [l, ...spelled]);
  }
  const byName = new Map(actors.map((a) => [a.name, a]));
  const shortOf = new Map<string, string>();
  for (const a of aliases) if (!shortOf.has(a.actorId)) shortOf.set(a.actorId, a.alias);
  // Speakers by rank: the well-known voices first, then everyone else in a seeded order.
  const first = SPEAKERS.map((n) => byName.get(n)!);
  const rest = actors.filter((a) => !SPEAKERS.includes(a.name)).map((a) => [a, r.next()] as const).sort((x, y) => x[1] - y[1]).map(([a]) => a);
  const speakers: Speaker[] = [...first, ...rest].map((actor) => ({ actor, short: shortOf.get(actor.id) ?? null }));
  const persons = speakers.filter((s) => s.actor.kind === "person");
  return {
    seed, prefix, shape, epoch, days,
    actors, aliases, speakers, persons, byName,
    speakerRank: zipf(speakers.length, 1.1),
    personRank: zipf(persons.length, 1.1),
    topics: TOPICS.map((name, i): TopicRow => ({ id: `${prefix}t${i}`, slug: slugify(name), name })),
    publications: PUBLICATIONS.map((name, i): PublicationRow => ({ id: `${prefix}p${i}`, slug: slugify(name), name, url: `https://synthetic.faultline.invalid/${slugify(name)}`, createdAt: epoch })),
  };
}

const PRECISIONS: (readonly [DatePrecision, number])[] = [["day", 60], ["week", 11], ["month", 10], ["quarter", 2], ["year", 1], ["unknown", 16]];

function eventDate(r: Rng, published: Date): { start: Date | null; end: Date | null; precision: DatePrecision; text: string | null } {
  const precision = r.weighted(PRECISIONS);
  const when = addDays(published, -r.int(0, precision === "day" ? 6 : 20));
  switch (precision) {
    case "day":
      return { ...rangeFor(when, "day"), text: `on ${format(new UTCDate(when), "EEEE, MMMM d")}` };
    case "week":
      return { ...rangeFor(startOfWeek(new UTCDate(when), { weekStartsOn: 1 }), "week"), text: r.pick(["last week", "earlier this week", "this week"]) };
    case "month":
      return { ...rangeFor(when, "month"), text: `in ${format(new UTCDate(when), "MMMM")}` };
    case "quarter":
      return { ...rangeFor(when, "quarter"), text: "earlier this quarter" };
    case "year":
      return { ...rangeFor(when, "year"), text: "this year" };
    default:
      return { start: null, end: null, precision: "unknown", text: r.chance(0.5) ? r.pick(["recently", "in recent weeks"]) : null };
  }
}

// Statements are dated more precisely than events (a quote is usually reported the day it is said),
// but every precision occurs: now and then only the quarter or year of a remark is known.
const STATEMENT_PRECISIONS: (readonly [DatePrecision, number])[] = [["day", 78], ["week", 8], ["month", 4], ["quarter", 1], ["year", 1], ["unknown", 8]];

/** A meeting or call between two people drawn by how often they are in the news. */
function personEvent(plan: SyntheticPlan, r: Rng): Draft {
  const a = plan.persons[plan.personRank(r)].actor.name;
  let b = plan.persons[plan.personRank(r)].actor.name;
  for (let i = 0; b === a && i < 10; i++) b = plan.persons[r.int(0, plan.persons.length - 1)].actor.name;
  if (b === a) return draftEvent(r);
  const place = r.pick(VENUES);
  return r.chance(0.6)
    ? { type: "summit_talks", place, title: `${a} meets ${b} in ${place}`, sentence: `${a} met ${b} in ${place} to discuss support for Ukraine.`, actors: [[a, "participant"], [b, "participant"]], fatalities: null }
    : { type: "phone_call", place: null, title: `${a} speaks with ${b}`, sentence: `${a} spoke by phone with ${b} about the next steps.`, actors: [[a, "initiator"], [b, "target"]], fatalities: null };
}

/** Spreads `total` over `slots` in random amounts around the mean, exactly adding up. */
function share(r: Rng, remaining: number, left: number, jitter: number) {
  if (left <= 1) return remaining;
  return Math.min(remaining, Math.max(0, Math.round(remaining / left) + r.int(-jitter, jitter)));
}

type Recent = { id: string; sentence: string; actorIds: string[] };

/** The articles in publication order, each with its statements, events, links, mentions and topics. */
export function* syntheticArticles(plan: SyntheticPlan): Generator<ArticleBundle> {
  const { shape, prefix, seed } = plan;
  const r = prng(seed);
  const offsets = Int32Array.from({ length: shape.articles }, () => r.int(0, plan.days - 1)).sort();
  const topicId = new Map(plan.topics.map((t) => [t.name, t.id]));
  const recent: Recent[] = [];
  let events = 0;
  let statements = 0;
  for (let i = 0; i < shape.articles; i++) {
    const left = shape.articles - i;
    const published = addDays(plan.epoch, offsets[i]);
    const createdAt = new Date(published.getTime() + r.int(6, 20) * 3_600_000);
    const articleId = `${prefix}a${pad(i)}`;
    const b: ArticleBundle = { article: null!, statements: [], statementTopics: [], events: [], eventActors: [], eventArticles: [], mentions: [], articleTopics: [] };
    let body = "";
    const append = (sentence: string, newParagraph = r.chance(0.6)) => {
      if (body) body += newParagraph ? "\n\n" : " ";
      const at = body.length;
      body += sentence;
      return at;
    };
    const mentions = new Map<string, { count: number; firstOffset: number | null }>();
    const mention = (actorId: string, offset: number | null) => {
      const m = mentions.get(actorId);
      if (m) {
        m.count++;
        m.firstOffset ??= offset;
      } else mentions.set(actorId, { count: 1, firstOffset: offset });
    };
    const topics: string[] = [];
    const titles: string[] = [];

    const newEvent = () => {
      const draft = r.chance(0.15) ? personEvent(plan, r) : draftEvent(r);
      const date = eventDate(r, published);
      const sentence = date.text ? `${draft.sentence.replace(/\.$/, "")} ${date.text}.` : draft.sentence;
      const at = append(sentence);
      const id = `${prefix}e${pad(events++)}`;
      const actorIds: string[] = [];
      for (const [name, role] of new Map(draft.actors)) {
        const actor = plan.byName.get(name)!;
        actorIds.push(actor.id);
        b.eventActors.push({ eventId: id, actorId: actor.id, role });
        const where = sentence.indexOf(name);
        mention(actor.id, where < 0 ? null : at + where);
      }
      b.events.push({
        id, title: draft.title, description: r.chance(0.4) ? draft.sentence : null, type: draft.type, startDate: date.start, endDate: date.end,
        datePrecision: date.precision, dateText: date.text, place: draft.place, fatalities: draft.fatalities, verified: r.chance(0.35), createdAt, updatedAt: createdAt,
      });
      b.eventArticles.push({ eventId: id, articleId, part: "body", spanStart: at, spanEnd: at + sentence.length });
      recent.push({ id, sentence, actorIds });
      if (recent.length > 400) recent.shift();
      topics.push(topicOfEvent(draft.type));
      titles.push(draft.title);
    };

    // An event first reported elsewhere: the same happening, a second source.
    const reReport = (seen: Set<string>) => {
      const old = recent[r.int(0, recent.length - 1)];
      if (!old || seen.has(old.id)) return;
      seen.add(old.id);
      const sentence = `${old.sentence.replace(/\.$/, "")}, as reported earlier.`;
      const at = append(sentence);
      b.eventArticles.push({ eventId: old.id, articleId, part: "body", spanStart: at, spanEnd: at + sentence.length });
      for (const id of old.actorIds) mention(id, null);
    };

    const statement = () => {
      const { actor, short } = plan.speakers[plan.speakerRank(r)];
      const name = mentions.has(actor.id) && short && r.chance(0.6) ? short : actor.name;
      const claim = r.pick(CLAIMS);
      const verb = r.pick(SAY_VERBS);
      const direct = r.chance(0.65);
      let text: string;
      let sentence: string;
      let offset: number;
      if (direct && r.chance(0.5)) {
        text = claim.quote + r.pick(QUOTE_TAILS);
        sentence = `“${text},” ${name} ${verb}.`;
        offset = 1;
      } else if (direct) {
        text = claim.quote + r.pick(QUOTE_TAILS);
        sentence = `${name} ${verb}: “${text}.”`;
        offset = sentence.length - text.length - 2;
      } else {
        text = claim.paraphrase;
        sentence = `${name} ${verb} that ${text}.`;
        offset = sentence.length - text.length - 1;
      }
      const at = append(sentence);
      mention(actor.id, at + sentence.indexOf(name));
      const precision = r.weighted(STATEMENT_PRECISIONS);
      const said = precision === "unknown" ? null : rangeFor(addDays(published, -r.int(0, 2)), precision).start;
      const addressee = r.chance(0.1) ? plan.speakers[plan.speakerRank(r)].actor : null;
      const id = `${prefix}s${pad(statements++)}`;
      b.statements.push({
        id, articleId, speakerId: actor.id, addresseeId: addressee && addressee.id !== actor.id ? addressee.id : null, text, direct,
        saidOn: said, saidPrecision: precision, venue: r.chance(0.15) ? r.pick(VENUES) : null, part: "body",
        spanStart: at + offset, spanEnd: at + offset + text.length, verified: r.chance(0.35), createdAt, updatedAt: createdAt,
      });
      if (r.chance(0.5)) b.statementTopics.push({ statementId: id, topicId: topicId.get(claim.topic)! });
      topics.push(claim.topic);
      titles.push(`${actor.name} says ${claim.paraphrase}`);
    };

    // The article: its news first, then voices, a second source now and then, and some colour.
    let nEvents = share(r, shape.events - events, left, 2);
    let nStatements = share(r, shape.statements - statements, left, 5);
    const reports = recent.length && r.chance(0.5) ? (r.chance(0.3) ? 2 : 1) : 0;
    if (nEvents) (newEvent(), nEvents--);
    while (nEvents + nStatements > 0) {
      if (nEvents && r.chance(nEvents / (nEvents + nStatements) + 0.1)) (newEvent(), nEvents--);
      else if (nStatements) (statement(), nStatements--);
      else (newEvent(), nEvents--);
      if (r.chance(0.05)) append(r.pick(FILLERS), false);
    }
    const seen = new Set(b.events.map((e) => e.id));
    for (let k = 0; k < reports; k++) reReport(seen);
    if (!body) append(r.pick(FILLERS));

    const title = titles[0] ?? "Officials report a quiet day at the front";
    const slug = `${ISO(published)}-${slugify(title).slice(0, 60).replace(/-+$/, "")}-${seed}x${i.toString(36)}`;
    const publication = plan.publications[i % plan.publications.length];
    b.article = {
      id: articleId, slug, publicationId: publication.id, title, standfirst: titles[1] ? `${titles[1]}.` : r.pick(FILLERS),
      authors: [r.chance(0.7) ? `${publication.name} staff` : plan.persons[r.int(0, plan.persons.length - 1)].actor.name],
      dateline: r.chance(0.5) ? r.pick(["Kyiv", "Moscow", "Brussels", "Washington", "London"]) : null, publishedOn: published,
      sourceUrl: `https://synthetic.faultline.invalid/${seed}/${slug}`, body, status: "published", createdAt, updatedAt: createdAt,
    };
    for (const [actorId, m] of mentions) b.mentions.push({ articleId, actorId, count: m.count, firstOffset: m.firstOffset });
    const byCount = [...topics.reduce((acc, t) => acc.set(t, (acc.get(t) ?? 0) + 1), new Map<string, number>())].sort((x, y) => y[1] - x[1]);
    for (const [t] of byCount.slice(0, 3)) b.articleTopics.push({ articleId, topicId: topicId.get(t)! });
    yield b;
  }
}

export type SyntheticData = ReturnType<typeof generateSynthetic>;

/** Everything at once, as arrays: for tests and small sizes (the loader streams instead). */
export function generateSynthetic(options: SyntheticOptions) {
  const plan = planSynthetic(options);
  const out = { plan, articles: [] as ArticleRow[], statements: [] as StatementRow[], statementTopics: [] as StatementTopicRow[], events: [] as EventRow[], eventActors: [] as EventActorRow[], eventArticles: [] as EventArticleRow[], mentions: [] as MentionRow[], articleTopics: [] as ArticleTopicRow[] };
  for (const b of syntheticArticles(plan)) {
    out.articles.push(b.article);
    for (const key of ["statements", "statementTopics", "events", "eventActors", "eventArticles", "mentions", "articleTopics"] as const) (out[key] as unknown[]).push(...b[key]);
  }
  return out;
}

// The loaders live beside the generator; re-exported for the callers that import them from here.
export { insertSynthetic, loadSynthetic } from "./synthetic-load";
