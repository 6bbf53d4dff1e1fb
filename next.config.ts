import type { NextConfig } from "next";

const FRAME_DENY = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "pg-copy-streams",
    "pino",
    "pino-pretty",
    "country-state-city",
  ],
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
  async headers() {
    return [
      {
        // Everything but the embeddable pages refuses to be framed; /embed
        // gets a per-partner frame-ancestors from proxy.ts.
        source: "/((?!embed(?:/|$)).*)",
        headers: [
          ...FRAME_DENY,
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
