import { connection } from "next/server";

import { getTeamContext } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import {
  csvExportResponse,
  exportParamsSchema,
  resolveSegment,
} from "@/lib/leads/segment-request";

/** Downloads the segment on screen (ICP, fit, search) as CSV. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ id: string }> },
) {
  await connection();
  const ctx = await getTeamContext();
  if (!ctx) return failure(401, "unauthorized", "Sign in again.");

  const url = new URL(req.url);
  const parsed = exportParamsSchema.safeParse(
    Object.fromEntries(url.searchParams),
  );
  if (!parsed.success) {
    return failure(
      400,
      "validation_failed",
      "The export options are not valid.",
    );
  }

  try {
    const { style, ...segmentParams } = parsed.data;
    const segment = await resolveSegment({
      teamId: ctx.team.id,
      listId: (await params).id,
      params: segmentParams,
    });
    return csvExportResponse(segment, style);
  } catch (err) {
    if (isAppError(err)) return failure(err.status, err.code, err.message);
    throw err;
  }
}

function failure(status: number, code: string, message: string) {
  return Response.json(
    { error: { code, message } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
