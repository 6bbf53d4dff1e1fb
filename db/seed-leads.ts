import fs from "node:fs";
import path from "node:path";

import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

import type { Db, DbHandle } from "@/db/client";
import { importLeadList } from "@/lib/leads/import";
import { logger } from "@/lib/logger";

export const DEMO_LEADS_FILE = path.join(
  process.cwd(),
  "db",
  "demo",
  "leads.csv",
);

export const DEMO_LIST_NAME = "Demo leads";

/**
 * Seeding runs while the app's database handle is still being opened, so
 * the handle is rebuilt here from the drizzle instance's own client.
 */
function handleOf(db: Db): DbHandle {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client && typeof (client as PGlite).exec === "function") {
    const pglite = client as PGlite;
    return { kind: "pglite", db, pglite, close: () => pglite.close() };
  }
  const pool = client as Pool;
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/**
 * Imports db/demo/leads.csv as the "Demo leads" list through the import
 * pipeline, then, once the app's database is ready, scores it against the
 * team's default ICP.
 */
export async function seedDemoLeads(db: Db, teamId: string): Promise<void> {
  const list = await importLeadList(fs.createReadStream(DEMO_LEADS_FILE), {
    teamId,
    name: DEMO_LIST_NAME,
    source: "demo",
    dedupe: "merge",
    handle: handleOf(db),
  });
  logger.info(
    { teamId, listId: list.id, rows: list.rowCount },
    "seeded demo lead list",
  );

  // Scoring reads the app's handle, which resolves only after seeding;
  // a database seeded outside the app (a script, a test) is left unscored.
  const registry = globalThis as unknown as {
    __icpDb?: Promise<DbHandle>;
    __icpDbOverride?: DbHandle;
  };
  const appHandle = registry.__icpDbOverride
    ? Promise.resolve(registry.__icpDbOverride)
    : registry.__icpDb;
  if (!appHandle) return;
  void (async () => {
    const app = await appHandle;
    if (app.db !== db) return;
    const { scoreNewList } = await import("@/lib/leads/auto-score");
    await scoreNewList({ teamId, listId: list.id });
  })().catch((err: unknown) =>
    logger.error({ err, teamId }, "could not score the demo lead list"),
  );
}
