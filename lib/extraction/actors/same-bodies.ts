import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

/**
 * Two bodies the article names differently, each listing the other's name among its known names ("US Supreme Court"
 * and "American Supreme Court"), are one body: the later-named one folds into the first with its mentions and names.
 * Runs after the state aliases, which give bodies tied to a state their other names.
 */
export function mergeSameBodies(r: Registry, mentions: Mention[]): void {
  const bodies = [...r.actors.values()].filter((a) => a.kind !== "person" && a.kind !== "state").sort((a, b) => a.first - b.first);
  const into = new Map<Actor, Actor>();
  for (const [i, a] of bodies.entries()) {
    if (into.has(a)) continue;
    for (const b of bodies.slice(i + 1)) {
      if (into.has(b) || b.kind !== a.kind || !a.aliases.has(b.name) || !b.aliases.has(a.name)) continue;
      into.set(b, a);
      for (const n of [b.name, ...b.aliases]) if (n !== a.name) a.aliases.add(n);
      for (const f of b.forms) a.forms.add(f);
      r.actors.delete(b.name.toLowerCase());
    }
  }
  if (!into.size) return;
  for (const m of mentions) m.actor = into.get(m.actor) ?? m.actor;
  for (const [f, a] of r.byForm) if (into.has(a)) r.byForm.set(f, into.get(a)!);
}
