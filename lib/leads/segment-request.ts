import { z } from "zod";

import { getIcp } from "@/db/queries/icps";
import { getLeadList } from "@/db/queries/leads";
import type { SegmentQuery } from "@/db/queries/leads";
import type { Icp, LeadList } from "@/db/schema";
import { EXPORT_STYLES } from "@/lib/csv";
import { AppError } from "@/lib/errors";

import { exportFileName, exportSegment, textStream } from "./export";
import { FIT_FILTERS, LEAD_SORTS } from "./segment";

/** The query string of the lead table, its exports and the API. */
export const segmentParamsSchema = z.object({
  icpId: z.uuid().optional(),
  fit: z.enum(FIT_FILTERS).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(LEAD_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
});

export type SegmentParams = z.output<typeof segmentParamsSchema>;

export const exportParamsSchema = segmentParamsSchema.extend({
  style: z.enum(EXPORT_STYLES).default("default"),
});

export type ResolvedSegment = {
  list: LeadList;
  icp: Icp | null;
  query: Omit<SegmentQuery, "cursor" | "limit">;
};

/**
 * Loads the list and the ICP a segment names, both of the caller's team:
 * another team's ids are answered as not found, never as forbidden.
 */
export async function resolveSegment(input: {
  teamId: string;
  listId: string;
  params: SegmentParams;
}): Promise<ResolvedSegment> {
  const list = await getLeadList({ teamId: input.teamId, id: input.listId });
  if (!list) throw new AppError("not_found", "Lead list not found");
  let icp: Icp | null = null;
  if (input.params.icpId) {
    icp =
      (await getIcp({ teamId: input.teamId, id: input.params.icpId })) ?? null;
    if (!icp) throw new AppError("not_found", "ICP not found");
  }
  return {
    list,
    icp,
    query: {
      teamId: input.teamId,
      listId: list.id,
      icp: icp ? { id: icp.id, criteriaVersion: icp.criteriaVersion } : null,
      fit: icp ? (input.params.fit ?? null) : null,
      q: input.params.q ?? null,
      sort: input.params.sort ?? (icp ? "score" : "row"),
      dir: input.params.dir,
    },
  };
}

/** The segment as a streamed CSV download. */
export function csvExportResponse(
  segment: ResolvedSegment,
  style: (typeof EXPORT_STYLES)[number],
): Response {
  const fileName = exportFileName([
    segment.list.name,
    segment.icp?.name,
    segment.query.fit,
  ]);
  const body = textStream(
    exportSegment({
      list: segment.list,
      query: segment.query,
      icpName: segment.icp?.name ?? null,
      style,
    }),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
