import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable, responseKind, unavailableResponse } from "./availability";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's connection codes, pg socket errors, shutdown codes and pool timeouts", () => {
    const known = (code: string) => new Prisma.PrismaClientKnownRequestError("x", { code, clientVersion: "7" });
    expect(isDatabaseUnavailable(known("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(known("P2024"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("leaves ordinary failures alone", () => {
    expect(isDatabaseUnavailable(new Prisma.PrismaClientKnownRequestError("Unique constraint", { code: "P2002", clientVersion: "7" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("unavailableResponse", () => {
  it("answers 503 with Retry-After, as HTML, JSON or plain text by path", async () => {
    expect(responseKind("/timeline")).toBe("html");
    expect(responseKind("/api/auth/sign-in/email")).toBe("json");
    expect(responseKind("/feeds/events")).toBe("text");
    expect(responseKind("/statements/export")).toBe("text");
    const page = unavailableResponse("/timeline");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain("temporarily unavailable");
    const api = unavailableResponse("/api/ready");
    expect(api.headers.get("content-type")).toBe("application/json");
    expect((await api.json()).error).toBe("database_unavailable");
    expect(unavailableResponse("/feeds/events").headers.get("content-type")).toMatch(/^text\/plain/);
  });
});
