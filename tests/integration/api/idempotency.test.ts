import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";

import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from "@/db/queries/api-limits";
import { idempotencyKeys } from "@/db/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

describeEachDb("idempotency keys", (getHandle) => {
  it("lets the first request run and replays its answer", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k1", requestHash: "h1" };
    expect(await claimIdempotencyKey(ref)).toEqual({ state: "claimed" });
    expect(await claimIdempotencyKey(ref)).toEqual({ state: "pending" });
    await completeIdempotencyKey({ ...ref, status: 201, body: '{"id":1}' });
    expect(await claimIdempotencyKey(ref)).toEqual({
      state: "replay",
      status: 201,
      body: '{"id":1}',
    });
  });

  it("refuses the key for a different request, pending or done", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k2", requestHash: "h1" };
    await claimIdempotencyKey(ref);
    expect(await claimIdempotencyKey({ ...ref, requestHash: "h2" })).toEqual({
      state: "mismatch",
    });
    await completeIdempotencyKey({ ...ref, status: 200, body: "{}" });
    expect(await claimIdempotencyKey({ ...ref, requestHash: "h2" })).toEqual({
      state: "mismatch",
    });
  });

  it("keeps keys apart per team", async () => {
    const a = await makeUserAndTeam("idem-a");
    const b = await makeUserAndTeam("idem-b");
    await claimIdempotencyKey({
      teamId: a.team.id,
      key: "same",
      requestHash: "x",
    });
    expect(
      await claimIdempotencyKey({
        teamId: b.team.id,
        key: "same",
        requestHash: "y",
      }),
    ).toEqual({ state: "claimed" });
  });

  it("lets a retry run after the first attempt released the key", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k3", requestHash: "h" };
    await claimIdempotencyKey(ref);
    await releaseIdempotencyKey(ref);
    expect(await claimIdempotencyKey(ref)).toEqual({ state: "claimed" });
  });

  it("lets exactly one of many concurrent duplicates run", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k4", requestHash: "h" };
    const claims = await Promise.all(
      Array.from({ length: 12 }, () => claimIdempotencyKey(ref)),
    );
    expect(claims.filter((c) => c.state === "claimed")).toHaveLength(1);
    expect(claims.filter((c) => c.state === "pending")).toHaveLength(11);
  });

  it("takes over a pending key its holder abandoned", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k5", requestHash: "h" };
    await claimIdempotencyKey(ref);
    await getHandle()
      .db.update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '10 minutes'` })
      .where(
        and(eq(idempotencyKeys.teamId, team.id), eq(idempotencyKeys.key, "k5")),
      );
    expect(await claimIdempotencyKey(ref)).toEqual({ state: "claimed" });
    expect(await claimIdempotencyKey(ref)).toEqual({ state: "pending" });
  });

  it("forgets keys after 24 hours", async () => {
    const { team } = await makeUserAndTeam("idem");
    const ref = { teamId: team.id, key: "k6", requestHash: "old" };
    await claimIdempotencyKey(ref);
    await completeIdempotencyKey({ ...ref, status: 200, body: "{}" });
    await getHandle()
      .db.update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.teamId, team.id));
    expect(await claimIdempotencyKey({ ...ref, requestHash: "new" })).toEqual({
      state: "claimed",
    });
  });
});
