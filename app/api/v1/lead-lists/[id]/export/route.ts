import { z } from "zod";

import { getDefaultIcp } from "@/db/queries/icps";
import { apiRoute } from "@/lib/api/handler";
import {
  csvExportResponse,
  exportParamsSchema,
  resolveSegment,
} from "@/lib/leads/segment-request";

/**
 * The list (or one fit of it) as CSV, streamed: original columns,
 * normalised values, score, fit and ICP name. `style` names the headers
 * after HubSpot's or Salesforce's import fields.
 */
export const GET = apiRoute(
  {
    scope: "read",
    params: z.object({ id: z.string() }),
    query: exportParamsSchema,
  },
  async ({ team, params, query }) => {
    const { style, ...segmentParams } = query;
    const icpId = segmentParams.icpId ?? (await getDefaultIcp(team.id))?.id;
    const segment = await resolveSegment({
      teamId: team.id,
      listId: params.id,
      params: { ...segmentParams, icpId },
    });
    return csvExportResponse(segment, style);
  },
);
