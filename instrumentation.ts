/**
 * Runs once when a Next.js server starts. In the Node.js runtime it makes
 * this process a job worker too: pg-boss subscribers on PostgreSQL (unless
 * WORKER_IN_PROCESS=false leaves jobs to `npm run worker`), the in-memory
 * queue on the embedded database, which no other process can open.
 */
export async function register() {
  // Next's own variables, read before the app's environment is loaded.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { env } = await import("@/lib/env");
  const { logger } = await import("@/lib/logger");
  const e = env();
  if (e.DATABASE_URL && e.WORKER_IN_PROCESS === false) {
    logger.info("in-process job worker off: run `npm run worker`");
    return;
  }

  const { startJobWorker } = await import("@/lib/jobs");
  // Not awaited: the server takes requests while the database opens.
  startJobWorker().catch((err: unknown) => {
    logger.error({ err }, "in-process job worker did not start");
  });
}
