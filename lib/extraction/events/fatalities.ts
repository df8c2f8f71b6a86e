/** Death tolls stated in a clause: "killing at least 12 people", "the death toll rose to 31". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, dozen: 12, "a dozen": 12,
};
const FATAL_RE = [
  /\b(?:killing|killed|kills|leaving|left)\s+(?:at least\s+|some\s+|more than\s+|over\s+|about\s+|around\s+|nearly\s+)?(\d+|a dozen|[a-z]+)\b(?!\s*(?:%|per|km|of the))(?:\s+(?:people|civilians|persons|soldiers|others|children|residents|servicemen|troops))?(?!\s+(?:injured|wounded|hurt))/i,
  /\b(?:at least\s+|some\s+|more than\s+|over\s+)?(\d+|[a-z]+)\s+(?:people|civilians|persons|soldiers|residents|children)\s+(?:were|have been|had been|was)\s+killed\b/i,
  /\bdeath toll\s+(?:\w+\s+){0,3}?(?:rose|climbed|reached|stood at|rises|is)\s+(?:to\s+)?(\d+|[a-z]+)\b/i,
];

function parseCount(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

export function fatalitiesIn(s: string): number | null {
  for (const re of FATAL_RE) {
    const m = re.exec(s);
    if (m) {
      const n = parseCount(m[1]);
      if (n !== null) return n;
    }
  }
  return null;
}
