/**
 * The state a meeting is held in takes part in it: a capital named as the place of talks, a visit or a trip ("visited
 * Kyiv", "during a visit to Bucharest", "met Kim in Pyongyang", "agreed in Paris") names its state as a participant,
 * though a capital after "in" or "to" is a place, not a mention of the state acting (actors/mentions.ts).
 */
import { GAZETTEER } from "../gazetteer";
import type { EventCtx, FoundEvent } from "./context";
import { SYMMETRIC } from "./roles";

const STATE_OF_CAPITAL = new Map(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => (e.metonyms ?? []).map((m) => [m, e.name] as const)));
const CAPITALS = [...STATE_OF_CAPITAL.keys()].sort((a, b) => b.length - a.length).join("|");
/** "in Rome", "to Kyiv and Moscow", "visited Seoul", "visit to Bucharest": capitals as the place of a meeting or the end of a trip. */
const MEETING_PLACE = new RegExp(`(?<=\\b(?:in|to|visit(?:ed|s|ing)?)\\s+(?:(?:${CAPITALS})(?:,\\s+|\\s+and\\s+))*)(${CAPITALS})(?![\\p{L}-])(?!['’]s)`, "gu");

/** The states whose capitals a clause names as the place of a meeting. */
export function meetingPlaceStates(clause: string): string[] {
  return [...clause.matchAll(MEETING_PLACE)].map((m) => STATE_OF_CAPITAL.get(m[1])!);
}

/** Adds to a meeting, call or agreement the states it is held in, when the article lists them as actors. */
export function addMeetingPlaces(ctx: EventCtx, e: FoundEvent): void {
  if (!SYMMETRIC.has(e.type)) return;
  for (const state of meetingPlaceStates(ctx.text.slice(e.start, e.end))) {
    const actor = ctx.index.byForm.get(state);
    if (!actor || actor.kind !== "state" || !ctx.index.actors.includes(actor) || e.actorRoles.some((r) => r.name === actor.name)) continue;
    e.actorRoles.push({ name: actor.name, role: "participant" });
    e.actors.push(actor.name);
  }
}
