import "server-only";

import { listIcps } from "@/db/queries/icps";
import { getListScoreStates } from "@/db/queries/scoring";
import { getActiveRun } from "@/lib/jobs";

import { ScoreRunControl } from "./score-run-control";

/**
 * The scoring control of a lead list page with everything it needs read
 * on the server: the team's active ICPs, a run still going, and the ICPs
 * whose scores for this list are out of date.
 */
export async function ScoreRunPanel({
  teamId,
  listId,
}: {
  teamId: string;
  listId: string;
}) {
  const [icps, active, states] = await Promise.all([
    listIcps({ teamId, status: "active" }),
    getActiveRun({ teamId, listId }),
    getListScoreStates({ teamId, listId }),
  ]);

  return (
    <ScoreRunControl
      listId={listId}
      icps={icps.map((i) => ({
        id: i.id,
        name: i.name,
        isDefault: i.isDefault,
      }))}
      activeJob={
        active
          ? { id: active.id, status: active.status, progress: active.progress }
          : null
      }
      staleIcps={states
        .filter((s) => s.stale)
        .map((s) => ({ id: s.icpId, name: s.icpName }))}
    />
  );
}
