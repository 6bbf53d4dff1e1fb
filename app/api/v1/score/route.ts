import { getDefaultIcp, getIcp } from "@/db/queries/icps";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { scoreRequestSchema } from "@/lib/api/score-schemas";
import { notFound } from "@/lib/errors";
import { compileIcp, normalizeLead, scoreLead } from "@/lib/scoring";

export const POST = apiRoute(
  { scope: "read", body: scoreRequestSchema, idempotent: true },
  async ({ team, body }) => {
    const icp = body.icpId
      ? await getIcp({ teamId: team.id, id: body.icpId })
      : await getDefaultIcp(team.id);
    if (!icp && body.icpId) throw notFound("ICP");
    if (!icp) {
      throw new ApiError(
        "no_default_icp",
        "The team has no default ICP: pass `icpId`, or make an ICP the " +
          "default with POST /api/v1/icps/{id}/default.",
      );
    }

    // Compiled once per request: the per-lead work is matching only.
    const compiled = compileIcp(icp);
    const results = body.leads.map((lead) => {
      const scored = scoreLead(compiled, normalizeLead(lead));
      return {
        ref: lead.ref ?? null,
        score: scored.score,
        fit: scored.fit,
        criteria: scored.criteria,
      };
    });

    return { icpId: icp.id, icpVersion: icp.version, results };
  },
);
