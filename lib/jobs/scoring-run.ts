import {
  failJob,
  finishedChunks,
  listUnfinishedScoringJobs,
  planRun,
  scoreChunk,
} from "@/db/queries/scoring";
import { afterScoringRun } from "@/lib/ai-fit/after-run";
import { logger } from "@/lib/logger";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";
import type { ScoreSqlParams } from "@/lib/scoring-sql";
import type { Icp } from "@/db/schema";

import type { ChunkQueue, ScoreChunkTask } from "./queue";

/** Runs one chunk; a throw sends it back to the queue for a retry. */
export async function runScoreChunk(task: ScoreChunkTask): Promise<void> {
  const started = Date.now();
  const outcome = await scoreChunk(task);
  const log = { jobId: task.jobId, chunk: task.chunk };
  if (outcome.status === "scored") {
    logger.debug(
      { ...log, rows: outcome.rows, ms: Date.now() - started },
      "scoring chunk done",
    );
    if (outcome.finished) {
      logger.info(log, "scoring run finished");
      afterScoringRun(task.jobId);
    }
  } else if (outcome.status === "gone") {
    logger.info({ ...log, reason: outcome.reason }, "scoring run stopped");
  }
}

export async function failScoreChunk(
  task: ScoreChunkTask,
  error: string,
): Promise<void> {
  logger.error({ jobId: task.jobId, chunk: task.chunk, error }, "chunk dead");
  await failJob({
    jobId: task.jobId,
    error: "Scoring stopped after repeated errors. Start the run again.",
  });
}

export function tasksOf(input: {
  jobId: string;
  chunks: { chunk: number; lo: number; hi: number }[];
  params: ScoreSqlParams;
}): ScoreChunkTask[] {
  return input.chunks.map((c) => ({
    jobId: input.jobId,
    chunk: c.chunk,
    lo: c.lo,
    hi: c.hi,
    params: input.params,
  }));
}

/**
 * The in-memory queue dies with its process. On start, runs left
 * unfinished are queued again (their finished chunks are skipped) while
 * the ICP's criteria are still those the run began with; otherwise the run
 * is failed so the list shows as needing a fresh run.
 */
export async function resumeUnfinishedRuns(
  queue: ChunkQueue,
  loadIcp: (id: string) => Promise<Icp | undefined>,
  opts: { chunkSize?: number } = {},
): Promise<number> {
  let resumed = 0;
  for (const job of await listUnfinishedScoringJobs()) {
    const icp = job.icpId ? await loadIcp(job.icpId) : undefined;
    const sameCriteria =
      icp && job.icpVersion !== null && icp.criteriaVersion <= job.icpVersion;
    const plan = job.listId
      ? await planRun({ listId: job.listId, chunkSize: opts.chunkSize })
      : null;
    if (!icp || !sameCriteria || !plan || plan.chunks.length !== job.chunks) {
      await failJob({
        jobId: job.id,
        error: "The scoring run was interrupted. Start it again.",
      });
      continue;
    }
    const done = await finishedChunks(job.id);
    const todo = plan.chunks.filter((c) => !done.has(c.chunk));
    await queue.send(
      tasksOf({ jobId: job.id, chunks: todo, params: scoreSqlParamsOf(icp) }),
    );
    resumed += 1;
  }
  if (resumed) logger.info({ runs: resumed }, "scoring runs resumed");
  return resumed;
}
