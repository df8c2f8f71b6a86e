import { z } from "zod";
import { DATE_PRECISIONS, isPartialDate, parseIsoDay, precisionMismatch, type DatePrecision } from "@/lib/dates/partial-date";
import { stripBidiControls } from "@/lib/text/bidi";
import { slugify } from "@/lib/text/slug";

// Shared by the editor's forms (client-side checks), the server actions and the tests.

export const ACTOR_KINDS = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"] as const;
export const EVENT_TYPE_VALUES = [
  "summit_talks", "phone_call", "proposal", "rejection", "agreement_ceasefire", "missile_drone_strike",
  "energy_infrastructure_attack", "ground_battle", "ground_advance", "aid_arms_decision", "sanctions",
  "threat_warning", "casualties", "political_change", "other",
] as const;
export const EVENT_ROLES = ["initiator", "target", "participant"] as const;
export const ARTICLE_PARTS = ["title", "standfirst", "body"] as const;

export const MAX_BODY = 100_000;

// Tabs and line breaks are text; other control characters are not, and break feeds and PostgreSQL.
export const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const CONTROL_MESSAGE = "Remove the invisible control characters.";
/** Short text shown inline (names, titles, quotes): trimmed, no control characters, no bidi overrides. */
export const text = (max: number, label: string) =>
  z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .regex(NO_CONTROL, CONTROL_MESSAGE);

/** Largest value of a PostgreSQL integer column (versions, offsets). */
export const MAX_INT = 2_147_483_647;
/** A stored record's id (cuid or uuid): checked before any query sees it. */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Not a record id.");
/** A record's version for optimistic concurrency. */
export const recordVersion = z.coerce.number({ error: "Not a version." }).int("Not a version.").min(1, "Not a version.").max(MAX_INT, "Not a version.");
/** A record id, or none (empty, as a blank form field sends it). */
const optionalId = recordId.optional().or(z.literal("").transform(() => undefined));
/** The same limit under the name some modules use. */
export const INT4_MAX = MAX_INT;
const optionalText = (max: number, label: string) =>
  text(max, label).optional().transform((v) => (v ? v : undefined));

/** The form's own key for a proposed actor; drafts store it (jsonb refuses NUL), so no control characters. */
const reviewKey = z.string().min(1).max(100).regex(NO_CONTROL, CONTROL_MESSAGE);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists on the calendar. */
export const partialDate = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}(-\d{2}(-\d{2})?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD.")
  .refine(isPartialDate, "That date does not exist.");

/** A precision sent with no date ("a month", but which?): refused, never quietly stored as unknown. */
function precisionWithoutDate(value: string | undefined, precision: DatePrecision): string | null {
  return value || precision === "unknown" ? null : `The precision says ${precision}, but there is no date: give the date, or set the precision to unknown.`;
}

/**
 * Refuses a record whose date does not fit its precision ("2026-03-05" as a month), or that has a precision
 * but no date, under the date's field, instead of storing it changed; forms, actions and the API share it through the schemas below.
 */
export function dateFitsPrecision<K extends string, P extends string>(dateKey: K, precisionKey: P) {
  return (record: Partial<Record<K, string>> & Record<P, DatePrecision>, ctx: z.RefinementCtx) => {
    const mismatch = precisionMismatch(record[dateKey], record[precisionKey]) ?? precisionWithoutDate(record[dateKey], record[precisionKey]);
    if (mismatch) ctx.addIssue({ code: "custom", path: [dateKey], message: mismatch });
  };
}

export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.")
  .refine((v) => parseIsoDay(v) !== null, "That date does not exist.");

export const MAX_TOPICS = 12;
/** One topic's name as the editor types it ("Peace talks"); its slug is what identifies it. */
export const topicName = text(60, "A topic").min(1, "A topic needs a name.").refine((v) => slugify(v) !== "", "A topic needs letters or digits.");
/** An article's topics: each once (by slug, so "Peace talks" and "peace talks" are one), at most MAX_TOPICS. */
export const topicList = z
  .array(topicName)
  .max(MAX_TOPICS, `At most ${MAX_TOPICS} topics.`)
  .transform((list) => list.filter((t, i) => list.findIndex((u) => slugify(u) === slugify(t)) === i))
  .default([]);

export const articleFieldsSchema = z.object({
  sourceUrl: z
    .string()
    .trim()
    .max(2000, "The URL is too long.")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "Enter a web address starting with http:// or https://.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  title: text(500, "The title").min(1, "Enter the title."),
  standfirst: optionalText(2000, "The standfirst"),
  authors: z.array(text(200, "An author's name").min(1)).max(20).default([]),
  topics: topicList,
  publication: text(200, "The publication").min(1, "Enter the publication."),
  publishedOn: isoDay,
  dateline: optionalText(200, "The dateline"),
  body: z
    .string()
    .trim()
    .min(1, "Paste the article's text.")
    .max(MAX_BODY, `The article is too long (at most ${MAX_BODY.toLocaleString("en")} characters).`)
    .regex(NO_CONTROL, CONTROL_MESSAGE),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const reviewActorSchema = z.object({
  key: reviewKey,
  decision: z.enum(["existing", "new", "reject"]),
  actorId: optionalId,
  name: text(200, "An actor's name").min(1, "Every actor needs a name."),
  kind: z.enum(ACTOR_KINDS),
  role: optionalText(300, "An actor's role"),
  aliases: z.array(text(200, "An alias").min(1)).max(30).default([]),
  /** A described source ("a Western diplomat"): published as somebody of this article, never taken for a stored namesake. */
  unnamed: z.boolean().optional(),
  /** The editor has decided on it (the review screen's progress); kept in drafts. */
  reviewed: z.boolean().optional(),
});

/**
 * What an editor typed in an item's "When" field and it refused, while the item keeps its last good date: kept on
 * the item (so in drafts), so that after a reload the field shows it again and Publish still waits until it is
 * fixed or reset. Kept for the editor, so cut and cleaned, not refused; empty (or blank), it is no refusal: an empty
 * "When" reads as an unknown date.
 */
const refusedWhen = z
  .string()
  .max(10_000)
  .transform((typed) => stripBidiControls(typed).replace(/[\u0000-\u001F\u007F]/g, " ").slice(0, 200))
  .transform((typed) => (typed.trim() ? typed : undefined))
  .optional();

const offset = z.number().int().min(0).max(MAX_BODY);
const span = { part: z.enum(ARTICLE_PARTS).default("body"), start: offset, end: offset };

export const reviewStatementSchema = z.object({
  accepted: z.boolean(),
  /** Empty when the engine found no speaker: a kept statement needs one, a rejected one does not. */
  speakerKey: z.string().max(100).regex(NO_CONTROL, CONTROL_MESSAGE),
  addresseeKey: reviewKey.optional().or(z.literal("").transform(() => undefined)),
  text: text(5000, "A statement").min(1, "A statement needs its words."),
  direct: z.boolean(),
  saidOn: partialDate.optional().or(z.literal("").transform(() => undefined)),
  saidPrecision: z.enum(DATE_PRECISIONS).default("unknown"),
  refusedWhen,
  venue: optionalText(300, "A venue"),
  reviewed: z.boolean().optional(),
  ...span,
})
  .refine((s) => !s.accepted || s.speakerKey !== "", { path: ["speakerKey"], error: "Choose who said it." })
  .superRefine(dateFitsPrecision("saidOn", "saidPrecision"));

export const reviewEventSchema = z.object({
  accepted: z.boolean(),
  title: text(300, "An event title").min(1, "An event needs a title."),
  type: z.enum(EVENT_TYPE_VALUES),
  date: partialDate.optional().or(z.literal("").transform(() => undefined)),
  datePrecision: z.enum(DATE_PRECISIONS).default("unknown"),
  refusedWhen,
  dateText: optionalText(200, "A date phrase"),
  place: optionalText(200, "A place"),
  fatalities: z.number().int().min(0).max(1_000_000).optional(),
  actors: z.array(z.object({ key: reviewKey, role: z.enum(EVENT_ROLES) })).max(50).default([]),
  mergeInto: optionalId,
  /** Stored events offered as likely duplicates that the editor said this one is not; kept in drafts. */
  notSameAs: z.array(recordId).max(50).optional(),
  reviewed: z.boolean().optional(),
  ...span,
}).superRefine(dateFitsPrecision("date", "datePrecision"));


export const reviewSchema = z.object({
  actors: z.array(reviewActorSchema).max(500),
  statements: z.array(reviewStatementSchema).max(1000),
  events: z.array(reviewEventSchema).max(500),
  /** Pairs of events ("i:j", i < j) the editor called different happenings though alike; kept in drafts. */
  notSame: z.array(z.string().regex(/^\d{1,3}:\d{1,3}$/)).max(1000).optional(),
});

export const publishInputSchema = z.object({
  draftId: optionalId,
  draftVersion: z.number().int().min(1).max(MAX_INT).optional(),
  article: articleFieldsSchema,
  review: reviewSchema,
});
export type PublishInput = z.input<typeof publishInputSchema>;
export type ReviewActor = z.infer<typeof reviewActorSchema>;
export type ReviewStatement = z.infer<typeof reviewStatementSchema>;
export type ReviewEvent = z.infer<typeof reviewEventSchema>;
export type Review = z.infer<typeof reviewSchema>;

/** Longest display name an account may have (shown beside every change it makes). */
export const ACCOUNT_NAME_MAX = 100;
/** An account's display name, as the account form, the profile form and `npm run user:create` check it. */
export const accountName = text(ACCOUNT_NAME_MAX, "The name").min(1, "Enter a name.");
/** Longest email address an account may have (RFC 5321's path limit). */
export const ACCOUNT_EMAIL_MAX = 254;
/** An account's email address, as the account form and `npm run user:create` check it. */
export const accountEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(ACCOUNT_EMAIL_MAX, `The email address is too long (at most ${ACCOUNT_EMAIL_MAX} characters).`)
  .email("Enter a valid email address.");
/** The one thing an account changes about itself: its display name (the profile form, the action, the tests). */
export const profileSchema = z.object({ name: accountName });

/** zod issues as { "article.title": "Enter the title." }, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}
