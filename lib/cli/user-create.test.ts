import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

// A name over the limit is refused before the password is asked for or any database is touched.
it("user:create refuses a name over the limit in a plain sentence, exit 2", async () => {
  const args = ["--import", "tsx", "lib/cli/user-create.ts", "--email", "a@example.org", "--role", "editor", "--name", "x".repeat(500)];
  const failed = await promisify(execFile)(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" } }).catch((err) => err);
  expect(failed.code).toBe(2);
  expect(failed.stderr).toMatch(/^The name is too long \(at most 100 characters\)\.\nUsage: npm run user:create/);
}, 120_000);

it("user:create refuses an email over the limit in a plain sentence, exit 2", async () => {
  const args = ["--import", "tsx", "lib/cli/user-create.ts", "--email", `${"x".repeat(300)}@example.org`, "--role", "editor"];
  const failed = await promisify(execFile)(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" } }).catch((err) => err);
  expect(failed.code).toBe(2);
  expect(failed.stderr).toMatch(/^The email address is too long \(at most 254 characters\)\.\nUsage: npm run user:create/);
}, 120_000);
