// The header's account links on cached reader pages. Those pages are one HTML for everyone (lib/cache), so
// the header must not carry anyone's account state in that HTML: a signed-in editor must never be offered
// "Sign in", nor a reader "Sign out", from the first painted frame to the last.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, servedDatabase, signIn, signInByApi, type Account } from "../support/accounts";
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

/** Long enough that the header cannot show it whole beside the main links and the search box at any width. */
const LONG_NAME = "Anastasiia-Maria Volodymyrivna Kovalenko";
const MAIN_LINKS = ["Timeline", "Statements", "Actors", "Articles"];
/** Desktop, tablet (the nav on a row of its own), and phones (one column) of common and of the smallest width. */
const WIDTHS = [{ width: 1280, height: 900 }, { width: 800, height: 900 }, { width: 390, height: 844 }, { width: 320, height: 640 }];

type Box = { x: number; y: number; width: number; height: number };
type Frame = { boxes: Record<string, Box>; account: string };

/**
 * A context whose pages measure, in every animation frame from the first paint of the whole header on (frames run
 * just before the browser paints), where the brand, the four main links and the search box are, how tall the header
 * is, and what the account links say.
 */
async function measuringContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((mainLinks: string[]) => {
    const frames: Frame[] = [];
    (window as unknown as { headerFrames: Frame[] }).headerFrames = frames;
    const boxOf = (el: Element) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    };
    const measure = () => {
      requestAnimationFrame(measure);
      const nav = document.querySelector("nav[aria-label=Main]");
      const search = document.querySelector(".site-header input[type=search]");
      // The header's last element: before the parser reaches it, a streamed page may paint a half-built header.
      const searchButton = document.querySelector(".site-header .header-search button");
      const [header, brand] = [document.querySelector(".site-header"), document.querySelector(".site-header .brand")];
      const links = [...(nav?.querySelectorAll("a") ?? [])].filter((a) => mainLinks.includes(a.textContent!.trim()));
      if (!nav || !search || !searchButton || !header || !brand || links.length < mainLinks.length) return;
      const boxes: Record<string, Box> = { header: boxOf(header), brand: boxOf(brand), search: boxOf(search) };
      for (const link of links) boxes[link.textContent!.trim()] = boxOf(link);
      const controls = [...nav.querySelectorAll("a, button")].map((el) => el.textContent!.trim());
      frames.push({ boxes, account: controls.filter((text) => text === "Sign in" || text === "Sign out").join(" ") });
    };
    requestAnimationFrame(measure);
  }, MAIN_LINKS);
  return context;
}

/** Loads `path` and returns the frames measured until two frames after the account links said `settled`. */
async function framesUntilSettled(page: Page, path: string, settled: string): Promise<Frame[]> {
  await page.goto(baseUrl() + path);
  await page.waitForFunction((settled) => {
    const frames = (window as unknown as { headerFrames: Frame[] }).headerFrames;
    const first = frames.findIndex((frame) => frame.account === settled);
    return first >= 0 && frames.length >= first + 3;
  }, settled);
  return page.evaluate(() => (window as unknown as { headerFrames: Frame[] }).headerFrames);
}

/** The first move of the brand, a main link or the search box (or change of the header's height) after the first measured frame, or "". */
function firstMove(frames: Frame[]): string {
  const [first] = frames;
  for (const [index, frame] of frames.entries()) {
    for (const [name, box] of Object.entries(frame.boxes)) {
      const before = first.boxes[name];
      const moved = (["x", "y", "width", "height"] as const).some((side) => Math.abs(box[side] - before[side]) > 0.5);
      if (moved) return `${name} moved in frame ${index} (account links: "${frame.account}"): ${JSON.stringify(before)} -> ${JSON.stringify(box)}`;
    }
  }
  return "";
}

/**
 * Every control in the header is where a click lands (nothing lies over it), inside the page's width and the
 * header's height, and no two of them or the editor's name overlap; the name shows at least its first few letters
 * and names the whole of it to a pointer and a screen reader.
 */
async function headerProblems(page: Page, name?: string): Promise<string[]> {
  return page.evaluate((name) => {
    const problems: string[] = [];
    const header = document.querySelector(".site-header")!.getBoundingClientRect();
    const controls = [...document.querySelectorAll(".site-header :is(a, button, input)")];
    const labelOf = (el: Element) => el.textContent!.trim() || el.getAttribute("placeholder");
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const label = labelOf(control);
      if (box.left < 0 || box.right > innerWidth) problems.push(`${label} lies outside the page`);
      if (box.top < header.top || box.bottom > header.bottom) problems.push(`${label} lies outside the header`);
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (!top || !control.contains(top)) problems.push(`${label} is covered by ${top?.outerHTML.slice(0, 80)}`);
    }
    const shownPieces = [...controls, ...document.querySelectorAll(".site-header .nav__viewer")];
    for (const [index, a] of shownPieces.entries()) {
      for (const b of shownPieces.slice(index + 1)) {
        const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
        const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
        if (overlapX > 0.5 && overlapY > 0.5) problems.push(`${labelOf(a)} overlaps ${labelOf(b)}`);
      }
    }
    if (name) {
      const shown = [...document.querySelectorAll("nav[aria-label=Main] [title]")].find((el) => el.getAttribute("title") === name);
      if (!shown?.textContent!.includes(name)) return [...problems, "the name is not shown with a title holding all of it"];
      const visibleWidth = shown.getBoundingClientRect().width;
      if (visibleWidth < 60) problems.push(`the name shows only ${visibleWidth} px`);
    }
    return problems;
  }, name);
}

/**
 * How much taller the header is than the brand, the main links and the search box need: the header's height with
 * the account links minus its height without them (measured between two frames, so never painted).
 */
async function accountLineCost(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector(".site-header")!;
    const account = document.querySelector<HTMLElement>(".nav__account")!;
    const withAccount = header.getBoundingClientRect().height;
    account.style.display = "none";
    const without = header.getBoundingClientRect().height;
    account.style.display = "";
    return withAccount - without;
  });
}

/** The header's controls in the order Tab reaches them from the top of a freshly loaded page (then nothing has focus). */
async function headerTabOrder(page: Page): Promise<string[]> {
  const order: string[] = [];
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return el.closest(".site-header, .skip-link") ? el.textContent!.trim() || el.getAttribute("placeholder")! : null;
    });
    if (focused === null) break;
    order.push(focused);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return order;
}

describe("the header while its account links arrive", () => {
  for (const viewport of WIDTHS) {
    it(`keeps the main links and the search box still for a reader and an editor with a long name, ${viewport.width} px wide`, async () => {
      const { editor: longNamed } = await createAccounts(`header-${viewport.width}`, { editor: "editor" });
      const db = servedDatabase();
      await db.user.update({ where: { id: longNamed.id }, data: { name: LONG_NAME } });
      await db.$disconnect();

      for (const role of ["reader", "editor"] as const) {
        const context = await measuringContext(viewport);
        if (role === "editor") await signInByApi(context, longNamed.email, longNamed.password);
        const page = await context.newPage();
        for (const path of ["/timeline", "/statements"]) {
          const frames = await framesUntilSettled(page, path, role === "editor" ? "Sign out" : "Sign in");
          expect(frames[0].account, `${role} on ${path}: measured from before the account links arrived`).toBe("");
          expect.soft(firstMove(frames), `${role} on ${path}`).toBe("");
          expect.soft(await headerProblems(page, role === "editor" ? LONG_NAME : undefined), `${role} on ${path}`).toEqual([]);
          expect.soft(await accountLineCost(page), `${role} on ${path}: the header's height the account links add`).toBeLessThan(0.5);
        }
        const account = role === "editor" ? ["Editor", "Sign out"] : ["Sign in"];
        expect.soft(await headerTabOrder(page), role).toEqual(["Skip to content", "Faultline", ...MAIN_LINKS, ...account, "Search actors, quotes, events…", "Search"]);
        await screenshot(page, `account-header-${role}-${viewport.width}`, { fullPage: false });
        await context.close();
      }
    }, 120_000);
  }
});
