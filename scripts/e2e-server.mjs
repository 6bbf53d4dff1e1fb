// Builds the app for production once and serves it on a fresh embedded
// database, so every end-to-end run starts from the same empty state.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = path.resolve(".data/e2e");
fs.rmSync(dataDir, { recursive: true, force: true });

if (!process.env.E2E_SKIP_BUILD) {
  execSync("npx next build", { stdio: "inherit" });
}

const child = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
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
child.on("exit", (code) => process.exit(code ?? 0));
