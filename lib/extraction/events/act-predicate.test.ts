import { describe, expect, it } from "vitest";
import { actPredicateType, deniesClaim } from "./act-predicate";
import { retype } from "./retype";
import { eventCtxOf } from "./test-context";
import type { FoundEvent } from "./context";
import { trainTypeModel } from "../type-model";

describe("actPredicateType", () => {
  it("reads the type from the clause's own past verb, or the reported clause's", () => {
    expect(actPredicateType("At the talks in Oslo, Latvian negotiators reportedly rejected a Finnish offer of a pause")).toBe("rejection");
    expect(actPredicateType("Rinkevics said Riga had proposed a second round of talks")).toBe("proposal");
    expect(actPredicateType("The council first threatened to cut fishing quotas in May")).toBe("threat_warning");
  });
  it("reads an office, a coalition or a bill from the clause's own verb with the object the type lexicon asks for", () => {
    expect(actPredicateType("Senator Ann Price introduced a resolution urging Moscow to free the journalists")).toBe("proposal");
    expect(actPredicateType("The presidency announced the resignation of the deputy foreign minister")).toBe("political_change");
    expect(actPredicateType("The Greens quit the ruling coalition on Sunday")).toBe("political_change");
    expect(actPredicateType("The tariffs were introduced in legislation passed in 2021")).toBeNull();
    expect(actPredicateType("The ministry announced a new round of shelters")).toBeNull();
  });
  it("not from a passive, an appeal or a verb of another clause", () => {
    expect(actPredicateType("The offer was rejected by Vilnius")).toBeNull();
    expect(actPredicateType("Riga urged its partners to send more ships")).toBeNull();
  });
});

describe("retype", () => {
  // A model that reads these words as "other" and knows "rejection" well enough to speak against it.
  const sure = trainTypeModel([
    ...Array.from({ length: 30 }, () => ({ clause: "Latvian negotiators rejected a Finnish offer of a fishing pause", label: "other" as const })),
    ...Array.from({ length: 30 }, () => ({ clause: "Latvian negotiators discussed a Finnish offer of a fishing pause", label: "other" as const })),
    ...Array.from({ length: 25 }, () => ({ clause: "Moscow turned down the Vienna venue for talks", label: "rejection" as const })),
  ]);
  const text = "Latvian negotiators rejected a Finnish offer of a fishing pause.";
  const event = (type: FoundEvent["type"], end = text.length) => ({ type, start: 0, end }) as FoundEvent;

  it("keeps a type the clause's own verb names against a model sure of another", () => {
    expect(retype(eventCtxOf(text), [event("rejection")], new Set(), sure)[0].type).toBe("rejection");
  });
  it("still lets the model overrule a type the clause's verb does not name", () => {
    const discussed = "Latvian negotiators discussed a Finnish offer of a fishing pause.";
    expect(retype(eventCtxOf(discussed), [event("rejection", discussed.length)], new Set(), sure)[0].type).toBe("other");
  });
});

describe("a claim denied", () => {
  it("is a rejection when the clause's subject denied it in the simple past", () => {
    expect(deniesClaim("The port authority denied it two days later.")).toBe(true);
    expect(deniesClaim("Oslo denied any role in the sabotage of the cable.")).toBe(true);
    expect(deniesClaim("The navy denied reports that its frigate had been sunk.")).toBe(true);
  });
  it("is no happening as a habit, nor when entry or access is refused", () => {
    expect(deniesClaim("The ministry has repeatedly denied the claims.")).toBe(false);
    expect(deniesClaim("Guards denied entry to four lorries.")).toBe(false);
  });
});
