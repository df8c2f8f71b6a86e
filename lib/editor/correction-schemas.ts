import { z } from "zod";
import { DATE_PRECISIONS } from "@/lib/dates/partial-date";
import { ACTOR_KINDS, EVENT_ROLES, EVENT_TYPE_VALUES, articleFieldsSchema, dateFitsPrecision, partialDate, recordId, recordVersion, text } from "./schemas";

const id = recordId;
const version = recordVersion;
const optional = (max: number, label: string) => text(max, label).optional().transform((v) => (v ? v : undefined));
const optionalDate = partialDate.optional().or(z.literal("").transform(() => undefined));

// The body is not editable after publishing: statements and events point into it by offset.
export const articleEditSchema = z.object({ id, version, fields: articleFieldsSchema.omit({ body: true }) });

export const statementEditSchema = z.object({
  id,
  version,
  speakerId: id,
  text: text(5000, "The statement").min(1, "A statement needs its words."),
  direct: z.boolean(),
  saidOn: optionalDate,
  saidPrecision: z.enum(DATE_PRECISIONS),
  venue: optional(300, "The venue"),
  verified: z.boolean(),
}).superRefine(dateFitsPrecision("saidOn", "saidPrecision"));

export const eventEditSchema = z.object({
  id,
  version,
  title: text(300, "The title").min(1, "An event needs a title."),
  description: optional(5000, "The description"),
  type: z.enum(EVENT_TYPE_VALUES),
  date: optionalDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  dateText: optional(200, "The date phrase"),
  place: optional(200, "The place"),
  fatalities: z.number().int().min(0).max(1_000_000).optional(),
  actors: z.array(z.object({ actorId: id, role: z.enum(EVENT_ROLES) })).max(50),
  verified: z.boolean(),
}).superRefine(dateFitsPrecision("date", "datePrecision"));

export const actorEditSchema = z.object({
  id,
  version,
  name: text(200, "The name").min(1, "An actor needs a name."),
  kind: z.enum(ACTOR_KINDS),
  role: optional(300, "The role"),
  country: optional(100, "The country"),
  parentId: id.optional().or(z.literal("").transform(() => undefined)),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d{1,12}$/, "A Wikidata id looks like Q7747.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  aliases: z.array(text(200, "An alias").min(1)).max(50),
});

export const ENTITIES = ["article", "statement", "event", "actor"] as const;
export const entityRefSchema = z.object({ entity: z.enum(ENTITIES), id });
export const mergeActorsSchema = z
  .object({ sourceId: id, targetId: id })
  .refine((v) => v.sourceId !== v.targetId, { message: "Choose two different actors.", path: ["targetId"] });

export const mergeEventsSchema = z
  .object({ sourceId: id, targetId: id })
  .refine((v) => v.sourceId !== v.targetId, { message: "Choose two different events.", path: ["targetId"] });
