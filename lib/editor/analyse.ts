// First: the engine's regexes take this setting when their modules are evaluated (the server runs the engine here).
import "@/lib/runtime/compile-regexes-on-first-use";
import { z } from "zod";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { extractArticle } from "@/lib/extraction";
import { getKnownActors } from "./known-actors";
import { fail, type Result } from "./result";
import { buildReview } from "./review";
import { fieldErrors, isoDay, MAX_BODY, reviewSchema, type Review } from "./schemas";
import { findSimilarEvents, type SimilarEvent } from "./similar-events";

const MAX_PASTE = MAX_BODY * 1.5;
// The paste box shows no field error of its own, so this message is the form's message.
const PASTE_TOO_LONG = `The paste is too long (at most ${MAX_PASTE.toLocaleString("en")} characters): paste the article without the rest of the page.`;

export const analyseInputSchema = z.object({
  /** The whole page as pasted; its headline, byline and date fill the fields the editor left empty. */
  raw: z.string().max(MAX_PASTE, PASTE_TOO_LONG).default(""),
  article: z.object({
    sourceUrl: z.string().max(2000).default(""),
    title: z.string().max(500).default(""),
    standfirst: z.string().max(2000).default(""),
    authors: z.array(z.string().max(200)).max(20).default([]),
    topics: z.array(z.string().max(60, "A topic is too long (at most 60 characters).")).max(50, "Too many topics.").default([]),
    publication: z.string().max(200).default(""),
    publishedOn: isoDay.optional().or(z.literal("").transform(() => undefined)),
    dateline: z.string().max(200).default(""),
    body: z.string().max(MAX_BODY, "The article is too long.").default(""),
  }),
});

export type EditorArticle = {
  sourceUrl: string;
  title: string;
  standfirst: string;
  authors: string[];
  topics: string[];
  publication: string;
  publishedOn: string;
  dateline: string;
  body: string;
};

/** Stored events the proposal may duplicate, by event index, likely match first. */
export type Similar = { similar: Record<number, SimilarEvent[]> };

export type Analysis = { article: EditorArticle; review: Review } & Similar;

/**
 * Runs the extraction engine on a pasted article with every known actor, and turns its proposal
 * into a review the editor corrects. What the editor typed wins over what the paste says.
 */
export async function analyseArticle(user: SessionUser | null, input: unknown): Promise<Result<Analysis>> {
  requireRole(user, "editor");
  const parsed = analyseInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return fail(errors.raw ?? "Some fields need attention.", { fieldErrors: errors });
  }
  const { raw, article } = parsed.data;
  const text = article.body.trim() || raw.trim();
  if (!text) return fail("Paste the article first.", { fieldErrors: { "article.body": "Paste the article's text." } });

  const known = await getKnownActors();
  const proposal = extractArticle({
    text,
    publishedOn: article.publishedOn,
    title: article.title.trim() || undefined,
    knownActors: known.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind })),
  });
  const meta = proposal.article;
  const publishedOn = article.publishedOn ?? meta.publishedOn;
  if (!publishedOn) {
    return fail("Faultline could not find the publication date. Enter it, so dates like “last week” can be resolved.", {
      fieldErrors: { "article.publishedOn": "Enter the date the article was published." },
    });
  }
  const review = buildReview(proposal, known);
  return {
    ok: true,
    article: {
      sourceUrl: article.sourceUrl.trim(),
      title: article.title.trim() || meta.title || "",
      standfirst: article.standfirst.trim() || meta.standfirst || "",
      authors: article.authors.filter(Boolean).length ? article.authors.filter(Boolean) : meta.author ? meta.author.split(/\s+and\s+|,\s*/) : [],
      topics: article.topics.map((t) => t.trim()).filter(Boolean),
      publication: article.publication.trim() || meta.publication || "",
      publishedOn,
      dateline: article.dateline.trim() || meta.dateline || "",
      // Offsets point into the body as the engine read it (page junk and agency prefixes removed).
      body: proposal.body,
    },
    review,
    similar: await findSimilarEvents(review),
  };
}
