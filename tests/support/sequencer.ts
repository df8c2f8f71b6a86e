import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The browser files share one server and its demo database. These change what readers see (they
// publish, correct, delete and restore), so they run after every file that counts the demo's rows,
// in this order; the rest keep vitest's own order.
const WRITERS = ["cache.test.ts", "corrections.test.ts", "editor.test.ts", "editor-review.test.ts", "editor-desk.test.ts"];

const rank = (spec: TestSpecification) => {
  if (spec.project.name !== "e2e") return -1;
  return WRITERS.indexOf(path.basename(spec.moduleId));
};

export default class WritersLastSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => rank(f) === -1), ...sorted.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b))];
  }
}
