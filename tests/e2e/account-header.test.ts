// The header's account links on cached reader pages. Those pages are one HTML for everyone (lib/cache), so
// the header must not carry anyone's account state in that HTML: a signed-in editor must never be offered
// "Sign in", nor a reader "Sign out", from the first painted frame to the last.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, signIn, type Account } from "../support/accounts";
import { launchBrowser, screenshot } from "../support/browser";
import { baseUrl } from "../support/served";

const READER_PAGES = ["/timeline", "/statements", "/statements?view=table", "/actors", "/actors/vladimir-putin"];

let browser: Browser;
let editor: Account;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ editor } = await createAccounts("header", { editor: "editor" }));
});
afterAll(async () => browser?.close());

/**
 * A context whose pages record every text the header's account links showed while loading: a MutationObserver
 * started before the HTML is parsed sees the served header as well as each change made by scripts.
 */
async function recordingContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { accountLinksShown: string[] }).accountLinksShown = shown;
    new MutationObserver(() => {
      const nav = document.querySelector("nav[aria-label=Main]");
      if (!nav) return;
      const links = [...nav.querySelectorAll("a, button")].map((el) => el.textContent?.trim()).filter((text) => text === "Sign in" || text === "Sign out" || text === "Editor");
      const now = links.join(" ");
      if (shown.at(-1) !== now) shown.push(now);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return context;
}

const accountLinksShown = (page: Page) => page.evaluate(() => (window as unknown as { accountLinksShown: string[] }).accountLinksShown);
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Loads `path` and waits until the header states the account it was told about; returns what it showed on the way. */
async function visit(page: Page, path: string, settled: string): Promise<string[]> {
  await page.goto(baseUrl() + path);
  await mainNav(page).getByRole(settled === "Sign in" ? "link" : "button", { name: settled }).waitFor();
  return accountLinksShown(page);
}

describe("the header's account links on cached reader pages", () => {
  it("show a signed-in editor their name, Editor and Sign out from the first frame, and a reader Sign in after signing out", async () => {
    const context = await recordingContext();
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password, "/timeline");
    for (const path of READER_PAGES) {
      const shown = await visit(page, path, "Sign out");
      expect(shown.filter((links) => links.includes("Sign in")), `${path} offered Sign in to a signed-in editor`).toEqual([]);
      expect(shown.at(-1), path).toBe("Editor Sign out");
      expect(await mainNav(page).getByText(editor.name, { exact: true }).isVisible(), `${path} names the editor`).toBe(true);
    }
    await screenshot(page, "account-header-signed-in");

    await mainNav(page).getByRole("button", { name: "Sign out" }).click();
    await mainNav(page).getByRole("link", { name: "Sign in" }).waitFor();
    for (const path of READER_PAGES) {
      const shown = await visit(page, path, "Sign in");
      expect(shown.filter((links) => links.includes("Sign out") || links.includes("Editor")), `${path} after signing out`).toEqual([]);
      expect(await mainNav(page).getByText(editor.name, { exact: true }).count(), path).toBe(0);
    }
    await screenshot(page, "account-header-signed-out");
    await context.close();
  });

  it("offer Sign in to a reader without scripts", async () => {
    const context = await recordingContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + "/statements?view=table");
    expect(await mainNav(page).getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in");
    await context.close();
  });
});
