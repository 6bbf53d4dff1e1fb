import "server-only";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { auth } from "@/app/(auth)/auth";
import { getTeamsForUser } from "@/db/queries/teams";
import { getUserById } from "@/db/queries/users";
import type { Role } from "@/db/schema";

export const TEAM_COOKIE = "icp_team";

export type TeamContext = {
  user: { id: string; email: string; name: string };
  team: { id: string; slug: string; name: string; personal: boolean };
  role: Role;
  teams: { id: string; slug: string; name: string; role: Role }[];
};

/** The signed-in user, read from the session and checked against the DB. */
export const getCurrentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name };
});

/**
 * The caller's user and active team. The team comes from a cookie but is
 * only ever taken from the user's own memberships.
 */
export const getTeamContext = cache(async (): Promise<TeamContext | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const teams = await getTeamsForUser(user.id);
  if (!teams.length) return null;
  const wanted = (await cookies()).get(TEAM_COOKIE)?.value;
  const current = teams.find((t) => t.id === wanted) ?? teams[0]!;
  return {
    user,
    team: {
      id: current.id,
      slug: current.slug,
      name: current.name,
      personal: current.personal,
    },
    role: current.role,
    teams: teams.map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      role: t.role,
    })),
  };
});

/** For pages: signed-out visitors go to the sign-in page. */
export async function requireTeamContext(): Promise<TeamContext> {
  const ctx = await getTeamContext();
  if (!ctx) redirect("/login");
  return ctx;
}

export async function requireRole(roles: Role[]): Promise<TeamContext> {
  const ctx = await requireTeamContext();
  if (!roles.includes(ctx.role)) notFound();
  return ctx;
}
