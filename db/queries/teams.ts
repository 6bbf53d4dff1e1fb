import "server-only";

import crypto from "node:crypto";

import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import type { Db } from "@/db/client";
import { invites, memberships, teams, users } from "@/db/schema";
import type { Role } from "@/db/schema";
import { AppError } from "@/lib/errors";

import { insertTeamWithUniqueSlug } from "./users";

export async function getTeamsForUser(userId: string) {
  const db = await getDb();
  return db
    .select({
      id: teams.id,
      slug: teams.slug,
      name: teams.name,
      personal: teams.personal,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(teams.createdAt));
}

export async function getMembership(input: { teamId: string; userId: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.teamId, input.teamId),
        eq(memberships.userId, input.userId),
      ),
    );
  return row;
}

export async function getTeamBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(teams).where(eq(teams.slug, slug));
  return row;
}

export async function getTeamById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

/** Used by the operator CLI: the team with this slug, created if missing. */
export async function ensureTeamBySlug(slug: string) {
  const existing = await getTeamBySlug(slug);
  if (existing) return existing;
  const db = await getDb();
  const [team] = await db
    .insert(teams)
    .values({ slug, name: slug })
    .onConflictDoNothing({ target: teams.slug })
    .returning();
  return team ?? (await getTeamBySlug(slug))!;
}

export async function createTeam(input: { name: string; ownerId: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const team = await insertTeamWithUniqueSlug(tx as unknown as Db, {
      name: input.name,
      slugBase: input.name,
    });
    await tx
      .insert(memberships)
      .values({ teamId: team.id, userId: input.ownerId, role: "owner" });
    return team;
  });
}

export async function listMembers(teamId: string) {
  const db = await getDb();
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId))
    .orderBy(asc(memberships.createdAt));
}

export async function removeMember(input: {
  teamId: string;
  userId: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [target] = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.teamId, input.teamId),
          eq(memberships.userId, input.userId),
        ),
      )
      .for("update");
    if (!target) throw new AppError("not_found", "Member not found");
    if (target.role === "owner") {
      const [{ owners } = { owners: 0 }] = await tx
        .select({ owners: sql<number>`count(*)::int` })
        .from(memberships)
        .where(
          and(
            eq(memberships.teamId, input.teamId),
            eq(memberships.role, "owner"),
          ),
        );
      if (owners <= 1) {
        throw new AppError("conflict", "A team keeps at least one owner");
      }
    }
    await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.teamId, input.teamId),
          eq(memberships.userId, input.userId),
        ),
      );
  });
}

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Returns the one-time token; only its hash is stored. */
export async function createInvite(input: {
  teamId: string;
  createdBy: string;
  role: "admin" | "member";
}) {
  const db = await getDb();
  const token = crypto.randomBytes(24).toString("base64url");
  const [invite] = await db
    .insert(invites)
    .values({
      teamId: input.teamId,
      createdBy: input.createdBy,
      role: input.role,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    })
    .returning();
  return { token, invite: invite! };
}

export async function listOpenInvites(teamId: string) {
  const db = await getDb();
  return db
    .select({
      id: invites.id,
      role: invites.role,
      expiresAt: invites.expiresAt,
      createdAt: invites.createdAt,
    })
    .from(invites)
    .where(
      and(
        eq(invites.teamId, teamId),
        isNull(invites.usedAt),
        gt(invites.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invites.createdAt));
}

export async function revokeInvite(input: { teamId: string; id: string }) {
  const db = await getDb();
  const rows = await db
    .delete(invites)
    .where(and(eq(invites.teamId, input.teamId), eq(invites.id, input.id)))
    .returning({ id: invites.id });
  if (!rows.length) throw new AppError("not_found", "Invite not found");
}

export async function getInviteByToken(token: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: invites.id,
      teamId: invites.teamId,
      teamName: teams.name,
      role: invites.role,
      usedAt: invites.usedAt,
      expiresAt: invites.expiresAt,
      valid: sql<boolean>`${invites.usedAt} is null
        and ${invites.expiresAt} > now()`,
    })
    .from(invites)
    .innerJoin(teams, eq(teams.id, invites.teamId))
    .where(eq(invites.tokenHash, hashToken(token)));
  return row;
}

/** Consumes the invite once, atomically, and adds the user to the team. */
export async function acceptInvite(input: { token: string; userId: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(invites)
      .set({ usedAt: new Date(), usedBy: input.userId })
      .where(
        and(
          eq(invites.tokenHash, hashToken(input.token)),
          isNull(invites.usedAt),
          gt(invites.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!used) {
      throw new AppError(
        "not_found",
        "This invite link is invalid, expired or already used",
      );
    }
    await tx
      .insert(memberships)
      .values({ teamId: used.teamId, userId: input.userId, role: used.role })
      .onConflictDoNothing();
    return { teamId: used.teamId };
  });
}

export type { Role };
