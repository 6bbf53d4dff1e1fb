import "server-only";

import { and, desc, eq, isNull, lt, or } from "drizzle-orm";

import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { generateApiKey } from "@/lib/api/keys";
import { AppError } from "@/lib/errors";

export async function createApiKey(input: {
  teamId: string;
  name: string;
  scope: "read" | "write";
  createdBy?: string | null;
}) {
  const db = await getDb();
  const { key, id, hash } = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      id,
      teamId: input.teamId,
      name: input.name,
      scope: input.scope,
      secretHash: hash,
      createdBy: input.createdBy ?? null,
    })
    .returning();
  return { key, apiKey: row! };
}

export async function listApiKeys(teamId: string) {
  const db = await getDb();
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scope: apiKeys.scope,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.teamId, teamId))
    .orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(input: { teamId: string; id: string }) {
  const db = await getDb();
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(apiKeys.teamId, input.teamId),
        eq(apiKeys.id, input.id),
        isNull(apiKeys.revokedAt),
      ),
    )
    .returning({ id: apiKeys.id });
  if (!rows.length) throw new AppError("not_found", "API key not found");
}

/** Lookup by public id for authentication; not team-scoped by design. */
export async function getApiKeyForAuth(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

export async function touchApiKey(id: string) {
  const db = await getDb();
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(eq(apiKeys.id, id));
}

/** Last-used is shown to the minute: write it at most once a minute. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function needsTouch(
  key: { lastUsedAt: Date | null },
  now = new Date(),
): boolean {
  return (
    !key.lastUsedAt ||
    now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS
  );
}

/**
 * Records a use unless one was recorded within the last minute. The check
 * is repeated in SQL so concurrent requests write the row once.
 */
export async function markApiKeyUsed(id: string, now = new Date()) {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, cutoff)),
      ),
    );
}
