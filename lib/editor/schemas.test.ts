import { describe, expect, it } from "vitest";
import { articleFieldsSchema, fieldErrors, partialDate } from "./schemas";

const valid = { title: "T", publication: "P", publishedOn: "2025-09-07", body: "Body\twith a tab.\nAnd a line." };

describe("editor schemas", () => {
  it("accept tabs and line breaks but refuse other control characters, per field", () => {
    expect(articleFieldsSchema.safeParse(valid).success).toBe(true);
    const bad = articleFieldsSchema.safeParse({ ...valid, title: "T\u0000", body: "x\u000by" });
    expect(bad.success).toBe(false);
    expect(fieldErrors(bad.error!)).toEqual({ title: "Remove the invisible control characters.", body: "Remove the invisible control characters." });
  });

  it("refuse dates PostgreSQL cannot store or that do not exist", () => {
    for (const d of ["0000-01-01", "0999", "2025-02-29", "2025-13"]) expect(partialDate.safeParse(d).success, d).toBe(false);
    for (const d of ["2025", "2025-09", "2024-02-29"]) expect(partialDate.safeParse(d).success, d).toBe(true);
    expect(fieldErrors(articleFieldsSchema.safeParse({ ...valid, publishedOn: "0000-01-01" }).error!)).toEqual({ publishedOn: "That date does not exist." });
  });
});
