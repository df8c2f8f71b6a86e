import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import path from "node:path";
import { ARTIFACTS, launchReaderBrowser, screenshot, type ReaderBrowser } from "../support/browser";

let browser: ReaderBrowser;
beforeAll(async () => {
  browser = await launchReaderBrowser();
});
afterAll(async () => browser?.close());

const events = (page: Page) => page.locator("li[id^='e-']");
const desktop = () => browser.newPage({ viewport: { width: 1280, height: 900 } });
const phone = () => browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });

describe("the timeline", () => {
  it("lists the demo's events grouped by week, each with date, type, actors and source sentence", async () => {
    const page = await desktop();
    const response = await page.goto(inject("baseUrl") + "/timeline");
    expect(response?.status()).toBe(200);
    await expect(events(page).count()).resolves.toBe(17);
    await expect(page.getByText("17 events in the record").count()).resolves.toBe(1);
    const strike = events(page).filter({ hasText: "Russia hits Kyiv" });
    const text = (await strike.textContent()) ?? "";
    expect(text).toContain("date unknown, reported 7 Sep 2025");
    expect(text).toContain("Missile or drone strike");
    expect(text).toContain("2 killed");
    expect(text).toContain("including a baby and her mother");
    expect(await strike.getByRole("link", { name: "Yuliia Svyrydenko" }).getAttribute("href")).toBe("/actors/yuliia-svyrydenko");
    expect(await strike.getByRole("link", { name: /legitimate targets/ }).getAttribute("href")).toBe(
      "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets",
    );
    await expect(page.getByRole("heading", { name: /Week of 1 September 2025/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: /^April 2025/ }).count()).resolves.toBe(1);
    await page.locator(".recharts-bar-rectangle").first().waitFor();
    await screenshot(page, "timeline-desktop");
  });

  it("filters by an actor through the form, shows only their events, and Back undoes it", async () => {
    const page = await desktop();
    await page.goto(inject("baseUrl") + "/timeline");
    await page.getByLabel("Actor", { exact: true }).selectOption("vladimir-putin");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/actor=vladimir-putin/);
    await page.waitForFunction(() => document.querySelectorAll("li[id^='e-']").length === 4);
    for (const item of await events(page).all()) {
      expect(await item.locator("a[href='/actors/vladimir-putin']").innerText()).toBe("Vladimir Putin");
    }
    expect(await page.getByRole("list", { name: "Filters in force" }).innerText()).toContain("Actor: Vladimir Putin");
    await screenshot(page, "timeline-actor-filter");
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("actor"));
    await expect(events(page).count()).resolves.toBe(17);
  });

  it("clicking a chart bar narrows the URL's date range and the list", async () => {
    const page = await desktop();
    await page.goto(inject("baseUrl") + "/timeline");
    await page.locator(".recharts-bar-rectangle").first().waitFor();
    // The rightmost bar is the week of 1 September 2025.
    const boxes = await Promise.all((await page.locator(".recharts-bar-rectangle path").all()).map(async (p) => ({ p, box: await p.boundingBox() })));
    const last = boxes.filter((b) => b.box).sort((a, b) => b.box!.x - a.box!.x)[0];
    await last.p.click();
    await page.waitForURL(/from=2025-09-01&to=2025-09-07/);
    await page.waitForFunction(() => document.querySelectorAll("li[id^='e-']").length === 11);
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("2025-09-01");
    await screenshot(page, "timeline-bar-clicked");
  });

  it("a malformed URL shows the defaults with status 200", async () => {
    const page = await desktop();
    const response = await page.goto(inject("baseUrl") + "/timeline?from=2025-02-30&type=bogus&cursor=garbage&group=decade&actor=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(events(page).count()).resolves.toBe(17);
    expect(await page.getByLabel("Group by", { exact: true }).inputValue()).toBe("week");
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("");
  });

  it("says what to do when nothing matches", async () => {
    const page = await desktop();
    await page.goto(inject("baseUrl") + "/timeline?place=Atlantis");
    expect(await page.locator(".empty").innerText()).toContain("No events match these filters");
    await page.locator(".empty").getByRole("link", { name: "clear filters" }).click();
    await page.waitForURL((url) => url.pathname === "/timeline" && url.search === "");
    await expect(events(page).count()).resolves.toBe(17);
  });

  it("reads on a phone without horizontal scrolling", async () => {
    const page = await phone();
    await page.goto(inject("baseUrl") + "/timeline?group=day");
    await page.locator(".recharts-bar-rectangle").first().waitFor();
    await page.locator("summary", { hasText: "Event types" }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "timeline-phone");
    // The full page is very tall; these two show what a phone shows first, and the list.
    await page.screenshot({ path: path.join(ARTIFACTS, "timeline-phone-top.png") });
    await page.locator("li[id^='e-']").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "timeline-phone-list.png") });
  });

  it("a map marker's popup loads the newest events at its places when it opens, by keyboard too", async () => {
    const page = await desktop();
    await page.goto(inject("baseUrl") + "/timeline?actor=vladimir-putin");
    const marker = page.locator("figure li > a[aria-label]").first();
    const label = await marker.getAttribute("aria-label");
    // Focus opens the popup only once the map's script has hydrated (before that it does nothing): focus until it opens.
    const popup = page.locator("figure li > a[aria-label] + div").first();
    const opens = async () => {
      await marker.blur();
      await marker.focus();
      return popup.waitFor({ timeout: 2_000 }).then(() => true, () => false);
    };
    await expect.poll(opens, { timeout: 30_000, interval: 100 }).toBe(true);
    const links = page.locator("figure li li a[href^='/events/']");
    await links.first().waitFor();
    // The newest few matching the page's filters (they go along with the marker's places).
    const shown = await links.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(6);
    expect(label).toMatch(/: \d+ events?$/);
    const base = inject("baseUrl");
    const bad = await fetch(`${base}/timeline/map-events?actor=vladimir-putin`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/at least one place/);
    const kyiv = await (await fetch(`${base}/timeline/map-events?at=kyiv`)).json();
    expect(kyiv.events.length).toBeGreaterThan(0);
    expect(kyiv.events[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), category: expect.any(String) });
  });

  it("exports the filtered list as CSV and JSON, and serves an Atom feed", async () => {
    const base = inject("baseUrl");
    const csv = await fetch(`${base}/timeline/export?format=csv&actor=vladimir-putin`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^id,date,start_date,end_date,precision,/);
    const json = await (await fetch(`${base}/timeline/export?format=json&type=energy_infrastructure_attack`)).json();
    expect(json.map((e: { title: string }) => e.title).sort()).toEqual([
      "Ukraine bombs the Druzhba oil pipeline for the fourth time in a month",
      "Ukraine strikes over 50 Russian refineries, causing a fuel crisis in Russia",
      "Ukraine strikes the Ryazan oil refinery",
    ]);
    const feed = await fetch(`${base}/feeds/events?place=kyiv`);
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    expect((await feed.text()).match(/<entry>/g)).toHaveLength(2);
  });
});
