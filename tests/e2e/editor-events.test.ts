import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, servedDatabase, signIn, type Account } from "../support/accounts";
import { baseUrl } from "../support/served";
import { launchBrowser, screenshot } from "../support/browser";
import { selectInArticle } from "../support/article-selection";
import { until } from "../support/wait";

// Correcting a proposed event as an editor does: its title, type, date and precision in one field (a
// statement's date too), an actor's role in one click, and the same happening told twice folded before it is published.
// The article is written for this test (invented), and the events are placed by selecting text, so the
// test does not depend on what the extraction engine proposes.
const ARTICLE = `Drones hit Varenko grain terminal as Geneva talks stall

By Anna Berg in Kyiv March 12, 2026

Regional governor Oksana Lytvyn said on Tuesday that three drones struck the grain terminal in the port city of Varenko overnight, killing two dock workers.

"The fire burned until dawn," Lytvyn told reporters. Russia's Northern Command claimed responsibility on Wednesday.

In Geneva, negotiators met on Monday for a third round of talks mediated by Switzerland. Ignazio Cassis said the meeting produced "no breakthrough."

Officials said the drone strike on the Varenko grain terminal was the third since January.`;

// Invented too: a pier shelled on a Tuesday that Faultline already holds as a stored event (created below).
const PIER = `Ostrava Bay ferry pier shelled again, harbour master says

By Lena Korh in Ostrava March 12, 2026

Harbour master Petro Valk said artillery shelled the ferry pier in Ostrava Bay on Tuesday, wrecking two moorings.

"We will rebuild the moorings within a month," Valk told the Ostrava Herald on Wednesday.`;

let browser: Browser;
let editor: Account;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ editor } = await createAccounts("events", { editor: "editor" }));
});

afterAll(async () => {
  await browser?.close();
});

/** Adds the words as a new event: its line opens. */
async function addEventFrom(page: Page, words: string): Promise<string> {
  const count = await page.locator("section[aria-label=Events] li.rv-row").count();
  await selectInArticle(page, words);
  await page.locator(".selection-bar").getByRole("button", { name: "New event" }).click();
  await page.locator("section[aria-label=Events] li.rv-row").nth(count).waitFor();
  return `#rv-e-${count}`;
}

const summaryOf = (page: Page, row: string) => page.locator(`${row} .rv-summary`).innerText();

describe("correcting a proposed event", () => {
  it("title, type, When, a role and a repeat, each in few actions; bad dates refused and nothing changed", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await page.goto(`${baseUrl()}/editor/articles/new`);
    await page.fill("#raw", ARTICLE);
    await page.fill("#article-sourceUrl", `https://example.org/varenko-${Date.now()}`);
    await page.fill("#article-publication", "The Test Courier");
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.locator(".rv-progress").waitFor({ timeout: 60_000 });

    // A proposed event opens on its title, selected: typing replaces it, and a corrected line counts as
    // reviewed (no ✓ to press after).
    const proposed = "#rv-e-0";
    expect(await page.getAttribute(proposed, "class")).not.toContain("is-accepted");
    await page.locator(`${proposed} .rv-summary`).click();
    await page.waitForFunction(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return el?.id === "ev-0-title" && el.selectionStart === 0 && el.selectionEnd === el.value.length;
    });
    await page.keyboard.type("Governor reports the night's attack");
    expect(await summaryOf(page, proposed)).toContain("Governor reports the night's attack");
    expect(await page.getAttribute(proposed, "class")).toContain("is-accepted");
    await page.locator(`${proposed} button[aria-label=Reject]`).click();

    // A new event opens the same way.
    const strike = await addEventFrom(page, "three drones struck the grain terminal in the port city of Varenko");
    const id = strike.replace("#rv-e-", "#ev-");
    await page.waitForFunction((sel) => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return el?.id === sel && el.selectionStart === 0 && el.selectionEnd === el.value.length;
    }, `${id.slice(1)}-title`);
    await page.keyboard.type("Drones strike Varenko grain terminal");
    expect(await summaryOf(page, strike)).toContain("Drones strike Varenko grain terminal");
    await page.selectOption(`${id}-type`, "missile_drone_strike");
    expect(await summaryOf(page, strike)).toContain("Missile or drone strike");

    // The When field: a date and its precision in one text; what it cannot read is refused and changes nothing.
    const when = `${id}-when-date`;
    for (const bad of ["2026-02-30", "last Tuesday"]) {
      await page.fill(when, bad);
      await page.press(when, "Enter");
      await page.locator(`${strike} [role=alert]`).waitFor();
      expect(await page.locator(`${strike} [role=alert]`).innerText()).toContain(`“${bad}” is not a date Faultline can read`);
      expect(await page.getAttribute(when, "aria-invalid")).toBe("true");
      expect(await summaryOf(page, strike)).toContain("no date");
    }
    await screenshot(page, "editor-events-bad-date");
    for (const [typed, reads] of [["March 2026", "Mar 2026"], ["2026-W11", "week of 9 Mar 2026"], ["2026-Q1", "Q1 2026"], ["2026-03-10", "10 Mar 2026"]]) {
      await page.fill(when, typed);
      await page.press(when, "Tab");
      await page.waitForFunction(([row, text]) => document.querySelector(`${row} .rv-summary`)?.textContent?.includes(text), [strike, reads]);
      expect(await page.locator(`${strike} [role=alert]`).count()).toBe(0);
    }
    expect(await page.inputValue(when)).toBe("2026-03-10");

    // One click links an actor with its role; the pressed role again takes it out. Actors named in the
    // event's paragraph come first.
    const firstActor = page.locator(`${strike} fieldset [role=group]`).first();
    expect(await firstActor.getAttribute("aria-label")).toMatch(/Lytvyn|Varenko/);
    const target = firstActor.getByRole("button", { name: "target" });
    await target.click();
    expect(await target.getAttribute("aria-pressed")).toBe("true");
    await firstActor.getByRole("button", { name: "initiator" }).click();
    expect(await target.getAttribute("aria-pressed")).toBe("false");
    expect(await firstActor.getByRole("button", { name: "initiator" }).getAttribute("aria-pressed")).toBe("true");
    await firstActor.getByRole("button", { name: "initiator" }).click();
    expect(await firstActor.locator("[aria-pressed=true]").count()).toBe(0);
    await screenshot(page, "editor-events-corrected");

    // A statement's "Said on" is the same field: refused and unchanged, or read with its precision.
    const statementRows = page.locator("section[aria-label=Statements] li.rv-row");
    const statementCount = await statementRows.count();
    await selectInArticle(page, "The fire burned until dawn");
    await page.locator(".selection-bar").getByRole("button", { name: "New statement" }).click();
    const said = `#st-${statementCount}-said-date`;
    await page.fill(said, "31 June 2026");
    await page.press(said, "Enter");
    await page.locator(`#rv-s-${statementCount} [role=alert]`).waitFor();
    await page.fill(said, "march 2026");
    await page.press(said, "Tab");
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === "2026-03", said);
    expect(await page.locator(`#rv-s-${statementCount}`).innerText()).toContain("Reads as: Mar 2026");
    // Accepted below with the rest, so it needs its speaker (only rejected lines may have none).
    await page.selectOption(`#st-${statementCount}-speaker`, { index: 1 });

    // The same strike told again further down: warned on its line, refused at publish, folded in one click.
    await page.locator("section[aria-label=Events]").getByRole("button", { name: "Reject the rest" }).click();
    const repeat = await addEventFrom(page, "the drone strike on the Varenko grain terminal");
    await page.keyboard.press("Escape");
    const warning = page.locator(`${repeat} [aria-label="Told twice in this article?"]`);
    await warning.waitFor();
    expect(await warning.innerText()).toContain("Drones strike Varenko grain terminal");
    for (const group of ["Actors", "Statements"]) {
      const rest = page.locator(`section[aria-label=${group}]`).getByRole("button", { name: "Accept the rest" });
      if (await rest.count()) await rest.click();
    }
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.locator("form [role=alert]").first().waitFor({ timeout: 60_000 });
    expect(await page.locator("form [role=alert]").first().innerText()).toMatch(/One event seems told twice.*Nothing was published/);
    expect(await page.getAttribute(repeat, "class")).toContain("has-problem");
    await screenshot(page, "editor-events-told-twice");
    // Rejected lines (one ellipsised line each) once widened the list past its pane, cutting this button off.
    const [button, pane] = await Promise.all([warning.getByRole("button", { name: "Fold into it (f)" }).boundingBox(), page.locator(".review-pane").boundingBox()]);
    expect(button!.x + button!.width).toBeLessThanOrEqual(pane!.x + pane!.width);
    await warning.getByRole("button", { name: "Fold into it (f)" }).click();
    await page.waitForFunction((row) => document.querySelector(row)?.classList.contains("is-rejected"), repeat);
    expect(await page.getAttribute(repeat, "class")).not.toContain("has-problem");

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/articles/"), { timeout: 60_000 });
    expect(await page.locator("body").innerText()).toContain("Drones strike Varenko grain terminal");
    await context.close();
  }, 240_000);

  it("a date it cannot read and a likely stored duplicate hold Publish back, by name, until fixed or reset and decided", async () => {
    const stamp = Date.now();
    const db = servedDatabase();
    const stored = await db.event.create({
      data: { title: `Shelling of the Ostrava ferry pier ${stamp}`, type: "missile_drone_strike", place: "Ostrava Bay", datePrecision: "day", startDate: new Date("2026-03-10T00:00:00Z") },
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await page.goto(`${baseUrl()}/editor/articles/new`);
    await page.fill("#raw", PIER);
    await page.fill("#article-sourceUrl", `https://example.org/ostrava-pier-${stamp}`);
    await page.fill("#article-publication", "The Test Courier");
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.locator(".rv-progress").waitFor({ timeout: 60_000 });
    for (const group of ["Statements", "Events"]) {
      const rest = page.locator(`section[aria-label=${group}]`).getByRole("button", { name: "Reject the rest" });
      if (await rest.count()) await rest.click();
    }
    const actors = page.locator("section[aria-label=Actors]").getByRole("button", { name: "Accept the rest" });
    if (await actors.count()) await actors.click();

    // The pier's shelling, dated and placed: the review finds the stored event and offers it on the line.
    const pier = await addEventFrom(page, "artillery shelled the ferry pier in Ostrava Bay on Tuesday");
    const id = pier.replace("#rv-e-", "#ev-");
    await page.waitForFunction((sel) => document.activeElement?.id === sel, `${id.slice(1)}-title`);
    await page.keyboard.type("Artillery shells Ostrava ferry pier");
    await page.fill(`${id}-place`, "Ostrava Bay");
    const when = `${id}-when-date`;
    await page.fill(when, "2026-03-10");
    await page.press(when, "Tab");
    const offer = page.locator(`${pier} [aria-label="Likely already in Faultline"]`);
    await offer.waitFor({ timeout: 30_000 });
    expect(await offer.innerText()).toContain(stored.title);

    // A date typed and left with Escape: the line closes, keeps the last good date, and keeps the typed text.
    await page.fill(when, "Tuesday-ish");
    await page.press(when, "Escape");
    const held = page.locator(`${pier} [aria-label="Date not read"]`);
    await held.waitFor();
    expect(await held.innerText()).toContain("“Tuesday-ish” is not a date Faultline can read. Write 2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown. The line still holds 10 Mar 2026.");
    expect(await summaryOf(page, pier)).toContain("10 Mar 2026");
    await screenshot(page, "editor-events-held-date");

    // Publish names the event for both, and publishes nothing.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const alert = page.locator("form.editor-form > [role=alert]");
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.innerText();
    expect(text).toContain(`“Artillery shells Ostrava ferry pier” may already be in Faultline as “${stored.title}”: merge it into that event, or say it is not the same.`);
    expect(text).toContain("The date typed for “Artillery shells Ostrava ferry pier”, “Tuesday-ish”, is not a date Faultline can read.");
    expect(text).toContain("Nothing was published");
    expect(new URL(page.url()).pathname).toBe("/editor/articles/new");
    expect(await page.getAttribute(pier, "class")).toContain("has-problem");
    await screenshot(page, "editor-events-publish-held-back");

    // The refused text is saved with the draft: reopened, the line still shows it and Publish still names it.
    const sourceUrl = `https://example.org/ostrava-pier-${stamp}`;
    await until("the draft to keep the refused date", async () => {
      const draft = await db.article.findFirst({ where: { sourceUrl, status: "draft" } });
      return JSON.stringify(draft?.reviewState ?? null).includes("Tuesday-ish");
    }, { timeoutMs: 30_000 });
    await page.waitForFunction(() => /Draft saved at/.test(document.querySelector(".review-bar .save-status")?.textContent ?? ""), undefined, { timeout: 30_000 });
    await page.goto(page.url());
    await page.locator(".rv-progress").waitFor({ timeout: 60_000 });
    await held.waitFor();
    expect(await held.innerText()).toContain("“Tuesday-ish”");
    await offer.waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).toContain("The date typed for “Artillery shells Ostrava ferry pier”, “Tuesday-ish”, is not a date Faultline can read.");

    // Fix it reopens the field on the refused text; Reset brings back the date the line holds.
    await held.getByRole("button", { name: "Fix it" }).click();
    expect(await page.inputValue(when)).toBe("Tuesday-ish");
    expect(await page.locator(`${pier} .when-field [role=alert]`).innerText()).toContain("“Tuesday-ish” is not a date Faultline can read");
    await page.locator(`${pier} .when-field`).getByRole("button", { name: "Reset to 2026-03-10" }).click();
    expect(await page.inputValue(when)).toBe("2026-03-10");

    // "Publish as a new event", chosen in the opened event, decides the stored duplicate as "Not the same" does.
    const publishAsNew = page.locator(`${pier} [aria-label="Similar events already in Faultline"]`).getByLabel("Publish as a new event");
    expect(await publishAsNew.isChecked()).toBe(false);
    await publishAsNew.check();
    await offer.waitFor({ state: "detached" });
    await page.locator(`${pier} .rv-summary`).click();
    expect(await held.count()).toBe(0);
    expect(await offer.count()).toBe(0);
    await page.waitForFunction((row) => !document.querySelector(row)?.classList.contains("has-problem"), pier);

    // Meanwhile another editor stores the same shelling: the screen was not told, the server is, and refuses.
    const meanwhile = await db.event.create({
      data: { title: `Ostrava ferry pier shelled, wire report ${stamp}`, type: "missile_drone_strike", place: "Ostrava Bay", datePrecision: "day", startDate: new Date("2026-03-10T00:00:00Z") },
    });
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.waitForFunction((title) => document.querySelector("form.editor-form > [role=alert]")?.textContent?.includes(title), meanwhile.title, { timeout: 60_000 });
    expect(await alert.innerText()).toContain(`“Artillery shells Ostrava ferry pier” may already be in Faultline as “${meanwhile.title}”: merge it into that event, or say it is not the same.`);
    expect(new URL(page.url()).pathname).toBe("/editor/articles/new");
    // The line is told of it too, with its merge and "Not the same".
    await page.waitForFunction(([row, title]) => document.querySelector(`${row} [aria-label="Likely already in Faultline"]`)?.textContent?.includes(title), [pier, meanwhile.title] as const, { timeout: 30_000 });
    expect(await page.getAttribute(pier, "class")).toContain("has-problem");
    await screenshot(page, "editor-events-server-held-back");
    await offer.getByRole("button", { name: "Not the same (n)" }).click();
    await offer.waitFor({ state: "detached" });
    await page.waitForFunction((row) => !document.querySelector(row)?.classList.contains("has-problem"), pier);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/articles/"), { timeout: 60_000 });
    const published = await db.event.findFirstOrThrow({ where: { title: "Artillery shells Ostrava ferry pier" } });
    expect([stored.id, meanwhile.id]).not.toContain(published.id);
    expect(published.startDate).toEqual(new Date("2026-03-10T00:00:00Z"));
    await context.close();
  }, 240_000);

  it("offers no stored state for its armed forces, and says so when the duplicate re-check cannot be answered", async () => {
    const stamp = Date.now();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await page.goto(`${baseUrl()}/editor/articles/new`);
    await page.fill("#raw", ARTICLE);
    await page.fill("#article-sourceUrl", `https://example.org/varenko-recheck-${stamp}`);
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.locator(".rv-progress").waitFor({ timeout: 60_000 });
    // "Russia's Northern Command" is an armed force: the demo's stored state "Russia" is never offered for it.
    const actors = page.locator("section[aria-label=Actors]");
    const command = actors.locator("li.rv-row").filter({ hasText: "Northern Command" }).first();
    await command.waitFor();
    expect(await command.innerText()).toMatch(/armed force/);
    expect(await actors.getByText("Already in Faultline as “Russia”").count()).toBe(0);

    // The session ends while the editor works (signed out in another tab): the next re-check of stored duplicates is
    // refused, and the bar says why instead of leaving stale offers unexplained.
    await context.clearCookies();
    await addEventFrom(page, "negotiators met on Monday for a third round of talks");
    await page.keyboard.type("Negotiators meet in Geneva");
    const failed = page.locator(".review-bar .save-failed[role=alert]").filter({ hasText: "Could not look again for events already in Faultline: Sign in to do this." }).first();
    await failed.waitFor({ timeout: 30_000 });
    await screenshot(page, "review-recheck-failed");
    await context.close();
  }, 240_000);
});
