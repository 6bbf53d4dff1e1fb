import { z } from "zod";

import { apiJson, apiRoute } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/errors";
import { scoreListBodySchema } from "@/lib/api/lead-list-schemas";
import type { ApiScoringRun } from "@/lib/api/lead-list-schemas";
import { enqueueScoringRun, NoDefaultIcpError } from "@/lib/jobs";

const paramsSchema = z.object({ id: z.string() });

/**
 * Starts a scoring run of the list against an ICP (the team's default when
 * no `icpId` is sent). 202 with the job id; poll GET /api/v1/jobs/{id}.
 */
export const POST = apiRoute(
  {
    scope: "write",
    params: paramsSchema,
    body: scoreListBodySchema,
    idempotent: true,
  },
  async ({ team, params, body, log }) => {
    let job;
    try {
      job = await enqueueScoringRun({
        teamId: team.id,
        listId: params.id,
        icpId: body?.icpId,
      });
    } catch (err) {
      if (err instanceof NoDefaultIcpError) {
        throw new ApiError("no_default_icp", err.message);
      }
      throw err;
    }

    log.info({ jobId: job.id, listId: params.id }, "scoring run requested");
    return apiJson(
      { jobId: job.id, status: job.status } satisfies ApiScoringRun,
      { status: 202, headers: { Location: `/api/v1/jobs/${job.id}` } },
    );
  },
);
