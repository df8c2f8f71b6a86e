"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/editor/schemas";
import { callAction } from "../call-action";
import type { Failure, Result } from "@/lib/editor/result";

export type Message = { kind: "error" | "ok"; text: string } | null;

/**
 * State of one correction form: the values being typed, the version they were loaded at, errors
 * (client-side zod first, then the service's), and the record as someone else saved it on a conflict.
 */
export function useCorrection<V, I extends object>({
  id,
  version: loadedVersion,
  initial,
  schema,
  toInput,
  action,
}: {
  id: string;
  version: number;
  initial: V;
  schema: z.ZodType;
  toInput: (values: V) => I;
  action: (input: unknown) => Promise<Result<{ id: string; version: number }>>;
}) {
  const router = useRouter();
  const [values, setValues] = useState<V>(initial);
  const [version, setVersion] = useState(loadedVersion);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  // What a field refused as typed (a "When" that reads as no date): the values still hold the last good
  // reading, so saving now would quietly store that instead of what the editor sees.
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  const refuse = (field: string, refusal: string | null) =>
    setRefusals((all) => {
      const others = Object.fromEntries(Object.entries(all).filter(([key]) => key !== field));
      return refusal ? { ...others, [field]: refusal } : others;
    });

  const save = () =>
    start(async () => {
      setMessage(null);
      const input = { id, version, ...toInput(values) };
      const checked = schema.safeParse(input);
      if (!checked.success || Object.keys(refusals).length > 0) {
        setErrors({ ...(checked.success ? {} : fieldErrors(checked.error)), ...refusals });
        setMessage({ kind: "error", text: "Some fields need attention (marked below). Nothing was saved." });
        return;
      }
      const result = await callAction(action, input);
      if (!result.ok) {
        const failure = result as Failure;
        setErrors(failure.fieldErrors ?? {});
        setConflict(failure.current ?? null);
        setMessage({ kind: "error", text: failure.error });
        return;
      }
      setErrors({});
      setConflict(null);
      setVersion(result.version);
      setMessage({ kind: "ok", text: "Saved." });
      router.refresh();
    });

  /** Keep what was typed and base it on the version someone else saved; the next Save overwrites theirs. */
  const applyOnTop = () => {
    if (!conflict) return;
    setVersion(Number(conflict.version));
    setConflict(null);
    setMessage({ kind: "ok", text: "Your changes now apply on top of their version. Check the fields, then save." });
  };

  return { values, set, setValues, refuse, version, errors, message, conflict, pending, save, applyOnTop };
}
