import { format } from "date-fns";

type Entry = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  user: { name: string } | null;
};

/**
 * Changed fields only, as before → after. `after` holds what the change wrote while `before` is often
 * the whole record, so when there is an `after` only its fields are compared (ids and spans the
 * change never touched would otherwise read as erased).
 */
function changes(before: unknown, after: unknown): [string, unknown, unknown][] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = Object.keys(a).length > 0 ? Object.keys(a) : Object.keys(b);
  return keys
    .filter((k) => !["updatedAt", "version", "createdAt", "search"].includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => [k, b[k], a[k]]);
}

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export function AuditEntries({ entries, showRecord = true }: { entries: Entry[]; showRecord?: boolean }) {
  if (entries.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            {showRecord && <th scope="col">Record</th>}
            <th scope="col">Changes (before → after)</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td><time dateTime={e.at.toISOString()}>{format(e.at, "d MMM yyyy HH:mm")}</time></td>
              <td>{e.user?.name ?? "—"}</td>
              <td>{e.action.replace("_", " ")}</td>
              {showRecord && (
                <td>
                  {e.entityType}{" "}
                  {e.entityType === "user" ? (
                    <code className="small">{e.entityId.slice(0, 10)}</code>
                  ) : (
                    <a href={`/editor/${e.entityType}s/${e.entityId}`}><code className="small">{e.entityId.slice(0, 10)}</code></a>
                  )}
                </td>
              )}
              <td>
                <ul className="small" style={{ margin: 0, paddingLeft: 16 }}>
                  {changes(e.before, e.after).slice(0, 12).map(([field, b, a]) => (
                    <li key={field}><strong>{field}</strong>: {show(b).slice(0, 160)} → {show(a).slice(0, 160)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
