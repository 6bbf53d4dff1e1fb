// Builds the app for production once and serves it on a fresh embedded
// database, so every end-to-end run starts from the same empty state.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = path.resolve(`.data/e2e-${port}`);
const distDir = process.env.NEXT_DIST_DIR || `.next-e2e/${port}`;
fs.rmSync(dataDir, { recursive: true, force: true });

// Next writes its dist folder into the tsconfig it builds with: give it a
// copy that extends the project's own (beside the dist folder, which Next
// empties at the start of a build).
const tsconfig = `${distDir}.tsconfig.json`;
fs.mkdirSync(path.dirname(tsconfig), { recursive: true });
const root = path.relative(path.dirname(tsconfig), ".");
fs.writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: `${root}/tsconfig.json`,
    include: [`${root}/**/*.ts`, `${root}/**/*.tsx`],
    exclude: ["node_modules", ".data", ".next-e2e"].map((d) => `${root}/${d}`),
  }),
);
const buildEnv = { NEXT_DIST_DIR: distDir, NEXT_TSCONFIG: tsconfig };

if (!process.env.E2E_SKIP_BUILD) {
  execSync("npx next build", {
    stdio: "inherit",
    env: { ...process.env, ...buildEnv },
  });
}

const child = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    ...buildEnv,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    AUTH_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  },
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => child.kill(sig));
}
child.on("exit", (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
