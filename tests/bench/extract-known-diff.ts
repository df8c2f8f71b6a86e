/**
 * Where knowing the database's actors changes the engine's proposal on the tuning split (known-actors.ts): per article,
 * events proposed only bare or only known, events whose roles differ, statements whose speaker differs.
 * Run: npx tsx tests/bench/extract-known-diff.ts [--summary]
 */
import { extractArticle, type Proposal } from "@/lib/extraction";
import type { KnownActor } from "@/lib/extraction/actors/types";
import { tuningSplit } from "./extract-split";
import { knownActorsLeavingOneOut } from "./known-actors";

type Article = ReturnType<typeof tuningSplit>[number];

function propose(a: Article, knownActors?: KnownActor[]): Proposal {
  const textOnly = extractArticle({ text: a.text, knownActors });
  return textOnly.article.publishedOn ? textOnly : extractArticle({ text: a.text, publishedOn: a.expected.article.publishedOn, knownActors });
}

const span = (x: { start: number; end: number }) => `${x.start}-${x.end}`;
const roles = (e: Proposal["events"][number]) => (e.actorRoles ?? []).map((r) => `${r.name}:${r.role}`).sort().join(", ");
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 110);

function differences(a: Article, bare: Proposal, known: Proposal): string[] {
  const out: string[] = [];
  const knownEvents = new Map(known.events.map((e) => [span(e), e]));
  const bareEvents = new Map(bare.events.map((e) => [span(e), e]));
  for (const e of bare.events) {
    const k = knownEvents.get(span(e));
    if (!k) out.push(`  - event  ${e.title}  [${roles(e)}]  «${clip(bare.body.slice(e.start, e.end))}»`);
    else if (roles(e) !== roles(k)) out.push(`  ~ roles  ${e.title}\n      bare  [${roles(e)}]\n      known [${roles(k)}]`);
  }
  for (const e of known.events) if (!bareEvents.has(span(e))) out.push(`  + event  ${e.title}  [${roles(e)}]  «${clip(known.body.slice(e.start, e.end))}»`);
  const knownSaid = new Map(known.statements.map((s) => [`${s.part}:${span(s)}`, s]));
  const bareSaid = new Set(bare.statements.map((s) => `${s.part}:${span(s)}`));
  for (const s of bare.statements) {
    const k = knownSaid.get(`${s.part}:${span(s)}`);
    if (!k) out.push(`  - said   ${s.speaker}: «${clip(s.quote)}»`);
    else if (k.speaker !== s.speaker) out.push(`  ~ said   ${s.speaker} → ${k.speaker}: «${clip(s.quote)}»`);
  }
  for (const s of known.statements) if (!bareSaid.has(`${s.part}:${span(s)}`)) out.push(`  + said   ${s.speaker}: «${clip(s.quote)}»`);
  const bareActors = new Set(bare.actors.map((x) => x.name.toLowerCase()));
  const knownNames = new Set(known.actors.flatMap((x) => [x.name, ...x.aliases]).map((n) => n.toLowerCase()));
  const lost = bare.actors.filter((x) => ![x.name, ...x.aliases].some((n) => knownNames.has(n.toLowerCase()))).map((x) => x.name);
  const gained = known.actors.filter((x) => !bareActors.has(x.name.toLowerCase())).map((x) => x.name);
  if (lost.length) out.push(`  - actors ${lost.join("; ")}`);
  if (gained.length && !process.argv.includes("--no-gained")) out.push(`  + actors ${gained.join("; ")}`);
  return out;
}

function main() {
  const articles = tuningSplit();
  const known = knownActorsLeavingOneOut(articles);
  const counts = new Map<string, number>();
  articles.forEach((a, i) => {
    const lines = differences(a, propose(a), propose(a, known[i]));
    for (const l of lines) counts.set(l.slice(0, 10), (counts.get(l.slice(0, 10)) ?? 0) + 1);
    if (lines.length && !process.argv.includes("--summary")) console.log(`${a.name}\n${lines.join("\n")}`);
  });
  console.log([...counts].map(([k, n]) => `${k.trim()} ${n}`).join(" | "));
}

main();
