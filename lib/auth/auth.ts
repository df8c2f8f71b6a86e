import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/client";
import { createAttemptLimiter } from "./attempts";

const port = process.env.PORT ?? "3000";
const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`;

/*
 * Accounts and sessions (better-auth): email + password hashed by the library (scrypt), sessions in
 * PostgreSQL behind an httpOnly SameSite=Lax cookie, sign-in rate-limited. There is no public
 * sign-up: admins create accounts (`npm run user:create`, or the admin page).
 */
// better-auth limits sign-in per client address, read from X-Forwarded-For, which a client can forge
// unless a proxy in front overwrites it; so attempts are also limited per account.
const attemptsPerAccount = createAttemptLimiter({ max: 5, windowMs: 60_000 });

function createAuth() {
  return betterAuth({
    appName: "Faultline",
    baseURL,
    secret: process.env.BETTER_AUTH_SECRET,
    trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "editor" },
      },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      // Per address, loose enough for a newsroom behind one NAT; the per-account limit below is the strict one.
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    advanced: {
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase();
        if (email && !attemptsPerAccount.hit(email)) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Wait a minute." });
        }
      }),
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

let instance: ReturnType<typeof createAuth> | undefined;

/** Built on first use: the Prisma adapter needs a database client, which `next build` has not. */
export function getAuth() {
  instance ??= createAuth();
  return instance;
}
