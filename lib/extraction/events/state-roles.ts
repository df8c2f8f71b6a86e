/**
 * The states behind an event's actors take part in it too, with the same role: a state's body ("Russia's Defence
 * Ministry", "the Armed Forces of Ukraine"), a person holding its office ("the Prime Minister of Canada"), or a side
 * named only by its adjective in the clause ("drones at Ukrainian cities", "a duty on Indian goods": the agent's side
 * before the verb, the side acted upon after it; both sides of a meeting or deal take part), two of them joined by a
 * hyphen ("Russia-Ukraine talks") alike; the alliance behind a body or group named by it ("EU energy ministers") too.
 * Only states and alliances the article names as actors are added.
 */
import type { Actor } from "../actors";
import { GAZETTEER } from "../gazetteer";
import type { EventCtx, EventRole, FoundEvent } from "./context";
import { defenceAt, subjectOfInnerClause, subjectOfReport, SYMMETRIC } from "./roles";
import { bestTrigger } from "./triggers";
import { predicatePos } from "./type-lexicon";
import { allMatches } from "../all-matches";

const STATES = GAZETTEER.filter((e) => e.kind === "state");
/** Each state's names and adjectives ("Ukraine", "Ukrainian") to its name. */
const STATE_OF_WORD = new Map(STATES.flatMap((e) => [...e.forms, ...(e.demonyms ?? [])].map((f) => [f, e.name] as const)));
const WORDS = [...STATE_OF_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, "\\.")).join("|");
const STATE_WORD = new RegExp(`(?<![\\p{L}.-])(${WORDS})(?:['’]s)?(?![\\p{L}-])`, "gu");
const DEMONYM_WORD = new RegExp(`(?<![\\p{L}-])(${STATES.flatMap((e) => e.demonyms ?? []).join("|")})(?![\\p{L}-])`, "gu");
/**
 * Two states joined by a hyphen name both sides of what follows ("Russia-Ukraine talks", "the Ukrainian-Russian
 * negotiations", "U.S.-Russian meeting"); not a border, where the pair names a place, nor the start of a body's name
 * ("the India-Russia Intergovernmental Commission"), which names the body.
 */
const STATE_PAIR = new RegExp(`(?<![\\p{L}.-])(${WORDS})[-–](${WORDS})(?![\\p{L}-])(?!\\s+(?:border|frontier|boundary)\\b|\\s+\\p{Lu})`, "gu");

/** A role that holds a state's office ("President of Ukraine", "Russian foreign minister"), not a nationality ("Russian opposition figure"). */
const OFFICE = /\b(?:president|prime minister|premier|minister|chancellor|ambassador|envoy|spokes(?:man|woman|person)|governor|commander|secretary|king|queen|general|admiral|chief of staff)\b/i;

/**
 * The state a body's name or aliases name ("Russian Defence Ministry"), or a person's office ("President of Ukraine"),
 * if one. A person's name or nationality alone says nothing: "a Russian opposition figure" does not act for Russia.
 */
export function stateOfActor(actor: Pick<Actor, "name" | "kind" | "role" | "aliases">): string | null {
  if (actor.kind === "state" || actor.kind === "media") return null;
  const forms = actor.kind === "person" ? [actor.role ?? ""].filter((role) => OFFICE.test(role)) : [actor.name, ...actor.aliases, actor.role ?? ""];
  for (const form of forms) {
    STATE_WORD.lastIndex = 0;
    const m = STATE_WORD.exec(form);
    if (m) return STATE_OF_WORD.get(m[1]) ?? null;
  }
  return null;
}

const ALLIANCES = GAZETTEER.filter((e) => e.kind === "alliance");
const ALLIANCE_OF_FORM = new Map(ALLIANCES.flatMap((e) => e.forms.map((f) => [f, e.name] as const)));
const ALLIANCE_WORD = new RegExp(`(?<![\\p{L}.-])(${[...ALLIANCE_OF_FORM.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, "\\.")).join("|")})(?![\\p{L}-])`, "u");

/** The alliance a body or group is named by ("EU energy ministers", "Council of the European Union", "NATO foreign ministers"), if one; not a person's. */
export function allianceOfActor(actor: Pick<Actor, "name" | "kind">): string | null {
  if (actor.kind === "person" || actor.kind === "alliance" || actor.kind === "media") return null;
  const m = ALLIANCE_WORD.exec(actor.name);
  return m ? ALLIANCE_OF_FORM.get(m[1]) ?? null : null;
}

/** Where the clause states its happening: its trigger word, else its verb. */
function pivotOf(clause: string): number | null {
  return defenceAt(clause) ?? bestTrigger(clause, clause.length)?.pos ?? predicatePos(clause);
}

/** The sides a clause names only by their adjective, with the role their place before or after the verb gives them. */
export function demonymSidesIn(clause: string, symmetric: boolean): { state: string; role: EventRole }[] {
  const pivot = symmetric ? null : pivotOf(clause);
  // A side after the verb that is the subject of a clause inside the object ("the town Russian troops retook") is not its target.
  const acted = allMatches(DEMONYM_WORD, clause).filter((m) => pivot === null || m.index < pivot || !subjectOfInnerClause(clause, m.index, m.index + m[0].length));
  const roleAt = (at: number): EventRole => (pivot === null ? "participant" : at < pivot ? "initiator" : "target");
  // "… said a Russian jet entered …": the subject of the reported happening acts.
  const sideRole = (at: number, end: number): EventRole => (roleAt(at) === "target" && subjectOfReport(clause, at, end) ? "initiator" : roleAt(at));
  const single = acted.map((m) => ({ state: STATE_OF_WORD.get(m[1])!, role: sideRole(m.index, m.index + m[0].length) }));
  const paired = allMatches(STATE_PAIR, clause).flatMap((m) => [m[1], m[2]].map((w) => ({ state: STATE_OF_WORD.get(w)!, role: roleAt(m.index) })));
  return [...single, ...paired];
}

/** The article's listed actors by name, built once per article. */
const listedOfArticle = new WeakMap<EventCtx["index"], Map<string, Actor>>();
function listedByName(ctx: EventCtx): Map<string, Actor> {
  let byName = listedOfArticle.get(ctx.index);
  if (!byName) listedOfArticle.set(ctx.index, (byName = new Map(ctx.index.actors.map((a) => [a.name, a]))));
  return byName;
}

/** Adds to an event the states behind its actors and the sides its clause (up to `sidesEnd`) names by adjective. */
export function addStates(ctx: EventCtx, e: FoundEvent, sidesEnd = e.end - e.start): void {
  const byName = listedByName(ctx);
  const add = (state: string, role: EventRole, kind: Actor["kind"] = "state") => {
    const actor = ctx.index.byForm.get(state);
    if (!actor || byName.get(actor.name) !== actor || actor.kind !== kind || e.actorRoles.some((r) => r.name === actor.name)) return;
    e.actorRoles.push({ name: actor.name, role });
    e.actors.push(actor.name);
  };
  for (const r of [...e.actorRoles]) {
    const actor = byName.get(r.name);
    const state = actor && stateOfActor(actor);
    if (state) add(state, r.role);
    const alliance = actor && allianceOfActor(actor);
    if (alliance) add(alliance, r.role, "alliance");
  }
  for (const side of demonymSidesIn(ctx.text.slice(e.start, e.start + sidesEnd), SYMMETRIC.has(e.type))) add(side.state, side.role);
}
