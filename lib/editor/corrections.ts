import type { z } from "zod";
import { snapshot, writeAudit } from "@/lib/audit/log";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { partialDateFromString } from "@/lib/dates/partial-date";
import { invalidatingWrite, type Touched } from "@/lib/cache/affected";
import { uniqueIgnoringCase } from "@/lib/text/unique";
import { actorEditSchema, articleEditSchema, entityRefSchema, eventEditSchema, mergeActorsSchema, mergeEventsSchema, statementEditSchema } from "./correction-schemas";
import { ExpectedFailure, fail, type Failure, type Result } from "./result";
import { fieldErrors } from "./schemas";
import { articleData, articleTopicNames, setArticleTopics } from "./article-data";
import { editorTransaction, type Tx } from "./transaction";

type Versioned = { id: string; version: number };

function stale(what: string, current: unknown): Failure {
  return fail(`Someone else saved this ${what} since you opened it. Their version is shown below; apply your change to it and save again.`, {
    current: snapshot(current) as Record<string, unknown>,
  });
}

/** Refuses ids of actors that do not exist (or are deleted) with a message, before a foreign key would. */
async function requireActors(tx: Tx, ids: string[], field: string) {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return;
  const found = await tx.actor.count({ where: { id: { in: wanted }, deletedAt: null } });
  if (found !== wanted.length) throw new ExpectedFailure(fail("Choose existing actors.", { fieldErrors: { [field]: "Unknown actor." } }));
}

/**
 * Parses, checks the role, runs the change in a transaction and turns expected failures into values;
 * after a commit, expires the cached pages showing the records `touched` names.
 */
async function change<S extends z.ZodType, T extends object>(
  user: SessionUser | null,
  role: "editor" | "admin",
  schema: S,
  input: unknown,
  touched: (data: z.infer<S>) => Touched[],
  run: (tx: Tx, editor: SessionUser, data: z.infer<S>) => Promise<T>,
): Promise<Result<T>> {
  const editor = requireRole(user, role);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  return invalidatingWrite(touched(parsed.data), () => editorTransaction((tx) => run(tx, editor, parsed.data)));
}

/** Fails unless exactly the version the editor saw was updated. */
function checkVersion(count: number, what: string, current: unknown) {
  if (count === 0) throw new ExpectedFailure(stale(what, current));
}

export function updateArticle(user: SessionUser | null, input: unknown) {
  return change(user, "editor", articleEditSchema, input, ({ id }) => [{ entity: "article", id }], async (tx, editor, { id, version, fields }) => {
    const before = await tx.article.findFirst({ where: { id, deletedAt: null } });
    if (!before) throw new ExpectedFailure(fail("This article no longer exists."));
    const data = await articleData(tx, fields, editor);
    const { count } = await tx.article.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    checkVersion(count, "article", before);
    const hadTopics = await articleTopicNames(tx, id);
    await setArticleTopics(tx, id, fields.topics);
    const topics = await articleTopicNames(tx, id);
    await writeAudit(tx, { user: editor, action: "update", entityType: "article", entityId: id, before: { ...before, body: undefined, topics: hadTopics }, after: { ...data, topics } });
    return { id, version: version + 1 } satisfies Versioned;
  });
}

export function updateStatement(user: SessionUser | null, input: unknown) {
  return change(user, "editor", statementEditSchema, input, ({ id }) => [{ entity: "statement", id }], async (tx, editor, s) => {
    const before = await tx.statement.findFirst({ where: { id: s.id, deletedAt: null } });
    if (!before) throw new ExpectedFailure(fail("This statement no longer exists."));
    if (!(await tx.actor.findFirst({ where: { id: s.speakerId, deletedAt: null } }))) {
      throw new ExpectedFailure(fail("Choose an existing speaker.", { fieldErrors: { speakerId: "Unknown actor." } }));
    }
    const said = partialDateFromString(s.saidOn ?? null, s.saidOn ? s.saidPrecision : "unknown");
    const data = { speakerId: s.speakerId, text: s.text, direct: s.direct, saidOn: said.start, saidPrecision: said.precision, venue: s.venue ?? null, verified: s.verified };
    const { count } = await tx.statement.updateMany({ where: { id: s.id, version: s.version }, data: { ...data, version: { increment: 1 } } });
    checkVersion(count, "statement", before);
    await writeAudit(tx, { user: editor, action: "update", entityType: "statement", entityId: s.id, before, after: data });
    return { id: s.id, version: s.version + 1 } satisfies Versioned;
  });
}

export function updateEvent(user: SessionUser | null, input: unknown) {
  return change(user, "editor", eventEditSchema, input, ({ id }) => [{ entity: "event", id }], async (tx, editor, e) => {
    const before = await tx.event.findFirst({ where: { id: e.id, deletedAt: null }, include: { actors: true } });
    if (!before) throw new ExpectedFailure(fail("This event no longer exists."));
    const date = partialDateFromString(e.date ?? null, e.date ? e.datePrecision : "unknown");
    const data = {
      title: e.title,
      description: e.description ?? null,
      type: e.type,
      startDate: date.start,
      endDate: date.end,
      datePrecision: date.precision,
      dateText: e.dateText ?? null,
      place: e.place ?? null,
      fatalities: e.fatalities ?? null,
      verified: e.verified,
    };
    const { count } = await tx.event.updateMany({ where: { id: e.id, version: e.version }, data: { ...data, version: { increment: 1 } } });
    checkVersion(count, "event", before);
    const actors = [...new Map(e.actors.map((a) => [a.actorId, a])).values()];
    await requireActors(tx, actors.map((a) => a.actorId), "actors");
    await tx.eventActor.deleteMany({ where: { eventId: e.id } });
    await tx.eventActor.createMany({ data: actors.map((a) => ({ eventId: e.id, ...a })) });
    await writeAudit(tx, { user: editor, action: "update", entityType: "event", entityId: e.id, before, after: { ...data, actors } });
    return { id: e.id, version: e.version + 1 } satisfies Versioned;
  });
}

export function updateActor(user: SessionUser | null, input: unknown) {
  return change(user, "editor", actorEditSchema, input, ({ id }) => [{ entity: "actor", id }], async (tx, editor, a) => {
    const before = await tx.actor.findFirst({ where: { id: a.id, deletedAt: null }, include: { aliases: true } });
    if (!before) throw new ExpectedFailure(fail("This actor no longer exists."));
    if (a.parentId === a.id) throw new ExpectedFailure(fail("An actor cannot be its own affiliation.", { fieldErrors: { parentId: "Choose another actor." } }));
    if (a.parentId) await requireActors(tx, [a.parentId], "parentId");
    const data = { name: a.name, kind: a.kind, role: a.role ?? null, country: a.country ?? null, parentId: a.parentId ?? null, wikidataId: a.wikidataId ?? null };
    const { count } = await tx.actor.updateMany({ where: { id: a.id, version: a.version }, data: { ...data, version: { increment: 1 } } });
    checkVersion(count, "actor", before);
    const aliases = uniqueIgnoringCase(a.aliases).filter((x) => x.toLowerCase() !== a.name.toLowerCase());
    await tx.actorAlias.deleteMany({ where: { actorId: a.id } });
    await tx.actorAlias.createMany({ data: aliases.map((alias) => ({ actorId: a.id, alias, normalized: alias.toLowerCase() })) });
    await writeAudit(tx, { user: editor, action: "update", entityType: "actor", entityId: a.id, before, after: { ...data, aliases } });
    return { id: a.id, version: a.version + 1 } satisfies Versioned;
  });
}

async function setDeleted(tx: Tx, entity: z.infer<typeof entityRefSchema>["entity"], id: string, deletedAt: Date | null) {
  const where = { id, deletedAt: deletedAt ? null : { not: null } };
  const data = { deletedAt, version: { increment: 1 } };
  switch (entity) {
    case "article": return (await tx.article.updateMany({ where, data })).count;
    case "statement": return (await tx.statement.updateMany({ where, data })).count;
    case "event": return (await tx.event.updateMany({ where, data })).count;
    case "actor": return (await tx.actor.updateMany({ where, data })).count;
  }
}

/** Hides a record everywhere; an admin can restore it. */
export function softDelete(user: SessionUser | null, input: unknown) {
  return change(user, "editor", entityRefSchema, input, ({ entity, id }) => [{ entity, id }], async (tx, editor, { entity, id }) => {
    const deletedAt = new Date();
    if ((await setDeleted(tx, entity, id, deletedAt)) === 0) throw new ExpectedFailure(fail(`This ${entity} does not exist or is already deleted.`));
    await writeAudit(tx, { user: editor, action: "delete", entityType: entity, entityId: id, before: { deletedAt: null }, after: { deletedAt } });
    return { id };
  });
}

export function restore(user: SessionUser | null, input: unknown) {
  return change(user, "admin", entityRefSchema, input, ({ entity, id }) => [{ entity, id }], async (tx, admin, { entity, id }) => {
    if ((await setDeleted(tx, entity, id, null)) === 0) throw new ExpectedFailure(fail(`This ${entity} is not deleted.`));
    await writeAudit(tx, { user: admin, action: "restore", entityType: entity, entityId: id, after: { deletedAt: null } });
    return { id };
  });
}

/**
 * Folds one actor into another: statements, event roles, mentions, aliases and members move to the
 * target, the source's name becomes an alias, and the source's slug redirects to the target.
 */
export function mergeActors(user: SessionUser | null, input: unknown) {
  return change(user, "editor", mergeActorsSchema, input, ({ sourceId, targetId }) => [{ entity: "actor", id: sourceId }, { entity: "actor", id: targetId }], async (tx, editor, { sourceId, targetId }) => {
    const [source, target] = await Promise.all([
      tx.actor.findFirst({ where: { id: sourceId, deletedAt: null, mergedIntoId: null }, include: { aliases: true } }),
      tx.actor.findFirst({ where: { id: targetId, deletedAt: null, mergedIntoId: null } }),
    ]);
    if (!source || !target) throw new ExpectedFailure(fail("Both actors must exist and not be merged already."));
    const moved = {
      statements: (await tx.statement.updateMany({ where: { speakerId: sourceId }, data: { speakerId: targetId } })).count,
      addressed: (await tx.statement.updateMany({ where: { addresseeId: sourceId }, data: { addresseeId: targetId } })).count,
      members: (await tx.actor.updateMany({ where: { parentId: sourceId, id: { not: targetId } }, data: { parentId: targetId } })).count,
      events: await tx.$executeRaw`
        INSERT INTO "EventActor" ("eventId", "actorId", "role")
        SELECT "eventId", ${targetId}, "role" FROM "EventActor" WHERE "actorId" = ${sourceId}
        ON CONFLICT ("eventId", "actorId") DO NOTHING`,
      mentions: await tx.$executeRaw`
        INSERT INTO "ActorMention" ("articleId", "actorId", "count", "firstOffset")
        SELECT "articleId", ${targetId}, "count", "firstOffset" FROM "ActorMention" WHERE "actorId" = ${sourceId}
        ON CONFLICT ("articleId", "actorId") DO UPDATE SET "count" = "ActorMention"."count" + EXCLUDED."count",
          "firstOffset" = LEAST("ActorMention"."firstOffset", EXCLUDED."firstOffset")`,
    };
    await tx.eventActor.deleteMany({ where: { actorId: sourceId } });
    await tx.actorMention.deleteMany({ where: { actorId: sourceId } });
    const aliases = [source.name, ...source.aliases.map((a) => a.alias)].filter((a) => a.toLowerCase() !== target.name.toLowerCase());
    await tx.actorAlias.createMany({ data: aliases.map((alias) => ({ actorId: targetId, alias, normalized: alias.toLowerCase() })), skipDuplicates: true });
    await tx.actorAlias.deleteMany({ where: { actorId: sourceId } });
    await tx.actor.update({ where: { id: sourceId }, data: { mergedIntoId: targetId, parentId: null, version: { increment: 1 } } });
    await tx.actor.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, { user: editor, action: "merge", entityType: "actor", entityId: sourceId, before: source, after: { mergedInto: target.slug, moved } });
    await writeAudit(tx, { user: editor, action: "merge", entityType: "actor", entityId: targetId, before: target, after: { absorbed: source.slug, moved, aliases } });
    return { targetSlug: target.slug, moved };
  });
}

/** Why an event cannot take part in a merge (missing, deleted, merged already), or null. */
function mergeRefusal(event: { deletedAt: Date | null; mergedIntoId: string | null } | null, name: string): string | null {
  if (!event) return `${name} does not exist: both events must exist and not be merged already.`;
  if (event.deletedAt) return `${name} was deleted: restore it first. Both events must exist and not be merged already.`;
  if (event.mergedIntoId) return `${name} was already merged into another event: both events must exist and not be merged already.`;
  return null;
}

/**
 * One happening stored twice: the source's reporting articles and actors are copied to the target, and the
 * source keeps its row with mergedIntoId set (not visible to readers; its page redirects to the target).
 */
export function mergeEvents(user: SessionUser | null, input: unknown) {
  return change(user, "editor", mergeEventsSchema, input, ({ sourceId, targetId }) => [{ entity: "event", id: sourceId }, { entity: "event", id: targetId }], async (tx, editor, { sourceId, targetId }) => {
    const [source, target] = await Promise.all([tx.event.findUnique({ where: { id: sourceId } }), tx.event.findUnique({ where: { id: targetId } })]);
    const refused = mergeRefusal(source, "This event") ?? mergeRefusal(target, target ? `“${target.title}”` : "The event to merge into");
    if (refused || !source || !target) throw new ExpectedFailure(fail(refused ?? "Both events must exist and not be merged already."));
    const moved = {
      articles: await tx.$executeRaw`
        INSERT INTO "EventArticle" ("eventId", "articleId", "part", "spanStart", "spanEnd")
        SELECT ${targetId}, "articleId", "part", "spanStart", "spanEnd" FROM "EventArticle" WHERE "eventId" = ${sourceId}
        ON CONFLICT DO NOTHING`,
      actors: await tx.$executeRaw`
        INSERT INTO "EventActor" ("eventId", "actorId", "role")
        SELECT ${targetId}, "actorId", "role" FROM "EventActor" WHERE "eventId" = ${sourceId}
        ON CONFLICT ("eventId", "actorId") DO NOTHING`,
    };
    await tx.event.update({ where: { id: sourceId }, data: { mergedIntoId: targetId, version: { increment: 1 } } });
    await tx.event.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, { user: editor, action: "merge", entityType: "event", entityId: sourceId, label: source.title, before: source, after: { mergedInto: target.title, moved } });
    await writeAudit(tx, { user: editor, action: "merge", entityType: "event", entityId: targetId, label: target.title, before: target, after: { absorbed: source.title, moved } });
    return { targetId, moved };
  });
}
