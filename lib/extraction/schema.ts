/** The extraction proposal contract, shared by the CLI, forms, server actions and the API. */
import { z } from "zod";

export const ACTOR_KIND_VALUES = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"] as const;
export const EVENT_TYPE_VALUES = [
  "summit_talks", "phone_call", "proposal", "rejection", "agreement_ceasefire", "missile_drone_strike", "energy_infrastructure_attack",
  "ground_battle", "ground_advance", "aid_arms_decision", "sanctions", "threat_warning", "casualties", "political_change", "other",
] as const;
export const PRECISION_VALUES = ["day", "week", "month", "quarter", "year", "unknown"] as const;
export const EVENT_ROLE_VALUES = ["initiator", "target", "participant"] as const;
export const PART_VALUES = ["title", "standfirst", "body"] as const;

/** YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export const isoDaySchema = z.iso.date();

export const articleMetaSchema = z.object({
  title: z.string().nullable(),
  standfirst: z.string().nullable(),
  author: z.string().nullable(),
  dateline: z.string().nullable(),
  publishedOn: isoDaySchema.nullable(),
  publication: z.string().nullable(),
});

export const actorSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(ACTOR_KIND_VALUES),
  role: z.string().nullable(),
  slug: z.string().optional(),
  /** A described source ("a Western diplomat"), not a name: somebody of this article only. */
  unnamed: z.boolean().optional(),
});

export const statementSchema = z.object({
  speaker: z.string().min(1),
  quote: z.string().min(1),
  direct: z.boolean(),
  saidOn: partialDateSchema.nullable(),
  saidAt: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Which text the offsets point into; "body" unless the quote only appears in the headline or standfirst. */
  part: z.enum(PART_VALUES),
  saidPrecision: z.enum(PRECISION_VALUES).nullable().optional(),
});

export const eventSchema = z.object({
  title: z.string().min(1),
  type: z.enum(EVENT_TYPE_VALUES),
  date: partialDateSchema.nullable(),
  datePrecision: z.enum(PRECISION_VALUES),
  dateText: z.string().nullable(),
  actors: z.array(z.string()),
  actorRoles: z.array(z.object({ name: z.string(), role: z.enum(EVENT_ROLE_VALUES) })).optional(),
  location: z.string().nullable(),
  fatalities: z.number().int().nonnegative().nullable().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Every span reporting this happening, when the article tells it more than once (provenance of the merge). */
  mentions: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
});

export const proposalSchema = z
  .object({
    article: articleMetaSchema,
    actors: z.array(actorSchema),
    statements: z.array(statementSchema),
    events: z.array(eventSchema),
    /** The parsed body that statement/event offsets with part "body" point into. */
    body: z.string(),
  })
  .superRefine((p, ctx) => {
    const names = new Set(p.actors.map((a) => a.name));
    p.statements.forEach((s, i) => {
      if (!names.has(s.speaker)) ctx.addIssue({ code: "custom", path: ["statements", i, "speaker"], message: `unknown actor ${s.speaker}` });
    });
    p.events.forEach((e, i) =>
      e.actors.forEach((a, j) => {
        if (!names.has(a)) ctx.addIssue({ code: "custom", path: ["events", i, "actors", j], message: `unknown actor ${a}` });
      }),
    );
  });

export type Proposal = z.infer<typeof proposalSchema>;
export type ProposalActor = z.infer<typeof actorSchema>;
export type ProposalStatement = z.infer<typeof statementSchema>;
export type ProposalEvent = z.infer<typeof eventSchema>;
