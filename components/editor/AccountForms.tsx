"use client";

import { useState, useTransition } from "react";
import { createAccountAction, setRoleAction } from "@/lib/editor/actions";
import type { Failure } from "@/lib/editor/result";
import { callAction } from "./call-action";

export function CreateAccountForm() {
  const [result, setResult] = useState<Failure | { ok: true } | null>(null);
  const [pending, start] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form
      className="card stack"
      aria-labelledby="new-account"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = Object.fromEntries(new FormData(form));
        start(async () => {
          const r = await callAction(createAccountAction, data);
          setResult(r);
          if (r.ok) form.reset();
        });
      }}
    >
      <h2 id="new-account">New account</h2>
      {result && !result.ok && <p className="form-error" role="alert">{result.error}</p>}
      {result?.ok && <p className="form-ok" role="status">Account created.</p>}
      <div className="grid-2">
        {[
          ["email", "Email", "email"],
          ["name", "Name", "text"],
          ["password", "Password (10+ characters)", "password"],
        ].map(([name, label, type]) => (
          <div key={name}>
            <label htmlFor={`acc-${name}`}>{label}</label>
            <input id={`acc-${name}`} name={name} type={type} autoComplete={type === "password" ? "new-password" : "off"} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `acc-${name}-error` : undefined} />
            {errors[name] && <p id={`acc-${name}-error`} className="field-error">{errors[name]}</p>}
          </div>
        ))}
        <div>
          <label htmlFor="acc-role">Role</label>
          <select id="acc-role" name="role" defaultValue="editor">
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </div>
      </div>
      <div><button type="submit" disabled={pending}>{pending ? "Creating…" : "Create account"}</button></div>
    </form>
  );
}

export function RoleSelect({ userId, role, disabled }: { userId: string; role: string; disabled: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span>
      <label htmlFor={`role-${userId}`} className="visually-hidden">Role</label>
      <select
        id={`role-${userId}`}
        defaultValue={role}
        disabled={disabled || pending}
        onChange={(e) => {
          const value = e.target.value;
          start(async () => {
            const r = await callAction(setRoleAction, { userId, role: value });
            setMessage(r.ok ? "Saved" : r.error);
          });
        }}
      >
        <option value="reader">reader</option>
        <option value="editor">editor</option>
        <option value="admin">admin</option>
      </select>
      {message && <span className="small muted" role="status"> {message}</span>}
    </span>
  );
}
