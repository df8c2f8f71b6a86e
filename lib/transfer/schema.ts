/**
 * One line of a bulk NDJSON file: an article with its actors, statements and events, in the
 * extraction contract's shape (lib/extraction/schema.ts) plus what a stored article adds: its URL
 * (the key: an article whose URL is stored is skipped), all its authors, event references (so an
 * event reported by several articles stays one event) and the verified flags.
 */
import { z } from "zod";
import { partialDateFromString } from "@/lib/dates/partial-date";
import { MAX_BODY, NO_CONTROL } from "@/lib/editor/schemas";
import { actorSchema, articleMetaSchema, eventSchema, isoDaySchema, PART_VALUES, PRECISION_VALUES, statementSchema } from "@/lib/extraction/schema";

const clean = (max: number) => z.string().max(max, `at most ${max} characters`).regex(NO_CONTROL, "control characters are not allowed");

export const transferActorSchema = actorSchema.extend({
  name: clean(200).min(1),
  aliases: z.array(clean(200).min(1)).max(30),
  role: clean(300).nullable(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lowercase words joined by -").max(80).optional(),
});

export const transferStatementSchema = statementSchema.extend({
  quote: clean(5000).min(1),
  saidAt: clean(300).nullable(),
  saidPrecision: z.enum(PRECISION_VALUES),
  addressee: z.string().nullable().optional(),
  verified: z.boolean().optional(),
});

export const transferEventSchema = eventSchema.extend({
  /** The stored event's id: lines that share it report the same event. */
  ref: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "a ref is letters, digits, _ and -").optional(),
  title: clean(300).min(1),
  description: clean(5000).nullable().optional(),
  dateText: clean(200).nullable(),
  dateEnd: isoDaySchema.nullable().optional(),
  location: clean(200).nullable(),
  fatalities: z.number().int().nonnegative().max(1_000_000).nullable().optional(),
  part: z.enum(PART_VALUES).default("body"),
  verified: z.boolean().optional(),
});

export const transferArticleSchema = articleMetaSchema.extend({
  title: clean(500).min(1),
  standfirst: clean(2000).nullable(),
  author: clean(200).nullable(),
  authors: z.array(clean(200).min(1)).max(20).optional(),
  dateline: clean(200).nullable(),
  publishedOn: isoDaySchema,
  publication: clean(200).min(1),
});

function datesMakeSense(value: string | null, precision: (typeof PRECISION_VALUES)[number]) {
  try {
    partialDateFromString(value, precision);
    return true;
  } catch {
    return false;
  }
}

export const transferLineSchema = z
  .strictObject({
    url: z.string().max(2000).regex(/^https?:\/\/\S+$/i, "the url must start with http:// or https://"),
    article: transferArticleSchema,
    body: clean(MAX_BODY).refine((b) => b.trim().length > 0, "the body is empty"),
    actors: z.array(transferActorSchema).max(500),
    statements: z.array(transferStatementSchema).max(1000),
    events: z.array(transferEventSchema).max(500),
  })
  .superRefine((line, ctx) => {
    const names = new Set<string>();
    line.actors.forEach((a, i) => {
      if (names.has(a.name)) ctx.addIssue({ code: "custom", path: ["actors", i, "name"], message: `two actors named ${a.name}` });
      names.add(a.name);
    });
    const lengths = { title: line.article.title.length, standfirst: line.article.standfirst?.length ?? 0, body: line.body.length };
    const span = (path: (string | number)[], s: { part: keyof typeof lengths; start: number; end: number }) => {
      if (s.start > s.end || s.end > lengths[s.part]) ctx.addIssue({ code: "custom", path, message: `span ${s.start}–${s.end} is outside the ${s.part} (${lengths[s.part]} characters)` });
    };
    const known = (path: (string | number)[], name: string) => {
      if (!names.has(name)) ctx.addIssue({ code: "custom", path, message: `unknown actor ${name}` });
    };
    line.statements.forEach((s, i) => {
      known(["statements", i, "speaker"], s.speaker);
      if (s.addressee) known(["statements", i, "addressee"], s.addressee);
      span(["statements", i], s);
      if (!datesMakeSense(s.saidOn, s.saidPrecision)) ctx.addIssue({ code: "custom", path: ["statements", i, "saidOn"], message: "not a calendar date" });
    });
    line.events.forEach((e, i) => {
      e.actors.forEach((a, j) => known(["events", i, "actors", j], a));
      e.actorRoles?.forEach((a, j) => known(["events", i, "actorRoles", j], a.name));
      span(["events", i], e);
      if (!datesMakeSense(e.date, e.datePrecision)) ctx.addIssue({ code: "custom", path: ["events", i, "date"], message: "not a calendar date" });
    });
  });

export type TransferLine = z.infer<typeof transferLineSchema>;
export type TransferLineInput = z.input<typeof transferLineSchema>;

/** The first problem of a line as one readable phrase: "statements.3.speaker: unknown actor X". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}
