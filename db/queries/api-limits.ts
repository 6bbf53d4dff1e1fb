import "server-only";

import { and, eq, lt, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { idempotencyKeys, rateLimits } from "@/db/schema";

export const RATE_WINDOW_SECONDS = 60;
export const IDEMPOTENCY_TTL_HOURS = 24;

export type RateLimitBucket = { bucket: string; limit: number };

export type RateLimitCount = RateLimitBucket & {
  count: number;
  remaining: number;
};

export type RateLimitResult = {
  allowed: boolean;
  /** The first bucket over its limit, when not allowed. */
  blockedBy?: RateLimitCount;
  counts: RateLimitCount[];
  /** Whole seconds until the current window ends (1-60). */
  resetSeconds: number;
};

/**
 * Counts one request against each bucket in a fixed one-minute window, in
 * one statement (upsert + increment), so the limits hold across instances.
 * The window is taken from the database clock unless `now` is given.
 */
export async function hitRateLimits(
  buckets: RateLimitBucket[],
  opts: { now?: Date } = {},
): Promise<RateLimitResult> {
  if (!buckets.length) {
    return { allowed: true, counts: [], resetSeconds: RATE_WINDOW_SECONDS };
  }
  const db = await getDb();
  const now = opts.now
    ? sql`${opts.now.toISOString()}::timestamptz`
    : sql`statement_timestamp()`;
  const windowStart = sql`date_trunc('minute', ${now})`;
  const rows = await db
    .insert(rateLimits)
    .values(buckets.map((b) => ({ bucket: b.bucket, windowStart, count: 1 })))
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({
      bucket: rateLimits.bucket,
      count: rateLimits.count,
      resetIn: sql<number>`extract(epoch from
        ${rateLimits.windowStart} + interval '1 minute' - ${now})::float8`,
    });

  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  const counts = buckets.map((b) => {
    const count = byBucket.get(b.bucket)?.count ?? 1;
    return { ...b, count, remaining: Math.max(0, b.limit - count) };
  });
  const resetIn = Number(rows[0]?.resetIn ?? RATE_WINDOW_SECONDS);
  const resetSeconds = Math.min(
    RATE_WINDOW_SECONDS,
    Math.max(1, Math.ceil(resetIn)),
  );

  // A bucket's first hit in a window is the moment to drop old windows:
  // at most once per bucket and minute, and the table stays small.
  if (rows.some((r) => r.count === 1)) {
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, windowStart));
  }

  const blockedBy = counts.find((c) => c.count > c.limit);
  return { allowed: !blockedBy, blockedBy, counts, resetSeconds };
}

export type IdempotencyClaim =
  /** This request owns the key: run it, then complete or release. */
  | { state: "claimed" }
  /** A finished request with the same key and body: answer as it did. */
  | { state: "replay"; status: number; body: string }
  /** The key was used with a different request. */
  | { state: "mismatch" }
  /** The same request is running elsewhere. */
  | { state: "pending" };

type KeyRef = { teamId: string; key: string };

/**
 * Claims an idempotency key by inserting a pending row first (ON CONFLICT
 * DO NOTHING), so of concurrent duplicates exactly one runs. Rows older
 * than 24 hours are pruned here, on every write; a pending row left by a
 * process that died is taken over after `staleAfterMs`.
 */
export async function claimIdempotencyKey(
  input: KeyRef & { requestHash: string; staleAfterMs?: number },
): Promise<IdempotencyClaim> {
  const db = await getDb();
  const staleAfter = `${Math.round((input.staleAfterMs ?? 300_000) / 1000)}`;
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.teamId, input.teamId),
        lt(
          idempotencyKeys.createdAt,
          sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`,
        ),
      ),
    );

  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({
        teamId: input.teamId,
        key: input.key,
        requestHash: input.requestHash,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) return { state: "claimed" };

    const [row] = await db.select().from(idempotencyKeys).where(keyIs(input));
    // Released between our insert and select: try to claim again.
    if (!row) continue;
    if (row.requestHash !== input.requestHash) return { state: "mismatch" };
    if (row.status === "done") {
      return {
        state: "replay",
        status: row.responseStatus ?? 200,
        body: row.responseBody ?? "",
      };
    }
    const takenOver = await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now()` })
      .where(
        and(
          keyIs(input),
          eq(idempotencyKeys.status, "pending"),
          lt(
            idempotencyKeys.createdAt,
            sql`now() - make_interval(secs => ${staleAfter}::int)`,
          ),
        ),
      )
      .returning({ key: idempotencyKeys.key });
    return takenOver.length ? { state: "claimed" } : { state: "pending" };
  }
  return { state: "pending" };
}

/** Stores the answer a claimed request gave, for replays. */
export async function completeIdempotencyKey(
  input: KeyRef & { status: number; body: string },
): Promise<void> {
  const db = await getDb();
  await db
    .update(idempotencyKeys)
    .set({
      status: "done",
      responseStatus: input.status,
      responseBody: input.body,
    })
    .where(keyIs(input));
}

/** Gives a claimed key back (the request failed), so a retry can run. */
export async function releaseIdempotencyKey(input: KeyRef): Promise<void> {
  const db = await getDb();
  await db
    .delete(idempotencyKeys)
    .where(and(keyIs(input), eq(idempotencyKeys.status, "pending")));
}

function keyIs(input: KeyRef) {
  return and(
    eq(idempotencyKeys.teamId, input.teamId),
    eq(idempotencyKeys.key, input.key),
  );
}
