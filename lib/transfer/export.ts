import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/dates/partial-date";
import { visibleArticle } from "@/lib/visibility";
import type { TransferLineInput } from "./schema";

// Writes every published article that has a URL as one NDJSON line, in URL order, a page at a
// time (keyset on the unique URL): memory stays flat whatever the archive's size, and the same
// database always gives the same bytes.

const PAGE = 200;

/** "2025-09-05", "2025-09" or "2025" as the precision carries it; null when unknown. */
function partial(date: Date | null, precision: DatePrecision): string | null {
  if (!date || precision === "unknown") return null;
  const day = isoDay(date);
  return precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : day;
}

const actorShape = { select: { name: true, slug: true, kind: true, role: true, unnamed: true, deletedAt: true, aliases: { select: { alias: true } } } } as const;

async function page(db: PrismaClient, after: string | null) {
  return db.article.findMany({
    where: { ...visibleArticle, sourceUrl: after === null ? { not: null } : { gt: after } },
    orderBy: { sourceUrl: "asc" },
    take: PAGE,
    include: {
      publication: { select: { name: true } },
      statements: { where: { deletedAt: null, speaker: { deletedAt: null } }, include: { speaker: actorShape, addressee: actorShape } },
      events: { where: { event: { deletedAt: null } }, include: { event: { include: { actors: { include: { actor: actorShape } } } } } },
    },
  });
}
type Row = Awaited<ReturnType<typeof page>>[number];
type ActorRecord = { name: string; slug: string; kind: string; role: string | null; unnamed: boolean; aliases: { alias: string }[] };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toLine(a: Row): TransferLineInput {
  const actors = new Map<string, ActorRecord>();
  const use = (actor: ActorRecord) => (actors.set(actor.slug, actor), actor.name);
  const statements = [...a.statements]
    .sort((x, y) => byText(x.part, y.part) || x.spanStart - y.spanStart || x.spanEnd - y.spanEnd || byText(x.speaker.slug, y.speaker.slug) || byText(x.text, y.text))
    .map((s) => ({
      speaker: use(s.speaker),
      addressee: s.addressee && !s.addressee.deletedAt ? use(s.addressee) : null,
      quote: s.text,
      direct: s.direct,
      saidOn: partial(s.saidOn, s.saidPrecision),
      saidPrecision: s.saidOn ? s.saidPrecision : "unknown",
      saidAt: s.venue,
      part: s.part,
      start: s.spanStart,
      end: s.spanEnd,
      verified: s.verified,
    }));
  const events = [...a.events]
    .sort((x, y) => byText(x.part, y.part) || x.spanStart - y.spanStart || x.spanEnd - y.spanEnd || byText(x.eventId, y.eventId))
    .map(({ event: e, part, spanStart, spanEnd }) => {
      const roles = e.actors.filter((x) => !x.actor.deletedAt).sort((x, y) => byText(x.actor.slug, y.actor.slug)).map((x) => ({ name: use(x.actor), role: x.role }));
      return {
        ref: e.id,
        title: e.title,
        description: e.description,
        type: e.type,
        date: partial(e.startDate, e.datePrecision),
        dateEnd: e.endDate && e.datePrecision !== "unknown" ? isoDay(e.endDate) : null,
        datePrecision: e.startDate ? e.datePrecision : "unknown",
        dateText: e.dateText,
        actors: roles.map((r) => r.name),
        actorRoles: roles,
        location: e.place,
        fatalities: e.fatalities,
        part,
        start: spanStart,
        end: spanEnd,
        verified: e.verified,
      };
    });
  return {
    url: a.sourceUrl!,
    article: {
      title: a.title,
      standfirst: a.standfirst,
      author: a.authors[0] ?? null,
      authors: a.authors,
      dateline: a.dateline,
      publishedOn: isoDay(a.publishedOn),
      publication: a.publication?.name ?? "Unknown",
    },
    body: a.body,
    actors: [...actors.values()]
      .sort((x, y) => byText(x.slug, y.slug))
      .map((x) => ({
        name: x.name,
        slug: x.slug,
        kind: x.kind as TransferLineInput["actors"][number]["kind"],
        role: x.role,
        ...(x.unnamed ? { unnamed: true } : {}),
        aliases: x.aliases.map((l) => l.alias).sort(byText),
      })),
    statements,
    events,
  };
}

/** Streams the archive as NDJSON lines to `write` (which should wait when its sink is full). */
export async function exportArticles(db: PrismaClient, write: (line: string) => Promise<void>, onProgress?: (done: number) => void): Promise<number> {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const rows = await page(db, after);
    for (const row of rows) await write(`${JSON.stringify(toLine(row))}\n`);
    done += rows.length;
    onProgress?.(done);
    if (rows.length < PAGE) return done;
    after = rows[rows.length - 1].sourceUrl;
  }
}
