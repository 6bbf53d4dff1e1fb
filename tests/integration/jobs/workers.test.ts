import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { openPostgres, setDbForTests } from "@/db/client";
import type { DbHandle } from "@/db/client";
import { insertJob, planRun } from "@/db/queries/scoring";
import { BossChunkQueue } from "@/lib/jobs/boss-queue";
import type { BossOptions } from "@/lib/jobs/boss-queue";
import { failScoreChunk, runScoreChunk, tasksOf } from "@/lib/jobs/scoring-run";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";

import { makeUserAndTeam, openTestDb } from "../helpers/db";
import { insertRandomList, rowsOf } from "../scoring-sql/random-leads";
import {
  expectExactCounts,
  makeIcp,
  SALES_ICP,
  scoreCoverage,
  waitForJob,
} from "./helpers";

const url = process.env.TEST_DATABASE_URL;
const FAST: BossOptions = {
  expireInSeconds: 3,
  maintenanceIntervalSeconds: 1,
  retryDelaySeconds: 0,
};

describe.skipIf(!url)("scoring run workers [postgres]", () => {
  let handle: DbHandle;
  const opened: DbHandle[] = [];
  const queues: BossChunkQueue[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    handle = await openTestDb("postgres");
    setDbForTests(handle);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    for (const q of queues.splice(0)) await q.stop({ graceful: false });
    for (const h of opened.splice(0)) await h.close();
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await handle.close();
  });

  /** A queue on a pool of its own, as another process would have. */
  async function queueOn(name: string): Promise<BossChunkQueue> {
    const own = await openPostgres(url!, { max: 3 });
    opened.push(own);
    if (own.kind !== "postgres") throw new Error("expected PostgreSQL");
    const queue = await BossChunkQueue.start(own.pool, {
      ...FAST,
      queue: name,
    });
    queues.push(queue);
    return queue;
  }

  async function setup(leads: number, seed: number, chunkSize: number) {
    const { team } = await makeUserAndTeam("workers");
    const listId = await insertRandomList(handle.db, {
      teamId: team.id,
      count: leads,
      seed,
    });
    const icp = await makeIcp(team.id, SALES_ICP);
    const plan = await planRun({ listId, chunkSize });
    const job = await insertJob({
      teamId: team.id,
      listId,
      icpId: icp.id,
      icpVersion: icp.version,
      total: plan.total,
      chunks: plan.chunks.length,
    });
    const tasks = tasksOf({
      jobId: job.id,
      chunks: plan.chunks,
      params: scoreSqlParamsOf(icp),
    });
    return { team, listId, icp, job, tasks };
  }

  it("shares one run between two workers without double counting", async () => {
    const name = `score-two-${Date.now()}`;
    const { team, listId, icp, job, tasks } = await setup(3000, 11, 200);
    const taken: Record<"a" | "b", number[]> = { a: [], b: [] };
    for (const who of ["a", "b"] as const) {
      const worker = await queueOn(name);
      await worker.work(async (task) => {
        taken[who].push(task.chunk);
        // Long enough that both workers find chunks waiting.
        await new Promise((r) => setTimeout(r, 30));
        await runScoreChunk(task);
      }, failScoreChunk);
    }

    await (await queueOn(name)).send(tasks);
    const done = await waitForJob(team.id, job.id);

    expect(done).toMatchObject({ status: "succeeded", done: 3000 });
    expect(taken.a.length).toBeGreaterThan(0);
    expect(taken.b.length).toBeGreaterThan(0);
    expect([...taken.a, ...taken.b].sort((x, y) => x - y)).toEqual(
      tasks.map((t) => t.chunk),
    );
    expect(await scoreCoverage(handle.db, listId, icp.id)).toEqual({
      leads: 3000,
      scored: 3000,
    });
    await expectExactCounts(handle.db, [icp.id]);
  });

  it("loses nothing when a worker is killed mid-chunk", async () => {
    const name = `score-kill-${Date.now()}`;
    const { team, listId, icp, job, tasks } = await setup(1500, 12, 300);
    const sender = await queueOn(name);
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join(import.meta.dirname, "fixtures", "doomed-worker.ts"),
        url!,
        name,
      ],
      {
        env: { ...process.env, LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    children.push(child);
    const lines = readline.createInterface({ input: child.stdout! });
    const next = (prefix: string) =>
      new Promise<string>((resolve, reject) => {
        const onLine = (line: string) => {
          if (!line.startsWith(prefix)) return;
          lines.off("line", onLine);
          resolve(line);
        };
        lines.on("line", onLine);
        child.once("exit", (code) => reject(new Error(`worker exit ${code}`)));
      });

    await next("ready");
    await sender.send(tasks);
    await next("holding");
    // The child has written a chunk's scores in an open transaction.
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    const [partial] = await rowsOf<{ n: string }>(
      handle.db,
      sql`SELECT count(*) AS n FROM lead_scores WHERE icp_id = ${icp.id}`,
    );
    expect(Number(partial!.n)).toBe(0);

    await sender.work(runScoreChunk, failScoreChunk, 2);
    const done = await waitForJob(team.id, job.id, 45_000);

    expect(done).toMatchObject({ status: "succeeded", done: 1500 });
    expect(await scoreCoverage(handle.db, listId, icp.id)).toEqual({
      leads: 1500,
      scored: 1500,
    });
    await expectExactCounts(handle.db, [icp.id]);
  }, 60_000);
});
