import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The browser files run a few at a time (vitest.config.ts), in the group of the integration files: those
// first (they need no build), then the longest browser files, so the workers finish together instead of
// one long file running alone at the end. Seconds each took in a quiet
// fresh-clone run (2 cores); files not listed follow in vitest's own order.
const SLOWEST_FIRST = [
  "analyst.test.ts", // 83 s
  "reader.test.ts", // 72
  "corrections.test.ts", // 71
  "accessibility.test.ts", // 70
  "outage.test.ts", // 56
  "start.test.ts", // 56
  "editor-review.test.ts", // 43
  "private-folder.test.ts", // 32
  "editor.test.ts", // 30
  "editor-desk.test.ts", // 29
  "timeline.test.ts", // 28
  "cache.test.ts", // 27
  "article.test.ts", // 18
];

const rank = (spec: TestSpecification) => {
  if (!spec.project.name.startsWith("e2e")) return -1;
  const index = SLOWEST_FIRST.indexOf(path.basename(spec.moduleId));
  return index === -1 ? SLOWEST_FIRST.length : index;
};

export default class SlowestFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: equal ranks keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
