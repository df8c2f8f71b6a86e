/**
 * The nouns that name a happening: those a headline can turn into a verb (DEVERBALS, "seizure of the tanker" →
 * "seizes tanker") and those that keep their noun title ("elections", "referendum").
 */

/** How a noun is told as a verb: the verb (with its own object for "hold talks"), and which preposition brings its object. */
export interface Deverbal {
  verb: string;
  /** The preposition whose complement is the verb's object ("seizure of" → "seizes"); "subject": "of" names who did it. */
  object?: RegExp | "subject";
  /** A gathering: "of" names who gather ("a meeting of EU leaders" → "EU leaders meet"), before any other agent. */
  gathering?: true;
}

const OF = /^of$/;
const ON = /^(?:on|against)$/;
export const DEVERBALS: Record<string, Deverbal> = {
  visit: { verb: "visit", object: /^to$/ },
  trip: { verb: "travel" },
  talks: { verb: "hold talks" },
  negotiations: { verb: "hold negotiations" },
  meeting: { verb: "meet", object: /^with$/, gathering: true },
  summit: { verb: "hold summit", gathering: true },
  conference: { verb: "hold conference", gathering: true },
  "phone call": { verb: "hold phone call" },
  call: { verb: "hold phone call" },
  strike: { verb: "strike", object: ON },
  strikes: { verb: "strike", object: ON },
  attack: { verb: "attack", object: ON },
  attacks: { verb: "attack", object: ON },
  assault: { verb: "assault", object: ON },
  offensive: { verb: "launch offensive" },
  counteroffensive: { verb: "launch counteroffensive" },
  exchange: { verb: "exchange", object: OF },
  swap: { verb: "swap", object: OF },
  withdrawal: { verb: "withdraw", object: OF },
  capture: { verb: "capture", object: OF },
  seizure: { verb: "seize", object: OF },
  blockade: { verb: "blockade", object: OF },
  annexation: { verb: "annex", object: OF },
  occupation: { verb: "occupy", object: OF },
  bombardment: { verb: "bombard", object: OF },
  shelling: { verb: "shell", object: OF },
  arrest: { verb: "arrest", object: OF },
  dismissal: { verb: "dismiss", object: OF },
  signing: { verb: "sign", object: OF },
  launch: { verb: "launch", object: OF },
  deployment: { verb: "deploy", object: OF },
  release: { verb: "release", object: OF },
  resignation: { verb: "resign" },
  collapse: { verb: "collapse", object: "subject" },
};
/** Happening nouns with no verb headline: the title keeps the noun ("Elections in Moldova"). */
const OTHER_NOUNS = String.raw`air\s+raid|incursion|elections?|referendum|vote|agreement|deal|ceasefire|truce|explosion|protests?|arrests|parade|crash|sabotage|mutiny|coup|inauguration`;
/** A bare "call" names no happening of its own in passing: "a call for restraint" is an appeal (the headline still reads "call"). */
const NOT_NAMED_ALONE = new Set(["call"]);
/** Every happening noun, longest first ("counteroffensive" before "offensive"). */
const DEVERBAL_NOUNS = Object.keys(DEVERBALS).filter((k) => !NOT_NAMED_ALONE.has(k));
export const EVENT_NOUN = `(?:${[...DEVERBAL_NOUNS.map((k) => k.replace(/ /g, String.raw`\s+`)), ...OTHER_NOUNS.split("|")]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
