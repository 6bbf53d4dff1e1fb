import crypto from "node:crypto";

import { eq } from "drizzle-orm";
import { expect, it } from "vitest";

import {
  addEmbedOrigin,
  consumeEmbedToken,
  isEmbedOriginAllowed,
  listEmbedOrigins,
  recordEmbedToken,
  removeEmbedOrigin,
  replaceEmbedOrigins,
} from "@/db/queries/embed";
import { embedTokens } from "@/db/schema";
import { MAX_EMBED_ORIGINS } from "@/lib/embed/origins";
import { isAppError } from "@/lib/errors";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const jti = () => crypto.randomBytes(16).toString("base64url");
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);

describeEachDb("embed queries", (getHandle) => {
  it("replaces, adds and removes a team's origins", async () => {
    const { team } = await makeUserAndTeam("embed-origins");
    const other = await makeUserAndTeam("embed-other");

    expect(
      await replaceEmbedOrigins({
        teamId: team.id,
        origins: ["https://a.example", "http://localhost:3000"],
      }),
    ).toEqual(["http://localhost:3000", "https://a.example"]);
    await addEmbedOrigin({
      teamId: other.team.id,
      origin: "https://a.example",
    });

    expect(
      await replaceEmbedOrigins({
        teamId: team.id,
        origins: ["http://localhost:3000", "https://b.example"],
      }),
    ).toEqual(["http://localhost:3000", "https://b.example"]);
    expect(
      await addEmbedOrigin({ teamId: team.id, origin: "https://b.example" }),
    ).toEqual(["http://localhost:3000", "https://b.example"]);
    expect(
      await removeEmbedOrigin({
        teamId: team.id,
        origin: "http://localhost:3000",
      }),
    ).toEqual(["https://b.example"]);

    // Another team's list is its own.
    expect(await listEmbedOrigins(other.team.id)).toEqual([
      "https://a.example",
    ]);
    expect(
      await isEmbedOriginAllowed({
        teamId: team.id,
        origin: "https://a.example",
      }),
    ).toBe(false);
    expect(
      await isEmbedOriginAllowed({
        teamId: team.id,
        origin: "https://b.example",
      }),
    ).toBe(true);

    expect(await replaceEmbedOrigins({ teamId: team.id, origins: [] })).toEqual(
      [],
    );
  });

  it("caps the number of origins", async () => {
    const { team } = await makeUserAndTeam("embed-cap");
    const full = Array.from(
      { length: MAX_EMBED_ORIGINS },
      (_, i) => `https://p${i}.example`,
    );
    await replaceEmbedOrigins({ teamId: team.id, origins: full });

    const err = await addEmbedOrigin({
      teamId: team.id,
      origin: "https://one-more.example",
    }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("validation_failed");
    // Adding one already listed is not an addition.
    await expect(
      addEmbedOrigin({ teamId: team.id, origin: "https://p0.example" }),
    ).resolves.toHaveLength(MAX_EMBED_ORIGINS);
  });

  it("spends a launch token exactly once, even when loads race", async () => {
    const { team } = await makeUserAndTeam("embed-token");
    const id = jti();
    await recordEmbedToken({
      jti: id,
      teamId: team.id,
      expiresAt: inMinutes(5),
    });

    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        consumeEmbedToken({ jti: id, teamId: team.id }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await consumeEmbedToken({ jti: id, teamId: team.id })).toBe(false);

    const [row] = await getHandle()
      .db.select()
      .from(embedTokens)
      .where(eq(embedTokens.jti, id));
    expect(row?.usedAt).toBeInstanceOf(Date);
  });

  it("refuses expired, unknown and other teams' tokens", async () => {
    const { team } = await makeUserAndTeam("embed-expired");
    const other = await makeUserAndTeam("embed-thief");
    const expired = jti();
    const live = jti();
    await recordEmbedToken({
      jti: expired,
      teamId: team.id,
      expiresAt: inMinutes(-1),
    });
    await recordEmbedToken({
      jti: live,
      teamId: team.id,
      expiresAt: inMinutes(5),
    });

    expect(await consumeEmbedToken({ jti: expired, teamId: team.id })).toBe(
      false,
    );
    expect(await consumeEmbedToken({ jti: jti(), teamId: team.id })).toBe(
      false,
    );
    expect(await consumeEmbedToken({ jti: live, teamId: other.team.id })).toBe(
      false,
    );
    expect(await consumeEmbedToken({ jti: live, teamId: team.id })).toBe(true);
  });

  it("drops tokens a day past expiry on each issue", async () => {
    const { team } = await makeUserAndTeam("embed-cleanup");
    const old = jti();
    const recent = jti();
    await recordEmbedToken({
      jti: old,
      teamId: team.id,
      expiresAt: inMinutes(-25 * 60),
    });
    await recordEmbedToken({
      jti: recent,
      teamId: team.id,
      expiresAt: inMinutes(-5),
    });
    await recordEmbedToken({
      jti: jti(),
      teamId: team.id,
      expiresAt: inMinutes(5),
    });

    const rows = await getHandle()
      .db.select({ jti: embedTokens.jti })
      .from(embedTokens)
      .where(eq(embedTokens.teamId, team.id));
    const left = rows.map((r) => r.jti);
    expect(left).not.toContain(old);
    expect(left).toContain(recent);
  });
});
