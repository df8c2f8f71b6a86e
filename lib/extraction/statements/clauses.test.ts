/** Speakers found through clause shapes and source descriptions (round 20, neutral on validation): invented sentences. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { describedSources } from "../actors/described-sources";
import { Registry } from "../actors/registry";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe("speakers of clause shapes", () => {
  it("an 'and' opening a new clause leaves its subject the speaker", () => {
    expect(direct('Defence Minister Richard Marles spoke. The first trucks arrived in 2022, and Marles said the crews were "the people they trust most at night".')).toEqual([
      ["Richard Marles", "the people they trust most at night"],
    ]);
  });

  it("'X quoted Y as saying': the one quoted speaks", () => {
    expect(direct('Xinhua quoted Foreign Minister Wang Yi as saying that China "will keep talking to both sides".')).toEqual([["Wang Yi", "will keep talking to both sides"]]);
  });

  it("a possessor opening its sentence is the topic a later 'he' stands for", () => {
    const text = "Colonel Viktor Trehubov confirmed the withdrawal on Thursday.\n\nTaras Koval's unit flies 60 missions a day. Its drones are made in Kramatorsk. \"Without them, we would already be in Druzhkivka,\" he says.";
    expect(direct(text)).toEqual([["Taras Koval", "Without them, we would already be in Druzhkivka,"]]);
  });

  it("a generic official or source placed in 'one of the …' or known by what it knows is a speaker", () => {
    expect(direct('"We were not consulted," an official in one of the border regions told the newspaper.')).toEqual([["an official in one of the border regions", "We were not consulted,"]]);
    expect(direct('"The deal is dead for now," a source familiar with the matter told Reuters.')).toEqual([["a source familiar with the matter", "The deal is dead for now,"]]);
  });

  it("a source that keeps its name back keeps the clause that says so as an alias", () => {
    const r = new Registry("At the depot, a mechanic who asked not to be named said the trucks were gone.");
    describedSources(r);
    expect([...r.actors.values()].flatMap((a) => [...a.aliases])).toContain("a mechanic who asked not to be named");
  });
});
