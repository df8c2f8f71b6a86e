import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The browser files share one server and its demo database. Those that change what readers see
// (publish, correct, delete and restore) are in the "e2e" project, which runs one file at a time after
// the parallel readers ("e2e-parallel", vitest.config.ts): these last and in this order, after any other
// serial file. Everything else keeps vitest's own order.
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
