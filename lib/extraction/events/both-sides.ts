/**
 * A meeting, call or deal told of "the two sides", "both countries" or "the two leaders" names its parties only by
 * pointing back: they are the first two actors of that kind named together in the sentences before (or earlier in its
 * own sentence), and each takes part ("Ruritania and Freedonia met in Vienna. The two sides agreed to swap prisoners").
 */
import type { Actor, Mention } from "../actors";
import type { EventCtx, FoundEvent } from "./context";
import { SYMMETRIC } from "./roles";

const PAIR = /\b(?:the\s+)?(?:two|both)\s+(?:\p{Ll}+\s+)?(sides|countries|nations|states|governments|delegations|parties|leaders|presidents|ministers|men|companies|firms)\b(?!\s+of\b)/u;
const KIND_OF_NOUN: Record<string, Actor["kind"]> = {
  sides: "state", countries: "state", nations: "state", states: "state", governments: "state", delegations: "state", parties: "state",
  leaders: "person", presidents: "person", ministers: "person", men: "person", companies: "organization", firms: "organization",
};
/** How many sentences back the pair may be named. */
const LOOK_BACK = 4;

/** The kind of actor a clause's pair phrase points back to, if it has one. */
export function pairKindIn(clause: string): Actor["kind"] | null {
  const m = PAIR.exec(clause);
  return m ? KIND_OF_NOUN[m[1]] : null;
}

/** The first two distinct actors of a kind among mentions, in the order named, or null if fewer are named. */
export function firstPair(mentions: Mention[], kind: Actor["kind"], listed: (a: Actor) => boolean): Actor[] | null {
  const pair: Actor[] = [];
  for (const m of mentions) {
    if (m.actor.kind !== kind || m.pronoun || !listed(m.actor) || pair.includes(m.actor)) continue;
    pair.push(m.actor);
    if (pair.length === 2) return pair;
  }
  return null;
}

/** The pair named last before `pos`: its own sentence's words before it first, then up to LOOK_BACK sentences back. */
function pairBefore(ctx: EventCtx, pos: number, kind: Actor["kind"]): Actor[] | null {
  const listed = new Set(ctx.index.actors);
  const at = ctx.sentences.findIndex((s) => pos >= s.start && pos < s.end);
  for (let i = at; i >= 0 && i >= at - LOOK_BACK; i--) {
    const s = ctx.sentences[i];
    const end = i === at ? pos : s.end;
    const named = ctx.index.mentions.filter((m) => m.start >= s.start && m.end <= end).sort((a, b) => a.start - b.start);
    const pair = firstPair(named, kind, (a) => listed.has(a));
    if (pair) return pair;
  }
  return null;
}

/** Gives each meeting, call or deal told of a pair ("the two sides agreed …") the two it points back to. */
export function addPairParties(ctx: EventCtx, e: FoundEvent): void {
  if (!SYMMETRIC.has(e.type)) return;
  const kind = pairKindIn(ctx.text.slice(e.start, e.end));
  const pair = kind && pairBefore(ctx, e.start, kind);
  for (const actor of pair ?? []) {
    if (e.actorRoles.some((r) => r.name === actor.name)) continue;
    e.actorRoles.push({ name: actor.name, role: "participant" });
    e.actors.push(actor.name);
  }
}
