// `npx tsx tests/bench/analyst-check.ts http://localhost:PORT [--label NAME] [--only REGEX]` (--only: pages whose name matches)
// Issue 11's own check, against a running server (demo data or a synthetic archive): headless Chromium at
// 1440×900 and 390×844, light and dark, over the home page, the busiest and a month-precision event page,
// the timeline with filters and its map, the table modes in every sort order, a place and a profile. Per
// page: status, load time, weight, axe-core serious/critical violations, horizontal overflow, clipped
// labels, screenshots (tests/artifacts/analyst-<label>/). Then a month-precision event's position on the
// chart (read from the chart's DOM) and every /events/<id> link seen answering 200 (or 308 to a 200).
// Prints findings and exits 1 on any failure; a page whose first byte takes over 1 s is reported, not failed
// ("load ms" is until the load event: scripts included, so it mostly measures the client's machine).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { ARTIFACTS, launchBrowser } from "../support/browser";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;
const SLOW_MS = 1000;

type Row = { page: string; size: string; status: number; ttfbMs: number; loadMs: number; htmlKiB: number; kiB: number; axe: number; overflow: number; clipped: number; shots: string };
type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const { values, positionals } = parseArgs({ options: { label: { type: "string" }, only: { type: "string" } }, allowPositionals: true });
const base = (positionals[0] ?? "").replace(/\/$/, "");
if (!/^https?:\/\/[^/]+$/.test(base)) {
  console.error("usage: npx tsx tests/bench/analyst-check.ts http://localhost:PORT [--label NAME] [--only REGEX]");
  process.exit(2);
}
const label = values.label ?? new URL(base).port;
const shotDir = path.join(ARTIFACTS, `analyst-${label}`);
fs.mkdirSync(shotDir, { recursive: true });
const failures: string[] = [];
const notes: string[] = [];
const fail = (line: string) => (failures.push(line), console.log(`  FAIL ${line}`));

async function html(route: string): Promise<string> {
  const response = await fetch(base + route);
  if (response.status !== 200) fail(`${route} answered ${response.status} while discovering pages`);
  return response.text();
}
const hrefs = (text: string, prefix: string) => [...new Set([...text.matchAll(new RegExp(`href="(${prefix}[^"#?]+)"`, "g"))].map((m) => m[1]))];

/** Rows of the timeline's table view: date label, event link, type label, actor slugs, place link, source count. */
function tableRows(text: string) {
  return [...text.matchAll(/<tr[^>]*id="event-([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, id, row]) => {
    const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]);
    const strip = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").trim();
    return {
      id,
      date: strip(cells[0] ?? ""),
      type: strip(cells[1] ?? ""),
      actors: hrefs(cells[3] ?? "", "/actors/").map((h) => h.slice("/actors/".length)),
      sources: hrefs(cells[5] ?? "", "/articles/").length,
    };
  });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Finds the pages worth checking from what the server itself links to. */
async function discover() {
  const rows = [];
  let route = "/timeline?view=table";
  for (let i = 0; i < 4 && route; i++) {
    const text = await html(route);
    rows.push(...tableRows(text));
    const next = text.match(/href="(\/timeline\?[^"]*cursor=[^"]+)"[^>]*>[^<]*Next/i) ?? text.match(/<a[^>]*rel="next"[^>]*href="([^"]+)"/);
    route = next ? next[1].replace(/&amp;/g, "&") : "";
  }
  if (rows.length === 0) throw new Error("the timeline's table view shows no event rows");
  const busiest = rows.reduce((a, b) => (b.sources > a.sources ? b : a));
  const month = rows.find((r) => isMonth(r.date)) ?? (await monthEvent(rows.map((r) => r.date)));
  const actors = hrefs(await html("/actors?view=table&sort=activity"), "/actors/").filter((h) => !h.includes("?"));
  const eventPage = await html(`/events/${busiest.id}`);
  const place = hrefs(eventPage, "/places/")[0] ?? hrefs(await html("/"), "/places/")[0];
  const typeKey = (labelText: string) => Object.entries(EVENT_TYPES).find(([, t]) => t.label === labelText)?.[0];
  return { busiest, month, actors, place, typeKey };
}
/** A month-precision event sorts at its month's first day: looks on the 1st of the three months before the newest event. */
async function monthEvent(labels: string[]) {
  const newest = labels.map((l) => l.match(/(\d{1,2}) (\w{3}) (\d{4})$/)).find(Boolean);
  if (!newest) return undefined;
  for (let back = 1; back <= 3; back++) {
    const day = iso(new Date(Date.UTC(Number(newest[3]), MONTHS.indexOf(newest[2]) - back, 1)));
    const found = tableRows(await html(`/timeline?view=table&from=${day}&to=${day}`)).find((r) => isMonth(r.date));
    if (found) return found;
  }
  return undefined;
}
const isMonth = (label: string) => new RegExp(`^(${MONTHS.join("|")}) \\d{4}$`).test(label);

function pagesToCheck(found: Awaited<ReturnType<typeof discover>>) {
  const { busiest, month, actors, place, typeKey } = found;
  const [a1, a2] = actors;
  const type = typeKey(busiest.type);
  const pages: [string, string][] = [
    ["home", "/"],
    ["event-busiest", `/events/${busiest.id}`],
  ];
  if (month) pages.push(["event-month", `/events/${month.id}`]);
  else notes.push("no month-precision event on the first table pages: its page and chart check are skipped");
  pages.push(
    ["timeline", "/timeline"],
    ["timeline-filtered", `/timeline?actor=${busiest.actors[0] ?? a1.slice(8)}${type ? `&type=${type}` : ""}&from=2022-01-01&to=2030-12-31`],
    ["timeline-and", `/timeline?actor=${a1.slice(8)}&actor=${a2.slice(8)}&match=all`],
    ["timeline-or", `/timeline?actor=${a1.slice(8)}&actor=${a2.slice(8)}&match=any`],
    ["timeline-table-day", "/timeline?view=table&group=day"],
    ["timeline-table-month", "/timeline?view=table&group=month"],
    ...(["newest", "oldest", "speaker", "speaker-activity"] as const).map((s): [string, string] => [`statements-table-${s}`, `/statements?view=table&sort=${s}`]),
    ["statements-cards", "/statements"],
    ...(["name", "activity", "last-active"] as const).map((s): [string, string] => [`actors-table-${s}`, `/actors?view=table&sort=${s}`]),
    ["actors-cards", "/actors"],
    ["profile-busiest", a1],
  );
  if (place) pages.push(["place", place]);
  return pages;
}

async function axeSerious(page: Page): Promise<string[]> {
  const found: Violation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order")
    .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** Text cut off by its own box (overflow hidden / ellipsis) that a reader cannot scroll to. */
const clippedLabels = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.children.length > 0 || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const hides = style.overflowX === "hidden" || style.textOverflow === "ellipsis" || style.overflow === "hidden";
      if (hides && el.scrollWidth > el.clientWidth + 1 && !el.closest(".visually-hidden,[aria-hidden=true]")) out.push(el.textContent.trim().slice(0, 40));
    }
    return out;
  });

async function visit(context: BrowserContext, size: string, name: string, route: string, links: Map<string, string>): Promise<Row> {
  const page = await context.newPage();
  try {
    const started = performance.now();
    const response = await page.goto(base + route, { waitUntil: "load", timeout: 120_000 });
    const loadMs = Math.round(performance.now() - started);
    const status = response?.status() ?? 0;
    if (status !== 200) fail(`${name} ${size} ${route}: status ${status}`);
    // Charts are drawn in the browser after hydration: wait for them before measuring or taking pictures.
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid$=chart]")].every((c) => c.querySelector("svg")), null, { timeout: 30_000 }).catch(() => fail(`${name} ${size}: a chart did not draw within 30 s`));
    const weight = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      return { html: nav.decodedBodySize, total: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0), ttfb: Math.round(nav.responseStart - nav.startTime) };
    });
    for (const href of await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>("a[href^='/events/']")].map((a) => a.getAttribute("href")!.split(/[?#]/)[0]))) {
      if (!links.has(href)) links.set(href, route);
    }
    await page.evaluate(AXE);
    let axe = 0;
    let overflow = 0;
    let clipped = 0;
    const shots: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const problems = await axeSerious(page);
      axe += problems.length;
      for (const p of problems) fail(`${name} ${size} ${scheme}: ${p}`);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 0) fail(`${name} ${size} ${scheme}: horizontal overflow ${over} px`);
      overflow = Math.max(overflow, over);
      if (scheme === "light") {
        const cut = await clippedLabels(page);
        clipped = cut.length;
        if (cut.length) notes.push(`${name} ${size}: ${cut.length} clipped label(s), e.g. ${cut.slice(0, 3).map((c) => JSON.stringify(c)).join(", ")}`);
      }
      const file = path.join(shotDir, `${name}-${size}-${scheme}.png`);
      // A full-page picture of a very long page is useless and slow: the first 6 screens are enough to judge.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const vp = page.viewportSize()!;
      await page.screenshot({ path: file, fullPage: true, clip: height > vp.height * 6 ? { x: 0, y: 0, width: vp.width, height: vp.height * 6 } : undefined });
      shots.push(path.basename(file));
    }
    if (weight.ttfb > SLOW_MS) notes.push(`${name} ${size}: first byte after ${weight.ttfb} ms (> ${SLOW_MS} ms)`);
    return { page: name, size, status, ttfbMs: weight.ttfb, loadMs, htmlKiB: weight.html / 1024, kiB: weight.total / 1024, axe, overflow, clipped, shots: `${name}-${size}-{light,dark}.png` };
  } finally {
    await page.close();
  }
}

/** The month-precision event, alone on a three-week-grouped chart around its month: a band over its month's weeks, no bar. */
async function monthOnChart(context: BrowserContext, found: Awaited<ReturnType<typeof discover>>) {
  const { month, typeKey } = found;
  if (!month) return;
  const [monthName, year] = month.date.split(" ");
  const m = MONTHS.indexOf(monthName);
  const first = new Date(Date.UTC(Number(year), m, 1));
  const last = new Date(Date.UTC(Number(year), m + 1, 0));
  const from = new Date(Date.UTC(Number(year), m - 1, 1));
  const to = new Date(Date.UTC(Number(year), m + 2, 0));
  const type = typeKey(month.type);
  const route = `/timeline?${month.actors.map((a) => `actor=${a}`).join("&")}&match=all${type ? `&type=${type}` : ""}&from=${iso(from)}&to=${iso(to)}&group=week`;
  const page = await context.newPage();
  try {
    await page.goto(base + route, { waitUntil: "load", timeout: 120_000 });
    const events = await page.locator("li[id^='e-'], tr[id^='event-']").evaluateAll((els) => els.map((e) => e.id.replace(/^(e-|event-)/, "")));
    await page.locator("[data-testid=timeline-chart] .recharts-area-area").first().waitFor({ state: "attached", timeout: 30_000 }).catch(() => undefined);
    const chart = await page.evaluate(() => {
      const svg = document.querySelector("[data-testid=timeline-chart]")!;
      // The step area's box spans the whole axis (zeros included): sample its outline for where it rises above zero.
      const curve = svg.querySelector<SVGPathElement>(".recharts-area-curve");
      let area: { left: number; right: number; width: number } | null = null;
      if (curve) {
        const points = Array.from({ length: 2001 }, (_, i) => curve.getPointAtLength((curve.getTotalLength() * i) / 2000));
        const zero = Math.max(...points.map((p) => p.y));
        const raised = points.filter((p) => p.y < zero - 0.5).map((p) => p.x);
        if (raised.length) area = { left: Math.min(...raised), right: Math.max(...raised), width: Math.max(...raised) - Math.min(...raised) };
      }
      const bars = [...svg.querySelectorAll(".recharts-bar-rectangle path")].map((p) => p.getBoundingClientRect()).filter((r) => r.height > 0.5);
      const ticks = [...svg.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label")].map((t) => { const r = t.getBoundingClientRect(); return { x: r.x + r.width / 2 }; });
      const spacing = ticks.length > 1 ? (ticks.at(-1)!.x - ticks[0].x) / (ticks.length - 1) : 0;
      return { area: area ? { left: area.left, right: area.right, width: area.width } : null, bars: bars.length, spacing };
    });
    const table = page.locator("details").filter({ hasText: "Chart data as a table" });
    await table.locator("summary").click();
    const rows = (await table.locator("tbody tr").allInnerTexts()).map((r) => r.split("\t").map((c) => c.trim()));
    await page.screenshot({ path: path.join(shotDir, "month-event-chart.png") });
    const where = `${month.id} (${month.date}) on ${route}`;
    if (!events.includes(month.id)) return fail(`month chart: the month event ${where} is not in the narrowed list`);
    // Recharts may skip tick labels (minTickGap) but keeps them evenly spaced: a band over a month spans 4+ weeks' worth.
    const weeksWide = chart.area && chart.spacing ? chart.area.width / chart.spacing : 0;
    if (!chart.area || weeksWide < 3.5) fail(`month chart: no band a month wide drawn for ${where} (${weeksWide.toFixed(1)} weeks wide)`);
    // Weeks (rows titled by their Monday) that overlap the month carry it in the last column, "Longer period".
    const weekOf = (r: string[]) => new Date(`${r[0]} UTC`);
    const overlapping = rows.filter((r) => { const d = weekOf(r); return d <= last && d.getTime() + 6 * 86_400_000 >= first.getTime(); });
    const missing = overlapping.filter((r) => Number(r.at(-1)) < 1);
    if (overlapping.length < 4 || missing.length) fail(`month chart: the band for ${where} misses weeks ${missing.map((r) => r[0]).join(", ") || `(${overlapping.length} weeks overlap)`}`);
    const dayPrecision = rows.filter((r) => Number(r.at(-2)) > 0).length;
    if (events.length === 1 && (dayPrecision > 0 || chart.bars > 0)) fail(`month chart: ${where} is alone yet drawn as ${chart.bars} bar(s) in week(s) it did not happen in`);
    notes.push(`month chart: ${where}: ${events.length} event(s) listed, band ${chart.area ? `${Math.round(chart.area.width)} px wide (${weeksWide.toFixed(1)} weeks, as many as the axis spacing)` : "missing"}, ${chart.bars} bar(s), ${overlapping.length} weeks carry it`);
  } finally {
    await page.close();
  }
}

/** Every event link seen answers 200, or 308 to a page that answers 200 (a merged event). */
async function checkLinks(links: Map<string, string>) {
  const queue = [...links];
  let ok = 0;
  let redirected = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [href, from] = next;
      const response = await fetch(base + href, { redirect: "manual" });
      if (response.status === 200) ok++;
      else if (response.status === 308 && (await fetch(new URL(response.headers.get("location")!, base))).status === 200) redirected++;
      else fail(`event link ${href} (from ${from}) answered ${response.status}`);
      await response.body?.cancel();
    }
  }));
  notes.push(`event links: ${links.size} distinct, ${ok} answer 200, ${redirected} redirect to a 200`);
}

const pad = (v: string | number, n: number) => String(v).padStart(n);
function printTable(rows: Row[]) {
  console.log(`\n${"page".padEnd(34)} ${"size".padEnd(7)} status  1st byte ms  load ms  HTML KiB  KiB moved  axe  overflow  clipped  screenshots`);
  for (const r of rows) {
    console.log(`${r.page.padEnd(34)} ${r.size.padEnd(7)} ${pad(r.status, 6)} ${pad(r.ttfbMs, 11)}${r.ttfbMs > SLOW_MS ? "!" : " "} ${pad(r.loadMs, 7)} ${pad(r.htmlKiB.toFixed(0), 8)} ${pad(r.kiB.toFixed(0), 10)} ${pad(r.axe, 4)} ${pad(r.overflow, 9)} ${pad(r.clipped, 8)}  ${path.relative(process.cwd(), shotDir)}/${r.shots}`);
  }
}

const browser = await launchBrowser();
try {
  const found = await discover();
  const pages = pagesToCheck(found).filter(([name]) => !values.only || new RegExp(values.only).test(name));
  console.log(`Checking ${pages.length} pages at ${base} (busiest event ${found.busiest.id}, ${found.busiest.sources} sources; month event ${found.month?.id ?? "none"})`);
  const rows: Row[] = [];
  const links = new Map<string, string>();
  for (const size of VIEWPORTS) {
    // One context per viewport: the app's chunks are fetched once, as a reader's browser would.
    const context = await browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, bypassCSP: true });
    for (const [name, route] of pages) rows.push(await visit(context, size.name, name, route, links));
    if (size.name === "desktop") await monthOnChart(context, found);
    await context.close();
  }
  await checkLinks(links);
  printTable(rows);
  console.log(`\n${notes.map((n) => `note: ${n}`).join("\n")}`);
  console.log(failures.length ? `\n${failures.length} failure(s):\n${failures.map((f) => `  ${f}`).join("\n")}` : "\nNo failures.");
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
