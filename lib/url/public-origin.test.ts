import { afterEach, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

afterEach(() => {
  delete process.env.FAULTLINE_PUBLIC_URL;
  delete process.env.BETTER_AUTH_URL;
});

it("prefers the configured public address", () => {
  process.env.FAULTLINE_PUBLIC_URL = "https://faultline.example.org/some/path";
  expect(publicOrigin(new Request("http://localhost:3000/feeds/events"))).toBe("https://faultline.example.org");
});

it("else uses the host the request came to, and ignores a forged one", () => {
  const request = new Request("http://localhost:3000/feeds/events", { headers: { host: "news.example.org", "x-forwarded-proto": "https" } });
  expect(publicOrigin(request)).toBe("https://news.example.org");
  const forged = new Request("http://localhost:3000/x", { headers: { host: "evil.example/<script>" } });
  expect(publicOrigin(forged)).toBe("http://localhost:3000");
});
