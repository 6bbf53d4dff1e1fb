import "server-only";

import { and, desc, eq, inArray, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import type { Db } from "@/db/client";
import { icps, jobs, leadLists, listScoreStats } from "@/db/schema";
import type { Job } from "@/db/schema";
import { scoredLeadSql } from "@/lib/scoring-sql";
import type { ScoreSqlParams } from "@/lib/scoring-sql";

/** Leads per chunk of a scoring run: one transaction of a few seconds. */
export const CHUNK_SIZE = 50_000;

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Executor = Db | Tx;

async function rowsOf<T>(
  db: Executor,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const num = (v: unknown): number => Number(v ?? 0);

export type ChunkRange = { chunk: number; lo: number; hi: number };

export type RunPlan = { total: number; chunks: ChunkRange[] };

/**
 * Splits a list into id ranges of `chunkSize` ids. An import gives a list
 * consecutive ids, so the ranges hold `chunkSize` leads each; planning
 * reads two ends of an index and a count, never the leads themselves.
 */
export async function planRun(input: {
  listId: string;
  chunkSize?: number;
}): Promise<RunPlan> {
  const size = input.chunkSize ?? CHUNK_SIZE;
  const db = await getDb();
  const [row] = await rowsOf<{ lo: unknown; hi: unknown; total: unknown }>(
    db,
    sql`SELECT min(id) AS lo, max(id) AS hi, count(*) AS total
        FROM leads WHERE list_id = ${input.listId}`,
  );
  const total = num(row?.total);
  if (!total) return { total: 0, chunks: [] };
  const lo = num(row!.lo);
  const hi = num(row!.hi);
  const chunks: ChunkRange[] = [];
  for (let start = lo, i = 0; start <= hi; start += size, i++) {
    chunks.push({ chunk: i, lo: start, hi: Math.min(hi, start + size - 1) });
  }
  return { total, chunks };
}

export async function insertJob(input: {
  teamId: string;
  listId: string;
  icpId: string;
  icpVersion: number;
  total: number;
  chunks: number;
}): Promise<Job> {
  const db = await getDb();
  const empty = input.chunks === 0;
  const [job] = await db
    .insert(jobs)
    .values({
      teamId: input.teamId,
      kind: "score",
      listId: input.listId,
      icpId: input.icpId,
      icpVersion: input.icpVersion,
      total: input.total,
      chunks: input.chunks,
      ...(empty
        ? {
            status: "succeeded" as const,
            progress: 1,
            startedAt: new Date(),
            finishedAt: new Date(),
          }
        : {}),
    })
    .returning();
  return job!;
}

export type ChunkOutcome =
  | { status: "scored"; rows: number; finished: boolean }
  | { status: "already-done" }
  | { status: "gone"; reason: string };

/**
 * Scores one chunk in one transaction: claims the chunk (a retry of a
 * finished chunk stops here), rewrites the chunk's scores with one
 * INSERT … SELECT, moves the maintained counts by exactly what the rewrite
 * changed, and advances the run, all or nothing. `afterScores` runs between
 * the rewrite and the counts (tests throw there to break a chunk halfway).
 */
export async function scoreChunk(input: {
  jobId: string;
  chunk: number;
  lo: number;
  hi: number;
  params: ScoreSqlParams;
  afterScores?: (tx: Tx) => void | Promise<void>;
}): Promise<ChunkOutcome> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ status: "running", startedAt: sql`clock_timestamp()` })
    .where(and(eq(jobs.id, input.jobId), eq(jobs.status, "queued")));

  return db.transaction(async (tx) => {
    const claimed = await rowsOf<{ chunk: number }>(
      tx,
      sql`INSERT INTO job_chunks (job_id, chunk, rows)
          VALUES (${input.jobId}, ${input.chunk}, 0)
          ON CONFLICT DO NOTHING RETURNING chunk`,
    );
    if (!claimed.length) return { status: "already-done" } as const;

    // KEY SHARE keeps the list and the ICP from being deleted under the
    // chunk without making ICP edits wait for it.
    const [target] = await rowsOf<{
      team_id: string;
      list_id: string | null;
      icp_id: string | null;
      icp_version: number | null;
      list_ok: boolean;
      icp_ok: boolean;
    }>(
      tx,
      sql`SELECT j.team_id, j.list_id, j.icp_id, j.icp_version,
            EXISTS (SELECT 1 FROM lead_lists WHERE id = j.list_id
                    FOR KEY SHARE) AS list_ok,
            EXISTS (SELECT 1 FROM icps WHERE id = j.icp_id
                    FOR KEY SHARE) AS icp_ok
          FROM jobs j WHERE j.id = ${input.jobId}`,
    );
    if (!target?.list_id || !target.icp_id || target.icp_version === null) {
      return { status: "gone", reason: "The scoring run no longer exists." };
    }
    if (!target.list_ok || !target.icp_ok) {
      const reason = target.list_ok
        ? "The ICP was deleted during the scoring run."
        : "The lead list was deleted during the scoring run.";
      await tx
        .update(jobs)
        .set({
          status: "failed",
          error: reason,
          finishedAt: sql`clock_timestamp()`,
        })
        .where(eq(jobs.id, input.jobId));
      return { status: "gone", reason };
    }

    const { list_id: listId, icp_id: icpId, icp_version: version } = target;
    const scored = scoredLeadSql(input.params);
    // previous_fit is the fit of the row as it stood when this statement
    // locked it (null for a new row), so the deltas stay right even when
    // another run rewrote the same leads a moment earlier.
    const [delta] = await rowsOf<Record<string, unknown>>(
      tx,
      sql`WITH up AS (
            INSERT INTO lead_scores AS s (lead_id, icp_id, team_id, list_id,
              icp_version, score, fit, previous_fit, scored_at)
            SELECT l.id, ${icpId}::uuid, l.team_id, l.list_id, ${version},
              sc.score, sc.fit, NULL, now()
            FROM leads l CROSS JOIN LATERAL (${scored}) sc
            WHERE l.list_id = ${listId} AND l.id BETWEEN ${input.lo}
              AND ${input.hi}
            ON CONFLICT (icp_id, lead_id) DO UPDATE
              SET icp_version = excluded.icp_version,
                  score = excluded.score,
                  fit = excluded.fit,
                  previous_fit = s.fit,
                  scored_at = excluded.scored_at
              WHERE s.icp_version <= excluded.icp_version
            RETURNING s.fit, s.previous_fit
          )
          SELECT
            (SELECT count(*) FROM leads WHERE list_id = ${listId}
               AND id BETWEEN ${input.lo} AND ${input.hi}) AS rows,
            count(*) FILTER (WHERE previous_fit IS NULL) AS added,
            count(*) FILTER (WHERE fit = 'high')
              - count(*) FILTER (WHERE previous_fit = 'high') AS high,
            count(*) FILTER (WHERE fit = 'medium')
              - count(*) FILTER (WHERE previous_fit = 'medium') AS medium,
            count(*) FILTER (WHERE fit = 'low')
              - count(*) FILTER (WHERE previous_fit = 'low') AS low
          FROM up`,
    );
    const rows = num(delta?.rows);
    const added = num(delta?.added);
    const high = num(delta?.high);
    const medium = num(delta?.medium);
    const low = num(delta?.low);

    await input.afterScores?.(tx);

    if (added || high) {
      await tx.execute(
        sql`INSERT INTO icp_stats (icp_id, team_id, leads_scored,
              high_fit_leads, updated_at)
            VALUES (${icpId}, ${target.team_id}, ${added}, ${high}, now())
            ON CONFLICT (icp_id) DO UPDATE SET
              leads_scored = icp_stats.leads_scored + excluded.leads_scored,
              high_fit_leads =
                icp_stats.high_fit_leads + excluded.high_fit_leads,
              updated_at = now()`,
      );
    }
    if (high || medium || low) {
      await tx.execute(
        sql`INSERT INTO list_score_stats (list_id, icp_id, team_id,
              icp_version, high, medium, low, updated_at)
            VALUES (${listId}, ${icpId}, ${target.team_id}, 0, ${high},
              ${medium}, ${low}, now())
            ON CONFLICT (list_id, icp_id) DO UPDATE SET
              high = list_score_stats.high + excluded.high,
              medium = list_score_stats.medium + excluded.medium,
              low = list_score_stats.low + excluded.low,
              updated_at = now()`,
      );
    }
    await tx.execute(
      sql`UPDATE job_chunks SET rows = ${rows}, finished_at = now()
          WHERE job_id = ${input.jobId} AND chunk = ${input.chunk}`,
    );
    const [job] = await rowsOf<{ finished: boolean; status: string }>(
      tx,
      sql`UPDATE jobs SET
            done = done + ${rows},
            chunks_done = chunks_done + 1,
            progress = CASE WHEN chunks_done + 1 >= chunks THEN 1
              ELSE least(0.99, (done + ${rows})::float8 / greatest(total, 1))
              END,
            status = CASE WHEN status = 'failed' THEN status
              WHEN chunks_done + 1 >= chunks THEN 'succeeded'
              ELSE 'running' END,
            started_at = coalesce(started_at, now()),
            finished_at = CASE WHEN chunks_done + 1 >= chunks
              THEN clock_timestamp() ELSE finished_at END
          WHERE id = ${input.jobId}
          RETURNING chunks_done >= chunks AS finished, status`,
    );
    const finished = Boolean(job?.finished);
    if (finished && job?.status === "succeeded") {
      // Every lead of the list now carries at least this version.
      await tx.execute(
        sql`UPDATE list_score_stats
            SET icp_version = greatest(icp_version, ${version})
            WHERE list_id = ${listId} AND icp_id = ${icpId}`,
      );
      await tx
        .update(leadLists)
        .set({ lastScoredIcpId: icpId })
        .where(eq(leadLists.id, listId));
    }
    return { status: "scored", rows, finished } as const;
  });
}

/** A chunk that will not be retried again fails its whole run. */
export async function failJob(input: {
  jobId: string;
  error: string;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({
      status: "failed",
      error: input.error,
      finishedAt: sql`clock_timestamp()`,
    })
    .where(
      and(
        eq(jobs.id, input.jobId),
        inArray(jobs.status, ["queued", "running"]),
      ),
    );
}

/**
 * Takes a lead list's scores out of the ICP totals. Call it in the
 * transaction that deletes the list, before the delete: the list's own
 * maintained counts say what to subtract, so no score is read. False (and
 * nothing changed) when the team has no such list.
 */
export async function releaseListScores(
  tx: Executor,
  input: { teamId: string; listId: string },
): Promise<boolean> {
  // The row lock waits for any chunk still writing this list's scores.
  const [list] = await rowsOf<{ id: string }>(
    tx,
    sql`SELECT id FROM lead_lists
        WHERE id = ${input.listId} AND team_id = ${input.teamId}
        FOR UPDATE`,
  );
  if (!list) return false;
  await tx.execute(
    sql`WITH gone AS (
          DELETE FROM list_score_stats WHERE list_id = ${input.listId}
          RETURNING icp_id, high, medium, low
        )
        UPDATE icp_stats SET
          leads_scored = icp_stats.leads_scored
            - (gone.high + gone.medium + gone.low),
          high_fit_leads = icp_stats.high_fit_leads - gone.high,
          updated_at = now()
        FROM gone WHERE icp_stats.icp_id = gone.icp_id`,
  );
  return true;
}

/** Runs of the team, newest first; another team's id finds nothing. */
export async function getJobRow(input: {
  teamId: string;
  id: string;
}): Promise<Job | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.teamId, input.teamId), eq(jobs.id, input.id)));
  return row;
}

export async function getJobById(id: string): Promise<Job | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** The newest unfinished scoring run of a list, for the page to resume. */
export async function getActiveScoringJob(input: {
  teamId: string;
  listId: string;
}): Promise<Job | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.teamId, input.teamId),
        eq(jobs.listId, input.listId),
        eq(jobs.kind, "score"),
        inArray(jobs.status, ["queued", "running"]),
      ),
    )
    .orderBy(desc(jobs.createdAt))
    .limit(1);
  return row;
}

/** Unfinished runs, to pick up again after an embedded-mode restart. */
export async function listUnfinishedScoringJobs(): Promise<Job[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobs)
    .where(
      and(eq(jobs.kind, "score"), inArray(jobs.status, ["queued", "running"])),
    );
}

export async function finishedChunks(jobId: string): Promise<Set<number>> {
  const db = await getDb();
  const rows = await rowsOf<{ chunk: number }>(
    db,
    sql`SELECT chunk FROM job_chunks WHERE job_id = ${jobId}`,
  );
  return new Set(rows.map((r) => Number(r.chunk)));
}

export type ListScoreState = {
  icpId: string;
  icpName: string;
  /** Every score of the list is at least this ICP version. */
  icpVersion: number;
  criteriaVersion: number;
  /** The ICP's criteria changed after the list was last scored. */
  stale: boolean;
  high: number;
  medium: number;
  low: number;
};

/** Per-ICP segment counts of a list, from the maintained aggregates. */
export async function getListScoreStates(input: {
  teamId: string;
  listId: string;
}): Promise<ListScoreState[]> {
  const db = await getDb();
  const rows = await db
    .select({
      icpId: listScoreStats.icpId,
      icpName: icps.name,
      icpVersion: listScoreStats.icpVersion,
      criteriaVersion: icps.criteriaVersion,
      high: listScoreStats.high,
      medium: listScoreStats.medium,
      low: listScoreStats.low,
    })
    .from(listScoreStats)
    .innerJoin(icps, eq(icps.id, listScoreStats.icpId))
    .where(
      and(
        eq(listScoreStats.teamId, input.teamId),
        eq(listScoreStats.listId, input.listId),
      ),
    );
  return rows.map((r) => ({ ...r, stale: r.icpVersion < r.criteriaVersion }));
}
