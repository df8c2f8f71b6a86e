import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccounts, servedDatabase, signInByApi } from "../support/accounts";
import { launchBrowser, screenshot } from "../support/browser";

// axe-core (the npm package, injected into the page) over every reader page, the sign-in page and the
// editor, in light and dark mode: no serious or critical violation, and no skipped heading level.

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const DEMO_ARTICLE = "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets";
const READER_PAGES = [
  "/", "/timeline", "/timeline?view=table", "/timeline?actor=russia&actor=ukraine&match=all", "/statements", "/actors",
  "/actors/vladimir-putin", "/articles", DEMO_ARTICLE, "/search?q=peacekeepers", "/places/kyiv", "/sign-in",
  "/statements?view=table&speaker=vladimir-putin", "/statements?view=table&sort=speaker-activity", "/actors?view=table&sort=activity&kind=person", "/actors?sort=fame",
];
const EDITOR_PAGES = ["/editor", "/editor/articles/new", "/editor/places", "/editor/profile"];
/** Impacts that fail the test, and rules that fail it whatever their impact. */
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const ALWAYS = new Set(["heading-order"]);

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

const url = (path: string) => inject("baseUrl") + path;

async function context(colorScheme: "light" | "dark", viewport = { width: 1440, height: 900 }) {
  // bypassCSP: the editor's nonce policy would refuse the injected axe script.
  const c = await browser.newContext({ colorScheme, viewport, bypassCSP: true });
  contexts.push(c);
  return c;
}

/**
 * Dark mode changes colours only (every prefers-color-scheme block sets colours, backgrounds, borders, fills), on
 * the same DOM and layout: the other rules would give the light pass's answer again, so dark runs the colour rules.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

type Check = string | { id: string };
type AxeAudit = { rules: { id: string; impact?: string | null; any: Check[]; all: Check[]; none: Check[] }[]; data: { checks: Record<string, { impact?: string }> } };

/**
 * Rules that cannot fail this test, left out of the light pass (about a third of axe's rules). A finding's impact is
 * its rule's own, or else the highest of its failing checks' (axe's aggregateChecks), so a rule whose impact and
 * checks are all below FAILING_IMPACTS can only report what the filter below drops. Read from the same axe-core
 * package the page is given; a rule with an unknown impact runs.
 */
function cannotFail({ rules, data }: AxeAudit): string[] {
  const impacts = (rule: AxeAudit["rules"][number]) =>
    rule.impact ? [rule.impact] : [...rule.any, ...rule.all, ...rule.none].map((c) => data.checks[typeof c === "string" ? c : c.id]?.impact);
  return rules
    .filter((rule) => !ALWAYS.has(rule.id) && impacts(rule).length > 0 && impacts(rule).every((i) => i !== undefined && !FAILING_IMPACTS.has(i)))
    .map((rule) => rule.id);
}
const SKIPPED = cannotFail((createRequire(import.meta.url)("axe-core") as { _audit: AxeAudit })._audit);

async function axeViolations(page: Page, path: string, rules?: string[]): Promise<string[]> {
  const found = await page.evaluate(async ({ rules, skipped }) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    const only = rules
      ? { runOnly: { type: "rule", values: rules } }
      : { rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])) };
    return (await axe.run(document, { resultTypes: ["violations"], ...only })).violations;
  }, { rules, skipped: SKIPPED });
  return found
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? "") || ALWAYS.has(v.id))
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** Reader pages also shot at desktop size, light and dark, on the load the axe pass makes (and on a phone, below). */
const SHOTS: Record<string, string> = { "/timeline": "timeline-map", "/timeline?view=table": "timeline-table", "/places/kyiv": "place" };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Loads `path` once and runs axe in light mode, then its colour rules in dark mode (prefers-color-scheme, CSS only).
 * A page in SHOTS is checked for horizontal overflow and shot in each scheme too (the page is 1440×900).
 */
async function violations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(url(path), { waitUntil: "load" });
  expect(response?.status(), path).toBeLessThan(400);
  await page.evaluate(AXE);
  const problems: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), `${path} ${colorScheme}`).toBe(colorScheme === "dark");
    problems.push(...(await axeViolations(page, `${path} (${colorScheme})`, colorScheme === "dark" ? COLOUR_RULES : undefined)));
    if (SHOTS[path]) {
      const name = colorScheme === "dark" ? "dark-desktop" : "desktop";
      expect(await overflow(page), `${path} ${name}`).toBeLessThanOrEqual(0);
      await screenshot(page, `${SHOTS[path]}-${name}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  return problems;
}

// Each test visits many pages and runs axe twice on each: minutes on a loaded 2-core machine.
describe("accessibility (axe-core)", { timeout: 300_000 }, () => {
  it("reader and sign-in pages have no serious violation, light and dark (and the SHOTS pages fit a desktop)", async () => {
    const page = await (await context("light")).newPage();
    const problems: string[] = [];
    // The rules left out are the low-impact ones, never one that can fail the test.
    expect(SKIPPED).toEqual(expect.arrayContaining(["region", "landmark-one-main"]));
    for (const id of ["color-contrast", "heading-order", "image-alt", "label", "link-name"]) expect(SKIPPED).not.toContain(id);
    for (const path of READER_PAGES) problems.push(...(await violations(page, path)));
    expect(problems).toEqual([]);
  });

  it("editor pages have no serious violation, light and dark", async () => {
    const { editor } = await createAccounts("a11y", { editor: "editor" });
    const signedIn = await context("light");
    await signInByApi(signedIn, editor.email, editor.password);
    const page = await signedIn.newPage();
    const problems: string[] = [];
    // An event's correction page with its "Merge into…" panel (likely duplicates listed).
    const db = servedDatabase();
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null, mergedIntoId: null, articles: { some: {} } }, orderBy: { id: "asc" } });
    await db.$disconnect();
    for (const path of [...EDITOR_PAGES, `/editor/events/${event.id}`]) problems.push(...(await violations(page, path)));
    expect(problems).toEqual([]);
  });

  // Their desktop sizes, light and dark, are shot and checked for overflow in the reader pass above.
  it("the map, table and place pages at phone size (screenshots), without horizontal overflow", async () => {
    const phone = await (await context("light", { width: 390, height: 844 })).newPage();
    for (const [path, shot] of Object.entries(SHOTS)) {
      await phone.goto(url(path));
      expect(await overflow(phone), `${path} phone`).toBeLessThanOrEqual(0);
      await screenshot(phone, `${shot}-phone`);
    }
  });
});
