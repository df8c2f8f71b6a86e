import { describe, expect, it } from "vitest";
import { actorEditSchema, eventEditSchema, mergeActorsSchema, statementEditSchema } from "./correction-schemas";
import { readTypedDate } from "@/lib/dates/typed-date";
import { checkReview } from "./publish";
import { accountName, articleFieldsSchema, fieldErrors, partialDate, profileSchema, publishInputSchema, reviewActorSchema } from "./schemas";

const valid = { title: "T", publication: "P", publishedOn: "2025-09-07", body: "Body\twith a tab.\nAnd a line." };

describe("editor schemas", () => {
  it("accept tabs and line breaks but refuse other control characters, per field", () => {
    expect(articleFieldsSchema.safeParse(valid).success).toBe(true);
    const bad = articleFieldsSchema.safeParse({ ...valid, title: "T\u0000", body: "x\u000by" });
    expect(bad.success).toBe(false);
    expect(fieldErrors(bad.error!)).toEqual({ title: "Remove the invisible control characters.", body: "Remove the invisible control characters." });
  });

  it("refuse dates PostgreSQL cannot store or that do not exist", () => {
    for (const d of ["0000-01-01", "0999", "2025-02-29", "2025-13"]) expect(partialDate.safeParse(d).success, d).toBe(false);
    for (const d of ["2025", "2025-09", "2024-02-29"]) expect(partialDate.safeParse(d).success, d).toBe(true);
    expect(fieldErrors(articleFieldsSchema.safeParse({ ...valid, publishedOn: "0000-01-01" }).error!)).toEqual({ publishedOn: "That date does not exist." });
  });

  it("refuse ids and versions PostgreSQL would choke on, before any query", () => {
    const statement = { id: "c1", version: 1, speakerId: "c2", text: "Words.", direct: true, saidPrecision: "unknown", verified: true };
    expect(statementEditSchema.safeParse(statement).success).toBe(true);
    for (const version of [0, -1, 1.5, 2 ** 31, 1e20, "NaN", "9".repeat(30)]) {
      expect(fieldErrors(statementEditSchema.safeParse({ ...statement, version }).error!), String(version)).toEqual({ version: "Not a version." });
    }
    for (const id of ["c1\u0000", "", "a b", "x".repeat(101), "'; drop"]) {
      expect(fieldErrors(statementEditSchema.safeParse({ ...statement, speakerId: id }).error!), id).toEqual({ speakerId: "Not a record id." });
    }
    expect(mergeActorsSchema.safeParse({ sourceId: "a\u0000", targetId: "b" }).success).toBe(false);
    expect(reviewActorSchema.safeParse({ key: "k", decision: "existing", actorId: "a\u0000", name: "N", kind: "person" }).success).toBe(false);
    const publish = { article: valid, review: { actors: [], statements: [], events: [] } };
    expect(publishInputSchema.safeParse({ ...publish, draftId: "d\u0000" }).success).toBe(false);
    expect(publishInputSchema.safeParse({ ...publish, draftId: "d1", draftVersion: 2 ** 31 }).success).toBe(false);
    expect(publishInputSchema.safeParse({ ...publish, draftId: "d1", draftVersion: 3 }).success).toBe(true);
  });

  it("ask a kept statement for its speaker, never a rejected one the engine found no speaker for", () => {
    const statement = { accepted: true, speakerKey: "", text: "Words.", direct: true, start: 0, end: 6 };
    const publish = (s: typeof statement) => publishInputSchema.safeParse({ article: valid, review: { actors: [], statements: [s], events: [] } });
    expect(fieldErrors(publish(statement).error!)).toEqual({ "review.statements.0.speakerKey": "Choose who said it." });
    expect(publish({ ...statement, accepted: false }).success).toBe(true);
  });

  it("refuse a date whose precision does not fit it, under the date's field, in publish, drafts and corrections alike", () => {
    const event = { accepted: true, title: "Strike", type: "other", date: "2026-03-05", datePrecision: "month", actors: [], start: 0, end: 6 };
    const statement = { accepted: true, speakerKey: "a", text: "Words.", direct: true, saidOn: "2026", saidPrecision: "day", start: 0, end: 6 };
    const review = { actors: [], statements: [statement], events: [event] };
    expect(fieldErrors(publishInputSchema.safeParse({ article: valid, review }).error!)).toEqual({
      "review.statements.0.saidOn": "A day is written as YYYY-MM-DD, not “2026”.",
      "review.events.0.date": "A month is written as YYYY-MM, not “2026-03-05”.",
    });
    const edit = { id: "e1", version: 2, title: "Strike", type: "other", date: "2026-03-05", datePrecision: "month", actors: [], verified: true };
    expect(fieldErrors(eventEditSchema.safeParse(edit).error!)).toEqual({ date: "A month is written as YYYY-MM, not “2026-03-05”." });
    expect(eventEditSchema.parse({ ...edit, date: "2026-03" })).toMatchObject({ date: "2026-03", datePrecision: "month" });
    const said = { id: "s1", version: 2, speakerId: "a1", text: "Words.", direct: true, saidOn: "2026-03", saidPrecision: "unknown", verified: true };
    expect(fieldErrors(statementEditSchema.safeParse(said).error!)).toEqual({ saidOn: expect.stringMatching(/precision says unknown/) });
  });

  it("refuse a precision sent with no date, under the date's field, and change nothing", () => {
    const event = { accepted: true, title: "Strike", type: "other", datePrecision: "month", actors: [], start: 0, end: 6 };
    const statement = { accepted: true, speakerKey: "a", text: "Words.", direct: true, saidOn: "", saidPrecision: "day", start: 0, end: 6 };
    const review = { actors: [], statements: [statement], events: [event] };
    expect(fieldErrors(publishInputSchema.safeParse({ article: valid, review }).error!)).toEqual({
      "review.statements.0.saidOn": "The precision says day, but there is no date: give the date, or set the precision to unknown.",
      "review.events.0.date": "The precision says month, but there is no date: give the date, or set the precision to unknown.",
    });
    const edit = { id: "e1", version: 2, title: "Strike", type: "other", date: "", datePrecision: "year", actors: [], verified: true };
    expect(fieldErrors(eventEditSchema.safeParse(edit).error!)).toEqual({ date: expect.stringMatching(/precision says year, but there is no date/) });
    const said = { id: "s1", version: 2, speakerId: "a1", text: "Words.", direct: true, saidPrecision: "week", verified: true };
    expect(fieldErrors(statementEditSchema.safeParse(said).error!)).toEqual({ saidOn: expect.stringMatching(/precision says week/) });
    // No date and no precision is the unknown date, as before.
    expect(eventEditSchema.parse({ ...edit, datePrecision: "unknown" })).toMatchObject({ date: undefined, datePrecision: "unknown" });
  });

  it("keep a date typed and refused on its item, cut and cleaned rather than refused", () => {
    const event = { accepted: true, title: "Strike", type: "other", datePrecision: "unknown", actors: [], start: 0, end: 4 };
    const review = { actors: [], statements: [], events: [{ ...event, refusedWhen: "Tuesday\u0000-ish" }, { ...event, refusedWhen: "x".repeat(300) }] };
    const parsed = publishInputSchema.parse({ article: valid, review });
    expect(parsed.review.events.map((e) => e.refusedWhen)).toEqual(["Tuesday -ish", "x".repeat(200)]);
    expect(publishInputSchema.safeParse({ article: valid, review: { ...review, events: [{ ...event, refusedWhen: 5 }] } }).success).toBe(false);
    // An empty or blank "When" is an unknown date, not a refusal.
    const blank = publishInputSchema.parse({ article: valid, review: { ...review, events: [{ ...event, refusedWhen: "" }, { ...event, refusedWhen: " \u0000 " }] } });
    expect(blank.review.events.map((e) => e.refusedWhen)).toEqual([undefined, undefined]);
    // Dates are Publish's to hold back (publish-checks), not the shape check's.
    expect(checkReview(parsed.article, parsed.review)).toEqual({});
  });

  it("read a day and a precision from the When field's text into what the correction schemas take; they refuse a day that does not exist", () => {
    const event = { id: "e1", version: 2, title: "Strike", type: "other", actors: [], verified: true };
    const statement = { id: "s1", version: 2, speakerId: "a1", text: "Words.", direct: true, verified: true };
    for (const typed of ["2026-03-05", "5 March 2026", "2026-W10", "March 2026", "2026-Q1", "2026", ""]) {
      const when = readTypedDate(typed);
      if (!when) throw new Error(`refused ${typed}`);
      expect(eventEditSchema.safeParse({ ...event, date: when.date, datePrecision: when.precision }).success, typed).toBe(true);
      expect(statementEditSchema.safeParse({ ...statement, saidOn: when.date, saidPrecision: when.precision }).success, typed).toBe(true);
    }
    expect(readTypedDate("2026-02-30")).toBeNull();
    const posted = eventEditSchema.safeParse({ ...event, date: "2026-02-30", datePrecision: "day" });
    expect(fieldErrors(posted.error!)).toEqual({ date: "That date does not exist." });
  });

  it("keep the pairs of events an editor called different in the draft, and refuse anything else there", () => {
    const review = { actors: [], statements: [], events: [], notSame: ["0:3"] };
    expect(publishInputSchema.parse({ article: valid, review }).review.notSame).toEqual(["0:3"]);
    expect(publishInputSchema.safeParse({ article: valid, review: { ...review, notSame: ["0:x"] } }).success).toBe(false);
  });

  it("strip right-to-left overrides and isolates from names and titles, keep the body's text as pasted", () => {
    const actor = actorEditSchema.parse({ id: "a1", version: 1, name: "Evil\u202E Corp", kind: "other", aliases: ["\u2067EC\u2069"] });
    expect(actor.name).toBe("Evil Corp");
    expect(actor.aliases).toEqual(["EC"]);
    const event = eventEditSchema.parse({ id: "e1", version: 2, title: "\u202EStrike", type: "other", datePrecision: "unknown", actors: [], verified: true });
    expect(event.title).toBe("Strike");
    const article = articleFieldsSchema.parse({ ...valid, title: "Title\u202D", body: "Body \u202E kept" });
    expect(article.title).toBe("Title");
    expect(article.body).toBe("Body \u202E kept"); // statements point into the body by offset
    expect(actorEditSchema.safeParse({ id: "a1", version: 1, name: "\u202E", kind: "other", aliases: [] }).success).toBe(false);
  });
});

// `npm run user:create -- --name <500 characters>` once answered zod's "Too big: expected string to have <=120 characters".
it("an account name over the limit is refused in a sentence naming it, the same for forms and CLI", () => {
  const long = "x".repeat(500);
  expect(accountName.safeParse(long).error?.issues.map((i) => i.message)).toEqual(["The name is too long (at most 100 characters)."]);
  expect(fieldErrors(profileSchema.safeParse({ name: long }).error!)).toEqual({ name: "The name is too long (at most 100 characters)." });
  expect(accountName.parse("  Olena Kovalenko ")).toBe("Olena Kovalenko");
});
