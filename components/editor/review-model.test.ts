import { describe, expect, it } from "vitest";
import type { EditorArticle } from "@/lib/editor/analyse";
import { reviewSchema, type Review, type ReviewActor } from "@/lib/editor/schemas";
import { listSuggestions, splitList } from "./ListInput";
import { undecidedStored } from "@/lib/editor/publish-checks";
import { actorCandidates, likelyStoredActor, decide, decidedNew, decideRest, isRejected, itemOrder, LIKELY_ACTOR, progress, publishAsNewPatch, withRefusedDate } from "./review-model";

const body = "Peskov said talks had “stalled”. Later, Zelenskiy met Erdogan in Ankara.";
const article: EditorArticle = { sourceUrl: "", title: "Talks stall", standfirst: "", authors: [], topics: [], publication: "P", publishedOn: "2025-06-15", dateline: "", body };
const span = (words: string) => ({ part: "body" as const, start: body.indexOf(words), end: body.indexOf(words) + words.length });
const review: Review = reviewSchema.parse({
  actors: [
    { key: "z", decision: "existing", actorId: "z1", name: "Zelenskiy", kind: "person", aliases: [] },
    { key: "p", decision: "new", name: "Peskov", kind: "person", aliases: [] },
  ],
  statements: [{ accepted: true, speakerKey: "p", text: "stalled", direct: true, saidPrecision: "unknown", ...span("stalled") }],
  events: [
    { accepted: true, title: "Meeting", type: "summit_talks", datePrecision: "unknown", actors: [], ...span("Zelenskiy met Erdogan") },
    { accepted: true, title: "Talks", type: "summit_talks", datePrecision: "unknown", actors: [], ...span("Peskov said talks") },
  ],
});

describe("the review screen's items", () => {
  it("orders actors by first mention and statements and events by their place in the text", () => {
    expect(itemOrder(article, review)).toEqual({ actors: ["a:p", "a:z"], statements: ["s:0"], events: ["e:1", "e:0"] });
  });

  it("counts \"Publish as a new event\" as \"Not the same\" for every stored event offered, merged or not before", () => {
    const stored = { 0: [{ id: "s1", title: "Meeting in Ankara" }, { id: "s2", title: "Ankara talks" }] };
    const undecided = review.events[0];
    expect(decidedNew(undecided, stored[0])).toBe(false);
    const chosen = { ...undecided, ...publishAsNewPatch(undecided, stored[0]) };
    expect(chosen).toMatchObject({ mergeInto: undefined, notSameAs: ["s1", "s2"], reviewed: true });
    expect(decidedNew(chosen, stored[0])).toBe(true);
    expect(undecidedStored({ events: [chosen] }, stored).size).toBe(0);
    // Taken back from a merge, it is decided too: no stored event is left to ask about.
    const merged = { ...undecided, mergeInto: "s2", notSameAs: ["s1"] };
    const unmerged = { ...merged, ...publishAsNewPatch(merged, stored[0]) };
    expect(unmerged).toMatchObject({ mergeInto: undefined, notSameAs: ["s1", "s2"] });
    expect(undecidedStored({ events: [unmerged] }, stored).size).toBe(0);
  });

  it("keeps a date typed and refused on its item (so in the draft) until it is fixed or reset", () => {
    const held = withRefusedDate(review, "e:0", "Tuesday-ish");
    expect(held.events.map((e) => e.refusedWhen)).toEqual(["Tuesday-ish", undefined]);
    const both = withRefusedDate(held, "s:0", "last week");
    expect(both.statements[0].refusedWhen).toBe("last week");
    // Typed again, the newer text is kept; fixed or reset, it is forgotten.
    expect(withRefusedDate(both, "e:0", "Tue").events[0].refusedWhen).toBe("Tue");
    const fixed = withRefusedDate(withRefusedDate(both, "e:0", null), "s:0", null);
    expect([...fixed.events, ...fixed.statements].map((x) => x.refusedWhen)).toEqual([undefined, undefined, undefined]);
    // Kept through the draft's schema, as the draft saves and reopens it (JSON drops a forgotten one).
    const reopened = reviewSchema.parse(JSON.parse(JSON.stringify(both)));
    expect([reopened.events[0].refusedWhen, reopened.statements[0].refusedWhen]).toEqual(["Tuesday-ish", "last week"]);
  });

  it("counts decisions; rejecting an actor drops it and accepting it again restores its match", () => {
    expect(progress(review)).toEqual({ reviewed: 0, total: 5 });
    const dropped = decide(review, "a:z", false);
    expect(isRejected(dropped, "a:z")).toBe(true);
    expect(decide(dropped, "a:z", true).actors[0]).toMatchObject({ decision: "existing", actorId: "z1", reviewed: true });
    const rest = decideRest(decide(review, "e:0", false), ["e:0", "e:1"], true);
    expect(rest.events.map((e) => e.accepted)).toEqual([false, true]);
    expect(progress(rest)).toEqual({ reviewed: 2, total: 5 });
  });
});

describe("list fields", () => {
  it("split on commas and keep the spaces inside a name", () => {
    expect(splitList("Ben Aris, Jane van Doe ,, ")).toEqual(["Ben Aris", "Jane van Doe"]);
  });
});

describe("stored actors offered for a proposed one", () => {
  const known = [
    { id: "z", name: "Volodymyr Zelensky", kind: "person", aliases: ["Zelenskyy", "Zelenskiy"] },
    { id: "p", name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
    { id: "u", name: "Ukraine", kind: "state", aliases: [] },
  ];
  const proposed = (name: string, aliases: string[] = [], kind: ReviewActor["kind"] = "person") => ({ name, aliases, kind, actorId: undefined, decision: "new" as ReviewActor["decision"] });

  it("compares names and aliases, transliterations included", () => {
    const [best] = actorCandidates(proposed("Zelenskyy"), known);
    expect(best.actor.id).toBe("z");
    expect(best.score).toBe(1);
    // Only the stored alias matches: no word of "Volodymyr Zelensky" is "Zelenskyy" exactly.
    expect(actorCandidates(proposed("President Zelenskyy"), [{ id: "z", name: "Volodymyr Zelensky", kind: "person", aliases: ["President Zelenskyy"] }])[0].score).toBe(1);
    expect(actorCandidates(proposed("Volodymyr Zelenskyy"), known)[0].actor.id).toBe("z");
    expect(actorCandidates(proposed("Sergei Lavrov"), known)).toEqual([]);
  });

  it("never offers an actor as its own owner ('Ukraine's Northern Command' is not Ukraine), as the server's check does", () => {
    expect(actorCandidates(proposed("Northern Command", ["Ukraine's Northern Command"]), known)).toEqual([]);
    expect(actorCandidates(proposed("Ukraine's Northern Command"), known)).toEqual([]);
  });

  it("offers as already stored only an actor whose kind fits: a state is not its armed forces", () => {
    // "Northern Command of Ukraine" shares Ukraine's one word, but an armed force is never offered as a state.
    expect(likelyStoredActor(proposed("Northern Command", ["Northern Command of Ukraine"], "armed_force"), known)).toBeUndefined();
    expect(likelyStoredActor(proposed("Republic of Ukraine", [], "state"), known)?.id).toBe("u");
    // In the "In Faultline" list too, a stored actor of a fitting kind comes first, however alike the other's name.
    const both = [{ id: "o", name: "Azov", kind: "organization", aliases: [] }, { id: "a", name: "Azov Regiment", kind: "armed_force", aliases: [] }];
    expect(actorCandidates(proposed("Azov", [], "armed_force"), both).map((c) => c.actor.id)).toEqual(["a", "o"]);
    const stored = [...known, { id: "f", name: "Ukrainian Armed Forces", kind: "armed_force", aliases: ["Armed Forces of Ukraine"] }];
    expect(likelyStoredActor(proposed("Armed Forces", [], "armed_force"), stored)?.id).toBe("f");
    expect(likelyStoredActor(proposed("Ukrainian forces", [], "state"), [{ id: "f", name: "Ukrainian forces", kind: "armed_force", aliases: [] }])).toBeUndefined();
    // A kind the engine could not tell ("other") fits any.
    expect(likelyStoredActor(proposed("Ukrainian forces", [], "other"), [{ id: "f", name: "Ukrainian forces", kind: "armed_force", aliases: [] }])?.id).toBe("f");
    expect(likelyStoredActor(proposed("Zelenskiy"), known)?.id).toBe("z");
    // Only a new actor is offered one: once matched or dropped, it is decided.
    expect(likelyStoredActor({ ...proposed("Zelenskiy"), decision: "existing" }, known)).toBeUndefined();
    // A described source is somebody of this article only, however alike a stored one's name.
    expect(likelyStoredActor({ ...proposed("a Western diplomat"), unnamed: true }, [{ id: "d", name: "a Western diplomat", kind: "person", aliases: [] }])).toBeUndefined();
  });

  it("never offers another person who shares a given name or, with a surname alias stored, only a surname", () => {
    const trump = { id: "t", name: "Donald Trump", kind: "person", aliases: ["Trump"] };
    expect(likelyStoredActor(proposed("Donald Tusk"), [trump])).toBeUndefined();
    expect(actorCandidates(proposed("Donald Tusk"), [trump])).toEqual([]);
    expect(likelyStoredActor(proposed("Melania Trump"), [trump])).toBeUndefined();
    expect(likelyStoredActor(proposed("Trump"), [{ ...trump, aliases: [] }])?.id).toBe("t");
    expect(likelyStoredActor(proposed("Volodymyr Zelenskiy"), known)?.id).toBe("z");
    // Two names of one word each say too little: "Iryna" of one article is rarely "Irina" of another.
    expect(likelyStoredActor(proposed("Irina"), [{ id: "i", name: "Iryna", kind: "person", aliases: [] }])).toBeUndefined();
  });

  it("keeps the first stored person in the list after the editor picked another by name, to pick it back", () => {
    const putin = { id: "p", name: "Vladimir Putin", kind: "person", aliases: [] };
    const peskov = { id: "k", name: "Dmitry Peskov", kind: "person", aliases: [] };
    // The proposed Putin (alias "Putin") after "Dmitry Peskov" was picked in the find box: renamed, alias kept.
    const picked = { ...proposed("Dmitry Peskov", ["Putin"]), decision: "existing" as const, actorId: "k" };
    expect(actorCandidates(picked, [putin, peskov]).map((c) => c.actor.id)).toEqual(["k", "p"]);
  });

  it("offers a stored body only under a name telling all the article's does: 'Defence Ministry' may be another country's", () => {
    const ministry = { id: "m", name: "Defence Ministry", kind: "government", aliases: [] };
    const estonian = proposed("Estonian Defence Ministry", [], "government");
    expect(likelyStoredActor(estonian, [ministry])).toBeUndefined();
    // Still in the "In Faultline" list, for the editor who knows which it is.
    expect(actorCandidates(estonian, [ministry]).map((c) => c.actor.id)).toEqual(["m"]);
    expect(likelyStoredActor(proposed("Defence Ministry", [], "government"), [{ ...ministry, name: "Estonian Defence Ministry" }])?.id).toBe("m");
    expect(likelyStoredActor(proposed("Ministry of Defense of Estonia", [], "government"), [{ ...ministry, name: "Estonian Defence Ministry" }])?.id).toBe("m");
    expect(likelyStoredActor(estonian, [{ ...ministry, name: "Peruvian Defence Ministry" }])).toBeUndefined();
  });

  it("offers a likely match only from the threshold the server uses; the chosen actor leads", () => {
    expect(actorCandidates(proposed("Putin's spokesman Dmitry Peskov"), known)[0]?.score ?? 0).toBeLessThan(LIKELY_ACTOR);
    expect(actorCandidates({ ...proposed("Kyiv"), actorId: "u" }, known)[0].actor.id).toBe("u");
  });
});

describe("topic suggestions", () => {
  it("complete the item after the last comma, never offering one already listed", () => {
    const topics = ["Peace talks", "Sanctions", "Energy"];
    expect(listSuggestions("Sanctions, pe", topics)).toEqual(["Sanctions, Peace talks"]);
    expect(listSuggestions("", topics)).toEqual(topics);
    expect(listSuggestions("Energy, ", topics)).toEqual(["Energy, Peace talks", "Energy, Sanctions"]);
  });
});
