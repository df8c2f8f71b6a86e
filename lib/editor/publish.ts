import { Prisma } from "@/lib/generated/prisma/client";
import { UNNAMED_ROLE } from "@/lib/actors/filters";
import { writeAudit } from "@/lib/audit/log";
import { articleTags } from "@/lib/cache/affected";
import { invalidate } from "@/lib/cache/tags";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { partialDateFromString } from "@/lib/dates/partial-date";
import { prisma } from "@/lib/db/client";
import { findMentions, summariseMentions } from "@/lib/text/mentions";
import { uniqueIgnoringCase } from "@/lib/text/unique";
import { blockedMessage, liveProblems, reviewChecks } from "./publish-checks";
import { ExpectedFailure, fail, type Failure, type Result } from "./result";
import { eventDateLocks, findSimilarEvents, type SimilarEvent } from "./similar-events";
import { fieldErrors, publishInputSchema, type ArticleFields, type Review } from "./schemas";
import { nameLock, uniqueSlug } from "./slugs";
import { wordsMatchSpan } from "./spans";
import { articleData, setArticleTopics } from "./article-data";
import { editorTransaction, lockKeys, lockNames, type Tx } from "./transaction";
import { resolvePlacesAfterPublish } from "@/lib/places/resolve";

/** Checks a review refers only to actors it keeps and to spans inside the article. */
export function checkReview(article: ArticleFields, review: Review): Record<string, string> {
  const errors: Record<string, string> = {};
  const kept = new Set(review.actors.filter((a) => a.decision !== "reject").map((a) => a.key));
  const keys = new Set<string>();
  review.actors.forEach((a, i) => {
    if (keys.has(a.key)) errors[`review.actors.${i}.key`] = "Two actors share one key.";
    keys.add(a.key);
    if (a.decision === "existing" && !a.actorId) errors[`review.actors.${i}.actorId`] = "Choose the existing actor.";
  });
  const lengths = { title: article.title.length, standfirst: article.standfirst?.length ?? 0, body: article.body.length };
  review.statements.forEach((s, i) => {
    if (!s.accepted) return;
    if (!kept.has(s.speakerKey)) errors[`review.statements.${i}.speakerKey`] = "The speaker must be one of the kept actors.";
    if (s.addresseeKey && !kept.has(s.addresseeKey)) errors[`review.statements.${i}.addresseeKey`] = "The addressee must be one of the kept actors.";
    if (s.start > s.end || s.end > lengths[s.part]) errors[`review.statements.${i}.start`] = "The statement's position is outside the article.";
    else if (!wordsMatchSpan(article, s.text, s)) errors[`review.statements.${i}.text`] = "These words are not what the article says at the highlighted place. Select the passage in the article, or correct the words.";
  });
  review.events.forEach((e, i) => {
    if (!e.accepted) return;
    e.actors.forEach((a, j) => {
      if (!kept.has(a.key)) errors[`review.events.${i}.actors.${j}`] = "Event actors must be kept actors.";
    });
    if (e.start > e.end || e.end > lengths[e.part]) errors[`review.events.${i}.start`] = "The event's position is outside the article.";
  });
  return errors;
}

type NewAlias = { actorId: string; alias: string; normalized: string };
const aliasRows = (actorId: string, name: string, aliases: string[]): NewAlias[] =>
  aliases.filter((a) => a.toLowerCase() !== name.toLowerCase()).map((alias) => ({ actorId, alias, normalized: alias.toLowerCase() }));

/** Each kept actor's id by its review key: chosen ones, and new ones created (or found, if stored meanwhile). */
async function resolveActors(tx: Tx, user: SessionUser, review: Review, created: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const kept = review.actors.filter((a) => a.decision !== "reject");
  const chosen = kept.flatMap((a) => (a.decision === "existing" && a.actorId ? [a.actorId] : []));
  const existing = new Map((await tx.actor.findMany({ where: { id: { in: chosen }, deletedAt: null } })).map((a) => [a.id, a]));
  // Aliases the article adds to actors already stored, written in one statement.
  const newAliases: NewAlias[] = [];
  for (const proposed of kept) {
    const aliases = uniqueIgnoringCase([proposed.name, ...proposed.aliases]);
    if (proposed.decision === "existing") {
      const found = proposed.actorId ? existing.get(proposed.actorId) : undefined;
      if (!found) throw new ExpectedFailure(fail(`The actor chosen for “${proposed.name}” no longer exists. Choose another.`));
      const id = found.mergedIntoId ?? found.id;
      newAliases.push(...aliasRows(id, found.name, aliases));
      ids.set(proposed.key, id);
      continue;
    }
    // Another article (perhaps published a moment ago, in parallel) may have created this actor already:
    // its name is locked (publishIn), so a second publish waits here and then finds the first one's.
    // A described source ("a Western diplomat") is somebody of this article only, whatever earlier articles called theirs.
    const same = proposed.unnamed
      ? null
      : await tx.actor.findFirst({
          where: { name: { equals: proposed.name, mode: "insensitive" }, deletedAt: null, mergedIntoId: null, unnamed: false },
          orderBy: { createdAt: "asc" },
        });
    if (same) {
      newAliases.push(...aliasRows(same.id, same.name, aliases));
      ids.set(proposed.key, same.id);
      continue;
    }
    const actor = await tx.actor.create({
      data: {
        slug: await uniqueSlug(tx, "actor", proposed.name),
        name: proposed.name,
        kind: proposed.kind,
        role: proposed.role ?? (proposed.unnamed ? UNNAMED_ROLE : undefined),
        unnamed: proposed.unnamed ?? false,
        verified: true,
        aliases: { create: aliasRows("", proposed.name, aliases).map(({ alias, normalized }) => ({ alias, normalized })) },
      },
    });
    await writeAudit(tx, { user, action: "create", entityType: "actor", entityId: actor.id, after: actor });
    created.push(actor.name);
    ids.set(proposed.key, actor.id);
  }
  await tx.actorAlias.createMany({ data: newAliases, skipDuplicates: true });
  return ids;
}

async function writeArticle(tx: Tx, user: SessionUser, fields: ArticleFields, draft?: { id: string; version: number }) {
  const data = {
    ...(await articleData(tx, fields, user)),
    body: fields.body,
    status: "published" as const,
    reviewState: Prisma.DbNull,
  };
  if (draft) {
    const updated = await tx.article.updateMany({
      where: { id: draft.id, version: draft.version, status: "draft", deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new ExpectedFailure(fail("This draft was changed or published by someone else since you opened it. Reload it to see the latest version."));
    }
    return tx.article.findUniqueOrThrow({ where: { id: draft.id } });
  }
  return tx.article.create({
    data: { ...data, slug: await uniqueSlug(tx, "article", `${fields.publishedOn} ${fields.title}`), createdById: user.id },
  });
}

async function writeMentions(tx: Tx, articleId: string, fields: ArticleFields, actorIds: string[]) {
  const actors = await tx.actor.findMany({ where: { id: { in: actorIds } }, include: { aliases: true } });
  const terms = actors.flatMap((a) => [a.name, ...a.aliases.map((x) => x.alias)].map((term) => ({ key: a.id, term })));
  const head = `${fields.title}\n${fields.standfirst ?? ""}\n`;
  const summary = summariseMentions(findMentions(head + fields.body, terms));
  // Actors kept by the editor count as mentioned even when only a pronoun or title names them.
  for (const id of actorIds) if (!summary.has(id)) summary.set(id, { count: 1, firstOffset: -1 });
  await tx.actorMention.deleteMany({ where: { articleId } });
  await tx.actorMention.createMany({
    data: [...summary].map(([actorId, m]) => ({
      articleId,
      actorId,
      count: m.count,
      firstOffset: m.firstOffset >= head.length ? m.firstOffset - head.length : null,
    })),
  });
}

/**
 * Publishes an article with the actors, statements and events its editor kept, all or nothing:
 * new actors and aliases, the article, verified statements and events (or links to events already
 * stored), mentions and the audit trail, in one transaction.
 */
export async function publishArticle(user: SessionUser | null, input: unknown): Promise<Result<{ slug: string; id: string }>> {
  const editor = requireRole(user, "editor");
  const parsed = publishInputSchema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  const { article: fields, review, draftId, draftVersion } = parsed.data;
  const duplicate = await findArticleByUrl(fields.sourceUrl, draftId);
  if (duplicate) return duplicateFailure(duplicate);
  const held = await heldBack(fields, review);
  if (held) return held;

  // Names shared with a concurrent publish wait on their lock (see lockNames); a slug that a different
  // title happens to produce ("X" taking "x-2" while "X 2" is published) can still collide: then it runs again.
  const published = await editorTransaction((tx) => publishIn(tx, editor, fields, review, draftId, draftVersion), { timeout: 60_000, retryUniqueOn: /slug/ });
  if (!published.ok) {
    // Published by someone else meanwhile (the URL is unique): point at theirs.
    const again = published.fieldErrors?.sourceUrl ? await findArticleByUrl(fields.sourceUrl, draftId) : null;
    return again ? duplicateFailure(again) : published;
  }
  await resolvePlacesAfterPublish();
  // Committed: expire the lists, the new article's page and the pages of every actor and event it names.
  invalidate(["actors", ...(await articleTags(published.id))]);
  return published;
}

/**
 * What the review screen holds Publish back for, checked again here so that a stale or crafted form cannot go
 * past it (events told twice, likely stored duplicates undecided, dates refused), with the words the screen uses;
 * the stored duplicates are looked up now (once the review's own problems are solved), so one stored since the screen
 * last asked holds it back too.
 */
async function heldBack(fields: ArticleFields, review: Review): Promise<Failure | null> {
  // What the review tells by itself first: held back for that, it asks the database nothing.
  const own = reviewChecks(review, {});
  const problems = { ...checkReview(fields, review), ...liveProblems(review, own) };
  if (Object.keys(problems).length) return fail(blockedMessage(review, own), { fieldErrors: problems });
  return storedTwins(review, await findSimilarEvents(review, { toPublishOnly: true }));
}

/** Publish's failure for new events with a likely stored duplicate left undecided, if any, with the stored events found. */
function storedTwins(review: Review, similar: Record<number, SimilarEvent[]>): Failure | null {
  const checks = reviewChecks(review, similar);
  return checks.stored.size ? fail(blockedMessage(review, checks), { fieldErrors: liveProblems(review, checks), similar }) : null;
}

/**
 * New actors' names, locked in one go before anything else (see lockNames). Locks are always taken in
 * the order actors, publication (upsertPublication), article slug (uniqueSlug), topics, new events' dates
 * (holdBackStoredTwins), by every writer, so two transactions never hold what the other waits for.
 */
function newActorLocks(review: Review): string[] {
  return review.actors.filter((a) => a.decision === "new").map((a) => nameLock("actor", a.name));
}

/** The publishing transaction; see publishArticle. */
async function publishIn(tx: Tx, editor: SessionUser, fields: ArticleFields, review: Review, draftId?: string, draftVersion?: number) {
  await lockNames(tx, newActorLocks(review));
  const newActors: string[] = [];
  const actorIds = await resolveActors(tx, editor, review, newActors);
  const draft = draftId ? { id: draftId, version: draftVersion ?? -1 } : undefined;
  const article = await writeArticle(tx, editor, fields, draft);
  const topics = await setArticleTopics(tx, article.id, fields.topics);
  const accepted = review.statements.filter((s) => s.accepted);
  await tx.statement.createMany({
    data: accepted.map((s) => {
      const said = partialDateFromString(s.saidOn ?? null, s.saidOn ? s.saidPrecision : "unknown");
      return {
        articleId: article.id,
        speakerId: actorIds.get(s.speakerKey)!,
        addresseeId: s.addresseeKey ? actorIds.get(s.addresseeKey) : null,
        text: s.text,
        direct: s.direct,
        saidOn: said.start,
        saidPrecision: said.precision,
        venue: s.venue,
        part: s.part,
        spanStart: s.start,
        spanEnd: s.end,
        verified: true,
      };
    }),
  });
  await holdBackStoredTwins(tx, review);
  const events = { created: [] as string[], merged: [] as string[] };
  for (const e of review.events.filter((x) => x.accepted)) {
    const actors = [...new Map(e.actors.map((a) => [actorIds.get(a.key)!, { actorId: actorIds.get(a.key)!, role: a.role }])).values()];
    const link = { articleId: article.id, part: e.part, spanStart: e.start, spanEnd: e.end };
    if (e.mergeInto) events.merged.push(await mergeIntoEvent(tx, editor, e.mergeInto, e.title, article, link, actors));
    else {
      await createEvent(tx, e, actors, link);
      events.created.push(e.title);
    }
  }
  await writeMentions(tx, article.id, fields, [...new Set(actorIds.values())]);
  await writeAudit(tx, {
    user: editor,
    action: "publish",
    entityType: "article",
    entityId: article.id,
    label: article.title,
    after: {
      title: article.title,
      slug: article.slug,
      publication: fields.publication,
      publishedOn: fields.publishedOn,
      topics,
      statements: accepted.length,
      newEvents: events.created,
      mergedIntoEvents: events.merged,
      newActors,
    },
  });
  return { slug: article.slug, id: article.id };
}

/**
 * heldBack's stored-duplicate check again, atomic with the writing of the new events: under their dates' locks
 * (eventDateLocks) a like event that another editor's publish wrote is committed by the time this one looks, and
 * holds it back with the same words and marks (nothing is written). Taken last, to hold them as briefly as can be.
 */
async function holdBackStoredTwins(tx: Tx, review: Review) {
  const locks = eventDateLocks(review.events.filter((e) => e.accepted && !e.mergeInto));
  if (!locks.length) return;
  await lockKeys(tx, locks);
  const held = storedTwins(review, await findSimilarEvents(review, { toPublishOnly: true, db: tx }));
  if (held) throw new ExpectedFailure(held);
}

type EventLink = { articleId: string; part: "title" | "standfirst" | "body"; spanStart: number; spanEnd: number };
type EventActorLink = { actorId: string; role: "initiator" | "target" | "participant" };

async function createEvent(tx: Tx, e: Review["events"][number], actors: EventActorLink[], link: EventLink) {
  const date = partialDateFromString(e.date ?? null, e.date ? e.datePrecision : "unknown");
  await tx.event.create({
    data: {
      title: e.title,
      type: e.type,
      startDate: date.start,
      endDate: date.end,
      datePrecision: date.precision,
      dateText: e.dateText,
      place: e.place,
      fatalities: e.fatalities,
      verified: true,
      actors: { create: actors },
      articles: { create: link },
    },
  });
}

/** The editor chose a stored event for this happening: the article becomes one more of its sources. Returns its title. */
async function mergeIntoEvent(tx: Tx, editor: SessionUser, eventId: string, proposedTitle: string, article: { slug: string; title: string }, link: EventLink, actors: EventActorLink[]) {
  const existing = await tx.event.findFirst({ where: { id: eventId, deletedAt: null, mergedIntoId: null }, include: { actors: { select: { actorId: true } } } });
  if (!existing) throw new ExpectedFailure(fail(`The event to merge “${proposedTitle}” into no longer exists. Publish it as a new event instead.`));
  await tx.eventArticle.createMany({ data: [{ eventId: existing.id, ...link }], skipDuplicates: true });
  await tx.eventActor.createMany({ data: actors.map((a) => ({ eventId: existing.id, ...a })), skipDuplicates: true });
  const had = new Set(existing.actors.map((a) => a.actorId));
  await writeAudit(tx, {
    user: editor,
    action: "update",
    entityType: "event",
    entityId: existing.id,
    label: existing.title,
    after: { addedSource: article.title, addedActors: actors.filter((a) => !had.has(a.actorId)).length },
  });
  await tx.event.update({ where: { id: existing.id }, data: { version: { increment: 1 } } });
  return existing.title;
}

async function findArticleByUrl(url: string | undefined, exceptId?: string) {
  if (!url) return null;
  return prisma.article.findFirst({ where: { sourceUrl: url, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { slug: true, title: true, status: true } });
}

function duplicateFailure(existing: { slug: string; title: string }) {
  return fail("This article is already in Faultline (same URL).", {
    existing: { slug: existing.slug, title: existing.title },
    fieldErrors: { "article.sourceUrl": "An article with this URL already exists." },
  });
}
