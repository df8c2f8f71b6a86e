import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchReaderBrowser, screenshot, type ReaderBrowser } from "../support/browser";

let browser: ReaderBrowser;
beforeAll(async () => {
  browser = await launchReaderBrowser();
});
afterAll(async () => browser?.close());

const url = (path: string) => inject("baseUrl") + path;
const desktop = () => browser.newPage({ viewport: { width: 1280, height: 900 } });
const phone = () => browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("statements", () => {
  it("filtering by a speaker through the form shows only their quotes", async () => {
    const page = await desktop();
    await page.goto(url("/statements"));
    await page.locator("ol[aria-label=Statements] > li").first().waitFor({ state: "visible" });
    expect(await page.locator("ol[aria-label=Statements] > li").count()).toBe(12); // 14 statements, two of them fragments shown under their remark
    const form = page.getByRole("search", { name: "Filter statements" });
    await form.getByLabel("Dmitry Peskov").check();
    await form.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/speaker=dmitry-peskov/);
    const items = page.locator("ol[aria-label=Statements] > li");
    await items.first().waitFor({ state: "visible" });
    expect(await items.count()).toBe(2);
    for (const speaker of await items.locator("a[href='/actors/dmitry-peskov']").allInnerTexts()) expect(speaker).toBe("Dmitry Peskov");
    expect(await items.locator("a[href^='/actors/']").evaluateAll((links) => links.map((a) => a.textContent))).toEqual(["Dmitry Peskov", "Steve Rosenberg", "Dmitry Peskov", "Steve Rosenberg"]);
    // Direct words read as a quotation, the paraphrase in italics.
    const quote = items.locator("blockquote", { hasText: "a danger for us" });
    expect(await quote.innerText()).toMatch(/^“a danger for us\.”$/);
    const paraphrase = items.locator("blockquote", { hasText: "will not accept" });
    expect(await paraphrase.evaluate((el) => getComputedStyle(el).fontStyle)).toBe("italic");
    expect(await page.getByText("2 statements match these filters").count()).toBe(1);
    await screenshot(page, "statements-filtered-desktop");
  });

  it("a quote's source link opens the article with its sentence highlighted as the :target", async () => {
    const page = await desktop();
    await page.goto(url("/statements?speaker=vladimir-putin&direct=true&q=peacekeepers"));
    const item = page.locator("ol[aria-label=Statements] > li", { hasText: "Peacekeepers in Ukraine are a legitimate target" });
    await item.getByRole("link", { name: /See it in/ }).click();
    await page.waitForURL(/\/articles\/.+#s-/);
    const target = page.locator(":target");
    expect(await target.count()).toBe(1);
    expect(await target.evaluate((el) => el.tagName + " " + el.textContent)).toBe("MARK Peacekeepers in Ukraine are a legitimate target");
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    expect(await target.evaluate((el) => getComputedStyle(el, "::after").content)).toBe('"Vladimir Putin"');
    // Scrolled into view, clear of the top edge: wait until the scroll has come to rest.
    await page.waitForFunction(
      () => {
        const top = document.querySelector(":target")?.getBoundingClientRect().top;
        const w = window as unknown as { lastTargetTop?: number };
        const settled = top !== undefined && w.lastTargetTop === top;
        w.lastTargetTop = top;
        return settled;
      },
      undefined,
      { polling: 100, timeout: 10_000 },
    );
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(50);
    expect(top).toBeLessThan(800);
    await screenshot(page, "statement-target-desktop");
  });

  it("the headline's statement links to the title", async () => {
    const page = await desktop();
    await page.goto(url("/statements?q=%22legitimate+targets%22&speaker=vladimir-putin"));
    const href = await page.locator("ol[aria-label=Statements] > li", { has: page.locator("blockquote", { hasText: /^“legitimate targets”$/ }) }).getByRole("link", { name: /See it in/ }).getAttribute("href");
    await page.goto(url(href!));
    expect(await page.locator("h1 mark:target").innerText()).toBe("legitimate targets");
  });

  it("malformed filters show the defaults with status 200", async () => {
    const page = await desktop();
    const response = await page.goto(url("/statements?speaker=&from=2025-13-01&direct=maybe&cursor=%25%25%25&topic=%3Cscript%3E"));
    expect(response?.status()).toBe(200);
    expect(await page.locator("ol[aria-label=Statements] > li").count()).toBe(12); // 14 statements as 12 remarks
    for (const path of ["/actors?kind=warlord&cursor=zzz", "/articles?from=yesterday&to=2025-02-30&actor=", "/search?q=", "/search?q=%22%22%22"]) {
      expect((await page.goto(url(path)))?.status(), path).toBe(200);
    }
  });
});

describe("actors", () => {
  it("the directory finds an actor by alias and the profile shows the activity chart", async () => {
    const page = await desktop();
    await page.goto(url("/actors"));
    await page.getByLabel("Name or alias").fill("zelensky");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/q=zelensky/);
    const items = page.locator("ul[aria-label=Actors] > li");
    await items.first().waitFor({ state: "visible" });
    expect(await items.count()).toBe(1);
    await screenshot(page, "actors-search-desktop");
    await items.getByRole("link", { name: "Volodymyr Zelenskiy" }).click();
    await page.waitForURL("**/actors/volodymyr-zelenskiy");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Volodymyr Zelenskiy");
    await page.locator("[data-testid=activity-chart] svg.recharts-surface").first().waitFor();
    expect(await page.locator("[data-testid=activity-chart] .recharts-bar-rectangle").count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute("href")).toContain("/feeds/actors/volodymyr-zelenskiy");
    expect(await page.getByRole("link", { name: /Atom feed/ }).getAttribute("href")).toBe("/feeds/actors/volodymyr-zelenskiy");
    await screenshot(page, "actor-profile-desktop");
  });

  it("a profile links affiliation, co-occurring actors and events on the timeline", async () => {
    const page = await desktop();
    await page.goto(url("/actors/dmitry-peskov"));
    expect(await page.getByRole("link", { name: "Kremlin" }).first().getAttribute("href")).toBe("/actors/kremlin");
    expect(await page.locator("ol[aria-label=Statements] > li").count()).toBe(2);
    expect(await page.getByRole("heading", { name: "Often named with" }).count()).toBe(1);
    await page.goto(url("/actors/vladimir-putin"));
    expect(await page.getByRole("link", { name: "On the timeline" }).getAttribute("href")).toBe("/timeline?actor=vladimir-putin");
    expect((await page.goto(url("/actors/no-such-actor")))?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Not found");
  });
});

describe("search, lists and exports", () => {
  it("the header search returns results grouped by kind with counts and see-all links", async () => {
    const page = await desktop();
    await page.goto(url("/"));
    await page.getByLabel("Search Faultline").fill("Zelenskiy");
    await page.getByLabel("Search Faultline").press("Enter");
    await page.waitForURL(/\/search\?q=Zelenskiy/);
    await page.getByRole("heading", { level: 1, name: "Results for “Zelenskiy”" }).waitFor();
    const headings = await page.locator("main h2").allInnerTexts();
    expect(headings).toEqual(["Statements (1)", "Actors (1)", "Events (3)", "Articles (1)"]);
    expect(await page.getByRole("link", { name: /Open in events/ }).getAttribute("href")).toBe("/timeline?q=Zelenskiy");
    await screenshot(page, "search-desktop");
  });

  it("the articles list filters by actor and downloads what it shows", async () => {
    const page = await desktop();
    await page.goto(url("/articles"));
    await page.getByLabel("Actor mentioned").selectOption("vladimir-putin");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/actor=vladimir-putin/);
    await page.locator("ul[aria-label=Articles] > li").first().waitFor({ state: "visible" });
    expect(await page.locator("ul[aria-label=Articles] > li").count()).toBe(1);
    await screenshot(page, "articles-desktop");
    const csv = await (await fetch(url("/articles/export?actor=vladimir-putin&format=csv"))).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("statements and actors export as CSV and JSON with the list's filters, and feeds are Atom", async () => {
    const csv = await fetch(url("/statements/export?speaker=vladimir-putin&format=csv"));
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(7);
    const json = await (await fetch(url("/statements/export?speaker=vladimir-putin&direct=true&format=json"))).json();
    expect(json.count).toBe(4);
    const actors = await (await fetch(url("/actors/export?q=AFR&format=json"))).json();
    expect(actors.rows.map((r: { slug: string }) => r.slug)).toEqual(["armed-forces-of-russia"]);
    const feed = await fetch(url("/feeds/actors/vladimir-putin"));
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    expect((await feed.text()).match(/<entry>/g)).toHaveLength(6);
    expect(((await (await fetch(url("/feeds/statements"))).text()).match(/<entry>/g) ?? []).length).toBe(14);
    expect((await fetch(url("/feeds/actors/no-such-actor"))).status).toBe(404);
  });
});

describe("phone width", () => {
  for (const path of ["/statements", "/actors", "/actors/vladimir-putin", "/articles", "/search?q=peacekeepers", "/search"]) {
    it(`${path} has no horizontal overflow at 390 px`, async () => {
      const page = await phone();
      await page.goto(url(path));
      await page.locator("main h1").first().waitFor({ state: "visible" });
      await page.locator(".skeleton").first().waitFor({ state: "detached" });
      if (path.startsWith("/actors/")) await page.locator("[data-testid=activity-chart] svg").first().waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replace(/[^a-z]+/g, "-")}`);
    });
  }
});

describe("without scripts", () => {
  it("a route's content shows in the page's column above the footer, not its loading screen", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    for (const [path, item] of [
      ["/", "section[aria-labelledby=p-quotes] li"],
      ["/timeline", "li[id^='e-']"],
      ["/statements", "ol[aria-label=Statements] > li"],
      ["/actors", "a[href='/actors/vladimir-putin']"],
    ] as const) {
      await page.goto(url(path));
      await expect.poll(() => page.locator(item).first().isVisible(), { message: path }).toBe(true);
      expect(await page.locator(".route-loading:visible").count(), path).toBe(0);
      expect(await page.locator(".skeleton:visible").count(), path).toBe(0);
      expect(await page.getByRole("heading", { level: 1 }).count(), path).toBe(1);
      const above = await page.locator(item).first().evaluate((el) => el.getBoundingClientRect().bottom);
      const footer = await page.locator(".site-footer").evaluate((el) => el.getBoundingClientRect().top);
      expect(above, path).toBeLessThan(footer);
      await screenshot(page, `noscript${path === "/" ? "-home" : path.replace(/[^a-z]+/g, "-")}`);
    }
  });

  it("the timeline's chart shows its bars, the axis's first and last period and the legend", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(url("/timeline"));
    const chart = page.getByTestId("timeline-chart");
    const bars = chart.locator("svg path");
    expect(await bars.count()).toBeGreaterThan(0);
    const box = await chart.locator("svg").boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    // Under the bars: the first period, the scale and the last period (the exact figures are the table's).
    const axis = await chart.locator("p").first().locator("span").allTextContents();
    expect(axis).toHaveLength(3);
    expect(axis[1]).toMatch(/^up to \d[\d,]* a bar$/);
    expect(axis[0] && axis[2]).toBeTruthy();
    expect(await page.locator("details table tbody tr").count()).toBeGreaterThan(0);
    for (const category of ["Military", "Diplomacy", "Policy", "Other"]) await expect.poll(() => chart.getByText(category, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, "noscript-timeline-chart");
  });
});
