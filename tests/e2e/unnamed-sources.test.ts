import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedDatabase } from "../support/accounts";
import { launchBrowser, screenshot } from "../support/browser";
import { baseUrl } from "../support/served";

// A reader and the unnamed sources an editor's publish stores ("a senior EU diplomat", Actor.unnamed): the
// directory lists named actors until its Sources filter is ticked; the source's statement, event and profile
// show it as written, marked. A writer file (it adds the source): its own server and database.

const SLUG = "a-senior-eu-diplomat";
const NAME = "a senior EU diplomat";

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let db: ReturnType<typeof servedDatabase>;
let eventId: string;
let articleTitle: string;

beforeAll(async () => {
  browser = await launchBrowser();
  db = servedDatabase();
  const article = await db.article.findFirstOrThrow({ where: { status: "published", deletedAt: null }, orderBy: { publishedOn: "asc" } });
  const event = await db.event.findFirstOrThrow({ where: { visible: true, articles: { some: { articleId: article.id } } }, orderBy: { id: "asc" } });
  articleTitle = article.title;
  eventId = event.id;
  // As Publish stores a described source: an actor of this article only.
  await db.actor.create({
    data: {
      slug: SLUG, name: NAME, kind: "person", role: "unnamed source", unnamed: true,
      mentions: { create: [{ articleId: article.id, count: 1 }] },
      statements: { create: [{ articleId: article.id, text: "Europe must stay at the table", direct: false, spanStart: 0, spanEnd: 10 }] },
      events: { create: [{ eventId: event.id, role: "participant" }] },
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const url = (path: string) => baseUrl() + path;
const desktop = () => browser.newPage({ viewport: { width: 1280, height: 900 } });
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical findings on the page as loaded, in the colour scheme given. */
async function seriousViolations(page: Page, colorScheme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${colorScheme}: ${v.id}`);
}

const cards = (page: Page) => page.locator("ul[aria-label=Actors] > li");

describe("unnamed sources", () => {
  it("the directory lists named actors; ticking its Sources filter lists the unnamed source, marked", async () => {
    const page = await desktop();
    await page.goto(url("/actors"));
    await cards(page).first().waitFor({ state: "visible" });
    expect(await page.getByRole("link", { name: NAME }).count()).toBe(0);
    const form = page.getByRole("search", { name: "Filter actors" });
    await form.getByLabel(/Only unnamed sources/).check();
    await form.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/sources=unnamed/);
    await cards(page).first().waitFor({ state: "visible" });
    expect(await cards(page).count()).toBe(1);
    expect(await cards(page).first().innerText()).toMatch(/a senior EU diplomat\s+Person\s+Unnamed source/i);
    expect(await page.getByText("1 unnamed source", { exact: true }).count()).toBe(1);
    await screenshot(page, "actors-unnamed-sources");
    // Unticked again, the named actors are back.
    await page.getByRole("link", { name: /Unnamed sources only/ }).click();
    await page.waitForURL((u) => !u.search.includes("sources"));
    expect(await page.getByRole("link", { name: NAME }).count()).toBe(0);
    // No unnamed source by that name: the way on is the statements' words, which do list them (search does not).
    await page.goto(url("/actors?sources=unnamed&q=zzqx"));
    await page.getByText("No unnamed source is called “zzqx”").waitFor({ state: "visible" });
    expect(await page.getByRole("link", { name: "search the statements" }).getAttribute("href")).toBe("/statements?q=zzqx");
  });

  it("its statement names it as written, marked; the statements' speaker filter does not offer it", async () => {
    const page = await desktop();
    await page.goto(url(`/statements?speaker=${SLUG}`));
    const item = page.locator("ol[aria-label=Statements] > li").first();
    await item.waitFor({ state: "visible" });
    expect(await item.getByRole("link", { name: NAME }).count()).toBe(1);
    expect(await item.locator(".badge--unnamed").innerText()).toMatch(/unnamed source/i);
    await screenshot(page, "statements-unnamed-speaker");
    // The table marks it in text after the name, as the actors and timeline tables do.
    await page.goto(url(`/statements?speaker=${SLUG}&view=table`));
    const cell = page.locator("tbody tr td", { hasText: NAME }).first();
    await cell.waitFor({ state: "visible" });
    expect(await cell.locator(".unnamed-mark").innerText()).toMatch(/^\s*\(unnamed source\)$/);
    await screenshot(page, "statements-table-unnamed-speaker");
    await page.goto(url("/statements"));
    await page.getByRole("search", { name: "Filter statements" }).waitFor();
    expect(await page.getByRole("search", { name: "Filter statements" }).getByLabel(NAME).count()).toBe(0);
  });

  it("its profile says it is an unnamed source of one article, linking the article; its event lists it, marked", async () => {
    const page = await desktop();
    await page.goto(url(`/actors/${SLUG}`));
    const note = page.locator("header p", { hasText: "An unnamed source, described in one article" });
    await note.waitFor({ state: "visible" });
    expect(await note.getByRole("link", { name: articleTitle }).count()).toBe(1);
    await screenshot(page, "actor-unnamed-profile");
    await page.goto(url(`/events/${eventId}`));
    const who = page.locator("section[aria-labelledby=who] li", { hasText: NAME });
    await who.waitFor({ state: "visible" });
    expect(await who.locator(".badge--unnamed").count()).toBe(1);
    await screenshot(page, "event-unnamed-participant");
  });

  it("the pages that mark it have no serious accessibility violation, light and dark", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      for (const path of ["/actors?sources=unnamed", `/actors/${SLUG}`, `/events/${eventId}`]) {
        await page.goto(url(path), { waitUntil: "load" });
        await page.evaluate(AXE);
        expect([...(await seriousViolations(page, "light")), ...(await seriousViolations(page, "dark"))], path).toEqual([]);
        if (path.includes("sources")) await screenshot(page, "actors-unnamed-sources-dark");
      }
    } finally {
      await context.close();
    }
  });
});
