import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuditLog, getHistory } from "@/lib/audit/queries";
import { getAuth } from "@/lib/auth/auth";
import type { SessionUser } from "@/lib/auth/permissions";
import { createUser } from "@/lib/auth/users";
import { describeEntry } from "@/lib/audit/describe";
import { softDelete } from "@/lib/editor/corrections";
import { publishArticle } from "@/lib/editor/publish";
import { updateProfile } from "@/lib/editor/accounts";
import type { TestDatabase } from "../support/database";
import { createUsers, tableDigest, useAppDatabase } from "../support/app-database";

// Issue 10 §6: accounts cannot rename themselves through better-auth; renames are validated and
// audited; the audit log keeps the names of the time.
const ORIGIN = "http://localhost:3000";
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
let editor: SessionUser;
const login = { email: "renamer@example.org", password: "a-long-enough-password" };

function auth(path: string, body: unknown, cookie = "") {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "192.0.2.1", cookie },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  db = await useAppDatabase();
  users = await createUsers(db);
  const created = await createUser({ ...login, name: "Rena Mer", role: "editor" });
  editor = { id: created.id, email: created.email, name: created.name, role: "editor" };
});
afterAll(async () => db.drop());

describe("self-service account endpoints", () => {
  it("are off: a signed-in editor cannot rename itself, change its email or delete itself through better-auth", async () => {
    const signedIn = await auth("/sign-in/email", login);
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(/,(?=\s*[\w.-]+=)/).map((c) => c.split(";")[0].trim()).join("; ");
    expect(cookie).toMatch(/session_token=/);
    const before = await tableDigest(db);
    for (const [path, body] of [
      ["/update-user", { name: "x".repeat(500_000) }],
      ["/update-user", { name: "Admin" }],
      ["/change-email", { newEmail: "elsewhere@example.org" }],
      ["/delete-user", {}],
    ] as const) {
      expect((await auth(path, body, cookie)).status, path).toBe(404);
    }
    expect(await tableDigest(db)).toEqual(before);
    // the session itself still works
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.name).toBe("Rena Mer");
  });
});

describe("renaming through Faultline", () => {
  it("refuses a name that is too long, empty, invisible or another account's, and changes nothing", async () => {
    const before = await tableDigest(db);
    for (const name of ["x".repeat(500_000), "x".repeat(101), "   ", "\u202E", "bad\u0000name", users.admin.name]) {
      const result = await updateProfile(editor, { name });
      expect(result.ok, JSON.stringify(name.slice(0, 20))).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.name).toBeTruthy();
    }
    expect(await tableDigest(db)).toEqual(before);
  });

  it("audits a rename, and earlier entries keep the name of the time", async () => {
    const published = await publishArticle(editor, {
      article: { title: "Before the rename", authors: [], publication: "Rename Times", publishedOn: "2025-09-09", body: "Body text." },
      review: { actors: [], statements: [], events: [] },
    });
    expect(published.ok).toBe(true);
    const renamed = await updateProfile(editor, { name: "  Rena Newname  " });
    expect(renamed).toEqual({ ok: true, name: "Rena Newname" });
    const after = { ...editor, name: "Rena Newname" };
    if (published.ok) expect(await softDelete(after, { entity: "article", id: published.id })).toMatchObject({ ok: true });

    const log = await getAuditLog(users.admin, { user: editor.id, cursor: undefined });
    const lines = log.items.map((e) => describeEntry(e));
    expect(lines).toEqual([
      "Rena Newname deleted article “Before the rename”.",
      "Rena Mer renamed the account “Rena Mer” to “Rena Newname”.",
      "Rena Mer published article “Before the rename” with 0 statements, no new event.",
    ]);
    const rename = log.items.find((e) => e.entityType === "user")!;
    expect([rename.before, rename.after]).toEqual([{ name: "Rena Mer" }, { name: "Rena Newname" }]);
    // the account's own history reads the same way
    const history = await getHistory(users.admin, "article", published.ok ? published.id : "");
    expect(history.map((e) => describeEntry(e, false))).toEqual(["Rena Newname deleted this article.", "Rena Mer published this article with 0 statements, no new event."]);
  });

  it("is for editors and admins only", async () => {
    await expect(updateProfile(null, { name: "Nobody" })).rejects.toMatchObject({ status: 401 });
    await expect(updateProfile(users.reader, { name: "Reader" })).rejects.toMatchObject({ status: 403 });
  });
});
