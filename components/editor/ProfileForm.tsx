"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateProfileAction } from "@/lib/editor/actions";
import { ACCOUNT_NAME_MAX, fieldErrors, profileSchema } from "@/lib/editor/schemas";
import { callAction } from "./call-action";
import { Field } from "./Field";

type Message = { kind: "ok" | "error"; text: string } | null;

/** Renames the signed-in account. Checked here as on the server; the server also refuses another account's name. */
export function ProfileForm({ name: current }: { name: string }) {
  const router = useRouter();
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();

  const save = () => {
    setMessage(null);
    const checked = profileSchema.safeParse({ name });
    if (!checked.success) {
      setError(fieldErrors(checked.error).name);
      return;
    }
    if (checked.data.name === current) {
      setError(undefined);
      setMessage({ kind: "ok", text: "That is already your name." });
      return;
    }
    start(async () => {
      const result = await callAction(updateProfileAction, checked.data);
      if (!result.ok) {
        setError(result.fieldErrors?.name);
        setMessage({ kind: "error", text: result.error });
        return;
      }
      setError(undefined);
      setName(result.name);
      setMessage({ kind: "ok", text: `Your name is now “${result.name}”. Entries already in the audit log keep the name they were made under.` });
      router.refresh();
    });
  };

  return (
    <form className="card stack" style={{ maxWidth: 560 }} aria-labelledby="profile-name" noValidate onSubmit={(e) => { e.preventDefault(); save(); }}>
      <h2 id="profile-name">Your name</h2>
      <p className="small muted" style={{ margin: 0 }}>Shown beside every change you make, in the audit log and on the desk.</p>
      {message && <p className={message.kind === "ok" ? "form-ok" : "form-error"} role={message.kind === "ok" ? "status" : "alert"}>{message.text}</p>}
      <Field id="profile-name-input" label="Name" error={error} hint={`At most ${ACCOUNT_NAME_MAX} characters; no other account may have it.`}>
        {(p) => <input {...p} type="text" autoComplete="name" maxLength={ACCOUNT_NAME_MAX + 50} value={name} onChange={(e) => { setName(e.target.value); setError(undefined); }} />}
      </Field>
      <div><button type="submit" disabled={pending}>{pending ? "Saving…" : "Save name"}</button></div>
    </form>
  );
}
