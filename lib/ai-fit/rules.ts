import type { Icp, Job } from "@/db/schema";

export type AiFitTarget = { teamId: string; icpId: string; listId: string };

/**
 * Whether the AI-judged "description" criterion exists for an ICP: only
 * with a provider, the check turned on, and a description to judge by.
 * Otherwise it is absent, never approximated.
 */
export function aiFitCheckApplies(
  icp: Pick<Icp, "aiFitCheck" | "idealCustomerDescription">,
  providerConfigured: boolean,
): boolean {
  return (
    providerConfigured &&
    icp.aiFitCheck &&
    icp.idealCustomerDescription.trim().length > 0
  );
}

/**
 * The list and ICP a finished job leaves for the AI fit check: a scoring
 * run that succeeded. A failed run, or one whose list or ICP is gone,
 * leaves nothing.
 */
export function aiFitTargetOf(
  job: Pick<Job, "kind" | "status" | "teamId" | "listId" | "icpId">,
): AiFitTarget | null {
  if (job.kind !== "score" || job.status !== "succeeded") return null;
  if (!job.listId || !job.icpId) return null;
  return { teamId: job.teamId, icpId: job.icpId, listId: job.listId };
}
