import { describe, expect, it } from "vitest";
import { headlineProblems } from "./headline-check";

const problemOf = (title: string) => headlineProblems([title])[0]?.problem ?? null;

describe("headlineProblems", () => {
  it("keeps headlines: who did what, in the present, passives without their auxiliary", () => {
    for (const t of ["Trump and Putin hold phone call", "Two tankers detained off Gotland", "Minister says troops took Vesela Hora", "Grain exports reach 2m tonnes in May", "€300m loan for gas purchases signed"]) {
      expect(problemOf(t)).toBeNull();
    }
  });

  it("flags clipped titles: too long, an ellipsis, a word that needs what follows, an open quotation", () => {
    expect(problemOf("x".repeat(81))).toBe("longer than 80 characters");
    expect(problemOf("The consensus among analysts is that the talks…")).toBe("clipped with an ellipsis");
    expect(problemOf("Court fines two shipping firms for routing cargo between")).toBe("ends on a word that needs what follows");
    expect(problemOf("Harbour authority confirms that it had")).toBe("ends on a word that needs what follows");
    expect(problemOf('Bank says it had "suspended some')).toBe("a quotation left open");
    expect(problemOf("Embassy calls trial „political show“")).toBeNull();
    expect(problemOf("Writer says »the border stays open«")).toBeNull();
    expect(problemOf("Writer says »the border stays")).toBe("a quotation left open");
  });

  it("flags a start no headline has: lower case, punctuation, a pronoun, a fronted clause", () => {
    expect(problemOf("| Council approves new levy")).toBe("starts lower-case or with punctuation");
    expect(problemOf("approves new levy")).toBe("starts lower-case or with punctuation");
    expect(problemOf("We open second crossing at Lipa")).toBe("a pronoun as the doer");
    expect(problemOf("When ferry docks in Varna, crew leaves ship")).toBe("a fronted clause kept");
  });

  it("flags the past left in a title, outside its quotations, and a word said twice", () => {
    expect(problemOf("Pipeline repairs began in spring")).toBe("past tense left");
    expect(problemOf("Three sailors were rescued near Constanta")).toBe("past tense left");
    expect(problemOf('Mayor calls plan "what we were promised"')).toBeNull();
    expect(problemOf("Navy says two frigates were damaged")).toBeNull();
    expect(problemOf("Envoy meets meets ministers in Riga")).toBe("a word repeated");
  });
  it("flags a title that only dates or places, and a plural doer with a verb in -s", () => {
    expect(problemOf("On Tuesday")).toBe("only a time or a place");
    expect(problemOf("Near Varna on Tuesday")).toBe("only a time or a place");
    expect(problemOf("Tuesday talks in Varna collapse")).toBeNull();
    expect(problemOf("Drones hits grain terminal")).toBe("a plural doer with a singular verb");
    expect(problemOf("Soldiers crosses canal at dawn")).toBe("a plural doer with a singular verb");
    expect(problemOf("Drones hit grain terminal")).toBeNull();
    // "news", a name in -s, a singular in -ss: a verb in -s is right.
    expect(problemOf("News spreads of ceasefire")).toBeNull();
    expect(problemOf("Barets visits frontline town")).toBeNull();
    expect(problemOf("Congress passes aid bill")).toBeNull();
  });
});
