import fs from "node:fs";
import path from "node:path";
import type { Browser, Cookie, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DIR, DEMO_SLUG } from "@/lib/demo/demo-article";
import { createAccounts, signIn, type Account } from "../support/accounts";
import { baseUrl } from "../support/served";
import { launchBrowser, screenshot } from "../support/browser";
import { selectInArticle } from "../support/article-selection";

// The review screen as an editor uses it: keyboard review, the article beside its proposals, autosave,
// leaving and starting over, list fields, a phone's width, and the page's height at 1440×900.
const DEMO = fs.readFileSync(path.join(DEMO_DIR, `${DEMO_SLUG}.txt`), "utf8");
const SHORT = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/articles/bne-2025-06-15-sumy-commander.txt"), "utf8");
const stamp = Date.now();
const urls = { demo: `https://example.org/review-demo-${stamp}`, short: `https://example.org/review-sumy-${stamp}`, lists: `https://example.org/review-lists-${stamp}`, leave: `https://example.org/review-leave-${stamp}` };

let browser: Browser;
let editor: Account;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ editor } = await createAccounts("review", { editor: "editor" }));
});

afterAll(async () => {
  await browser?.close();
});

let session: Promise<Cookie[]> | undefined;
/** A page in a fresh browser context carrying the editor's session (signed in through the form once per file). */
async function editorPage(viewport = { width: 1440, height: 900 }): Promise<Page> {
  session ??= (async () => {
    const context = await browser.newContext();
    await signIn(await context.newPage(), editor.email, editor.password);
    const cookies = await context.cookies();
    await context.close();
    return cookies;
  })();
  const context = await browser.newContext({ viewport });
  await context.addCookies(await session);
  return context.newPage();
}

/** Pastes an article and analyses it: two actions. */
async function analyse(page: Page, raw: string, url: string) {
  await page.goto(`${baseUrl()}/editor/articles/new`);
  await page.fill("#raw", raw);
  await page.fill("#article-sourceUrl", url);
  await page.getByRole("button", { name: "Analyse" }).click();
  await page.locator(".rv-progress").waitFor({ timeout: 60_000 });
}

const progressText = (page: Page) => page.locator(".rv-progress").innerText();
const selectedItem = (page: Page) => page.locator("li.rv-row.is-selected").getAttribute("data-item");
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
/** Waits for the autosave after the last change (the status says "Unsaved changes" until then). */
const waitSaved = (page: Page) =>
  page.waitForFunction(() => /Draft saved at/.test(document.querySelector(".review-bar .save-status")?.textContent ?? ""), undefined, { timeout: 30_000 });

describe("reviewing beside the text", () => {
  it("a 300-word article: fits the screen, reviewed with the keyboard only, published", async () => {
    const page = await editorPage();
    await analyse(page, SHORT, urls.short);
    let actions = 3; // paste, source URL, Analyse
    const height = await pageHeight(page);
    await screenshot(page, "review-short-1440");
    const layout = await page.evaluate(() => [...document.querySelectorAll("form.editor-form > *")].map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().top)}+${Math.round(e.getBoundingClientRect().height)}`));
    console.log(`[review] layout at 1440×900: ${layout.join(" | ")}`);
    const total = Number((await progressText(page)).match(/of (\d+)/)![1]);
    expect(await progressText(page)).toBe(`0 of ${total} reviewed`);

    // Every proposal is highlighted in the article.
    const marked = await page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>(".article-pane [data-ids]")].flatMap((e) => e.dataset.ids!.split(" "))).size);
    expect(marked).toBeGreaterThan(total * 0.6);

    // j/k move; a accepts and moves on; r rejects, which collapses the line.
    const first = await selectedItem(page);
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    expect(await selectedItem(page)).toBe(first);
    await page.keyboard.press("r");
    expect(await page.locator(`li.rv-row[data-item="${first}"]`).getAttribute("class")).toContain("is-rejected");
    await page.keyboard.press("k");
    await page.keyboard.press("a");
    actions += 4;
    for (let n = 1; n < total; n++) {
      await page.keyboard.press("a");
      actions++;
    }
    expect(await progressText(page)).toBe(`${total} of ${total} reviewed`);
    await page.getByRole("button", { name: "Publish" }).click();
    actions++;
    await page.waitForURL((u) => u.pathname.startsWith("/articles/"), { timeout: 60_000 });
    console.log(`[review] 300-word article (${SHORT.split(/\s+/).length} words, ${total} proposals): ${actions} actions, review page ${height} px tall at 1440×900`);
    expect(height).toBeLessThan(1400);
  }, 180_000);

  it("the demo article: clicking either side selects the other; words and their highlight never disagree", async () => {
    const page = await editorPage();
    await analyse(page, DEMO, urls.demo);
    const height = await pageHeight(page);
    const total = Number((await progressText(page)).match(/of (\d+)/)![1]);
    await screenshot(page, "review-demo-1440");

    // A highlight in the article selects its line; a line selects its highlight.
    await page.locator('.article-pane [data-ids~="e:0"]').first().click();
    expect(await selectedItem(page)).toMatch(/^(e:0|s:\d+|a:.+)$/);
    const row = page.locator("li.rv-row", { hasText: "deeply divided" }).first();
    await row.locator(".rv-summary").click();
    const id = (await row.getAttribute("data-item"))!;
    expect(id).toMatch(/^s:/);
    expect((await page.locator(".article-pane .is-selected").allInnerTexts()).join("")).toContain("deeply divided");

    // Corrected words move the highlight; words not in the article are flagged and refuse publishing.
    const words = page.locator(`#st-${id.slice(2)}-text`);
    await words.fill("adamantly rebuffed the idea");
    expect((await page.locator(".article-pane .is-selected").allInnerTexts()).join("")).toBe("adamantly rebuffed the idea");
    await words.fill("a thing nobody said");
    await page.getByText("These words are not in the article at the highlighted place").first().waitFor();
    await page.getByRole("button", { name: "Publish" }).click();
    expect(await page.locator("form [role=alert]").first().innerText()).toContain("Nothing was published");
    expect(new URL(page.url()).pathname).toBe("/editor/articles/new");
    // Selecting the passage in the article fixes both at once.
    await selectInArticle(page, "called it “destabilising.”");
    await page.getByRole("button", { name: "Use as its passage" }).click();
    expect(await words.inputValue()).toBe("called it “destabilising.”");
    expect(await page.getByText("These words are not in the article at the highlighted place").count()).toBe(0);
    await screenshot(page, "review-demo-corrected");

    // A stored event the article repeats is offered first, with a one-click (or m) merge.
    const suggestion = page.locator(".rv-similar", { hasText: "Already in Faultline?" }).first();
    await suggestion.waitFor({ timeout: 20_000 });
    await suggestion.getByRole("button", { name: /Merge into it/ }).click();
    await page.locator(".rv-similar", { hasText: "Merges into" }).first().waitFor();

    // The whole article reviewed with one key per proposal.
    await page.keyboard.press("Escape");
    await page.locator("li.rv-row").first().locator(".rv-summary").click();
    await page.keyboard.press("Escape");
    let keys = 0;
    while ((await progressText(page)) !== `${total} of ${total} reviewed` && keys < total * 2) {
      await page.keyboard.press("a");
      keys++;
    }
    expect(await progressText(page)).toBe(`${total} of ${total} reviewed`);
    await waitSaved(page);
    console.log(`[review] demo article (${DEMO.split(/\s+/).length} words, ${total} proposals): review page ${height} px tall at 1440×900; ${total} keys (a/r) to decide every proposal, + paste, URL, Analyse, Publish`);
    expect(height).toBeLessThan(1400);

    // Autosaved: a reload resumes the draft with every decision.
    expect(new URL(page.url()).searchParams.get("draft")).toBeTruthy();
    await page.reload();
    expect(await progressText(page)).toBe(`${total} of ${total} reviewed`);

    // A second tab on the same draft: whoever saves second is told, nothing is overwritten silently.
    const other = await (await page.context()).newPage();
    await other.goto(page.url());
    await other.locator(".rv-progress").waitFor();
    await other.locator("li.rv-row").first().getByRole("button", { name: "Reject" }).click();
    await waitSaved(other);
    await page.locator("li.rv-row").nth(1).getByRole("button", { name: "Reject" }).click();
    const refusal = page.locator(".review-bar [role=alert]");
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toMatch(/since you opened it/);
    await screenshot(page, "review-two-tabs");
  }, 240_000);

  it("asks before leaving with unsaved changes and before starting over", async () => {
    const page = await editorPage();
    await analyse(page, SHORT, urls.leave);
    // An empty headline cannot be saved: the change stays unsaved.
    await page.locator(".article-details summary").click();
    await page.fill("#article-title", "");
    await page.getByText(/Not saved yet/).waitFor();

    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.getByRole("link", { name: "Desk" }).click();
    expect(dialogs.at(-1)).toMatch(/^confirm: Leave this page/);
    expect(new URL(page.url()).pathname).toBe("/editor/articles/new");
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.some((d) => d.startsWith("beforeunload"))).toBe(true);
    expect(page.isClosed()).toBe(false);

    // Start over asks; dismissed, nothing changes; accepted, the text is back in the one box.
    await page.getByRole("button", { name: "Start over" }).click();
    expect(dialogs.at(-1)).toMatch(/^confirm: Start over\?/);
    expect(await page.locator(".rv-progress").count()).toBe(1);
    page.removeAllListeners("dialog");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Start over" }).click();
    await page.locator("#raw").waitFor();
    expect(await page.inputValue("#raw")).toContain("Zelenskiy sacks commander");
    expect(await page.locator("#article-body").count()).toBe(0);
  }, 120_000);

  it("list fields keep spaces while typing and split on commas; a phone shows no horizontal overflow", async () => {
    const page = await editorPage({ width: 390, height: 844 });
    await analyse(page, SHORT, urls.lists);
    await screenshot(page, "review-short-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.locator(".article-details summary").click();
    await page.fill("#article-authors", "");
    await page.locator("#article-authors").pressSequentially("Ben Aris, Jane van Doe");
    expect(await page.inputValue("#article-authors")).toBe("Ben Aris, Jane van Doe");
    const actor = page.locator("li.rv-row", { hasText: "Skibiuk" }).first();
    await actor.locator(".rv-summary").click();
    const aliases = actor.locator('input[id$="-aliases"]');
    await aliases.fill("");
    await aliases.pressSequentially("Ihor Skibiuk, General Skibiuk");
    expect(await aliases.inputValue()).toBe("Ihor Skibiuk, General Skibiuk");
    await screenshot(page, "review-short-390-open");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await waitSaved(page);
    await page.reload();
    await page.locator(".article-details summary").click();
    expect(await page.inputValue("#article-authors")).toBe("Ben Aris, Jane van Doe");
    await page.locator("li.rv-row", { hasText: "Skibiuk" }).first().locator(".rv-summary").click();
    expect(await page.locator('li.rv-row input[id$="-aliases"]').first().inputValue()).toBe("Ihor Skibiuk, General Skibiuk");
  }, 120_000);
});
