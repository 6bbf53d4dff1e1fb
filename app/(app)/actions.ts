"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { createTeam, getMembership } from "@/db/queries/teams";
import { teamAction } from "@/lib/actions/team-action";
import { getCurrentUser, TEAM_COOKIE } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/team-action";

const COOKIE_OPTS = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  maxAge: 365 * 24 * 3600,
};

export async function switchTeam(teamId: string): Promise<ActionResult<null>> {
  const user = await getCurrentUser();
  if (!user) {
    return {
      ok: false,
      error: { code: "unauthorized", message: "Sign in again." },
    };
  }
  const id = z.uuid().safeParse(teamId);
  const member = id.success
    ? await getMembership({ teamId: id.data, userId: user.id })
    : undefined;
  if (!member) {
    return { ok: false, error: { code: "not_found", message: "No such team" } };
  }
  (await cookies()).set(TEAM_COOKIE, member.teamId, COOKIE_OPTS);
  revalidatePath("/", "layout");
  return { ok: true, data: null };
}

export const createTeamAction = teamAction(
  {
    name: "createTeam",
    schema: z.object({ name: z.string().trim().min(1).max(60) }),
  },
  async ({ name }, ctx) => {
    const team = await createTeam({ name, ownerId: ctx.user.id });
    (await cookies()).set(TEAM_COOKIE, team.id, COOKIE_OPTS);
    revalidatePath("/", "layout");
    return { id: team.id, slug: team.slug };
  },
);
