import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

export const ARTIFACTS = path.resolve(import.meta.dirname, "../artifacts");

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!found) throw new Error("Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * A browser for files that only read as an anonymous visitor: pages with the same options share one context,
 * so the app's scripts and styles are fetched once per file. `browser.newPage()` makes a fresh context per
 * page, with an empty HTTP cache: every page then downloads ~20 chunks again (about 1 s more per page on a
 * loaded 2-core machine). Not for tests that sign in or store anything in the browser.
 */
export type ReaderBrowser = { newPage(options?: BrowserContextOptions): Promise<Page>; close(): Promise<void> };

export async function launchReaderBrowser(): Promise<ReaderBrowser> {
  const browser = await launchBrowser();
  const contexts = new Map<string, Promise<BrowserContext>>();
  return {
    async newPage(options = {}) {
      const key = JSON.stringify(options);
      if (!contexts.has(key)) contexts.set(key, browser.newContext(options));
      return (await contexts.get(key)!).newPage();
    },
    close: () => browser.close(),
  };
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // Generous: a long full-page capture on a loaded 2-core machine can outlast Playwright's default 30 s.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage, timeout: 120_000 });
}
