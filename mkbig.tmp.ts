import pg from "pg";
import fs from "node:fs";
import { applyMigrations } from "@/lib/db/migrate";
const admin = process.env.ADMIN!;
const c = new pg.Client({ connectionString: admin }); await c.connect();

const url = admin.replace(/\/postgres$/, "/big");

const b = new pg.Client({ connectionString: url }); await b.connect();
const t = Date.now();
for (const stmt of fs.readFileSync("/tmp/scale-sql/gen2.sql", "utf8").split(/;\n/).map((s) => s.trim()).filter(Boolean)) {
  const s = Date.now();
  const r = await b.query(stmt);
  console.log(((Date.now() - s) / 1000).toFixed(1) + "s", stmt.split("\n").find((l) => !l.startsWith("--"))!.slice(0, 70), Array.isArray(r) ? "" : r.rows?.length && r.rows.length < 20 ? JSON.stringify(r.rows) : "");
}
console.log("total", (Date.now() - t) / 1000);
await b.end();
