"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergeEventsAction } from "@/lib/editor/actions";
import { mergeEventsSchema } from "@/lib/editor/correction-schemas";
import type { MergeCandidate } from "@/lib/editor/event-merge";
import { callAction } from "../call-action";
import styles from "./Corrections.module.css";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "Merge into…": choose the surviving event (likely duplicates, or found by title or address), confirm what moves, go to it. */
export function MergeEvent({ sourceId, sourceTitle, likely, found, find, findMessage }: {
  sourceId: string;
  sourceTitle: string;
  likely: MergeCandidate[];
  found: MergeCandidate[];
  find: string;
  findMessage: string | null;
}) {
  const router = useRouter();
  const [targetId, setTargetId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const target = [...likely, ...found].find((e) => e.id === targetId);

  const ask = () => {
    if (!targetId) return setError("Choose the event to merge into.");
    const checked = mergeEventsSchema.safeParse({ sourceId, targetId });
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "Choose another event.");
    setError(null);
    setConfirming(true);
  };
  const merge = () =>
    start(async () => {
      const r = await callAction(mergeEventsAction, { sourceId, targetId });
      if (!r.ok) {
        setConfirming(false);
        return setError(r.fieldErrors?.targetId ?? r.error);
      }
      router.push(`/events/${r.targetId}`);
    });
  const choose = (id: string) => { setTargetId(id); setConfirming(false); setError(null); };

  return (
    <section className="card stack" aria-labelledby="merge-event" data-testid="merge-event">
      <h2 id="merge-event">Merge into…</h2>
      <p className="muted small" style={{ margin: 0 }}>
        For one happening stored twice. Its reporting articles and actors move to the event you choose, with the statements made beside it;
        this event’s address then redirects there.
      </p>
      <form method="get" className={styles.mergeFind} role="search" aria-label="Find an event to merge into">
        <label htmlFor="merge-find">Find by title or address</label>
        <div className="row">
          <input id="merge-find" name="find" type="search" defaultValue={find} placeholder="Words of the title, or /events/…" />
          <button type="submit" className="secondary">Find</button>
        </div>
      </form>
      {findMessage && <p className="form-error" role="status" data-testid="merge-find-message">{findMessage}</p>}
      {error && <p className="form-error" role="alert" data-testid="merge-error">{error}</p>}
      <Candidates legend="Likely duplicates (same type or actors, within a week)" empty="No likely duplicate." events={likely} chosen={targetId} onChoose={choose} disabled={pending} />
      {found.length > 0 && <Candidates legend={`Found for “${find}”`} events={found} chosen={targetId} onChoose={choose} disabled={pending} />}
      {confirming && target ? (
        <div className="confirm stack" role="group" aria-label="Confirm merge">
          <p style={{ margin: 0 }}>
            Merge “{sourceTitle}” into “{target.title}”? {count(target.moves.articles, "reporting article")}, {count(target.moves.actors, "actor")} and{" "}
            {count(target.moves.statements, "statement")} move there (what it has already stays once); this event’s page then redirects to it. This cannot be
            undone from here.
          </p>
          <div className="row">
            <button type="button" className="danger" onClick={merge} disabled={pending}>{pending ? "Merging…" : "Yes, merge"}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="row"><button type="button" className="secondary" onClick={ask} disabled={pending}>Merge…</button></div>
      )}
    </section>
  );
}

function Candidates({ legend, empty, events, chosen, onChoose, disabled }: {
  legend: string;
  empty?: string;
  events: MergeCandidate[];
  chosen: string;
  onChoose: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className={styles.mergeList}>
      <legend>{legend}</legend>
      {events.length === 0 && <p className="muted small" style={{ margin: 0 }}>{empty}</p>}
      {events.map((e) => (
        <label key={e.id} className={styles.mergeOption}>
          <input type="radio" name="merge-target" value={e.id} checked={chosen === e.id} onChange={() => onChoose(e.id)} disabled={disabled} />
          <span>
            <strong>{e.title}</strong>
            <span className="small muted" style={{ display: "block" }}>
              {e.type} · {e.date}{e.place ? ` · ${e.place}` : ""}{e.sharedActors ? ` · ${count(e.sharedActors, "shared actor")}` : ""} ·{" "}
              <a href={`/events/${e.id}`} target="_blank" rel="noreferrer">view</a>
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
