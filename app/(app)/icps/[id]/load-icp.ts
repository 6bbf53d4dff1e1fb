import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { getIcp } from "@/db/queries/icps";
import { requireTeamContext } from "@/lib/auth/session";

/**
 * The ICP in the caller's current team, or a 404: another team's ICP is
 * indistinguishable from one that does not exist. Cached per request, so
 * the layout's check and the page share one query.
 */
export const loadTeamIcp = cache(async (id: string) => {
  const ctx = await requireTeamContext();
  const icp = await getIcp({ teamId: ctx.team.id, id });
  if (!icp) notFound();
  return { ctx, icp };
});
