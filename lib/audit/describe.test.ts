import { describe, expect, it } from "vitest";
import { describeEntry, fieldChanges, publishSummary } from "./describe";

const entry = (over: Partial<Parameters<typeof describeEntry>[0]>) => ({
  action: "update",
  entityType: "event",
  entityId: "e1",
  before: null,
  after: null,
  userName: "Jane Doe",
  entityLabel: "Putin and Trump meet in Alaska",
  ...over,
});

describe("audit entries in words", () => {
  it("names who and which record, as they were called at the time", () => {
    expect(describeEntry(entry({ action: "delete" }))).toBe("Jane Doe deleted event “Putin and Trump meet in Alaska”.");
    expect(describeEntry(entry({ action: "delete" }), false)).toBe("Jane Doe deleted this event.");
    expect(describeEntry(entry({ action: "delete", userName: null }))).toMatch(/^Someone \(account removed\)/);
  });

  it("summarises a publish by its items", () => {
    const after = { title: "Talks stall", statements: 3, newEvents: ["Strike on Kyiv"], mergedIntoEvents: ["Putin and Trump meet in Alaska"], newActors: ["Andrii Sybiha"] };
    expect(describeEntry(entry({ action: "publish", entityType: "article", entityLabel: "Talks stall", after }))).toBe(
      "Jane Doe published article “Talks stall” with 3 statements, 1 new event (“Strike on Kyiv”), added as a source to 1 stored event (“Putin and Trump meet in Alaska”), 1 new actor (Andrii Sybiha).",
    );
    // entries written before the summary existed
    expect(publishSummary({ statements: 1, events: 2 })).toBe("1 statement, 2 events");
  });

  it("lists changed fields only, by name, with ids shown as the records' names", () => {
    const before = { id: "e1", title: "Old", place: null, description: "", speakerId: "a1", version: 3, updatedAt: "2025-01-01T10:00:00.000Z", startDate: "2025-08-15T00:00:00.000Z" };
    const after = { title: "New", place: null, description: null, speakerId: "a2", startDate: "2025-08-15T00:00:00.000Z", actors: [{ actorId: "a1", role: "initiator" }] };
    const changes = fieldChanges({ before, after, names: { a1: "Vladimir Putin", a2: "Donald Trump" } });
    expect(changes).toEqual([
      { field: "title", before: "Old", after: "New" },
      { field: "speaker", before: "Vladimir Putin", after: "Donald Trump" },
      { field: "actors", before: "—", after: "Vladimir Putin (initiator)" },
    ]);
    expect(describeEntry(entry({ before, after, names: { a1: "Vladimir Putin", a2: "Donald Trump" } }), false)).toBe("Jane Doe changed title, speaker, actors of this event.");
    expect(describeEntry(entry({ before: { title: "Same" }, after: { title: "Same" } }))).toMatch(/without changes/);
  });

  it("tells a merge, a new source and a role change", () => {
    expect(describeEntry(entry({ entityType: "actor", entityLabel: "V. Putin", action: "merge", after: { mergedInto: "vladimir-putin" }, names: { "vladimir-putin": "Vladimir Putin" } }))).toBe(
      "Jane Doe merged actor “V. Putin” into “Vladimir Putin”.",
    );
    expect(describeEntry(entry({ after: { addedSource: "Alaska summit ends", addedActors: 0 } }), false)).toBe("Jane Doe added the article “Alaska summit ends” as a source of this event.");
    expect(describeEntry(entry({ entityType: "user", entityLabel: "Sam", action: "set_role", before: { role: "editor" }, after: { role: "admin" } }))).toBe(
      "Jane Doe changed the role of user “Sam” from editor to admin.",
    );
  });
});
