"use client";

import { ACTOR_KINDS, type ReviewActor } from "@/lib/editor/schemas";
import { ListInput } from "./ListInput";
import { actorCandidates, likelyStoredActor, type KnownActor } from "./review-model";

type Known = KnownActor;

/** Known actors worth offering for a proposed one, likeliest first (names and aliases compared). */
export const candidates = (actor: ReviewActor, known: Known[]): Known[] => actorCandidates(actor, known).map((c) => c.actor);

/** One line: the name and what publishing does with it. */
export function ActorSummary({ actor, known }: { actor: ReviewActor; known: Known[] }) {
  const match = actor.decision === "existing" ? known.find((k) => k.id === actor.actorId) : undefined;
  return (
    <>
      <span className="rv-kind rv-kind--actor">Actor</span> <strong>{actor.name || "(unnamed)"}</strong>
      <span className="muted small"> · {actor.kind.replace("_", " ")}{actor.unnamed && actor.decision === "new" && " · unnamed source, of this article only"} · {match ? "in Faultline" : actor.decision === "reject" ? "dropped" : "new actor"}</span>
    </>
  );
}

/** Uses the stored actor instead of creating one; the article's spelling becomes one of its aliases. */
export const storedActorPatch = (actor: ReviewActor, stored: Known): Partial<ReviewActor> => ({
  decision: "existing",
  actorId: stored.id,
  name: stored.name,
  aliases: actor.name !== stored.name ? [...new Set([actor.name, ...actor.aliases])] : actor.aliases,
  reviewed: true,
});

/** For a proposed new actor that looks like one already stored: use the stored one in one click (or m). */
export function ActorSuggestion({ actor, known, onChange }: { actor: ReviewActor; known: Known[]; onChange: (patch: Partial<ReviewActor>) => void }) {
  const likely = likelyStoredActor(actor, known);
  if (!likely) return null;
  return (
    <div className="rv-similar">
      Already in Faultline as “{likely.name}”?{" "}
      <button type="button" className="secondary small-button" onClick={() => onChange(storedActorPatch(actor, likely))}>
        Use “{likely.name}”
      </button>
    </div>
  );
}

type Props = {
  actor: ReviewActor;
  known: Known[];
  errors: Record<string, string>;
  index: number;
  onChange: (patch: Partial<ReviewActor>) => void;
};

/** An actor opened for correction: its name, kind, which stored actor it is, role and aliases. */
export function ActorDetails({ actor, known, errors, index: i, onChange }: Props) {
  const err = (f: string) => errors[`review.actors.${i}.${f}`];
  const byName = new Map(known.map((k) => [k.name.toLowerCase(), k]));
  return (
    <div className="rv-details grid-2">
      <div>
        <label htmlFor={`actor-${i}-name`}>Name</label>
        <input id={`actor-${i}-name`} value={actor.name} onChange={(e) => onChange({ name: e.target.value, unnamed: undefined })} aria-invalid={!!err("name")} />
        {err("name") && <p className="field-error">{err("name")}</p>}
      </div>
      <div>
        <label htmlFor={`actor-${i}-kind`}>Kind</label>
        <select id={`actor-${i}-kind`} value={actor.kind} onChange={(e) => onChange({ kind: e.target.value as ReviewActor["kind"] })}>
          {ACTOR_KINDS.map((k) => <option key={k} value={k}>{k.replace("_", " ")}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`actor-${i}-match`}>In Faultline</label>
        <select
          id={`actor-${i}-match`}
          value={actor.decision === "existing" ? `id:${actor.actorId}` : actor.decision}
          aria-invalid={!!err("actorId")}
          onChange={(e) => {
            const v = e.target.value;
            if (v.startsWith("id:")) onChange({ decision: "existing", actorId: v.slice(3), name: known.find((k) => k.id === v.slice(3))?.name ?? actor.name });
            else onChange({ decision: v as "new" | "reject", actorId: undefined });
          }}
        >
          <option value="new">New actor</option>
          <option value="reject">Drop (not an actor)</option>
          <optgroup label="Existing actor">
            {candidates(actor, known).map((k) => <option key={k.id} value={`id:${k.id}`}>{k.name}</option>)}
          </optgroup>
        </select>
        {err("actorId") && <p className="field-error">{err("actorId")}</p>}
      </div>
      <div>
        {/* Every known actor in one shared list (the datalist below the review), not in every select. */}
        <label htmlFor={`actor-${i}-find`}>Or find another stored actor</label>
        <input
          id={`actor-${i}-find`}
          list="known-actor-names"
          placeholder="Type a name…"
          onChange={(e) => {
            const match = byName.get(e.target.value.trim().toLowerCase());
            if (!match) return;
            onChange({ decision: "existing", actorId: match.id, name: match.name });
            e.target.value = "";
          }}
        />
      </div>
      <div>
        <label htmlFor={`actor-${i}-role`}>Role</label>
        <input id={`actor-${i}-role`} value={actor.role ?? ""} onChange={(e) => onChange({ role: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`actor-${i}-aliases`}>Aliases</label>
        <ListInput id={`actor-${i}-aliases`} value={actor.aliases} onChange={(aliases) => onChange({ aliases })} aria-describedby={`actor-${i}-aliases-hint`} />
        <p id={`actor-${i}-aliases-hint`} className="small muted" style={{ margin: "2px 0 0" }}>Separate several with commas.</p>
      </div>
    </div>
  );
}
