// The extraction engine's regexes are compiled on first use only if lib/runtime/compile-regexes-on-first-use.ts is
// evaluated before the engine's modules (README, "Regex tiering"). This keeps that order from breaking silently: every
// module outside the engine that imports the engine to run it loads that setting first.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SETTING = "compile-regexes-on-first-use";
/** Runs the engine only to read the demo article's head while seeding, in the start/CLI process: speed does not matter. */
const EXEMPT = new Set(["lib/demo/demo-article.ts"]);
// An engine import that runs code: not `import type`, not the shared zod schemas.
const ENGINE_IMPORT = /^import\s+(?!type\b)[^;]*from\s+"(?:@\/lib\/extraction|(?:\.\.\/)+extraction)(?:\/(?!schema")[\w/-]+)?";/m;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return rel === "lib/extraction" || rel === "lib/generated" ? [] : sources(rel);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

describe("entry points of the extraction engine", () => {
  it("load the regex setting before they import the engine", () => {
    const late = ["app", "components", "lib"].flatMap(sources).filter((file) => {
      if (EXEMPT.has(file)) return false;
      const text = readFileSync(path.join(root, file), "utf8");
      const engineAt = text.search(ENGINE_IMPORT);
      if (engineAt < 0) return false;
      const settingAt = text.indexOf(SETTING);
      return settingAt < 0 || settingAt > engineAt;
    });
    expect(late).toEqual([]);
  });
});
