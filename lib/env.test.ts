import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("defaults to port 3000 and the embedded database", () => {
    const env = readEnv({});
    expect([env.PORT, env.DATABASE_URL, env.FAULTLINE_DATA_DIR, env.BETTER_AUTH_SECRET]).toEqual([3000, undefined, ".data/postgres", undefined]);
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and a port", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://u:p@db:5432/faultline", PORT: "8080" });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://u:p@db:5432/faultline", PORT: 8080 });
  });

  it("names each bad variable", () => {
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgresql/);
    expect(() => readEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32/);
  });
});

describe("the public API's settings", () => {
  it("limits 120 requests a minute by default, 0 turning it off", () => {
    expect(readEnv({}).FAULTLINE_API_RATE_LIMIT).toBe(120);
    expect(readEnv({ FAULTLINE_API_RATE_LIMIT: "0" }).FAULTLINE_API_RATE_LIMIT).toBe(0);
    expect(() => readEnv({ FAULTLINE_API_RATE_LIMIT: "lots" })).toThrow(/FAULTLINE_API_RATE_LIMIT/);
  });
});
