import { describe, expect, inject, it } from "vitest";

// app/bench/baseline is the web benchmark's dynamic baseline (npm run bench:web). It must not exist
// on a server started without FAULTLINE_BENCH=1, as this one is.
describe("the benchmark's baseline page", () => {
  it("is a 404 on a normal server", async () => {
    const response = await fetch(`${inject("baseUrl")}/bench/baseline`, { redirect: "manual" });
    const body = await response.text();
    expect(response.status).toBe(404);
    expect(body).not.toContain("rendered from memory");
  });
});
