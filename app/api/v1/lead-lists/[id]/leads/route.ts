import { z } from "zod";

import { getDefaultIcp } from "@/db/queries/icps";
import { listLeads } from "@/db/queries/leads";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { toApiLead } from "@/lib/leads/api-shapes";
import { decodeCursor } from "@/lib/leads/segment";
import {
  resolveSegment,
  segmentParamsSchema,
} from "@/lib/leads/segment-request";

const querySchema = segmentParamsSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(2000).optional(),
});

/**
 * A page of a list's leads with their scores against `icpId` (the team's
 * default ICP when absent), optionally one fit only. Pass `nextCursor`
 * back as `cursor` for the next page.
 */
export const GET = apiRoute(
  { scope: "read", params: z.object({ id: z.string() }), query: querySchema },
  async ({ team, params, query }) => {
    const { limit, cursor: cursorText, ...segmentParams } = query;
    const cursor = cursorText ? decodeCursor(cursorText) : null;
    if (cursorText && !cursor) {
      throw new ApiError(
        "invalid_cursor",
        "The cursor is not valid. Pass back `nextCursor` exactly as given.",
      );
    }
    const icpId = segmentParams.icpId ?? (await getDefaultIcp(team.id))?.id;

    const segment = await resolveSegment({
      teamId: team.id,
      listId: params.id,
      params: { ...segmentParams, icpId },
    });
    const page = await listLeads({ ...segment.query, cursor, limit });

    return {
      data: page.rows.map(toApiLead),
      icpId: segment.icp?.id ?? null,
      nextCursor: page.nextCursor,
    };
  },
);
