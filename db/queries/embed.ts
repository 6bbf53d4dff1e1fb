import "server-only";

import { and, asc, eq, gt, isNull, lt, notInArray, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import type { Db } from "@/db/client";
import { embedOrigins, embedTokens, teams } from "@/db/schema";
import { MAX_EMBED_ORIGINS } from "@/lib/embed/origins";
import { AppError } from "@/lib/errors";

/** Used launch tokens are kept this long past expiry, then dropped. */
const TOKEN_RETENTION = sql`interval '1 day'`;

/** The team's allowed origins: oldest first, those added together A-Z. */
export async function listEmbedOrigins(teamId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ origin: embedOrigins.origin })
    .from(embedOrigins)
    .where(eq(embedOrigins.teamId, teamId))
    .orderBy(asc(embedOrigins.createdAt), asc(embedOrigins.origin));
  return rows.map((r) => r.origin);
}

export async function isEmbedOriginAllowed(input: {
  teamId: string;
  origin: string;
}): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ origin: embedOrigins.origin })
    .from(embedOrigins)
    .where(
      and(
        eq(embedOrigins.teamId, input.teamId),
        eq(embedOrigins.origin, input.origin),
      ),
    );
  return row !== undefined;
}

/** Locks the team row so concurrent edits of its list run one at a time. */
async function lockTeam(tx: Db, teamId: string): Promise<void> {
  await tx
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.id, teamId))
    .for("update");
}

function tooMany(): AppError {
  return new AppError(
    "validation_failed",
    `A team can allow at most ${MAX_EMBED_ORIGINS} origins.`,
    {
      details: {
        fieldErrors: { origins: [`At most ${MAX_EMBED_ORIGINS} origins`] },
      },
    },
  );
}

/**
 * Makes the allow-list exactly `origins` (already normalised). Origins kept
 * keep their creation date, so the list's order stays stable.
 */
export async function replaceEmbedOrigins(input: {
  teamId: string;
  origins: string[];
}): Promise<string[]> {
  if (input.origins.length > MAX_EMBED_ORIGINS) throw tooMany();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx as unknown as Db, input.teamId);
    const team = eq(embedOrigins.teamId, input.teamId);
    await tx
      .delete(embedOrigins)
      .where(
        input.origins.length
          ? and(team, notInArray(embedOrigins.origin, input.origins))
          : team,
      );
    if (input.origins.length) {
      await tx
        .insert(embedOrigins)
        .values(
          input.origins.map((origin) => ({ teamId: input.teamId, origin })),
        )
        .onConflictDoNothing();
    }
  });
  return listEmbedOrigins(input.teamId);
}

/** Adds one normalised origin; adding one already listed changes nothing. */
export async function addEmbedOrigin(input: {
  teamId: string;
  origin: string;
}): Promise<string[]> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx as unknown as Db, input.teamId);
    const listed = await tx
      .select({ origin: embedOrigins.origin })
      .from(embedOrigins)
      .where(eq(embedOrigins.teamId, input.teamId));
    if (listed.some((r) => r.origin === input.origin)) return;
    if (listed.length >= MAX_EMBED_ORIGINS) throw tooMany();
    await tx
      .insert(embedOrigins)
      .values({ teamId: input.teamId, origin: input.origin });
  });
  return listEmbedOrigins(input.teamId);
}

export async function removeEmbedOrigin(input: {
  teamId: string;
  origin: string;
}): Promise<string[]> {
  const db = await getDb();
  await db
    .delete(embedOrigins)
    .where(
      and(
        eq(embedOrigins.teamId, input.teamId),
        eq(embedOrigins.origin, input.origin),
      ),
    );
  return listEmbedOrigins(input.teamId);
}

/**
 * Records a launch token as issued. Only recorded tokens can open a page,
 * and this is also when long-expired ones are cleared out.
 */
export async function recordEmbedToken(input: {
  jti: string;
  teamId: string;
  expiresAt: Date;
}): Promise<void> {
  const db = await getDb();
  await db.insert(embedTokens).values(input);
  await db
    .delete(embedTokens)
    .where(lt(embedTokens.expiresAt, sql`now() - ${TOKEN_RETENTION}`));
}

/**
 * Spends a launch token: true exactly once per token, for the first load
 * before it expires. One conditional UPDATE, so two loads racing with the
 * same token cannot both win.
 */
export async function consumeEmbedToken(input: {
  jti: string;
  teamId: string;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(embedTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(embedTokens.jti, input.jti),
        eq(embedTokens.teamId, input.teamId),
        isNull(embedTokens.usedAt),
        gt(embedTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ jti: embedTokens.jti });
  return rows.length === 1;
}
