import "server-only";

import { and, eq, gt, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { loginAttempts, memberships, teams, users } from "@/db/schema";
import type { Db } from "@/db/client";

export async function getUserByEmail(email: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return row;
}

export async function getUserById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Creates a user together with a personal team they own. */
export async function createUserWithTeam(input: {
  email: string;
  name: string;
  passwordHash: string | null;
  image?: string | null;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        passwordHash: input.passwordHash,
        image: input.image ?? null,
      })
      .returning();
    if (!user) throw new Error("user insert returned nothing");
    const team = await insertTeamWithUniqueSlug(tx as unknown as Db, {
      name: `${input.name.trim() || "My"}'s team`,
      slugBase: input.name || input.email.split("@")[0] || "team",
      personal: true,
    });
    await tx
      .insert(memberships)
      .values({ teamId: team.id, userId: user.id, role: "owner" });
    return { user, team };
  });
}

export function slugify(s: string): string {
  const slug = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "team";
}

export async function insertTeamWithUniqueSlug(
  db: Db,
  input: { name: string; slugBase: string; personal?: boolean },
) {
  const base = slugify(input.slugBase);
  for (let i = 0; i < 50; i++) {
    const slug = i === 0 ? base : `${base}-${i + 1}`;
    const [team] = await db
      .insert(teams)
      .values({ name: input.name, slug, personal: input.personal ?? false })
      .onConflictDoNothing({ target: teams.slug })
      .returning();
    if (team) return team;
  }
  throw new Error(`no free team slug for ${base}`);
}

const WINDOW_MS = 15 * 60 * 1000;

/** Failures for this key within the window. */
export async function getRecentLoginFailures(key: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ failures: loginAttempts.failures })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.key, key),
        gt(loginAttempts.lastFailureAt, new Date(Date.now() - WINDOW_MS)),
      ),
    );
  return row?.failures ?? 0;
}

export async function recordLoginFailure(key: string): Promise<void> {
  const db = await getDb();
  const cutoff = new Date(Date.now() - WINDOW_MS);
  await db
    .insert(loginAttempts)
    .values({ key, failures: 1, lastFailureAt: new Date() })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`case when ${loginAttempts.lastFailureAt} < ${cutoff}
          then 1 else ${loginAttempts.failures} + 1 end`,
        lastFailureAt: new Date(),
      },
    });
}

export async function clearLoginFailures(key: string): Promise<void> {
  const db = await getDb();
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
