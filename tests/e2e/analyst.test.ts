// Analyst views in a real browser: the dashboard home, an event page, a month-precision event on the
// chart, and every event link on the reader pages resolving. One browser for the file.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchReaderBrowser, screenshot, type ReaderBrowser } from "../support/browser";

let browser: ReaderBrowser;
beforeAll(async () => {
  browser = await launchReaderBrowser();
});
afterAll(async () => browser?.close());

const SIZES = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("the home dashboard", () => {
  it.each(SIZES)("shows the last two weeks at a glance on a $name, every panel filled and linking to its list", async (size) => {
    const page = await browser.newPage({ viewport: size.viewport, isMobile: "isMobile" in size });
    expect((await page.goto(inject("baseUrl")))?.status()).toBe(200);
    for (const title of ["Events per day, by category", "Latest events", "Latest quotes", "Most active actors", "Most active places", "Newest articles"]) {
      await expect(page.getByRole("region", { name: title }).count(), title).resolves.toBe(1);
    }
    await page.locator("[data-testid=dashboard-chart] .recharts-bar-rectangle").first().waitFor();
    // The demo's newest fortnight: 25 Aug – 7 Sep 2025; some events there are known only to a week or longer.
    await expect(page.getByText(/from 25 Aug 2025 to 7 Sep 2025/).count()).resolves.toBe(1);
    expect(await page.locator("[data-testid=dashboard-chart] .recharts-area-area").count()).toBe(1);
    const days = page.getByRole("region", { name: "Events per day, by category" });
    await days.getByText("Per day, as a table of links").click();
    expect(await days.getByRole("link", { name: "7 Sep" }).getAttribute("href")).toBe("/timeline?from=2025-09-07&to=2025-09-07");
    const putin = page.getByRole("region", { name: "Most active actors" }).getByRole("link", { name: /events of Vladimir Putin/ });
    expect(await putin.getAttribute("href")).toBe("/timeline?actor=vladimir-putin&from=2025-08-25&to=2025-09-07");
    expect(await page.getByRole("region", { name: "Latest events" }).locator("a[href^='/events/']").count()).toBe(8);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `dashboard-${size.name}`);

    // A count is one click from its list, and the list agrees with it.
    const text = (await putin.innerText()).match(/\d+/)![0];
    await putin.click();
    await page.waitForURL("**/timeline?actor=vladimir-putin**");
    // The address changes before the new list renders: wait for it.
    await expect.poll(() => page.locator("li[id^='e-']").count(), { timeout: 30_000 }).toBe(Number(text));
    await page.close();
  });
});

describe("an event page", () => {
  it.each(SIZES)("opens from the timeline and shows the event's date, place, actors, sources and related events on a $name", async (size) => {
    const page = await browser.newPage({ viewport: size.viewport, isMobile: "isMobile" in size });
    await page.goto(inject("baseUrl") + "/timeline");
    await page.locator("li[id^='e-']", { hasText: "Putin speaks at the Eastern Economic Forum" }).getByRole("link", { name: /Putin speaks at the Eastern Economic Forum/ }).click();
    await page.waitForURL("**/events/**");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("Putin speaks at the Eastern Economic Forum");
    const header = await page.locator("header").nth(1).innerText();
    expect(header).toContain("5 Sep 2025");
    expect(header).toContain("known to the day");
    expect(header).toMatch(/First reported 7 September 2025 by bne IntelliNews/);
    expect(await page.getByTestId("event-place").innerText()).toContain("Vladivostok");
    const actors = page.getByRole("region", { name: "Actors" });
    expect(await actors.getByRole("link", { name: "Vladimir Putin" }).getAttribute("href")).toBe("/actors/vladimir-putin");
    const sources = page.getByRole("region", { name: /Reported in 1 article/ });
    expect(await sources.locator("blockquote").innerText()).toMatch(/Vladivostok|Eastern Economic Forum/);
    expect(await page.getByRole("region", { name: "Statements about it" }).locator("li").count()).toBeGreaterThan(0);
    expect(await page.getByRole("region", { name: "Related events" }).locator("a[href^='/events/']").count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `event-${size.name}`);
    await page.close();
  });

  it("answers 404 for an unknown id", async () => {
    expect((await fetch(inject("baseUrl") + "/events/no-such-event")).status).toBe(404);
  });
});

describe("truthful charts", () => {
  it("draws the April 2025 event as a band over April's weeks, not as a bar in the week of 31 March", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(inject("baseUrl") + "/timeline?from=2025-03-01&to=2025-05-31");
    await page.locator("[data-testid=timeline-chart] .recharts-area-area").waitFor();
    // The axis spans the chosen range: from the week of 24 February to the week of 26 May.
    const table = page.locator("details").filter({ hasText: "Chart data as a table" });
    await table.locator("summary").click();
    const rows = await table.locator("tbody tr").allInnerTexts();
    const week = (label: string) => rows.find((r) => r.startsWith(label))?.split(/\t/).map((c) => c.trim());
    // Columns: week, military, diplomacy, policy, other, total, longer period.
    expect(week("31 March 2025")?.slice(-2)).toEqual(["0", "1"]);
    expect(week("28 April 2025")?.slice(-2)).toEqual(["0", "1"]);
    expect(rows.filter((r) => r.trim().endsWith("\t1")).length).toBeGreaterThanOrEqual(5);
    expect(await page.getByText(/from Week of 24 February 2025 to Week of 26 May 2025/).count()).toBe(1);
    expect(await page.getByText(/known only to a period longer than a week/).count()).toBe(1);
    await screenshot(page, "timeline-month-band");
    await page.close();
  });
});

describe("event links", () => {
  it("every event link on the reader pages resolves to its event page", async () => {
    const base = inject("baseUrl");
    const pages = ["/", "/timeline", "/search?q=Putin", "/actors/vladimir-putin", "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets"];
    const links = new Map<string, string>();
    for (const path of pages) {
      const html = await (await fetch(base + path)).text();
      const found = [...html.matchAll(/href="(\/events\/[^"#?]+)"/g)].map((m) => m[1]);
      expect(found.length, path).toBeGreaterThan(0);
      for (const href of found) links.set(href, path);
    }
    expect(links.size).toBe(17);
    for (const [href, from] of links) {
      const response = await fetch(base + href);
      expect(response.status, `${href} (linked from ${from})`).toBe(200);
      expect(await response.text()).toContain("Reported in");
    }
  });

  it("quotes keep their closing marks and sort either way", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(inject("baseUrl") + "/statements");
    await expect(page.getByText("the conflict will be resolved “by force.”").count()).resolves.toBe(1);
    await expect(page.getByText(/1 more fragment of this remark/).count()).resolves.toBeGreaterThan(0);
    const newest = await page.locator("ol[aria-label=Statements] time").first().innerText();
    await page.getByLabel("Sort by").selectOption("oldest");
    await page.getByTestId("sort-form").getByRole("button", { name: "Sort" }).click();
    await page.waitForURL("**sort=oldest**");
    expect(await page.locator("ol[aria-label=Statements] time").first().innerText()).not.toBe(newest);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "statements-phone");
    await page.close();
  });
});

describe("topics where readers meet articles", () => {
  it("the article page shows its topics as chips that open the filtered article list", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(inject("baseUrl") + "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets");
    const chips = page.getByTestId("article-topics").getByRole("link");
    expect(await chips.count()).toBeGreaterThan(0);
    const name = await chips.first().innerText();
    await chips.first().click();
    await page.waitForURL("**/articles?topic=**");
    expect(await page.getByTestId("filter-chips").innerText()).toContain(name);
    expect(await page.getByRole("link", { name: /Putin/ }).count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("dense tables, sorting and filter chips", () => {
  it.each(SIZES)("statements and actors as tables, sorted from the URL, with removable chips, on a $name", async (size) => {
    const page = await browser.newPage({ viewport: size.viewport, isMobile: "isMobile" in size });
    await page.goto(inject("baseUrl") + "/statements?view=table&sort=oldest&speaker=vladimir-putin");
    const table = page.getByTestId("statement-table");
    const headers = async () => (await page.getByTestId("statement-table").locator("thead th").allTextContents()).map((t) => t.replace(/[▲▼◆]/g, "").trim());
    expect(await headers()).toEqual(["Date", "Speaker", "Words", "Article", "Outlet"]);
    expect(await table.locator("thead th").first().getAttribute("aria-sort")).toBe("ascending");
    const speakers = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Vladimir Putin"]));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `statements-table-${size.name}`);
    // The chip removes the speaker and keeps the view and the order.
    await page.getByTestId("filter-chips").getByRole("link", { name: /^Speaker: Vladimir Putin/ }).click();
    await page.waitForURL((u) => !u.search.includes("speaker"));
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("oldest");

    // Sorted by speaker, from the table the chip left (once it has rendered): from the column header on a wide
    // screen, from the select on a phone (headers are hidden there).
    await page.getByTestId("filter-chips").getByRole("link", { name: /^Speaker:/ }).waitFor({ state: "detached" });
    if (size.name === "desktop") {
      await page.getByTestId("statement-table").getByRole("link", { name: "Speaker" }).click();
    } else {
      await page.getByLabel("Sort by").selectOption("speaker");
      await page.getByTestId("sort-form").getByRole("button", { name: "Sort" }).click();
    }
    await page.waitForURL("**sort=speaker**");
    expect(new URL(page.url()).searchParams.get("speaker")).toBeNull();
    expect(await page.getByTestId("statement-table").locator("thead th").nth(1).getAttribute("aria-sort")).toBe("ascending");
    const bySpeaker = (await page.getByTestId("statement-table").locator("tbody tr td:nth-child(2)").allInnerTexts()).map((n) => n.toLowerCase());
    expect(bySpeaker).toEqual([...bySpeaker].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `statements-table-by-speaker-${size.name}`);
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, `statements-table-by-speaker-${size.name}-dark`);
    await page.emulateMedia({ colorScheme: "light" });

    await page.goto(inject("baseUrl") + "/actors?view=table&sort=activity");
    const rows = page.getByTestId("actor-table").locator("tbody tr");
    const statements = (await rows.locator("td:nth-child(3)").allInnerTexts()).map((t) => Number(t.replace(/\D/g, "")));
    const events = (await rows.locator("td:nth-child(4)").allInnerTexts()).map((t) => Number(t.replace(/\D/g, "")));
    const activity = statements.map((n, i) => n + events[i]);
    expect(activity).toEqual([...activity].sort((a, b) => b - a));
    if (size.name === "desktop") {
      await page.getByTestId("actor-table").getByRole("link", { name: "Name" }).click();
      await page.waitForURL((u) => !u.search.includes("sort="));
      expect(await page.getByTestId("actor-table").locator("thead th").first().getAttribute("aria-sort")).toBe("ascending");
    } else {
      await page.getByLabel("Sort by").selectOption("name");
      await page.getByTestId("sort-form").getByRole("button", { name: "Sort" }).click();
      await page.waitForURL("**sort=name**");
    }
    const names = await page.getByTestId("actor-table").locator("tbody tr td:first-child").allInnerTexts();
    expect(names.map((n) => n.toLowerCase())).toEqual(names.map((n) => n.toLowerCase()).sort());
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `actors-table-${size.name}`);

    // Cards with the order as a select: actors by last active, statements by speaker activity (light and dark).
    for (const [shot, path, sort] of [["actors-cards-last-active", "/actors?sort=last-active", "last-active"], ["statements-cards-speaker-activity", "/statements?sort=speaker-activity", "speaker-activity"]] as const) {
      await page.goto(inject("baseUrl") + path);
      expect(await page.getByLabel("Sort by").inputValue()).toBe(sort);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${shot}-${size.name}`);
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, `${shot}-${size.name}-dark`);
      await page.emulateMedia({ colorScheme: "light" });
    }

    // An unknown sort is named; the list shows its default and keeps the other filters.
    await page.goto(inject("baseUrl") + "/actors?sort=fame&kind=person");
    expect(await page.getByTestId("list-notice").innerText()).toContain('sort: "fame" is not one of name, activity, last-active; showing by name.');
    expect(await page.getByTestId("filter-chips").innerText()).toContain("Kind: Person");
    await page.close();
  });
});
