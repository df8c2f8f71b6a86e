/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pg and the Prisma adapter are plain Node packages; let Node load them instead of bundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Reader pages are cached whole (lib/cache). In memory only: the cache must never outlive the server,
  // or a restart on another database would serve the old one's pages. 128 MiB keeps the server under 1 GiB.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
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

export default nextConfig;
