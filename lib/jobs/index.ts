import { and, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { getDefaultIcp, getIcp, isUuid } from "@/db/queries/icps";
import {
  failJob,
  getActiveScoringJob,
  getJobRow,
  insertJob,
  planRun,
} from "@/db/queries/scoring";
import { leadLists } from "@/db/schema";
import type { Icp, Job } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";

import { getChunkQueue } from "./runtime";
import { tasksOf } from "./scoring-run";

export { jobsIdle, startJobWorker, stopJobs } from "./runtime";

export type JobStatus = Job["status"];

/** What a caller may see of a job. */
export type JobView = {
  id: string;
  kind: Job["kind"];
  status: JobStatus;
  /** 0..1 */
  progress: number;
  error?: string;
  listId: string | null;
  icpId: string | null;
  icpVersion: number | null;
  total: number;
  done: number;
  createdAt: Date;
  finishedAt: Date | null;
};

/** Asked to use the team's default ICP when the team has none. */
export class NoDefaultIcpError extends AppError {
  constructor() {
    super(
      "conflict",
      "This team has no default ICP. Choose an ICP to score against.",
    );
    this.name = "NoDefaultIcpError";
  }
}

export function jobView(job: Job): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: Math.min(1, Math.max(0, job.progress)),
    ...(job.error ? { error: job.error } : {}),
    listId: job.listId,
    icpId: job.icpId,
    icpVersion: job.icpVersion,
    total: job.total,
    done: job.done,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

async function resolveIcp(teamId: string, icpId?: string): Promise<Icp> {
  if (icpId === undefined) {
    const icp = await getDefaultIcp(teamId);
    if (!icp) throw new NoDefaultIcpError();
    return icp;
  }
  const icp = await getIcp({ teamId, id: icpId });
  if (!icp) throw new AppError("not_found", "ICP not found");
  return icp;
}

/**
 * Starts scoring a lead list against an ICP (the team's default when
 * `icpId` is absent) and returns the run at once; chunks are scored by
 * whichever workers pull them. Asking again while the same run is still
 * going returns that run instead of starting a second one.
 */
export async function enqueueScoringRun(input: {
  teamId: string;
  listId: string;
  icpId?: string;
  /** Leads per chunk; tests use small chunks to get many of them. */
  chunkSize?: number;
}): Promise<JobView> {
  if (!isUuid(input.listId)) {
    throw new AppError("not_found", "Lead list not found");
  }
  const db = await getDb();
  const [list] = await db
    .select({ id: leadLists.id, status: leadLists.status })
    .from(leadLists)
    .where(
      and(eq(leadLists.teamId, input.teamId), eq(leadLists.id, input.listId)),
    );
  if (!list) throw new AppError("not_found", "Lead list not found");
  if (list.status !== "ready") {
    throw new AppError(
      "conflict",
      list.status === "importing"
        ? "The lead list is still importing. Score it once it is ready."
        : "The lead list failed to import and cannot be scored.",
    );
  }
  const icp = await resolveIcp(input.teamId, input.icpId);

  const active = await getActiveScoringJob({
    teamId: input.teamId,
    listId: list.id,
  });
  if (active?.icpId === icp.id && active.icpVersion === icp.version) {
    return jobView(active);
  }

  const plan = await planRun({ listId: list.id, chunkSize: input.chunkSize });
  const job = await insertJob({
    teamId: input.teamId,
    listId: list.id,
    icpId: icp.id,
    icpVersion: icp.version,
    total: plan.total,
    chunks: plan.chunks.length,
  });
  const log = { teamId: input.teamId, jobId: job.id, listId: list.id };
  if (!plan.chunks.length) return jobView(job);

  try {
    const queue = await getChunkQueue();
    await queue.send(
      tasksOf({
        jobId: job.id,
        chunks: plan.chunks,
        params: scoreSqlParamsOf(icp),
      }),
    );
  } catch (err) {
    logger.error({ err, ...log }, "could not queue scoring run");
    await failJob({ jobId: job.id, error: "The run could not be queued." });
    throw err;
  }
  logger.info(
    { ...log, icpId: icp.id, leads: plan.total, chunks: plan.chunks.length },
    "scoring run queued",
  );
  return jobView(job);
}

/** A job of the team; another team's id (or a malformed one) finds none. */
export async function getJob(input: {
  teamId: string;
  id: string;
}): Promise<JobView | undefined> {
  if (!isUuid(input.id)) return undefined;
  const job = await getJobRow(input);
  return job ? jobView(job) : undefined;
}

export async function getActiveRun(input: {
  teamId: string;
  listId: string;
}): Promise<JobView | undefined> {
  if (!isUuid(input.listId)) return undefined;
  const job = await getActiveScoringJob(input);
  return job ? jobView(job) : undefined;
}
