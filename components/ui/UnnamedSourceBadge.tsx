const TITLE = "Described, not named, in one article; not an actor of its own in the directory";

/**
 * Marks an actor the article describes without naming ("a senior EU diplomat"): somebody of that one article.
 * `form="text"` is the inline mark after a name in tables and chips, " (unnamed source)", which reads as
 * part of the line where a boxed badge would crowd it.
 */
export function UnnamedSourceBadge({ form = "badge" }: { form?: "badge" | "text" }) {
  if (form === "text") return <span className="unnamed-mark" title={TITLE}>{" (unnamed source)"}</span>;
  return (
    <span className="badge badge--unnamed" title={TITLE}>
      Unnamed source
    </span>
  );
}
