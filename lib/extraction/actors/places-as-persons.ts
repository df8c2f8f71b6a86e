/**
 * Two capitalised words the person step took for a name, but which the article only uses as a place: every mention
 * follows a locative word ("south of Mala Tokmachka", "in Tel Aviv", "the capture of Zelenyi Hai", "the Hôtel de
 * Brienne", "residents fled Pidhorne"), is set off as one (", a village") or comes before a place noun ("… province").
 * Such an actor is dropped with its mentions, and so is a one-word "organisation" used only as a place (for it a bare
 * "the" before the name is no evidence: "the Zorya group"). Titled persons and actors known to the caller are kept.
 */
import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";
import { UPPER_START } from "../word-shapes";
import { isGivenName } from "./given-names";

const LOCATIVE_BEFORE = /\b(?:in|near|outside|inside|around|into|the|liberated|captured|retook|recaptured|toward|towards|flee|fled|leave|leaves|left|(?:withdrawal|evacuated|evacuation|retreat) from|(?:north|south|east|west|capture|liberation|outskirts|centre|center|gardens|seat|edge|settlement|village|villages|town|city|much|most|part|parts) of)["”]?\s+["“]?$/i;
/**
 * "Udon Thani province", "Belgrade's Nikola Tesla airport": a place noun right after the name, or after a second
 * place joined to it ("from Khotyn and Sokyriany districts", "Bilky and 14 surrounding villages").
 */
const PLACE_NOUN_AFTER =
  /^(?:\s+(?:and|or)\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+)?[\p{Lu}\d][\p{L}\d-]*(?:\s+(?:surrounding|nearby|neighbouring|neighboring|other))?)?\s+(?:provinces?|regions?|oblasts?|districts?|airport|villages?|towns?|city|cities|countries|country)\b/u;
/** ", a village", "the district centre": the name set off as a place (or as the office of one, see OFFICE_NOUN). */
const PLACE_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:village|town|city|settlement|district|region|port|suburb|seat|residence|palace|wharf|island|country|flag|area)\b/u;
/** ", the village head", "a district official": the place noun names an office, so the name may be its holder's. */
const OFFICE_NOUN = /^\s+(?:head|chief|elder|mayor|governor|council|leader|official|administrator|judge|prosecutor|priest|doctor|teacher|commander)s?\b/;
/** "Rocket fire hit Velyka Pysarivka, the village head said": what was hit is the place, not the office holder. */
const HIT_BEFORE = /\b(?:hit|hits|struck|strikes|shelled|shells|attacked|attacks|bombed|bombs|targeted|damaged|pounded|shelling|struck at)\s+$/i;
/** "…, the village head said": the office is the speaker itself, so the name before it is no apposition. */
const OFFICE_SPEAKS = /^\s+(?:\p{L}+\s+){0,3}?(?:said|says|told|tells|reported|added|wrote)\b/u;

/**
 * A name set off by a place noun: ", a village" places it; ", the village head" names the person holding that office
 * ("said Bohdan Sirko, the village head"), unless a strike governs the name or the office speaks on its own — and a
 * name opening with a given name stays a person either way.
 */
function setOffAsPlace(name: string, before: string, after: string): boolean {
  const placeNoun = PLACE_AFTER.exec(after);
  if (!placeNoun) return false;
  const rest = after.slice(placeNoun[0].length);
  const office = OFFICE_NOUN.exec(rest);
  if (!office) return true;
  if (isGivenName(name.split(" ")[0])) return false;
  return HIT_BEFORE.test(before) || OFFICE_SPEAKS.test(rest.slice(office[0].length));
}

/** "the Agora group", "the Memorial society": an article before it places no organisation. */
const ARTICLE_ONLY = /^the["”]?\s+["“]?$/i;

function usedAsPlace(text: string, m: Mention, articleIsPlace = true): boolean {
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const locative = LOCATIVE_BEFORE.exec(before);
  return (
    (!!locative && (articleIsPlace || !ARTICLE_ONLY.test(locative[0]))) ||
    setOffAsPlace(m.actor.name, before, after) ||
    PLACE_NOUN_AFTER.test(after)
  );
}

/** Removes person actors that every mention uses as a place; returns the mentions left. */
export function dropPlacesAsPersons(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if (!m.pronoun) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  const dropped = new Set<Actor>();
  for (const [a, ms] of byActor) {
    // A lower-case description ("wife of a mobilised soldier") is no place name.
    // A one-word "organisation" ("Druzhkivka") is as often a town the capitalised-name step could not place.
    const oneWordBody = a.kind === "organization" && !/[\s\d]/.test(a.name) && !/^\p{Lu}+$/u.test(a.name);
    if ((a.kind !== "person" && !oneWordBody) || a.role || a.known || !UPPER_START.test(a.name)) continue;
    if (ms.every((m) => usedAsPlace(r.text, m, a.kind === "person"))) dropped.add(a);
  }
  for (const a of dropped) {
    r.actors.delete(a.name.toLowerCase());
    for (const f of a.forms) if (r.byForm.get(f) === a) r.byForm.delete(f);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}
