/**
 * "According to the prosecution, …", "…, the prosecutors said", "The prosecutor's office later said …": a court report
 * names the prosecuting body once ("the Kharkiv Regional Prosecutor's Office", "the Public Prosecution Service") and
 * then by what it does. The description stands for that body.
 */
import type { Actor } from "../actors";
import type { Ctx } from "./context";

/** "prosecution", "prosecutors", "regional prosecutors", "prosecutor's office": the words after "the" that describe it. */
const PROSECUTION = /^(?:[\p{Ll}-]+\s+){0,2}?(?:prosecution|prosecutors|prosecutor['’]s\s+office|prosecutors['’]\s+office)$/iu;

export const describesProsecution = (words: string[]) => PROSECUTION.test(words.join(" "));

/** The prosecuting body named last before `pos`, else the first named shortly after it (a lead that names it later). */
export function prosecutionBody(ctx: Ctx, pos: number): Actor | null {
  const bodies = ctx.index.mentions.filter((m) => !m.pronoun && m.actor.kind !== "person" && /\bprosecut/i.test(m.actor.name));
  return bodies.filter((m) => m.start < pos).pop()?.actor ?? bodies.find((m) => m.start > pos && m.start < pos + 600)?.actor ?? null;
}
