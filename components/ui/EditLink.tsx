"use client";
import Link from "next/link";
import { useViewer } from "@/components/auth/viewer";
import { hasRole } from "@/lib/auth/permissions";

/**
 * The small "Edit" link editors see on public pages; `label` says what it edits, for screen readers.
 * Shown in the browser once it knows an editor is looking: the cached page itself has none.
 */
export function EditLink({ href, label }: { href: string; label: string }) {
  const viewer = useViewer();
  if (!hasRole(viewer && { id: "", email: "", ...viewer }, "editor")) return null;
  return (
    <Link className="edit-link" href={href} aria-label={label} title={label}>
      Edit
    </Link>
  );
}
