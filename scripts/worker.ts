import "./cli-env";

import { getDbHandle } from "@/db/client";
import { startJobWorker, stopJobs } from "@/lib/jobs";

const USAGE = "usage: npm run worker [-- --concurrency=N]";

function concurrencyArg(): number {
  const arg = process.argv.find((a) => a.startsWith("--concurrency="));
  if (!arg) return 2;
  const n = Number(arg.split("=")[1]);
  if (!Number.isInteger(n) || n < 1 || n > 32) {
    console.error(USAGE);
    process.exit(2);
  }
  return n;
}

/**
 * A process that only runs jobs: scoring chunks pulled from the shared
 * pg-boss queue. Start as many as the database can take; they split each
 * run between them. Stops after the chunks in hand on SIGINT or SIGTERM.
 */
async function main() {
  const concurrency = concurrencyArg();
  const handle = await getDbHandle();
  if (handle.kind !== "postgres") {
    console.error(
      "npm run worker needs PostgreSQL (DATABASE_URL). With the embedded " +
        "database the app server runs jobs itself.",
    );
    await handle.close();
    process.exit(1);
  }

  await startJobWorker({ concurrency });
  console.log(`worker running (${concurrency} at a time); Ctrl-C stops it`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopJobs();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
