"use server";

import { z } from "zod";

import { teamAction } from "@/lib/actions/team-action";
import { enqueueScoringRun } from "@/lib/jobs";

// The queries answer "not found" for ids that are not the team's own,
// malformed ones included.
const idSchema = z.string().trim().min(1).max(100);

export type StartedRun = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  progress: number;
};

export const startScoringRunAction = teamAction(
  {
    name: "startScoringRun",
    schema: z.object({ listId: idSchema, icpId: idSchema.optional() }),
  },
  async (input, ctx): Promise<StartedRun> => {
    const job = await enqueueScoringRun({
      teamId: ctx.team.id,
      listId: input.listId,
      icpId: input.icpId,
    });

    return { id: job.id, status: job.status, progress: job.progress };
  },
);
