import { dominantState } from "./national-bodies";
import type { Registry } from "./registry";

/** "Rīga" as "Riga": the dateline's letters without their marks, as the gazetteer spells them. */
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

/** The state a dateline names, by its name or its capital ("Kyiv", "Warsaw"), or null. */
export function datelineState(r: Registry, dateline: string | null | undefined): string | null {
  if (!dateline) return null;
  for (const form of [dateline, plain(dateline), dateline.split(/[,\s]/)[0]]) {
    const g = r.gazForm.get(form)?.entry;
    if (g?.kind === "state") return g.name;
  }
  return null;
}

/**
 * The state the article reports from: its dateline's, else the state it names most. Bodies named bare ("the central bank",
 * "the Interior Ministry") with no state near them are this state's.
 */
export function homeState(r: Registry, dateline: string | null | undefined): string | null {
  return datelineState(r, dateline) ?? dominantState(r.text);
}
