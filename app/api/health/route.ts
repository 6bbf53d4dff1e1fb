import { sql } from "drizzle-orm";
import { connection } from "next/server";

import { getDbHandle } from "@/db/client";
import { logger } from "@/lib/logger";

export async function GET() {
  await connection();
  try {
    const handle = await getDbHandle();
    await handle.db.execute(sql`select 1`);
    return Response.json(
      { status: "ok", db: handle.kind },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (err) {
    logger.error({ err }, "health check failed");
    return Response.json(
      {
        status: "error",
        error: { code: "unavailable", message: "Database unavailable" },
      },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
