import type { NextConfig } from "next";

const FRAME_DENY = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

const nextConfig: NextConfig = {
  // End-to-end runs build into their own folder so parallel runs and a
  // running dev server never overwrite each other's output.
  // eslint-disable-next-line no-restricted-syntax
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typescript: {
    // `npm test` typechecks the whole project as its own first step.
    ignoreBuildErrors: true,
    // Next adds its dist folder to the tsconfig it builds with; e2e builds
    // get a throwaway one so the project's own file stays as written.
    // eslint-disable-next-line no-restricted-syntax
    tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json",
  },
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
