import { expect, it } from "vitest";
import { configuredOrigin, publicOrigin, publicUrlProblem, servesHttps } from "./public-origin";

it("uses the configured public address and never the request's Host or X-Forwarded-Host", () => {
  const env = { FAULTLINE_PUBLIC_URL: "https://faultline.example.org/some/path", NODE_ENV: "production" };
  expect(configuredOrigin(env)).toBe("https://faultline.example.org");
  expect(configuredOrigin({ BETTER_AUTH_URL: "http://news.internal:8080", NODE_ENV: "production" })).toBe("http://news.internal:8080");
  const previous = process.env.FAULTLINE_PUBLIC_URL;
  process.env.FAULTLINE_PUBLIC_URL = "https://faultline.example.org";
  try {
    const forged = new Request("http://localhost:3000/feeds/events", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    expect(publicOrigin(forged)).toBe("https://faultline.example.org");
  } finally {
    if (previous === undefined) delete process.env.FAULTLINE_PUBLIC_URL;
    else process.env.FAULTLINE_PUBLIC_URL = previous;
  }
});

it("is required in production, defaults to localhost elsewhere, and must be http(s)", () => {
  expect(publicUrlProblem({ NODE_ENV: "production" })).toMatch(/FAULTLINE_PUBLIC_URL is not set/);
  expect(() => configuredOrigin({ NODE_ENV: "production" })).toThrow(/FAULTLINE_PUBLIC_URL is not set/);
  expect(configuredOrigin({ NODE_ENV: "development", PORT: "3005" })).toBe("http://localhost:3005");
  expect(publicUrlProblem({ FAULTLINE_PUBLIC_URL: "ftp://x.example" })).toMatch(/http:\/\/ or https:\/\//);
  expect(publicUrlProblem({ FAULTLINE_PUBLIC_URL: "not a url" })).toMatch(/is not a URL/);
});

it("asks for HSTS only when the public address is https", () => {
  expect(servesHttps({ FAULTLINE_PUBLIC_URL: "https://faultline.example.org" })).toBe(true);
  expect(servesHttps({ FAULTLINE_PUBLIC_URL: "http://localhost:3000" })).toBe(false);
  expect(servesHttps({ NODE_ENV: "production" })).toBe(false);
});
