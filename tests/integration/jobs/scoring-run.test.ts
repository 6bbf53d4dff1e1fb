import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";

import { createApiKey } from "@/db/queries/api-keys";
import { getIcp, setDefaultIcp, updateIcp } from "@/db/queries/icps";
import {
  getListScoreStates,
  insertJob,
  planRun,
  releaseListScores,
  scoreChunk,
} from "@/db/queries/scoring";
import type { Db } from "@/db/client";
import { leadLists } from "@/db/schema";
import { GET as getJobRoute } from "@/app/api/v1/jobs/[id]/route";
import { POST as scoreListRoute } from "@/app/api/v1/lead-lists/[id]/score/route";
import { POST as importListRoute } from "@/app/api/v1/lead-lists/route";
import {
  enqueueScoringRun,
  getJob,
  jobsIdle,
  startJobWorker,
  stopJobs,
} from "@/lib/jobs";
import { MemoryChunkQueue } from "@/lib/jobs/memory-queue";
import {
  failScoreChunk,
  resumeUnfinishedRuns,
  runScoreChunk,
  tasksOf,
} from "@/lib/jobs/scoring-run";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { insertRandomList, rowsOf } from "../scoring-sql/random-leads";
import {
  expectExactCounts,
  FINANCE_ICP,
  makeIcp,
  SALES_ICP,
  scoreCoverage,
  waitForJob,
} from "./helpers";

const CHUNK = 300;

describeEachDb("scoring runs", (getHandle, kind) => {
  const db = () => getHandle().db;

  beforeAll(async () => {
    await startJobWorker({
      concurrency: 2,
      boss: { maintenanceIntervalSeconds: 1, retryDelaySeconds: 1 },
    });
  });
  afterAll(async () => {
    await stopJobs();
  });

  async function run(input: {
    teamId: string;
    listId: string;
    icpId?: string;
  }) {
    const job = await enqueueScoringRun({ ...input, chunkSize: CHUNK });
    if (kind === "pglite") await jobsIdle();
    return waitForJob(input.teamId, job.id);
  }

  async function setup(leads = 2000, seed = 1) {
    const { team, user } = await makeUserAndTeam(`jobs-${kind}`);
    const listId = await insertRandomList(db(), {
      teamId: team.id,
      count: leads,
      seed,
    });
    const sales = await makeIcp(team.id, SALES_ICP);
    const finance = await makeIcp(team.id, FINANCE_ICP);
    return { team, user, listId, sales, finance };
  }

  it("scores every lead of a list once, with exact counts", async () => {
    const { team, listId, sales } = await setup();
    await setDefaultIcp({ teamId: team.id, id: sales.id });

    const job = await run({ teamId: team.id, listId });

    expect(job).toMatchObject({
      status: "succeeded",
      progress: 1,
      icpId: sales.id,
      total: 2000,
      done: 2000,
    });
    expect(await scoreCoverage(db(), listId, sales.id)).toEqual({
      leads: 2000,
      scored: 2000,
    });
    await expectExactCounts(db(), [sales.id]);
    const [list] = await db()
      .select()
      .from(leadLists)
      .where(eq(leadLists.id, listId));
    expect(list!.lastScoredIcpId).toBe(sales.id);
    const states = await getListScoreStates({ teamId: team.id, listId });
    expect(states).toMatchObject([{ icpId: sales.id, stale: false }]);
    expect(states[0]!.high + states[0]!.medium + states[0]!.low).toBe(2000);
  });

  it("re-scores only the edited ICP's scores", async () => {
    const { team, listId, sales, finance } = await setup(1500, 2);
    await run({ teamId: team.id, listId, icpId: sales.id });
    await run({ teamId: team.id, listId, icpId: finance.id });
    const financeBefore = await rowsOf(
      db(),
      sql`SELECT lead_id, score, fit, icp_version, scored_at
          FROM lead_scores WHERE icp_id = ${finance.id} ORDER BY lead_id`,
    );

    await updateIcp({
      teamId: team.id,
      id: sales.id,
      fields: { industries: ["Retail", "Healthcare"], highFitThreshold: 40 },
    });
    const edited = (await getIcp({ teamId: team.id, id: sales.id }))!;
    const stale = await getListScoreStates({ teamId: team.id, listId });
    expect(stale.find((s) => s.icpId === sales.id)?.stale).toBe(true);
    expect(stale.find((s) => s.icpId === finance.id)?.stale).toBe(false);

    const job = await run({ teamId: team.id, listId, icpId: sales.id });

    expect(job.status).toBe("succeeded");
    const versions = await rowsOf<{ v: number; n: string }>(
      db(),
      sql`SELECT icp_version AS v, count(*) AS n FROM lead_scores
          WHERE icp_id = ${sales.id} GROUP BY 1`,
    );
    expect(versions.map((r) => [r.v, Number(r.n)])).toEqual([
      [edited.version, 1500],
    ]);
    const financeAfter = await rowsOf(
      db(),
      sql`SELECT lead_id, score, fit, icp_version, scored_at
          FROM lead_scores WHERE icp_id = ${finance.id} ORDER BY lead_id`,
    );
    expect(financeAfter).toEqual(financeBefore);
    await expectExactCounts(db(), [sales.id, finance.id]);
    const fresh = await getListScoreStates({ teamId: team.id, listId });
    expect(fresh.every((s) => !s.stale)).toBe(true);
  });

  it("keeps counts exact when a chunk fails after its writes", async () => {
    const { team, listId, sales } = await setup(1200, 3);
    const plan = await planRun({ listId, chunkSize: CHUNK });
    const job = await insertJob({
      teamId: team.id,
      listId,
      icpId: sales.id,
      icpVersion: sales.version,
      total: plan.total,
      chunks: plan.chunks.length,
    });
    let failures = 0;
    const written: number[] = [];
    const queue = new MemoryChunkQueue(
      async (task) => {
        await scoreChunk({
          ...task,
          afterScores: async (tx) => {
            if (task.chunk !== 1 || failures > 0) return;
            failures += 1;
            // Chunk 0's scores and this chunk's own are written.
            const [row] = await rowsOf<{ n: string }>(
              tx as unknown as Db,
              sql`SELECT count(*) AS n FROM lead_scores
                  WHERE icp_id = ${sales.id}`,
            );
            written.push(Number(row!.n));
            throw new Error("worker died mid-chunk");
          },
        });
      },
      async () => {
        throw new Error("no chunk should die for good");
      },
      { retryDelayMs: 20 },
    );

    await queue.send(
      tasksOf({
        jobId: job.id,
        chunks: plan.chunks,
        params: scoreSqlParamsOf(sales),
      }),
    );
    await queue.idle();

    expect(failures).toBe(1);
    expect(written).toEqual([2 * CHUNK]);
    const done = (await getJob({ teamId: team.id, id: job.id }))!;
    expect(done).toMatchObject({ status: "succeeded", done: 1200 });
    expect(await scoreCoverage(db(), listId, sales.id)).toEqual({
      leads: 1200,
      scored: 1200,
    });
    await expectExactCounts(db(), [sales.id]);
    // A retry of a finished chunk is a no-op.
    const again = await scoreChunk({
      jobId: job.id,
      ...plan.chunks[0]!,
      params: scoreSqlParamsOf(sales),
    });
    expect(again).toEqual({ status: "already-done" });
    expect((await getJob({ teamId: team.id, id: job.id }))!.done).toBe(1200);
    await expectExactCounts(db(), [sales.id]);
  });

  it("keeps counts exact when two runs rewrite the same leads", async () => {
    const { team, listId, sales } = await setup(900, 4);
    await run({ teamId: team.id, listId, icpId: sales.id });
    const plan = await planRun({ listId, chunkSize: CHUNK });
    const params = scoreSqlParamsOf(sales);
    const jobs = await Promise.all(
      [1, 2].map(() =>
        insertJob({
          teamId: team.id,
          listId,
          icpId: sales.id,
          icpVersion: sales.version,
          total: plan.total,
          chunks: plan.chunks.length,
        }),
      ),
    );

    await Promise.all(
      jobs.flatMap((job) =>
        plan.chunks.map((c) => scoreChunk({ jobId: job.id, ...c, params })),
      ),
    );

    await expectExactCounts(db(), [sales.id]);
    expect(await scoreCoverage(db(), listId, sales.id)).toEqual({
      leads: 900,
      scored: 900,
    });
  });

  it("takes a deleted list's scores out of the ICP totals", async () => {
    const { team, listId, sales } = await setup(700, 5);
    const other = await insertRandomList(db(), {
      teamId: team.id,
      count: 400,
      seed: 6,
    });
    await run({ teamId: team.id, listId, icpId: sales.id });
    await run({ teamId: team.id, listId: other, icpId: sales.id });
    const before = (await getIcp({ teamId: team.id, id: sales.id }))!.stats;
    expect(before.leadsScored).toBe(1100);

    const stranger = await makeUserAndTeam("stranger");
    await db().transaction(async (tx) => {
      const args = { teamId: stranger.team.id, listId };
      expect(await releaseListScores(tx, args)).toBe(false);
    });
    await db().transaction(async (tx) => {
      expect(await releaseListScores(tx, { teamId: team.id, listId })).toBe(
        true,
      );
      await tx.delete(leadLists).where(eq(leadLists.id, listId));
    });

    const after = (await getIcp({ teamId: team.id, id: sales.id }))!.stats;
    expect(after.leadsScored).toBe(400);
    await expectExactCounts(db(), [sales.id]);
  });

  it.skipIf(kind !== "pglite")(
    "resumes interrupted embedded runs unless the ICP changed",
    async () => {
      const { team, listId, sales, finance } = await setup(900, 9);
      const plan = await planRun({ listId, chunkSize: CHUNK });
      const jobFor = (icp: typeof sales) =>
        insertJob({
          teamId: team.id,
          listId,
          icpId: icp.id,
          icpVersion: icp.version,
          total: plan.total,
          chunks: plan.chunks.length,
        });
      const resumable = await jobFor(sales);
      const outdated = await jobFor(finance);
      // The process stopped after one chunk of each run.
      for (const [job, icp] of [
        [resumable, sales],
        [outdated, finance],
      ] as const) {
        const params = scoreSqlParamsOf(icp);
        await scoreChunk({ jobId: job.id, ...plan.chunks[0]!, params });
      }
      await updateIcp({
        teamId: team.id,
        id: finance.id,
        fields: { departments: ["Sales"] },
      });

      const queue = new MemoryChunkQueue(runScoreChunk, failScoreChunk);
      const load = async (id: string) => getIcp({ teamId: team.id, id });
      const resumed = await resumeUnfinishedRuns(queue, load, {
        chunkSize: CHUNK,
      });
      await queue.idle();

      expect(resumed).toBe(1);
      expect(await getJob({ teamId: team.id, id: resumable.id })).toMatchObject(
        { status: "succeeded", done: 900 },
      );
      const failed = await getJob({ teamId: team.id, id: outdated.id });
      expect(failed?.status).toBe("failed");
      expect(failed?.error).toMatch(/interrupted/);
      await expectExactCounts(db(), [sales.id, finance.id]);
    },
  );

  it("names the run an API import starts, which scores every lead", async () => {
    const { team } = await makeUserAndTeam(`import-run-${kind}`);
    const icp = await makeIcp(team.id, SALES_ICP);
    await setDefaultIcp({ teamId: team.id, id: icp.id });
    const key = (
      await createApiKey({ teamId: team.id, name: "w", scope: "write" })
    ).key;
    const rows = ["First Name,Last Name,Title,Company,Country"];
    for (let i = 0; i < 40; i++) {
      rows.push(`Ann${i},Lee,VP of Sales,Acme ${i},United States`);
    }
    const res = await importListRoute(
      new Request("http://localhost/api/v1/lead-lists?name=Auto", {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "text/csv",
        },
        body: rows.join("\n"),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      scoring: { icpId: string; jobId: string } | null;
    };
    expect(body.scoring).toEqual({
      icpId: icp.id,
      jobId: expect.any(String),
    });
    if (kind === "pglite") await jobsIdle();
    const job = await waitForJob(team.id, body.scoring!.jobId);
    expect(job).toMatchObject({ status: "succeeded", done: 40 });
    expect(await scoreCoverage(db(), body.id, icp.id)).toEqual({
      leads: 40,
      scored: 40,
    });
  });

  it("refuses a missing default ICP and another team's list", async () => {
    const { team, listId } = await setup(10, 7);
    const stranger = await makeUserAndTeam("stranger");

    await expect(
      enqueueScoringRun({ teamId: team.id, listId }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      enqueueScoringRun({ teamId: stranger.team.id, listId }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 404 for another team's jobs and lists in the API", async () => {
    const { team, listId, sales } = await setup(50, 8);
    const stranger = await makeUserAndTeam("stranger");
    const ownKey = (
      await createApiKey({ teamId: team.id, name: "w", scope: "write" })
    ).key;
    const strangerKey = (
      await createApiKey({
        teamId: stranger.team.id,
        name: "w",
        scope: "write",
      })
    ).key;
    const base = "http://api.test/api/v1";
    const post = (key: string, body: unknown) =>
      scoreListRoute(
        new Request(`${base}/lead-lists/${listId}/score`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${key}`,
            "content-type": "application/json",
          },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ id: listId }) },
      );
    const get = (key: string, id: string) =>
      getJobRoute(
        new Request(`${base}/jobs/${id}`, {
          headers: { authorization: `Bearer ${key}` },
        }),
        { params: Promise.resolve({ id }) },
      );

    expect((await post(strangerKey, { icpId: sales.id })).status).toBe(404);
    const noDefault = await post(ownKey, {});
    expect(noDefault.status).toBe(409);
    expect((await noDefault.json()).error.code).toBe("no_default_icp");

    const res = await post(ownKey, { icpId: sales.id });
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    if (kind === "pglite") await jobsIdle();
    await waitForJob(team.id, jobId);

    const own = await get(ownKey, jobId);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({
      status: "succeeded",
      progress: 1,
    });
    const theirs = await get(strangerKey, jobId);
    expect(theirs.status).toBe(404);
    expect(await getJob({ teamId: stranger.team.id, id: jobId })).toBe(
      undefined,
    );
    expect((await get(ownKey, "not-a-uuid")).status).toBe(404);
  });
});
