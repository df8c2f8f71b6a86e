"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergeActorsAction, updateActorAction } from "@/lib/editor/actions";
import { actorEditSchema, mergeActorsSchema } from "@/lib/editor/correction-schemas";
import { ACTOR_KINDS } from "@/lib/editor/schemas";
import { Field } from "../Field";
import { ConflictPanel, FormMessage, text } from "./FormParts";
import { useCorrection } from "./useCorrection";
import styles from "./Corrections.module.css";
import { callAction } from "../call-action";

type Kind = (typeof ACTOR_KINDS)[number];
type Values = { name: string; kind: Kind; role: string; country: string; parentId: string; wikidataId: string; aliases: string };
type Actor = { id: string; name: string };

const aliasList = (s: string) => s.split("\n").map((a) => a.trim()).filter(Boolean);

export function ActorForm({
  id,
  version,
  initial,
  actors,
  kindLabels,
  disabled,
}: {
  id: string;
  version: number;
  initial: Values;
  actors: Actor[];
  kindLabels: Record<Kind, string>;
  disabled?: boolean;
}) {
  const f = useCorrection({
    id,
    version,
    initial,
    schema: actorEditSchema,
    action: updateActorAction,
    toInput: (v: Values) => ({ ...v, aliases: aliasList(v.aliases) }),
  });
  const { values: v, set, errors } = f;
  const name = (actorId: unknown) => (actorId ? (actors.find((a) => a.id === actorId)?.name ?? "(another actor)") : "");
  const theirAliases = (list: unknown) => (Array.isArray(list) ? (list as { alias: string }[]).map((a) => a.alias).sort().join(", ") : "");
  const aliasError = Object.entries(errors).find(([k]) => k.startsWith("aliases"))?.[1];

  return (
    <form className={`card stack ${styles.form}`} aria-labelledby="edit-actor" noValidate onSubmit={(e) => { e.preventDefault(); f.save(); }}>
      <h2 id="edit-actor">Actor</h2>
      <FormMessage message={f.message} />
      {f.conflict && (
        <ConflictPanel
          onApply={f.applyOnTop}
          rows={[
            { label: "Name", theirs: text(f.conflict.name), yours: v.name },
            { label: "Kind", theirs: kindLabels[f.conflict.kind as Kind] ?? text(f.conflict.kind), yours: kindLabels[v.kind] },
            { label: "Role", theirs: text(f.conflict.role), yours: v.role },
            { label: "Country", theirs: text(f.conflict.country), yours: v.country },
            { label: "Part of", theirs: name(f.conflict.parentId), yours: name(v.parentId) },
            { label: "Wikidata id", theirs: text(f.conflict.wikidataId), yours: v.wikidataId },
            { label: "Aliases", theirs: theirAliases(f.conflict.aliases), yours: aliasList(v.aliases).sort().join(", ") },
          ]}
        />
      )}
      <fieldset className="stack" disabled={disabled || f.pending}>
        <div className="grid-2">
          <Field id="ac-name" label="Name" error={errors.name}>
            {(p) => <input {...p} type="text" value={v.name} onChange={(e) => set("name", e.target.value)} />}
          </Field>
          <Field id="ac-kind" label="Kind" error={errors.kind}>
            {(p) => (
              <select {...p} value={v.kind} onChange={(e) => set("kind", e.target.value as Kind)}>
                {ACTOR_KINDS.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}
              </select>
            )}
          </Field>
          <Field id="ac-role" label="Role" error={errors.role} hint="“Kremlin spokesman”, “President of Ukraine”.">
            {(p) => <input {...p} type="text" value={v.role} onChange={(e) => set("role", e.target.value)} />}
          </Field>
          <Field id="ac-country" label="Country" error={errors.country}>
            {(p) => <input {...p} type="text" value={v.country} onChange={(e) => set("country", e.target.value)} />}
          </Field>
          <Field id="ac-parent" label="Part of (affiliation)" error={errors.parentId}>
            {(p) => (
              <select {...p} value={v.parentId} onChange={(e) => set("parentId", e.target.value)}>
                <option value="">— none —</option>
                {actors.filter((a) => a.id !== id).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            )}
          </Field>
          <Field id="ac-wikidata" label="Wikidata id" error={errors.wikidataId} hint="Like Q7747; empty if unknown.">
            {(p) => <input {...p} type="text" value={v.wikidataId} onChange={(e) => set("wikidataId", e.target.value)} />}
          </Field>
        </div>
        <Field id="ac-aliases" label="Aliases" error={aliasError} hint="One per line: other spellings, acronyms.">
          {(p) => <textarea {...p} rows={4} value={v.aliases} onChange={(e) => set("aliases", e.target.value)} />}
        </Field>
        <div className="row">
          <button type="submit">{f.pending ? "Saving…" : "Save"}</button>
        </div>
      </fieldset>
    </form>
  );
}

/** Folds this actor into another; its profile address then redirects there. */
export function MergeActor({ sourceId, sourceName, actors }: { sourceId: string; sourceName: string; actors: Actor[] }) {
  const router = useRouter();
  const [targetId, setTargetId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ form?: string; field?: string }>({});
  const [pending, start] = useTransition();
  const target = actors.find((a) => a.id === targetId);

  const ask = () => {
    const checked = mergeActorsSchema.safeParse({ sourceId, targetId });
    if (!targetId) return setError({ field: "Choose the actor to merge into." });
    if (!checked.success) return setError({ field: checked.error.issues[0]?.message });
    setError({});
    setConfirming(true);
  };
  const merge = () =>
    start(async () => {
      const r = await callAction(mergeActorsAction, { sourceId, targetId });
      if (!r.ok) {
        setConfirming(false);
        return setError({ form: r.error, field: r.fieldErrors?.targetId });
      }
      router.push(`/actors/${r.targetSlug}`);
    });

  return (
    <section className="card stack" aria-labelledby="merge-actor">
      <h2 id="merge-actor">Merge into another actor</h2>
      <p className="muted small" style={{ margin: 0 }}>
        For duplicates. Statements, event roles, mentions, aliases and members move to the other actor, “{sourceName}” becomes one of its
        aliases, and this actor’s address redirects to it.
      </p>
      {error.form && <p className="form-error" role="alert">{error.form}</p>}
      <Field id="merge-target" label="Merge into" error={error.field}>
        {(p) => (
          <select {...p} value={targetId} disabled={pending} onChange={(e) => { setTargetId(e.target.value); setConfirming(false); }}>
            <option value="">Choose…</option>
            {actors.filter((a) => a.id !== sourceId).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        )}
      </Field>
      {confirming && target ? (
        <div className="confirm stack" role="group" aria-label="Confirm merge">
          <p style={{ margin: 0 }}>Merge “{sourceName}” into “{target.name}”? This cannot be undone from here.</p>
          <div className="row">
            <button type="button" className="danger" onClick={merge} disabled={pending}>{pending ? "Merging…" : `Yes, merge into ${target.name}`}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="row"><button type="button" className="secondary" onClick={ask}>Merge…</button></div>
      )}
    </section>
  );
}
