import { getDefaultIcp } from "@/db/queries/icps";
import { enqueueScoringRun } from "@/lib/jobs";
import { logger } from "@/lib/logger";

/**
 * Starts scoring a newly imported list against the team's default ICP,
 * when it has one. The list is already saved: a failure to queue the run
 * is logged and leaves the list unscored rather than failing the import.
 */
export async function scoreNewList(input: {
  teamId: string;
  listId: string;
}): Promise<{ icpId: string; icpName: string; jobId: string } | null> {
  const icp = await getDefaultIcp(input.teamId);
  if (!icp?.active) return null;
  let jobId: string;
  try {
    const run = await enqueueScoringRun({
      teamId: input.teamId,
      listId: input.listId,
      icpId: icp.id,
    });
    jobId = run.id;
  } catch (err) {
    logger.error(
      { err, teamId: input.teamId, listId: input.listId, icpId: icp.id },
      "could not start scoring a new lead list",
    );
    return null;
  }
  return { icpId: icp.id, icpName: icp.name, jobId };
}
