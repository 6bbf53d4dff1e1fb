import { sql } from "drizzle-orm";
import { expect, it } from "vitest";

import { hitRateLimits } from "@/db/queries/api-limits";

import { describeEachDb } from "../helpers/db";

const at = (iso: string) => ({ now: new Date(iso) });
let n = 0;
const bucket = (label: string) => `test:${label}:${Date.now()}:${n++}`;

describeEachDb("hitRateLimits", (getHandle) => {
  it("counts hits per bucket and blocks past the limit", async () => {
    const key = bucket("key");
    const results = [];
    for (let i = 0; i < 4; i++) {
      results.push(
        await hitRateLimits(
          [{ bucket: key, limit: 3 }],
          at("2030-01-01T10:00:05Z"),
        ),
      );
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.counts[0]!.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.blockedBy?.bucket).toBe(key);
  });

  it("blocks on the team bucket when each key is under its own", async () => {
    const team = bucket("team");
    const keys = [bucket("k1"), bucket("k2")];
    const now = at("2030-01-01T10:00:05Z");
    let last;
    for (let i = 0; i < 3; i++) {
      for (const k of keys) {
        last = await hitRateLimits(
          [
            { bucket: k, limit: 10 },
            { bucket: team, limit: 5 },
          ],
          now,
        );
      }
    }
    expect(last!.allowed).toBe(false);
    expect(last!.blockedBy?.bucket).toBe(team);
  });

  it("starts a fresh window each minute and says when it resets", async () => {
    const key = bucket("key");
    const a = await hitRateLimits(
      [{ bucket: key, limit: 1 }],
      at("2030-01-01T10:00:45.500Z"),
    );
    const b = await hitRateLimits(
      [{ bucket: key, limit: 1 }],
      at("2030-01-01T10:00:59.900Z"),
    );
    const c = await hitRateLimits(
      [{ bucket: key, limit: 1 }],
      at("2030-01-01T10:01:00.100Z"),
    );
    expect([a.allowed, b.allowed, c.allowed]).toEqual([true, false, true]);
    expect(a.resetSeconds).toBe(15);
    expect(b.resetSeconds).toBe(1);
    expect(c.resetSeconds).toBe(60);
  });

  it("prunes windows that have ended", async () => {
    const key = bucket("prune");
    await hitRateLimits(
      [{ bucket: key, limit: 5 }],
      at("2031-01-01T10:00:00Z"),
    );
    await hitRateLimits(
      [{ bucket: key, limit: 5 }],
      at("2031-01-01T10:05:00Z"),
    );
    const { rows } = (await getHandle().db.execute(
      sql`select count(*)::int as n from rate_limits
          where window_start < '2031-01-01T10:05:00Z'`,
    )) as unknown as { rows: { n: number }[] };
    expect(rows[0]!.n).toBe(0);
  });

  it("loses no count under concurrent hits", async () => {
    const key = bucket("concurrent");
    const now = at("2030-01-01T10:00:05Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        hitRateLimits([{ bucket: key, limit: 30 }], now),
      ),
    );
    const counts = results.map((r) => r.counts[0]!.count).sort((x, y) => x - y);
    expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(30);
  });

  it("uses the database clock when no time is given", async () => {
    const r = await hitRateLimits([{ bucket: bucket("clock"), limit: 2 }]);
    expect(r.allowed).toBe(true);
    expect(r.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(r.resetSeconds).toBeLessThanOrEqual(60);
  });
});
