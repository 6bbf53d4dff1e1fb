"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { createInvite, removeMember, revokeInvite } from "@/db/queries/teams";
import { teamAction } from "@/lib/actions/team-action";
import { AppError } from "@/lib/errors";

export const createInviteAction = teamAction(
  {
    name: "createInvite",
    roles: ["owner", "admin"],
    schema: z.object({ role: z.enum(["admin", "member"]) }),
  },
  async ({ role }, ctx) => {
    const { token, invite } = await createInvite({
      teamId: ctx.team.id,
      createdBy: ctx.user.id,
      role,
    });
    revalidatePath("/settings");
    return { path: `/invite/${token}`, expiresAt: invite.expiresAt };
  },
);

export const revokeInviteAction = teamAction(
  {
    name: "revokeInvite",
    roles: ["owner", "admin"],
    schema: z.object({ id: z.uuid() }),
  },
  async ({ id }, ctx) => {
    await revokeInvite({ teamId: ctx.team.id, id });
    revalidatePath("/settings");
    return null;
  },
);

export const removeMemberAction = teamAction(
  {
    name: "removeMember",
    roles: ["owner"],
    schema: z.object({ userId: z.uuid() }),
  },
  async ({ userId }, ctx) => {
    if (userId === ctx.user.id) {
      throw new AppError("conflict", "You cannot remove yourself.");
    }
    await removeMember({ teamId: ctx.team.id, userId });
    revalidatePath("/settings");
    return null;
  },
);
