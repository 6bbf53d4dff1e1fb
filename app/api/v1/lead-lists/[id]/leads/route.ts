import { z } from "zod";

import { getDefaultIcp } from "@/db/queries/icps";
import { listLeads } from "@/db/queries/leads";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { leadPageQuerySchema } from "@/lib/api/lead-list-schemas";
import { toApiLead } from "@/lib/leads/api-shapes";
import { decodeCursor } from "@/lib/leads/segment";
import { resolveSegment } from "@/lib/leads/segment-request";

/**
 * A page of a list's leads with their scores against `icpId` (the team's
 * default ICP when absent), optionally one fit only. Pass `nextCursor`
 * back as `cursor` for the next page.
 */
export const GET = apiRoute(
  {
    scope: "read",
    params: z.object({ id: z.string() }),
    query: leadPageQuerySchema,
  },
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
