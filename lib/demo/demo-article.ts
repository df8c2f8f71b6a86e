import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATE_PRECISIONS } from "@/lib/dates/partial-date";
import { parseArticle } from "@/lib/extraction";

// The demo article ships in prisma/demo: the raw paste, what a careful human found in it
// (.expected.json, also the extraction engine's first test) and the curation the seed needs on top.
export const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");
export const DEMO_SLUG = "bne-2025-09-07-putin-peacekeepers-legitimate-targets";

const actorKind = z.enum(["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"]);
const precision = z.enum(DATE_PRECISIONS);
const eventRole = z.enum(["initiator", "target", "participant"]);
const eventType = z.enum([
  "summit_talks", "phone_call", "proposal", "rejection", "agreement_ceasefire", "missile_drone_strike",
  "energy_infrastructure_attack", "ground_battle", "ground_advance", "aid_arms_decision", "sanctions",
  "threat_warning", "casualties", "political_change", "other",
]);

const expectedSchema = z.object({
  article: z.object({
    title: z.string(),
    standfirst: z.string().nullable(),
    author: z.string().nullable(),
    dateline: z.string().nullable(),
    publishedOn: z.string(),
    publication: z.string(),
  }),
  actors: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), kind: actorKind, role: z.string().nullable() })),
  statements: z.array(
    z.object({ speaker: z.string(), quote: z.string(), direct: z.boolean(), saidOn: z.string().nullable(), saidAt: z.string().nullable() }),
  ),
  events: z.array(
    z.object({ title: z.string(), date: z.string().nullable(), dateText: z.string().nullable(), actors: z.array(z.string()), location: z.string().nullable() }),
  ),
});

const curationSchema = z.object({
  slug: z.string(),
  status: z.enum(["draft", "published"]),
  publication: z.object({ name: z.string(), slug: z.string(), url: z.string().url() }),
  topics: z.array(z.string()),
  actors: z.record(
    z.string(),
    z.object({
      kind: actorKind.optional(),
      country: z.string().optional(),
      parent: z.string().optional(),
      wikidataId: z.string().optional(),
      aliases: z.array(z.string()).optional(),
    }),
  ),
  statements: z.array(
    z.object({
      part: z.enum(["title", "standfirst", "body"]).optional(),
      saidPrecision: precision.optional(),
      addressee: z.string().optional(),
      topics: z.array(z.string()).default([]),
    }),
  ),
  events: z.array(
    z.object({
      type: eventType,
      precision,
      start: z.string().optional(),
      end: z.string().optional(),
      fatalities: z.number().int().optional(),
      roles: z.record(z.string(), eventRole).default({}),
      targets: z.array(z.string()).default([]),
      span: z.string(),
    }),
  ),
});

export type ExpectedExtraction = z.infer<typeof expectedSchema>;
export type DemoCuration = z.infer<typeof curationSchema>;

export type DemoArticle = {
  raw: string;
  body: string;
  expected: ExpectedExtraction;
  curation: DemoCuration;
};

export function loadDemoArticle(slug = DEMO_SLUG): DemoArticle {
  const read = (suffix: string) => fs.readFileSync(path.join(DEMO_DIR, `${slug}${suffix}`), "utf8");
  const raw = read(".txt");
  return {
    raw,
    // The same parser editors' pastes go through, so offsets mean the same everywhere.
    body: parseArticle(raw).body,
    expected: expectedSchema.parse(JSON.parse(read(".expected.json"))),
    curation: curationSchema.parse(JSON.parse(read(".curation.json"))),
  };
}
