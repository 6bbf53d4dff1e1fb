import fs from "node:fs";
import path from "node:path";

import type { DbHandle } from "@/db/client";
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
 * Imports db/demo/leads.csv as the "Demo leads" list through the import
 * pipeline. Returns the list id; scoring it is the caller's next step,
 * once the app's database is ready.
 */
export async function seedDemoLeads(
  handle: DbHandle,
  teamId: string,
): Promise<string> {
  const list = await importLeadList(fs.createReadStream(DEMO_LEADS_FILE), {
    teamId,
    name: DEMO_LIST_NAME,
    source: "demo",
    dedupe: "merge",
    handle,
  });
  logger.info(
    { teamId, listId: list.id, rows: list.rowCount },
    "seeded demo lead list",
  );
  return list.id;
}
