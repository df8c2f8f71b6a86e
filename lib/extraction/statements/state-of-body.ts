/**
 * "…, the Foreign Ministry said" in an article that names two foreign ministries: a body named without its state is the
 * one of the state its sentence is about ("Armenia's minister held a call …, the Foreign Ministry said"), not whichever
 * state's ministry the bare name was first tied to.
 */
import type { Actor } from "../actors";
import { hasFiniteVerb, type Ctx, type FoundStatement } from "./context";

interface StateBody {
  state: string;
  /** The name without its state: "Foreign Ministry" for "Russian Foreign Ministry" or "Foreign Ministry of Russia". */
  rest: string;
}

/** The state a body's name carries, as a leading demonym or a trailing "of <State>", and the name without it. */
function stateBody(ctx: Ctx, name: string): StateBody | null {
  const lead = /^(\S+)\s+(.+)$/u.exec(name);
  const leadState = lead && ctx.index.stateOfDemonym.get(lead[1]);
  if (lead && leadState) return { state: leadState, rest: restKey(lead[2]) };
  const tail = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s]+)$/u.exec(name);
  if (tail && [...ctx.index.stateOfDemonym.values()].includes(tail[2])) return { state: tail[2], rest: restKey(tail[1]) };
  return null;
}

const restKey = (rest: string) => rest.toLowerCase().replace(/defense/g, "defence");

/** Whether `text` names the state or one of its demonyms as a word. */
function namesState(ctx: Ctx, text: string, state: string): boolean {
  const forms = [state, ...[...ctx.index.stateOfDemonym].filter(([, s]) => s === state).map(([d]) => d)];
  return forms.some((f) => new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text));
}

/** The one body of the same name but another state whose officials the statement's sentence names, when the speaker's own state is not named there. */
function bodyOfSentenceState(ctx: Ctx, s: FoundStatement): Actor | null {
  if (s.speaker.kind === "person") return null;
  const own = stateBody(ctx, s.speaker.name);
  if (!own) return null;
  const sentence = ctx.text.slice(s.sentence.start, s.sentence.end);
  if (namesState(ctx, sentence, own.state)) return null;
  // "Minister of Foreign Affairs of Armenia Ararat Mirzoyan": the state whose officials the sentence names, not any state it mentions ("Russia's war").
  // Only its subject's, before its first verb: the counterpart met ("X met Hungarian Minister Y") is no clue.
  const roles = ctx.index.mentions
    .filter((m) => m.start >= s.sentence.start && m.end <= s.sentence.end && m.actor.kind === "person" && m.actor.role)
    .filter((m) => !hasFiniteVerb(ctx.text.slice(s.sentence.start, m.start)))
    .map((m) => m.actor.role!)
    .join(" | ");
  const rivals = ctx.index.actors.filter((a) => {
    if (a === s.speaker || a.kind !== s.speaker.kind) return false;
    const other = stateBody(ctx, a.name);
    return !!other && other.rest === own.rest && other.state !== own.state && namesState(ctx, roles, other.state);
  });
  return rivals.length === 1 ? rivals[0] : null;
}

/** Each statement whose body speaker is named without its state, given the body of the state its sentence names. */
export function withStateOfSentence(ctx: Ctx, statements: FoundStatement[]): FoundStatement[] {
  return statements.map((s) => {
    const body = bodyOfSentenceState(ctx, s);
    return body ? { ...s, speaker: body } : s;
  });
}
