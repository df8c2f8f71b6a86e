/**
 * "The prime minister repeated her offer …", "The defendant admitted the arson …": a sentence whose subject is a role
 * noun phrase. A he or she in the next sentences takes up the person holding that role, not whoever was named last.
 */
import type { Actor } from "../actors";
import { ROLE_NOUNS } from "../gazetteer";
import type { Ctx } from "./context";
import { personOnTrial } from "./defendant";
import { lastPersonWithRole } from "./role-holder";

/** "The Estonian prime minister ", "The judge,": "The", up to three modifiers, a role noun, then no "of" or possessive. */
const OPENING_ROLE = new RegExp(`^The\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${[...ROLE_NOUNS, "defendant", "accused"].join("|")})(?=,|\\s+(?!of\\b|and\\b|for\\b)\\p{L})`, "u");

/** The person the role noun phrase opening sentence `k` stands for, or null when the sentence opens otherwise or no one holds it. */
export function roleOpeningHolder(ctx: Ctx, k: number): Actor | null {
  const s = ctx.sentences[k];
  const role = OPENING_ROLE.exec(ctx.text.slice(s.start, Math.min(s.end, s.start + 80)));
  if (!role) return null;
  if (role[2] === "defendant" || role[2] === "accused") return personOnTrial(ctx, s.start);
  return lastPersonWithRole(ctx, s.start, role[2], role[1]);
}
