import { sql } from "drizzle-orm";
import { expect } from "vitest";

import type { Db } from "@/db/client";
import { createIcp } from "@/db/queries/icps";
import { canonicalizeIcp, icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFieldsInput } from "@/lib/icps/schema";
import { getJob } from "@/lib/jobs";
import type { JobView } from "@/lib/jobs";

import { rowsOf } from "../scoring-sql/random-leads";

export async function makeIcp(
  teamId: string,
  input: Partial<IcpFieldsInput> & { name: string },
) {
  const parsed = icpFieldsSchema.parse(input);
  const canonical = canonicalizeIcp(parsed);
  if (!canonical.ok) throw new Error(JSON.stringify(canonical.fieldErrors));
  return createIcp({ teamId, fields: canonical.value });
}

export const SALES_ICP = {
  name: "Sales leaders",
  industries: ["SaaS", "Computer Software"],
  jobTitles: ["VP of Sales", "Head of Growth"],
  seniorities: ["VP", "Director"],
  countries: ["US", "CA"],
};

export const FINANCE_ICP = {
  name: "Finance",
  jobTitles: ["CFO", "Controller"],
  departments: ["Finance"],
  technologies: ["Snowflake", "AWS"],
  highFitThreshold: 50,
};

/** Polls a job until it ends (or the time is up). */
export async function waitForJob(
  teamId: string,
  id: string,
  timeoutMs = 60_000,
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await getJob({ teamId, id });
    if (!job) throw new Error(`job ${id} not found`);
    if (job.status === "succeeded" || job.status === "failed") return job;
    if (Date.now() > deadline) {
      throw new Error(`job ${id} still ${job.status} at ${job.progress}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The maintained counts recomputed from the scores themselves: they must
 * match exactly, and no lead may have two scores for one ICP.
 */
export async function expectExactCounts(db: Db, icpIds: string[]) {
  for (const icpId of icpIds) {
    const [actual] = await rowsOf<{ scored: string; high: string }>(
      db,
      sql`SELECT count(*) AS scored,
            count(*) FILTER (WHERE fit = 'high') AS high
          FROM lead_scores WHERE icp_id = ${icpId}`,
    );
    const [kept] = await rowsOf<{ scored: string; high: string }>(
      db,
      sql`SELECT leads_scored AS scored, high_fit_leads AS high
          FROM icp_stats WHERE icp_id = ${icpId}`,
    );
    expect(
      { scored: Number(kept?.scored ?? 0), high: Number(kept?.high ?? 0) },
      `icp_stats of ${icpId}`,
    ).toEqual({ scored: Number(actual!.scored), high: Number(actual!.high) });

    const perList = await rowsOf(
      db,
      sql`SELECT list_id, count(*) FILTER (WHERE fit = 'high') AS high,
            count(*) FILTER (WHERE fit = 'medium') AS medium,
            count(*) FILTER (WHERE fit = 'low') AS low
          FROM lead_scores WHERE icp_id = ${icpId}
          GROUP BY list_id ORDER BY list_id`,
    );
    const keptPerList = await rowsOf(
      db,
      sql`SELECT list_id, high, medium, low FROM list_score_stats
          WHERE icp_id = ${icpId} AND high + medium + low > 0
          ORDER BY list_id`,
    );
    const norm = (rows: Record<string, unknown>[]) =>
      rows.map((r) => ({
        list: r.list_id,
        high: Number(r.high),
        medium: Number(r.medium),
        low: Number(r.low),
      }));
    expect(norm(keptPerList), `list_score_stats of ${icpId}`).toEqual(
      norm(perList),
    );
  }
}

/** Leads of a list, and scores of them for an ICP (one each at most). */
export async function scoreCoverage(db: Db, listId: string, icpId: string) {
  const [row] = await rowsOf<{ leads: string; scored: string }>(
    db,
    sql`SELECT (SELECT count(*) FROM leads WHERE list_id = ${listId}) AS leads,
          (SELECT count(*) FROM lead_scores
           WHERE list_id = ${listId} AND icp_id = ${icpId}) AS scored`,
  );
  return { leads: Number(row!.leads), scored: Number(row!.scored) };
}
