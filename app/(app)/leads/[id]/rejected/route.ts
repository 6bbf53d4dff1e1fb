import { connection } from "next/server";

import { getLeadList } from "@/db/queries/leads";
import { getTeamContext } from "@/lib/auth/session";
import {
  exportFileName,
  rejectedRowsCsv,
  textStream,
} from "@/lib/leads/export";

/** The rows an import refused, with row number and reason, as CSV. */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string }> },
) {
  await connection();
  const ctx = await getTeamContext();
  if (!ctx) {
    return Response.json(
      { error: { code: "unauthorized", message: "Sign in again." } },
      { status: 401 },
    );
  }
  const list = await getLeadList({
    teamId: ctx.team.id,
    id: (await params).id,
  });
  if (!list) {
    return Response.json(
      { error: { code: "not_found", message: "Lead list not found" } },
      { status: 404 },
    );
  }
  return new Response(textStream(rejectedRowsCsv(list)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName([
        list.name,
        "rejected",
      ])}"`,
      "Cache-Control": "no-store",
    },
  });
}
