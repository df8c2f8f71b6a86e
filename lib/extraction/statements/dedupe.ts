/** The same words by the same speaker once: headline and standfirst repeat the body. */
import type { FoundStatement } from "./context";

const norm = (s: string) => s.toLowerCase().replace(/[“”"‘’'«».,;:!?—–-]+/g, " ").replace(/\s+/g, " ").trim();

/** `headerRanges` are the headline and standfirst; a statement there that the body repeats is dropped. */
export function dropRepeats(out: FoundStatement[], headerRanges: [number, number][]): FoundStatement[] {
// Same words by the same speaker once (headline and standfirst repeat the body).
out.sort((a, b) => a.start - b.start);
const seen = new Map<string, FoundStatement>();
const result: FoundStatement[] = [];
const rangesFirst = headerRanges;
const inHeader = (x: FoundStatement) => rangesFirst.some(([a, b]) => x.start >= a && x.end <= b);
const bodyQuotes = new Set(out.filter((x) => !inHeader(x)).map((x) => `${x.direct}|${norm(x.quote)}`));
for (const x of [...out.filter((x) => !inHeader(x)), ...out.filter(inHeader)]) {
  const key = `${x.speaker.name}|${x.direct}|${norm(x.quote)}`;
  if (seen.has(key)) continue;
  // Headlines credit the institution ("Kremlin says") with the spokesman's words quoted in the body.
  if (inHeader(x) && bodyQuotes.has(`${x.direct}|${norm(x.quote)}`)) continue;
  seen.set(key, x);
  result.push(x);
}
return result.sort((a, b) => a.start - b.start);
}
