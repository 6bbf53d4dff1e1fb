import { connection } from "next/server";

import { getTeamContext } from "@/lib/auth/session";
import { getJob } from "@/lib/jobs";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** Progress of a job of the signed-in user's team, polled by the UI. */
export async function GET(
  _req: Request,
  ctx: { params: Promise<{ id: string }> },
) {
  await connection();
  const team = await getTeamContext();
  if (!team) {
    return Response.json(
      { error: { code: "unauthorized", message: "Sign in again." } },
      { status: 401, headers: NO_STORE },
    );
  }

  const { id } = await ctx.params;
  const job = await getJob({ teamId: team.team.id, id });
  if (!job) {
    return Response.json(
      { error: { code: "not_found", message: "Job not found" } },
      { status: 404, headers: NO_STORE },
    );
  }

  return Response.json(
    {
      id: job.id,
      status: job.status,
      progress: job.progress,
      total: job.total,
      done: job.done,
      ...(job.error ? { error: job.error } : {}),
    },
    { headers: NO_STORE },
  );
}
