// Rows beside the demo article that make the reader's filters meaningful: a second publication and
// article (October 2025), a new actor with an alias, a draft article, a deleted statement and an
// actor merged into Zelenskiy.
import type { TestDatabase } from "../support/database";
import { seedDemo } from "@/lib/demo/seed";

export const DEMO_SLUG = "bne-2025-09-07-putin-peacekeepers-legitimate-targets";
export const SECOND_SLUG = "kyiv-independent-2025-10-02-air-defence-first";

const BODY = [
  "President Volodymyr Zelenskiy said: “Air defence is our first priority this winter.” He spoke in Kyiv on October 1.",
  "Foreign Minister Andrii Sybiha said Ukraine will not trade territory for a ceasefire, and Sybiha repeated it in Brussels.",
  "Zelenskiy added that peace talks must include Europe, after a call with Donald Trump.",
].join("\n\n");

function span(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture words not in body: ${words}`);
  return { spanStart: start, spanEnd: start + words.length };
}

export async function seedReaderFixtures(db: TestDatabase) {
  const p = db.prisma;
  await seedDemo(p);
  const actor = (slug: string) => p.actor.findUniqueOrThrow({ where: { slug } });
  const [zelenskiy, trump] = await Promise.all([actor("volodymyr-zelenskiy"), actor("donald-trump")]);
  const peaceTalks = await p.topic.findUniqueOrThrow({ where: { slug: "peace-talks" } });
  const airDefence = await p.topic.create({ data: { slug: "air-defence", name: "Air defence" } });
  const publication = await p.publication.create({ data: { slug: "kyiv-independent", name: "The Kyiv Independent" } });
  const sybiha = await p.actor.create({
    data: {
      slug: "andrii-sybiha", name: "Andrii Sybiha", kind: "person", role: "Foreign Minister of Ukraine", country: "Ukraine",
      verified: false, aliases: { create: [{ alias: "Sybiha", normalized: "sybiha" }] },
    },
  });
  const duplicate = await p.actor.create({
    data: { slug: "zelensky-duplicate", name: "Zelensky (duplicate)", kind: "person", mergedIntoId: zelenskiy.id },
  });

  const second = await p.article.create({
    data: {
      slug: SECOND_SLUG, publicationId: publication.id, status: "published",
      title: "Zelenskiy: air defence comes first this winter", standfirst: "Kyiv asks allies for more Patriot systems.",
      authors: ["A Reporter"], publishedOn: new Date("2025-10-02T00:00:00Z"), body: BODY,
      topics: { create: [{ topicId: airDefence.id }, { topicId: peaceTalks.id }] },
      mentions: {
        create: [
          { actorId: zelenskiy.id, count: 3 },
          { actorId: sybiha.id, count: 2 },
          { actorId: trump.id, count: 1 },
        ],
      },
    },
  });
  const air = await p.statement.create({
    data: {
      articleId: second.id, speakerId: zelenskiy.id, text: "Air defence is our first priority this winter.", direct: true,
      saidOn: new Date("2025-10-01T00:00:00Z"), saidPrecision: "day", venue: "Kyiv", verified: true,
      ...span(BODY, "Air defence is our first priority this winter."), topics: { create: [{ topicId: airDefence.id }] },
    },
  });
  const territory = await p.statement.create({
    data: {
      articleId: second.id, speakerId: sybiha.id, text: "Ukraine will not trade territory for a ceasefire", direct: false,
      saidOn: new Date("2025-10-01T00:00:00Z"), saidPrecision: "month", venue: "Brussels", verified: false,
      ...span(BODY, "Ukraine will not trade territory for a ceasefire"), topics: { create: [{ topicId: peaceTalks.id }] },
    },
  });
  const europe = await p.statement.create({
    data: {
      articleId: second.id, speakerId: zelenskiy.id, text: "peace talks must include Europe", direct: false, verified: false,
      ...span(BODY, "peace talks must include Europe"), topics: { create: [{ topicId: peaceTalks.id }] },
    },
  });
  // Said by the duplicate that was merged into Zelenskiy: still counts as his.
  const merged = await p.statement.create({
    data: {
      articleId: second.id, speakerId: duplicate.id, text: "He spoke in Kyiv on October 1.", direct: false, verified: false,
      saidOn: new Date("2025-10-01T00:00:00Z"), saidPrecision: "day", ...span(BODY, "He spoke in Kyiv on October 1."),
    },
  });
  // Never shown: a deleted statement and a draft article's statement.
  await p.statement.create({
    data: {
      articleId: second.id, speakerId: zelenskiy.id, text: "Sybiha repeated it in Brussels", direct: false, deletedAt: new Date(),
      ...span(BODY, "Sybiha repeated it in Brussels"),
    },
  });
  const draft = await p.article.create({
    data: {
      slug: "draft-zelenskiy-secret", status: "draft", title: "Draft: Zelenskiy secret air defence plan", authors: [],
      publishedOn: new Date("2025-11-01T00:00:00Z"), body: "Zelenskiy said the secret plan is ready.",
      mentions: { create: [{ actorId: zelenskiy.id, count: 1 }, { actorId: sybiha.id, count: 1 }] },
    },
  });
  await p.statement.create({
    data: {
      articleId: draft.id, speakerId: zelenskiy.id, text: "the secret plan is ready", direct: false,
      saidOn: new Date("2025-11-01T00:00:00Z"), saidPrecision: "day", spanStart: 15, spanEnd: 39,
    },
  });
  return { zelenskiy, trump, sybiha, duplicate, second, draft, statements: { air, territory, europe, merged } };
}

export const emptyStatementFilters = {
  speaker: [] as string[], topic: [] as string[], from: undefined, to: undefined, direct: undefined, q: undefined, article: undefined, sort: undefined, cursor: undefined,
} as const;
