import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, servedDatabase, signIn, type Account } from "../support/accounts";
import { baseUrl } from "../support/served";
import { launchBrowser, screenshot } from "../support/browser";

// Issue 10's check, as its issue states it: three articles pasted, reviewed with the keyboard only
// (j/k/a/r/m/n), published; actions and wall-clock time counted per article. The third repeats an event
// the demo already holds (Putin's warning of September 5): it must merge, one event with two sources.
// A reload mid-review loses nothing. Then the desk's account renames itself and reads the audit log.
const read = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/desk", name), "utf8");
const stamp = Date.now();

type Plan = {
  file: string;
  /** Proposals the editor rejects (text of their line). */
  reject: RegExp[];
  /** Events the editor merges into the stored one offered (m). */
  merge: RegExp[];
  topics?: string;
  reloadMidway?: boolean;
};
const PLANS: Plan[] = [
  { file: "1-odesa-grain.txt", reject: [/Kremlin does not comment/, /grain exports/, /Quote Dmitry Peskov: “must accept/], merge: [], topics: "Black Sea ports, Energy war" },
  { file: "2-budget-oil.txt", reject: [/Ministry of Finance reported/, /tells State Duma/], merge: [], reloadMidway: true },
  { file: "3-peacekeepers-repeat.txt", reject: [], merge: [/Putin warns/] },
];
const urls = PLANS.map((p) => `https://example.org/desk-${p.file.replace(".txt", "")}-${stamp}`);

let browser: Browser;
let desk: Account;
let other: Account;
beforeAll(async () => {
  browser = await launchBrowser();
  // An admin: edits like any editor, and may read the audit log at the end.
  ({ desk, other } = await createAccounts("desk", { desk: "admin", other: "editor" }));
});

afterAll(async () => {
  await browser?.close();
});

const progressText = (page: Page) => page.locator(".rv-progress").innerText();
/** Waits for the autosave of the last change: its "Unsaved changes" notice (shown 1.5 s), then "Draft saved at". */
async function waitSaved(page: Page) {
  const status = (pattern: RegExp) =>
    page.waitForFunction((p) => new RegExp(p).test(document.querySelector(".review-bar .save-status")?.textContent ?? ""), pattern.source, { timeout: 30_000 });
  await status(/Unsaved changes|Saving/);
  await status(/Draft saved at/);
}
/** Every proposal's line and its state, in screen order: what a reload must give back. */
const decisions = (page: Page) => page.locator("li.rv-row").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-item")} ${r.className}`));

/** The selected line: its item, text, whether it is decided, and what the screen offers for it. */
function selected(page: Page) {
  return page.evaluate(() => {
    const row = document.querySelector("li.rv-row.is-selected");
    if (!row) return null;
    return {
      id: row.getAttribute("data-item")!,
      text: row.querySelector(".rv-summary")!.textContent ?? "",
      decided: /is-accepted|is-rejected/.test(row.className),
      offer: row.querySelector(".rv-similar")?.textContent ?? "",
    };
  });
}

/** Decides every proposal from the keyboard; returns the keys pressed. */
async function reviewWithKeys(page: Page, plan: Plan, stopAfter = Infinity): Promise<number> {
  let keys = 0;
  let decided = 0;
  const total = Number((await progressText(page)).match(/of (\d+)/)![1]);
  while ((await progressText(page)) !== `${total} of ${total} reviewed` && decided < stopAfter) {
    const row = await selected(page);
    expect(row, "a line is selected").not.toBeNull();
    if (keys > total * 3) throw new Error(`review did not finish: ${await progressText(page)}`);
    let key = "a";
    if (row!.decided) key = "j";
    else if (plan.reject.some((r) => r.test(row!.text))) key = "r";
    else if (row!.id.startsWith("e:") && plan.merge.some((r) => r.test(row!.text))) {
      // The likely duplicate is offered once the server has answered.
      await page.locator(`li.rv-row[data-item="${row!.id}"] .rv-similar`).waitFor({ timeout: 20_000 });
      key = "m";
    } else if (row!.id.startsWith("a:") && /Already in Faultline as/.test(row!.offer)) key = "m";
    // A stored event offered for one the plan keeps as new: "not the same", or Publish waits for a decision.
    else if (row!.id.startsWith("e:") && /Already in Faultline\?/.test(row!.offer)) key = "n";
    await page.keyboard.press(key);
    keys++;
    if (key !== "j") decided++;
  }
  return keys;
}

describe("the editor's desk: three articles, keyboard review, one merge", () => {
  it("pastes, reviews with keys and publishes three articles; the repeated event merges; a reload loses nothing", async () => {
    const db = servedDatabase();
    const stored = await db.event.findFirstOrThrow({
      where: { type: "threat_warning", startDate: new Date("2025-09-05"), actors: { some: { actor: { slug: "vladimir-putin" } } } },
      select: { id: true, title: true, _count: { select: { articles: true } } },
    });
    const eventsBefore = await db.event.count();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, desk.email, desk.password);
    const report: string[] = [];

    for (const [n, plan] of PLANS.entries()) {
      const raw = read(plan.file);
      const t0 = Date.now();
      await page.goto(`${baseUrl()}/editor/articles/new`);
      let actions = 1; // "New article"
      await page.locator("#raw").click();
      await page.keyboard.insertText(raw); // the paste
      await page.locator("#article-sourceUrl").click();
      await page.keyboard.insertText(urls[n]);
      actions += 4;
      if (plan.topics) {
        await page.locator("#article-topics").click();
        await page.keyboard.type(plan.topics);
        expect(await page.inputValue("#article-topics")).toBe(plan.topics);
        await screenshot(page, "desk-topics-1440");
        actions += 2;
      }
      await page.getByRole("button", { name: "Analyse" }).click();
      actions++;
      await page.locator(".rv-progress").waitFor({ timeout: 60_000 });
      const total = Number((await progressText(page)).match(/of (\d+)/)![1]);

      if (plan.reloadMidway) {
        actions += await reviewWithKeys(page, plan, Math.floor(total / 2));
        await waitSaved(page);
        const before = { progress: await progressText(page), rows: await decisions(page) };
        await page.reload();
        await page.locator(".rv-progress").waitFor();
        expect(await progressText(page)).toBe(before.progress);
        expect((await decisions(page)).map((r) => r.replace(/ is-selected/, ""))).toEqual(before.rows.map((r) => r.replace(/ is-selected/, "")));
        actions++;
      }
      actions += await reviewWithKeys(page, plan);
      expect(await progressText(page)).toBe(`${total} of ${total} reviewed`);
      if (plan.merge.length) await page.locator(".rv-similar", { hasText: "Merges into" }).first().waitFor();
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      actions++;
      const refused = page.locator("form.editor-form > [role=alert]");
      const ignore = () => undefined; // the loser of the race times out later: not an error
      await Promise.race([page.waitForURL((u) => u.pathname.startsWith("/articles/"), { timeout: 60_000 }).catch(ignore), refused.waitFor({ timeout: 60_000 }).catch(ignore)]);
      if (!new URL(page.url()).pathname.startsWith("/articles/")) throw new Error(`${plan.file} not published: ${await refused.innerText()}`);
      const seconds = (Date.now() - t0) / 1000;
      const words = raw.split(/\s+/).filter(Boolean).length;
      report.push(`${plan.file}: ${words} words, ${total} proposals, ${actions} actions, ${seconds.toFixed(1)} s`);
    }
    console.log(`[desk] ${report.join(" | ")}`);

    // The repeated happening: one stored event, now with two sources; no second copy of it.
    const [odesa, , repeat] = await Promise.all(urls.map((u) => db.article.findFirstOrThrow({ where: { sourceUrl: u }, select: { id: true, slug: true, title: true, events: { select: { eventId: true } } } })));
    expect(repeat.events.map((e) => e.eventId)).toContain(stored.id);
    expect(await db.eventArticle.count({ where: { eventId: stored.id } })).toBe(stored._count.articles + 1);
    expect(await db.event.count({ where: { title: { contains: "Putin warns" }, articles: { some: { articleId: repeat.id } }, NOT: { id: stored.id } } })).toBe(0);
    expect(await db.event.count()).toBeGreaterThan(eventsBefore);

    // The topics were stored with the publish, and the cached article list shows them (its tags expired).
    const topics = await db.articleTopic.findMany({ where: { articleId: odesa.id }, select: { topic: { select: { name: true, slug: true } } } });
    expect(topics.map((t) => t.topic.name).sort()).toEqual(["Black Sea ports", "Energy war"]);
    await page.goto(`${baseUrl()}/articles?topic=black-sea-ports`);
    await page.getByRole("link", { name: odesa.title }).first().waitFor();
    expect(await page.locator(".chip", { hasText: "Black Sea ports" }).count()).toBeGreaterThan(0);
    await db.$disconnect();
  }, 240_000);

  it("the account renames itself: clear messages for bad names; the audit log keeps the old name on earlier entries", async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const page = await (await browser.newContext({ viewport })).newPage();
      await signIn(page, desk.email, desk.password, "/editor/profile");
      await page.locator("#profile-name-input").waitFor();
      await screenshot(page, `profile-${viewport.width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, desk.email, desk.password);
    // The name in the editor's bar leads to the account page.
    await page.getByRole("link", { name: desk.name }).click();
    await page.locator("#profile-name-input").waitFor();
    const form = page.locator("form", { has: page.locator("#profile-name-input") });
    const save = () => form.getByRole("button", { name: "Save name" }).click();

    await page.fill("#profile-name-input", "x".repeat(101));
    await save();
    expect(await form.locator(".field-error").innerText()).toBe("The name is too long (at most 100 characters).");
    await page.fill("#profile-name-input", "   ");
    await save();
    expect(await form.locator(".field-error").innerText()).toBe("Enter a name.");
    await page.fill("#profile-name-input", other.name.toUpperCase());
    await save();
    await form.locator("[role=alert]").waitFor();
    expect(await form.locator(".field-error").innerText()).toBe("Choose a name no other account has.");
    await screenshot(page, "profile-refused-1440");

    const renamed = `Desk Renamed ${stamp}`;
    await page.fill("#profile-name-input", `  ${renamed}  `);
    await save();
    await form.locator("[role=status]", { hasText: `Your name is now “${renamed}”` }).waitFor();
    await page.locator(".editor-nav").getByRole("link", { name: renamed }).waitFor();

    await page.goto(`${baseUrl()}/editor/audit?user=${desk.id}`);
    const log = await page.locator("main").innerText();
    expect(log).toContain(`${desk.name} renamed the account “${desk.name}” to “${renamed}”`);
    // Entries made before the rename keep the name of the time.
    expect(log).toMatch(new RegExp(`${desk.name.replace(/[()]/g, "\\$&")} published article “Russian drones hit Odesa grain terminal`));
    expect(log).not.toContain(`${renamed} published`);
    await screenshot(page, "audit-after-rename-1440");
  }, 120_000);
});
