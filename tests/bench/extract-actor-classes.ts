/**
 * Actor errors on a split counted by class, pooled (safe on the validation split: only counts are printed unless
 * --list, and --list refuses the validation split):
 *   missed actors by the expected kind and the name's shape (described "a Western diplomat", one word, acronym,
 *   several capitalised words) and whether the article spells the name at all; spurious actors by shape; and the
 *   kind accuracy of the actors found (the proposed kind equals the annotation's).
 * Run: npx tsx tests/bench/extract-actor-classes.ts [tuning|validation] [--list]
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { tuningSplit, validationSplit } from "./extract-split";

const split = process.argv.includes("validation") ? "validation" : "tuning";
const list = process.argv.includes("--list") && split === "tuning";
const articles = split === "validation" ? validationSplit() : tuningSplit();
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const key = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** The shape of a name: what kind of evidence a step needs to find it. */
function shape(name: string): string {
  const words = name.split(/\s+/);
  if (/^\p{Ll}/u.test(name) || words.slice(1).some((w) => /^\p{Ll}{3,}$/u.test(w) && !/^(?:of|for|the|and|on|in|de|du|la|le|der|von)$/.test(w))) return "described";
  if (words.length === 1) return /^[\p{Lu}\d&+.-]{2,}$/u.test(name) ? "acronym" : "one word";
  return "name";
}

let found = 0, kindRight = 0;
for (const { name, text, expected } of articles) {
  const pub = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn ?? undefined;
  const proposal = extractArticle({ text, publishedOn: pub });
  const s = scoreProposal(proposal, expected);
  const missed = new Set(s.missedActors);
  const lower = key(text);
  for (const e of expected.actors) {
    if (missed.has(e.name)) {
      const spelled = lower.includes(key(e.name)) ? "spelled" : "not spelled";
      const near = proposal.actors.some((p) => [p.name, ...p.aliases].some((n) => key(n).includes(key(e.name)) || key(e.name).includes(key(n))));
      const cls = `miss ${shape(e.name)} / ${e.kind ?? "?"} / ${spelled}${near ? " / overlaps a proposal" : ""}`;
      bump(cls);
      if (list) console.log(`${cls.padEnd(45)} ${(e.kind ?? "?").padEnd(12)} ${name.slice(0, 28).padEnd(28)} ${e.name}`);
      continue;
    }
    const p = proposal.actors.find((a) => [a.name, ...a.aliases].some((n) => key(n) === key(e.name)));
    found++;
    if (p?.kind === e.kind) kindRight++;
    else {
      bump(`kind ${e.kind} -> ${p?.kind}`);
      if (list) console.log(`${"kind".padEnd(45)} ${`${e.kind}->${p?.kind}`.padEnd(12)} ${name.slice(0, 28).padEnd(28)} ${e.name}`);
    }
  }
  for (const x of s.extraActors) {
    const p = proposal.actors.find((a) => a.name === x)!;
    const cls = `extra ${shape(x)} / ${p.kind}${/\d/.test(x) ? " / digit" : ""}`;
    bump(cls);
    if (list) console.log(`${cls.padEnd(45)} ${"".padEnd(12)} ${name.slice(0, 28).padEnd(28)} ${x}`);
  }
}
console.log(`${split}: kind accuracy of found actors ${(kindRight / found).toFixed(3)} (${kindRight}/${found})`);
for (const [k, v] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(v).padStart(4)}  ${k}`);
