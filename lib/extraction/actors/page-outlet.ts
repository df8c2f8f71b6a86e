/**
 * The page's own outlet, read from its masthead or byline ("Deccan Herald", "By AFP"), is an actor of the article even
 * where the text never names it again: the report is the outlet's. A cited outlet already found ("told Energy Voice")
 * is the same actor; a name that is no outlet ("Focus editorial team" parsed as one) is left out by the parser.
 */
import type { Registry } from "./registry";
import type { Actor } from "./types";

const bare = (name: string) => name.replace(/^the\s+/i, "").toLowerCase();

/** The actors listed, with the page's outlet added last when no listed actor already goes by its name. */
export function withPageOutlet(r: Registry, listed: Actor[], outlet: string | null | undefined): Actor[] {
  if (!outlet) return listed;
  const key = bare(outlet);
  if (listed.some((a) => [a.name, ...a.forms, ...a.aliases].some((n) => bare(n) === key))) return listed;
  const a = r.ensure(outlet, "media");
  // "The Kyiv Independent" is also "Kyiv Independent"; "Reuters" never "The Reuters": only a printed "The" may drop.
  if (/^The\s/.test(outlet)) a.aliases.add(outlet.replace(/^The\s+/, ""));
  return listed.includes(a) ? listed : [...listed, a];
}
