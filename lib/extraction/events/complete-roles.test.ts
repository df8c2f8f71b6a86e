import { describe, expect, it } from "vitest";
import type { Actor } from "../actors";
import { extractArticle } from "../index";
import { namedBefore, sidesOfRetyped } from "./complete-roles";
import type { FoundEvent } from "./context";
import { assignRoles, byAgents, defenceAt, defenceFlipped, meetingLeaders, objectsAfterVerb, subjectOfInnerClause } from "./roles";
import { demonymSidesIn, stateOfActor } from "./state-roles";
import { addMainDirection, addWarOpponents, inheritStrikeSides, warOpponents } from "./strike-sides";

const roleOf = (e: { actorRoles?: { name: string; role: string }[] } | undefined, name: string) => e?.actorRoles?.find((r) => r.name === name)?.role;
const strike = (start: number, roles: [string, "initiator" | "target" | "participant"][]): FoundEvent => ({
  title: "t", type: "missile_drone_strike", date: null, datePrecision: "unknown", dateText: null, location: null, fatalities: null,
  start, end: start + 10, actors: roles.map(([n]) => n), actorRoles: roles.map(([name, role]) => ({ name, role })),
});

describe("roles beyond the clause", () => {
  it("finds the state in a body's name or an office-holder's office", () => {
    expect(stateOfActor({ name: "Moldovan Interior Ministry", kind: "government", role: null, aliases: new Set() })).toBe("Moldova");
    expect(stateOfActor({ name: "Border Guard of Latvia", kind: "armed_force", role: null, aliases: new Set() })).toBe("Latvia");
    expect(stateOfActor({ name: "Anna Berg", kind: "person", role: "Prime Minister of Sweden", aliases: new Set() })).toBe("Sweden");
    expect(stateOfActor({ name: "Sweden", kind: "state", role: null, aliases: new Set() })).toBeNull();
    expect(stateOfActor({ name: "Acme Logistics", kind: "organization", role: "freight firm", aliases: new Set() })).toBeNull();
  });

  it("reads no state from a person's nationality or name, only from an office", () => {
    expect(stateOfActor({ name: "Ilya Orlov", kind: "person", role: "Russian opposition figure", aliases: new Set() })).toBeNull();
    expect(stateOfActor({ name: "Georgia Banks", kind: "person", role: null, aliases: new Set() })).toBeNull();
    expect(stateOfActor({ name: "Ilya Orlov", kind: "person", role: "Russian deputy foreign minister", aliases: new Set() })).toBe("Russia");
  });

  it("places the sides named by an adjective before or after the verb, and both sides of a meeting as participants", () => {
    expect(demonymSidesIn("Belarusian balloons crossed into Lithuanian airspace", false)).toEqual([
      { state: "Belarus", role: "initiator" },
      { state: "Lithuania", role: "target" },
    ]);
    expect(demonymSidesIn("Estonian and Finnish ministers met in Tallinn", true).map((s) => s.role)).toEqual(["participant", "participant"]);
  });

  it("makes the side that is the subject of a reported happening its initiator, though named after the report's verb", () => {
    expect(demonymSidesIn("Valdora's coast guard said a Belarusian patrol boat briefly entered Lithuanian waters", false)).toEqual([
      { state: "Belarus", role: "initiator" },
      { state: "Lithuania", role: "target" },
    ]);
    expect(demonymSidesIn("the ministry reported that two Belarusian helicopters had crossed the border", false)[0].role).toBe("initiator");
    expect(demonymSidesIn("Valdora's border guard said a Belarusian Mi-8 helicopter briefly entered Lithuanian airspace", false)[0].role).toBe("initiator");
    // The report's object, not a subject: the side stays the one acted upon.
    expect(demonymSidesIn("the ministry said Belarusian officials", false)[0].role).toBe("target");
  });

  it("makes the attacker the initiator of an attack that was fought off, not of one that was launched", () => {
    expect(defenceAt("the brigade beat back 12 assaults")).not.toBeNull();
    expect(defenceAt("border troops fought off three attacks near the river")).not.toBeNull();
    expect(defenceAt("the missiles destroyed a drone workshop")).toBeNull();
    expect(defenceAt("the army launched 50 drones, of which 30 were shot down")).toBeNull();
    expect(defenceAt("the navy is allowed to shoot down drones")).toBeNull();
    const roles = defenceFlipped("coastal guns repelled two naval assaults", [{ name: "A", role: "initiator" }, { name: "B", role: "target" }]);
    expect(roles).toEqual([{ name: "A", role: "target" }, { name: "B", role: "initiator" }]);
  });

  it("makes the one who visits or hosts a meeting its initiator, also when the subject comes from the clause before", () => {
    const roles = [{ name: "Ines", role: "participant" as const }, { name: "Omar", role: "participant" as const }];
    expect(meetingLeaders("Ines hosted Omar in Lisbon", roles, (n) => (n === "Ines" ? 0 : 12)).map((r) => r.role)).toEqual(["initiator", "participant"]);
    expect(meetingLeaders("visited Lisbon on Monday", roles.slice(0, 1), () => null)[0].role).toBe("initiator");
    // A side the clause names only by its adjective, after the host ("talks between Valdoran and Omani envoys"), takes part.
    const hosted = [{ name: "Ines", role: "participant" as const }, { name: "Valdora", role: "participant" as const }];
    expect(meetingLeaders("Ines hosted talks between Valdoran and Omani envoys", hosted, (n) => (n === "Ines" ? 0 : null)).map((r) => r.role)).toEqual(["initiator", "participant"]);
    expect(meetingLeaders("Ines and Omar met in Lisbon", roles, (n) => (n === "Ines" ? 0 : 9)).map((r) => r.role)).toEqual(["participant", "participant"]);
    // A meeting "hosted by" someone: those named before the passive do not lead it.
    expect(meetingLeaders("Ines and Omar held talks in Lisbon, hosted by Leo", roles, (n) => (n === "Ines" ? 0 : 9)).map((r) => r.role)).toEqual(["participant", "participant"]);
  });

  it("makes the one who meets with someone the meeting's initiator, the one met a participant", () => {
    const roles = [{ name: "Ines", role: "participant" as const }, { name: "Omar", role: "participant" as const }];
    expect(meetingLeaders("Ines met with Omar in Lisbon", roles, (n) => (n === "Ines" ? 0 : 14)).map((r) => r.role)).toEqual(["initiator", "participant"]);
    expect(meetingLeaders("Ines meets with harbour pilots", roles.slice(0, 1), () => 0)[0].role).toBe("initiator");
    expect(meetingLeaders("Ines will meet with Omar", roles, (n) => (n === "Ines" ? 0 : 20)).map((r) => r.role)).toEqual(["participant", "participant"]);
    expect(meetingLeaders("Ines said Leo met with Omar", roles, (n) => (n === "Ines" ? 0 : 23)).map((r) => r.role)).toEqual(["participant", "participant"]);
  });

  it("leaves out who only reports a happening held in a leading adjunct, and reads no meeting leader under a modal", () => {
    const strikeText = "After the missile strike on Kharkiv on Monday, Norwegian Prime Minister Anna Berg said Norway would send more aid.";
    const strike = extractArticle({ text: strikeText, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events[0];
    expect(strike.actorRoles).toEqual([]);
    const talksText = "Following talks with Swedish Prime Minister Erik Lindqvist in Oslo on Monday, Anna Berg said Norway would receive more grain.";
    const talks = extractArticle({ text: talksText, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events[0];
    expect(roleOf(talks, "Erik Lindqvist")).toBe("participant");
    expect(roleOf(talks, "Anna Berg")).toBeUndefined();
  });

  it("keeps an actor the clause does not name when it leaves out who only reports the happening", () => {
    // "After the shelling of the port on Monday, Anna Berg said Norway would send more aid."; Russia came from before.
    const e = strike(0, [["Russia", "initiator"], ["Anna Berg", "initiator"]]);
    namedBefore(e, 44, (n) => (n === "Anna Berg" ? 46 : null));
    expect(e.actors).toEqual(["Russia"]);
  });

  it("leaves out who is named only in a leading adjunct that is not the happening", () => {
    const text = "Despite objections from Hungary, Nordic ministers on Monday approved a new €5 billion tranche for Moldova.";
    const e = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events[0];
    expect(roleOf(e, "Hungary")).toBeUndefined();
    expect(roleOf(e, "Moldova")).toBe("target");
  });

  it("ends the subject at the finite verb: an actor named after it is a target, not an initiator", () => {
    const roles = [{ name: "Berg", role: "initiator" as const }, { name: "Moldova", role: "initiator" as const }];
    const at = (clause: string) => (n: string) => clause.indexOf(n === "Berg" ? "Berg" : "Moldova");
    const promised = "Berg promised Moldova a further 30 patrol boats";
    expect(objectsAfterVerb(promised, roles, at(promised)).map((r) => r.role)).toEqual(["initiator", "target"]);
    // A report's verb is not the happening's: "said Moldova had …" keeps what the complement's grammar gave.
    const said = "Berg said Moldova had bought 30 patrol boats";
    expect(objectsAfterVerb(said, roles, at(said)).map((r) => r.role)).toEqual(["initiator", "initiator"]);
    // Nothing named before the verb: no subject to end.
    const bare = "Patrol boats reached Moldova";
    expect(objectsAfterVerb(bare, roles.slice(1), at(bare)).map((r) => r.role)).toEqual(["initiator"]);
  });

  it("makes the agent after 'by' the initiator and a passive's subject the target", () => {
    const roles = (clause: string, names: string[]) =>
      byAgents(clause, names.map((name) => ({ name, role: name === names[0] ? "initiator" as const : "target" as const })), (n) => clause.indexOf(n)).map((r) => r.role);
    expect(roles("Ivo Petrov was arrested by the State Police near Tartu", ["Ivo Petrov", "State Police"])).toEqual(["target", "initiator"]);
    expect(roles("a levy approved by the Senate in May", ["Senate"])).toEqual(["initiator"]);
    expect(roles("a boycott by Latvian truckers stopped the grain", ["Latvian truckers"])).toEqual(["initiator"]);
    // The agent set off by a comma after the passive's object or place.
    expect(roles("Mara Lind was given the Order of Merit, first class, by President Ivo Sander", ["Mara Lind", "Ivo Sander"])).toEqual(["target", "initiator"]);
    expect(roles("Jan Kask was detained near Valga, by officers of the Border Guard", ["Jan Kask", "Border Guard"])).toEqual(["target", "initiator"]);
    // Not the one who owns or brokers, nor "by" before a gerund or a place.
    expect(roles("Norway struck the depot owned by Baltgas", ["Norway", "Baltgas"])).toEqual(["initiator", "target"]);
    expect(roles("Oslo answered by warning Latvia of tariffs", ["Oslo", "Latvia"])).toEqual(["initiator", "target"]);
    expect(roles("Oslo sent the cargo by barge via Latvia", ["Oslo", "Latvia"])).toEqual(["initiator", "target"]);
    // A relative's passive says nothing of the main clause's subject.
    expect(roles("Norway founded the fund, which is paid for by Latvian banks", ["Norway", "Latvian banks"])).toEqual(["initiator", "initiator"]);
  });

  it("makes a subject placed at the trigger (shared from the clause before) the initiator", () => {
    expect(assignRoles("sanctions", [{ actor: { name: "Norway" } as Actor, pos: 5 }], 5)[0].role).toBe("initiator");
  });

  it("gives a strike with no sides named the sides of the strike told before it", () => {
    const first = strike(0, [["Aland", "initiator"], ["Borduria", "target"]]);
    const second = strike(50, []);
    const third = strike(90, [["Borduria", "initiator"]]);
    inheritStrikeSides([first, second, third]);
    expect(second.actorRoles).toEqual([{ name: "Aland", role: "initiator" }, { name: "Borduria", role: "target" }]);
    expect(third.actorRoles).toEqual([{ name: "Borduria", role: "initiator" }]);
  });

  it("gives a strike or advance naming one side's state the state the article sets against it", () => {
    const isState = (n: string) => ["Aland", "Borduria", "Carpania"].includes(n);
    const told = [strike(0, [["Aland", "initiator"], ["Borduria", "target"]]), strike(20, [["Borduria", "initiator"], ["Aland", "target"]]), strike(40, [["Aland", "initiator"], ["Borduria", "target"]])];
    expect(warOpponents(told, isState).get("Borduria")).toBe("Aland");
    const advance = { ...strike(60, [["Aland", "initiator"]]), type: "ground_advance" as const };
    const struck = strike(80, [["Borduria", "target"], ["Mayor Ivo", "initiator"]]);
    const talks = { ...strike(90, [["Aland", "initiator"]]), type: "proposal" as const };
    addWarOpponents([...told, advance, struck, talks], isState);
    expect(advance.actorRoles).toEqual([{ name: "Aland", role: "initiator" }, { name: "Borduria", role: "target" }]);
    // A non-state initiator leaves the attacker's state to be found; only strikes and fighting take sides.
    expect(roleOf(struck, "Aland")).toBe("initiator");
    expect(talks.actorRoles).toHaveLength(1);
  });

  it("sets the other side of the war against Russia or Ukraine when the article pits no state against them", () => {
    const invasion = { ...strike(0, [["Russia", "initiator"]]), type: "ground_advance" as const };
    addWarOpponents([invasion], (n) => n === "Russia" || n === "Ukraine");
    expect(invasion.actorRoles).toContainEqual({ name: "Ukraine", role: "target" });
    const wounded = { ...strike(0, [["Ukraine", "target"]]), type: "casualties" as const };
    addWarOpponents([wounded], (n) => n === "Russia" || n === "Ukraine");
    expect(wounded.actorRoles).toContainEqual({ name: "Russia", role: "initiator" });
    const unnamed = { ...strike(0, [["Russia", "initiator"]]), type: "ground_advance" as const };
    addWarOpponents([unnamed], (n) => n === "Russia");
    expect(unnamed.actorRoles).toHaveLength(1);
  });

  it("gives a strike naming no state on either side the article's main direction, once it is told twice", () => {
    const isState = (n: string) => ["Aland", "Borduria"].includes(n);
    const told = [strike(0, [["Aland", "initiator"], ["Borduria", "target"]]), strike(20, [["Aland", "initiator"], ["Borduria", "target"]])];
    const bare = strike(40, [["Mayor Ivo", "initiator"]]);
    addMainDirection([...told, bare], isState);
    expect(bare.actorRoles).toEqual(expect.arrayContaining([{ name: "Aland", role: "initiator" }, { name: "Borduria", role: "target" }]));
    const once = strike(40, []);
    addMainDirection([told[0], once], isState);
    expect(once.actorRoles).toEqual([]);
  });

  it("gives a strike naming no state the war's usual direction when the article's strikes are too few to show one", () => {
    const war = (n: string) => n === "Russia" || n === "Ukraine";
    const bare = strike(40, [["a regional governor", "initiator"]]);
    addMainDirection([strike(0, [["Russia", "initiator"], ["Ukraine", "target"]]), bare], war);
    expect(bare.actorRoles).toEqual(expect.arrayContaining([{ name: "Russia", role: "initiator" }, { name: "Ukraine", role: "target" }]));
    const none = strike(40, []);
    addMainDirection([none], war);
    expect(none.actorRoles).toHaveLength(2);
    const reversed = strike(40, []);
    addMainDirection([strike(0, [["Ukraine", "initiator"], ["Russia", "target"]]), reversed], war);
    expect(reversed.actorRoles).toEqual([]);
    const unlisted = strike(40, []);
    addMainDirection([unlisted], (n) => n === "Russia");
    expect(unlisted.actorRoles).toEqual([]);
  });

  it("adds the states behind the actors of a kept event", () => {
    const text = "Poland and Belarus have quarrelled for years.\n\nThe Polish Foreign Ministry on Monday expelled two Belarusian diplomats.";
    const [event] = extractArticle({ text, publishedOn: "2026-03-04", title: "T" }).events;
    expect(roleOf(event, "Poland")).toBe("initiator");
    expect(roleOf(event, "Belarus")).toBe("target");
  });

  it("adds the alliance behind a body or group named by it ('EU energy ministers', 'the Council of the EU'), with the same role", () => {
    const text = "The European Union wants to end its gas imports from Russia by 2027.\n\nEU energy ministers approved a ban on Russian gas imports in Brussels on Monday.";
    const event = extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events.find((e) => e.actors.includes("EU energy ministers"));
    expect(roleOf(event, "European Union")).toBe("initiator");
  });

  it("reads a side after the verb that is the subject of a clause inside the object as no target", () => {
    const inner = (clause: string, side: string, nounWords = 3) => subjectOfInnerClause(clause, clause.indexOf(side), clause.indexOf(side) + side.length, nounWords);
    expect(inner("took the hamlet in a valley Moldovan troops first crossed in May", "Moldovan")).toBe(true);
    expect(inner("shelled the depot that Georgian units had retaken", "Georgian")).toBe(true);
    expect(inner("shelled the depot Georgia's army retook", "Georgia's army", 0)).toBe(true);
    expect(inner("said that Georgian units had retaken the depot", "Georgian")).toBe(false);
    expect(inner("hit 30 Georgian tanks near the depot", "Georgian")).toBe(false);
    expect(inner("downed the drones Georgian crews launched", "Georgian")).toBe(false);
  });

  it("keeps the reporter's own side the initiator when a side it entered earlier is named after the verb", () => {
    const text = "Russia and Ukraine have fought since 2022. On Friday Russia's defence ministry said its forces had seized the hamlet of Lisove in a valley Russian troops first crossed in May.";
    const event = extractArticle({ text, publishedOn: "2026-03-04", title: "T" }).events.find((e) => e.type === "ground_advance");
    expect(roleOf(event, "Russia")).toBe("initiator");
  });

  it("divides the sides of a defence at its verb, not at the weapon: the weapon's side attacked", () => {
    const text = "Russia and Ukraine have fought since 2022. On Friday the Russian Defence Ministry said its air defences destroyed 23 Ukrainian drones over the Kursk region.";
    const event = extractArticle({ text, publishedOn: "2026-03-04", title: "T" }).events.find((e) => e.type === "missile_drone_strike");
    expect(roleOf(event, "Ukraine")).toBe("initiator");
    expect(roleOf(event, "Russia")).toBe("target");
  });
});

describe("a happening retyped from a meeting to one with sides", () => {
  const clause = "The emir offered in March to host a peace conference in Doha, an offer Tehran has not taken up";
  const at = (name: string) => clause.indexOf(name);
  const roles = [{ name: "emir", role: "participant" as const }, { name: "Tehran", role: "participant" as const }];
  it("has its initiator before the verb and its target after it", () => {
    expect(sidesOfRetyped(clause, "proposal", roles, at)).toEqual([{ name: "emir", role: "initiator" }, { name: "Tehran", role: "target" }]);
  });
  it("keeps a meeting's participants", () => {
    expect(sidesOfRetyped(clause, "summit_talks", roles, at)).toEqual(roles);
  });
  it("gives a call retyped from one with sides no target: the one called takes part", () => {
    const sided = [{ name: "emir", role: "initiator" as const }, { name: "Tehran", role: "target" as const }];
    expect(sidesOfRetyped(clause, "phone_call", sided, at)).toEqual([{ name: "emir", role: "initiator" }, { name: "Tehran", role: "participant" }]);
  });
});

describe("two states joined by a hyphen", () => {
  it("names both sides of the talks or deal that follows", () => {
    expect(demonymSidesIn("Direct Armenian-Azerbaijani negotiations resumed in Tbilisi", true)).toEqual([
      { state: "Armenia", role: "participant" },
      { state: "Azerbaijan", role: "participant" },
    ]);
    expect(demonymSidesIn("Norway hosted Armenia-Azerbaijan talks in Oslo", true).map((s) => s.state)).toEqual(["Armenia", "Azerbaijan"]);
  });

  it("does not make the two states of a border sides", () => {
    expect(demonymSidesIn("Lorries queued at the Armenian-Azerbaijani border", false)).toEqual([]);
  });

  it("leaves a pair inside a body's name to the body it names", () => {
    expect(demonymSidesIn("The Armenia-Azerbaijan Border Commission met in Tbilisi", true)).toEqual([]);
  });
});
