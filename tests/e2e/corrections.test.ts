import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, servedDatabase, signInByApi, type Account } from "../support/accounts";
import { baseUrl } from "../support/served";
import { launchBrowser, screenshot } from "../support/browser";
import { mergeEvents } from "@/lib/editor/corrections";

const ARTICLE = "/articles/bne-2025-09-07-putin-peacekeepers-legitimate-targets";
const url = (path: string) => baseUrl() + path;

let browser: Browser;
let db: ReturnType<typeof servedDatabase>;
let accounts: Record<"editor" | "otherEditor" | "admin", Account>;

beforeAll(async () => {
  browser = await launchBrowser();
  db = servedDatabase();
  accounts = await createAccounts("corrections", { editor: "editor", otherEditor: "editor", admin: "admin" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/**
 * A page in a browser context (its own cookies) signed in as `who`; one context per account and viewport. Each
 * account signs in once (through the auth API: the form is tested in editor.test.ts); its other viewports reuse
 * that session's cookies.
 */
const contexts = new Map<string, Promise<BrowserContext>>();
const sessions = new Map<string, Promise<Awaited<ReturnType<BrowserContext["storageState"]>>>>();
async function as(who: Account | null, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const key = `${who?.email ?? "anonymous"}:${viewport.width}`;
  if (!contexts.has(key)) {
    contexts.set(key, (async () => {
      const options = { viewport, isMobile: viewport.width < 500 };
      if (!who) return browser.newContext(options);
      if (!sessions.has(who.email)) {
        sessions.set(who.email, (async () => {
          const context = await browser.newContext();
          await signInByApi(context, who.email, who.password);
          return context.storageState().finally(() => context.close());
        })());
      }
      return browser.newContext({ ...options, storageState: await sessions.get(who.email)! });
    })());
  }
  return (await contexts.get(key)!).newPage();
}

const statementId = async (text: string) => (await db.statement.findFirstOrThrow({ where: { text } })).id;
const statementItem = (page: Page, text: string) => page.locator("ol[aria-label=Statements] > li", { hasText: text });

describe("corrections", () => {
  it("anonymous visitors are sent to sign in, and see no Edit links", async () => {
    const page = await as(null);
    await page.goto(url(`/editor/statements/${await statementId("a danger for us.")}`));
    await page.waitForURL((u) => u.pathname === "/sign-in");
    await page.goto(url(ARTICLE));
    expect(await page.locator("a.edit-link").count()).toBe(0);
  });

  it("an editor corrects a statement's venue from the article page, sees it published and in the history", async () => {
    const page = await as(accounts.editor);
    await page.goto(url(ARTICLE));
    // The page is the cached one every reader gets; the browser adds the Edit links once it knows who is looking.
    await page.getByRole("link", { name: "Edit this article" }).waitFor();
    expect(await page.getByRole("link", { name: "Edit this article" }).count()).toBe(1);
    await screenshot(page, "corrections-article-edit-links-desktop");
    await page.locator(".quote-list li", { hasText: "a danger for us" }).locator("a.edit-link").click();
    const id = await statementId("a danger for us.");
    await page.waitForURL(`**/editor/statements/${id}`);
    expect(await page.locator(".source-sentence").innerText()).toContain("a danger for us");

    await page.fill("#st-venue", "Eastern Economic Forum, Vladivostok");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." }).waitFor()).resolves.toBeUndefined();
    // The history below the form shows the change once the page refreshes.
    const change = page.locator("section[aria-labelledby=history] tbody tr", { hasText: "Eastern Economic Forum, Vladivostok" });
    await change.waitFor();
    expect(await change.innerText()).toContain(`${accounts.editor.name}`);
    expect(await change.innerText()).not.toContain("spanEnd");
    await screenshot(page, "corrections-statement-desktop");

    await page.goto(url("/statements"));
    expect(await statementItem(page, "a danger for us").innerText()).toContain("Eastern Economic Forum, Vladivostok");
    expect(await statementItem(page, "a danger for us").locator("a.edit-link").getAttribute("href")).toBe(`/editor/statements/${id}`);
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const page = await as(accounts.editor);
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null, articles: { some: {} } }, orderBy: { id: "asc" } });
    await page.goto(url(`/editor/events/${event.id}`));
    await page.fill("#ev-title", "");
    await page.fill("#ev-fatalities", "many");
    await page.fill("#ev-when-date", "2025-02-30");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("alert").filter({ hasText: "Some fields need attention" }).waitFor();
    expect(await page.locator("#ev-title-error").innerText()).toBe("An event needs a title.");
    expect(await page.locator("#ev-fatalities-error").innerText()).toContain("whole number");
    expect(await page.locator("#ev-when-date-note").innerText()).toContain("“2025-02-30” is not a date Faultline can read.");
    expect(await page.locator("#ev-title").getAttribute("aria-describedby")).toBe("ev-title-error");
    await screenshot(page, "corrections-event-errors-desktop");
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([stored.version, stored.title]).toEqual([event.version, event.title]);
  });

  it("an editor types When on a stored event's page: read as the site reads it, a day that does not exist refused and nothing saved", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { slug: ARTICLE.split("/").pop()! } });
    const stamp = Date.now().toString(36);
    const event = await db.event.create({
      data: { title: `Shelling of a rail depot ${stamp}`, type: "missile_drone_strike", datePrecision: "day", startDate: new Date("2025-09-06T00:00:00Z"), articles: { create: { articleId: article.id, part: "body", spanStart: 0, spanEnd: 10 } } },
    });
    const [page, other] = [await as(accounts.editor), await as(accounts.otherEditor)];
    await page.goto(url(`/editor/events/${event.id}`));
    await other.goto(url(`/editor/events/${event.id}`));
    expect(await page.inputValue("#ev-when-date")).toBe("2025-09-06");

    await page.fill("#ev-when-date", "March 2026");
    await page.press("#ev-when-date", "Tab");
    expect(await page.locator("#ev-when-date-note").innerText()).toBe("Reads as: Mar 2026");
    await screenshot(page, "corrections-event-when-desktop");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const saved = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([saved.datePrecision, saved.startDate?.toISOString().slice(0, 10)]).toEqual(["month", "2026-03-01"]);
    expect(await page.inputValue("#ev-when-date")).toBe("2026-03");

    await page.fill("#ev-when-date", "2026-02-30");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("alert").filter({ hasText: "Some fields need attention" }).waitFor();
    expect(await page.locator("#ev-when-date-note").innerText()).toContain("“2026-02-30” is not a date Faultline can read. Write 2026-03-05, 5 March 2026");
    await screenshot(page, "corrections-event-when-refused-desktop");
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).version).toBe(saved.version);

    // A second editor who opened the page before that save sees the first's When beside their own.
    await other.fill("#ev-when-date", "2026-Q1");
    await other.getByRole("button", { name: "Save" }).click();
    await other.getByRole("alert").filter({ hasText: "Someone else saved this event" }).waitFor();
    const whenRow = other.locator(".conflict-table tr", { has: other.locator("th", { hasText: "When" }) });
    expect(await whenRow.locator("td").allInnerTexts()).toEqual(["Mar 2026", "Q1 2026"]);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).datePrecision).toBe("month");

    await page.goto(url(`/events/${event.id}`));
    expect(await page.locator("header").nth(1).innerText()).toContain("Mar 2026");
  });

  it("two editors save the same statement: the second sees the first's values, keeps theirs, and applies on top", async () => {
    const id = await statementId("destabilising.");
    const [first, second] = [await as(accounts.editor), await as(accounts.otherEditor)];
    await first.goto(url(`/editor/statements/${id}`));
    await second.goto(url(`/editor/statements/${id}`));

    await first.fill("#st-venue", "Press conference in Moscow");
    await first.getByRole("button", { name: "Save" }).click();
    await first.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    await second.fill("#st-venue", "State television interview");
    await second.getByLabel("Paraphrase").check();
    await second.getByRole("button", { name: "Save" }).click();
    await second.getByRole("alert").filter({ hasText: "Someone else saved this statement" }).waitFor();
    const venueRow = second.locator(".conflict-table tr", { has: second.locator("th", { hasText: "Venue" }) });
    expect(await venueRow.locator("td").allInnerTexts()).toEqual(["Press conference in Moscow", "State television interview"]);
    expect(await second.inputValue("#st-venue")).toBe("State television interview");
    expect(await second.getByLabel("Paraphrase").isChecked()).toBe(true);
    await screenshot(second, "corrections-conflict-desktop");
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).venue).toBe("Press conference in Moscow");

    await second.getByRole("button", { name: "Apply my changes on top of theirs" }).click();
    await second.getByRole("button", { name: "Save" }).click();
    await second.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const stored = await db.statement.findUniqueOrThrow({ where: { id } });
    expect([stored.venue, stored.direct]).toEqual(["State television interview", false]);
  });

  it("an editor deletes a statement; it leaves /statements; an admin restores it from the trash", async () => {
    const id = await statementId("a danger for us.");
    const editor = await as(accounts.editor);
    await editor.goto(url(`/editor/statements/${id}`));
    await editor.getByRole("button", { name: "Delete…" }).click();
    await editor.getByRole("button", { name: "Yes, delete this statement" }).click();
    await editor.waitForURL((u) => u.pathname === ARTICLE);
    await editor.goto(url("/statements"));
    await statementItem(editor, "Peacekeepers in Ukraine").first().waitFor();
    expect(await statementItem(editor, "a danger for us").count()).toBe(0);
    await editor.goto(url("/editor"));
    expect(await editor.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Trash" }).count()).toBe(0);

    const admin = await as(accounts.admin);
    await admin.goto(url("/editor"));
    await admin.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Trash" }).click();
    await admin.waitForURL("**/editor/trash");
    const row = admin.locator("section[aria-labelledby=trash-statement] tbody tr", { hasText: "a danger for us." });
    expect(await row.innerText()).toContain(`by ${accounts.editor.name}`);
    await screenshot(admin, "corrections-trash-desktop");
    await row.getByRole("button", { name: /^Restore/ }).click();
    await row.waitFor({ state: "detached" });

    await admin.goto(url("/statements"));
    await statementItem(admin, "a danger for us").waitFor();
    expect(await admin.locator("ol[aria-label=Statements] > li").count()).toBe(12); // 14 statements, two shown under their remark
  });

  it("an admin sees a deleted record with a banner and restores it from its page", async () => {
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "desc" } });
    const editor = await as(accounts.editor);
    await editor.goto(url(`/editor/events/${event.id}`));
    await editor.getByRole("button", { name: "Delete…" }).click();
    await editor.getByRole("button", { name: "Yes, delete this event" }).click();
    await editor.waitForURL((u) => u.pathname === "/timeline");
    expect((await editor.goto(url(`/editor/events/${event.id}`)))?.status()).toBe(404);

    const admin = await as(accounts.admin);
    await admin.goto(url(`/editor/events/${event.id}`));
    expect(await admin.getByRole("note", { name: "Deleted record" }).innerText()).toContain("hidden from every public page");
    expect(await admin.locator("#ev-title").isDisabled()).toBe(true);
    await admin.getByRole("button", { name: "Restore" }).click();
    await admin.getByRole("note", { name: "Deleted record" }).waitFor({ state: "detached" });
    expect(await admin.locator("#ev-title").isDisabled()).toBe(false);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).toBeNull();
  });

  it("merges a duplicate actor into the real one; the duplicate's address redirects", async () => {
    const putin = await db.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const dup = await db.actor.create({ data: { slug: `v-putin-duplicate-${Date.now().toString(36)}`, name: "V. V. Putin (duplicate)", kind: "person" } });
    const page = await as(accounts.editor);
    await page.goto(url(`/actors/${putin.slug}`));
    expect(await page.getByRole("link", { name: `Edit ${putin.name}` }).getAttribute("href")).toBe(`/editor/actors/${putin.id}`);

    await page.goto(url(`/editor/actors/${dup.id}`));
    await page.getByLabel("Merge into", { exact: true }).selectOption({ label: putin.name });
    await page.getByRole("button", { name: "Merge…" }).click();
    await page.getByRole("button", { name: `Yes, merge into ${putin.name}` }).click();
    await page.waitForURL((u) => u.pathname === `/actors/${putin.slug}`);
    expect(await page.locator("dl").innerText()).toContain("V. V. Putin (duplicate)");

    const response = await page.goto(url(`/actors/${dup.slug}`));
    expect(new URL(page.url()).pathname).toBe(`/actors/${putin.slug}`);
    expect(response?.status()).toBe(200);
    expect((await db.actor.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(putin.id);
  });

  it("edit pages read on a phone and on a desktop", async () => {
    const article = await db.article.findFirstOrThrow({ where: { deletedAt: null, status: "published" } });
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null, articles: { some: {} } }, orderBy: { id: "asc" } });
    const peskov = await db.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" } });
    const shots: [string, string][] = [
      ["article", `/editor/articles/${article.id}`],
      ["event", `/editor/events/${event.id}`],
      ["actor", `/editor/actors/${peskov.id}`],
      ["statement", `/editor/statements/${await statementId("destabilising.")}`],
      ["trash", "/editor/trash"],
    ];
    const desktop = await as(accounts.admin);
    const phone = await as(accounts.admin, { width: 390, height: 844 });
    for (const [name, path] of shots) {
      // The statement and trash pages are shot on a desktop by the tests above.
      if (name !== "statement" && name !== "trash") {
        await desktop.goto(url(path));
        await desktop.locator("h1").waitFor();
        await screenshot(desktop, `corrections-${name}-desktop`);
      }
      await phone.goto(url(path));
      await phone.locator("h1").waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} overflows on a phone`).toBeLessThanOrEqual(0);
      await screenshot(phone, `corrections-${name}-phone`);
    }
  }, 180_000); // eight page loads: minutes on a loaded machine

  it("a merged event's address answers 308 to the surviving event, along a chain, and lists no longer show it", async () => {
    // Three copies of one happening, each reported by the demo article (so readers see them).
    const article = await db.article.findUniqueOrThrow({ where: { slug: ARTICLE.split("/").pop()! } });
    const stamp = Date.now().toString(36);
    const make = (n: number) =>
      db.event.create({
        data: { title: `Drone strike on a depot, copy ${n} ${stamp}`, type: "missile_drone_strike", place: "Kharkiv", datePrecision: "day", startDate: new Date("2025-09-06T00:00:00Z"), articles: { create: { articleId: article.id, part: "body", spanStart: 0, spanEnd: 10 } } },
      });
    const [a, b, c] = [await make(1), await make(2), await make(3)];
    const editor = { id: accounts.editor.id, email: accounts.editor.email, name: accounts.editor.name, role: "editor" as const };
    expect(await mergeEvents(editor, { sourceId: a.id, targetId: b.id })).toMatchObject({ ok: true });
    expect(await mergeEvents(editor, { sourceId: b.id, targetId: c.id })).toMatchObject({ ok: true });

    const direct = await fetch(url(`/events/${a.id}`), { redirect: "manual" });
    expect(direct.status).toBe(308);
    // Next.js may repeat the header for a page's redirect (fetch joins them with ", "): every copy names the survivor.
    const locations = direct.headers.get("location")!.split(", ");
    for (const location of locations) expect(new URL(location, url("/")).pathname).toBe(`/events/${c.id}`);

    const page = await as(null);
    const response = await page.goto(url(`/events/${a.id}`));
    expect(new URL(page.url()).pathname).toBe(`/events/${c.id}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(`copy 3 ${stamp}`);
    await page.goto(url(`/timeline?q=${stamp}&view=table`));
    const titles = await page.locator("table tbody tr").allInnerTexts();
    expect(titles.join("\n")).toContain(`copy 3 ${stamp}`);
    expect(titles.join("\n")).not.toMatch(new RegExp(`copy [12] ${stamp}`));
  });
  it("an editor merges a stored event into its likely duplicate from the editor screen; bad choices are refused and change nothing", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { slug: ARTICLE.split("/").pop()! } });
    const [putin, zelenskiy] = await Promise.all(["vladimir-putin", "volodymyr-zelenskiy"].map((slug) => db.actor.findUniqueOrThrow({ where: { slug } })));
    const stamp = Date.now().toString(36);
    const event = (title: string, day: string, extra: object = {}) =>
      db.event.create({ data: { title: `${title} ${stamp}`, type: "missile_drone_strike", place: "Odesa", datePrecision: "day", startDate: new Date(`${day}T00:00:00Z`), ...extra } });
    // The copy an editor found (reported by the demo article, two actors) and the record to keep (one of them, four days later).
    const copy = await event("Port strike, first report", "2025-09-06", {
      articles: { create: { articleId: article.id, part: "body", spanStart: 0, spanEnd: 10 } },
      actors: { create: [{ actorId: putin.id, role: "initiator" }, { actorId: zelenskiy.id, role: "target" }] },
    });
    const keep = await event("Port strike on Odesa", "2025-09-10", { actors: { create: [{ actorId: putin.id, role: "initiator" }] } });
    const deleted = await event("Port strike, withdrawn", "2025-09-07", { deletedAt: new Date() });
    const merged = await event("Port strike, old copy", "2025-09-08", { mergedIntoId: keep.id });

    const page = await as(accounts.editor);
    await page.goto(url(`/editor/events/${copy.id}`));
    const panel = page.getByTestId("merge-event");
    await panel.getByRole("radio", { name: new RegExp(`Port strike on Odesa ${stamp}`) }).waitFor();
    expect(await panel.getByRole("radio", { name: /withdrawn|old copy/ }).count()).toBe(0);

    // Nothing chosen, the event itself, a deleted one, an already merged one: each says why, nothing is merged.
    await panel.getByRole("button", { name: "Merge…" }).click();
    expect(await panel.getByTestId("merge-error").innerText()).toBe("Choose the event to merge into.");
    const find = async (text: string) => {
      await panel.getByLabel("Find by title or address").fill(text);
      await panel.getByRole("button", { name: "Find" }).click();
      await page.waitForURL((u) => u.searchParams.get("find") === text);
      return page.getByTestId("merge-find-message").innerText();
    };
    expect(await find(`/events/${copy.id}`)).toContain("cannot be merged into itself");
    expect(await find(deleted.id)).toContain(`“Port strike, withdrawn ${stamp}” was deleted`);
    expect(await find(url(`/events/${merged.id}`))).toContain(`already merged into “Port strike on Odesa ${stamp}”: merge into that one instead`);
    expect(await find(`no such words ${stamp}`)).toContain("No other event matches");
    // Search by title words finds the one to keep.
    await panel.getByLabel("Find by title or address").fill(`Odesa ${stamp}`);
    await panel.getByRole("button", { name: "Find" }).click();
    await page.waitForURL((u) => u.searchParams.get("find") === `Odesa ${stamp}`);
    expect((await db.event.findUniqueOrThrow({ where: { id: copy.id } })).mergedIntoId).toBeNull();

    await panel.getByRole("radio", { name: new RegExp(`Port strike on Odesa ${stamp}`) }).check();
    await panel.getByRole("button", { name: "Merge…" }).click();
    const confirm = panel.getByRole("group", { name: "Confirm merge" });
    expect(await confirm.innerText()).toMatch(/1 reporting article, 1 actor and \d+ statements? move there/);
    await screenshot(page, "corrections-event-merge-desktop");
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "corrections-event-merge-desktop-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await confirm.getByRole("button", { name: "Yes, merge" }).click();
    await page.waitForURL((u) => u.pathname === `/events/${keep.id}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(`Port strike on Odesa ${stamp}`);

    const after = await db.event.findUniqueOrThrow({ where: { id: keep.id }, include: { articles: true, actors: true } });
    expect(after.articles.map((a) => a.articleId)).toEqual([article.id]);
    expect(after.actors.map((a) => a.actorId).sort()).toEqual([putin.id, zelenskiy.id].sort());
    const old = await fetch(url(`/events/${copy.id}`), { redirect: "manual" });
    expect(old.status).toBe(308);
    expect(new URL(old.headers.get("location")!.split(", ")[0], url("/")).pathname).toBe(`/events/${keep.id}`);

    // The merged copy's editor page says where it went and offers no second merge; the panel fits a phone.
    await page.goto(url(`/editor/events/${copy.id}`));
    expect(await page.getByText("Merged into").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("merge-event").count()).toBe(0);
    const phone = await as(accounts.editor, { width: 390, height: 844 });
    await phone.goto(url(`/editor/events/${keep.id}`));
    await phone.getByTestId("merge-event").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "corrections-event-merge-phone");
    await phone.emulateMedia({ colorScheme: "dark" });
    await screenshot(phone, "corrections-event-merge-phone-dark");
    await phone.emulateMedia({ colorScheme: "light" });
  }, 120_000);
});
