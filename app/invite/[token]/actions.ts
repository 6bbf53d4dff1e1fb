"use server";

import { cookies } from "next/headers";

import { acceptInvite } from "@/db/queries/teams";
import type { ActionResult } from "@/lib/actions/team-action";
import { toActionError } from "@/lib/actions/team-action";
import { getCurrentUser, TEAM_COOKIE } from "@/lib/auth/session";

export async function acceptInviteAction(
  token: string,
): Promise<ActionResult<{ teamId: string }>> {
  const user = await getCurrentUser();
  if (!user) {
    return {
      ok: false,
      error: { code: "unauthorized", message: "Sign in to accept." },
    };
  }
  try {
    const { teamId } = await acceptInvite({
      token: String(token),
      userId: user.id,
    });
    (await cookies()).set(TEAM_COOKIE, teamId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
    });
    return { ok: true, data: { teamId } };
  } catch (err) {
    return toActionError(err, { action: "acceptInvite" });
  }
}
