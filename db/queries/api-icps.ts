import "server-only";

import { and, asc, eq, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import type { IcpWithStats } from "@/db/queries/icps";
import { icps, icpStats } from "@/db/schema";
import type { Keyset } from "@/lib/api/cursor";

/**
 * One page of a team's ICPs in creation order, for the public API. The
 * keyset compares the creation time at full (microsecond) precision, read
 * back as text, so pages never repeat or skip a row.
 */
export async function listIcpPage(input: {
  teamId: string;
  limit: number;
  after?: Keyset;
}): Promise<{ items: IcpWithStats[]; next: Keyset | null }> {
  const db = await getDb();
  const where = [eq(icps.teamId, input.teamId)];
  if (input.after) {
    where.push(
      sql`(${icps.createdAt}, ${icps.id}) >
        (${input.after.createdAt}::timestamptz, ${input.after.id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      icp: icps,
      createdAtText: sql<string>`${icps.createdAt}::text`,
      leadsScored: icpStats.leadsScored,
      highFitLeads: icpStats.highFitLeads,
      staleLeads: icpStats.staleLeads,
    })
    .from(icps)
    .leftJoin(icpStats, eq(icpStats.icpId, icps.id))
    .where(and(...where))
    .orderBy(asc(icps.createdAt), asc(icps.id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const items = page.map((r) => {
    const scored = Number(r.leadsScored ?? 0);
    const high = Number(r.highFitLeads ?? 0);
    return {
      ...r.icp,
      stats: {
        leadsScored: scored,
        highFitLeads: high,
        conversionRate: scored ? high / scored : null,
        staleLeads: Number(r.staleLeads ?? 0),
      },
    };
  });
  const last = page.at(-1);
  const next =
    rows.length > input.limit && last
      ? { createdAt: last.createdAtText, id: last.icp.id }
      : null;
  return { items, next };
}
