// npm run user:create -- --email you@example.org --role admin [--name "Your Name"]
// The password is read from stdin when piped, otherwise asked for (not echoed).
import "dotenv/config";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { accountEmail, accountName } from "@/lib/editor/schemas";
import { readEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "../..");
const USAGE = 'Usage: npm run user:create -- --email EMAIL --role editor|admin [--name "NAME"]  (password on stdin or at the prompt)';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? "";
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      rl.question(q, (answer) => resolve(answer));
      output._writeToOutput = (s: string) => process.stdout.write(s.startsWith(q) ? q : "");
    });
  const first = await ask("Password (10+ characters): ");
  process.stdout.write("\n");
  const second = await ask("Again: ");
  process.stdout.write("\n");
  rl.close();
  if (first !== second) fail("The two passwords differ. Nothing was created.");
  return first;
}

let args;
try {
  args = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, strict: true }).values;
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const argsSchema = z.object({
  email: z.string({ message: "--email is required" }).pipe(accountEmail),
  role: z.enum(["editor", "admin"], { message: "--role must be editor or admin" }),
  name: accountName.optional(),
});
const parsed = argsSchema.safeParse(args);
if (!parsed.success) fail(`${parsed.error.issues.map((i) => i.message).join("\n")}\n${USAGE}`);

const env = readEnv();
const password = await readPassword();
const database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.resolve(ROOT, env.FAULTLINE_DATA_DIR), attach: true });
try {
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url);
  const { createUser, DuplicateUserError, newUserSchema } = await import("@/lib/auth/users");
  const input = { email: parsed.data.email, role: parsed.data.role, name: parsed.data.name ?? parsed.data.email.split("@")[0], password };
  const valid = newUserSchema.safeParse(input);
  if (!valid.success) fail(`${valid.error.issues.map((i) => i.message).join("\n")}\nNothing was created.`);
  try {
    const user = await createUser(valid.data);
    console.log(`Created ${user.role} ${user.email}. Sign in at /sign-in.`);
  } catch (err) {
    if (err instanceof DuplicateUserError) fail(`${err.message} Nothing was created.`);
    throw err;
  }
} finally {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect().catch(() => undefined);
  await database.stop();
}
