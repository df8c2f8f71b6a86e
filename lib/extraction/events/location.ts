/** The place of a happening: the first named place of its clause that is not an actor, a month or a person's title. */
import type { EventCtx, FoundEvent } from "./context";

const LOCATION_RE = /\b(?:in|In|at|At|to|near|Near|into|from|of|hit|struck|targeted|attacked|shelled|on|over|around|outside|toward|towards)\s+(?:the\s+)?(?:(?:city|town|village|port|region)\s+of\s+)?(?:neighbouring\s+|neighboring\s+|southern\s+|eastern\s+|northern\s+|western\s+|occupied\s+|frontline\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})((?:\s+(?:region|oblast|Oblast|province|Province|Region))?)/gu;
const FACILITY_RE = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(?:oil\s+|gas\s+|power\s+|thermal\s+)?(?:refinery|summit|region|oblast|port|airfield|air base|airbase|plant|power plant|station|bridge|forum)\b/gu;
const NOT_PLACE = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its)$/;
const INSTITUTION_HEAD = /^(Forum|Summit|Conference|Council|Forces|Force|Ministry|Office|House|Times|Union|Staff)$/;

export function locationIn(ctx: EventCtx, from: number, to: number, exclude: [number, number][] = []): string | null {
  const s = ctx.text.slice(from, to);
  const cands: { pos: number; name: string; state: boolean }[] = [];
  const consider = (pos: number, raw: string, suffix = "") => {
    const name = raw.replace(/['’]s$/, "");
    const abs = from + pos;
    if (exclude.some(([a, b]) => abs >= a && abs < b)) return;
    const words = name.split(" ");
    const first = words[0];
    if (NOT_PLACE.test(first)) return;
    if (words.length > 2 || (INSTITUTION_HEAD.test(words[words.length - 1]) && !ctx.index.byForm.has(name))) return;
    if (words.some((w) => ctx.index.byForm.get(w)?.kind === "person" || /^(Secretary|Minister|President|General)$/.test(w))) return;
    const actor = ctx.index.byForm.get(name) ?? ctx.index.byForm.get(first);
    if (actor && actor.kind !== "state" && !actor.metonyms.has(name)) return;
    if (ctx.index.stateOfDemonym.has(first)) return;
    cands.push({ pos, name: `${name}${suffix}`, state: !!actor && actor.kind === "state" && !actor.metonyms.has(name) });
  };
  LOCATION_RE.lastIndex = 0;
  for (let m = LOCATION_RE.exec(s); m; m = LOCATION_RE.exec(s)) consider(m.index + m[0].indexOf(m[1]), m[1], m[2] ?? "");
  FACILITY_RE.lastIndex = 0;
  for (let m = FACILITY_RE.exec(s); m; m = FACILITY_RE.exec(s)) {
    const head = /(region|oblast)$/i.exec(m[0]);
    consider(m.index + 4, m[1], head ? ` ${head[1]}` : "");
  }
  cands.sort((a, b) => Number(a.state) - Number(b.state) || a.pos - b.pos);
  return cands[0]?.name ?? null;
}

/**
 * The place of each kept event, unless it is only a word of a named body's name ("the Cabinet of Ministers" gives no
 * place "Ministers"); a place that leads the name as its adjective stays ("the Odesa Regional Military Administration").
 * Done on the kept events, so the place still anchors a clause and feeds the gate as before.
 */
export function dropBodyNamePlaces(ctx: EventCtx, events: FoundEvent[]): void {
  for (const e of events) {
    const place = e.location?.split(" ")[0];
    if (!place) continue;
    const clause = ctx.text.slice(e.start, e.end);
    const places: number[] = [];
    for (let at = clause.indexOf(place); at >= 0; at = clause.indexOf(place, at + 1)) places.push(e.start + at);
    if (places.length && places.every((at) => inBodyName(ctx, at, place))) e.location = null;
  }
}

function inBodyName(ctx: EventCtx, abs: number, name: string): boolean {
  const body = ctx.index.mentions.find((m) => m.actor.kind !== "state" && !m.pronoun && m.start <= abs && abs < m.end);
  if (!body) return false;
  const leadsModifier = body.start === abs && /^\s+\p{Lu}/u.test(ctx.text.slice(abs + name.length, body.end));
  return !leadsModifier;
}
