import Link from "next/link";

/** The small "Edit" link editors see on public pages; `label` says what it edits, for screen readers. */
export function EditLink({ href, label }: { href: string; label: string }) {
  return (
    <Link className="edit-link" href={href} aria-label={label} title={label}>
      Edit
    </Link>
  );
}
