/**
 * Event roles on the TUNING split (development folders and retired rounds 2–28), for reading: every role the
 * annotator named on a matched event that the engine got wrong, classed as `want→got` (got "absent": the engine
 * did not put that actor on the event), with the clause the engine read. Retired rounds 29–30 (validation) are
 * never listed (pooled only: extract-split.ts).
 *
 *   npx tsx tests/bench/extract-role-misses.ts [--summary] [--class initiator→absent]
 */
import { extractArticle } from "@/lib/extraction";
import { escapeRe } from "@/lib/extraction/actors/lexicon";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit } from "./extract-split";

const summaryOnly = process.argv.includes("--summary");
const onlyClass = process.argv[process.argv.indexOf("--class") + 1];
const filterClass = process.argv.includes("--class") ? onlyClass : null;
const oneLine = (s: string, n = 240) => s.replace(/\s+/g, " ").trim().slice(0, n);
const classes = new Map<string, number>();

type Proposal = ReturnType<typeof extractArticle>;
/** Where the article names an actor the engine left off an event: its clause, sentence, paragraph, elsewhere, or nowhere it found. */
function whereNamed(p: Proposal, actor: string, ev: Proposal["events"][number], same: (a: string, b: string) => boolean): string {
  const found = p.actors.find((a) => same(actor, a.name));
  if (!found) return "unextracted";
  const forms = [found.name, ...found.aliases].filter((f) => f.length > 1).map(escapeRe);
  const re = new RegExp(`\\b(?:${forms.join("|")})\\b`, "g");
  const at = [...p.body.matchAll(re)].map((m) => m.index);
  const sentStart = Math.max(p.body.lastIndexOf(". ", ev.start) + 1, p.body.lastIndexOf("\n", ev.start) + 1, 0);
  const endDot = p.body.indexOf(". ", ev.end), endNl = p.body.indexOf("\n", ev.end);
  const sentEnd = Math.min(endDot < 0 ? p.body.length : endDot, endNl < 0 ? p.body.length : endNl);
  const paraStart = p.body.lastIndexOf("\n", ev.start), paraEnd = endNl < 0 ? p.body.length : endNl;
  if (at.some((i) => i >= ev.start && i < ev.end)) return "clause";
  // A state named only by its adjective in the clause ("Russian drones", "Ukrainian cities"): a rough stem test.
  const stem = found.name.slice(0, 4);
  if (stem.length === 4 && new RegExp(`\\b${stem}\\p{Ll}*(?:an|ish|ese|i)\\b`, "u").test(p.body.slice(ev.start, ev.end))) return "demonym";
  if (at.some((i) => i >= sentStart && i < sentEnd)) return "sentence";
  if (at.some((i) => i >= paraStart && i < paraEnd)) return "paragraph";
  return at.length ? "elsewhere" : "unnamed";
}
let total = 0;

for (const { name, text, expected } of tuningSplit()) {
  const textOnly = extractArticle({ text });
  const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn });
  const { sameActor } = actorMatcher(p, expected);
  for (const { e, p: j } of matchEvents(p.events, expected.events, sameActor)) {
    const exp = expected.events[e], got = p.events[j];
    for (const [actor, role] of Object.entries(exp.roles ?? {})) {
      total++;
      const proposed = got.actorRoles?.find((r) => sameActor(actor, r.name))?.role ?? "absent";
      if (proposed === role) continue;
      const cls = proposed === "absent" ? `${role}→absent(${whereNamed(p, actor, got, sameActor)})` : `${role}→${proposed}`;
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      if (summaryOnly || (filterClass && cls !== filterClass)) continue;
      const others = (got.actorRoles ?? []).map((r) => `${r.name}:${r.role}`).join(", ");
      console.log(`${cls}\t${name}\t${actor}\t[${got.type}] ${got.title}\t{${others}}\n\t| ${oneLine(p.body.slice(got.start, got.end))}`);
    }
  }
}
const wrong = [...classes.values()].reduce((a, b) => a + b, 0);
console.log(`\n${wrong} wrong of ${total} annotated roles on matched events`);
for (const [cls, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${cls.padEnd(24)} ${n}`);
