import type { Page } from "playwright-core";
import { inject } from "vitest";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/db/client";

/**
 * Accounts for the browser tests, created in the database the served app uses (the e2e global setup
 * provides its URL) through the app's own createUser, so passwords are hashed as sign-in expects.
 */
function useServedDatabase() {
  const url = inject("databaseUrl");
  if (process.env.DATABASE_URL !== url) {
    process.env.DATABASE_URL = url;
    const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    void g.prisma?.$disconnect();
    g.prisma = undefined;
  }
  return url;
}

export type Account = { id: string; email: string; name: string; password: string };

/** One account per role asked for; `tag` keeps emails unique per test file. */
export async function createAccounts<R extends string>(tag: string, roles: Record<R, "editor" | "admin">): Promise<Record<R, Account>> {
  useServedDatabase();
  const accounts = {} as Record<R, Account>;
  for (const [key, role] of Object.entries(roles) as [R, "editor" | "admin"][]) {
    const email = `${tag}-${key}-${Date.now().toString(36)}@example.org`.toLowerCase();
    const password = `pw-${key}-correct-horse`;
    const user = await createUser({ email, name: `${key[0].toUpperCase()}${key.slice(1)} (${tag})`, role, password });
    accounts[key] = { id: user.id, email: user.email, name: user.name, password };
  }
  return accounts;
}

/** A Prisma client on the served app's database, for setting up and checking records directly. */
export function servedDatabase() {
  return createPrismaClient(useServedDatabase());
}

/**
 * Takes back what a browser file published, so the other files read the demo data as seeded: the
 * articles with these URLs, their events left without a source, and actors created since `since` that
 * nothing refers to any more.
 */
export async function removePublished(sourceUrls: string[], since: Date) {
  const db = servedDatabase();
  try {
    const articles = await db.article.findMany({ where: { sourceUrl: { in: sourceUrls } }, select: { id: true, events: { select: { eventId: true } } } });
    const eventIds = articles.flatMap((a) => a.events.map((e) => e.eventId));
    await db.$transaction([
      db.article.deleteMany({ where: { id: { in: articles.map((a) => a.id) } } }),
      db.event.deleteMany({ where: { id: { in: eventIds }, articles: { none: {} } } }),
      db.actor.deleteMany({ where: { createdAt: { gte: since }, statements: { none: {} }, events: { none: {} }, mentions: { none: {} } } }),
    ]);
  } finally {
    await db.$disconnect();
  }
}

/** Signs in through the form, as a person would, and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password: string, next = "/editor") {
  await page.goto(`${inject("baseUrl")}/sign-in?next=${encodeURIComponent(next)}`);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForFunction(() => location.pathname !== "/sign-in", undefined, { timeout: 20_000 });
}
