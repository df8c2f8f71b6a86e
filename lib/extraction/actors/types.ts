/** The actor index's types, shared by every actor step and by the statement and event steps. */
import type { ActorKind } from "../gazetteer";

export const ACTOR_KINDS: ActorKind[] = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"];

export interface KnownActor {
  name: string;
  aliases: string[];
  kind: string;
  slug?: string;
}

export interface Actor {
  name: string;
  aliases: Set<string>;
  kind: ActorKind;
  role: string | null;
  /** The caller's id for a known actor, echoed in the proposal; never a sign of being known (the editor passes none). */
  slug?: string;
  /** Passed in by the caller (an editor's database): its name and kind are the caller's, set by the registry. */
  known?: true;
  /** Forms searched in the text (name, aliases, metonyms). */
  forms: Set<string>;
  metonyms: Set<string>;
  demonyms: string[];
  first: number;
  /** Described, not named ("a Western diplomat", "two traders"): somebody of this article only, never matched by name. */
  unnamed?: boolean;
  /** A person's office ("Merz's office"): the form naming its holder ("Merz"), who takes its place in events. */
  holderForm?: string;
}

export interface Mention {
  actor: Actor;
  start: number;
  end: number;
  surface: string;
  pronoun: boolean;
  possessive: boolean;
}

export interface ActorIndex {
  actors: Actor[];
  mentions: Mention[];
  byForm: Map<string, Actor>;
  /** State name by demonym ("Russian" -> "Russia") for roles and unit names. */
  stateOfDemonym: Map<string, string>;
}

export interface Token {
  text: string;
  base: string;
  start: number;
  end: number;
  possessive: boolean;
}
