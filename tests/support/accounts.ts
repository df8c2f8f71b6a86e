import type { BrowserContext, Page } from "playwright-core";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/db/client";
import { baseUrl, databaseUrl } from "./served";

/**
 * Accounts for the browser tests, created in the database the served app uses (tests/support/served.ts)
 * through the app's own createUser, so passwords are hashed as sign-in expects.
 */
function useServedDatabase() {
  const url = databaseUrl();
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

/** Signs in through the form, as a person would, and waits to leave the sign-in page (a writer's first sign-in
 * hashes the password and renders /editor cold on its own server: 20 s was not enough at load 24 on 2 cores). */
export async function signIn(page: Page, email: string, password: string, next = "/editor") {
  await page.goto(`${baseUrl()}/sign-in?next=${encodeURIComponent(next)}`);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForFunction(() => location.pathname !== "/sign-in", undefined, { timeout: 60_000 });
}

/**
 * Signs a browser context in with one request to the auth API (the call the form makes), without loading the
 * sign-in page and the editor behind it: for files that need a session, not the form (editor.test.ts tests that).
 */
export async function signInByApi(context: BrowserContext, email: string, password: string) {
  const response = await context.request.post(`${baseUrl()}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin: baseUrl() },
  });
  if (!response.ok()) throw new Error(`signing in ${email} failed: ${response.status()} ${await response.text()}`);
  if (!(await context.cookies(baseUrl())).length) throw new Error(`signing in ${email} set no cookie`);
}
