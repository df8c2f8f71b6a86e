"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreAction, softDeleteAction } from "@/lib/editor/actions";
import type { TrashEntity } from "@/lib/editor/trash";
import { callAction } from "../call-action";

/** Delete (with an inline confirmation) for editors; Restore for admins on a deleted record. */
export function RecordActions({
  entity,
  id,
  deleted,
  isAdmin,
  afterDelete,
}: {
  entity: TrashEntity;
  id: string;
  deleted: boolean;
  isAdmin: boolean;
  /** Where an editor goes once the record is gone (they can no longer open it). */
  afterDelete: string;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const remove = () =>
    start(async () => {
      const r = await callAction(softDeleteAction, { entity, id });
      setConfirming(false);
      if (!r.ok) return setMessage({ kind: "error", text: r.error });
      if (isAdmin) {
        setMessage({ kind: "ok", text: `Deleted. It is hidden from every page; restore it here or from the trash.` });
        router.refresh();
      } else {
        router.push(afterDelete);
      }
    });

  return (
    <section className="card stack" aria-labelledby={`${entity}-actions`}>
      <h2 id={`${entity}-actions`}>{deleted ? "Deleted" : `Delete this ${entity}`}</h2>
      {message && <p className={message.kind === "error" ? "form-error" : "form-ok"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      {deleted ? (
        isAdmin ? (
          <div className="row">
            <RestoreButton entity={entity} id={id} onRestored={() => setMessage({ kind: "ok", text: "Restored." })} />
          </div>
        ) : (
          <p className="muted small">Only an admin can restore it.</p>
        )
      ) : confirming ? (
        <div className="confirm stack" role="group" aria-label="Confirm deletion">
          <p style={{ margin: 0 }}>
            Delete this {entity}? It disappears from every public page and list{entity === "article" ? " (with its statements)" : ""}. An admin can restore it from the trash.
          </p>
          <div className="row">
            <button type="button" className="danger" onClick={remove} disabled={pending}>{pending ? "Deleting…" : `Yes, delete this ${entity}`}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending}>Cancel</button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted small" style={{ margin: 0 }}>Hides it everywhere; nothing is erased and an admin can restore it.</p>
          <div className="row">
            <button type="button" className="secondary danger-outline" onClick={() => { setMessage(null); setConfirming(true); }}>Delete…</button>
          </div>
        </>
      )}
    </section>
  );
}

export function RestoreButton({ entity, id, label, onRestored }: { entity: TrashEntity; id: string; label?: string; onRestored?: () => void }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="restore">
      <button
        type="button"
        className="secondary"
        aria-label={label ? `Restore ${label}` : undefined}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await callAction(restoreAction, { entity, id });
            if (!r.ok) return setError(r.error);
            setError(null);
            onRestored?.();
            router.refresh();
          })
        }
      >
        {pending ? "Restoring…" : "Restore"}
      </button>
      {error && <span className="field-error" role="alert"> {error}</span>}
    </span>
  );
}
