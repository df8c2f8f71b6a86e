"use client";

import { ACTOR_KINDS, type ReviewActor } from "@/lib/editor/schemas";

type Props = {
  actors: ReviewActor[];
  known: { id: string; name: string }[];
  errors: Record<string, string>;
  onChange: (actors: ReviewActor[]) => void;
};

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);

/** Known actors worth offering for a proposed one: the chosen one, then those sharing a word of its names. */
function candidates(actor: ReviewActor, known: Props["known"]) {
  const mine = new Set([actor.name, ...actor.aliases].flatMap(words));
  const related = known.filter((k) => k.id === actor.actorId || words(k.name).some((w) => mine.has(w)));
  return related.slice(0, 15);
}

export function ReviewActors({ actors, known, errors, onChange }: Props) {
  const update = (i: number, patch: Partial<ReviewActor>) => onChange(actors.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const byName = new Map(known.map((k) => [k.name.toLowerCase(), k]));
  return (
    <fieldset className="card stack">
      <legend>Actors ({actors.filter((a) => a.decision !== "reject").length} kept)</legend>
      <p className="small muted">Each proposed actor is matched to one already in Faultline by name or alias. Pick another, create it as new, or drop it.</p>
      <div className="table-wrap">
        <table className="table review-actors">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">In Faultline</th><th scope="col">Role</th><th scope="col">Aliases</th></tr>
          </thead>
          <tbody>
            {actors.map((actor, i) => {
              const err = (f: string) => errors[`review.actors.${i}.${f}`];
              return (
                <tr key={actor.key} className={actor.decision === "reject" ? "is-rejected" : undefined}>
                  <td>
                    <label className="visually-hidden" htmlFor={`actor-${i}-name`}>Name</label>
                    <input id={`actor-${i}-name`} value={actor.name} onChange={(e) => update(i, { name: e.target.value })} aria-invalid={!!err("name")} />
                    {err("name") && <p className="field-error">{err("name")}</p>}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`actor-${i}-kind`}>Kind</label>
                    <select id={`actor-${i}-kind`} value={actor.kind} onChange={(e) => update(i, { kind: e.target.value as ReviewActor["kind"] })}>
                      {ACTOR_KINDS.map((k) => <option key={k} value={k}>{k.replace("_", " ")}</option>)}
                    </select>
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`actor-${i}-match`}>Match for {actor.name}</label>
                    <select
                      id={`actor-${i}-match`}
                      value={actor.decision === "existing" ? `id:${actor.actorId}` : actor.decision}
                      aria-invalid={!!err("actorId")}
                      onChange={(e) => {
                        const v = e.target.value;
                        if (v.startsWith("id:")) update(i, { decision: "existing", actorId: v.slice(3), name: known.find((k) => k.id === v.slice(3))?.name ?? actor.name });
                        else update(i, { decision: v as "new" | "reject", actorId: undefined });
                      }}
                    >
                      <option value="new">New actor</option>
                      <option value="reject">Drop (not an actor)</option>
                      <optgroup label="Existing actor">
                        {candidates(actor, known).map((k) => <option key={k.id} value={`id:${k.id}`}>{k.name}</option>)}
                      </optgroup>
                    </select>
                    {/* Every known actor in one shared list, rather than in every row's select. */}
                    <label className="visually-hidden" htmlFor={`actor-${i}-find`}>Find another existing actor for {actor.name}</label>
                    <input
                      id={`actor-${i}-find`}
                      list="known-actor-names"
                      placeholder="Find another…"
                      className="small"
                      onChange={(e) => {
                        const match = byName.get(e.target.value.trim().toLowerCase());
                        if (!match) return;
                        update(i, { decision: "existing", actorId: match.id, name: match.name });
                        e.target.value = "";
                      }}
                    />
                    {err("actorId") && <p className="field-error">{err("actorId")}</p>}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`actor-${i}-role`}>Role</label>
                    <input id={`actor-${i}-role`} value={actor.role ?? ""} onChange={(e) => update(i, { role: e.target.value })} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`actor-${i}-aliases`}>Aliases</label>
                    <input
                      id={`actor-${i}-aliases`}
                      value={actor.aliases.join(", ")}
                      onChange={(e) => update(i, { aliases: e.target.value.split(",").map((a) => a.trim()).filter(Boolean) })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <datalist id="known-actor-names">
        {known.map((k) => <option key={k.id} value={k.name} />)}
      </datalist>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...actors, { key: `n${Date.now()}`, decision: "new", name: "", kind: "person", role: undefined, aliases: [] }])}
      >
        Add an actor
      </button>
    </fieldset>
  );
}
