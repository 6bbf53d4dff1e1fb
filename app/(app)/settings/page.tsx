import type { Metadata } from "next";

import { TeamMembers } from "@/components/settings/team-members";
import { listMembers, listOpenInvites } from "@/db/queries/teams";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage() {
  const ctx = await requireTeamContext();
  const canManage = ctx.role === "owner" || ctx.role === "admin";
  const [members, invites] = await Promise.all([
    listMembers(ctx.team.id),
    canManage ? listOpenInvites(ctx.team.id) : Promise.resolve([]),
  ]);
  return (
    <TeamMembers
      team={ctx.team}
      me={ctx.user.id}
      role={ctx.role}
      members={members.map((m) => ({
        ...m,
        joinedAt: m.joinedAt.toISOString(),
      }))}
      invites={invites.map((i) => ({
        id: i.id,
        role: i.role,
        expiresAt: i.expiresAt.toISOString(),
      }))}
    />
  );
}
