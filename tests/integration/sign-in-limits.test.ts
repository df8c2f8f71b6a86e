import { afterAll, beforeAll, expect, it } from "vitest";
import { getAuth, SIGN_IN_PER_ADDRESS } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/users";
import { FREE_ATTEMPTS } from "@/lib/auth/sign-in-throttle";
import type { TestDatabase } from "../support/database";
import { useAppDatabase } from "../support/app-database";

// Requests as app/api/auth's route hands them to better-auth: X-Forwarded-For holds the one client
// address resolved from the socket and the trusted proxies (see lib/auth/client-address-stamp.ts).
const ORIGIN = "http://localhost:3000";
let db: TestDatabase;
const owner = { email: "chief@example.org", password: "the-owners-long-password" };

function signIn(email: string, password: string, address: string) {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  db = await useAppDatabase();
  await createUser({ ...owner, name: "Chief", role: "admin" });
});
afterAll(async () => db.drop());

it("an attacker failing from many addresses slows only themselves: the owner signs in from theirs", async () => {
  const statuses: number[] = [];
  for (let n = 1; n <= 4; n++) {
    for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt++) statuses.push((await signIn(owner.email, `wrong-guess-${n}-${attempt}`, `10.0.0.${n}`)).status);
  }
  // per address: the free attempts fail on the password, then the backoff answers 429 without checking it
  expect(statuses.filter((s) => s === 401)).toHaveLength(4 * FREE_ATTEMPTS);
  expect(statuses.filter((s) => s === 429)).toHaveLength(4);

  const response = await signIn(owner.email, owner.password, "192.0.2.10");
  expect(response.status).toBe(200);
  expect(response.headers.get("set-cookie")).toMatch(/session_token=/);
}, 180_000);

it("a burst of parallel guesses from one address gets no more than the free attempts", async () => {
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(owner.email, `burst-${i}-guess`, "198.51.100.20")));
  const statuses = results.map((r) => r.status);
  expect(statuses.filter((s) => s === 401)).toHaveLength(FREE_ATTEMPTS);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10 - FREE_ATTEMPTS);
  const refused = results.find((r) => r.status === 429)!;
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await refused.json()).message).toMatch(/Too many unsuccessful sign-ins for this account/);
  // the right password from that address waits too: the backoff does not reveal whether a guess was right
  expect((await signIn(owner.email, owner.password, "198.51.100.20")).status).toBe(429);
}, 180_000);

it("keeps the limits in PostgreSQL, where every app instance sees them, and clears the owner's on success", async () => {
  const rows = await db.prisma.rateLimit.findMany({ select: { key: true, count: true } });
  const keys = rows.map((r) => r.key);
  expect(keys).toContain(`sign-in|${owner.email}|10.0.0.1`);
  expect(keys).toContain("10.0.0.1|/sign-in/email"); // better-auth's own per-address counter
  expect(rows.find((r) => r.key === `sign-in|${owner.email}|10.0.0.1`)!.count).toBe(FREE_ATTEMPTS);
  expect(keys).not.toContain(`sign-in|${owner.email}|192.0.2.10`);
});

it("limits each address across accounts", async () => {
  const address = "203.0.113.50";
  // the same two accounts, so after their free attempts the backoff answers cheaply, and in batches
  for (let sent = 0; sent < SIGN_IN_PER_ADDRESS.max; sent += 10) {
    const batch = Math.min(10, SIGN_IN_PER_ADDRESS.max - sent);
    const statuses = await Promise.all(Array.from({ length: batch }, (_, i) => signIn(`someone-${(sent + i) % 2}@example.org`, "not-the-password", address).then((r) => r.status)));
    for (const status of statuses) expect([401, 429]).toContain(status);
  }
  const over = await signIn("someone-else@example.org", "not-the-password", address);
  expect(over.status).toBe(429);
  expect((await over.json()).message).toMatch(/Too many requests/);
  const [row] = await db.prisma.rateLimit.findMany({ where: { key: `${address}|/sign-in/email` } });
  expect(row.count).toBe(SIGN_IN_PER_ADDRESS.max);
}, 180_000);

it("never limits the session check every page's header makes: a newsroom behind one address keeps its headers", async () => {
  const address = "192.0.2.77";
  const signedIn = await signIn(owner.email, owner.password, address);
  const cookie = signedIn.headers.get("set-cookie")!.split(";")[0];
  const getSession = () =>
    getAuth().handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie, origin: ORIGIN, "x-forwarded-for": address } }));
  // more than the default limit of 100 a minute per address: page loads of several editors sharing one NAT
  for (let sent = 0; sent < 150; sent += 10) {
    const answers = await Promise.all(Array.from({ length: 10 }, () => getSession()));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect((await answer.json())?.user?.email).toBe(owner.email);
    }
  }
}, 180_000);
