/**
 * Parts of a happening already told are not happenings of their own:
 * - a relative clause naming the happening by a definite noun ("Fidan, who hosted the meeting, …") is a second
 *   mention: its subject joins the first mention as a participant;
 * - a visitor's arrival at a venue ("Y arrived at the summit building on Thursday") is part of the meeting when one
 *   with that visitor is told close by, on the day of the arrival or the next; an arrival in a city or country
 *   ("Y arrived in Moscow on Wednesday", before Thursday's talks) is the visit's own first happening, kept apart;
 * - an interception tally ("Air defences shot down 71 of the drones") is part of the barrage whose count of drones
 *   or missiles was told just before it ("Russia launched 98 drones and two missiles overnight");
 * - what was said or raised during a call ("X told Y during the call that …") is part of the call told close by.
 */
import type { EventCtx, EventType, FoundEvent } from "./context";
import { sentenceAt } from "./context";
import { compatibleDates } from "./coreference";

/** The definite nouns that name a happening, and the event types a clause naming it by them may take. */
const HAPPENING_NOUNS: Record<string, EventType[]> = {
  talks: ["summit_talks"],
  meeting: ["summit_talks"],
  summit: ["summit_talks"],
  negotiations: ["summit_talks"],
  conference: ["summit_talks"],
  call: ["phone_call"],
  conversation: ["phone_call"],
  attack: ["missile_drone_strike", "energy_infrastructure_attack"],
  strike: ["missile_drone_strike", "energy_infrastructure_attack"],
  deal: ["agreement_ceasefire"],
  agreement: ["agreement_ceasefire"],
  swap: ["agreement_ceasefire"],
  exchange: ["agreement_ceasefire"],
};
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?$/i;
/** The clause's object right after its verb ("hosted the meeting"), not an adjunct ("promised during the call"). */
const NOUN_OBJECT = new RegExp(`^\\s*\\p{Ll}+\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(${Object.keys(HAPPENING_NOUNS).join("|")})\\b`, "u");

const near = (ctx: EventCtx, a: FoundEvent, b: FoundEvent) => Math.abs(sentenceAt(ctx, a.start) - sentenceAt(ctx, b.start)) <= 4;

/** The later mention's span joins the first mention's as provenance. */
export function addMention(first: FoundEvent, later: FoundEvent) {
  first.mentions = [...(first.mentions ?? [{ start: first.start, end: first.end }]), { start: later.start, end: later.end }];
}

function joinAsParticipants(first: FoundEvent, later: FoundEvent) {
  for (const name of later.actors) {
    if (first.actors.includes(name)) continue;
    first.actors.push(name);
    first.actorRoles.push({ name, role: "participant" });
  }
  addMention(first, later);
}

/** The happening a relative clause names by its noun ("who hosted the meeting"), if one was told just before. */
export function namedByRelative(ctx: EventCtx, kept: FoundEvent[], e: FoundEvent): FoundEvent | undefined {
  if (!RELATIVE_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 20), e.start))) return undefined;
  const noun = NOUN_OBJECT.exec(ctx.text.slice(e.start, e.end))?.[1];
  if (!noun) return undefined;
  const types = HAPPENING_NOUNS[noun];
  const first = [...kept].reverse().find((x) => types.includes(x.type) && near(ctx, x, e) && compatibleDates(x.date, e.date));
  if (first) joinAsParticipants(first, e);
  return first;
}

const ARRIVAL = /^\s*(?:[\p{L}.'’-]+\s+){0,4}?(?:arrived|arrives|landed)\s+at\b/u;
const VISIT = /\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|held\s+talks)\b/;

/** The meeting an arrival belongs to (its verb says so; its type may still be the topic's, "to discuss a ceasefire"): close by, with the visitor among its actors, on the arrival's day or the next. */
function visitOf(ctx: EventCtx, events: FoundEvent[], arrival: FoundEvent): FoundEvent | undefined {
  const dayAfter = (a: string | null, b: string | null) => !a || !b || compatibleDates(a, b) || (a.length === 10 && b.length === 10 && (Date.parse(b) - Date.parse(a)) / 864e5 === 1);
  return events.find((m) => m !== arrival && !ARRIVAL.test(ctx.text.slice(m.start, m.end))
    && (m.type === "summit_talks" || VISIT.test(ctx.text.slice(m.start, m.end)))
    && arrival.actors.every((a) => m.actors.includes(a)) && near(ctx, m, arrival) && dayAfter(arrival.date, m.date));
}

/** Drops each named visitor's arrival at a venue whose meeting is told close by. */
export function foldArrivals(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => {
    if (e.actors.length === 0 || !ARRIVAL.test(ctx.text.slice(e.start, e.end))) return true;
    const visit = visitOf(ctx, events, e);
    if (visit) visit.mentions = [...(visit.mentions ?? [{ start: visit.start, end: visit.end }]), { start: e.start, end: e.end }];
    return !visit;
  });
}

const WEAPONS = String.raw`(?:[\p{L}-]+\s+){0,3}?(?:drones|missiles)\b`;
/** A barrage told by its count of weapons: "launched 98 Shahed-type drones", "with 94 drones and three missiles". */
const COUNTED_LAUNCH = new RegExp(String.raw`\b\d[\d,]*\s+${WEAPONS}`, "u");
const DOWNED = String.raw`(?:shot|shoots?)\s+down|down(?:ed|s)|neutrali[sz](?:ed|es)|intercept(?:ed|s)|jam(?:med|s)|suppress(?:ed|es)|destroy(?:ed|s)`;
/**
 * A tally of the weapons stopped: by air defence ("Air defence downed 81 drones", "air defences had shot down 34 missiles
 * and 261 drones") or in the passive ("468 drones and 31 missiles were shot down or jammed").
 */
const INTERCEPTION = new RegExp(
  String.raw`\bair\s+defen[cs]es?\b[^.;]{0,40}?\b(?:${DOWNED})\b[^.;]{0,20}?${WEAPONS}|${WEAPONS}[^.;]{0,30}?\b(?:were|was|had\s+been|have\s+been)\s+(?:${DOWNED})\b`,
  "iu",
);
/** "shot down 31 of the 40 drones", "downed 12 of them": a share of a barrage told before. */
const PARTITIVE_TALLY = /\b\d[\d,]*\s+of\s+(?:the|them|all)\b/;
const NAMES_WEAPONS = /\b(?:drones?|missiles?)\b/i;
const BARRAGE_TYPES = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack"]);
/**
 * A clause that tells the launch itself ("launched 112 drones …, and that 87 were shot down"): the barrage, not its tally.
 * Not a participle after the weapons ("31 of the 40 drones launched at the region"): that names what was tallied.
 */
const LAUNCH_VERB = /(?<!\b(?:drones|missiles)\s+)\b(?:launch(?:ed|es)?|fired|fires|attacked|attacks|used)\b/;
/** "its air defences destroyed 41 Ukrainian drones": the other side's weapons, a barrage of its own. */
const SIDE_NAMED = /\b\p{Lu}\p{Ll}+(?:an|ish|ese)\s+(?:[\p{L}-]+\s+)?(?:drones|missiles)\b/u;

/** A clause that only tallies weapons stopped, of a barrage with no side named. */
const isTally = (clause: string) => INTERCEPTION.test(clause) && !LAUNCH_VERB.test(clause) && !SIDE_NAMED.test(clause);

/**
 * The barrage an interception tally counts: told by its weapons' count (or, for a share "31 of the 40 drones", by naming
 * drones or missiles) one or two sentences before, on a compatible date — never another tally ("downed 71 drones" is a count too), which is itself folded away.
 */
function barrageOf(ctx: EventCtx, events: FoundEvent[], tally: FoundEvent): FoundEvent | undefined {
  const si = sentenceAt(ctx, tally.start);
  const partitive = PARTITIVE_TALLY.test(ctx.text.slice(tally.start, tally.end));
  return events.findLast((b) => {
    if (b.start >= tally.start || !BARRAGE_TYPES.has(b.type) || !compatibleDates(b.date, tally.date)) return false;
    const back = si - sentenceAt(ctx, b.start);
    const clause = ctx.text.slice(b.start, b.end);
    // "shot down 31 of the 40 drones": a partitive tally counts the barrage told before, whether or not it gave a count.
    const counted = COUNTED_LAUNCH.test(clause) || (partitive && NAMES_WEAPONS.test(clause));
    return back >= 1 && back <= 2 && counted && !isTally(clause);
  });
}

/** Drops each interception tally whose barrage was told just before; the tally becomes a mention of it. */
export function foldInterceptions(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => {
    if (!BARRAGE_TYPES.has(e.type) || !isTally(ctx.text.slice(e.start, e.end))) return true;
    const barrage = barrageOf(ctx, events, e);
    if (barrage) barrage.mentions = [...(barrage.mentions ?? [{ start: barrage.start, end: barrage.end }]), { start: e.start, end: e.end }];
    return !barrage;
  });
}

const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** "during the call", "In Friday's phone call", "During his conversation with": the clause happened inside a call. */
const DURING_CALL = new RegExp(
  String.raw`\b(?:[Dd]uring|[Ii]n|[Oo]n)\s+(?:the|a|an|his|her|their|its|this|that|(?:${WEEKDAY})(?:['’]s)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|conversation)\b`,
  "u",
);
/** What a call's content may be typed by the rules; an offer or decision made during it (a proposal, sanctions, aid, a deal) stays its own event. */
const CALL_CONTENT = new Set<EventType>(["other", "summit_talks", "phone_call"]);

/** The call a clause told inside one belongs to: close by, on a compatible date, with one of its participants or none named. */
function callOf(ctx: EventCtx, events: FoundEvent[], told: FoundEvent): FoundEvent | undefined {
  return events.find((c) => c !== told && c.type === "phone_call" && !DURING_CALL.test(ctx.text.slice(c.start, c.end))
    && near(ctx, c, told) && compatibleDates(c.date, told.date) && (told.actors.length === 0 || told.actors.some((a) => c.actors.includes(a))));
}

/** Drops each clause told during a call close by; it becomes a mention of the call. */
export function foldCallContents(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => {
    if (!CALL_CONTENT.has(e.type) || !DURING_CALL.test(ctx.text.slice(e.start, e.end))) return true;
    const call = callOf(ctx, events, e);
    if (call) addMention(call, e);
    return !call;
  });
}
