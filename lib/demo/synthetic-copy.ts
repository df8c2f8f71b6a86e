import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// PostgreSQL COPY … FROM STDIN in text format, for loading many rows fast.

/** How each column's JS value is written; "day" is a date-only column, "time" a timestamp. */
export type ColumnKind = "text" | "int" | "bool" | "day" | "time" | "textArray";
export type TableSpec = { table: string; model: string; columns: Record<string, ColumnKind> };

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeText = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
const arrayLiteral = (items: string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

function encode(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "\\N";
  switch (kind) {
    case "bool":
      return value ? "t" : "f";
    case "int":
      return String(value);
    case "day":
      return (value as Date).toISOString().slice(0, 10);
    case "time":
      return (value as Date).toISOString();
    case "textArray":
      return escapeText(arrayLiteral(value as string[]));
    default:
      return escapeText(String(value));
  }
}

/** The rows as COPY text: one line per row, columns in the spec's order. */
export function copyText(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const columns = Object.entries(spec.columns);
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (i) out += "\t";
      out += encode(row[columns[i][0]], columns[i][1]);
    }
    out += "\n";
  }
  return out;
}

/** Streams the rows into the table (or another one with the same columns, e.g. a temporary copy). */
export async function copyRows(client: pg.PoolClient | pg.Client, spec: TableSpec, rows: readonly Record<string, unknown>[], into = `"${spec.table}"`) {
  if (rows.length === 0) return;
  const columns = Object.keys(spec.columns).map((c) => `"${c}"`).join(", ");
  const stream = client.query(copyFrom(`COPY ${into} (${columns}) FROM STDIN`));
  const text = copyText(spec, rows);
  await new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    // Large chunks go in slices so the socket's buffer is not asked to hold hundreds of megabytes at once.
    const SLICE = 1 << 20;
    let at = 0;
    const pump = () => {
      while (at < text.length) {
        const ok = stream.write(text.slice(at, (at += SLICE)));
        if (!ok) return void stream.once("drain", pump);
      }
      stream.end();
    };
    pump();
  });
}

const T = "text" as const;
export const TABLES = {
  publication: { table: "Publication", model: "publication", columns: { id: T, slug: T, name: T, url: T, createdAt: "time" } },
  topic: { table: "Topic", model: "topic", columns: { id: T, slug: T, name: T } },
  actor: { table: "Actor", model: "actor", columns: { id: T, slug: T, name: T, kind: T, role: T, country: T, verified: "bool", createdAt: "time", updatedAt: "time" } },
  alias: { table: "ActorAlias", model: "actorAlias", columns: { id: T, actorId: T, alias: T, normalized: T } },
  article: {
    table: "Article", model: "article",
    columns: { id: T, slug: T, publicationId: T, title: T, standfirst: T, authors: "textArray", dateline: T, publishedOn: "day", sourceUrl: T, body: T, status: T, createdAt: "time", updatedAt: "time" },
  },
  event: {
    table: "Event", model: "event",
    columns: {
      id: T, title: T, description: T, type: T, startDate: "day", endDate: "day", datePrecision: T, dateText: T, place: T, fatalities: "int", verified: "bool", createdAt: "time", updatedAt: "time",
      // Derived (what the triggers fill); written by the COPY loader, which runs with those triggers off.
      reportedOn: "day", linked: "bool", placeId: T,
    },
  },
  statement: {
    table: "Statement", model: "statement",
    columns: {
      id: T, articleId: T, speakerId: T, addresseeId: T, text: T, direct: "bool", saidOn: "day", saidPrecision: T, venue: T, part: T,
      spanStart: "int", spanEnd: "int", verified: "bool", createdAt: "time", updatedAt: "time", visible: "bool", day: "day", latestSaidOn: "day",
    },
  },
  eventActor: {
    table: "EventActor", model: "eventActor",
    columns: { eventId: T, actorId: T, role: T, type: T, placedOn: "day", placedEnd: "day", sortOn: "day", visible: "bool", placeId: T },
  },
  eventArticle: { table: "EventArticle", model: "eventArticle", columns: { eventId: T, articleId: T, part: T, spanStart: "int", spanEnd: "int" } },
  mention: { table: "ActorMention", model: "actorMention", columns: { articleId: T, actorId: T, count: "int", firstOffset: "int", visible: "bool", day: "day" } },
  articleTopic: { table: "ArticleTopic", model: "articleTopic", columns: { articleId: T, topicId: T } },
  statementTopic: { table: "StatementTopic", model: "statementTopic", columns: { statementId: T, topicId: T } },
} satisfies Record<string, TableSpec>;
