/** Marks an actor the article describes without naming ("a senior EU diplomat"): somebody of that one article. */
export function UnnamedSourceBadge() {
  return (
    <span className="badge badge--unnamed" title="Described, not named, in one article; not an actor of its own in the directory">
      Unnamed source
    </span>
  );
}
