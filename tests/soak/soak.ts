// `npm run soak`: 32 readers and 4 editors against a real `npm start` (embedded PostgreSQL, 127.0.0.1
// only) for SOAK_SECONDS (default 60), with the database killed once in the middle and restarted by
// the supervisor. Editors go through the same server actions the browser calls (over HTTP, signed in
// with better-auth): analyse → publish → correct the title. Afterwards it checks the database and
// prints what happened. Exit status 1 if any check fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createUser } from "@/lib/auth/users";
import { DEFAULT_DATABASE } from "@/lib/db/database-url";
import { embeddedUrl, freePort, runningServerPort } from "@/lib/db/embedded";
import { draftDuplicates, pairKey } from "@/lib/editor/draft-duplicates";
import type { Review } from "@/lib/editor/schemas";
import { startDashboard, type Started } from "../support/start-process";
import { callAction, findActionIds } from "./actions";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const READERS = Number(process.env.SOAK_READERS ?? 32);
const EDITORS = Number(process.env.SOAK_EDITORS ?? 4);
const RESTART_DELAY_MS = 2000;
const GRACE_MS = 2000; // after the database answers again, pages in flight may still see the outage
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/articles");
const RUN = Date.now().toString(36);

type Sample = { at: number; end: number; kind: string; status: number };
const samples: Sample[] = [];
const latencies: number[] = [];
const editorLog: { at: number; end: number; op: string; outcome: string }[] = [];
const acknowledged = new Map<string, string>(); // sourceUrl → article id
let killedAt = 0;
let recoveredAt = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function reader(app: Started, paths: string[], until: number, offset: number) {
  for (let i = offset; Date.now() < until; i++) {
    const p = paths[i % paths.length];
    const started = Date.now();
    try {
      const response = await fetch(app.url + p, { redirect: "manual" });
      await response.arrayBuffer();
      samples.push({ at: started, end: Date.now(), kind: p.split("?")[0].split("/")[1] || "home", status: response.status });
      if (response.status === 200) latencies.push(Date.now() - started);
      if (response.status === 503) await sleep(Number(response.headers.get("retry-after") ?? 1) * 200);
    } catch {
      samples.push({ at: started, end: Date.now(), kind: "network", status: 0 });
      await sleep(200);
    }
  }
}

async function signIn(app: Started, email: string, password: string): Promise<string> {
  const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

type Outcome = { ok: boolean; value?: Record<string, unknown>; kind: string };

/** One editor: analyse a fixture, publish it under a unique URL, then correct its title; repeat. */
async function editor(app: Started, ids: Record<string, string>, cookie: string, n: number, texts: string[], until: number) {
  // An action is served by the pages that import it (Next.js answers an empty body elsewhere).
  const call = async (name: string, input: unknown, page = "/editor/articles/new"): Promise<Outcome> => {
    const at = Date.now();
    const result = await callAction(app.url, page, ids[name], cookie, input);
    const kind = result.ok ? "ok" : classify(result);
    editorLog.push({ at, end: Date.now(), op: name, outcome: kind });
    return { ok: result.ok === true, value: result.value, kind };
  };
  for (let i = 0; Date.now() < until; i++) {
    const sourceUrl = `https://soak.example.org/${RUN}/${n}/${i}`;
    const analysed = await call("analyseArticleAction", { raw: texts[(n * 7 + i) % texts.length], article: { sourceUrl, publishedOn: "2025-10-01" } });
    if (!analysed.ok) { await sleep(500); continue; }
    const proposed = analysed.value as { article: Record<string, string>; review: Review; similar?: Record<number, { id: string }[]> };
    // Fields the paste did not give, as an editor would fill them in.
    const article = { ...proposed.article, title: proposed.article.title || "Soak article", publication: proposed.article.publication || "Soak Wire", publishedOn: proposed.article.publishedOn || "2025-10-01" };
    const review = decidedAsNew(proposed.review, proposed.similar);
    // Keep trying the same publish until it is acknowledged or refused as already there (an
    // acknowledgement lost in the outage); the check afterwards counts each URL once.
    for (let attempt = 0; Date.now() < until + 30_000; attempt++) {
      const published = await call("publishArticleAction", { article: { ...article, sourceUrl }, review });
      if (published.ok) {
        acknowledged.set(sourceUrl, String(published.value!.id));
        const fields = { ...article, sourceUrl, title: `${article.title} (corrected ${n}/${i})` } as Record<string, unknown>;
        delete fields.body;
        await call("updateArticleAction", { id: published.value!.id, version: 1, fields }, `/editor/articles/${published.value!.id}`);
        break;
      }
      if (published.kind === "duplicate") break;
      await sleep(500);
    }
  }
}

/**
 * The review as an editor who keeps every event as its own passes it: each pair told twice and each likely stored
 * duplicate called "Not the same" (Publish waits for a decision on each). Calling a pair different can bring out
 * another, so it asks again until none is left.
 */
function decidedAsNew(review: Review, similar: Record<number, { id: string }[]> = {}): Review {
  const notSame = new Set<string>();
  for (let repeats = draftDuplicates(review); repeats.size; repeats = draftDuplicates(review, notSame)) {
    for (const [repeat, first] of repeats) notSame.add(pairKey(repeat, first));
  }
  return { ...review, notSame: [...notSame], events: review.events.map((e, i) => ({ ...e, notSameAs: similar[i]?.map((s) => s.id) })) };
}

function classify(result: { ok: boolean; status?: number; error?: string }): string {
  if (result.status && result.status !== 200) return `http-${result.status}`;
  if (!result.error) return "unknown";
  if (/database is unavailable/.test(result.error)) return "database-unavailable";
  if (/could not be reached|fetch failed/.test(result.error)) return "network";
  if (/already|exists/i.test(result.error)) return "duplicate";
  if (/someone|changed since/i.test(result.error)) return "conflict";
  if (/Something went wrong/.test(result.error)) return "server-error";
  return `refused: ${result.error.slice(0, 60)}`;
}

async function watchOutage(app: Started, dataDir: string, at: number) {
  await sleep(at - Date.now());
  const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  console.log(`  ${(killedAt - start) / 1000}s: killed PostgreSQL (pid ${pid}) with SIGKILL`);
  await sleep(500);
  for (;;) {
    const ready = await fetch(`${app.url}/api/ready`).then((r) => r.status, () => 0);
    if (ready === 200) break;
    await sleep(200);
  }
  recoveredAt = Date.now();
  console.log(`  ${(recoveredAt - start) / 1000}s: /api/ready says 200 again (down ${(recoveredAt - killedAt) / 1000}s)`);
}

async function checkDatabase(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const prefix = `https://soak.example.org/${RUN}/%`;
    const stored = (await db.query<{ source_url: string; n: number }>(
      `SELECT "sourceUrl" AS source_url, count(*)::int AS n FROM "Article" WHERE "sourceUrl" LIKE $1 GROUP BY 1`, [prefix])).rows;
    const orphans = (await db.query<{ what: string; n: number }>(`
      SELECT 'statements without a live article' AS what, count(*)::int AS n FROM "Statement" s LEFT JOIN "Article" a ON a.id = s."articleId" WHERE a.id IS NULL
      UNION ALL SELECT 'events linked to no article', count(*)::int FROM "Event" e WHERE NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id)
      UNION ALL SELECT 'published articles without a publish audit entry', count(*)::int FROM "Article" a
        WHERE a.status = 'published' AND a."sourceUrl" LIKE $1 AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."entityId" = a.id AND l.action = 'publish')
      UNION ALL SELECT 'publish audit entries without an article', count(*)::int FROM "AuditLog" l
        WHERE l.action = 'publish' AND l."entityType" = 'article' AND NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = l."entityId")
      UNION ALL SELECT 'soak articles without mentions', count(*)::int FROM "Article" a
        WHERE a."sourceUrl" LIKE $1 AND NOT EXISTS (SELECT 1 FROM "ActorMention" m WHERE m."articleId" = a.id)`, [prefix])).rows;
    return { stored: new Map(stored.map((r) => [r.source_url, r.n])), orphans };
  } finally {
    await db.end();
  }
}

const count = <T,>(items: T[], key: (t: T) => string) =>
  Object.fromEntries([...items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>())].sort());
/** Whether a request was in flight at any moment of the outage (kill → ready again + grace). */
const inWindow = (s: { at: number; end: number }) => killedAt > 0 && s.end >= killedAt && s.at <= (recoveredAt || Infinity) + GRACE_MS;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

let start = Date.now();
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-soak-"));
fs.chmodSync(parent, 0o755);
const dataDir = path.join(parent, "pg");
let app: Started | undefined;
let failed = false;
try {
  console.log(`Soak: ${READERS} readers, ${EDITORS} editors, ${SECONDS} s, one database kill in the middle`);
  app = await startDashboard({ FAULTLINE_DATA_DIR: dataDir, DATABASE_URL: "", FAULTLINE_DB_RESTART_DELAY_MS: String(RESTART_DELAY_MS) }, await freePort(), 1_200_000);
  const dbUrl = embeddedUrl(runningServerPort(dataDir)!, DEFAULT_DATABASE);
  process.env.DATABASE_URL = dbUrl;
  const ids = findActionIds(["analyseArticleAction", "publishArticleAction", "updateArticleAction"]);
  const texts = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(FIXTURES, f), "utf8"));
  const cookies: string[] = [];
  for (let n = 0; n < EDITORS; n++) {
    const email = `soak-${RUN}-${n}@example.org`;
    await createUser({ email, name: `Soak editor ${n}`, role: "editor", password: "soak-password-long" });
    cookies.push(await signIn(app, email, "soak-password-long"));
  }
  const paths = ["/", "/timeline", "/statements", "/actors", "/articles", "/search?q=Putin", "/feeds/events", "/timeline?type=strike", "/statements/export", "/api/ready"];

  start = Date.now();
  const until = start + SECONDS * 1000;
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(app!, paths, until, i)),
    ...cookies.map((cookie, n) => editor(app!, ids, cookie, n, texts, until)),
    watchOutage(app, dataDir, start + (SECONDS * 1000) / 2),
  ]);
  const elapsed = (Date.now() - start) / 1000;

  const { stored, orphans } = await checkDatabase(dbUrl);
  const readerErrors = samples.filter((s) => s.status !== 200 && s.status !== 307);
  const outside5xx = samples.filter((s) => (s.status >= 500 || s.status === 0) && !inWindow(s));
  const editorFailures = editorLog.filter((e) => e.outcome !== "ok");
  const editorOutside = editorFailures.filter((e) => !inWindow(e) && e.outcome !== "duplicate");
  const ackNotStoredOnce = [...acknowledged.keys()].filter((url) => stored.get(url) !== 1);
  const storedNotAcked = [...stored.keys()].filter((url) => !acknowledged.has(url));

  console.log(`\nRan ${elapsed.toFixed(1)} s. Outage window: ${((recoveredAt - killedAt) / 1000).toFixed(1)} s (+${GRACE_MS / 1000} s grace).`);
  console.log(`Reader requests: ${samples.length} (${(samples.length / elapsed).toFixed(0)}/s), p50 ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, p99 ${percentile(latencies, 0.99)} ms`);
  console.log(`  by status: ${JSON.stringify(count(samples, (s) => String(s.status)))}`);
  console.log(`  non-200 inside the outage window: ${JSON.stringify(count(readerErrors.filter((s) => inWindow(s)), (s) => `${s.status} ${s.kind}`))}`);
  console.log(`  5xx or network errors outside it: ${outside5xx.length} ${JSON.stringify(count(outside5xx, (s) => `${s.status} ${s.kind}`))}`);
  console.log(`Editor operations: ${editorLog.length} ${JSON.stringify(count(editorLog, (e) => `${e.op.replace("Action", "")} ${e.outcome}`))}`);
  console.log(`  failures outside the outage window: ${editorOutside.length} ${JSON.stringify(count(editorOutside, (e) => `${e.op} ${e.outcome}`))}`);
  console.log(`Publishes acknowledged: ${acknowledged.size}; stored: ${stored.size}; acknowledged but not stored exactly once: ${ackNotStoredOnce.length}; stored but never acknowledged: ${storedNotAcked.length}`);
  console.log(`Supervisor: ${app.output().split("\n").filter((l) => l.startsWith("[database]")).join(" | ")}`);
  const appErrors = app.output().split("\n").filter((l) => l.startsWith("[editor]"));
  if (appErrors.length) console.log(`Editor errors logged by the app (${appErrors.length}), first: ${appErrors.slice(0, 3).join(" | ")}`);
  console.log(`Orphans: ${orphans.map((o) => `${o.what}: ${o.n}`).join("; ")}`);

  const checks: [string, boolean][] = [
    ["at least 60 s of load", elapsed >= Math.min(SECONDS, 60)],
    ["the database was killed and came back", killedAt > 0 && recoveredAt > killedAt],
    ["every acknowledged publish stored exactly once", ackNotStoredOnce.length === 0],
    ["nothing orphaned", orphans.every((o) => o.n === 0)],
    ["no 5xx outside the outage window", outside5xx.length === 0],
    ["no editor operation failed outside the outage window", editorOutside.length === 0],
    ["editors published something after the restart", editorLog.some((e) => e.op === "publishArticleAction" && e.outcome === "ok" && e.at > recoveredAt)],
  ];
  for (const [name, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"} ${name}`);
  failed = checks.some(([, ok]) => !ok);
} catch (err) {
  console.error(err);
  if (app) console.error(app.output().slice(-4000));
  failed = true;
} finally {
  const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
  await app?.stop();
  fs.rmSync(parent, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
