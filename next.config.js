/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pg and the Prisma adapter are plain Node packages; let Node load them instead of bundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
