import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

import { createIcp, getIcp } from "@/db/queries/icps";
import { insertJob, planRun } from "@/db/queries/scoring";
import { aiJudgements, jobs, leadLists } from "@/db/schema";
import { countAiJudgements, getAiJudgements } from "@/lib/ai-fit";
import {
  afterScoringRun,
  aiFitChecksIdle,
  setAiFitOptionsForTests,
} from "@/lib/ai-fit/after-run";
import { resetEnvCache } from "@/lib/env";
import { icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFieldsInput } from "@/lib/icps/schema";
import {
  enqueueScoringRun,
  jobsIdle,
  startJobWorker,
  stopJobs,
} from "@/lib/jobs";
import { runScoreChunk, tasksOf } from "@/lib/jobs/scoring-run";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { waitForJob } from "../jobs/helpers";
import { makeList } from "./helpers";
import { judgingModel } from "./models";

type Account = Awaited<ReturnType<typeof makeUserAndTeam>>;

const IDEAL =
  "Heads of sales at US software companies that sell to other businesses.";

function judgeBySector(lead: Record<string, unknown>) {
  return lead.industry === "SaaS"
    ? { score: 85, reason: "Sells software to businesses." }
    : { score: 10, reason: "Not a software company." };
}

const LEADS = [
  { title: "VP of Sales", industry: "SaaS", country: "US" },
  { title: "Head of Sales", industry: "SaaS", employeeCount: 80 },
  { title: "Nurse", industry: "Hospitals" },
  { title: "CFO", industry: "Banking", country: "DE" },
  { title: "Account Executive", industry: "SaaS", country: "CA" },
];

/** Polls until `done` holds; the pg-boss worker runs chunks on its own. */
async function until(done: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeEachDb("AI fit check after scoring runs", (getHandle, kind) => {
  let alice: Account;

  beforeAll(async () => {
    alice = await makeUserAndTeam("after-run");
    await startJobWorker({
      concurrency: 2,
      boss: { maintenanceIntervalSeconds: 1, retryDelaySeconds: 1 },
    });
  });
  afterEach(async () => {
    await aiFitChecksIdle();
    setAiFitOptionsForTests(undefined);
  });
  afterAll(async () => {
    await stopJobs();
  });

  async function setup(extra: Partial<IcpFieldsInput> = {}) {
    const { listId, leadIds } = await makeList(
      getHandle().db,
      alice.team.id,
      `List ${crypto.randomUUID()}`,
      LEADS,
    );
    const icp = await createIcp({
      teamId: alice.team.id,
      fields: icpFieldsSchema.parse({
        name: `Fit ${crypto.randomUUID()}`,
        idealCustomerDescription: IDEAL,
        industries: ["SaaS"],
        aiFitCheck: true,
        ...extra,
      }),
    });
    return { listId, leadIds, icpId: icp.id };
  }

  /**
   * A scoring run of two-lead chunks, run here chunk by chunk so the
   * test decides when it finishes.
   */
  async function chunkedRun(input: { listId: string; icpId: string }) {
    const icp = await getIcp({ teamId: alice.team.id, id: input.icpId });
    const plan = await planRun({ listId: input.listId, chunkSize: 2 });
    const job = await insertJob({
      teamId: alice.team.id,
      listId: input.listId,
      icpId: input.icpId,
      icpVersion: icp!.version,
      total: plan.total,
      chunks: plan.chunks.length,
    });
    const tasks = tasksOf({
      jobId: job.id,
      chunks: plan.chunks,
      params: scoreSqlParamsOf(icp!),
    });
    return { jobId: job.id, tasks };
  }

  async function runAll(input: { listId: string; icpId: string }) {
    const run = await chunkedRun(input);
    for (const task of run.tasks) await runScoreChunk(task);
    return run.jobId;
  }

  const jobStatus = async (jobId: string) => {
    const [row] = await getHandle()
      .db.select({ status: jobs.status })
      .from(jobs)
      .where(eq(jobs.id, jobId));
    return row?.status;
  };

  const stored = (icpId: string) =>
    getHandle()
      .db.select()
      .from(aiJudgements)
      .where(eq(aiJudgements.icpId, icpId));

  it("judges the list once a queued scoring run finishes", async () => {
    const judge = judgingModel(judgeBySector);
    setAiFitOptionsForTests({ model: judge.model });
    const { listId, leadIds, icpId } = await setup();

    const queued = await enqueueScoringRun({
      teamId: alice.team.id,
      listId,
      icpId,
      chunkSize: 2,
    });
    if (kind === "pglite") await jobsIdle();
    const job = await waitForJob(alice.team.id, queued.id);
    await until(async () => {
      const n = await countAiJudgements({
        teamId: alice.team.id,
        icpId,
        listId,
      });
      return n.judged === LEADS.length;
    });
    await aiFitChecksIdle();

    expect(job.status).toBe("succeeded");
    const judgements = await getAiJudgements({
      teamId: alice.team.id,
      icpId,
      leadIds,
    });
    expect(judgements.get(leadIds[0]!)).toMatchObject({
      score: 85,
      reason: "Sells software to businesses.",
    });
    expect(judgements.get(leadIds[2]!)).toMatchObject({
      score: 10,
      reason: "Not a software company.",
    });
    // Three chunks, one finished run: the leads went to the model once.
    expect(judge.calls()).toBe(1);
    expect(judge.prompts[0]).toContain(IDEAL);
  });

  it("waits for the run's last chunk before judging", async () => {
    const judge = judgingModel(judgeBySector);
    setAiFitOptionsForTests({ model: judge.model, batchSize: 2 });
    const { listId, icpId } = await setup();
    const { jobId, tasks } = await chunkedRun({ listId, icpId });
    expect(tasks.length).toBe(3);

    for (const task of tasks.slice(0, -1)) await runScoreChunk(task);
    await aiFitChecksIdle();
    expect(judge.calls()).toBe(0);
    expect(await stored(icpId)).toEqual([]);

    await runScoreChunk(tasks.at(-1)!);
    await aiFitChecksIdle();
    expect(await jobStatus(jobId)).toBe("succeeded");
    expect(judge.calls()).toBe(3);
    expect((await stored(icpId)).length).toBe(LEADS.length);
  });

  it("judges nothing, and sends nothing, without a provider", async () => {
    setAiFitOptionsForTests({ config: null });
    const first = await setup();
    const jobId = await runAll(first);
    await aiFitChecksIdle();
    expect(await jobStatus(jobId)).toBe("succeeded");
    expect(await stored(first.icpId)).toEqual([]);

    // The environment's own answer: no AI_PROVIDER, no AI_MODEL.
    setAiFitOptionsForTests(undefined);
    const saved = {
      provider: process.env.AI_PROVIDER,
      model: process.env.AI_MODEL,
    };
    delete process.env.AI_PROVIDER;
    delete process.env.AI_MODEL;
    resetEnvCache();
    try {
      const second = await setup();
      await runAll(second);
      await aiFitChecksIdle();
      expect(await stored(second.icpId)).toEqual([]);
      expect(
        await countAiJudgements({
          teamId: alice.team.id,
          icpId: second.icpId,
          listId: second.listId,
        }),
      ).toEqual({ judged: 0, leads: LEADS.length });
    } finally {
      if (saved.provider !== undefined) {
        process.env.AI_PROVIDER = saved.provider;
      }
      if (saved.model !== undefined) process.env.AI_MODEL = saved.model;
      resetEnvCache();
    }
  });

  it("leaves ICPs with the check off alone", async () => {
    const judge = judgingModel(judgeBySector);
    setAiFitOptionsForTests({ model: judge.model });
    const { listId, icpId } = await setup({ aiFitCheck: false });

    await runAll({ listId, icpId });
    await aiFitChecksIdle();

    expect(judge.calls()).toBe(0);
    expect(await stored(icpId)).toEqual([]);
  });

  it("never fails the scoring run when the model does", async () => {
    const judge = judgingModel(judgeBySector, { fail: () => true });
    setAiFitOptionsForTests({ model: judge.model });
    const { listId, icpId } = await setup();

    const jobId = await runAll({ listId, icpId });
    await aiFitChecksIdle();

    expect(judge.calls()).toBeGreaterThan(0);
    expect(await jobStatus(jobId)).toBe("succeeded");
    expect(await stored(icpId)).toEqual([]);
  });

  it("runs one check at a time per list and ICP", async () => {
    const judge = judgingModel(judgeBySector, { delayMs: 30 });
    setAiFitOptionsForTests({ model: judge.model, batchSize: 5 });
    const { listId, icpId } = await setup();
    const jobId = await runAll({ listId, icpId });
    await aiFitChecksIdle();
    expect(judge.calls()).toBe(1);
    await getHandle()
      .db.delete(aiJudgements)
      .where(eq(aiJudgements.icpId, icpId));

    // Two runs ending together: the second check waits for the first and
    // then finds every lead judged, so no lead is paid for twice.
    afterScoringRun(jobId);
    afterScoringRun(jobId);
    afterScoringRun(jobId);
    await aiFitChecksIdle();

    expect(judge.calls()).toBe(2);
    expect(judge.maxInFlight()).toBe(1);
    expect((await stored(icpId)).length).toBe(LEADS.length);
  });

  it("does nothing for a run that failed", async () => {
    const judge = judgingModel(judgeBySector);
    setAiFitOptionsForTests({ model: judge.model });
    const { listId, icpId } = await setup();
    const { jobId } = await chunkedRun({ listId, icpId });
    await getHandle()
      .db.update(jobs)
      .set({ status: "failed", error: "stopped" })
      .where(eq(jobs.id, jobId));

    afterScoringRun(jobId);
    await aiFitChecksIdle();

    expect(judge.calls()).toBe(0);
    expect(await stored(icpId)).toEqual([]);
  });

  it("shrugs off a list deleted before its check starts", async () => {
    setAiFitOptionsForTests({ config: null });
    const { listId, icpId } = await setup();
    const jobId = await runAll({ listId, icpId });
    await getHandle().db.delete(leadLists).where(eq(leadLists.id, listId));
    const judge = judgingModel(judgeBySector);
    setAiFitOptionsForTests({ model: judge.model });

    expect(() => afterScoringRun(jobId)).not.toThrow();
    await expect(aiFitChecksIdle()).resolves.toBeUndefined();

    expect(judge.calls()).toBe(0);
    expect(await stored(icpId)).toEqual([]);
  });
});
