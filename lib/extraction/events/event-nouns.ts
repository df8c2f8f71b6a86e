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
  expulsion: { verb: "expel", object: OF },
  deportation: { verb: "deport", object: OF },
  extradition: { verb: "extradite", object: OF },
  detention: { verb: "detain", object: OF },
  dismissal: { verb: "dismiss", object: OF },
  signing: { verb: "sign", object: OF },
  launch: { verb: "launch", object: OF },
  deployment: { verb: "deploy", object: OF },
  release: { verb: "release", object: OF },
  resignation: { verb: "resign" },
  collapse: { verb: "collapse", object: "subject" },
  fall: { verb: "fall", object: "subject" },
  destruction: { verb: "destroy", object: OF },
  downing: { verb: "down", object: OF },
  bombing: { verb: "bomb", object: OF },
  killing: { verb: "kill", object: OF },
  assassination: { verb: "assassinate", object: OF },
  sinking: { verb: "sink", object: OF },
  liberation: { verb: "liberate", object: OF },
  recapture: { verb: "recapture", object: OF },
  invasion: { verb: "invade", object: OF },
};
/** Happening nouns with no verb headline: the title keeps the noun ("Elections in Moldova"). */
const OTHER_NOUNS = String.raw`air\s+raid|incursion|elections?|referendum|vote|agreement|deal|ceasefire|truce|explosion|protests?|arrests|parade|crash|sabotage|mutiny|coup|inauguration`;
/**
 * Nouns that name a happening in passing only before the preposition that says so: "the call between Macron and
 * Zelensky" (a "call for restraint" is an appeal; "after a call with X" is mostly the clause subject's own), "the fall of Huliaipole" (a "fall in prices", "the fall" a season).
 */
const NAMED_ONLY_BEFORE: Record<string, string> = { call: String.raw`(?=\s+between\s)`, fall: String.raw`(?=\s+of\s)` };
/** Every happening noun, longest first ("counteroffensive" before "offensive"). */
const DEVERBAL_NOUNS = Object.keys(DEVERBALS).map((k) => k + (NAMED_ONLY_BEFORE[k] ?? ""));
export const EVENT_NOUN = `(?:${[...DEVERBAL_NOUNS.map((k) => k.replace(/ /g, String.raw`\s+`)), ...OTHER_NOUNS.split("|")]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
