import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseIsoDay, partialDateFromString } from "@/lib/dates/partial-date";
import { findMentions, findQuoteSpan, summariseMentions } from "@/lib/text/mentions";
import { slugify } from "@/lib/text/slug";
import { uniqueIgnoringCase } from "@/lib/text/unique";
import { loadDemoArticle, type DemoArticle } from "./demo-article";

export type SeedResult = { seeded: false; reason: string } | { seeded: true; articles: number; actors: number; statements: number; events: number };

/**
 * Loads the demo article, its actors, statements and events. Runs only on an empty database
 * (no articles and no actors), so it never overwrites or duplicates what is there; all in one transaction.
 */
export async function seedDemo(prisma: PrismaClient, demo: DemoArticle = loadDemoArticle()): Promise<SeedResult> {
  return prisma.$transaction(async (tx) => {
    // Serialise concurrent seeders (two processes starting at once) on one advisory lock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
    const [articles, actors] = await Promise.all([tx.article.count(), tx.actor.count()]);
    if (articles > 0 || actors > 0) return { seeded: false, reason: "the database already holds data" };

    const { expected, curation, body } = demo;
    const parts = { title: expected.article.title, standfirst: expected.article.standfirst ?? "", body };

    const publication = await tx.publication.create({ data: curation.publication });
    const topicIds = new Map<string, string>();
    for (const name of curation.topics) {
      const topic = await tx.topic.create({ data: { name, slug: slugify(name) } });
      topicIds.set(name, topic.id);
    }

    const article = await tx.article.create({
      data: {
        slug: curation.slug,
        publicationId: publication.id,
        title: expected.article.title,
        standfirst: expected.article.standfirst,
        authors: expected.article.author ? [expected.article.author] : [],
        dateline: expected.article.dateline,
        publishedOn: parseIsoDay(expected.article.publishedOn)!,
        body,
        status: curation.status,
        topics: { create: curation.topics.map((name) => ({ topicId: topicIds.get(name)! })) },
      },
    });

    const actorIds = new Map<string, string>();
    for (const actor of expected.actors) {
      const extra = curation.actors[actor.name] ?? {};
      const aliases = [...new Set([...actor.aliases, ...(extra.aliases ?? [])])];
      const created = await tx.actor.create({
        data: {
          slug: slugify(actor.name),
          name: actor.name,
          kind: extra.kind ?? actor.kind,
          role: actor.role,
          country: extra.country,
          wikidataId: extra.wikidataId,
          verified: true,
          aliases: {
            create: uniqueIgnoringCase(aliases).map((alias) => ({
              alias,
              normalized: alias.toLowerCase(),
            })),
          },
        },
      });
      actorIds.set(actor.name, created.id);
    }
    const actorId = (name: string) => {
      const id = actorIds.get(name);
      if (!id) throw new Error(`Demo data names an unknown actor: ${name}`);
      return id;
    };
    for (const [name, extra] of Object.entries(curation.actors)) {
      if (extra.parent) await tx.actor.update({ where: { id: actorId(name) }, data: { parentId: actorId(extra.parent) } });
    }

    const terms = expected.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases, ...(curation.actors[actor.name]?.aliases ?? [])].map((term) => ({ key: actor.name, term })),
    );
    const everywhere = `${parts.title}\n${parts.standfirst}\n${body}`;
    const offset = parts.title.length + parts.standfirst.length + 2;
    const mentions = summariseMentions(findMentions(everywhere, terms));
    await tx.actorMention.createMany({
      data: [...mentions].map(([name, m]) => ({
        articleId: article.id,
        actorId: actorId(name),
        count: m.count,
        firstOffset: m.firstOffset >= offset ? m.firstOffset - offset : null,
      })),
    });

    for (const [i, statement] of expected.statements.entries()) {
      const extra = curation.statements[i] ?? { topics: [] };
      const part = extra.part ?? "body";
      const span = findQuoteSpan(parts[part], statement.quote.replace(/[.,]$/, ""), statement.direct);
      if (!span) throw new Error(`Demo statement not found in the ${part}: ${statement.quote}`);
      const said = partialDateFromString(statement.saidOn, extra.saidPrecision);
      await tx.statement.create({
        data: {
          articleId: article.id,
          speakerId: actorId(statement.speaker),
          addresseeId: extra.addressee ? actorId(extra.addressee) : null,
          text: statement.quote,
          direct: statement.direct,
          saidOn: said.start,
          saidPrecision: said.precision,
          venue: statement.saidAt,
          part,
          spanStart: span.start,
          spanEnd: span.end,
          verified: true,
          topics: { create: extra.topics.map((name) => ({ topicId: topicIds.get(name)! })) },
        },
      });
    }

    for (const [i, event] of expected.events.entries()) {
      const extra = curation.events[i];
      const date = extra.start
        ? { start: parseIsoDay(extra.start), end: extra.end ? parseIsoDay(extra.end) : null, precision: extra.precision }
        : partialDateFromString(event.date, extra.precision);
      const spanStart = body.indexOf(extra.span);
      if (spanStart < 0) throw new Error(`Demo event span not found in the body: ${extra.span}`);
      const participants = [...new Set([...event.actors, ...extra.targets])];
      await tx.event.create({
        data: {
          title: event.title,
          type: extra.type,
          startDate: date.start,
          endDate: date.end,
          datePrecision: date.precision,
          dateText: event.dateText,
          place: event.location,
          fatalities: extra.fatalities,
          verified: true,
          actors: {
            create: participants.map((name) => ({
              actorId: actorId(name),
              role: extra.roles[name] ?? (extra.targets.includes(name) ? "target" : "participant"),
            })),
          },
          articles: { create: { articleId: article.id, spanStart, spanEnd: spanStart + extra.span.length } },
        },
      });
    }

    return {
      seeded: true,
      articles: 1,
      actors: expected.actors.length,
      statements: expected.statements.length,
      events: expected.events.length,
    };
  }, { maxWait: 30_000, timeout: 120_000 });
}
