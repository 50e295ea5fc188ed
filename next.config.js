/** @type {import('next').NextConfig} */

// Headers on every response, static files included. The content security policy carries a
// per-request nonce, so it is set in proxy.ts instead.
const securityHeaders = [
  // Presigned URLs are credentials: never leak one (or a page URL) through Referer.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Keep `next dev` from writing an AGENTS.md into the project.
  agentRules: false,
  serverExternalPackages: ["better-sqlite3"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
