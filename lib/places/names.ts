// Pure helpers for matching the place text events carry ("Sevastopol, Crimea", "Ryazan oil refinery")
// against gazetteer names ("Ryazan’", "Sivers’k", "Zaporizhia"). No database, no gazetteer here.

/** Lower case, no diacritics or apostrophes, single spaces: "Sivers’k" → "siversk", "Genève" → "geneve". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’ʼ`´‘]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A looser key that survives the usual transliteration differences of Ukrainian and Russian names:
 * y/j/i are one letter and doubled letters count once ("Kostiantynivka" ~ "Kostyantynivka",
 * "Avdiivka" ~ "Avdiyivka", "Odesa" ~ "Odessa", "Zaporizhzhia" ~ "Zaporizhia"). Used only when the
 * exact normalized name finds nothing.
 */
export function nameSkeleton(text: string): string {
  return normalizeName(text)
    .replace(/[yj]/g, "i")
    .replace(/zhzh/g, "zh")
    .replace(/(.)\1+/g, "$1");
}

// What a place text adds to a town's name for a facility or area that is at (or named after) it.
const SUFFIXES = [
  "nuclear power plant", "thermal power plant", "hydroelectric station", "hydroelectric power plant", "power plant",
  "power station", "power grid", "substation", "oil refinery", "refinery", "oil terminal", "oil depot", "port",
  "airport", "airfield", "air base", "railway station", "region", "oblast", "province", "district", "city",
];

/**
 * The names to look up for a place text, most specific first: the whole text, then without a known
 * facility or area suffix, then the part before the first comma ("Anchorage, Alaska" → "Anchorage").
 * Text that only names a facility of unknown whereabouts ("Druzhba oil pipeline") yields its own text
 * only, so it stays unresolved instead of landing on a town that shares a word with it.
 */
export function lookupNames(placeText: string): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(/^the\s+/i, "").trim();
    if (clean && !names.includes(clean)) names.push(clean);
  };
  const whole = placeText.replace(/\s+/g, " ").trim();
  add(whole);
  for (const part of [whole, whole.split(",")[0]]) {
    add(part);
    const lower = part.toLowerCase();
    const suffix = SUFFIXES.find((s) => lower.endsWith(` ${s}`));
    if (suffix) add(part.slice(0, part.length - suffix.length));
  }
  return names;
}

/** A URL slug for a place name (the database trigger makes the same shape). */
export function placeSlug(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
}
