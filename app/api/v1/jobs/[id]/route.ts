import { z } from "zod";

import { apiRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getJob } from "@/lib/jobs";

const paramsSchema = z.object({ id: z.string() });

/** A job of the key's team; any other id is 404, whoever owns it. */
export const GET = apiRoute(
  { scope: "read", params: paramsSchema },
  async ({ team, params }) => {
    const job = await getJob({ teamId: team.id, id: params.id });
    if (!job) throw notFound("Job");

    return {
      id: job.id,
      kind: job.kind,
      status: job.status,
      progress: job.progress,
      ...(job.error ? { error: job.error } : {}),
      listId: job.listId,
      icpId: job.icpId,
      leadsTotal: job.total,
      leadsDone: job.done,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  },
);
