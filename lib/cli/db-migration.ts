// Writes a new migration from the difference between the committed migrations and
// prisma/schema.prisma, offline (Prisma's `migrate dev` would download a native engine).
//   npm run db:migration -- add_topics
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { diffMigrationsToSchema } from "@/lib/db/schema-diff";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- NAME   (NAME: lower-case letters, digits and _)");
  process.exit(2);
}
const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("The migrations already match prisma/schema.prisma; nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Read it, edit what Prisma cannot express, commit it.`);
