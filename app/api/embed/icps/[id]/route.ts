import { z } from "zod";

import { toCardData } from "@/components/icps/icp-summary";
import { setIcpActive } from "@/db/queries/icps";
import { loadIcpDetail } from "@/lib/embed/data";
import { embedRoute } from "@/lib/embed/route";
import type { EmbedClaims } from "@/lib/embed/token";
import { notFound } from "@/lib/errors";

const params = z.object({ id: z.string().max(64) });

/** The dashboard reaches every ICP of its team, an ICP view only its own. */
function reachable(session: EmbedClaims, id: string): boolean {
  return session.view === "icps" || session.id === id.toLowerCase();
}

export const GET = embedRoute(
  { views: ["icps", "icp"], params },
  async ({ session, params }) => {
    if (!reachable(session, params.id)) throw notFound("ICP");

    const icp = await loadIcpDetail({ teamId: session.teamId, id: params.id });
    if (!icp) throw notFound("ICP");
    return icp;
  },
);

export const PATCH = embedRoute(
  {
    views: ["icps", "icp"],
    write: true,
    params,
    body: z.object({ active: z.boolean({ error: "active is true or false" }) }),
  },
  async ({ session, params, body, log }) => {
    if (!reachable(session, params.id)) throw notFound("ICP");

    const icp = await setIcpActive({
      teamId: session.teamId,
      id: params.id,
      active: body.active,
    });

    log.info(
      { teamId: session.teamId, icpId: icp.id, active: icp.active },
      "embedded view changed an ICP",
    );
    return toCardData(icp);
  },
);
