/**
 * Writes every fixture article's proposal as JSON, to check that a speed change alters no output.
 * Run: npx tsx tests/bench/extract-identical.ts OUT_DIR [ENGINE_DIR]   (ENGINE_DIR defaults to lib/extraction)
 * then the same with the other engine into a second directory, and `diff -r` the two.
 */
import { mkdirSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["tests/fixtures/articles", "tests/fixtures/events-dev", "tests/fixtures/retired"];
const [outDir, engineDir = path.join(root, "lib/extraction")] = process.argv.slice(2);
if (!outDir) throw new Error("Usage: npx tsx tests/bench/extract-identical.ts OUT_DIR [ENGINE_DIR]");
const { extractArticle } = (await import(path.resolve(engineDir, "index.ts"))) as typeof import("../../lib/extraction/index");

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textFiles(path.join(dir, e.name)) : e.name.endsWith(".txt") ? [path.join(dir, e.name)] : [],
  );
}

let count = 0;
for (const file of FOLDERS.flatMap((f) => textFiles(path.join(root, f)))) {
  const text = readFileSync(file, "utf8");
  const out = path.join(outDir, path.relative(root, file).replace(/\.txt$/, ".json"));
  mkdirSync(path.dirname(out), { recursive: true });
  // The learned gates and the rules alone both, so paths behind the options are compared too.
  const proposals = [extractArticle({ text }), extractArticle({ text, allCandidates: true, ruleTypesOnly: true })];
  writeFileSync(out, proposals.map((p) => JSON.stringify(p, null, 1)).join("\n"));
  count++;
}
console.log(`${count} articles written to ${outDir}`);
