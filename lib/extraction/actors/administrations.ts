/**
 * A government named after its leader: "the Trump administration", "the Tusk government", "the Orban cabinet". The
 * leader must be a person the article (or the gazetteer) knows, so "the Biden administration" needs Biden named.
 */
import { escapeRe } from "./lexicon";
import type { Registry } from "./registry";

export function leaderGovernments(r: Registry): void {
  if (!/ (?:administration|government|cabinet)\b/.test(r.text)) return;
  const surnames = new Set<string>();
  for (const a of r.actors.values()) if (a.kind === "person") surnames.add(a.name.split(" ").pop()!);
  for (const [form, g] of r.gazForm) if (g.entry.kind === "person" && !/\s/.test(form)) surnames.add(form);
  if (!surnames.size) return;
  const re = new RegExp(`(?<![\\p{L}-])(${[...surnames].map(escapeRe).join("|")})\\s+(administration|government|cabinet)(?![\\p{L}-])`, "gu");
  for (const m of r.text.matchAll(re)) {
    const name = `${m[1]} ${m[2]}`;
    if (!r.byForm.has(name)) r.addForm(r.ensure(name, "government"), name);
  }
}
