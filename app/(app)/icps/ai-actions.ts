"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { teamAction } from "@/lib/actions/team-action";
import { getAiJudgements, runAiFitCheck } from "@/lib/ai-fit";

// Ids are checked by the queries, which answer "not found" for anything
// that is not the team's, malformed ids included.
const idSchema = z.string().trim().min(1).max(100);

/**
 * Runs the AI fit check of a lead list against an ICP now. A run judges
 * at most AI_FIT_MAX_LEADS_PER_RUN new leads; leads judged before (for the
 * same criteria) are not sent again.
 */
export const runAiFitCheckAction = teamAction(
  {
    name: "runAiFitCheck",
    schema: z.object({ icpId: idSchema, listId: idSchema }),
  },
  async ({ icpId, listId }, ctx) => {
    const result = await runAiFitCheck({ teamId: ctx.team.id, icpId, listId });

    if (result.status !== "skipped") revalidatePath(`/leads/${listId}`);
    return result;
  },
);

/** One lead's current AI judgement against an ICP, or null. */
export const getAiJudgementAction = teamAction(
  {
    name: "getAiJudgement",
    schema: z.object({
      icpId: idSchema,
      leadId: z.number().int().positive(),
    }),
  },
  async ({ icpId, leadId }, ctx) => {
    const judgements = await getAiJudgements({
      teamId: ctx.team.id,
      icpId,
      leadIds: [leadId],
    });
    const judgement = judgements.get(leadId);
    return judgement
      ? { score: judgement.score, reason: judgement.reason }
      : null;
  },
);
