/**
 * Does compromise's named-entity pass beat the engine's hand-written person and organisation finder?
 * Scores both against the annotated actors of the development sets (persons; organisations and bodies)
 * and times both. Run: npx tsx tests/bench/extract-compromise.ts [DIR …]   (prints figures; not a test)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { extractArticle, parseArticle, type Expected } from "../../lib/extraction/index";

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["tests/fixtures/articles", "tests/fixtures/articles/round3", "tests/fixtures/articles/round4-text"];
const key = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/['']s$/, "").trim();
type Tally = { expected: number; found: number; proposed: number; right: number; ms: number };
const blank = (): Tally => ({ expected: 0, found: 0, proposed: 0, right: 0, ms: 0 });
const tallies = { enginePersons: blank(), compromisePersons: blank(), engineBodies: blank(), compromiseBodies: blank() };

function score(t: Tally, expected: Expected["actors"], proposed: string[]) {
  const expectedForms = expected.map((a) => new Set([a.name, ...(a.aliases ?? [])].map(key)));
  const proposedKeys = new Set(proposed.map(key));
  t.expected += expected.length;
  t.found += expectedForms.filter((forms) => [...forms].some((f) => proposedKeys.has(f))).length;
  t.proposed += proposedKeys.size;
  t.right += [...proposedKeys].filter((p) => expectedForms.some((forms) => forms.has(p))).length;
}

for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const raw = readFileSync(path.join(dir, f), "utf8");
    const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
    const persons = expected.actors.filter((a) => a.kind === "person");
    const bodies = expected.actors.filter((a) => !["person", "state"].includes(a.kind ?? ""));
    let t0 = performance.now();
    const p = extractArticle({ text: raw });
    const engineMs = performance.now() - t0;
    const engineNames = (kinds: (k: string) => boolean) => p.actors.filter((a) => kinds(a.kind)).flatMap((a) => [a.name, ...a.aliases]);
    score(tallies.enginePersons, persons, engineNames((k) => k === "person"));
    score(tallies.engineBodies, bodies, engineNames((k) => !["person", "state"].includes(k)));
    tallies.enginePersons.ms += engineMs;
    const body = parseArticle(raw).body;
    t0 = performance.now();
    const doc = nlp(body);
    const people = doc.people().json({ normal: false }).map((x: { text: string }) => x.text.replace(/[,.;:]+$/, ""));
    const orgs = doc.organizations().json().map((x: { text: string }) => x.text.replace(/[,.;:]+$/, ""));
    tallies.compromisePersons.ms += performance.now() - t0;
    score(tallies.compromisePersons, persons, people);
    score(tallies.compromiseBodies, bodies, orgs);
  }
}
const r = (n: number, d: number) => (d ? n / d : 1).toFixed(3);
for (const [name, t] of Object.entries(tallies)) {
  console.log(`${name.padEnd(18)} recall ${r(t.found, t.expected)} (${t.found}/${t.expected})  precision ${r(t.right, t.proposed)} (${t.right}/${t.proposed})${t.ms ? `  total ${t.ms.toFixed(0)} ms` : ""}`);
}
