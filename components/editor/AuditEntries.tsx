import { format } from "date-fns";
import { describeEntry, fieldChanges, type AuditEntryLike } from "@/lib/audit/describe";

type Entry = AuditEntryLike & { id: string; at: Date };

const when = (at: Date) => <time dateTime={at.toISOString()}>{format(at, "d MMM yyyy HH:mm")}</time>;

function Changes({ entry }: { entry: Entry }) {
  // A publish is summarised in its sentence; a merge-in names its source there too.
  if (entry.action === "publish" || entry.action === "merge" || entry.action === "set_role") return null;
  const changes = fieldChanges(entry);
  if (entry.action !== "update" || changes.length === 0) return null;
  return (
    <ul className="small" style={{ margin: "4px 0 0", paddingLeft: 16 }}>
      {changes.slice(0, 12).map((c) => (
        <li key={c.field}>
          <strong>{c.field}</strong>: {c.before} → {c.after}
        </li>
      ))}
    </ul>
  );
}

function recordHref(e: Entry): string | null {
  return e.entityType === "user" ? null : `/editor/${e.entityType}s/${e.entityId}`;
}

/**
 * Audit entries in words. The log (`showRecord`) is a table with a link to each record, named as it
 * was; a record's own history reads as a story, newest first: "Jane Doe changed the title of this event."
 */
export function AuditEntries({ entries, showRecord = true }: { entries: Entry[]; showRecord?: boolean }) {
  if (entries.length === 0) return <p className="muted">No changes recorded.</p>;
  if (!showRecord) {
    return (
      <div className="table-wrap">
        <table className="table">
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="muted small" style={{ whiteSpace: "nowrap" }}>{when(e.at)}</td>
                <td>
                  {describeEntry(e, false)}
                  <Changes entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What happened</th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = recordHref(e);
            const label = e.entityLabel ?? `${e.entityType} (name unknown)`;
            return (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td>
                  {describeEntry(e)}
                  <Changes entry={e} />
                </td>
                <td>
                  <span className="muted small">{e.entityType}</span> {href ? <a href={href}>{label}</a> : label}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
