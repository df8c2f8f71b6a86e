import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extractArticle } from "../../lib/extraction/index";
const dir = "tests/fixtures/articles";
const out = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) writeFileSync(`${out}/${f}.json`, JSON.stringify(extractArticle({ text: readFileSync(`${dir}/${f}`, "utf8") }), null, 1));
writeFileSync(`${out}/demo.json`, JSON.stringify(extractArticle({ text: readFileSync("prisma/demo/bne-2025-09-07-putin-peacekeepers-legitimate-targets.txt", "utf8") }), null, 1));
