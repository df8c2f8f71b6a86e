import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/client";
import { configuredOrigin } from "@/lib/url/public-origin";
import { MAX_DELAY_SECONDS, claimAttempt, clearAttempts, recordFailure, throttleKey, type ThrottleStore } from "./sign-in-throttle";

/*
 * Accounts and sessions (better-auth): email + password hashed by the library (scrypt), sessions in
 * PostgreSQL behind an httpOnly SameSite=Lax cookie. There is no public sign-up: admins create accounts
 * (`npm run user:create`, or the admin page).
 *
 * Sign-in is limited twice, both in PostgreSQL (better-auth's "rateLimit" table, shared by every app
 * instance): per client address by better-auth's own limiter, and per account + address by an
 * exponential backoff (./sign-in-throttle.ts). The address is the one app/api/auth's route resolved from
 * the socket and FAULTLINE_TRUSTED_PROXIES (./client-address-stamp.ts): a client cannot choose it.
 */
/**
 * better-auth endpoints that would let a signed-in account change itself (or reach features Faultline
 * does not use) without validation or an audit entry. Renaming goes through `updateProfile`; what is
 * left: sign in, sign out, the session, changing one's own password (it needs the current one).
 */
export const DISABLED_AUTH_PATHS = [
  "/update-user",
  "/change-email",
  "/delete-user",
  "/delete-user/callback",
  "/sign-up/email",
  "/sign-in/social",
  "/link-social",
  "/unlink-account",
  "/list-accounts",
  "/account-info",
  "/get-access-token",
  "/refresh-token",
  "/request-password-reset",
  "/reset-password",
  "/send-verification-email",
  "/verify-email",
  "/update-session",
];

export const SIGN_IN_PER_ADDRESS = { window: MAX_DELAY_SECONDS, max: 60 };

/** The client address better-auth sees: the route handler leaves exactly one in X-Forwarded-For. */
function clientAddress(request: Request | undefined): string | null {
  return request?.headers.get("x-forwarded-for") ?? null;
}

function emailOf(body: unknown): string {
  return String((body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase();
}

function createAuth() {
  const baseURL = configuredOrigin();
  const port = process.env.PORT ?? "3000";
  return betterAuth({
    appName: "Faultline",
    baseURL,
    secret: process.env.BETTER_AUTH_SECRET,
    trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    // Accounts are managed in Faultline (lib/editor/accounts.ts: validated and audited), not by self-service.
    disabledPaths: DISABLED_AUTH_PATHS,
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "editor" },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Per address, loose enough for a newsroom behind one NAT. Its window is also the longest backoff,
      // so better-auth, which prunes rows older than its longest window, keeps every backoff row it needs.
      // The header of every page asks "/get-session" (components/auth/AccountNav.tsx): limited, a newsroom
      // behind one address would see "Sign in" once it loads 100 pages a minute. It only reads a session.
      customRules: { "/sign-in/email": SIGN_IN_PER_ADDRESS, "/get-session": false },
    },
    advanced: {
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || !ctx.request) return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const store = ctx.context.adapter as unknown as ThrottleStore;
        const decision = await claimAttempt(store, throttleKey(email, clientAddress(ctx.request)));
        if (!decision.allowed) {
          const seconds = Math.ceil(decision.retryAfterMs / 1000);
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: `Too many unsuccessful sign-ins for this account from here. Try again in ${seconds} s.` },
            { "Retry-After": String(seconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || !ctx.request || !emailOf(ctx.body)) return;
        const store = ctx.context.adapter as unknown as ThrottleStore;
        const key = throttleKey(emailOf(ctx.body), clientAddress(ctx.request));
        if (ctx.context.newSession) await clearAttempts(store, key);
        else if (isAPIError(ctx.context.returned) && ctx.context.returned.statusCode === 401) await recordFailure(store, key);
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
