import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchReaderBrowser, screenshot, type ReaderBrowser } from "../support/browser";

const ARTICLE = "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets";
let browser: ReaderBrowser;
beforeAll(async () => {
  browser = await launchReaderBrowser();
});
afterAll(async () => browser?.close());

describe("reading the demo article", () => {
  it("the overview shows what Faultline holds and links to the article", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject("baseUrl"));
    const stats = await page.getByRole("list", { name: "What Faultline holds" }).innerText();
    expect(stats.replace(/\s+/g, " ")).toContain("1 Articles 25 Actors 14 Statements 17 Events");
    await screenshot(page, "home-desktop");
    await page.getByRole("region", { name: "Newest articles" }).getByRole("link", { name: /legitimate targets/ }).click();
    await page.waitForURL(`**${ARTICLE}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("Putin warns");
  });

  it("the article highlights Putin's quote, names him on focus, and the quote list jumps to it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject("baseUrl") + ARTICLE);
    const quote = page.locator("mark.hl--direct", { hasText: "Peacekeepers in Ukraine are a legitimate target" });
    await expect(quote.count()).resolves.toBe(1);
    expect(await quote.getAttribute("data-speaker")).toBe("Vladimir Putin");
    await quote.focus();
    expect(await quote.evaluate((el) => getComputedStyle(el, "::after").content)).toBe('"Vladimir Putin"');

    const item = page.locator(".quote-list li", { hasText: "Peacekeepers in Ukraine are a legitimate target" });
    await item.getByRole("link", { name: "In the text" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#s-"));
    const targetId = await page.evaluate(() => location.hash.slice(1));
    expect(await quote.getAttribute("id")).toBe(targetId);
    expect(await quote.evaluate((el) => el.matches(":target"))).toBe(true);

    const paraphrase = page.locator("mark.hl--indirect", { hasText: "the Kremlin will not accept Nato-backed force" });
    expect(await paraphrase.getAttribute("data-speaker")).toBe("Dmitry Peskov");
    await screenshot(page, "article-desktop");
  });

  it("the article reads on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(inject("baseUrl") + ARTICLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "article-phone");
  });

  it("an unknown article is a proper 404 page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(inject("baseUrl") + "/articles/no-such-article");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Not found");
  });
});
