// An audit entry in words: who did what to which record, and what changed (pure: no database).

export type AuditEntryLike = {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The account's name when the change was made (older entries: its current name). */
  userName: string | null;
  /** The record's title or name when the change was made, else its current one. */
  entityLabel: string | null;
  /** Names of the records other fields point at (speakerId, parentId, actors…), by id. */
  names?: Record<string, string>;
};

export type FieldChange = { field: string; before: string; after: string };

/** Bookkeeping the editor never typed: not worth a line. */
const HIDDEN = new Set(["id", "updatedAt", "createdAt", "version", "search", "updatedById", "createdById", "reviewState", "body", "slug", "status"]);

const LABELS: Record<string, string> = {
  speakerId: "speaker",
  addresseeId: "addressee",
  parentId: "affiliation",
  publicationId: "publication",
  publishedOn: "publication date",
  saidOn: "date said",
  saidPrecision: "date precision",
  datePrecision: "date precision",
  startDate: "date",
  endDate: "end date",
  dateText: "date phrase",
  sourceUrl: "URL",
  wikidataId: "Wikidata id",
  deletedAt: "deleted",
  text: "words",
};

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

function show(value: unknown, names: Record<string, string>): string {
  if (isEmpty(value)) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    if (names[value]) return names[value];
    // Dates stored as timestamps read as days.
    if (/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10);
    return value.length > 160 ? `${value.slice(0, 159)}…` : value;
  }
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        if (v && typeof v === "object" && "actorId" in v) {
          const link = v as { actorId: string; role?: string };
          return `${names[link.actorId] ?? link.actorId}${link.role ? ` (${link.role})` : ""}`;
        }
        return show(v, names);
      })
      .join(", ");
  }
  return JSON.stringify(value);
}

/**
 * The fields a change altered, as before → after in words. When the entry has an `after`, only its
 * fields count (`before` is often the whole record); unchanged fields and fields empty on both sides
 * are left out, and so is bookkeeping.
 */
export function fieldChanges(entry: Pick<AuditEntryLike, "before" | "after" | "names">): FieldChange[] {
  const names = entry.names ?? {};
  const b = (entry.before && typeof entry.before === "object" ? entry.before : {}) as Record<string, unknown>;
  const a = (entry.after && typeof entry.after === "object" ? entry.after : {}) as Record<string, unknown>;
  const keys = Object.keys(a).length > 0 ? Object.keys(a) : Object.keys(b);
  return keys
    .filter((k) => !HIDDEN.has(k))
    .filter((k) => !(isEmpty(b[k]) && isEmpty(a[k])) && show(b[k], names) !== show(a[k], names))
    .map((k) => ({ field: LABELS[k] ?? k.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(), before: show(b[k], names), after: show(a[k], names) }));
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) => items.map((t) => `“${t}”`).join(", ");

/** What a publish added, in words: "3 statements, 1 new event (“…”), merged into 1 stored event (“…”), 2 new actors (…)". */
export function publishSummary(after: unknown): string {
  const a = (after ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof a.statements === "number") parts.push(count(a.statements, "statement"));
  if (Array.isArray(a.newEvents)) parts.push(a.newEvents.length ? `${count(a.newEvents.length, "new event")} (${list(a.newEvents as string[])})` : "no new event");
  else if (typeof a.events === "number") parts.push(count(a.events, "event"));
  if (Array.isArray(a.mergedIntoEvents) && a.mergedIntoEvents.length) {
    parts.push(`added as a source to ${count(a.mergedIntoEvents.length, "stored event")} (${list(a.mergedIntoEvents as string[])})`);
  }
  if (Array.isArray(a.newActors) && a.newActors.length) parts.push(`${count(a.newActors.length, "new actor")} (${(a.newActors as string[]).join(", ")})`);
  if (Array.isArray(a.topics) && a.topics.length) parts.push(`${a.topics.length === 1 ? "topic" : "topics"} ${list(a.topics as string[])}`);
  return parts.join(", ");
}

const RECORD: Record<string, string> = { article: "the article", statement: "the statement", event: "the event", actor: "the actor", user: "the account" };

/**
 * One sentence for an entry: "Jane Doe published “Talks stall” with 3 statements, …". With
 * `withRecord` false (a record's own history) the record is "this article" instead of its name.
 */
export function describeEntry(entry: AuditEntryLike, withRecord = true): string {
  const who = entry.userName ?? "Someone (account removed)";
  const record = withRecord && entry.entityLabel ? `${entry.entityType} “${entry.entityLabel}”` : withRecord ? RECORD[entry.entityType] ?? entry.entityType : `this ${entry.entityType}`;
  const a = (entry.after ?? {}) as Record<string, unknown>;
  const b = (entry.before ?? {}) as Record<string, unknown>;
  switch (entry.action) {
    case "publish": {
      const summary = publishSummary(entry.after);
      return `${who} published ${record}${summary ? ` with ${summary}` : ""}.`;
    }
    case "save_draft":
      return `${who} saved ${record} as a draft.`;
    case "create":
      return `${who} created ${record}.`;
    case "delete":
      return `${who} deleted ${record}.`;
    case "restore":
      return `${who} restored ${record}.`;
    case "set_role":
      return `${who} changed the role of ${record}${b.role ? ` from ${b.role}` : ""} to ${a.role}.`;
    case "merge":
      if (typeof a.mergedInto === "string") return `${who} merged ${record} into “${entry.names?.[a.mergedInto] ?? a.mergedInto}”.`;
      if (typeof a.absorbed === "string") return `${who} merged “${entry.names?.[a.absorbed] ?? a.absorbed}” into ${record}.`;
      return `${who} merged ${record}.`;
    case "update": {
      if (typeof a.addedSource === "string") {
        const actors = typeof a.addedActors === "number" && a.addedActors > 0 ? ` and ${count(a.addedActors, "actor")}` : "";
        return `${who} added the article “${a.addedSource}” as a source of ${record}${actors}.`;
      }
      if (entry.entityType === "user" && typeof a.name === "string" && typeof b.name === "string") {
        return withRecord ? `${who} renamed the account “${b.name}” to “${a.name}”.` : `${who} renamed this account from “${b.name}” to “${a.name}”.`;
      }
      const fields = fieldChanges(entry).map((c) => c.field);
      return fields.length ? `${who} changed ${fields.join(", ")} of ${record}.` : `${who} saved ${record} without changes.`;
    }
    default:
      return `${who} ${entry.action.replace(/_/g, " ")} ${record}.`;
  }
}
