/**
 * "Merz's office said the call with Zelensky lasted an hour": a person's office speaks for its holder, but the call,
 * meeting or visit it reports is the holder's. In every event the holder takes the office's place (once).
 */
import type { ActorIndex } from "../actors";
import type { FoundEvent } from "./context";

export function holdersForOffices(index: ActorIndex, events: FoundEvent[]): void {
  const holderOf = new Map<string, string>();
  for (const a of index.actors) {
    const holder = a.holderForm ? index.byForm.get(a.holderForm) : undefined;
    if (holder?.kind === "person") holderOf.set(a.name, holder.name);
  }
  if (!holderOf.size) return;
  for (const e of events) {
    const roles: FoundEvent["actorRoles"] = [];
    for (const r of e.actorRoles) {
      const name = holderOf.get(r.name) ?? r.name;
      if (!roles.some((x) => x.name === name)) roles.push(name === r.name ? r : { ...r, name });
    }
    e.actorRoles = roles;
    e.actors = roles.map((r) => r.name);
  }
}
